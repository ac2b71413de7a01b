"""Causal context: which values the writer of a change had seen, so that a merge can
tell a correction from two laptops writing at the same time.

The stamps alone order every change (the greatest wins), but they cannot say
whether the writer of a change knew the value it replaced. Laptop B that received
A's check-in *present* and corrected it to *late* made a follow-up, not a rival
edit; laptop C that wrote *excused* without having seen A's *present* wrote
concurrently with it. So every change carries its **context** (``Change.seen``): for
each laptop whose changes to the same field its writer knew of, the greatest stamp of
that laptop's it knew — a version vector, written as the list of those stamps (each
ends with its laptop's id). An empty list is a first write; NULL means not known (a
change logged before contexts were recorded, or read from an older bundle).

The writer's knowledge is the changes of the field in its log *and* what those
changes had seen (their contexts), so the context also covers changes this store
never received itself: a change that followed another stays a follow-up on a laptop
that got only the later one.

Change X **precedes** change Y when Y's writer knew it: X and Y come from the same
laptop and X is older (a laptop always knows its own writes), or Y's context holds a
stamp of X's laptop at least as great as X's. Two changes of which neither precedes
the other are **concurrent**. The **heads** of a field are the changes no other
change of it follows; a field needs review only when its heads hold different values
(:mod:`wltdesk.sync.conflicts`). A change without context follows nothing but its own
laptop's earlier changes, which is how every change was read before contexts existed.

A check-in is one unit: its fields (:data:`CHECK_IN_FIELDS`) are written together
and reviewed as one, so the context of a change to any of them covers all of them.

What a context may hold is checked here like a value is in :mod:`.validation`, on every
bundle line before anything is applied (:func:`seen_problem`, :func:`valid_seen`): a
list of well-formed stamps in the allowed range, one per laptop, each older than the
change itself — no writer sees the future.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.language import _
from wltdesk.store.hlc import CEILING_HEX, FLOOR_HEX
from wltdesk.store.models import Change

#: The fields of a check-in, one unit for contexts and reviews: two laptops that
#: scanned the same person wrote different times and laptop ids, but that is one
#: attendance; only a different outcome (present, late, undone…) needs a decision.
CHECK_IN_FIELDS = ("status", "checked_at", "device_id", "deleted")
#: Entities whose fields share one context, and which fields.
UNITS: dict[str, tuple[str, ...]] = {"attendance": CHECK_IN_FIELDS}
#: The most stamps a context may hold (one per laptop of the event).
MAX_SEEN = 1000
#: Where the laptop's id starts in a stamp (``<12 hex>-<4 hex>-<device>``).
_DEVICE_AT = len("0123456789ab-0000-")
_CHUNK = 500
#: A context: the laptop's id → the greatest of its stamps known.
Vector = dict[str, str]


def device_of(stamp: str) -> str:
    """The laptop that issued a stamp (its last part)."""
    return stamp[_DEVICE_AT:]


def unit_of(entity: str, name: str) -> tuple[str, ...]:
    """The fields whose changes make up the context of a change to ``name``."""
    unit = UNITS.get(entity, ())
    return unit if name in unit else (name,)


def parse(text: str | None) -> Vector | None:
    """A logged context as a vector; None for an unknown one."""
    if text is None:
        return None
    return {device_of(stamp): stamp for stamp in json.loads(text)}


def as_text(vector: Mapping[str, str]) -> str:
    """A vector as the log and bundles hold it: its stamps as a JSON list, in order."""
    return "[" + ",".join(f'"{stamp}"' for stamp in sorted(vector.values())) + "]"


def absorb(vector: Vector, stamp: str, seen: Mapping[str, str] | None) -> None:
    """Add a known change (its stamp and what it had seen) to a writer's knowledge."""
    for known in (stamp, *(seen or {}).values()):
        device = device_of(known)
        if known > vector.get(device, ""):
            vector[device] = known


def before(vector: Mapping[str, str], stamp: str) -> Vector:
    """The context of a change stamped ``stamp``: only what is older than it.

    A stamp not older can only come from a change applied before stamps ahead of
    the clock were held back: the new change has not seen it (it loses to it).
    """
    return {device: known for device, known in vector.items() if known < stamp}


