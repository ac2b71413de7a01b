"""Changes held for review: stamped too far ahead of this laptop's clock.

The merge rule trusts stamps: per field the greatest one wins. A laptop whose
clock runs a year ahead would therefore win every field it touches for a year,
and every store importing its work would start stamping in that year. So a
merge holds back every change stamped more than
:data:`~wltdesk.store.hlc.MAX_SKEW_MS` (a day) ahead of the importing laptop's
clock (:class:`Holding`): it is not applied, the clock never sees it, and it
waits in the local ``held_changes`` table with the bundle it came in, its
device and how far ahead it was. Held changes are never exported (they are not
in the log).

An organizer reviews them per laptop (:func:`held_groups`, one
:class:`HeldGroup` per device) and either **accepts** them (:func:`accept`) or
**drops** them (:func:`drop`). Accepting writes the held values anew, as
changes made by this laptop now: they win like any fresh edit, sync to every
laptop like an edit, and no clock moves forward; applying them with their own
stamps instead would keep them winning for a year and make every other laptop
hold them again. Either way the held rows stay, marked with the decision: the
record of what arrived, and what keeps the same change, arriving again in
another bundle (or once the clocks have caught up), from being held twice or
applied after all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import _, ngettext
from wltdesk.store import Store, causal
from wltdesk.store.changes import ChangeRow
from wltdesk.store.hlc import MAX_SKEW_MS, Stamp
from wltdesk.store.materialize import ForeignRowError, apply_change_rows
from wltdesk.store.models import Change, Device, HeldChange

HELD, ACCEPTED, DROPPED = "held", "accepted", "dropped"
_HLC = 5
_stamp_of = itemgetter(_HLC)
_DAY_MS = 24 * 60 * 60 * 1000
_HOUR_MS = 60 * 60 * 1000


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def ahead_words(ahead_ms: int) -> str:
    """How far ahead, in the unit a person would use: ``30 hours``, ``364 days``."""
    if ahead_ms < 2 * _DAY_MS:
        hours = round(ahead_ms / _HOUR_MS)
        return ngettext("{n} hour", "{n} hours", hours).format(n=hours)
    days = round(ahead_ms / _DAY_MS)
    return ngettext("{n} day", "{n} days", days).format(n=days)


class Holding:
    """What one merge transaction holds back (see the module docstring).

    ``wall_ms`` is now by the importing laptop's clock. Besides the changes
    stamped too far ahead of it, every change held before (whatever became of
    it) is held again, which inserts nothing: once held, a change reaches the
    log only by being accepted.
    """

    def __init__(self, db: Session, wall_ms: int) -> None:
        self.db = db
        self.wall_ms = wall_ms
        self._limit = f"{wall_ms + MAX_SKEW_MS:012x}"
        self._known: set[str] = set(db.execute(select(HeldChange.hlc).distinct()).scalars())
        #: Changes newly held by this transaction.
        self.held = 0

    def _holds(self, row: ChangeRow) -> bool:
        stamp = row[_HLC]
        return stamp[:12] > self._limit or stamp in self._known

    def sift(self, rows: list[ChangeRow], bundle: str) -> list[ChangeRow]:
        """The rows to apply; the others are held (once each), named by ``bundle``."""
        if not rows or (max(map(_stamp_of, rows))[:12] <= self._limit and not self._known):
            return rows  # the usual case: one comparison per batch
        hold = [row for row in rows if self._holds(row)]
        if not hold:
            return rows
        self._keep(hold, bundle)
        return [row for row in rows if not self._holds(row)]

    def _keep(self, hold: list[ChangeRow], bundle: str) -> None:
        """Hold what is neither held already nor in the log (a store older than these
        rules may have applied it: holding it now could not take it back)."""
        stamps = sorted({row[_HLC] for row in hold})
        known: set[tuple[str, str, str, str]] = set()
        for table in (HeldChange, Change):
            for start in range(0, len(stamps), 500):
                query = select(table.entity, table.row_id, table.field, table.hlc).where(
                    table.hlc.in_(stamps[start : start + 500])
                )
                known.update(map(tuple, self.db.execute(query).all()))
        fresh: dict[tuple[str, str, str, str], ChangeRow] = {}
        for row in hold:
            identity = (row[1], row[2], row[3], row[_HLC])
            if identity not in known:
                fresh.setdefault(identity, row)
        held_at = _now()
        records = [
            {
                "event_id": event_id,
                "entity": entity,
                "row_id": row_id,
                "field": name,
                "value": value,
                "hlc": stamp,
                "device_id": device,
                "bundle": bundle,
                "ahead_ms": max(0, Stamp.parse(stamp).millis - self.wall_ms),
                "held_at": held_at,
                "status": HELD,
            }
            for event_id, entity, row_id, name, value, stamp, device, _seen in fresh.values()
        ]
        if records:
            self.db.execute(insert(HeldChange), records)
        self.held += len(records)
        self._known.update(stamps)


@dataclass(frozen=True)
class HeldGroup:
    """The changes of one laptop waiting for review; ``id`` is what accept and drop take."""

    id: int
    event_id: str
    device_id: str
    device_name: str | None
    changes: int
    bundles: tuple[str, ...]
    #: How far ahead of this laptop's clock the furthest of them was (ms).
    ahead_ms: int
    first_stamp: str
    last_stamp: str
    held_at: datetime

    @property
    def laptop(self) -> str:
        return self.device_name or self.device_id

    def describe(self) -> str:
        """The group in plain English words (the GUI has its own, translated)."""
        return (
            ngettext(
                "Laptop '{laptop}' wrote {n} change stamped {ahead} ahead of this "
                "laptop's clock: its clock is probably wrong",
                "Laptop '{laptop}' wrote {n} changes stamped {ahead} ahead of this "
                "laptop's clock: its clock is probably wrong",
                self.changes,
            ).format(laptop=self.laptop, n=self.changes, ahead=ahead_words(self.ahead_ms))
        )


def _device_names(db: Session, event_id: str) -> dict[str, str]:
    """Laptop names: registered ones, else those a held registration carries."""
    names = {
        d.device: d.name
        for d in db.execute(select(Device).where(Device.event_id == event_id)).scalars()
    }
    registrations = db.execute(
        select(HeldChange.row_id, HeldChange.field, HeldChange.value).where(
            HeldChange.event_id == event_id,
            HeldChange.entity == "devices",
            HeldChange.field.in_(("device", "name")),
        )
    ).all()
    fields: dict[str, dict[str, object]] = {}
    for row_id, name, value in registrations:
        fields.setdefault(row_id, {})[name] = json.loads(value)
    for found in fields.values():
        device, name = found.get("device"), found.get("name")
        if isinstance(device, str) and isinstance(name, str):
            names.setdefault(device, name)
    return names


def held_groups(store: Store, event_id: str) -> list[HeldGroup]:
    """The changes of an event waiting for review, one group per laptop, oldest first."""
    with store.read() as db:
        rows = db.execute(
            select(
                HeldChange.device_id,
                func.min(HeldChange.id),
                func.count(),
                func.max(HeldChange.ahead_ms),
                func.min(HeldChange.hlc),
                func.max(HeldChange.hlc),
                func.min(HeldChange.held_at),
            )
            .where(HeldChange.event_id == event_id, HeldChange.status == HELD)
            .group_by(HeldChange.device_id)
            .order_by(func.min(HeldChange.id))
        ).all()
        if not rows:
            return []
        bundles = db.execute(
            select(HeldChange.device_id, HeldChange.bundle)
            .where(HeldChange.event_id == event_id, HeldChange.status == HELD)
            .group_by(HeldChange.device_id, HeldChange.bundle)
            .order_by(HeldChange.device_id, func.min(HeldChange.id))
        ).all()
        names = _device_names(db, event_id)
    by_device = {
        device: tuple(name for _d, name in items)
        for device, items in groupby(bundles, key=itemgetter(0))
    }
    return [
        HeldGroup(
            id=first,
            event_id=event_id,
            device_id=device,
            device_name=names.get(device),
            changes=count,
            bundles=by_device.get(device, ()),
            ahead_ms=int(ahead),
            first_stamp=low,
            last_stamp=high,
            held_at=held_at,
        )
        for device, first, count, ahead, low, high, held_at in rows
    ]


def _chosen(store: Store, event_id: str, which: int | None, option: str) -> list[HeldGroup]:
    groups = held_groups(store, event_id)
    if which is None:
        return groups
    chosen = [g for g in groups if g.id == which]
    if not chosen:
        listed = ", ".join(str(g.id) for g in groups) or "none"
        raise UserError(_("{option}: nothing held with id {which} (held: {listed})").format(
            option=option, which=which, listed=listed
        ))
    return chosen


def _decide(db: Session, event_id: str, devices: Sequence[str], status: str) -> None:
    db.execute(
        update(HeldChange)
        .where(
            HeldChange.event_id == event_id,
            HeldChange.status == HELD,
            HeldChange.device_id.in_(list(devices)),
        )
        .values(status=status, decided_at=_now())
    )


def accept(store: Store, event_id: str, which: int | None = None) -> list[HeldGroup]:
    """Apply held changes (one laptop's group, or all with ``which=None``) as new
    changes of this laptop, stamped now; returns the groups accepted.

    Per field the latest held value is written; the fields of one row share one
    stamp, as an edit's do. Rows whose other fields or parents have not arrived
    wait in the log like any merged change.
    """
    groups = _chosen(store, event_id, which, "--accept-held")
    if not groups:
        return []
    devices = [g.device_id for g in groups]
    with store.write() as writer:
        held = writer.db.execute(
            select(HeldChange)
            .where(
                HeldChange.event_id == event_id,
                HeldChange.status == HELD,
                HeldChange.device_id.in_(devices),
            )
            .order_by(HeldChange.hlc, HeldChange.id)
        ).scalars()
        latest: dict[tuple[str, str], dict[str, HeldChange]] = {}
        for change in held:  # in stamp order: the last value of a field wins
            latest.setdefault((change.entity, change.row_id), {})[change.field] = change
        rows: list[ChangeRow] = []
        for (entity, row_id), fields in latest.items():
            known = causal.contexts(writer.db, entity, [row_id], fields)
            stamp = writer.clock.now()
            rows.extend(
                (
                    c.event_id,
                    entity,
                    row_id,
                    name,
                    c.value,
                    stamp,
                    writer.device_id,
                    causal.as_text(causal.before(known[row_id, name], stamp)),
                )
                for name, c in fields.items()
            )
        try:
            apply_change_rows(writer.db, rows, writer.clock)
        except ForeignRowError as exc:
            raise UserError(
                _(
                    "--accept-held: the held changes touch {entity} of another event (forged or "
                    "damaged); drop them"
                ).format(
                    entity=exc.entity
                )
            ) from None
        _decide(writer.db, event_id, devices, ACCEPTED)
    return groups


def drop(store: Store, event_id: str, which: int | None = None) -> list[HeldGroup]:
    """Never apply held changes (one laptop's group, or all); returns the groups dropped.
    They stay on record here, so the same changes arriving again stay out."""
    groups = _chosen(store, event_id, which, "--drop-held")
    if groups:
        with store.write() as writer:
            _decide(writer.db, event_id, [g.device_id for g in groups], DROPPED)
    return groups
