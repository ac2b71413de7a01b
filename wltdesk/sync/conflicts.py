"""Reviewing conflicts: fields that laptops wrote differently, and the values that lost.

A merge never loses a value: the one with the greatest stamp wins, and the
others stay in the log. :func:`conflicts` lists the fields where laptops wrote
different values (a check-in is reviewed as one, by its outcome); an organizer
keeps the winner (:func:`keep`) or picks another value (:func:`pick`), which is
written as a new change and so syncs like any edit. A reviewed conflict stays
out of the list until a newer value comes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.changes import content_columns, contested_fields, decode
from wltdesk.store.hlc import stamp_time
from wltdesk.store.models import (
    ENTITY_BY_NAME,
    Attendance,
    Change,
    ConflictReview,
    Device,
    EventSession,
    Person,
)


@dataclass(frozen=True)
class Version:
    """One value a field had: who wrote it and when.

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


@dataclass(frozen=True)
class Conflict:
    """A field that laptops wrote differently; ``versions[0]`` is the winner."""

    entity: str
    row_id: str
    field: str
    label: str
    versions: tuple[Version, ...]

    @property
    def current(self) -> Version:
        return self.versions[0]

    @property
    def superseded(self) -> tuple[Version, ...]:
        return self.versions[1:]


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


def find_conflicts(db: Session, event_id: str) -> list[Conflict]:
    """:func:`conflicts` in an open session (a merge counts them in its own read)."""
    # Fields written by more than one laptop: cheap on a log of hundreds of thousands.
    repeated = contested_fields()
    candidates: dict[tuple[str, str], set[str]] = {}
    for entity, row_id, name in db.connection().execute(repeated):
        candidates.setdefault((entity, row_id), set()).add(name)
    if not candidates:
        return []
    reviewed = {
        (r.entity, r.row_id, r.field): r.hlc for r in db.execute(select(ConflictReview)).scalars()
    }
    devices = {d.device: d.name for d in db.execute(select(Device)).scalars()}
    history: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    keys = sorted(candidates)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        query = select(
            Change.entity, Change.row_id, Change.field, Change.value, Change.hlc, Change.device_id
        ).where(
            Change.event_id == event_id,
            Change.row_id.in_({row_id for _entity, row_id in chunk}),
        )
        for entity, row_id, name, value, stamp, device in db.connection().execute(query):
            repeated_fields = candidates.get((entity, row_id), ())
            # A check-in's versions are whole check-ins: every one of its fields,
            # also those only one laptop wrote (picking a version writes them all).
            whole = entity == "attendance" and name in CHECK_IN_FIELDS
            if name in repeated_fields or (whole and repeated_fields):
                history.setdefault((entity, row_id, name), []).append((value, stamp, device))
    found: list[Conflict] = []
    check_ins: dict[str, list[tuple[str, str, str, str]]] = {}
    for (entity, row_id, name), rows in history.items():
        if entity == "attendance" and name in CHECK_IN_FIELDS:
            check_ins.setdefault(row_id, []).extend((name, *r) for r in rows)
            continue
        model = ENTITY_BY_NAME.get(entity)
        columns = content_columns(model) if model else {}
        if name not in columns:
            continue
        if len({value for value, _s, _d in rows}) < 2 or len({d for _v, _s, d in rows}) < 2:
            continue  # one value, or one laptop correcting itself: nothing to review
        rows.sort(key=lambda r: r[1], reverse=True)
        if reviewed.get((entity, row_id, name)) == rows[0][1]:
            continue
        versions: list[Version] = []
        seen: set[str] = set()
        for value, stamp, device in rows:
            if value in seen:
                continue  # the same value again (e.g. re-typed): one version
            seen.add(value)
            versions.append(
                Version(
                    decode(columns[name], value),
                    stamp,
                    device,
                    devices.get(device),
                    _written_at(stamp),
                )
            )
        label = _label(db, entity, row_id)
        found.append(Conflict(entity, row_id, name, label, tuple(versions)))
    for row_id, written in check_ins.items():
        conflict = _check_in_conflict(db, row_id, written, reviewed, devices)
        if conflict is not None:
            found.append(conflict)
    found.sort(key=lambda c: (c.entity, c.label, c.field, c.row_id))
    return found


