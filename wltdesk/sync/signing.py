"""Which laptop wrote a bundle: its device signature, its registration, its lines.

The event key shows that a bundle comes from the team (:mod:`.unlocking`); this
module shows which laptop of the team wrote it, so that one laptop cannot write
in another's name, and a lost one can be shut out. Every bundle a laptop writes
names it and its public key in the manifest and carries an Ed25519 signature of
the manifest bytes by its private key (``manifest.device.sig``); because the
manifest lists the SHA-256 of every other member, that signature covers the
whole file, as the event key's HMAC does. A reader checks, after the HMAC:

1. the laptop is not **revoked** in its store;
2. the **signature** holds with the key the manifest names, and that key is the
   one the store has registered for the laptop — or, for a laptop the store
   does not know yet, the one the bundle's own registration line carries; a
   registration teaches a store a new laptop only inside a bundle locked with
   the event's **current** key (so after ``event rekey`` whoever has only the
   old key cannot bring in a laptop of their making);
3. every line of an **incremental** bundle (a sync's push, ``export
   --since-last``) was written by the laptop that signed it; a **full** bundle
   (an event package) may carry every laptop's lines: it is a snapshot the
   signing laptop vouches for;
4. registration lines: a laptop registers only itself, once, with one key
   that never changes; a revocation is ``true`` and never taken back.

Bundles that are **not signed** (format 1, and format 2 written before laptops
signed them) are read only as the work of laptops that never registered a key:
only when locked with the current event key, with no line of a registered
laptop, no registration and no revocation.

:func:`check_signer` does steps 1 and 2 before any line is read, a
:class:`Provenance` steps 3 and 4 batch by batch while the reader checks the
lines, and :func:`revoked_in_batch` refuses, before a merge, the bundles of a
laptop that another bundle of the same merge revokes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from wltdesk.devices import device_row_id
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store, eventkeys
from wltdesk.store.changes import ChangeRow
from wltdesk.store.models import Device
from wltdesk.sync.bundle import refusal

if TYPE_CHECKING:
    from wltdesk.sync.reading import Manifest, VerifiedBundle

PUBLIC_KEY = re.compile(r"[0-9a-f]{64}")
SIGNATURE_HEX = re.compile(r"[0-9a-f]{128}")
#: Where a change row keeps its entity, row, field, value and device.
_ENTITY, _ROW, _FIELD, _VALUE, _DEVICE = 1, 2, 3, 4, 6
_devices_of = itemgetter(_DEVICE)
_entities_of = itemgetter(_ENTITY)


@dataclass(frozen=True)
class KnownDevice:
    """What a store knows of a laptop of an event."""

    name: str
    public_key: str | None
    revoked: bool


class DeviceBook(Protocol):
    """What a reader asks a store about laptops and keys."""

    def device(self, event_id: str, device: str) -> KnownDevice | None: ...

    def registered(self, event_id: str) -> frozenset[str]:
        """The laptops of the event whose keys the store has."""
        ...

    def current_key_id(self, event_id: str) -> str | None:
        """The id of the event's current key; None when the store has none yet (a
        join: the key the user gave, or a join package's, counts as current)."""
        ...


class StoreDevices:
    """A :class:`DeviceBook` that looks in a store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def device(self, event_id: str, device: str) -> KnownDevice | None:
        with self.store.read() as db:
            row = db.get(Device, device_row_id(event_id, device))
            if row is None:
                return None
            return KnownDevice(row.name, row.public_key, bool(row.revoked))

    def registered(self, event_id: str) -> frozenset[str]:
        with self.store.read() as db:
            query = select(Device.device).where(
                Device.event_id == event_id, Device.public_key.is_not(None)
            )
            return frozenset(db.execute(query).scalars())

    def current_key_id(self, event_id: str) -> str | None:
        with self.store.read() as db:
            found = eventkeys.current_key(db, event_id)
            return found.key_id if found is not None else None


class NoDevices:
    """A :class:`DeviceBook` that knows no laptop (a reader outside any store):
    every bundle must then carry its own laptop's registration."""

    def device(self, event_id: str, device: str) -> KnownDevice | None:
        return None

    def registered(self, event_id: str) -> frozenset[str]:
        return frozenset()

    def current_key_id(self, event_id: str) -> str | None:
        return None


@dataclass(frozen=True)
class Signer:
    """The laptop that wrote a bundle, as far as :func:`check_signer` found."""

    device: str
    #: The key it signed with (None: an unsigned bundle).
    public_key: str | None
    #: The store has registered this laptop with this key.
    known: bool
    #: The bundle is locked with the event's current key.
    current: bool
    name: str | None = None

    @property
    def label(self) -> str:
        return f"'{self.name}'" if self.name else self.device[:8]


