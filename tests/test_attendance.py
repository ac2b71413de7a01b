"""Check-in, late by the clock, undo, walk-ins and counts (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event, func, select

from wltdesk import agenda, attendance, people
from wltdesk.errors import UserError
from wltdesk.store import open_store
from wltdesk.store.hlc import Clock
from wltdesk.store.models import Attendance, Change

# The test event is in Asia/Dhaka (UTC+6): 09:00 local is 03:00 UTC.
START_UTC = datetime(2026, 3, 14, 3, 0, tzinfo=UTC)


def at(hour: int, minute: int) -> datetime:
    """A moment given as Dhaka wall time."""
    return datetime(2026, 3, 14, hour - 6, minute, tzinfo=UTC)


@pytest.fixture
def session_id(store, event_id):
    return agenda.add_session(
        store, event_id, "Opening", datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 10)
    )


@pytest.fixture
def ana(store, event_id):
    return people.add_person(
        store, event_id, display_name="Ana Costa", local_name="আনা", email="ana@example.org"
    )


def rows(store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Attendance)).scalar_one()


def test_a_check_in_reads_the_store_once(store, session_id, ana):
    """What a check-in needs (the session, its event, the person, the attendance so
    far, where the log ends) comes in one query; then its row and its log go in, and
    it commits. Counted as SQLite runs them (the look-up goes to the driver's cursor,
    past SQLAlchemy's events); PostgreSQL's driver has no such trace."""
    if not store.is_sqlite:
        pytest.skip("statements are traced by SQLite's own callback")
    seen: list[str] = []

    def traced(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.set_trace_callback(lambda sql: seen.append(sql.lstrip().upper()))

    # The store opened again: its writes' connection (kept from then on) is made
    # for this check-in, and traced from its start.
    again = open_store(store.path, backups=False)
    try:
        event.listen(again.engine, "checkout", traced)
        done = attendance.check_in(again, session_id, ana, now=at(9, 0))
    finally:
        again.close()
    reads = [s for s in seen if s.startswith("SELECT")]
    assert len(reads) == 1
    writes = [s.split()[0] for s in seen if not s.startswith("SELECT")]
    assert (writes[0], writes[-1], set(writes[1:-1])) == ("BEGIN", "COMMIT", {"INSERT"})
    assert (done.status, done.display_name, done.already) == ("present", "Ana Costa", False)


def test_on_time_is_present_and_after_the_grace_period_is_late(store, event_id, session_id, ana):
    bo = people.add_person(store, event_id, display_name="Bo")
    on_time = attendance.check_in(store, session_id, ana, now=at(9, 10))
    late = attendance.check_in(store, session_id, bo, now=at(9, 11))
    assert (on_time.status, late.status) == ("present", "late")
    assert on_time.checked_at == datetime(2026, 3, 14, 3, 10)
    assert on_time.display_name == "Ana Costa" and on_time.local_name == "আনা"


def test_a_second_check_in_is_reported_not_duplicated(store, session_id, ana):
    first = attendance.check_in(store, session_id, ana, now=at(8, 55))
    again = attendance.check_in(store, session_id, ana, now=at(9, 30))
    assert not first.already and again.already
    assert again.status == "present" and again.checked_at == first.checked_at
    assert rows(store) == 1


def test_an_explicit_status_overrides_and_undo_restores_it(store, session_id, ana):
    first = attendance.check_in(store, session_id, ana, now=at(8, 55))
    excused = attendance.check_in(store, session_id, ana, status="excused", now=at(9, 0))
    assert excused.status == "excused" and not excused.already
    attendance.undo(store, excused)
    assert attendance.counts(store, session_id).present == 1
    attendance.undo(store, first)
    assert attendance.counts(store, session_id).arrived == 0
    attendance.redo(store, first)
    assert attendance.counts(store, session_id).present == 1


def test_undo_then_check_in_again_revives_the_same_row(store, session_id, ana):
    done = attendance.check_in(store, session_id, ana, now=at(9, 0))
    attendance.undo(store, done)
    back = attendance.check_in(store, session_id, ana, now=at(9, 20))
    assert back.attendance_id == done.attendance_id and back.status == "late"
    assert rows(store) == 1


def test_the_attendance_id_is_the_same_on_every_laptop():
    assert attendance.attendance_id("s", "p") == attendance.attendance_id("s", "p")
    assert attendance.attendance_id("s", "p") != attendance.attendance_id("p", "s")


def test_check_in_by_badge_code_ignores_case_and_blanks(store, session_id, ana):
    code = people.get_person(store, ana).badge_code
    done = attendance.check_in_by_code(store, session_id, f" {code.lower()}\n", now=at(9, 0))
    assert done.person_id == ana
    with pytest.raises(UserError, match="no one in this event has badge code"):
        attendance.check_in_by_code(store, session_id, "ZZZZZZ")


def test_check_in_by_query_needs_one_clear_match(store, event_id, session_id, ana):
    people.add_person(store, event_id, display_name="Anand Roy")
    people.add_person(store, event_id, display_name="Banani Anam")
    assert attendance.check_in_by_query(store, session_id, "costa", now=at(9, 0)).person_id == ana
    with pytest.raises(UserError, match="people match"):
        attendance.check_in_by_query(store, session_id, "an")
    with pytest.raises(UserError, match="no one matches"):
        attendance.check_in_by_query(store, session_id, "xyz")
    # an exact full name wins over people whose name merely starts with it
    exact = attendance.check_in_by_query(store, session_id, "Ana Costa", now=at(9, 5))
    assert exact.person_id == ana


def test_walk_in_registers_and_checks_in_in_one_step(store, event_id, session_id):
    done = attendance.walk_in(
        store, session_id, "Walk In", now=at(9, 40), local_name="ওয়াক", region="Rangpur"
    )
    person = people.get_person(store, done.person_id)
    assert person.region == "Rangpur" and person.badge_code
    assert done.status == "late"
    assert attendance.counts(store, session_id).late == 1


def test_undoing_a_walk_in_takes_the_person_off_the_roster_and_redo_brings_them_back(
    store, event_id, session_id
):
    done = attendance.walk_in(store, session_id, "Typo Person", now=at(9, 0))
    assert done.new_person
    attendance.undo(store, done)
    assert [p.display_name for p in people.list_people(store, event_id)] == []
    assert attendance.counts(store, session_id).arrived == 0
    # a tombstone, through the change log like any edit, so the undo syncs too
    gone = people.list_people(store, event_id, include_deleted=True)
    assert [(p.id, p.deleted) for p in gone] == [(done.person_id, True)]
    attendance.redo(store, done)
    assert [p.display_name for p in people.list_people(store, event_id)] == ["Typo Person"]
    assert attendance.counts(store, session_id).present == 1


def test_undoing_a_roster_check_in_keeps_the_person(store, event_id, session_id, ana):
    done = attendance.check_in(store, session_id, ana, now=at(9, 0))
    assert not done.new_person
    attendance.undo(store, done)
    assert [p.id for p in people.list_people(store, event_id)] == [ana]


def test_counts_and_session_list(store, event_id, session_id, ana):
    people.add_person(store, event_id, display_name="Not Yet")
    gone = people.add_person(store, event_id, display_name="Left Early")
    attendance.check_in(store, session_id, ana, now=at(9, 0))
    attendance.check_in(store, session_id, gone, status="absent", now=at(9, 0))
    people.delete_person(store, gone)
    tally = attendance.counts(store, session_id)
    assert (tally.expected, tally.present, tally.absent) == (2, 1, 0)
    listing = {r.display_name: r.status for r in attendance.session_attendance(store, session_id)}
    assert listing == {"Ana Costa": "present", "Not Yet": None}


def test_bad_input_changes_nothing(store, event_id, session_id, ana):
    with pytest.raises(UserError):
        attendance.check_in(store, session_id, ana, status="asleep")
    with pytest.raises(UserError):
        attendance.check_in(store, session_id, "no-such-person")
    with pytest.raises(UserError):
        attendance.check_in(store, "no-such-session", ana)
    assert rows(store) == 0


# ----------------------------------------------------------------- undo the last (command line)
def status_of(store, session_id: str, person_id: str) -> str | None:
    return attendance.statuses(store, session_id).get(person_id, (None,))[0]


def logged_deletes(store, row_id: str) -> int:
    """Tombstones of a row in the change log: what a sync carries to the other laptops."""
    with store.read() as db:
        return db.execute(
            select(func.count())
            .select_from(Change)
            .where(Change.row_id == row_id, Change.field == "deleted", Change.value == "true")
        ).scalar_one()


def test_undo_last_takes_back_this_laptops_check_ins_newest_first(store, event_id, session_id, ana):
    bo = people.add_person(store, event_id, display_name="Bo")
    first = attendance.check_in(store, session_id, ana, now=at(8, 55))
    attendance.check_in(store, session_id, bo, now=at(8, 58))
    undone = attendance.undo_last(store, event_id)
    assert (undone.display_name, undone.status, undone.restored) == ("Bo", "present", None)
    assert status_of(store, session_id, bo) is None
    assert status_of(store, session_id, ana) == "present"
    assert attendance.undo_last(store, event_id).person_id == ana  # again: the one before
    assert logged_deletes(store, first.attendance_id) == 1  # a tombstone in the log: it syncs
    with pytest.raises(UserError, match="nothing to undo"):
        attendance.undo_last(store, event_id)


def test_undo_last_puts_back_an_earlier_status(store, event_id, session_id, ana):
    attendance.check_in(store, session_id, ana, status="excused", now=at(8, 0))
    attendance.check_in(store, session_id, ana, status="present", now=at(9, 0))
    undone = attendance.undo_last(store, event_id)
    assert (undone.status, undone.restored) == ("present", "excused")
    with store.read() as db:
        row = db.get(Attendance, attendance.attendance_id(session_id, ana))
        assert (row.status, row.checked_at, row.deleted) == (
            "excused",
            at(8, 0).replace(tzinfo=None),
            False,
        )
    assert attendance.undo_last(store, event_id).restored is None  # then the excuse itself
    assert status_of(store, session_id, ana) is None


def test_undo_last_in_one_session(store, event_id, session_id, ana):
    lab = agenda.add_session(
        store, event_id, "Lab", datetime(2026, 3, 14, 11), datetime(2026, 3, 14, 12)
    )
    attendance.check_in(store, session_id, ana, now=at(9, 0))
    attendance.check_in(store, lab, ana, now=at(11, 0))
    assert attendance.undo_last(store, event_id, session_id).session_id == session_id
    assert status_of(store, lab, ana) == "present"


def test_undo_last_of_a_walk_in_takes_them_off_the_roster(store, event_id, session_id, ana):
    attendance.check_in(store, session_id, ana, now=at(9, 0))
    walked = attendance.walk_in(store, session_id, "Walk In", now=at(9, 5))
    undone = attendance.undo_last(store, event_id)
    assert undone.person_id == walked.person_id and undone.walk_in_removed
    assert walked.person_id not in {p.id for p in people.list_people(store, event_id)}
    assert logged_deletes(store, walked.person_id) == 1
    # a person added earlier and checked in later is no walk-in: they stay
    later = people.add_person(store, event_id, display_name="Added Before")
    attendance.check_in(store, session_id, ana, status="late", now=at(9, 6))
    attendance.check_in(store, session_id, later, now=at(9, 7))
    assert not attendance.undo_last(store, event_id).walk_in_removed
    assert later in {p.id for p in people.list_people(store, event_id)}


def test_a_check_in_from_another_laptop_is_not_undone_here(store, event_id, session_id, ana):
    mine = attendance.check_in(store, session_id, ana, now=at(9, 0))
    bo = people.add_person(store, event_id, display_name="Bo")
    with store.write() as writer:  # as if merged from another laptop, and newer
        writer.clock = Clock("anotherlaptop")
        attendance.record_check_in(writer, session_id, bo, None, at(9, 30))
    assert attendance.undo_last(store, event_id).person_id == mine.person_id
    assert status_of(store, session_id, bo) == "late"
    with pytest.raises(UserError, match="nothing to undo"):
        attendance.undo_last(store, event_id)
