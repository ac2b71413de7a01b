"""Checking people in to sessions, undoing it, and counting who is there.

An attendance row's id is derived from (session, person). Two laptops that
check in the same person to the same session therefore write the same row,
and the merge keeps one attendance, not two. "Undo" restores exactly the state
before the check-in (no row, or the earlier status), through the change log
like any other edit, so an undo on one laptop syncs too. Undoing a walk-in also
takes the person it registered off the roster (a tombstone, which syncs), so a
mistyped walk-in leaves no stray person behind.

A check-in is durable when the service returns: the transaction is committed
with SQLite's synchronous=FULL before the desk shows the confirmation.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from wltdesk import people as roster
from wltdesk.agenda import session_row as get_session_row
from wltdesk.errors import UserError
from wltdesk.events import local_now, local_time
from wltdesk.search import PeopleIndex, tied_best
from wltdesk.store import Store
from wltdesk.store.changes import Writer, content_columns, decode
from wltdesk.store.models import (
    ATTENDANCE_STATUSES,
    Attendance,
    Change,
    Event,
    EventSession,
    Person,
)

_NAMESPACE = uuid.UUID("5b0c6d6e-57a4-4c0e-9f54-7c1d3f0e4a11")
PRESENT_STATUSES = ("present", "late")


def attendance_id(session_id: str, person_id: str) -> str:
    """The one id an attendance of this person at this session has, on every laptop."""
    return str(uuid.uuid5(_NAMESPACE, f"{session_id}/{person_id}"))


@dataclass(frozen=True)
class Previous:
    """What an attendance looked like before a check-in, so undo can restore it."""

    existed: bool
    deleted: bool
    status: str | None
    checked_at: datetime | None


@dataclass(frozen=True)
class CheckIn:
    """The outcome of one check-in, as the desk confirms it."""

    attendance_id: str
    session_id: str
    person_id: str
    display_name: str
    local_name: str | None
    status: str
    checked_at: datetime  # UTC, naive
    already: bool  # the person was checked in before; nothing was written
    previous: Previous
    new_person: bool = False  # a walk-in: the person was registered by this check-in


@dataclass(frozen=True)
class SessionCounts:
    expected: int
    present: int
    late: int
    excused: int
    absent: int

    @property
    def arrived(self) -> int:
        return self.present + self.late

    @property
    def marked(self) -> int:
        """Participants with any status at the session (absent included)."""
        return self.present + self.late + self.excused + self.absent

    @property
    def not_checked_in(self) -> int:
        """Participants on the roster with no status at the session at all."""
        return max(0, self.expected - self.marked)


def absent_from(
    counts: SessionCounts, session: EventSession, event: Event, now: datetime | None = None
) -> int | None:
    """How many participants missed a session: marked absent, or never checked in.

    The desk records a check-in, not an absence, so a participant who did not
    come usually has no row at all; once the session has started, everyone
    registered and not checked in (nor excused) missed it. Before it starts,
    and for a session with no check-ins at all (its desk's laptop may not be
    merged yet), nobody can be called absent: the answer is None.
    """
    started = session.starts_at <= local_now(event, now or datetime.now(UTC))
    if not started or counts.arrived + counts.excused == 0:
        return None
    return counts.absent + counts.not_checked_in


@dataclass(frozen=True)
class AttendanceRow:
    person_id: str
    display_name: str
    local_name: str | None
    region: str | None
    badge_code: str
    status: str | None  # None: not checked in
    checked_at: datetime | None


def _utc_now() -> datetime:
    return datetime.now(UTC)


def automatic_status(timezone: str, grace_minutes: int, starts_at: datetime, now: datetime) -> str:
    """Present, or late once the grace period after the session start (a wall time in
    the event's time zone) has passed."""
    late = local_time(timezone, now) > starts_at + timedelta(minutes=grace_minutes)
    return "late" if late else "present"


def check_in(
    store: Store,
    session_id: str,
    person_id: str,
    status: str | None = None,
    now: datetime | None = None,
    grace_minutes: int | None = None,
) -> CheckIn:
    """Check a person in; with no status, present or late by the clock.

    Checking in someone already present or late writes nothing and says so;
    an explicit different status (excused, absent) overwrites.
    """
    if status is not None and status not in ATTENDANCE_STATUSES:
        raise UserError(f"status must be one of {', '.join(ATTENDANCE_STATUSES)}, not {status!r}")
    moment = now or _utc_now()
    with store.write() as writer:
        return record_check_in(writer, session_id, person_id, status, moment, grace_minutes)


def record_check_in(
    writer: Writer,
    session_id: str,
    person_id: str,
    status: str | None,
    moment: datetime,
    grace_minutes: int | None = None,
) -> CheckIn:
    """:func:`check_in` inside an open write, for callers that batch many.

    Everything it reads (the session, its event, the person, the attendance so
    far) comes in one query: a check-in at the desk is a look-up, two inserts
    and a durable commit, and the look-up must not cost more than the commit.
    """
    row_id = attendance_id(session_id, person_id)
    asked = {"session": session_id, "person": person_id, "row": row_id}
    facts = writer.db.connection().execute(_FACTS, asked).first()
    if facts is None or facts.session_deleted:
        raise UserError(f"no session with id {session_id}")
    if facts.person_event != facts.event_id or facts.person_deleted:
        raise UserError(f"no person with id {person_id} in this event")
    existed = facts.row_id is not None
    previous = Previous(
        existed=existed,
        deleted=bool(facts.row_deleted),
        status=facts.status,
        checked_at=facts.checked_at,
    )
    active = existed and not facts.row_deleted
    minutes = facts.late_grace_minutes if grace_minutes is None else grace_minutes
    wanted = status or automatic_status(facts.timezone, minutes, facts.starts_at, moment)
    if active and ((status is None and facts.status in PRESENT_STATUSES) or facts.status == wanted):
        return CheckIn(
            row_id,
            session_id,
            person_id,
            facts.display_name,
            facts.local_name,
            facts.status,
            facts.checked_at,
            True,
            previous,
        )
    checked_at = moment.astimezone(UTC).replace(tzinfo=None)
    values = {
        "status": wanted,
        "checked_at": checked_at,
        "device_id": writer.device_id,
        "deleted": False,
    }
    if not existed:
        writer.create(
            Attendance,
            {
                "id": row_id,
                "event_id": facts.event_id,
                "person_id": person_id,
                "session_id": session_id,
                **values,
            },
        )
    else:
        current = {
            "event_id": facts.event_id,
            "status": facts.status,
            "checked_at": facts.checked_at,
            "device_id": facts.device_id,
            "deleted": facts.row_deleted,
        }
        writer.update(Attendance, row_id, values, current)
    return CheckIn(
        row_id,
        session_id,
        person_id,
        facts.display_name,
        facts.local_name,
        wanted,
        checked_at,
        False,
        previous,
    )


def _facts_query() -> Select[Any]:
    """What a check-in reads, bound to ``session``, ``person`` and ``row`` (the
    attendance id): the session and its event, the person (if any) and the
    attendance so far (if any)."""
    sessions, events = EventSession.__table__, Event.__table__
    people, marks = Person.__table__, Attendance.__table__
    return (
        select(
            sessions.c.event_id,
            sessions.c.deleted.label("session_deleted"),
            sessions.c.starts_at,
            events.c.timezone,
            events.c.late_grace_minutes,
            people.c.event_id.label("person_event"),
            people.c.deleted.label("person_deleted"),
            people.c.display_name,
            people.c.local_name,
            marks.c.id.label("row_id"),
            marks.c.deleted.label("row_deleted"),
            marks.c.status,
            marks.c.checked_at,
            marks.c.device_id,
        )
        .join_from(sessions, events, events.c.id == sessions.c.event_id)
        .outerjoin(people, people.c.id == bindparam("person"))
        .outerjoin(marks, marks.c.id == bindparam("row"))
        .where(sessions.c.id == bindparam("session"))
    )


_FACTS = _facts_query()


def check_in_by_code(
    store: Store,
    session_id: str,
    code: str,
    status: str | None = None,
    now: datetime | None = None,
) -> CheckIn:
    """Check in the person whose badge code a scanner typed."""
    wanted = roster.normalize_code(code)
    session = get_session(store, session_id)
    with store.read() as db:
        person_id = db.execute(
            select(Person.id).where(
                Person.event_id == session.event_id,
                Person.badge_code == wanted,
                Person.deleted.is_(False),
            )
        ).scalar_one_or_none()
    if person_id is None:
        raise UserError(f"no one in this event has badge code {wanted}")
    return check_in(store, session_id, person_id, status, now)


def check_in_by_query(
    store: Store,
    session_id: str,
    text: str,
    status: str | None = None,
    now: datetime | None = None,
) -> CheckIn:
    """Check in the one person a search finds; refuse when it is not clear who."""
    session = get_session(store, session_id)
    index = PeopleIndex.build(roster.list_people(store, session.event_id))
    matches = index.search(text, limit=6)
    if not matches:
        raise UserError(f"no one matches {text!r}")
    best = tied_best(matches)
    if len(best) > 1 and matches[0].rank > 1:
        names = ", ".join(m.display_name for m in best[:5])
        raise UserError(f"{len(best)} people match {text!r} ({names}); type more of the name")
    exact = [m for m in best if m.rank <= 1]
    if len(exact) > 1:
        names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in exact[:5])
        raise UserError(f"several people are called {text!r} ({names}); use --code")
    return check_in(store, session_id, matches[0].person_id, status, now)


