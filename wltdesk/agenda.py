"""The agenda: the sessions of an event, and which one is on now.

Session times are wall times at the venue (naive datetimes in the event's time
zone), because that is how facilitators write and read an agenda.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_day_time
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import Event, EventSession

SESSION_KINDS = (
    "session",
    "plenary",
    "workshop",
    "hands-on lab",
    "group planning",
    "reflection circle",
    "break",
)
#: Each kind's name as people read it (the stored value stays English).
_KIND_WORDS = {
    "session": N_("session"),
    "plenary": N_("plenary"),
    "workshop": N_("workshop"),
    "hands-on lab": N_("hands-on lab"),
    "group planning": N_("group planning"),
    "reflection circle": N_("reflection circle"),
    "break": N_("break"),
}


def kind_words(kind: str) -> str:
    """A session kind in the current language; a kind from elsewhere as it was written."""
    return _(_KIND_WORDS[kind]) if kind in _KIND_WORDS else kind


def _check_times(db: Session, event_id: str, starts_at: datetime, ends_at: datetime) -> None:
    """A session ends after it starts and lies within the event's days."""
    if ends_at <= starts_at:
        raise UserError(_(
            "a session must end after it starts ({starts_at:%Y-%m-%d %H:%M})"
        ).format(
            starts_at=starts_at
        ))
    event = db.get(Event, event_id)
    if event is None or event.deleted:
        raise UserError(_("no event with id {event_id}").format(event_id=event_id))
    if not event.start_date <= starts_at.date() <= event.end_date:
        raise UserError(
            _(
                "the session on {starts_at:%Y-%m-%d} is outside the event ({start_date} to "
                "{end_date})"
            ).format(
                starts_at=starts_at, start_date=event.start_date, end_date=event.end_date
            )
        )


def add_session(
    store: Store,
    event_id: str,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    kind: str = "session",
    room: str | None = None,
    facilitators: Sequence[str] = (),
) -> str:
    """Add a session to the agenda; returns its id."""
    with store.write() as writer:
        return record_session(writer, event_id, title, starts_at, ends_at, kind, room, facilitators)


def record_session(
    writer: Writer,
    event_id: str,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    kind: str = "session",
    room: str | None = None,
    facilitators: Sequence[str] = (),
) -> str:
    """:func:`add_session` inside an open write."""
    title = title.strip()
    if not title:
        raise UserError(_("a session needs a title"))
    _check_times(writer.db, event_id, starts_at, ends_at)
    return writer.create(
        EventSession,
        {
            "event_id": event_id,
            "title": title,
            "day": starts_at.date(),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "kind": kind.strip() or "session",
            "room": (room or "").strip() or None,
            "facilitators": list(facilitators),
        },
    )


def update_session(store: Store, session_id: str, **fields: Any) -> bool:
    """Change fields of a session (title, times, kind, room, facilitators)."""
    with store.write() as writer:
        session = session_row(writer.db, session_id)
        starts = fields.get("starts_at", session.starts_at)
        ends = fields.get("ends_at", session.ends_at)
        _check_times(writer.db, session.event_id, starts, ends)
        if "starts_at" in fields:
            fields["day"] = starts.date()
        if "title" in fields and not str(fields["title"]).strip():
            raise UserError(_("a session needs a title"))
        return writer.update(EventSession, session_id, fields)


def delete_session(store: Store, session_id: str) -> None:
    with store.write() as writer:
        session_row(writer.db, session_id)
        writer.delete(EventSession, session_id)


def restore_session(store: Store, session_id: str) -> None:
    """Bring a deleted session back, with its attendance: the undo of a delete."""
    with store.write() as writer:
        if writer.db.get(EventSession, session_id) is None:
            raise UserError(_("no session with id {session_id}").format(session_id=session_id))
        writer.update(EventSession, session_id, {"deleted": False})


def list_sessions(store: Store, event_id: str) -> list[EventSession]:
    """The agenda in time order (detached rows)."""
    with store.read() as db:
        query = (
            select(EventSession)
            .where(EventSession.event_id == event_id, EventSession.deleted.is_(False))
            .order_by(EventSession.starts_at, EventSession.title)
        )
        return list(db.execute(query).scalars())


def get_session(store: Store, session_id: str) -> EventSession:
    with store.read() as db:
        return session_row(db, session_id)


#: Words that name a session by the clock at the venue, not by its agenda entry.
CLOCK_WORDS = ("now", "next")


