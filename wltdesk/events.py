"""Events: creating them, listing them, and picking the one a command means."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from wltdesk.devices import register_device
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store, eventkeys
from wltdesk.store.changes import Writer
from wltdesk.store.models import OUTPUT_LANGUAGES, Event, EventSession

#: What people may call an output language (``--lang bilingual``), and the code it means.
_LANGUAGE_NAMES = {"english": "en", "bengali": "bn", "bangla": "bn", "bilingual": "en+bn"}


def check_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError(_("unknown time zone {name!r} (use a name such as Asia/Dhaka)").format(
            name=name
        )) from exc


def create_event(
    store: Store,
    name: str,
    start: date,
    end: date,
    venue: str | None = None,
    timezone: str = "UTC",
    event_id: str | None = None,
) -> str:
    """Create an event (with its event key, and this laptop registered in it);
    returns the event id."""
    with store.write() as writer:
        return record_event(writer, name, start, end, venue, timezone, event_id)


def record_event(
    writer: Writer,
    name: str,
    start: date,
    end: date,
    venue: str | None = None,
    timezone: str = "UTC",
    event_id: str | None = None,
) -> str:
    """:func:`create_event` inside an open write, for callers that build more at once."""
    name = name.strip()
    if not name:
        raise UserError(_("an event needs a name"))
    if end < start:
        raise UserError(_("the event ends ({end}) before it starts ({start})").format(
            end=end, start=start
        ))
    check_timezone(timezone)
    values = {
        "name": name,
        "start_date": start,
        "end_date": end,
        "venue": (venue or "").strip() or None,
        "timezone": timezone,
    }
    if event_id:
        values["id"] = event_id
    new_id = writer.create(Event, values)
    # The event key is this store's secret, never a logged (synced) field.
    eventkeys.add_key(writer.db, new_id, eventkeys.new_secret())
    register_device(writer, new_id)
    return new_id


def parse_output_language(code: str) -> str:
    """The output language a user means: "en", "bn" or "en+bn" (also "bilingual").

    Raises a UserError naming the choices for anything else.
    """
    wanted = code.strip().casefold().replace(" ", "")
    wanted = _LANGUAGE_NAMES.get(wanted, wanted)
    if wanted == "bn+en":
        wanted = "en+bn"
    if wanted not in OUTPUT_LANGUAGES:
        raise UserError(
            _("unknown output language {code!r}: choose en, bn or bilingual").format(code=code)
        )
    return wanted


def event_output_language(event: Event) -> str:
    """The language an event's PDFs are printed in unless a print asks for another."""
    return event.output_language or "en"


