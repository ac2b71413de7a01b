"""Summaries that add up (issue #21): what an import or sync brought is counted in rows
— new people, new check-ins, changed check-ins by the statuses they went from and
to, new plans and items, conflicts — never negative. The old count of people
present went down when a check-in went late → excused and said "-1 check-ins".

One laptop makes a check-in of its own person go from each state to each state
(present, late, excused, absent, or none: no check-in), one bundle per pair; an
organizer that has the event package imports that bundle.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product
from pathlib import Path

import pytest
from bundle_tools import key_of
from laptops import START, new_store
from sqlalchemy import func, select

from wltdesk import agenda, attendance, events, people, plans
from wltdesk.store.models import Attendance, Change
from wltdesk.sync import bundle, merge

NONE = "none"
STATES = ("present", "late", "excused", "absent", NONE)
PAIRS = list(product(STATES, STATES))
AT = datetime(2026, 3, 14, 3, 5, tzinfo=UTC)


def _log_end(store) -> int:
    with store.read() as db:
        return db.execute(select(func.max(Change.seq))).scalar_one()


def _move(store, session: str, person: str, before: str, after: str) -> None:
    """Take a check-in from ``before`` (as set up) to ``after``, as laptops do."""
    row_id = attendance.attendance_id(session, person)
    if before == after == NONE:  # checked in and taken back: nothing, net
        attendance.undo(store, attendance.check_in(store, session, person, "present", now=AT))
    elif before == after:  # the same status, its time corrected
        with store.write() as writer:
            writer.update(Attendance, row_id, {"checked_at": datetime(2026, 3, 14, 3, 9)})
    elif after == NONE:
        with store.write() as writer:
            writer.delete(Attendance, row_id)
    else:
        attendance.check_in(store, session, person, after, now=AT + timedelta(minutes=4))


@pytest.fixture(scope="module")
def moves(tmp_path_factory) -> dict:
    """The event package (every check-in in its ``before`` state) and, per pair, a
    bundle that takes its person's check-in to the ``after`` state."""
    folder = tmp_path_factory.mktemp("moves")
    laptop = new_store(folder / "laptop.sqlite")
    event_id = events.create_event(
        laptop, "Summary Training", START.date(), START.date(), timezone="Asia/Dhaka"
    )
    session = agenda.add_session(laptop, event_id, "Opening", START, START + timedelta(hours=1))
    persons = {
        pair: people.add_person(laptop, event_id, display_name=f"{pair[0]} to {pair[1]}")
        for pair in PAIRS
    }
    for (before, _after), person in persons.items():
        if before != NONE:
            attendance.check_in(laptop, session, person, before, now=AT)
    package = bundle.export_bundle(laptop, event_id, folder / "package.wltx").path
    mark = _log_end(laptop)
    bundles: dict[tuple[str, str], Path] = {}
    for (before, after), person in persons.items():
        _move(laptop, session, person, before, after)
        info = bundle.export_bundle(
            laptop, event_id, folder / f"{before}-{after}.wltx", after_seq=mark
        )
        bundles[before, after] = info.path
        mark = info.upto_seq
    key = key_of(laptop, event_id)
    laptop.close()
    return {"package": package, "bundles": bundles, "key": key, "session": session}


@pytest.mark.parametrize(("before", "after"), PAIRS, ids=[f"{b}-{a}" for b, a in PAIRS])
def test_every_status_transition_is_counted_once_and_never_negative(moves, tmp_path, before, after):
    organizer = new_store(tmp_path / "organizer.sqlite")
    try:
        merge.import_bundles(organizer, [moves["package"]], given_key=moves["key"])
        summary = merge.import_bundles(organizer, [moves["bundles"][before, after]])
    finally:
        organizer.close()
    counts = (summary.new_people, summary.check_ins, summary.plans, summary.items)
    assert min(counts) >= 0 and summary.conflicts == 0
    assert counts == (0, 1 if before == NONE and after != NONE else 0, 0, 0)
    changed = [(t.before, t.after, t.count) for t in summary.changed_check_ins]
    assert changed == ([(before, after, 1)] if NONE != before != after else [])


