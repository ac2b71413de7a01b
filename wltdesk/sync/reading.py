"""Reading a bundle: every check before any store is touched.

Bundles come from USB sticks, shared folders and servers, so the reader
trusts nothing: :func:`open_bundle` checks the container, the manifest, the
event key and the signature (:mod:`.unlocking`), every member's SHA-256, the
passphrase and every line (:mod:`.changelines`) before anyone touches a store,
and refuses with one :class:`UserError` line. It streams: a bundle is read
once, a batch at a time, never held in memory whole; what passed waits on disk
(:class:`CheckedChanges`) for the merge.

The key never comes from the bundle's changes: a store that has the event
uses its own key; one that does not may join through a *full* bundle with the
key the user gives (scanned from the facilitator's QR code), or with the
passphrase of a join package, which carries the key sealed inside.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import marshal
import re
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store.changes import CHANGE_COLUMNS, ChangeRow
from wltdesk.store.eventkeys import key_id
from wltdesk.sync.bundle import (
    CHANGES,
    CHANGES_ENCRYPTED,
    DEVICE_SIGNATURE,
    EVENT_KEY,
    FORMAT,
    KINDS,
    MANIFEST,
    READABLE,
    SALT_BYTES,
    SIGNATURE,
    VERSION,
    refusal,
)
from wltdesk.sync.changelines import LEGACY_KEY, parse_lines
from wltdesk.sync.sealing import decrypting
from wltdesk.sync.signing import (
    PUBLIC_KEY,
    DeviceBook,
    NoDevices,
    Origin,
    Provenance,
    check_signer,
)
from wltdesk.sync.unlocking import Unlocked, unlock

#: What a reader looks up: the key this store holds for an event, by the key id
#: a bundle names (None: format 1, which names none — the current key).
KnownKey = Callable[[str, str | None], str | None]
#: Whether this store has merged the bundle whose changes have this SHA-256.
MergedBefore = Callable[[str], bool]

#: Limits that refuse zip bombs before inflating anything.
MAX_MANIFEST_BYTES = 1 << 20
MAX_MEMBER_BYTES = 4 << 30
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20  # small members may compress better than any ratio
#: A change line longer than this is refused before it is held whole in memory
#: (the longest real one, a circle note, is a few KiB).
MAX_LINE_BYTES = 1 << 20


@dataclass(frozen=True)
class Manifest:
    """The parts of a manifest the reader relies on; ``raw`` is what is signed."""

    version: int
    kind: str
    event_id: str
    #: Format 1 only: from format 2 on the name is never in clear.
    event_name: str
    device: str
    created: str
    hlc_min: str | None
    hlc_max: str | None
    changes: int
    by_entity: dict[str, int]
    redacted: bool
    encryption: dict[str, Any] | None
    members: dict[str, dict[str, Any]]
    raw: bytes = field(repr=False)
    #: From format 2 on: the id of the event key that locks the bundle, and the
    #: bundle's salt for the keys derived from it.
    key_id: str | None = None
    salt: bytes | None = None
    #: The writing laptop's public key, when it signed the bundle (see :mod:`.signing`).
    device_key: str | None = None

    @property
    def event_label(self) -> str:
        """The event as a message names it: its name if the manifest has it, and id."""
        short = self.event_id[:8]
        return f"{self.event_name}, {short}" if self.event_name else short

    @property
    def changes_member(self) -> str:
        return CHANGES_ENCRYPTED if self.encryption else CHANGES

    @property
    def changes_sha256(self) -> str:
        """The SHA-256 of the changes member, as the manifest lists it."""
        return str(self.members.get(self.changes_member, {}).get("sha256", ""))


_KEY_ID = re.compile(r"[0-9a-f]{16}")

#: Changes per batch when a bundle is read: large enough to amortise the
#: queries of a merge step, small enough that memory stays flat whatever a
#: bundle's size.
BATCH = 5_000

#: Where a batch of checked rows lies in a :class:`CheckedChanges` file (offset, length).
Part = tuple[int, int]


class CheckedChanges:
    """Change rows that passed every check, on disk until the merge applies them.

    The check has to read, decrypt and parse every line anyway; keeping what it
    parsed spares the merge a second pass over the file, and the merge applies
    exactly what was checked even if the file changes meanwhile (a sync folder
    updating under us). On disk, not in memory, so a bundle of any size holds
    one batch in memory at a time. The file is private to this process (it has
    no name) and goes away when closed. ``marshal`` is Python's own format for
    plain values: the fastest to write and read back, and only this process reads it.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None

    def add(self, rows: list[ChangeRow]) -> Part:
        data = marshal.dumps(rows)
        try:
            if self._file is None:
                # Closed by close(): the file lives as long as the checked changes.
                self._file = tempfile.TemporaryFile(prefix="wltdesk-import-")  # noqa: SIM115
            offset = self._file.seek(0, io.SEEK_END)
            self._file.write(data)
        except OSError as exc:
            raise UserError(
                _(
                    "no room to hold the checked changes in {gettempdir} ({value}); free some "
                    "disk space and import again; nothing was imported"
                ).format(
                    gettempdir=tempfile.gettempdir(), value=exc.strerror or exc
                )
            ) from None
        return offset, len(data)

    def read(self, part: Part) -> list[ChangeRow]:
        offset, size = part
        assert self._file is not None, _("read before anything was added")
        self._file.seek(offset)
        return marshal.loads(self._file.read(size))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> CheckedChanges:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check; :meth:`rows` gives its changes as checked."""

    path: Path
    manifest: Manifest
    key: str
    checked: CheckedChanges = field(repr=False)
    parts: tuple[Part, ...] = field(repr=False)
    #: Which laptop wrote it, and whom it revokes.
    origin: Origin | None = None
    #: The store has merged it before: checked up to its changes, which are
    #: not read (there is nothing in them it has not got).
    merged_before: bool = False

    def rows(self) -> Iterator[list[ChangeRow]]:
        """The changes as :func:`~wltdesk.store.materialize.apply_change_rows` tuples,
        in batches."""
        for part in self.parts:
            yield self.checked.read(part)

    def batches(self) -> Iterator[list[dict[str, Any]]]:
        """The changes as :func:`~wltdesk.store.materialize.apply_changes` dicts, a batch
        at a time."""
        for rows in self.rows():
            yield [dict(zip(CHANGE_COLUMNS, row, strict=True)) for row in rows]


class _Hashing(io.RawIOBase):
    """Passes a stream through, hashing what it reads."""

    def __init__(self, source: IO[bytes]) -> None:
        super().__init__()
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:  # type: ignore[override]
        data = self.source.read(len(target))
        target[: len(data)] = data
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def matches(self, listed: Mapping[str, Any]) -> bool:
        """Whether what was read is the member the manifest lists."""
        return (self.digest.hexdigest(), self.size) == (listed.get("sha256"), listed.get("size"))


def _lines(path: Path, unlocked: Unlocked, stored: IO[bytes], size: int) -> Iterator[list[bytes]]:
    """The member's lines (decrypted), ``size`` at a time."""
    source: IO[bytes] = stored
    if unlocked.content is not None:
        reader = decrypting(
            stored,
            unlocked.content,
            unlocked.nonce_prefix,
            lambda why: refusal(path, why),
            unlocked.wrong,
        )
        source = io.BufferedReader(reader, 1 << 16)  # type: ignore[arg-type]
    # Whole blocks split into lines: reading line by line (zipfile's readline is
    # Python code) cost more than parsing them.
    rest = b""
    pending: list[bytes] = []
    done = 0
    while block := source.read(1 << 20):
        parts = (rest + block).split(b"\n")
        rest = parts.pop()
        pending.extend(parts)
        if len(rest) > MAX_LINE_BYTES:
            number = done + len(pending) + 1
            raise refusal(path, _("malformed change on line {number} (longer than 1 MiB)").format(
                number=number
            ))
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
            done += size
    if rest:
        pending.append(rest)
    if pending:
        yield pending