def walk_in(
    store: Store,
    session_id: str,
    display_name: str,
    status: str | None = None,
    now: datetime | None = None,
    grace_minutes: int | None = None,
    **fields: object,
) -> CheckIn:
    """Register someone who is not on the roster and check them in, in one step."""
    moment = now or _utc_now()
    with store.write() as writer:
        session = get_session_row(writer.db, session_id)
        person_id = roster.create_people(
            writer, session.event_id, [{"display_name": display_name, **fields}]
        )[0]
        done = record_check_in(writer, session_id, person_id, status, moment, grace_minutes)
        return replace(done, new_person=True)


def undo(store: Store, done: CheckIn) -> None:
    """Put the attendance back as it was before ``done`` (no-op if nothing was written);
    a walk-in's person leaves the roster with it."""
    if done.already:
        return
    with store.write() as writer:
        if done.new_person:
            writer.delete(Person, done.person_id)
        before = done.previous
        if not before.existed or before.deleted:
            writer.delete(Attendance, done.attendance_id)
        else:
            writer.update(
                Attendance,
                done.attendance_id,
                {"status": before.status, "checked_at": before.checked_at},
            )


def redo(store: Store, done: CheckIn) -> None:
    """Apply ``done`` again after an undo (for the app-wide undo stack)."""
    if done.already:
        return
    with store.write() as writer:
        if done.new_person:
            writer.update(Person, done.person_id, {"deleted": False})
        writer.update(
            Attendance,
            done.attendance_id,
            {"status": done.status, "checked_at": done.checked_at, "deleted": False},
        )


