"""Conflicts that mean something (issue #21): laptops syncing through a shared folder
list a conflict only for values written at the same time, never for a correction of
a value the writer had seen; a review syncs like an edit.

Every test runs real stores exchanging real bundles through a folder target; the
organizer is a store on SQLite and on PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cli_result import invoke
from laptops import Team, make_team, new_store, tables

from wltdesk import attendance, people
from wltdesk.store import Store
from wltdesk.sync import bundle, conflicts, merge


@pytest.fixture
def team(tmp_path):
    found = make_team(tmp_path, ("A", "B", "C"))
    yield found
    found.close()


def open_conflicts(store: Store, event_id: str) -> dict[tuple[str, str], list]:
    """Each open conflict by (entity, field): its versions' values."""
    return {
        (c.entity, c.field): [v.value for v in c.versions]
        for c in conflicts.conflicts(store, event_id)
    }


def sync_all(team: Team, *names: str) -> None:
    for name in names:
        team.sync(name)


def region(store: Store, person: str) -> str | None:
    return people.get_person(store, person).region


def test_a_check_in_corrected_on_a_laptop_that_had_seen_it_is_no_conflict(tmp_path, store):
    """Issue #21: laptop B receives A's "present" for Rakib in the join package, later
    changes it to "late"; neither A nor the organizer lists a conflict, and the
    organizer's summary counts one changed check-in, present → late."""
    team = make_team(tmp_path, ("A",))
    try:
        a = team["A"]
        attendance.check_in(a, team.session_id, team.people[0], "present")
        package = bundle.export_bundle(a, team.event_id, tmp_path / "with-check-in.wltx").path
        team.package = package
        b = team.join("B", new_store(tmp_path / "B.sqlite"))
        organizer = team.join("O", store)
        attendance.check_in(b, team.session_id, team.people[0], "late")
        sync_all(team, "A", "B", "A")
        summary = team.sync("O").summary
        assert summary is not None
        assert (summary.check_ins, summary.conflicts) == (0, 0)
        assert [(t.before, t.after, t.count) for t in summary.changed_check_ins] == [
            ("present", "late", 1)
        ]
        for laptop in (a, b, organizer):
            assert conflicts.conflicts(laptop, team.event_id) == []
            status = attendance.statuses(laptop, team.session_id)[team.people[0]][0]
            assert status == "late"
    finally:
        team.close()


def test_two_laptops_that_overwrote_the_same_value_conflict_with_each_other_only(team):
    """B and C both saw A's "Khulna" and overwrote it without seeing each other's
    value: one conflict between B's and C's, each saying it had seen "Khulna"; A's
    value (followed by both) and the roster's "Dhaka" are no versions."""
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    sync_all(team, "A", "B", "C")
    people.update_person(team["B"], person, region="Rajshahi")
    people.update_person(team["C"], person, region="Sylhet")
    sync_all(team, "B", "C", "A", "B")
    for name in ("A", "B", "C"):
        [conflict] = conflicts.conflicts(team[name], team.event_id)
        assert (conflict.entity, conflict.field) == ("people", "region")
        assert [v.value for v in conflict.versions] == ["Sylhet", "Rajshahi"]
        assert [v.device_name for v in conflict.versions] == ["Laptop C", "Laptop B"]
        assert {(v.seen.kind, v.seen.value) for v in conflict.versions} == {("value", "Khulna")}
    assert tables(team["A"]) == tables(team["B"]) == tables(team["C"])


def test_different_fields_changed_at_the_same_time_merge_silently(team):
    person = team.people[1]
    people.update_person(team["A"], person, region="Barishal")
    people.update_person(team["B"], person, affiliation="Wikimedia Bangladesh")
    people.update_person(team["C"], person, region="Barishal")  # the same value: no conflict
    sync_all(team, "A", "B", "C", "A", "B")
    for name in ("A", "B", "C"):
        assert conflicts.conflicts(team[name], team.event_id) == []
        found = people.get_person(team[name], person)
        assert (found.region, found.affiliation) == ("Barishal", "Wikimedia Bangladesh")


def test_a_value_written_after_seeing_both_settles_the_conflict_everywhere(team):
    """A and B disagree; C syncs, sees the conflict and types the right region: having
    seen both values, its change follows both, and once everyone synced nobody lists
    the conflict any more."""
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    people.update_person(team["B"], person, region="Rajshahi")
    sync_all(team, "A", "B", "C")
    assert open_conflicts(team["C"], team.event_id) == {
        ("people", "region"): ["Rajshahi", "Khulna"]
    }
    people.update_person(team["C"], person, region="Rangpur")
    sync_all(team, "C", "A", "B")
    for name in ("A", "B", "C"):
        assert conflicts.conflicts(team[name], team.event_id) == []
        assert region(team[name], person) == "Rangpur"


