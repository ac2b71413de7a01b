"""Bundles (``*.wltx``): the files that carry an event's change log between laptops.

A bundle is a ZIP file holding a JSON manifest, its HMAC signature and the
changes as JSON Lines (see ``docs/export-format.md`` for outside readers).
A *full* bundle carries the whole log of an event — it is the event package a
co-facilitator's laptop joins the event with; an *incremental* one carries
what is new since an earlier export.

Bundles come from USB sticks, shared folders and servers, so the reader
trusts nothing: :func:`open_bundle` checks the container, the manifest, every
member's SHA-256, the signature with the event key, the passphrase and every
line before anyone touches a store, and refuses with one :class:`UserError`
line. It streams: a bundle is read once, a batch at a time, never held in
memory whole; what passed waits on disk (:class:`CheckedChanges`) for the merge.

The event key (``Event.signing_key``) is an ordinary synced field, so it
travels inside every bundle that stays within the team; a redacted bundle,
meant for people outside the team, never carries it (see :func:`export_bundle`).
A store that already has the event checks bundles with its own key; a store
that does not yet have it may join through a *full* bundle, trusting the key
inside (or a key the user gives, e.g. scanned from the facilitator's QR code).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import marshal
import os
import re
import secrets
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, repeat
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import func, select

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.changes import CHANGE_COLUMNS, ChangeRow, encode, iter_changes
from wltdesk.store.models import ENTITY_BY_NAME, Change, Event
from wltdesk.sync.sharing import earlier_note_changes, sharing

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "wltdesk-bundle"
VERSION = 1
SUFFIX = ".wltx"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
CHANGES_ENCRYPTED = "changes.jsonl.aesgcm"
KINDS = ("full", "incremental")

#: Limits that refuse zip bombs before inflating anything.
MAX_MANIFEST_BYTES = 1 << 20
MAX_MEMBER_BYTES = 4 << 30
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20  # small members may compress better than any ratio
#: A change line longer than this is refused before it is held whole in memory
#: (the longest real one, a circle note, is a few KiB).
MAX_LINE_BYTES = 1 << 20
#: Encryption: scrypt (RFC 7914) parameters and the AES-GCM chunk size.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
#: What a reader spends on a bundle's scrypt parameters at most, since a forged
#: manifest can ask for any: scrypt needs 128·n·r bytes and p times the work.
#: The writer's own (n=2^15, r=8, p=1) take 32 MiB; the cap allows 8 times that.
MAX_SCRYPT_MEMORY = 256 << 20
MAX_SCRYPT_P = 4
CHUNK_BYTES = 1 << 16
TAG_BYTES = 16

_LINE_KEYS = frozenset({"entity", "row", "field", "value", "hlc", "device"})


def refusal(path: Path, reason: str) -> UserError:
    """The one-line message that refuses a bundle, naming the file."""
    return UserError(f"{path.name}: {reason}; nothing was imported")


def signature(key: str, manifest: bytes) -> str:
    """HMAC-SHA-256 of the manifest bytes with the event key (its UTF-8 bytes), in hex."""
    return hmac.new(key.encode("utf-8"), manifest, hashlib.sha256).hexdigest()


# ------------------------------------------------------------------ encryption
def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> AESGCM:
    # Imported here: the GUI's first window (sync status) should not pay for it.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    return AESGCM(kdf.derive(passphrase.encode("utf-8")))


def _aad(index: int, final: bool) -> bytes:
    # Binding the chunk number and the last-chunk flag stops reordering and truncation.
    return b"wltx" + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(4, "big")


class _EncryptingWriter(io.RawIOBase):
    """Writes plaintext as AES-GCM chunks: every chunk but the last holds exactly
    CHUNK_BYTES; the last (possibly empty) one is flagged final."""

    def __init__(self, out: IO[bytes], cipher: AESGCM, prefix: bytes) -> None:
        super().__init__()
        self.out, self.cipher, self.prefix = out, cipher, prefix
        self.buffer = bytearray()
        self.index = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.buffer += data
        while len(self.buffer) > CHUNK_BYTES:
            self._emit(bytes(self.buffer[:CHUNK_BYTES]), final=False)
            del self.buffer[:CHUNK_BYTES]
        return len(data)

    def _emit(self, plain: bytes, final: bool) -> None:
        nonce = _nonce(self.prefix, self.index)
        self.out.write(self.cipher.encrypt(nonce, plain, _aad(self.index, final)))
        self.index += 1

    def finish(self) -> None:
        if len(self.buffer) == CHUNK_BYTES:
            self._emit(bytes(self.buffer), final=False)
            self.buffer.clear()
        self._emit(bytes(self.buffer), final=True)
        self.buffer.clear()


class _DecryptingReader(io.RawIOBase):
    """The plaintext of an encrypted member, chunk by chunk (constant memory)."""

    def __init__(self, source: IO[bytes], cipher: AESGCM, prefix: bytes, on_bad: Callable) -> None:
        super().__init__()
        self.source, self.cipher, self.prefix, self.on_bad = source, cipher, prefix, on_bad
        self.pending = b""
        self.index = 0
        self.done = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> None:
        sealed = self.source.read(CHUNK_BYTES + TAG_BYTES)
        final = len(sealed) < CHUNK_BYTES + TAG_BYTES
        if final and len(sealed) < TAG_BYTES:
            raise self.on_bad("damaged (encrypted data cut short)")
        from cryptography.exceptions import InvalidTag

        try:
            self.pending = self.cipher.decrypt(
                _nonce(self.prefix, self.index), sealed, _aad(self.index, final)
            )
        except InvalidTag:
            raise self.on_bad("wrong passphrase") from None
        self.index += 1
        if final:
            if self.source.read(1):
                raise self.on_bad("damaged (data after the last encrypted chunk)")
            self.done = True

    def readinto(self, target: Any) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            self._next_chunk()
        size = min(len(target), len(self.pending))
        target[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


# ------------------------------------------------------------------ writing
@dataclass(frozen=True)
class BundleInfo:
    """What a written bundle holds."""

    path: Path
    kind: str
    event_id: str
    changes: int
    hlc_min: str | None
    hlc_max: str | None
    upto_seq: int
    encrypted: bool
    redacted: bool


def _line(change: Mapping[str, Any]) -> bytes:
    # The value is the log's JSON text, embedded as JSON (not re-encoded).
    head = ",".join(
        (
            '{"entity":' + encode(change["entity"]),
            '"row":' + encode(change["row_id"]),
            '"field":' + encode(change["field"]),
            '"hlc":' + encode(change["hlc"]),
            '"device":' + encode(change["device_id"]),
            '"value":' + change["value"],
        )
    )
    return (head + "}\n").encode("utf-8")


def write_bundle(
    path: str | Path,
    changes: Iterable[Mapping[str, Any]],
    *,
    event_id: str,
    event_name: str,
    device: str,
    key: str,
    kind: str,
    passphrase: str | None = None,
    redacted: bool = False,
    private_included: bool = False,
) -> BundleInfo:
    """Write changes (dicts with ``seq``, as :func:`~wltdesk.store.changes.iter_changes`
    gives) to a bundle; the file appears under its name only when complete."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"--out: folder {path.parent} does not exist")
    counts: Counter[str] = Counter()
    low: str | None = None
    high: str | None = None
    upto = 0
    encryption: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".wltx-") as work:
        member_path = Path(work) / "changes"
        with open(member_path, "wb") as raw:
            sink: Any = raw
            if passphrase:
                salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
                cipher = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
                sink = _EncryptingWriter(raw, cipher, prefix)
                encryption = {
                    "cipher": "AES-256-GCM",
                    "kdf": "scrypt",
                    "salt": base64.b64encode(salt).decode(),
                    "n": SCRYPT_N,
                    "r": SCRYPT_R,
                    "p": SCRYPT_P,
                    "nonce_prefix": base64.b64encode(prefix).decode(),
                    "chunk_bytes": CHUNK_BYTES,
                }
            buffered = io.BufferedWriter(sink, 1 << 16) if passphrase else raw
            for change in changes:
                buffered.write(_line(change))
                counts[change["entity"]] += 1
                stamp = change["hlc"]
                low = stamp if low is None or stamp < low else low
                high = stamp if high is None or stamp > high else high
                upto = max(upto, change.get("seq") or 0)
            buffered.flush()
            if passphrase:
                sink.finish()
        digest = hashlib.sha256()
        with open(member_path, "rb") as done:
            for block in iter(lambda: done.read(1 << 20), b""):
                digest.update(block)
        member = CHANGES_ENCRYPTED if passphrase else CHANGES
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "kind": kind,
            "event": {"id": event_id, "name": event_name},
            "device": device,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "hlc": {"min": low, "max": high},
            "counts": {"changes": sum(counts.values()), "by_entity": dict(sorted(counts.items()))},
            "redacted": redacted,
            "private_notes": private_included,
            "encryption": encryption,
            "members": {member: {"sha256": digest.hexdigest(), "size": member_path.stat().st_size}},
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        partial = Path(work) / "bundle"
        compression = zipfile.ZIP_STORED if passphrase else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(partial, "w", compression=compression, compresslevel=6) as archive:
            archive.writestr(MANIFEST, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(SIGNATURE, signature(key, manifest_bytes) + "\n")
            archive.write(member_path, member)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    return BundleInfo(
        path, kind, event_id, sum(counts.values()), low, high, upto, bool(passphrase), redacted
    )


def event_key(store: Store, event_id: str) -> str:
    """The event's signing key, made (and logged, so it syncs) if it has none yet."""
    with store.read() as db:
        event = db.get(Event, event_id)
        if event is None:
            raise UserError(f"no event with id {event_id}")
        if event.signing_key:
            return event.signing_key
    key = secrets.token_hex(32)
    with store.write() as writer:
        writer.update(Event, event_id, {"signing_key": key})
    return key


def export_bundle(
    store: Store,
    event_id: str,
    path: str | Path,
    *,
    after_seq: int = 0,
    passphrase: str | None = None,
    redact: bool = False,
    include_private: bool = False,
) -> BundleInfo:
    """Write the event's changes after log position ``after_seq`` (0: all, a full bundle).

    What may leave the laptop (circle notes by visibility, contact details in a
    redacted bundle) is decided in :mod:`wltdesk.sync.exchange.sharing`.
    """
    if redact and include_private:
        raise UserError("--redact and --include-private contradict each other")
    key = event_key(store, event_id)
    with store.read() as db:
        event = db.get(Event, event_id)
        assert event is not None
        rules = sharing(db, event_id, redact, include_private)
        upto = db.execute(select(func.max(Change.seq))).scalar_one() or 0
        kind = "full" if after_seq == 0 else "incremental"
        picked = chain(
            earlier_note_changes(db, event_id, rules, after_seq, upto),
            (c for c in iter_changes(db, event_id, after_seq, upto) if rules.keep(c)),
        )
        info = write_bundle(
            path,
            picked,
            event_id=event_id,
            event_name=event.name,
            device=store.device_id,
            key=key,
            kind=kind,
            passphrase=passphrase,
            redacted=redact,
            private_included=include_private,
        )
    return BundleInfo(
        info.path,
        info.kind,
        info.event_id,
        info.changes,
        info.hlc_min,
        info.hlc_max,
        upto,
        info.encrypted,
        info.redacted,
    )


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class Manifest:
    """The parts of a manifest the reader relies on; ``raw`` is what is signed."""

    kind: str
    event_id: str
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
                f"no room to hold the checked changes in {tempfile.gettempdir()} "
                f"({exc.strerror or exc}); free some disk space and import again; "
                "nothing was imported"
            ) from None
        return offset, len(data)

    def read(self, part: Part) -> list[ChangeRow]:
        offset, size = part
        assert self._file is not None, "read before anything was added"
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


