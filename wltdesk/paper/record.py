"""What was read on paper, matched to the event and recorded as check-ins from paper.

A page read back (:class:`~.reading.PageReading`) names its event, session and
people by the first digits of their ids; :func:`match_page` finds them in the
store and refuses a sheet of another event, or of a session other than the one
asked for. :func:`record_ticks` checks the ticked people in, all in one write,
at the session's start (or at the time given), marked as coming from paper
(``source`` "paper"); someone already present or late stays as the desk
recorded them, so reading the same photo twice changes nothing.
:func:`record_typed` does the same for the typed fallback grid (``source``
"paper-typed", with the status typed). Both return the check-ins they made, so
the app can undo them as one step (:func:`undo_all`, :func:`redo_all`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time

from wltdesk import agenda, attendance, events, people
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.paper import sheet
from wltdesk.paper.boxes import TICKED, UNCLEAR
from wltdesk.paper.reading import BoxReading, PageReading
from wltdesk.store import Store
from wltdesk.store.models import EventSession

PAPER = "paper"
TYPED = "paper-typed"
#: Statuses the typed grid records (absent is never typed: nobody signs for it).
TYPED_STATUSES = ("present", "late", "excused")


@dataclass(frozen=True)
class SheetRow:
    """One row of a page: its box as read, and whom it stands for (None: a walk-in row,
    or someone no longer on the roster)."""

    box: BoxReading
    person_id: str | None
    display_name: str | None


@dataclass
class MatchedPage:
    reading: PageReading
    session: EventSession
    rows: list[SheetRow]

    @property
    def ticked(self) -> list[SheetRow]:
        return [r for r in self.rows if r.box.state == TICKED and r.person_id]

    @property
    def unclear(self) -> list[SheetRow]:
        return [r for r in self.rows if r.box.state == UNCLEAR]

    @property
    def walk_ins(self) -> list[SheetRow]:
        """Walk-in rows someone wrote in: to add by hand (handwriting is not read)."""
        return [r for r in self.rows if r.box.person is None and r.box.written]


def match_page(
    store: Store, event_id: str, page: PageReading, session_id: str | None = None
) -> MatchedPage:
    """Find the page's session and people in the event; refuse what does not belong."""
    code = page.code
    if sheet.short_id(event_id) != code.event:
        other = next(
            (e.name for e in events.list_events(store) if sheet.short_id(e.id) == code.event),
            None,
        )
        if other:
            raise UserError(
                _("{where}: this sheet is from another event ({other}); open that event").format(
                    where=page.source, other=other
                )
            )
        raise UserError(
            _("{where}: this sheet is from another event, not this one").format(
                where=page.source
            )
        )
    sessions = [
        s for s in agenda.list_sessions(store, event_id) if sheet.short_id(s.id) == code.session
    ]
    if not sessions:
        raise UserError(
            _("{where}: the sheet's session is no longer on the agenda").format(where=page.source)
        )
    session = sessions[0]
    if session_id is not None and session.id != session_id:
        raise UserError(
            _("{where}: this sheet is for {title}, not the session asked for").format(
                where=page.source, title=session.title
            )
        )
    roster = {sheet.short_id(p.id): p for p in people.list_people(store, event_id)}
    rows = []
    for box in page.boxes:
        person = roster.get(box.person) if box.person else None
        rows.append(
            SheetRow(box, person.id if person else None, person.display_name if person else None)
        )
    return MatchedPage(page, session, rows)


def session_moment(store: Store, session: EventSession, at: time | None = None) -> datetime:
    """The session's start, or ``at`` on its day, at the venue, as an aware UTC time."""
    event = events.get_event(store, session.event_id)
    zone = events.check_timezone(event.timezone)
    wall = session.starts_at if at is None else datetime.combine(session.starts_at.date(), at)
    return wall.replace(tzinfo=zone).astimezone(UTC)


def parse_time(text: str) -> time:
    """``--time HH:MM`` (24-hour, the venue's clock)."""
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            _("--time: {text!r} is not a time of day like 09:40").format(text=text)
        ) from None


def record_ticks(
    store: Store,
    ticks: Iterable[tuple[str, str]],
    at: time | None = None,
) -> list[attendance.CheckIn]:
    """Check in each (session id, person id) ticked on paper, in one write; returns the
    check-ins that changed something (people already present or late are left as they are)."""
    wanted = list(dict.fromkeys(ticks))
    sessions = {sid: agenda.get_session(store, sid) for sid, _p in wanted}
    moments = {sid: session_moment(store, s, at) for sid, s in sessions.items()}
    done = []
    with store.write() as writer:
        for session_id, person_id in wanted:
            result = attendance.record_check_in(
                writer, session_id, person_id, None, moments[session_id], source=PAPER
            )
            if not result.already:
                done.append(result)
    return done


def record_typed(
    store: Store,
    session_id: str,
    marks: Mapping[str, str],
    at: time | None = None,
) -> list[attendance.CheckIn]:
    """Record the typed grid of one session: ``marks`` maps person id → status (present,
    late or excused), at the time given (the session's start without one)."""
    bad = sorted({s for s in marks.values() if s not in TYPED_STATUSES})
    if bad:
        raise UserError(
            _("status must be one of {names}, not {status!r}").format(
                names=", ".join(TYPED_STATUSES), status=bad[0]
            )
        )
    moment = session_moment(store, agenda.get_session(store, session_id), at)
    done = []
    with store.write() as writer:
        for person_id, status in marks.items():
            result = attendance.record_check_in(
                writer, session_id, person_id, status, moment, source=TYPED
            )
            if not result.already:
                done.append(result)
    return done


def undo_all(store: Store, done: Sequence[attendance.CheckIn]) -> None:
    """Take back what :func:`record_ticks` or :func:`record_typed` did, as one write."""
    with store.write() as writer:
        for result in reversed(done):
            attendance.undo_in(writer, result)


def redo_all(store: Store, done: Sequence[attendance.CheckIn]) -> None:
    with store.write() as writer:
        for result in done:
            attendance.redo_in(writer, result)