def resolve_session(
    store: Store, event_id: str, selector: str, now: datetime | None = None
) -> EventSession:
    """The session a command means: its number in the agenda, id, id prefix or title,
    or ``now`` (the one running) or ``next`` (the next to start) at the venue's clock.

    ``now`` is an aware moment (default: the present), for tests.
    """
    sessions = list_sessions(store, event_id)
    text = selector.strip()
    if text.casefold() in CLOCK_WORDS:
        with store.read() as db:
            event = db.get(Event, event_id)
            zone = ZoneInfo(event.timezone) if event is not None else UTC
        moment = (now or datetime.now(UTC)).astimezone(zone).replace(tzinfo=None)
        return by_the_clock(sessions, text.casefold(), moment, zone_name=str(zone))
    if text.isdigit() and len(text) <= 3:  # a number in the agenda, never an id prefix
        if 1 <= int(text) <= len(sessions):
            return sessions[int(text) - 1]
        raise UserError(
            _(
                "--session: no session matches {selector!r} (the agenda has {count}; see "
                "'wltdesk session list')"
            ).format(
                selector=selector, count=len(sessions)
            )
        )
    exact = [s for s in sessions if s.id == text or s.title.casefold() == text.casefold()]
    found = exact or [s for s in sessions if s.id.startswith(text)]
    if not found and len(text) >= 3:
        found = [s for s in sessions if text.casefold() in s.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_(
            "--session: no session matches {selector!r} (see 'wltdesk session list')"
        ).format(
            selector=selector
        ))
    titles = "; ".join(
        f"{format_day_time(s.starts_at, weekday_only=True)} {s.title}" for s in found[:5]
    )
    raise UserError(_("--session: {selector!r} matches {count} sessions: {titles}").format(
        selector=selector, count=len(found), titles=titles
    ))


def by_the_clock(
    sessions: Sequence[EventSession], word: str, now_local: datetime, zone_name: str = ""
) -> EventSession:
    """``now``: the session running at ``now_local`` (venue wall time); ``next``: the
    next one to start. Anything else, or two at once, is one clear line of error."""
    at = format_day_time(now_local) + (f" ({zone_name})" if zone_name else "")
    upcoming = sorted((s for s in sessions if s.starts_at > now_local), key=_start)
    over = _("; the agenda is over") if sessions else _("; the agenda is empty")
    if word == "now":
        found = [s for s in sessions if s.starts_at <= now_local < s.ends_at]
        if not found:
            after = (
                _("; next is {session} (--session next)").format(session=_when(upcoming[0]))
                if upcoming
                else over
            )
            raise UserError(_("--session now: no session is running at {at}{after}").format(
                at=at, after=after
            ))
    else:
        found = [s for s in upcoming if s.starts_at == upcoming[0].starts_at] if upcoming else []
        if not found:
            raise UserError(_("--session next: no session starts after {at}{over}").format(
                at=at, over=over
            ))
    if len(found) > 1:
        names = "; ".join(_when(s) for s in found[:5])
        raise UserError(_("--session {word}: {count} sessions at once ({names}); name one").format(
            word=word, count=len(found), names=names
        ))
    return found[0]


def _start(session: EventSession) -> tuple[datetime, str]:
    return session.starts_at, session.title


def _when(session: EventSession) -> str:
    return _("{title!r} at {when}").format(
        title=session.title, when=format_day_time(session.starts_at, weekday_only=True)
    )


def current_session(sessions: Sequence[EventSession], now_local: datetime) -> EventSession | None:
    """The session a desk should preselect: the one running, else the next one today,
    else the last one that started today, else the next one at all."""
    running = [s for s in sessions if s.starts_at <= now_local < s.ends_at]
    if running:
        return max(running, key=lambda s: s.starts_at)
    today = [s for s in sessions if s.day == now_local.date()]
    upcoming = [s for s in today if s.starts_at > now_local]
    if upcoming:
        return min(upcoming, key=lambda s: s.starts_at)
    if today:
        return max(today, key=lambda s: s.starts_at)
    later = [s for s in sessions if s.starts_at > now_local]
    return min(later, key=lambda s: s.starts_at) if later else None


def session_row(db: Session, session_id: str) -> EventSession:
    """A live session row inside an open transaction, or a UserError."""
    session = db.get(EventSession, session_id)
    if session is None or session.deleted:
        raise UserError(_("no session with id {session_id}").format(session_id=session_id))
    return session
