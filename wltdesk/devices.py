"""The laptops of an event: registering this one, listing them, revoking a lost one.

Each laptop signs its bundles with its own key pair (:mod:`wltdesk.store.identity`).
It registers in every event it writes to: a ``devices`` row, written by the
laptop itself through the change log, carries its name and its public key, and
travels to the others like any change (a reader takes a registration it did not
know only from a bundle locked with the event's current key, see
:mod:`wltdesk.sync.signing`). The row's id is derived from the event and the
device id (:func:`device_row_id`), so a laptop has exactly one row per event and
a reader finds a laptop's key without searching.

An organizer *revokes* a lost or stolen laptop (:func:`revoke_device`): ``revoked``
becomes true, that change travels like any other, and from then on every store
that has it refuses the laptop's bundles. A revocation is never taken back.
"""

from __future__ import annotations

import hashlib
import platform
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.hlc import stamp_time
from wltdesk.store.identity import public_key_of
from wltdesk.store.models import Device, Edit

#: Hex digits of a key's fingerprint as people compare it (grouped by four).
FINGERPRINT_DIGITS = 16


def device_row_id(event_id: str, device: str) -> str:
    """The id of the ``devices`` row of a laptop in an event (the same in every store)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{event_id}:{device}"))


def fingerprint(public_key: str) -> str:
    """A short fingerprint of a laptop's public key, to compare by eye: ``1a2b 3c4d …``."""
    digest = hashlib.sha256(b"wltdesk device key\n" + public_key.encode("ascii")).hexdigest()
    short = digest[:FINGERPRINT_DIGITS]
    return " ".join(short[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


def register_device(writer: Writer, event_id: str) -> None:
    """Record this laptop in an event, with its public key: once, or the key added to
    a row written before laptops signed their bundles."""
    row_id = device_row_id(event_id, writer.device_id)
    public_key = public_key_of(writer.db)
    found = writer.db.get(Device, row_id)
    if found is None:
        writer.create(
            Device,
            {
                "id": row_id,
                "event_id": event_id,
                "device": writer.device_id,
                "name": platform.node() or "laptop",
                "public_key": public_key,
            },
        )
    elif found.public_key is None:
        writer.update(Device, row_id, {"public_key": public_key})


def is_registered(store: Store, event_id: str) -> bool:
    """Whether this laptop's row in the event carries its current public key."""
    with store.read() as db:
        found = db.get(Device, device_row_id(event_id, store.device_id))
        return found is not None and found.public_key == store.identity.public_key


def ensure_registered(store: Store, event_id: str) -> None:
    """Register this laptop in the event if it is not yet (before it signs a bundle)."""
    if not is_registered(store, event_id):
        with store.write() as writer:
            register_device(writer, event_id)


@dataclass(frozen=True)
class DeviceInfo:
    """One laptop of an event, as ``wltdesk device list`` and the Devices view show it."""

    device: str
    name: str
    #: None: the laptop has not registered a key (it has not written since an update).
    public_key: str | None
    revoked: bool
    #: When its latest change in this store was stamped (None: none yet).
    last_seen: datetime | None
    this_laptop: bool

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self.public_key) if self.public_key else None

    @property
    def label(self) -> str:
        """How a message names it: its name and the start of its id."""
        return f"'{self.name}' ({self.device[:8]})"


def list_devices(store: Store, event_id: str) -> list[DeviceInfo]:
    """The event's laptops, this one first, then by name."""
    with store.read() as db:
        rows = db.execute(select(Device).where(Device.event_id == event_id)).scalars().all()
        latest = dict(
            db.execute(
                select(Edit.device_id, func.max(Edit.hlc))
                .where(Edit.event_id == event_id)
                .group_by(Edit.device_id)
            ).all()
        )
    found = [
        DeviceInfo(
            device=row.device,
            name=row.name,
            public_key=row.public_key,
            revoked=bool(row.revoked),
            last_seen=stamp_time(latest[row.device]) if row.device in latest else None,
            this_laptop=row.device == store.device_id,
        )
        for row in rows
        if row.id == device_row_id(event_id, row.device)
    ]
    return sorted(found, key=lambda d: (not d.this_laptop, d.name.casefold(), d.device))


def find_device(store: Store, event_id: str, selector: str) -> DeviceInfo:
    """The laptop a command means: by its exact name, or by (the start of) its id."""
    wanted = selector.strip()
    if not wanted:
        raise UserError(_("device: give a laptop's name or id"))
    known = list_devices(store, event_id)
    matches = [d for d in known if d.name == wanted] or [
        d for d in known if d.device.startswith(wanted.lower())
    ]
    if not matches:
        raise UserError(_(
            "device: no laptop {wanted!r} in this event (see wltdesk device list)"
        ).format(
            wanted=wanted
        ))
    if len(matches) > 1:
        names = ", ".join(d.label for d in matches)
        raise UserError(_(
            "device: {wanted!r} could be several laptops ({names}): give its id"
        ).format(
            wanted=wanted, names=names
        ))
    return matches[0]


def revoke_device(store: Store, event_id: str, selector: str) -> DeviceInfo:
    """Revoke a lost or stolen laptop: every store that learns of it refuses the
    laptop's bundles from then on. Returns the laptop as it was."""
    device = find_device(store, event_id, selector)
    if device.this_laptop:
        raise UserError(_("device: {label} is this laptop; revoke it from another one").format(
            label=device.label
        ))
    if device.revoked:
        raise UserError(_("device: {label} is revoked already").format(label=device.label))
    with store.write() as writer:
        writer.update(Device, device_row_id(event_id, device.device), {"revoked": True})
    return device