def test_one_import_of_every_move_counts_each_transition(moves, store):
    """On SQLite and PostgreSQL alike; the command line's words say the same."""
    merge.import_bundles(store, [moves["package"]], given_key=moves["key"])
    summary = merge.import_bundles(store, list(moves["bundles"].values()))
    assert summary.check_ins == 4  # none → each status
    moved = {(t.before, t.after): t.count for t in summary.changed_check_ins}
    assert moved == {(before, after): 1 for before, after in PAIRS if NONE != before != after}
    assert sum(moved.values()) == 16


def test_a_check_in_that_goes_back_and_forth_in_one_import_counts_as_nothing(tmp_path):
    """present → late (one bundle) → present (another), imported together: the net
    change is none; imported one by one, each counts its own transition."""
    laptop = new_store(tmp_path / "laptop.sqlite")
    try:
        event_id = events.create_event(laptop, "Back", START.date(), START.date())
        session = agenda.add_session(laptop, event_id, "Opening", START, START + timedelta(hours=1))
        person = people.add_person(laptop, event_id, display_name="Rakib Hasan")
        attendance.check_in(laptop, session, person, "present", now=AT)
        package = bundle.export_bundle(laptop, event_id, tmp_path / "package.wltx")
        attendance.check_in(laptop, session, person, "late", now=AT)
        there = bundle.export_bundle(
            laptop, event_id, tmp_path / "there.wltx", after_seq=package.upto_seq
        )
        attendance.check_in(laptop, session, person, "present", now=AT)
        back = bundle.export_bundle(
            laptop, event_id, tmp_path / "back.wltx", after_seq=there.upto_seq
        )
        key = key_of(laptop, event_id)
    finally:
        laptop.close()
    together = new_store(tmp_path / "together.sqlite")
    apart = new_store(tmp_path / "apart.sqlite")
    try:
        for organizer in (together, apart):
            merge.import_bundles(organizer, [package.path], given_key=key)
        summary = merge.import_bundles(together, [there.path, back.path])
        assert summary.new_changes > 0
        assert (summary.check_ins, summary.changed_check_ins) == (0, ())
        first = merge.import_bundles(apart, [there.path])
        second = merge.import_bundles(apart, [back.path])
    finally:
        together.close()
        apart.close()
    assert [(t.before, t.after) for t in first.changed_check_ins] == [("present", "late")]
    assert [(t.before, t.after) for t in second.changed_check_ins] == [("late", "present")]


def test_new_plans_items_and_people_are_counted_and_a_removed_one_is_no_minus(tmp_path):
    laptop = new_store(tmp_path / "laptop.sqlite")
    organizer = new_store(tmp_path / "organizer.sqlite")
    try:
        event_id = events.create_event(laptop, "Plans", START.date(), START.date())
        gone = people.add_person(laptop, event_id, display_name="Leaves the roster")
        package = bundle.export_bundle(laptop, event_id, tmp_path / "package.wltx")
        merge.import_bundles(organizer, [package.path], given_key=key_of(laptop, event_id))
        people.delete_person(laptop, gone)
        people.add_person(laptop, event_id, display_name="Walk-in")
        plan = plans.create_plan(laptop, event_id, "Wiki Loves Monuments in Khulna")
        plans.add_item(laptop, plan, "Photo walk")
        plans.add_item(laptop, plan, "Upload workshop")
        later = bundle.export_bundle(
            laptop, event_id, tmp_path / "later.wltx", after_seq=package.upto_seq
        )
        summary = merge.import_bundles(organizer, [later.path])
    finally:
        laptop.close()
        organizer.close()
    assert (summary.new_people, summary.plans, summary.items) == (1, 1, 2)
    assert summary.check_ins == 0 and summary.changed_check_ins == ()


def test_the_command_line_says_what_changed_in_words(moves, tmp_path, capsys):
    from cli_result import invoke

    db = tmp_path / "organizer.sqlite"
    organizer = new_store(db)
    merge.import_bundles(organizer, [moves["package"]], given_key=moves["key"])
    organizer.close()
    wanted = [moves["bundles"][pair] for pair in (("late", "excused"), ("present", "late"))]
    folder = tmp_path / "two"
    folder.mkdir()
    for path in wanted:
        (folder / path.name).write_bytes(path.read_bytes())
    done = invoke(capsys, ["--db", db, "import", folder])
    assert done.code == 0, done.err
    assert "0 new check-ins, 2 changed check-ins (late → excused 1, present → late 1)" in done.out
    assert "-1" not in done.out