@dataclass(frozen=True)
class Undone:
    """A check-in taken back by :func:`undo_last`, as the command line reports it."""

    session_id: str
    person_id: str
    display_name: str
    local_name: str | None
    status: str  # what the check-in had set
    restored: str | None  # the status now; None: not checked in
    walk_in_removed: bool  # the person came in as a walk-in and left the roster again


def undo_last(store: Store, event_id: str, session_id: str | None = None) -> Undone:
    """Take back the last check-in this laptop made (in one session, if given).

    The command line has no undo stack to remember a check-in by, so the store is
    asked: the live attendance this device checked in most recently. What it looked
    like before comes from the change log (no row, or the earlier status, time and
    device), and is written back through the log, so the undo syncs like any edit.
    Undoing again takes back the check-in before it. When the person was added to
    the roster by this laptop's write just before the check-in (a walk-in) and has
    no other attendance, they leave the roster too (a tombstone: nothing is lost).
    """
    with store.write() as writer:
        db = writer.db
        query = select(Attendance).where(
            Attendance.event_id == event_id,
            Attendance.device_id == writer.device_id,
            Attendance.deleted.is_(False),
        )
        if session_id is not None:
            query = query.where(Attendance.session_id == session_id)
        row = db.execute(
            query.order_by(Attendance.checked_at.desc(), Attendance.hlc.desc()).limit(1)
        ).scalar_one_or_none()
        if row is None:
            where = " to this session" if session_id is not None else ""
            raise UserError(f"nothing to undo: this laptop has no check-in{where} in effect")
        stamp, before = _before_check_in(db, row)
        person = db.get(Person, row.person_id)
        assert person is not None  # attendance rows refer to people (a foreign key)
        undone = Undone(
            row.session_id,
            person.id,
            person.display_name,
            person.local_name,
            row.status,
            None,
            False,
        )
        if before and not before.get("deleted", True):
            keys = ("status", "checked_at", "device_id")
            writer.update(Attendance, row.id, {key: before[key] for key in keys if key in before})
            return replace(undone, restored=before.get("status"))
        walk_in = _was_walk_in(db, writer.device_id, person.id, stamp)
        writer.delete(Attendance, row.id)
        if walk_in:
            writer.delete(Person, person.id)
        return replace(undone, walk_in_removed=walk_in)