def _lines(
    path: Path, manifest: Manifest, stored: IO[bytes], passphrase: str | None, size: int
) -> Iterator[list[bytes]]:
    """The member's lines (decrypted), ``size`` at a time."""
    source: IO[bytes] = stored
    if manifest.encryption is not None:
        if not passphrase:
            raise refusal(path, "the bundle is encrypted: give its passphrase")
        params = manifest.encryption
        try:
            salt = base64.b64decode(params["salt"], validate=True)
            prefix = base64.b64decode(params["nonce_prefix"], validate=True)
            n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
            chunk = int(params["chunk_bytes"])
        except (KeyError, TypeError, ValueError) as exc:
            raise refusal(path, "damaged manifest (encryption parameters)") from exc
        if (
            params.get("cipher") != "AES-256-GCM"
            or params.get("kdf") != "scrypt"
            or len(prefix) != 8
            or chunk != CHUNK_BYTES
            or n < 2
            or n & (n - 1)
            or r < 1
            or not 0 < p <= MAX_SCRYPT_P
            or 128 * n * r > MAX_SCRYPT_MEMORY
        ):
            raise refusal(path, "unsupported encryption parameters")
        cipher = _derive(passphrase, salt, n, r, p)
        reader = _DecryptingReader(stored, cipher, prefix, lambda why: refusal(path, why))
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
            raise refusal(path, f"malformed change on line {number} (longer than 1 MiB)")
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
            done += size
    if rest:
        pending.append(rest)
    if pending:
        yield pending