def device_signature(sign: object, manifest: bytes) -> str:
    """The ``manifest.device.sig`` text for a manifest: ``sign`` is the device's
    signing function (:meth:`wltdesk.store.identity.Identity.sign`)."""
    signature = sign(manifest)  # type: ignore[operator]
    return signature.hex() + "\n"


def check_signer(
    path: Path, manifest: Manifest, signed: bytes | None, book: DeviceBook, key_id: str
) -> Signer:
    """Steps 1 and 2 of the module docstring: refuse a bundle of a revoked laptop,
    a bad signature, or a key the store does not trust for that laptop.

    ``signed`` is the ``manifest.device.sig`` member (None if the bundle has
    none); ``key_id`` the id of the event key the bundle was verified with.
    """
    current_id = book.current_key_id(manifest.event_id)
    current = current_id is None or current_id == key_id
    known = book.device(manifest.event_id, manifest.device)
    name = known.name if known is not None else None
    if known is not None and known.revoked:
        raise refusal(path, _("from a revoked laptop '{name}'").format(name=known.name))
    registered = known is not None and known.public_key is not None
    if manifest.device_key is None:
        if registered:
            raise refusal(
                path,
                _(
                    "not signed, but laptop '{name}' signs every bundle it writes (forged, or "
                    "made by an earlier version of WLT Desk)"
                ).format(
                    name=name
                ),
            )
        if not current:
            raise refusal(
                path,
                _(
                    "not signed by a laptop, and locked with an old event key (key {key_id}): "
                    "unsigned bundles are read only under the event's current key"
                ).format(
                    key_id=key_id
                ),
            )
        return Signer(manifest.device, None, False, current, name)
    _verify(path, manifest, signed)
    if registered:
        assert known is not None
        if known.public_key != manifest.device_key:
            raise refusal(
                path,
                _(
                    "signed with another key than laptop '{name}' has in this event (forged)"
                ).format(
                    name=known.name
                ),
            )
        return Signer(manifest.device, manifest.device_key, True, current, name)
    if not current:
        raise refusal(
            path,
            _(
                "from a laptop this store does not know ({value}), under an old event key (key "
                "{key_id}): only the event's current key brings in a new laptop"
            ).format(
                value=manifest.device[:8], key_id=key_id
            ),
        )
    return Signer(manifest.device, manifest.device_key, False, current, name)


def _verify(path: Path, manifest: Manifest, signed: bytes | None) -> None:
    # Imported here: the app's first window and --help start without cryptography.
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    text = (signed or b"").decode("ascii", "replace").strip()
    bad = refusal(
        path,
        _("bad laptop signature (the bundle was changed, or the laptop it names did not sign it)"),
    )
    if manifest.device_key is None or not SIGNATURE_HEX.fullmatch(text):
        raise bad
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(manifest.device_key))
        key.verify(bytes.fromhex(text), manifest.raw)
    except (InvalidSignature, ValueError):
        raise bad from None


@dataclass(frozen=True)
class Origin:
    """Who a verified bundle comes from and what it says about laptops."""

    device: str
    #: The laptop's name, from the store or from the bundle's own registration.
    name: str | None
    signed: bool
    #: The ``devices`` rows the bundle revokes.
    revokes: frozenset[str] = field(default_factory=frozenset)

    @property
    def label(self) -> str:
        return f"'{self.name}'" if self.name else self.device[:8]


