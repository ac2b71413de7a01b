"""Bundles (``*.wltx``): the files that carry an event's change log between laptops.

A bundle is a ZIP file holding a JSON manifest, its HMAC signature and the
changes as JSON Lines (see ``docs/export-format.md`` for outside readers).
A *full* bundle carries the whole log of an event — it is the event package a
co-facilitator's laptop joins the event with; an *incremental* one carries
what is new since an earlier export.

This module names the format's parts and writes bundles
(:func:`write_bundle`, :func:`export_bundle`); :mod:`.sealing` encrypts the
changes with a passphrase, :mod:`.reading` opens and checks a bundle before
anything is merged, and :mod:`.eventkey` holds the event key that signs them.
The event key (``Event.signing_key``) is an ordinary synced field, so it
travels inside every bundle that stays within the team; a redacted bundle,
meant for people outside the team, never carries it (see :func:`export_bundle`).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.changes import encode, iter_changes
from wltdesk.store.models import Change, Event
from wltdesk.sync.eventkey import event_key
from wltdesk.sync.sealing import encrypting
from wltdesk.sync.sharing import earlier_note_changes, sharing

FORMAT = "wltdesk-bundle"
VERSION = 1
SUFFIX = ".wltx"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
CHANGES_ENCRYPTED = "changes.jsonl.aesgcm"
KINDS = ("full", "incremental")


def refusal(path: Path, reason: str) -> UserError:
    """The one-line message that refuses a bundle, naming the file."""
    return UserError(f"{path.name}: {reason}; nothing was imported")


def signature(key: str, manifest: bytes) -> str:
    """HMAC-SHA-256 of the manifest bytes with the event key (its UTF-8 bytes), in hex."""
    return hmac.new(key.encode("utf-8"), manifest, hashlib.sha256).hexdigest()


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
                sink, encryption = encrypting(raw, passphrase)
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
    redacted bundle) is decided in :mod:`wltdesk.sync.sharing`.
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