def _before_check_in(db: Session, row: Attendance) -> tuple[str, dict[str, object]]:
    """The stamp of the check-in that set the row's time, and the row's fields just
    before it (empty: there was no row).

    The first change that set the current time is that check-in: an undo that put
    the time back to it since did not check anyone in, so it is passed over.
    """
    changes = db.execute(
        select(Change.field, Change.value, Change.hlc)
        .where(Change.entity == Attendance.__tablename__, Change.row_id == row.id)
        .order_by(Change.hlc)
    ).all()
    columns = content_columns(Attendance)
    stamp = next(
        hlc
        for field, value, hlc in changes
        if field == "checked_at" and decode(columns[field], value) == row.checked_at
    )
    before: dict[str, object] = {}
    for field, value, hlc in changes:
        if hlc < stamp and field in columns:
            before[field] = decode(columns[field], value)
    return stamp, before


def _was_walk_in(db: Session, device_id: str, person_id: str, stamp: str) -> bool:
    """Whether this device created the person in its write just before ``stamp`` and
    they have no other attendance: a walk-in, registered and checked in at once."""
    first = db.execute(
        select(Change.hlc, Change.device_id)
        .where(Change.entity == Person.__tablename__, Change.row_id == person_id)
        .order_by(Change.hlc)
        .limit(1)
    ).first()
    if first is None or first.device_id != device_id:
        return False
    between = db.execute(
        select(func.count())
        .select_from(Change)
        .where(Change.device_id == device_id, Change.hlc > first.hlc, Change.hlc < stamp)
    ).scalar_one()
    attended = db.execute(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.person_id == person_id, Attendance.deleted.is_(False))
    ).scalar_one()
    return between == 0 and attended == 1


def get_session(store: Store, session_id: str) -> EventSession:
    with store.read() as db:
        return get_session_row(db, session_id)


def statuses(store: Store, session_id: str) -> dict[str, tuple[str, datetime]]:
    """Status and time of everyone checked in to a session, by person id (for the desk)."""
    with store.read() as db:
        rows = db.execute(
            select(Attendance.person_id, Attendance.status, Attendance.checked_at).where(
                Attendance.session_id == session_id, Attendance.deleted.is_(False)
            )
        ).all()
    return {person_id: (status, moment) for person_id, status, moment in rows}


def session_attendance(store: Store, session_id: str) -> list[AttendanceRow]:
    """Everyone on the roster with their status at the session (None: not checked in)."""
    session = get_session(store, session_id)
    with store.read() as db:
        marks = {
            a.person_id: a
            for a in db.execute(
                select(Attendance).where(
                    Attendance.session_id == session_id, Attendance.deleted.is_(False)
                )
            ).scalars()
        }
    rows = []
    for person in roster.list_people(store, session.event_id):
        mark = marks.get(person.id)
        rows.append(
            AttendanceRow(
                person.id,
                person.display_name,
                person.local_name,
                person.region,
                person.badge_code,
                mark.status if mark else None,
                mark.checked_at if mark else None,
            )
        )
    return rows


def counts(store: Store, session_id: str) -> SessionCounts:
    """How many participants are expected and how many are in each status.

    Facilitators and organizers run the session; they are not counted.
    """
    session = get_session(store, session_id)
    with store.read() as db:
        expected = db.execute(
            select(func.count())
            .select_from(Person)
            .where(
                Person.event_id == session.event_id,
                Person.deleted.is_(False),
                Person.role == "participant",
            )
        ).scalar_one()
        statuses = Counter(
            db.execute(
                select(Attendance.status)
                .join(Person, Person.id == Attendance.person_id)
                .where(
                    Attendance.session_id == session_id,
                    Attendance.deleted.is_(False),
                    Person.deleted.is_(False),
                    Person.role == "participant",
                )
            ).scalars()
        )
    return SessionCounts(
        expected, statuses["present"], statuses["late"], statuses["excused"], statuses["absent"]
    )