_STAMP = re.compile(r"[0-9a-f]{12}-[0-9a-f]{4}-([A-Za-z0-9_]{1,36})")


def _change(path: Path, event_id: str, line: bytes, number: int) -> None:
    """Check one JSON line; a refusal names the line."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise refusal(path, f"malformed change on line {number} (not JSON)") from None
    _checked(path, event_id, data, number)


_LINE_FIELDS = itemgetter("entity", "row", "field", "value", "hlc", "device")


def _parse(path: Path, event_id: str, lines: list[bytes], first: int) -> list[ChangeRow]:
    """Many lines at once, checked, as change rows (see :data:`ChangeRow`).

    One ``json.loads`` of the lines joined as an array is several times faster
    than a call per line, and the rows are built a column at a time, so that
    little but the parse runs per line. Any doubt falls back to line by line,
    which names the bad line.
    """
    try:
        items = json.loads(b"[" + b",".join(lines) + b"]")
    except (ValueError, UnicodeDecodeError):
        items = None
    if not isinstance(items, list) or len(items) != len(lines):
        for offset, line in enumerate(lines):
            _change(path, event_id, line, first + offset)
        raise refusal(path, f"malformed change near line {first} (lines run together)")
    columns = _valid_columns(event_id, items)
    if columns is None:
        # Line by line: the exact rule, and a refusal that names the line.
        for offset, data in enumerate(items):
            _checked(path, event_id, data, first + offset)
        columns = tuple(zip(*map(_LINE_FIELDS, items), strict=True))
    entities, rows, names, values, stamps, devices = columns
    texts = [encode_basestring(v) if type(v) is str else encode(v) for v in values]
    # repeat() never ends: the other columns, all as long as the batch, end the zip.
    return list(zip(repeat(event_id), entities, rows, names, texts, stamps, devices, strict=False))


#: Stamps joined by newlines, each as :data:`_STAMP` (which no newline matches).
_STAMPS = re.compile(
    r"(?:[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}\n)*[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}"
)
_STAMP_PREFIX = len("0123456789ab-0000-")


def _valid_columns(event_id: str, items: list[Any]) -> tuple[tuple[Any, ...], ...] | None:
    """The parsed lines as columns (see :data:`_LINE_FIELDS`) if every line passes
    :func:`_checked`, checked a column at a time: a function call per line cost a
    quarter of verifying a bundle. Never more lenient than :func:`_checked`; on
    None the caller checks line by line."""
    if not items or set(map(type, items)) != {dict} or set(map(len, items)) != {len(_LINE_KEYS)}:
        return None
    try:
        # Every line has the six keys (else KeyError) and no other (six in all).
        columns = tuple(zip(*map(_LINE_FIELDS, items), strict=True))
        entities, rows, names, _values, stamps, devices = columns
        # join() takes text only (else TypeError); entities are checked against the
        # known names, devices against the stamps' text below.
        joined = "\n".join(stamps)
        "".join(rows)
        "".join(names)
        kinds = set(entities)
    except (KeyError, TypeError):
        return None
    if not kinds <= ENTITY_BY_NAME.keys():
        return None
    if "events" in kinds and any(
        row != event_id for entity, row in zip(entities, rows, strict=True) if entity == "events"
    ):
        return None
    row_lengths, name_lengths = set(map(len, rows)), set(map(len, names))
    if not (min(row_lengths) > 0 and max(row_lengths) <= 36):
        return None
    if not (min(name_lengths) > 0 and max(name_lengths) <= 60):
        return None
    # Counting the newlines keeps a stamp with a newline inside from passing as two.
    if joined.count("\n") != len(stamps) - 1 or _STAMPS.fullmatch(joined) is None:
        return None
    if [stamp[_STAMP_PREFIX:] for stamp in stamps] != list(devices):
        return None
    return columns


def _checked(path: Path, event_id: str, data: Any, number: int) -> None:
    """Check a parsed line; a refusal names the line."""
    if type(data) is not dict or data.keys() != _LINE_KEYS:
        raise refusal(path, f"malformed change on line {number} (wrong fields)")
    entity = data["entity"]
    row = data["row"]
    name = data["field"]
    stamp = data["hlc"]
    device = data["device"]
    if not (
        type(entity) is str
        and type(row) is str
        and type(name) is str
        and type(stamp) is str
        and type(device) is str
    ):
        raise refusal(path, f"malformed change on line {number} (fields must be text)")
    if entity not in ENTITY_BY_NAME:
        raise refusal(path, f"malformed change on line {number} (unknown entity {entity!r})")
    if entity == "events" and row != event_id:
        raise refusal(path, f"malformed change on line {number} (it changes another event)")
    if not 0 < len(row) <= 36 or not 0 < len(name) <= 60:
        raise refusal(path, f"malformed change on line {number} (field too long)")
    matched = _STAMP.fullmatch(stamp)
    if matched is None:
        raise refusal(path, f"malformed change on line {number} (bad HLC stamp)")
    if matched.group(1) != device:
        raise refusal(path, f"malformed change on line {number} (stamp and device differ)")


def _changes(
    path: Path, manifest: Manifest, stored: IO[bytes], passphrase: str | None
) -> Iterator[list[ChangeRow]]:
    """The member's changes, checked, a batch at a time."""
    first = 1
    for lines in _lines(path, manifest, stored, passphrase, BATCH):
        yield _parse(path, manifest.event_id, lines, first)
        first += len(lines)


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        with open(path, "rb") as head:
            magic = head.read(4)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a bundle") from None
    if magic not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise refusal(path, "not a WLT Desk bundle (not a ZIP file)")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise refusal(path, "the file is truncated or damaged (incomplete ZIP)") from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise refusal(path, f"duplicate member names ({', '.join(duplicates)})")
    for name in names:
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            raise refusal(path, f"member path escapes the bundle ({name!r})")
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES or (
            info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise refusal(
                path,
                f"member {info.filename!r} inflates to {info.file_size:,} bytes "
                f"from {info.compress_size:,} (a zip bomb?)",
            )
    expected = {MANIFEST, SIGNATURE}
    if not expected <= set(names):
        missing = sorted(expected - set(names))
        raise refusal(path, f"not a WLT Desk bundle (no {', '.join(missing)})")
    return {info.filename: info for info in infos}


def _read_small(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MANIFEST_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise refusal(path, f"the file is damaged ({name}: {exc})") from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise refusal(path, f"{name} is too large")
    return data


def read_manifest(path: Path, archive: zipfile.ZipFile) -> Manifest:
    """The manifest, checked for format, version and shape (not yet for its signature)."""
    raw = _read_small(path, archive, MANIFEST)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise refusal(path, "damaged manifest (not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refusal(path, "not a WLT Desk bundle (unknown manifest format)")
    if data.get("version") != VERSION:
        raise refusal(
            path,
            f"unknown format version {data.get('version')!r} (this WLT Desk reads "
            f"version {VERSION}; update WLT Desk)",
        )
    try:
        counts = data["counts"]
        manifest = Manifest(
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
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise refusal(path, "damaged manifest (fields missing)") from None
    if manifest.kind not in KINDS:
        raise refusal(path, f"damaged manifest (kind {manifest.kind!r})")
    return manifest


def _check_signature(path: Path, manifest: Manifest, signed: bytes, key: str) -> None:
    given = signed.decode("ascii", "replace").strip()
    if not hmac.compare_digest(given, signature(key, manifest.raw)):
        raise refusal(
            path, "bad signature (the bundle was changed, or it is signed with another event's key)"
        )


def open_bundle(
    path: str | Path,
    *,
    known_key: Callable[[str], str | None],
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    checked: CheckedChanges | None = None,
) -> VerifiedBundle:
    """Verify everything about a bundle without touching any store.

    ``known_key(event_id)`` is the key the store already has for an event (or
    None); ``given_key`` one the user supplied (the QR code), which then must
    match. The changes, once checked, are kept in ``checked`` (one for all the
    bundles of an import; a new one if not given) for the merge to apply.
    """
    path = Path(path)
    with _open_archive(path) as archive:
        infos = _check_members(path, archive)
        manifest = read_manifest(path, archive)
        member = CHANGES_ENCRYPTED if manifest.encryption else CHANGES
        if set(manifest.members) != {member} or set(infos) != {MANIFEST, SIGNATURE, member}:
            raise refusal(path, "damaged (members differ from the manifest)")
        if expected_event is not None and manifest.event_id != expected_event:
            raise refusal(
                path,
                f"the bundle belongs to another event ({manifest.event_name or '?'}, "
                f"{manifest.event_id[:8]})",
            )
        signed = _read_small(path, archive, SIGNATURE)
        key = given_key or known_key(manifest.event_id)
        if key is None and manifest.kind != "full":
            raise refusal(
                path,
                f"the bundle belongs to another event ({manifest.event_name or '?'}, "
                f"{manifest.event_id[:8]}) that this store does not have; import that "
                "event's full bundle first",
            )
        if key is not None:
            _check_signature(path, manifest, signed, key)
        checked = checked if checked is not None else CheckedChanges()
        embedded, parts = _check_changes(path, archive, manifest, member, passphrase, checked)
        if key is None:
            if embedded is None:
                raise refusal(path, "the full bundle carries no event key to verify it with")
            key = embedded
            _check_signature(path, manifest, signed, key)
    return VerifiedBundle(path, manifest, key, checked, parts)


def _check_changes(
    path: Path,
    archive: zipfile.ZipFile,
    manifest: Manifest,
    member: str,
    passphrase: str | None,
    checked: CheckedChanges,
) -> tuple[str | None, tuple[Part, ...]]:
    """One pass over the member: its checksum, every line well formed, the counts
    as the manifest says. Returns the event key the changes carry, if any (the
    latest one), and where the checked rows were kept."""
    counts: Counter[str] = Counter()
    key_text: str | None = None
    key_stamp = ""
    low = high = None
    parts: list[Part] = []
    listed = manifest.members[member]
    try:
        with archive.open(member) as raw:
            hashing = _Hashing(raw)
            stored = io.BufferedReader(hashing, 1 << 16)  # type: ignore[arg-type]
            try:
                for rows in _changes(path, manifest, stored, passphrase):
                    entities = Counter(map(itemgetter(1), rows))
                    counts.update(entities)
                    stamps = list(map(itemgetter(5), rows))
                    low = min(stamps) if low is None else min(low, *stamps)
                    high = max(stamps) if high is None else max(high, *stamps)
                    if "events" in entities:
                        for _event, entity, _row, name, value, stamp, _device in rows:
                            is_key = name == "signing_key" and entity == "events"
                            if is_key and stamp > key_stamp:
                                key_stamp, key_text = stamp, value
                    parts.append(checked.add(rows))
            except UserError:
                # A damaged or altered member shows first as bad lines or a failed
                # decryption: read it to its end, so its checksum names the real cause.
                while stored.read(1 << 20):
                    pass
                if not hashing.matches(listed):
                    raise refusal(
                        path, f"checksum mismatch in {member} (changed or damaged)"
                    ) from None
                raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise refusal(path, f"the file is damaged ({exc})") from None
    if not hashing.matches(listed):
        raise refusal(path, f"checksum mismatch in {member} (changed or damaged)")
    if sum(counts.values()) != manifest.changes or dict(counts) != {
        k: v for k, v in manifest.by_entity.items() if v
    }:
        raise refusal(path, "damaged (the counts differ from the manifest)")
    if (low, high) != (manifest.hlc_min, manifest.hlc_max):
        raise refusal(path, "damaged (the HLC range differs from the manifest)")
    key = json.loads(key_text) if key_text is not None else None
    return (key if isinstance(key, str) else None), tuple(parts)


# ------------------------------------------------------------------ the key as a QR code
KEY_PREFIX = "wltdesk-key:1:"


def key_payload(event_id: str, key: str) -> str:
    """What the event key QR code holds: the event id and its key."""
    return f"{KEY_PREFIX}{event_id}:{key}"


def parse_key(text: str) -> tuple[str | None, str]:
    """A key as given by a user: the QR payload (event id and key) or the bare key."""
    given = text.strip()
    if given.startswith(KEY_PREFIX):
        event_id, sep, key = given[len(KEY_PREFIX) :].partition(":")
        if not sep or not key:
            raise UserError("event key: not the text of an event key QR code (wltdesk-key:1:…)")
        return event_id, key
    if not given:
        raise UserError("event key: empty")
    return None, given


def key_qr(event_id: str, key: str, out: str | Path) -> Path:
    """Save the event key as a QR code (PNG or SVG, by the file's suffix)."""
    import segno

    path = Path(out).expanduser()
    if path.suffix.lower() not in (".png", ".svg"):
        raise UserError("--qr: give a .png or .svg file")
    if not path.parent.is_dir():
        raise UserError(f"--qr: folder {path.parent} does not exist")
    segno.make(key_payload(event_id, key), error="m").save(str(path), scale=8, border=4)
    return path


def key_qr_png(event_id: str, key: str) -> bytes:
    """The event key QR code as PNG bytes (for a dialog to show)."""
    import segno

    buffer = io.BytesIO()
    segno.make(key_payload(event_id, key), error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def key_qr_text(event_id: str, key: str) -> str:
    """The QR code drawn with block characters, for a terminal."""
    import segno

    buffer = io.StringIO()
    segno.make(key_payload(event_id, key), error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()
