"""This store's identity as a laptop: its device id, its signing key pair, and telling
a copied store from its original.

Every laptop signs the bundles it writes with its own Ed25519 key
(:mod:`wltdesk.sync.signing`); its device id names its folder on a shared target
and ends every stamp it issues. Both live in the store file (``store_meta``), so
a copy of the file — the same store on a spare laptop, or copied to start a
second one — would write as the same laptop: two laptops overwriting each
other's bundles on the target, their work merged under one name. What protects
an identity is noticing a copy.

So a store also holds a random *instance token* and the id of the computer it
was last opened on, and each computer keeps a *registry* outside every store
(``devices/<device id>.json`` in the user data folder, :mod:`wltdesk.paths`)
saying where the store with that device id lives and which token it holds.
When a store is opened (:func:`establish`):

* no token: a new store, or one from before tokens (schema 0009): it gets a
  token and an entry, and keeps its identity — unless the registry names
  another place that still holds it (a copy of a store not opened since the
  upgrade);
* the entry names this place (or the same file by another path): the same store;
* the entry names another place that no longer holds a store with this
  identity: the file was moved; the entry follows it;
* no entry, on the computer the store was last opened on: the same store under
  another data folder (``WLTDESK_HOME``, a portable install) or after the
  registry was wiped: it keeps its identity;
* otherwise — no entry on another computer (the file came from elsewhere), or
  another place that still holds this identity (a copy on this computer) — the
  store is a **copy**. It takes a new device id, key pair and token there and
  then, before anything else can be written, and its sync and export marks
  start again, so that its next push carries everything it holds (work the
  original had not sent yet is not lost if the original never syncs again).

A new identity taken in doubt costs little (one more laptop in the event's
device list); an identity two stores share costs lost work. So every doubt
counts as a copy — except a registry this computer cannot write at all (a
read-only data folder), where copies cannot be told and identities are kept.
A PostgreSQL store's place is its URL without the password: the same database
opened by another address counts as a copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import secrets
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from wltdesk import paths
from wltdesk.language import _
from wltdesk.store.models import StoreMeta, SyncTarget

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEVICE_ID = "device_id"
#: The device's Ed25519 private key, its 32 raw bytes as hex. Local: never synced.
DEVICE_KEY = "device_key"
#: Its public key, kept beside it so that opening a store needs no cryptography.
DEVICE_PUBLIC = "device_public"
INSTANCE = "instance"
#: The computer the store was last opened on (see :func:`this_computer`).
HOST = "host"
#: The registry's folder under the user data folder.
REGISTRY = "devices"


def new_device_id() -> str:
    """A new device id: 64 random bits as 16 hex digits (the end of every stamp)."""
    return uuid.uuid4().hex[:16]


def public_key_hex(private: Ed25519PrivateKey) -> str:
    """A public key as the 64 hex digits that ``devices.public_key`` and manifests hold."""
    return private.public_key().public_bytes_raw().hex()


def _private_key(text: str) -> Ed25519PrivateKey:
    # Imported when a key is used, not when a store opens: the command line and the
    # app's first window start without the cryptography library.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text))


def _new_key_pair() -> tuple[str, str]:
    """A new key pair: (private, public), each as hex."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw().hex(), public_key_hex(private)