def _changes(
    path: Path, manifest: Manifest, unlocked: Unlocked, stored: IO[bytes]
) -> Iterator[list[ChangeRow]]:
    """The member's changes, checked, a batch at a time."""
    first = 1
    for lines in _lines(path, unlocked, stored, BATCH):
        yield parse_lines(path, manifest.event_id, lines, first, legacy=unlocked.legacy)
        first += len(lines)


def open_archive(path: Path) -> zipfile.ZipFile:
    """The bundle file as a ZIP archive, or a refusal that says why it is none."""
    try:
        with open(path, "rb") as head:
            magic = head.read(4)
    except FileNotFoundError:
        raise UserError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_("{path}: is a folder, not a bundle").format(path=path)) from None
    if magic not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise refusal(path, _("not a WLT Desk bundle (not a ZIP file)"))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise refusal(path, _("the file is truncated or damaged (incomplete ZIP)")) from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise refusal(path, _("duplicate member names ({names})").format(
            names=', '.join(duplicates)
        ))
    for name in names:
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise refusal(path, _("member path escapes the bundle ({name!r})").format(name=name))
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES or (
            info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise refusal(
                path,
                _(
                    "member {filename!r} inflates to {file_size:,} bytes from {compress_size:,} "
                    "(a zip bomb?)"
                ).format(
                    filename=info.filename, file_size=info.file_size,
                    compress_size=info.compress_size,
                ),
            )
    expected = {MANIFEST, SIGNATURE}
    if not expected <= set(names):
        missing = sorted(expected - set(names))
        raise refusal(path, _("not a WLT Desk bundle (no {names})").format(
            names=', '.join(missing)
        ))
    return {info.filename: info for info in infos}


def _read_small(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MANIFEST_BYTES + 1)
    except KeyError:
        raise refusal(path, _("not a WLT Desk bundle (no {name})").format(name=name)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise refusal(path, _("the file is damaged ({name}: {exc})").format(
            name=name, exc=exc),
        ) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise refusal(path, _("{name} is too large").format(name=name))
    return data


def read_manifest(path: Path, archive: zipfile.ZipFile) -> Manifest:
    """The manifest, checked for format, version and shape (not yet for its signature)."""
    raw = _read_small(path, archive, MANIFEST)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise refusal(path, _("damaged manifest (not JSON)")) from None
    except RecursionError:
        raise refusal(path, _("damaged manifest (nested too deeply)")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refusal(path, _("not a WLT Desk bundle (unknown manifest format)"))
    version = data.get("version")
    if type(version) is not int or version not in READABLE:
        raise refusal(
            path,
            _(
                "unknown format version {version!r} (this WLT Desk reads versions {READABLE} to "
                "{VERSION}; update WLT Desk)"
            ).format(
                version=version, READABLE=READABLE[0], VERSION=VERSION
            ),
        )
    try:
        counts = data["counts"]
        manifest = Manifest(
            version=version,
            kind=data["kind"],
            event_id=str(data["event"]["id"]),
            event_name=str(data["event"].get("name") or ""),
            device=str(data["device"]),
            created=str(data["created"]),
            hlc_min=data["hlc"]["min"],
            hlc_max=data["hlc"]["max"],
            changes=int(counts["changes"]),
            by_entity={str(k): int(v) for k, v in counts["by_entity"].items()},
            redacted=bool(data.get("redacted")),
            encryption=data.get("encryption"),
            members={str(k): dict(v) for k, v in data["members"].items()},
            raw=raw,
            key_id=str(data["key_id"]) if version > 1 else None,
            salt=base64.b64decode(data["salt"], validate=True) if version > 1 else None,
            device_key=str(data["device_key"]) if version > 1 and "device_key" in data else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error):
        raise refusal(path, _("damaged manifest (fields missing)")) from None
    if manifest.kind not in KINDS:
        raise refusal(path, _("damaged manifest (kind {kind!r})").format(kind=manifest.kind))
    if manifest.encryption is not None and not isinstance(manifest.encryption, dict):
        raise refusal(path, _("damaged manifest (encryption parameters)"))
    if version > 1 and (manifest.salt is None or len(manifest.salt) != SALT_BYTES):
        raise refusal(path, _("damaged manifest (salt)"))
    if version > 1 and not _KEY_ID.fullmatch(manifest.key_id or ""):
        raise refusal(path, _("damaged manifest (key id)"))
    if manifest.device_key is not None and not PUBLIC_KEY.fullmatch(manifest.device_key):
        raise refusal(path, _("damaged manifest (laptop key)"))
    return manifest


def _expected_members(manifest: Manifest) -> set[str]:
    """The members a bundle must have, from what its manifest says: the changes,
    and in a join package (format 2, locked with a passphrase) the event key."""
    expected = {manifest.changes_member}
    if manifest.version > 1 and EVENT_KEY in manifest.members:
        params = manifest.encryption or {}
        if params.get("key") == "passphrase":
            expected.add(EVENT_KEY)
    return expected


def open_bundle(
    path: str | Path,
    *,
    known_key: KnownKey,
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    checked: CheckedChanges | None = None,
    devices: DeviceBook | None = None,
    merged: MergedBefore | None = None,
) -> VerifiedBundle:
    """Verify everything about a bundle without touching any store.

    ``known_key(event_id, key_id)`` is the key the store already has for an
    event (or None); ``given_key`` one the user supplied (the QR code), which
    then must be the one the bundle is locked with. Without either, only a
    join package opens, with its passphrase. ``devices`` is what the store
    knows of the event's laptops (:mod:`.signing`; None: nothing). The changes,
    once checked, are kept in ``checked`` (one for all the bundles of an
    import; a new one if not given) for the merge to apply.

    A bundle ``merged`` says the store has merged already passes every check
    but those of its lines: its changes are only hashed, to be sure they are
    what was merged, and it has none to apply (``merged_before``).
    """
    path = Path(path)
    with open_archive(path) as archive:
        infos = _check_members(path, archive)
        manifest = read_manifest(path, archive)
        expected = _expected_members(manifest)
        signatures = {MANIFEST, SIGNATURE} | ({DEVICE_SIGNATURE} if manifest.device_key else set())
        if set(manifest.members) != expected or set(infos) != signatures | expected:
            raise refusal(path, _("damaged (members differ from the manifest)"))
        if expected_event is not None and manifest.event_id != expected_event:
            raise refusal(path, _("the bundle belongs to another event ({event_label})").format(
                event_label=manifest.event_label
            ))
        signed = _read_small(path, archive, SIGNATURE)
        sealed_key = _read_small(path, archive, EVENT_KEY) if EVENT_KEY in expected else None
        key = given_key or known_key(manifest.event_id, manifest.key_id)
        unlocked = unlock(
            path, manifest, signed, key, given_key is not None, passphrase, sealed_key
        )
        book = devices if devices is not None else NoDevices()
        device_signed = (
            _read_small(path, archive, DEVICE_SIGNATURE) if manifest.device_key else None
        )
        signer = check_signer(path, manifest, device_signed, book, key_id(unlocked.key))
        checked = checked if checked is not None else CheckedChanges()
        if merged is not None and merged(manifest.changes_sha256) and _unchanged(archive, manifest):
            return VerifiedBundle(path, manifest, unlocked.key, checked, (), merged_before=True)
        provenance = Provenance(path, manifest, signer, book)
        parts = _check_changes(path, archive, manifest, unlocked, checked, provenance)
    return VerifiedBundle(path, manifest, unlocked.key, checked, parts, provenance.finish())


def _unchanged(archive: zipfile.ZipFile, manifest: Manifest) -> bool:
    """Whether the changes member is, byte for byte, what the manifest lists
    (hashed as stored: not decrypted, not parsed)."""
    listed = manifest.members[manifest.changes_member]
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(manifest.changes_member) as stored:
            while block := stored.read(1 << 20):
                digest.update(block)
                size += len(block)
    except (zipfile.BadZipFile, OSError, EOFError):
        return False  # the full check names the damage
    return (digest.hexdigest(), size) == (listed.get("sha256"), listed.get("size"))


def _check_changes(
    path: Path,
    archive: zipfile.ZipFile,
    manifest: Manifest,
    unlocked: Unlocked,
    checked: CheckedChanges,
    provenance: Provenance,
) -> tuple[Part, ...]:
    """One pass over the changes member: its checksum, every line well formed and
    belonging where it claims (``provenance``), the counts as the manifest says.
    Returns where the checked rows were kept.

    A format 1 bundle may carry the event key as a change (``events`` /
    ``signing_key``): counted, as its manifest counts it, and dropped, never
    kept for the merge.
    """
    counts: Counter[str] = Counter()
    low = high = None
    parts: list[Part] = []
    member = manifest.changes_member
    listed = manifest.members[member]
    try:
        with archive.open(member) as raw:
            hashing = _Hashing(raw)
            stored = io.BufferedReader(hashing, 1 << 16)  # type: ignore[arg-type]
            try:
                for rows in _changes(path, manifest, unlocked, stored):
                    provenance.observe(rows)
                    entities = Counter(map(itemgetter(1), rows))
                    counts.update(entities)
                    stamps = list(map(itemgetter(5), rows))
                    low = min(stamps) if low is None else min(low, *stamps)
                    high = max(stamps) if high is None else max(high, *stamps)
                    if unlocked.legacy and "events" in entities:
                        rows = [r for r in rows if not (r[1] == "events" and r[3] == LEGACY_KEY)]
                    parts.append(checked.add(rows))
            except UserError:
                # A damaged or altered member shows first as bad lines or a failed
                # decryption: read it to its end, so its checksum names the real cause.
                while stored.read(1 << 20):
                    pass
                if not hashing.matches(listed):
                    raise refusal(
                        path, _("checksum mismatch in {member} (changed or damaged)").format(
                            member=member
                        )
                    ) from None
                raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise refusal(path, _("the file is damaged ({exc})").format(exc=exc)) from None
    if not hashing.matches(listed):
        raise refusal(path, _("checksum mismatch in {member} (changed or damaged)").format(
            member=member
        ))
    if sum(counts.values()) != manifest.changes or dict(counts) != {
        k: v for k, v in manifest.by_entity.items() if v
    }:
        raise refusal(path, _("damaged (the counts differ from the manifest)"))
    if (low, high) != (manifest.hlc_min, manifest.hlc_max):
        raise refusal(path, _("damaged (the HLC range differs from the manifest)"))
    return tuple(parts)
