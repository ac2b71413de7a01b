"""Reviewing conflicts: fields that laptops wrote concurrently with different values.

A merge never loses a value: the one with the greatest stamp wins, and the
others stay in the log. Each change also says what its writer had seen of the
field (its causal context, :mod:`wltdesk.store.causal`), so a value written by a
laptop that had seen the one it replaced is a follow-up, never a conflict, and
different fields changed at the same time merge silently. :func:`conflicts` lists
the fields whose latest values (the *heads*: no change follows them) differ — a
check-in is reviewed as one, by its outcome — with what each laptop had seen.

An organizer keeps the current value (:func:`keep`, "mark reviewed") or uses
another one (:func:`pick`). Both are written as a new change that has seen every
version, so the conflict is settled wherever the change goes: it syncs like any
edit, and the other laptops and the organizer stop listing it after their next
sync. (Reviews from before reviews synced are kept in ``conflict_reviews``, on
this laptop only, and still honoured.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import _, format_date, format_time
from wltdesk.store import Store, causal
from wltdesk.store.causal import CHECK_IN_FIELDS, Write
from wltdesk.store.changes import content_columns, contested_fields, decode
from wltdesk.store.hlc import stamp_time
from wltdesk.store.models import (
    ENTITY_BY_NAME,
    Attendance,
    Change,
    ConflictReview,
    Device,
    Event,
    EventSession,
    Person,
)

#: The outcome of a check-in that was taken back.
UNDONE = "undone"
#: What a laptop had seen when it wrote a version (:attr:`Seen.kind`).
SAW_VALUE, SAW_NOTHING, SAW_UNKNOWN = "value", "nothing", "unknown"


@dataclass(frozen=True)
class Seen:
    """What a laptop had seen of a field when it wrote a version: a value (and its
    stamp), nothing (a first write), or unknown (written before laptops recorded it)."""

    kind: str
    value: Any = None
    hlc: str | None = None


@dataclass(frozen=True)
class Version:
    """One value a field had: who wrote it, when, and what they had seen.

    ``also`` holds fields that belong with the value and were written with it:
    for a check-in, its time, laptop and whether it was undone. Picking the
    version writes them too.
    """

    value: Any
    hlc: str
    device_id: str
    device_name: str | None
    written_at: datetime
    also: Mapping[str, Any] = field(default_factory=dict)
    seen: Seen = Seen(SAW_UNKNOWN)


@dataclass(frozen=True)
class Conflict:
    """A field that laptops wrote concurrently and differently; ``versions[0]`` is
    the value in use. ``timezone`` is the event's, to show times at the venue."""

    entity: str
    row_id: str
    field: str
    label: str
    versions: tuple[Version, ...]
    timezone: str = "UTC"

    @property
    def current(self) -> Version:
        return self.versions[0]

    @property
    def superseded(self) -> tuple[Version, ...]:
        return self.versions[1:]

    def laptop(self, version: Version) -> str:
        """Who wrote a version: its laptop's name, with the laptop's id when another
        version's laptop has the same name (names are what laptops call themselves)."""
        name = version.device_name or version.device_id
        twins = {v.device_id for v in self.versions if (v.device_name or v.device_id) == name}
        return f"{name} ({version.device_id[:8]})" if len(twins) > 1 else name


def _label(db: Session, entity: str, row_id: str) -> str:
    """Something a person recognises the row by (a name, a title)."""
    model = ENTITY_BY_NAME[entity]
    row = db.get(model, row_id)
    if row is None:
        return row_id[:8]
    if isinstance(row, Attendance):
        person = db.get(Person, row.person_id)
        session = db.get(EventSession, row.session_id)
        name = person.display_name if person else row_id[:8]
        return f"{name} · {session.title}" if session else name
    for name in ("display_name", "title", "name", "what", "text"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:57] + "…"
    return row_id[:8]


def _is_check_in(entity: str, name: str) -> bool:
    return entity == "attendance" and name in CHECK_IN_FIELDS


def _candidates(db: Session) -> dict[tuple[str, str], set[str]]:
    """Fields more than one laptop wrote, by row: the only ones that can need review
    (one laptop's writes follow each other). Found from the edits and the fields'
    keys alone, so the check stays cheap on a log of hundreds of thousands."""
    found: dict[tuple[str, str], set[str]] = {}
    for entity, row_id, name in db.connection().execute(contested_fields()):
        found.setdefault((entity, row_id), set()).add(name)
    return found