def this_computer() -> str:
    """A short id of this computer: from the system's machine id where there is one
    (Linux, BSD), else its network name and hardware address; never the data folder."""
    for source in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            found = Path(source).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if found:
            return hashlib.sha256(f"machine-id\n{found}".encode()).hexdigest()[:16]
    node = uuid.getnode()
    hardware = "" if node & (1 << 40) else str(node)  # a random stand-in is no id
    return hashlib.sha256(f"{platform.node()}\n{hardware}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Identity:
    """Who this store writes as: its device id and key pair."""

    device_id: str
    #: The public key, 64 hex digits.
    public_key: str
    instance: str = field(repr=False)
    #: The private key, 64 hex digits (loaded when first used to sign).
    private_key: str = field(repr=False, compare=False)
    #: The device id this store had until this open found it to be a copy (None
    #: when it kept its identity): say so, once.
    renewed_from: str | None = None

    def sign(self, data: bytes) -> bytes:
        """The Ed25519 signature of ``data`` by this device (64 bytes)."""
        return _private_key(self.private_key).sign(data)

    def renewal_note(self) -> str:
        """What to tell the user, once, when this open renewed the identity."""
        return (
            _(
                "this store is a copy of another store (of laptop {renewed_from}): it now "
                "writes as a new laptop, {device_id}, so that the two never overwrite each "
                "other's work; its next sync sends everything it holds"
            ).format(
                renewed_from=self.renewed_from, device_id=self.device_id
            )
        )


def public_key_of(db: Session) -> str:
    """This store's public key, read in a session (to register the laptop in an event)."""
    row = db.get(StoreMeta, DEVICE_PUBLIC)
    if row is None:
        raise RuntimeError("the store has no device key (it was not opened with open_store)")
    return row.value


@dataclass(frozen=True)
class Place:
    """Where a store is: its file (SQLite) or its URL without password (PostgreSQL)."""

    location: str
    path: Path | None = None


@dataclass(frozen=True)
class _Entry:
    location: str
    instance: str


class Registry:
    """The entries of this computer's stores, one JSON file per device id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def here(cls) -> Registry | None:
        """The registry in the user data folder, or None when it cannot be written."""
        try:
            folder = paths.data_dir() / REGISTRY
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        return cls(folder) if os.access(folder, os.W_OK) else None

    def _file(self, device_id: str) -> Path:
        return self.folder / f"{device_id}.json"

    def read(self, device_id: str) -> _Entry | None:
        try:
            data = json.loads(self._file(device_id).read_text(encoding="utf-8"))
            return _Entry(str(data["location"]), str(data["instance"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, device_id: str, place: Place, instance: str) -> None:
        """Record (atomically) that ``place`` holds this identity; best effort."""
        if self.read(device_id) == _Entry(place.location, instance):
            return
        data = json.dumps({"location": place.location, "instance": instance}, indent=1)
        partial: Path | None = None
        try:
            with tempfile.NamedTemporaryFile(
                "w", dir=self.folder, prefix=".entry-", suffix=".tmp", delete=False
            ) as written:
                partial = Path(written.name)
                written.write(data)
            os.replace(partial, self._file(device_id))
        except OSError:
            if partial is not None:
                partial.unlink(missing_ok=True)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return False


def _holds(path: Path, device_id: str, instance: str) -> bool:
    """Whether the SQLite store at ``path`` still has this identity (in doubt: yes)."""
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return True
    try:
        found = dict(
            connection.execute(
                "SELECT key, value FROM store_meta WHERE key IN (?, ?)", (DEVICE_ID, INSTANCE)
            ).fetchall()
        )
    except sqlite3.Error:
        return True
    finally:
        connection.close()
    return found.get(DEVICE_ID) == device_id and found.get(INSTANCE) == instance


def _is_copy(
    entry: _Entry | None, device_id: str, instance: str | None, host: str | None, place: Place
) -> bool:
    """The rules of the module docstring."""
    if entry is None:
        return instance is not None and host != this_computer()
    here = entry.location == place.location or (
        place.path is not None and _same_file(Path(entry.location), place.path)
    )
    if here:
        return False
    if place.path is None:  # PostgreSQL: another address cannot be looked into
        return True
    return _holds(Path(entry.location), device_id, entry.instance)


def _set(db: Session, key: str, value: str) -> None:
    db.merge(StoreMeta(key=key, value=value))


def establish(db: Session, place: Place | None) -> tuple[Identity, bool]:
    """This store's identity, made, kept or renewed (see the module docstring), and
    whether it wrote anything (a new or renewed identity, a first token).

    ``db`` is a session whose transaction holds the store's write lock (so two
    processes opening one copy at once agree on one new identity); the caller
    commits. ``place`` is None for a store that has no place to copy (in memory).
    """
    meta = dict(
        db.execute(
            select(StoreMeta.key, StoreMeta.value).where(
                StoreMeta.key.in_((DEVICE_ID, DEVICE_KEY, DEVICE_PUBLIC, INSTANCE, HOST))
            )
        ).all()
    )
    device_id, private, instance = meta.get(DEVICE_ID), meta.get(DEVICE_KEY), meta.get(INSTANCE)
    public, host = meta.get(DEVICE_PUBLIC), meta.get(HOST)
    registry = Registry.here() if place is not None else None
    renewed_from: str | None = None
    if device_id is None:
        device_id = new_device_id()
    elif (
        registry is not None
        and place is not None
        and _is_copy(registry.read(device_id), device_id, instance, host, place)
    ):
        renewed_from, device_id = device_id, new_device_id()
        private = instance = None
        _start_marks_again(db)
    if private is None:
        private, public = _new_key_pair()
    elif public is None:
        public = public_key_hex(_private_key(private))
    assert public is not None
    if instance is None:
        instance = secrets.token_hex(16)
    wrote = False
    here = this_computer() if place is not None else host or ""
    values = (
        (DEVICE_ID, device_id),
        (DEVICE_KEY, private),
        (DEVICE_PUBLIC, public),
        (INSTANCE, instance),
        (HOST, here),
    )
    for key, value in values:
        if meta.get(key) != value:
            _set(db, key, value)
            wrote = True
    if registry is not None and place is not None:
        registry.write(device_id, place, instance)
    return Identity(device_id, public, instance, private, renewed_from), wrote


def _start_marks_again(db: Session) -> None:
    """A copy's next sync and export send everything it has (a full bundle), as a
    new laptop: what the original wrote and had not sent yet goes out with it."""
    db.execute(update(SyncTarget).values(last_seq=0))
    db.execute(delete(StoreMeta).where(StoreMeta.key.like("export:%")))
