"""Checking people in to sessions, and counting who is there.

An attendance row's id is derived from (session, person). Two laptops that
check in the same person to the same session therefore write the same row,
and the merge keeps one attendance, not two.

A check-in is durable when the service returns: the transaction is committed
with SQLite's synchronous=FULL before the desk shows the confirmation.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, exists, func, select

from wltdesk import people as roster
from wltdesk.agenda import session_row as get_session_row
from wltdesk.errors import UserError
from wltdesk.events import local_now, local_time
from wltdesk.language import N_, _
from wltdesk.search import PeopleIndex, tied_best
from wltdesk.store import Store
from wltdesk.store.changes import Writer, log_end_is
from wltdesk.store.models import (
    ATTENDANCE_STATUSES,
    Attendance,
    Edit,
    Event,
    EventSession,
    Person,
)
from wltdesk.store.statements import compiled_query

_NAMESPACE = uuid.UUID("5b0c6d6e-57a4-4c0e-9f54-7c1d3f0e4a11")
PRESENT_STATUSES = ("present", "late")
#: The word for each status where people read it (``status_label``); the store and JSON
#: keep the English keys.
STATUS_LABELS = {
    "present": N_("present"),
    "late": N_("late"),
    "excused": N_("excused"),
    "absent": N_("absent"),
}


def status_label(status: str | None) -> str:
    """A status as the current language says it ("present" → "উপস্থিত"); "" for none."""
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else (status or "")


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
    source: str | None = None


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
    source: str | None = None  # where it came from (``ATTENDANCE_SOURCES``); None: the desk


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
    source: str | None = None  # None: at the desk; "paper": read from a sign-in sheet


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
        raise UserError(_("status must be one of {names}, not {status!r}").format(
            names=', '.join(ATTENDANCE_STATUSES), status=status
        ))
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
    source: str | None = None,
) -> CheckIn:
    """:func:`check_in` inside an open write, for callers that batch many.

    ``source`` says where a check-in not made at the desk came from (a paper sheet);
    the field is written only when it says something or had something to say before,
    so a desk check-in's change lines stay as they were.

    Everything it reads (the session, its event, the person, the attendance so
    far) comes in one query: a check-in at the desk is a look-up, two inserts
    and a durable commit, and the look-up must not cost more than the commit.
    """
    row_id = attendance_id(session_id, person_id)
    asked = {"session": session_id, "person": person_id, "row": row_id}
    connection = writer.connection
    facts = compiled_query(_FACTS, connection.dialect).first(connection, asked)
    if facts is None or facts.session_deleted:
        raise UserError(_("no session with id {session_id}").format(session_id=session_id))
    if facts.person_event != facts.event_id or facts.person_deleted:
        raise UserError(_("no person with id {person_id} in this event").format(
            person_id=person_id
        ))
    log_end_is(connection, facts.log_end)
    existed = facts.row_id is not None
    previous = Previous(
        existed=existed,
        deleted=bool(facts.row_deleted),
        status=facts.status,
        checked_at=facts.checked_at,
        source=facts.source,
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
    if source is not None or previous.source is not None:
        values["source"] = source
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
            fresh=not facts.logged,
        )
    else:
        current = {
            "event_id": facts.event_id,
            "status": facts.status,
            "checked_at": facts.checked_at,
            "device_id": facts.device_id,
            "deleted": facts.row_deleted,
            "source": facts.source,
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
        source=source,
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
            marks.c.source,
            exists()
            .where(Edit.entity == marks.name, Edit.row_id == bindparam("row"))
            .label("logged"),
            select(func.max(Edit.id)).scalar_subquery().label("log_end"),
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
    person_id = roster.person_by_code(store, session.event_id, wanted)
    if person_id is None:
        raise UserError(_("no one in this event has badge code {wanted}").format(wanted=wanted))
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
        raise UserError(_("no one matches {text!r}").format(text=text))
    best = tied_best(matches)
    if len(best) > 1 and matches[0].rank > 1:
        names = ", ".join(m.display_name for m in best[:5])
        raise UserError(_("{count} people match {text!r} ({names}); type more of the name").format(
            count=len(best), text=text, names=names
        ))
    exact = [m for m in best if m.rank <= 1]
    if len(exact) > 1:
        names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in exact[:5])
        raise UserError(_("several people are called {text!r} ({names}); use --code").format(
            text=text, names=names
        ))
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
                mark.source if mark else None,
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