def _units(db: Session, event_id: str) -> dict[tuple[str, str, str], list[Write]]:
    """The writes of every field that may need review, by (entity, row, field); a
    check-in's fields are one unit, under ``status``. A write's fields hold the
    logged JSON text of each value."""
    candidates = _candidates(db)
    units: dict[tuple[str, str, str], dict[str, Write]] = {}
    keys = sorted(candidates)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        query = select(
            Change.entity,
            Change.row_id,
            Change.field,
            Change.value,
            Change.hlc,
            Change.seen,
        ).where(
            Change.event_id == event_id,
            Change.row_id.in_({row_id for _entity, row_id in chunk}),
        )
        for entity, row_id, name, value, stamp, seen in db.connection().execute(query):
            repeated = candidates.get((entity, row_id), ())
            # A check-in's versions are whole check-ins: every one of its fields,
            # also those only one laptop wrote (picking a version writes them all).
            if _is_check_in(entity, name) and repeated & set(CHECK_IN_FIELDS):
                key = (entity, row_id, "status")
            elif name in repeated:
                key = (entity, row_id, name)
            else:
                continue
            writes = units.setdefault(key, {})
            write = writes.get(stamp)
            if write is None:
                write = writes[stamp] = Write(stamp, causal.parse(seen))
            write.fields[name] = value
    return {key: list(writes.values()) for key, writes in units.items()}


def find_conflicts(db: Session, event_id: str) -> list[Conflict]:
    """:func:`conflicts` in an open session (a merge counts them in its own read)."""
    units = _units(db, event_id)
    if not units:
        return []
    reviewed = {
        (r.entity, r.row_id, r.field): r.hlc for r in db.execute(select(ConflictReview)).scalars()
    }
    devices = {d.device: d.name for d in db.execute(select(Device)).scalars()}
    event = db.get(Event, event_id)
    zone = event.timezone if event is not None else "UTC"
    found: list[Conflict] = []
    for (entity, row_id, name), writes in units.items():
        model = ENTITY_BY_NAME.get(entity)
        if model is None or name not in content_columns(model):
            continue
        reading = _Reading(model, name, writes, devices)
        versions = reading.versions()
        if versions is None or reviewed.get((entity, row_id, name)) == versions[0].hlc:
            continue
        label = _label(db, entity, row_id)
        found.append(Conflict(entity, row_id, name, label, versions, zone))
    found.sort(key=lambda c: (c.entity, c.label, c.field, c.row_id))
    return found


class _Reading:
    """One unit's writes read for review: heads, outcomes and what each laptop saw."""

    def __init__(
        self, model: Any, name: str, writes: Sequence[Write], devices: Mapping[str, str]
    ) -> None:
        self.columns = content_columns(model)
        self.check_in = _is_check_in(model.__tablename__, name)
        self.name = name
        self.writes = sorted(writes, key=lambda w: w.stamp)
        self.devices = devices

    def _state(self, writes: Sequence[Write]) -> dict[str, str]:
        """The unit's fields (logged text) after ``writes``, replayed in stamp order."""
        state: dict[str, str] = {}
        for write in sorted(writes, key=lambda w: w.stamp):
            state.update(write.fields)
        return state

    def _outcome(self, state: Mapping[str, str]) -> str | None:
        """What a version is compared by: a field's logged value; a check-in's
        status, or undone (a JSON text either way)."""
        if not self.check_in:
            return state.get(self.name)
        if state.get("deleted") == "true":
            return json.dumps(UNDONE)
        return state.get("status")

    def _decoded(self, state: Mapping[str, str]) -> tuple[Any, dict[str, Any]]:
        outcome = self._outcome(state)
        value = None if outcome is None else decode(self.columns[self.name], outcome)
        if not self.check_in:
            return value, {}
        if state.get("deleted") == "true":
            value = UNDONE
        also = {
            name: decode(self.columns[name], state[name]) if name in state else None
            for name in CHECK_IN_FIELDS
        }
        return value, also

    def _state_of(self, write: Write) -> dict[str, str]:
        """The unit as ``write``'s writer left it: what it had seen, then its write."""
        return self._state([*causal.past(self.writes, write), write])

    def _seen(self, write: Write) -> Seen:
        known = causal.past(self.writes, write)
        if write.seen is None:
            return Seen(SAW_UNKNOWN)
        if not known or self._outcome(self._state(known)) is None:
            return Seen(SAW_NOTHING)
        value, _also = self._decoded(self._state(known))
        return Seen(SAW_VALUE, value, known[-1].stamp)

    def _version(self, write: Write, state: Mapping[str, str]) -> Version:
        value, also = self._decoded(state)
        return Version(
            value,
            write.stamp,
            write.device,
            self.devices.get(write.device),
            stamp_time(write.stamp),
            also,
            self._seen(write),
        )

    def versions(self) -> tuple[Version, ...] | None:
        """The value in use first (the table's: every field's newest change), then
        each other value the heads hold, newest first; None when the heads agree."""
        heads = causal.heads(self.writes)
        outcomes = {head.stamp: self._outcome(self._state_of(head)) for head in heads}
        if len(set(outcomes.values())) < 2:
            return None
        winner = self.writes[-1]
        current = self._state(self.writes)
        listed = [self._version(winner, current)]
        shown = {self._outcome(current)}
        for head in heads:
            if outcomes[head.stamp] not in shown:
                shown.add(outcomes[head.stamp])
                listed.append(self._version(head, self._state_of(head)))
        return tuple(listed) if len(listed) > 1 else None