class Provenance:
    """Steps 3 and 4 of the module docstring, batch by batch as the lines are read."""

    def __init__(self, path: Path, manifest: Manifest, signer: Signer, book: DeviceBook) -> None:
        self.path = path
        self.event_id = manifest.event_id
        self.signer = signer
        self.book = book
        self.own_only = signer.public_key is not None and manifest.kind == "incremental"
        #: Unsigned bundles may not speak for a laptop that signs its bundles.
        self.forbidden = (
            frozenset() if signer.public_key is not None else book.registered(self.event_id)
        )
        self.seen = 0
        self.registrations: dict[str, str] = {}
        self.revokes: set[str] = set()
        self.name: str | None = signer.name
        self._own_row = device_row_id(self.event_id, signer.device)

    def observe(self, rows: Sequence[ChangeRow]) -> None:
        """Check one batch of checked lines (in order, as the reader parsed them)."""
        first = self.seen + 1
        self.seen += len(rows)
        authors = set(map(_devices_of, rows))
        if self.own_only and authors != {self.signer.device}:
            number, row = self._first(rows, first, lambda r: r[_DEVICE] != self.signer.device)
            raise refusal(
                self.path,
                _(
                    "line {number} claims laptop {value}, but the bundle is signed by laptop "
                    "{label} (an incremental bundle carries only its own laptop's changes)"
                ).format(
                    number=number, value=row[_DEVICE], label=self.signer.label
                ),
            )
        if self.forbidden and not authors.isdisjoint(self.forbidden):
            number, row = self._first(rows, first, lambda r: r[_DEVICE] in self.forbidden)
            raise refusal(
                self.path,
                _(
                    "line {number} claims laptop {value}, which signs its bundles, but this "
                    "bundle is not signed"
                ).format(
                    number=number, value=row[_DEVICE]
                ),
            )
        if "devices" in map(_entities_of, rows):
            for offset, row in enumerate(rows):
                if row[_ENTITY] == "devices":
                    self._device_line(row, first + offset)

    @staticmethod
    def _first(rows: Sequence[ChangeRow], first: int, wrong) -> tuple[int, ChangeRow]:
        return next((first + i, row) for i, row in enumerate(rows) if wrong(row))

    def _device_line(self, row: ChangeRow, number: int) -> None:
        name = row[_FIELD]
        if name == "name" and row[_ROW] == self._own_row and self.name is None:
            value = json.loads(row[_VALUE])
            self.name = value if isinstance(value, str) else None
        elif name == "public_key":
            self._registration(row, number)
        elif name == "revoked":
            if self.signer.public_key is None:
                raise refusal(
                    self.path, _(
                        "line {number} revokes a laptop, but the bundle is not signed"
                    ).format(
                        number=number
                    )
                )
            if row[_VALUE] != "true":
                raise refusal(
                    self.path,
                    _(
                        "line {number} takes back the revocation of a laptop (a revocation is "
                        "never taken back)"
                    ).format(
                        number=number
                    ),
                )
            self.revokes.add(row[_ROW])

    def _registration(self, row: ChangeRow, number: int) -> None:
        author = row[_DEVICE]
        if self.signer.public_key is None:
            raise refusal(
                self.path, _(
                    "line {number} registers a laptop, but the bundle is not signed"
                ).format(
                    number=number
                )
            )
        value = json.loads(row[_VALUE])
        if not isinstance(value, str) or not PUBLIC_KEY.fullmatch(value):
            raise refusal(self.path, _(
                "malformed change on line {number} (not a laptop key)"
            ).format(
                number=number
            ))
        if row[_ROW] != device_row_id(self.event_id, author):
            raise refusal(
                self.path,
                _(
                    "line {number} registers a key for another laptop than {author}, which "
                    "wrote it"
                ).format(
                    number=number, author=author
                ),
            )
        known = self.book.device(self.event_id, author) if author != self.signer.device else None
        if author == self.signer.device and self.signer.known:
            known_key: str | None = self.signer.public_key
        else:
            known_key = known.public_key if known is not None else None
        earlier = self.registrations.setdefault(author, value)
        if (known_key is not None and known_key != value) or earlier != value:
            raise refusal(
                self.path,
                _(
                    "line {number} changes the key of laptop {author} (a laptop's key never "
                    "changes)"
                ).format(
                    number=number, author=author
                ),
            )
        if known_key is None and not self.signer.current:
            raise refusal(
                self.path,
                _(
                    "line {number} registers laptop {author} under an old event key: only the "
                    "event's current key brings in a new laptop"
                ).format(
                    number=number, author=author
                ),
            )

    def finish(self) -> Origin:
        """After the last batch: a laptop the store did not know must have registered
        itself, with the key it signed with."""
        signer = self.signer
        unvouched = (
            signer.public_key is not None
            and not signer.known
            and self.registrations.get(signer.device) != signer.public_key
        )
        if unvouched:
            raise refusal(
                self.path,
                _(
                    "from a laptop that is not registered in the event ({value}): no "
                    "registration this laptop trusts vouches for its key"
                ).format(
                    value=signer.device[:8]
                ),
            )
        return Origin(
            signer.device, self.name, signer.public_key is not None, frozenset(self.revokes)
        )


def revoked_in_batch(
    verified: Iterable[VerifiedBundle],
) -> list[tuple[VerifiedBundle, UserError]]:
    """The bundles of a laptop that another bundle of the same merge revokes: refused
    before anything is applied, as if the revocation had arrived first."""
    items = list(verified)
    revoking = {
        row: item for item in items if item.origin is not None for row in item.origin.revokes
    }
    refused: list[tuple[VerifiedBundle, UserError]] = []
    if not revoking:
        return refused
    for item in items:
        row = device_row_id(item.manifest.event_id, item.manifest.device)
        by = revoking.get(row)
        if by is not None and by is not item:
            label = item.origin.label if item.origin is not None else item.manifest.device[:8]
            refused.append(
                (
                    item,
                    refusal(
                        item.path, _("from a revoked laptop {label} (revoked in {name})").format(
                            label=label, name=by.path.name
                        )
                    ),
                )
            )
    return refused