#: The fields of a check-in, reviewed as one: two laptops that scanned the same
#: person wrote different times and laptop ids, but that is one attendance, not a
#: conflict; only a different outcome (present, late, undone…) needs a decision.
CHECK_IN_FIELDS = ("status", "checked_at", "device_id", "deleted")
UNDONE = "undone"


def _written_at(stamp: str) -> datetime:
    return stamp_time(stamp)


def _check_in_conflict(
    db: Session,
    row_id: str,
    written: list[tuple[str, str, str, str]],
    reviewed: Mapping[tuple[str, str, str], str],
    devices: Mapping[str, str],
) -> Conflict | None:
    """One conflict for an attendance whose laptops disagree on its outcome.

    ``written`` holds (field, value, stamp, device) of the row's check-in
    fields. Replayed in stamp order, each write gives the whole check-in as it
    stood then; each laptop's last one is its version. The value of a version
    is the status, or :data:`UNDONE` for a check-in that was taken back.
    """
    columns = content_columns(Attendance)
    state: dict[str, Any] = {}
    latest: dict[str, Version] = {}
    by_stamp: dict[tuple[str, str], dict[str, Any]] = {}
    for name, value, stamp, device in written:
        by_stamp.setdefault((stamp, device), {})[name] = decode(columns[name], value)
    for (stamp, device), fields in sorted(by_stamp.items()):
        state.update(fields)
        outcome = UNDONE if state.get("deleted") else state.get("status")
        latest[device] = Version(
            outcome,
            stamp,
            device,
            devices.get(device),
            _written_at(stamp),
            {name: state.get(name) for name in CHECK_IN_FIELDS},
        )
    versions = sorted(latest.values(), key=lambda v: v.hlc, reverse=True)
    if len({v.value for v in versions}) < 2:
        return None  # every laptop saw the same outcome: one attendance
    if reviewed.get(("attendance", row_id, "status")) == versions[0].hlc:
        return None
    distinct: list[Version] = []
    for version in versions:
        if version.value not in {v.value for v in distinct}:
            distinct.append(version)
    return Conflict(
        "attendance", row_id, "status", _label(db, "attendance", row_id), tuple(distinct)
    )


def conflicts(store: Store, event_id: str) -> list[Conflict]:
    """Open conflicts of an event: fields with superseded values not yet reviewed."""
    with store.read() as db:
        return find_conflicts(db, event_id)


def _find(store: Store, event_id: str, entity: str, row_id: str, name: str) -> Conflict:
    for conflict in conflicts(store, event_id):
        if (conflict.entity, conflict.row_id, conflict.field) == (entity, row_id, name):
            return conflict
    raise UserError(f"no open conflict on {entity} {row_id[:8]} {name}")


def _mark(db: Session, entity: str, row_id: str, name: str, stamp: str) -> None:
    review = db.get(ConflictReview, (entity, row_id, name))
    if review is None:
        db.add(ConflictReview(entity=entity, row_id=row_id, field=name, hlc=stamp))
    else:
        review.hlc = stamp


def keep(store: Store, event_id: str, entity: str, row_id: str, name: str) -> None:
    """Accept the winning value: the conflict leaves the list (until a newer value comes)."""
    conflict = _find(store, event_id, entity, row_id, name)
    with store.write() as writer:
        _mark(writer.db, entity, row_id, name, conflict.current.hlc)


def pick(store: Store, event_id: str, entity: str, row_id: str, name: str, hlc: str) -> Any:
    """Make a superseded value current again: written as a new change, so it syncs."""
    conflict = _find(store, event_id, entity, row_id, name)
    chosen = next((v for v in conflict.superseded if v.hlc == hlc), None)
    if chosen is None:
        options = ", ".join(v.hlc for v in conflict.superseded)
        raise UserError(f"--pick: {hlc!r} is not a superseded value here (choose {options})")
    model = ENTITY_BY_NAME[entity]
    values = dict(chosen.also) if chosen.also else {name: chosen.value}
    with store.write() as writer:
        writer.update(model, row_id, values)
        stamp = writer.db.get(model, row_id).hlc
        _mark(writer.db, entity, row_id, name, stamp)
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


def version_text(version: Version) -> str:
    """A version for a listing; a check-in with its time (UTC): ``late, 2026-03-14 09:25``."""
    checked_at = version.also.get("checked_at")
    if checked_at is None or version.value == UNDONE:
        return value_text(version.value)
    return f"{value_text(version.value)}, {value_text(checked_at)}"