def conflicts(store: Store, event_id: str) -> list[Conflict]:
    """Open conflicts of an event: fields whose latest values, written concurrently,
    differ."""
    with store.read() as db:
        return find_conflicts(db, event_id)


def _find(store: Store, event_id: str, entity: str, row_id: str, name: str) -> Conflict:
    for conflict in conflicts(store, event_id):
        if (conflict.entity, conflict.row_id, conflict.field) == (entity, row_id, name):
            return conflict
    raise UserError(_("no open conflict on {entity} {value} {name}").format(
        entity=entity, value=row_id[:8], name=name
    ))


def keep(store: Store, event_id: str, entity: str, row_id: str, name: str) -> None:
    """Keep the value in use and mark the conflict reviewed: the value is written
    again as a change that has seen every version, so the review syncs."""
    _find(store, event_id, entity, row_id, name)
    fields = CHECK_IN_FIELDS if _is_check_in(entity, name) else (name,)
    with store.write() as writer:
        writer.restate(ENTITY_BY_NAME[entity], row_id, fields)


def pick(store: Store, event_id: str, entity: str, row_id: str, name: str, hlc: str) -> Any:
    """Make another version current: written as a new change that has seen every
    version, so it syncs and settles the conflict everywhere."""
    conflict = _find(store, event_id, entity, row_id, name)
    chosen = next((v for v in conflict.superseded if v.hlc == hlc), None)
    if chosen is None:
        options = ", ".join(v.hlc for v in conflict.superseded)
        raise UserError(_(
            "--pick: {hlc!r} is not a superseded value here (choose {options})"
        ).format(
            hlc=hlc, options=options
        ))
    model = ENTITY_BY_NAME[entity]
    values = dict(chosen.also) if chosen.also else {name: chosen.value}
    with store.write() as writer:
        if not writer.update(model, row_id, values):
            writer.restate(model, row_id, list(values))
    return chosen.value


def value_text(value: Any) -> str:
    """A value for a listing: text as is, times as ``2026-03-14 09:05``, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def venue_time(moment: datetime, zone: str) -> str:
    """A moment (naive UTC) as the venue's clock shows it: ``14 Mar 09:25``."""
    aware = moment.replace(tzinfo=UTC)
    return f"{format_date(aware, 'dMMM', zone)} {format_time(aware, zone)}"


def version_text(version: Version, zone: str = "UTC") -> str:
    """A version for a listing; a check-in with its time at the venue: ``late at 09:25``."""
    if version.value == UNDONE:
        return _("check-in undone")
    checked_at = version.also.get("checked_at")
    if checked_at is None:
        return value_text(version.value)
    return _("{status} at {time}").format(
        status=value_text(version.value), time=format_time(checked_at.replace(tzinfo=UTC), zone)
    )


def seen_text(version: Version, zone: str = "UTC") -> str:
    """What the version's laptop had seen, in words: ``had seen 'Dhaka'``."""
    seen = version.seen
    if seen.kind == SAW_NOTHING:
        return _("had seen no value")
    if seen.kind == SAW_UNKNOWN:
        return _("what it had seen is not recorded")
    shown = Version(seen.value, seen.hlc or "", "", None, version.written_at, {})
    if seen.value == UNDONE:
        return _("had seen the check-in undone")
    return _("had seen {value}").format(value=repr(version_text(shown, zone)))
