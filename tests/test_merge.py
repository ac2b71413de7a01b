"""Merging: any set of bundles, in any order, any number of times, gives the same store."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from bundle_tools import key_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select

from wltdesk import agenda, attendance, events, people
from wltdesk.errors import UserError
from wltdesk.store.database import Store, migrate, open_store
from wltdesk.store.models import SYNCABLE, Attendance, Change, Device, Person
from wltdesk.sync import bundle, conflicts, merge, reading

START = datetime(2026, 3, 14, 9, 0)


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every syncable row (devices aside: each store registers itself) and the log's
    changes with what each had seen — what must be identical after any merge order."""
    tables: dict[str, list[tuple]] = {}
    with store.read() as db:
        for model in SYNCABLE:
            if model is Device:
                continue
            columns = list(model.__table__.columns)
            rows = db.execute(select(*columns)).all()
            tables[model.__tablename__] = sorted(tuple(map(repr, row)) for row in rows)
        identities = db.execute(
            select(
                Change.entity, Change.row_id, Change.field, Change.hlc, Change.value, Change.seen
            ).where(Change.entity != "devices")
        ).all()
        tables["changes"] = sorted(tuple(row) for row in identities)
    return tables


def export(store: Store, event_id: str, path: Path, after: int) -> tuple[Path, int]:
    info = bundle.export_bundle(store, event_id, path, after_seq=after)
    return info.path, info.upto_seq


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, Path]:
    """Three laptops in one event, editing the same people concurrently, each
    exporting incremental bundles (one laptop's bundle also carries another's)."""
    folder = tmp_path_factory.mktemp("laptops")
    a = open_store(folder / "a.sqlite", backups=False)
    event_id = events.create_event(a, "Merge Training", date(2026, 3, 14), date(2026, 3, 15))
    ids = [people.add_person(a, event_id, display_name=f"Person {n}") for n in range(4)]
    session = agenda.add_session(a, event_id, "Opening", START, START + timedelta(hours=1))
    full, mark_a = export(a, event_id, folder / "full.wltx", 0)
    key = key_of(a, event_id)  # shown as a QR code; co-facilitators join with it
    b = open_store(folder / "b.sqlite", backups=False)
    c = open_store(folder / "c.sqlite", backups=False)
    for laptop in (b, c):
        merge.import_bundles(laptop, [full], given_key=key)
    mark_b = mark_c = 10**9
    with b.read() as db:
        mark_b = db.execute(select(func.max(Change.seq))).scalar_one()
    with c.read() as db:
        mark_c = db.execute(select(func.max(Change.seq))).scalar_one()
    at = datetime(2026, 3, 14, 9, 5, tzinfo=UTC)
    # the same person checked in on two laptops, the same name edited on three
    attendance.check_in(a, session, ids[1], "present", now=at)
    attendance.check_in(a, session, ids[3], "present", now=at)
    people.update_person(a, ids[0], display_name="Name from A", region="Dhaka")
    people.delete_person(a, ids[2])
    a1, mark_a2 = export(a, event_id, folder / "a1.wltx", mark_a)
    attendance.check_in(b, session, ids[1], "late", now=at + timedelta(minutes=20))
    people.update_person(b, ids[0], display_name="Name from B")
    people.update_person(b, ids[2], affiliation="Edited after the delete")
    walk_in = people.add_person(b, event_id, display_name="Walk-in on B", email="w@b.org")
    attendance.check_in(b, session, walk_in, "present", now=at)
    b1, _ = export(b, event_id, folder / "b1.wltx", mark_b)
    people.update_person(c, ids[3], affiliation="Library")
    attendance.check_in(c, session, ids[3], "present", now=at + timedelta(minutes=2))
    c1, mark_c2 = export(c, event_id, folder / "c1.wltx", mark_c)
    merge.import_bundles(c, [a1])
    people.update_person(c, ids[0], display_name="Name from C, after A")
    c2, _ = export(c, event_id, folder / "c2.wltx", mark_c2)
    people.update_person(a, ids[1], phone="01711")
    a2, _ = export(a, event_id, folder / "a2.wltx", mark_a2)
    for laptop in (a, b, c):
        laptop.close()
    return {
        "full": full,
        "a1": a1,
        "a2": a2,
        "b1": b1,
        "c1": c1,
        "c2": c2,
        "event_id": event_id,
        "key": key,
        "ids": ids,
        "session": session,
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A migrated, empty SQLite store to copy for each example (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


def fresh(template: Path, folder: Path, name: str) -> Store:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    return open_store(path, backups=False)


INCREMENTAL = ["a1", "a2", "b1", "c1", "c2"]


@pytest.fixture(scope="module")
def reference(bundles, template, tmp_path_factory) -> dict[str, list[tuple]]:
    """The store after every bundle, imported once, in the order they were made."""
    return canonical(bundles, template, tmp_path_factory, frozenset(INCREMENTAL))


_CANONICAL: dict[frozenset[str], dict[str, list[tuple]]] = {}


def canonical(bundles, template, tmp_path_factory, chosen: frozenset[str]) -> dict:
    """The store after the package and ``chosen`` incremental bundles, each imported
    once, in the order they were made (cached: at most 2^5 sets)."""
    if chosen not in _CANONICAL:
        store = fresh(template, tmp_path_factory.mktemp("canonical"), "canonical")
        try:
            merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
            for key in (k for k in INCREMENTAL if k in chosen):
                merge.import_bundles(store, [bundles[key]])
            _CANONICAL[chosen] = dump(store)
        finally:
            store.close()
    return _CANONICAL[chosen]


@st.composite
def imports(draw) -> list[list[str]]:
    """A random set of bundles (the package among them), shuffled, some repeated,
    cut into imports of random sizes."""
    chosen = draw(st.sets(st.sampled_from(INCREMENTAL)))
    picked = ["full", *sorted(chosen)]
    repeats = draw(st.lists(st.sampled_from(picked), max_size=4))
    order = draw(st.permutations(picked + repeats))
    cuts = sorted(draw(st.sets(st.integers(1, len(order) - 1)))) if len(order) > 1 else []
    bounds = [0, *cuts, len(order)]
    return [order[a:b] for a, b in pairwise(bounds)]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=imports())
def test_any_set_in_any_order_with_duplicates_gives_the_identical_store(
    steps, bundles, template, tmp_path_factory
):
    """Every import either merges or, before the event package has come, is refused
    and changes nothing; the refused ones imported at the end, the store equals
    the one made by importing the same set once each, in order."""
    folder = tmp_path_factory.mktemp("example")
    store = fresh(template, folder, "merged")
    refused: list[str] = []
    try:
        for step in steps:
            before = dump(store)
            # the organizer gives the event key with the event's package (it joins)
            key = bundles["key"] if "full" in step else None
            try:
                merge.import_bundles(store, [bundles[k] for k in step], given_key=key)
            except UserError as exc:
                assert "import that event's full bundle first" in str(exc)
                assert dump(store) == before
                refused.extend(step)
        if refused:
            merge.import_bundles(store, [bundles[k] for k in refused])
        chosen = frozenset(k for step in steps for k in step if k != "full")
        assert dump(store) == canonical(bundles, template, tmp_path_factory, chosen)
    finally:
        store.close()


def test_postgres_and_sqlite_merge_to_the_same_rows(bundles, store, reference):
    """The organizer's PostgreSQL store ends up as the SQLite one (reverse order here)."""
    merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
    for key in reversed(INCREMENTAL):
        merge.import_bundles(store, [bundles[key]])
    assert dump(store) == reference


def test_two_laptops_checking_in_the_same_person_make_one_attendance(bundles, template, tmp_path):
    store = fresh(template, tmp_path, "one")
    merge.import_bundles(
        store, [bundles[k] for k in ("full", "a1", "b1")], given_key=bundles["key"]
    )
    with store.read() as db:
        rows = db.execute(
            select(Attendance).where(
                Attendance.person_id == bundles["ids"][1],
                Attendance.session_id == bundles["session"],
            )
        ).scalars()
        found = list(rows)
    assert len(found) == 1
    assert found[0].status == "late"  # B wrote later; A's "present" is kept for review
    # one decision to make, not one per field (status, time, laptop)
    [conflict] = [
        c for c in conflicts.conflicts(store, bundles["event_id"]) if c.entity == "attendance"
    ]
    assert conflict.field == "status" and conflict.label == "Person 1 · Opening"
    assert [v.value for v in conflict.versions] == ["late", "present"]
    late, present = conflict.versions
    assert late.also["checked_at"] == datetime(2026, 3, 14, 9, 25)
    assert present.also["checked_at"] == datetime(2026, 3, 14, 9, 5)
    assert present.device_id != late.device_id == late.also["device_id"]
    # picking A's check-in brings back its time and laptop too, as one new change
    conflicts.pick(store, bundles["event_id"], "attendance", conflict.row_id, "status", present.hlc)
    with store.read() as db:
        row = db.get(Attendance, conflict.row_id)
        assert (row.status, row.checked_at, row.device_id) == (
            "present",
            datetime(2026, 3, 14, 9, 5),
            present.device_id,
        )
    assert not [
        c for c in conflicts.conflicts(store, bundles["event_id"]) if c.entity == "attendance"
    ]
    store.close()


def test_the_same_check_in_on_two_laptops_is_no_conflict(bundles, template, tmp_path):
    """Both door laptops scanned Person 3 (present, two minutes apart): one
    attendance, nothing to review, and both scans kept in the log."""
    store = fresh(template, tmp_path, "same")
    merge.import_bundles(
        store, [bundles[k] for k in ("full", "a1", "c1")], given_key=bundles["key"]
    )
    row_id = attendance.attendance_id(bundles["session"], bundles["ids"][3])
    assert not [c for c in conflicts.conflicts(store, bundles["event_id"]) if c.row_id == row_id]
    with store.read() as db:
        assert db.get(Attendance, row_id).status == "present"
        times = db.execute(
            select(Change.value).where(Change.row_id == row_id, Change.field == "checked_at")
        ).scalars()
        assert sorted(times) == ['"2026-03-14T09:05:00"', '"2026-03-14T09:07:00"']
    store.close()


def test_superseded_values_are_listed_and_the_other_value_can_be_picked(
    bundles, template, tmp_path
):
    store = fresh(template, tmp_path, "review")
    merge.import_bundles(
        store, [bundles[k] for k in ("full", *INCREMENTAL)], given_key=bundles["key"]
    )
    event_id, person = bundles["event_id"], bundles["ids"][0]
    names = next(
        c
        for c in conflicts.conflicts(store, event_id)
        if c.row_id == person and c.field == "display_name"
    )
    # A's name is not a version: C had seen it and wrote over it (a follow-up); B
    # wrote without having seen it, so B's and C's names are the ones to choose from
    values = [v.value for v in names.versions]
    assert values == ["Name from C, after A", "Name from B"]
    seen = [(v.seen.kind, v.seen.value) for v in names.versions]
    assert seen == [("value", "Name from A"), ("value", "Person 0")]
    before = len(conflicts.conflicts(store, event_id))
    picked = next(v for v in names.superseded if v.value == "Name from B")
    conflicts.pick(store, event_id, "people", person, "display_name", picked.hlc)
    assert people.get_person(store, person).display_name == "Name from B"
    assert len(conflicts.conflicts(store, event_id)) == before - 1
    # the choice is a new change from this store, so it travels like any edit
    with store.read() as db:
        newest = db.execute(
            select(Change).where(Change.row_id == person).order_by(Change.hlc.desc()).limit(1)
        ).scalar_one()
    assert newest.device_id == store.device_id and newest.value == '"Name from B"'
    with pytest.raises(UserError, match="no open conflict"):
        conflicts.pick(store, event_id, "people", person, "region", "nonsense")
    other = conflicts.conflicts(store, event_id)[0]
    with pytest.raises(UserError, match="not a superseded value"):
        conflicts.pick(store, event_id, other.entity, other.row_id, other.field, "nonsense")
    store.close()


def test_keeping_the_winner_closes_the_conflict_until_a_newer_value_arrives(
    bundles, template, tmp_path
):
    store = fresh(template, tmp_path, "keep")
    merge.import_bundles(
        store, [bundles[k] for k in ("full", "a1", "b1")], given_key=bundles["key"]
    )
    event_id = bundles["event_id"]
    first = conflicts.conflicts(store, event_id)[0]
    conflicts.keep(store, event_id, first.entity, first.row_id, first.field)
    assert (first.entity, first.row_id, first.field) not in {
        (c.entity, c.row_id, c.field) for c in conflicts.conflicts(store, event_id)
    }
    store.close()


def test_a_delete_wins_over_older_edits_but_later_edits_stay_in_the_log(
    bundles, template, tmp_path
):
    store = fresh(template, tmp_path, "tomb")
    merge.import_bundles(
        store, [bundles[k] for k in ("full", *INCREMENTAL)], given_key=bundles["key"]
    )
    deleted = bundles["ids"][2]
    assert deleted not in {p.id for p in people.list_people(store, bundles["event_id"])}
    with store.read() as db:
        row = db.get(Person, deleted)
    assert row.deleted and row.affiliation == "Edited after the delete"


def test_the_import_summary_counts_what_is_new(bundles, template, tmp_path):
    store = fresh(template, tmp_path, "summary")
    first = merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
    assert (first.new_people, first.check_ins, first.joined) == (4, 0, (bundles["event_id"],))
    second = merge.import_bundles(store, [bundles["b1"]])
    assert (second.new_people, second.check_ins) == (1, 2)
    again = merge.import_bundles(store, [bundles["b1"]])
    assert (again.new_changes, again.new_people, again.check_ins) == (0, 0, 0)
    store.close()


def test_a_bundle_merged_before_is_recognised_and_not_read_again(
    bundles, template, tmp_path, monkeypatch
):
    """Merging a bundle again costs reading it: its manifest, key, signature and
    checksum are checked, its lines are not parsed, and nothing is written."""
    store = fresh(template, tmp_path, "again")
    merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
    first = merge.import_bundles(store, [bundles["b1"]])
    before = dump(store)

    def unread(*_args, **_kwargs):
        raise AssertionError("the lines of a bundle merged before were read again")

    monkeypatch.setattr(reading, "parse_lines", unread)
    again = merge.import_bundles(store, [bundles["b1"], bundles["full"]])
    assert (again.bundles, again.new_changes, again.new_people) == (2, 0, 0)
    assert dump(store) == before
    with pytest.raises(AssertionError, match="read again"):  # a new one is read in full
        merge.import_bundles(store, [bundles["c1"]])
    assert first.new_changes > 0
    store.close()


@pytest.mark.parametrize("each_bundle", [True, False], ids=["sync", "import"])
def test_a_sync_lets_a_check_in_at_the_desk_in_between_bundles(
    bundles, template, tmp_path, each_bundle
):
    """The background sync gives each bundle its own transaction and lets a write
    that queued meanwhile (a check-in) go first; an organizer's import stays one
    transaction, so there the write waits for the end."""
    store = fresh(template, tmp_path, "desk")
    merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
    verified = merge.verify_bundles(store, [bundles[k] for k in INCREMENTAL])
    desk_done = threading.Event()
    desk = threading.Thread(
        target=lambda: (
            people.add_person(store, bundles["event_id"], display_name="At the desk"),
            desk_done.set(),
        )
    )
    seen: list[bool] = []

    def cancelled() -> bool:
        if not desk.is_alive() and not seen:
            desk.start()
            while not store._waiting:  # the desk's write is queued behind the merge
                time.sleep(0.001)
        seen.append(desk_done.is_set())
        return False

    merge.apply_bundles(store, verified, cancelled=cancelled, each_bundle=each_bundle)
    desk.join()
    assert len(seen) == len(INCREMENTAL)
    assert seen[0] is False
    assert seen[1] is each_bundle  # in before the second bundle, or only after all
    names = {p.display_name for p in people.list_people(store, bundles["event_id"])}
    assert "At the desk" in names
    store.close()


def test_a_sync_stopped_half_way_keeps_the_bundles_it_applied(bundles, template, tmp_path):
    store = fresh(template, tmp_path, "stopped")
    merge.import_bundles(store, [bundles["full"]], given_key=bundles["key"])
    verified = merge.verify_bundles(store, [bundles[k] for k in INCREMENTAL])
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # once the first bundle is in

    before = _log_size(store)
    with pytest.raises(UserError, match=r"import cancelled; 1 of 5 bundles kept"):
        merge.apply_bundles(store, verified, cancelled=cancelled, each_bundle=True)
    assert _log_size(store) > before
    # merging everything again takes the rest: the same log as one whole import
    merge.import_bundles(store, [item.path for item in verified])
    whole = fresh(template, tmp_path, "whole")
    merge.import_bundles(
        whole, [bundles[k] for k in ("full", *INCREMENTAL)], given_key=bundles["key"]
    )
    assert _log_size(store) == _log_size(whole)
    whole.close()
    store.close()


def _log_size(store: Store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()