def contexts(
    db: Session, entity: str, row_ids: Sequence[str], names: Iterable[str]
) -> dict[tuple[str, str], Vector]:
    """What a writer knows now of each row's fields ``names``: (row, field) → vector.

    Read from the log: every change of the field's unit, with what it had seen.
    Rows and fields the log has nothing of get an empty vector (a first write).
    """
    wanted = sorted({part for name in names for part in unit_of(entity, name)})
    by_unit: dict[tuple[str, tuple[str, ...]], Vector] = {}
    if row_ids and wanted:
        ordered = sorted(set(row_ids))
        for start in range(0, len(ordered), _CHUNK):
            query = select(Change.row_id, Change.field, Change.hlc, Change.seen).where(
                Change.entity == entity,
                Change.row_id.in_(ordered[start : start + _CHUNK]),
                Change.field.in_(wanted),
            )
            for row_id, name, stamp, seen in db.execute(query):
                vector = by_unit.setdefault((row_id, unit_of(entity, name)), {})
                absorb(vector, stamp, parse(seen))
    return {
        (row_id, name): dict(by_unit.get((row_id, unit_of(entity, name)), {}))
        for row_id in row_ids
        for name in names
    }


@dataclass
class Write:
    """One write of a unit: the fields one change stamp set, and what its writer had seen."""

    stamp: str
    seen: Vector | None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def device(self) -> str:
        return device_of(self.stamp)


def precedes(earlier: Write, later: Write) -> bool:
    """Whether ``later``'s writer knew ``earlier`` (see the module docstring)."""
    if earlier.device == later.device:
        return earlier.stamp < later.stamp
    return later.seen is not None and earlier.stamp <= later.seen.get(earlier.device, "")


def heads(writes: Sequence[Write]) -> list[Write]:
    """The writes no other write of the unit follows, newest first.

    Only a laptop's latest write can be one (it follows the laptop's own earlier ones).
    """
    latest: dict[str, Write] = {}
    for write in writes:
        known = latest.get(write.device)
        if known is None or write.stamp > known.stamp:
            latest[write.device] = write
    found = [
        candidate
        for candidate in latest.values()
        if not any(precedes(candidate, other) for other in writes if other is not candidate)
    ]
    return sorted(found, key=lambda write: write.stamp, reverse=True)


def past(writes: Sequence[Write], write: Write) -> list[Write]:
    """The writes of the unit ``write``'s writer knew of, oldest first."""
    return sorted((w for w in writes if precedes(w, write)), key=lambda w: w.stamp)


# ------------------------------------------------------------------ what a context may hold
#: Stamps (see :mod:`wltdesk.store.hlc`) joined by newlines; their times are checked apart.
_STAMPS = re.compile(
    r"(?:[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}\n)*[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}"
)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def seen_problem(seen: Any, stamp: str) -> str | None:
    """What is wrong with the context of a change stamped ``stamp`` (a bundle line's
    ``seen``), or None."""
    if type(seen) is not list:
        kind = "null" if seen is None else "text" if isinstance(seen, str) else type(seen).__name__
        return _("seen must be a list of HLC stamps, not {kind}").format(kind=kind)
    if len(seen) > MAX_SEEN:
        return _("seen holds more than {count:,} stamps").format(count=MAX_SEEN)
    for item in seen:
        if type(item) is not str or _STAMPS.fullmatch(item) is None:
            return _("seen holds something that is not an HLC stamp, {shown}").format(
                shown=_shown(item)
            )
        if not FLOOR_HEX <= item[:12] <= CEILING_HEX:
            return _("seen holds a stamp out of range, {shown}").format(shown=_shown(item))
        if item >= stamp:
            return _("seen holds a stamp not older than the change's own, {shown}").format(
                shown=_shown(item)
            )
    if len(set(map(device_of, seen))) != len(seen):
        return _("seen holds two stamps of one laptop")
    return None


def valid_seen(seens: Sequence[Any], stamps: Sequence[str]) -> bool:
    """Whether every context (None: the line has none) passes :func:`seen_problem` with
    its change's stamp, the stamps of all of them checked in one match; on False the
    caller looks line by line, to name the first bad one."""
    given = [(seen, stamp) for seen, stamp in zip(seens, stamps, strict=True) if seen is not None]
    if not given:
        return True
    if {type(seen) for seen, _stamp in given} != {list}:
        return False
    flat = list(chain.from_iterable(seen for seen, _stamp in given))
    if not flat:
        return True
    if set(map(type, flat)) != {str} or max(len(seen) for seen, _stamp in given) > MAX_SEEN:
        return False
    joined = "\n".join(flat)
    if joined.count("\n") != len(flat) - 1 or _STAMPS.fullmatch(joined) is None:
        return False
    if min(flat)[:12] < FLOOR_HEX or max(flat)[:12] > CEILING_HEX:
        return False
    return all(
        max(seen, default="") < stamp and len(set(map(device_of, seen))) == len(seen)
        for seen, stamp in given
    )