def test_a_follow_up_stays_one_on_a_store_that_never_got_the_value_it_replaced(team, store):
    """B saw A's "Khulna" and corrected it; an organizer that has only the event
    package and B's own bundle (not A's) still sees a correction, not a conflict
    with the package's "Dhaka": B's change carries what B had seen."""
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    sync_all(team, "A", "B")  # B's first push is a full bundle; its next one is its own
    people.update_person(team["B"], person, region="Rajshahi")
    own = team.sync("B").bundle
    assert own is not None
    merge.import_bundles(store, [team.package], given_key=team.key)
    merge.import_bundles(store, [team.share / team.event_id / team["B"].device_id / own])
    assert region(store, person) == "Rajshahi"
    assert conflicts.conflicts(store, team.event_id) == []
    team.sync("A")
    merge.import_bundles(store, [team.share])  # everything: A's "Khulna" too
    assert conflicts.conflicts(store, team.event_id) == []
    assert region(store, person) == "Rajshahi"


def test_marking_a_conflict_reviewed_reaches_the_other_laptops_and_the_organizer(team, store):
    """B marks the conflict reviewed (keeps the value in use); after their next sync
    neither A nor the organizer lists it, and every store has the same value."""
    person = team.people[0]
    organizer = team.join("O", store)
    people.update_person(team["A"], person, region="Khulna")
    people.update_person(team["B"], person, region="Rajshahi")
    sync_all(team, "A", "B", "A", "O")
    for name in ("A", "B", "O"):
        assert open_conflicts(team[name], team.event_id) == {
            ("people", "region"): ["Rajshahi", "Khulna"]
        }
    conflicts.keep(team["B"], team.event_id, "people", person, "region")
    assert conflicts.conflicts(team["B"], team.event_id) == []
    sync_all(team, "B", "A", "O")
    for name in ("A", "B", "O"):
        assert conflicts.conflicts(team[name], team.event_id) == [], name
        assert region(team[name], person) == "Rajshahi"
    assert tables(team["A"]) == tables(organizer)


def test_using_the_other_value_at_the_organizer_syncs_back_to_the_laptops(team, store, clock):
    person = team.people[0]
    organizer = team.join("O", store)
    # B's check-in is the later one (two check-ins in one millisecond would order by
    # their laptops' ids).
    clock.move_to(datetime(2026, 12, 31, 9, 2, tzinfo=UTC))
    attendance.check_in(team["A"], team.session_id, person, "present")
    clock.move_to(datetime(2026, 12, 31, 9, 5, tzinfo=UTC))
    attendance.check_in(team["B"], team.session_id, person, "excused")
    sync_all(team, "A", "B", "O")
    [conflict] = conflicts.conflicts(organizer, team.event_id)
    assert [v.value for v in conflict.versions] == ["excused", "present"]
    assert {v.seen.kind for v in conflict.versions} == {"nothing"}  # both first check-ins
    present = conflict.versions[1]
    conflicts.pick(organizer, team.event_id, "attendance", conflict.row_id, "status", present.hlc)
    sync_all(team, "O", "A", "B")
    for name in ("A", "B", "O"):
        assert conflicts.conflicts(team[name], team.event_id) == []
        assert attendance.statuses(team[name], team.session_id)[person][0] == "present"


def test_the_command_line_shows_both_values_who_when_at_the_venue_and_what_was_seen(
    team, capsys, clock
):
    person = team.people[0]
    clock.move_to(datetime(2026, 12, 31, 9, 2, tzinfo=UTC))
    people.update_person(team["A"], person, region="Khulna")
    clock.move_to(datetime(2026, 12, 31, 9, 5, tzinfo=UTC))
    people.update_person(team["B"], person, region="Rajshahi")
    sync_all(team, "A", "B", "A")
    db = str(team["A"].path)
    text = invoke(capsys, ["--db", db, "conflicts"]).out
    assert "1. people · Rakib Hasan · region" in text
    # the venue is in Dhaka (UTC+6): 09:05 UTC is 15:05 there
    assert "1) 'Rajshahi'  (current, Laptop B, 31 Dec 15:05; had seen 'Dhaka')" in text
    assert "2) 'Khulna'  (written at the same time, Laptop A, 31 Dec 15:02; had seen 'Dhaka')" in (
        text
    )
    assert "times are the venue's (Asia/Dhaka)" in text
    listed = invoke(capsys, ["--db", db, "conflicts", "--json"]).json()
    [entry] = listed
    assert entry["timezone"] == "Asia/Dhaka"
    assert [v["written_at_venue"] for v in entry["versions"]] == ["31 Dec 15:05", "31 Dec 15:02"]
    assert [v["seen"]["value"] for v in entry["versions"]] == ["Dhaka", "Dhaka"]
    kept = invoke(capsys, ["--db", db, "conflicts", "--resolve", "1", "--use", "1"])
    assert kept.code == 0 and "marked reviewed" in kept.out
    assert "no conflicts to review" in invoke(capsys, ["--db", db, "conflicts"]).out