def update_event(
    store: Store,
    event_id: str,
    *,
    name: str | None = None,
    venue: str | None = None,
    photo_credits: Sequence[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    output_language: str | None = None,
    short_name: str | None = None,
) -> bool:
    """Change an event's name, venue, photo credits, dates, output language or the short
    name badges print (None leaves a field as it is; an empty venue, short name or credit
    list clears it). Returns whether anything changed.

    A new ``start`` moves the event: the agenda moves with it by as many days (a
    training put off a week keeps its programme), and the end too unless ``end`` is
    given. Sessions that would then fall outside the days are refused, named. The
    time zone stays as created: the sessions' wall times are written in it.
    """
    values: dict[str, Any] = {}
    if name is not None:
        if not name.strip():
            raise UserError(_("an event needs a name"))
        values["name"] = name.strip()
    if venue is not None:
        values["venue"] = venue.strip() or None
    if photo_credits is not None:
        lines = [" ".join(line.split()) for line in photo_credits]
        values["photo_credits"] = "\n".join(line for line in lines if line) or None
    if output_language is not None:
        values["output_language"] = parse_output_language(output_language)
    if short_name is not None:
        values["short_name"] = _short_name(short_name)
    with store.write() as writer:
        event = writer.db.get(Event, event_id)
        if event is None or event.deleted:
            raise UserError(_("no event {event_id}").format(event_id=event_id))
        moved = False
        if start is not None or end is not None:
            moved = _move_dates(writer, event, start, end)
        return writer.update(Event, event_id, values) or moved


#: The most characters a short name for badges takes (``Event.short_name``).
SHORT_NAME_LIMIT = 60


def _short_name(text: str) -> str | None:
    """A short name for badges as typed: blanks tidied, empty clears it, too long refused."""
    cleaned = " ".join(text.split())
    if len(cleaned) > SHORT_NAME_LIMIT:
        raise UserError(
            _("a short name for badges takes at most {limit} characters, not {count}").format(
                limit=SHORT_NAME_LIMIT, count=len(cleaned)
            )
        )
    return cleaned or None


def _move_dates(writer: Writer, event: Event, start: date | None, end: date | None) -> bool:
    """New dates for ``event``, its sessions shifted by the days the start moved.

    Refuses (nothing written) when the end comes before the start or a session would
    lie outside the new days, so the agenda never holds a session the event lacks.
    """
    shift = timedelta(days=(start - event.start_date).days) if start is not None else timedelta()
    new_start = event.start_date + shift
    new_end = end if end is not None else event.end_date + shift
    if new_end < new_start:
        raise UserError(_("the event ends ({new_end}) before it starts ({new_start})").format(
            new_end=new_end, new_start=new_start
        ))
    found = writer.db.scalars(
        select(EventSession).where(
            EventSession.event_id == event.id, EventSession.deleted.is_(False)
        )
    ).all()
    sessions = sorted(found, key=lambda s: (s.starts_at, s.id))
    outside = [s for s in sessions if not new_start <= (s.starts_at + shift).date() <= new_end]
    if outside:
        first = outside[0]
        more = f" and {len(outside) - 1} more" if len(outside) > 1 else ""
        raise UserError(
            _(
                "the session {title!r} on {starts_at:%a %d %b %Y}{more} would fall outside the "
                "event ({new_start:%d %b %Y} to {new_end:%d %b %Y}): move or delete it in the "
                "agenda first"
            ).format(
                title=first.title, starts_at=first.starts_at + shift, more=more,
                new_start=new_start, new_end=new_end,
            )
        )
    changed = writer.update(Event, event.id, {"start_date": new_start, "end_date": new_end})
    if shift:
        for session in sessions:
            starts = session.starts_at + shift
            values = {"starts_at": starts, "ends_at": session.ends_at + shift, "day": starts.date()}
            changed = writer.update(EventSession, session.id, values) or changed
    return changed


def photo_credit_lines(event: Event) -> list[str]:
    """The event's photo credits, one per line."""
    return [line for line in (event.photo_credits or "").splitlines() if line.strip()]


def list_events(store: Store) -> list[Event]:
    """Events in the store, newest first (detached rows)."""
    with store.read() as db:
        query = select(Event).where(Event.deleted.is_(False))
        return list(db.execute(query.order_by(Event.start_date.desc(), Event.name)).scalars())


def get_event(store: Store, event_id: str) -> Event:
    with store.read() as db:
        event = db.get(Event, event_id)
    if event is None or event.deleted:
        raise UserError(_("no event with id {event_id}").format(event_id=event_id))
    return event


def resolve_event(store: Store, selector: str | None) -> Event:
    """The event a command means: by id, id prefix or exact name; alone if only one."""
    events = list_events(store)
    if not events:
        raise UserError(_("the store has no event yet (create one with 'wltdesk event create')"))
    if selector is None:
        if len(events) == 1:
            return events[0]
        names = ", ".join(f"{e.name} ({e.id[:8]})" for e in events)
        raise UserError(_(
            "the store holds {count} events; choose one with --event: {names}"
        ).format(
            count=len(events), names=names
        ))
    wanted = selector.strip().casefold()
    exact = [e for e in events if e.id == selector or e.name.casefold() == wanted]
    found = exact or [e for e in events if e.id.startswith(selector)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("--event: no event matches {selector!r}").format(selector=selector))
    raise UserError(_("--event: {selector!r} matches {count} events; give more of the id").format(
        selector=selector, count=len(found)
    ))


def local_now(event: Event, now: datetime | None = None) -> datetime:
    """The current wall time at the event (naive), as agendas are written."""
    return local_time(event.timezone, now)


def local_time(timezone: str, now: datetime | None = None) -> datetime:
    """:func:`local_now` for an event's time zone, when only that was read."""
    zone = check_timezone(timezone)
    moment = now if now is not None else datetime.now(zone)
    if moment.tzinfo is None:
        raise ValueError("pass an aware datetime")
    return moment.astimezone(zone).replace(tzinfo=None)
