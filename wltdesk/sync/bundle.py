"""Bundles (``*.wltx``): the files that carry an event's change log between laptops.

A bundle is a ZIP file holding a JSON manifest, its signature and the changes
as JSON Lines (see ``docs/export-format.md`` for outside readers). A *full*
bundle carries the whole log of an event; an *incremental* one carries what is
new since an earlier export.

The event key never travels in a bundle. It locks and signs them: the changes
are sealed (AES-256-GCM) under a key derived from the event key with HKDF and
a fresh random salt per bundle, and the manifest, which names every member's
SHA-256, is signed with another key derived the same way. The manifest in
clear says only what a reader needs before decrypting (event id, device,
kind, key id, counts, the encryption parameters) — no names. Two exceptions:

* a **redacted** bundle (for people outside the team) is not encrypted, so it
  stays readable without the key; it leaves out contact details, notes and
  every secret (:mod:`.sharing`), and is still signed;
* a bundle made with a **passphrase** is sealed under a key from the
  passphrase (scrypt) instead; a full one made so (not redacted) also carries
  the event key in a sealed member of its own: a *join package*, for people
  who prefer a passphrase to scanning the key.

Every bundle a laptop writes is also signed by that laptop's own key
(``manifest.device.sig``, Ed25519 over the manifest bytes; the manifest names the
laptop and its public key), so a reader knows which laptop of the team wrote it
(:mod:`.signing`). An incremental bundle carries only its own laptop's changes
(and that laptop's registration, so each bundle can be checked alone); a full
one carries every laptop's, vouched for by the laptop that signs it.

This module names the format's parts and writes bundles
(:func:`write_bundle`, :func:`export_bundle`); :mod:`.sealing` seals and
derives keys, :mod:`.reading`, :mod:`.unlocking` and :mod:`.signing` open and
check a bundle before anything is merged, and :mod:`.eventkey` holds the event key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import secrets
import shutil
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from wltdesk.devices import device_row_id, ensure_registered
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import encode, iter_changes, log_position
from wltdesk.store.eventkeys import key_id
from wltdesk.store.identity import Identity
from wltdesk.sync import sealing
from wltdesk.sync.eventkey import event_key, key_payload
from wltdesk.sync.sharing import earlier_note_changes, sharing

FORMAT = "wltdesk-bundle"
#: The format this WLT Desk writes; it reads :data:`READABLE`. Version 3 lines may
#: carry fields a version 2 reader does not have (an event's output language, badge
#: short name and certificate details, a check-in's source) and the causal context
#: ``seen``: such a reader, which refuses unknown keys and fields line by line, says
#: "update WLT Desk" instead.
VERSION = 3
READABLE = (1, 2, 3)
SUFFIX = ".wltx"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
#: The writing laptop's own signature of the manifest (Ed25519, hex).
DEVICE_SIGNATURE = "manifest.device.sig"
CHANGES = "changes.jsonl"
CHANGES_ENCRYPTED = "changes.jsonl.aesgcm"
#: The event key, sealed, in a join package (a full bundle with a passphrase).
EVENT_KEY = "event.key.aesgcm"
KINDS = ("full", "incremental")
SALT_BYTES = 32
#: HKDF ``info`` for each key derived from a bundle's root secret and salt.
PURPOSE_CHANGES = b"wltdesk-bundle/2 changes"
PURPOSE_MANIFEST = b"wltdesk-bundle/2 manifest"
PURPOSE_EVENT_KEY = b"wltdesk-bundle/2 event key"


def refusal(path: Path, reason: str) -> UserError:
    """The one-line message that refuses a bundle, naming the file."""
    return UserError(_("{name}: {reason}; nothing was imported").format(
        name=path.name, reason=reason
    ))


def signature(key: str, manifest: bytes, salt: bytes | None) -> str:
    """HMAC-SHA-256 of the manifest bytes, in hex, with a key derived from the event
    key and the bundle's salt (format 2) or, for format 1 (``salt`` None), the
    event key's UTF-8 bytes themselves."""
    secret = key.encode("utf-8")
    mac_key = secret if salt is None else sealing.hkdf(secret, salt, PURPOSE_MANIFEST)
    return hmac.new(mac_key, manifest, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class BundleInfo:
    """What a written bundle holds."""

    path: Path
    kind: str
    event_id: str
    #: The changes it carries (those an incremental bundle repeats, the writing
    #: laptop's registration, aside: the manifest counts every line).
    changes: int
    hlc_min: str | None
    hlc_max: str | None
    upto_seq: int
    encrypted: bool
    redacted: bool
    #: A join package: the event key travels inside, sealed with the passphrase.
    carries_key: bool = False


def _line(change: Mapping[str, Any]) -> bytes:
    # The value and the context are the log's JSON text, embedded as JSON (not
    # re-encoded); a change whose context is not known goes without ``seen``.
    seen = change.get("seen")
    head = ",".join(
        (
            '{"entity":' + encode(change["entity"]),
            '"row":' + encode(change["row_id"]),
            '"field":' + encode(change["field"]),
            '"hlc":' + encode(change["hlc"]),
            '"device":' + encode(change["device_id"]),
            *(() if seen is None else ('"seen":' + seen,)),
            '"value":' + change["value"],
        )
    )
    return (head + "}\n").encode("utf-8")


#: The hidden folder a bundle is written in before it appears under its name.
WORK_PREFIX = ".wltx-"
#: What a process killed while writing left behind is cleared by the next writer in
#: the same folder once it is this old: no export or upload takes an hour.
STALE_WORK_SECONDS = 3600


def clear_stale_work(folder: Path, pattern: str) -> None:
    """Remove what a killed export or upload left in ``folder`` (``pattern``: a glob
    of the hidden names writers use); an unreadable or busy leftover is left alone."""
    cutoff = time.time() - STALE_WORK_SECONDS
    for item in folder.glob(pattern):
        try:
            if item.lstat().st_mtime >= cutoff:
                continue
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item)
            else:
                item.unlink()
        except OSError:
            continue


def write_bundle(
    path: str | Path,
    changes: Iterable[Mapping[str, Any]],
    *,
    event_id: str,
    device: str,
    key: str,
    kind: str,
    passphrase: str | None = None,
    redacted: bool = False,
    private_included: bool = False,
    encrypt: bool = True,
    carry_key: bool = False,
    signer: Identity | None = None,
) -> BundleInfo:
    """Write changes (dicts with ``seq``, as :func:`~wltdesk.store.changes.iter_changes`
    gives) to a bundle; the file appears under its name only when complete.

    The changes are sealed under the event key (``encrypt``), or under the
    passphrase when one is given; ``encrypt=False`` without a passphrase writes
    them in clear (a redacted bundle). ``carry_key`` (with a passphrase only)
    seals the event key into the bundle too: a join package. ``signer``, the
    writing laptop's identity, signs it (whose id must be ``device``); without
    one the bundle is unsigned, as bundles were before laptops signed them.
    """
    if signer is not None and signer.device_id != device:
        raise ValueError(_("a bundle is signed by the laptop it names"))
    if kind not in KINDS:
        raise ValueError(_("kind must be one of {KINDS}").format(KINDS=KINDS))
    if carry_key and not passphrase:
        raise ValueError(_("only a bundle locked with a passphrase may carry the event key"))
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(_("--out: folder {parent} does not exist").format(parent=path.parent))
    clear_stale_work(path.parent, f"{WORK_PREFIX}*")
    salt = secrets.token_bytes(SALT_BYTES)
    prefix = sealing.new_nonce_prefix()
    encryption: dict[str, Any] | None = None
    root: bytes | None = None
    if passphrase:
        n, r, p = sealing.SCRYPT_N, sealing.SCRYPT_R, sealing.SCRYPT_P
        root = sealing.passphrase_secret(passphrase, salt, n, r, p)
        encryption = {"key": "passphrase", "kdf": "scrypt", "n": n, "r": r, "p": p}
    elif encrypt:
        root = key.encode("utf-8")
        encryption = {"key": "event"}
    if encryption is not None:
        encryption = {
            "cipher": "AES-256-GCM",
            **encryption,
            "nonce_prefix": base64.b64encode(prefix).decode(),
            "chunk_bytes": sealing.CHUNK_BYTES,
        }
    counts: Counter[str] = Counter()
    low: str | None = None
    high: str | None = None
    upto = 0
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=WORK_PREFIX) as work:
        member_path = Path(work) / "changes"
        with open(member_path, "wb") as raw:
            sink: Any = raw
            if root is not None:
                sink = sealing.encrypting(raw, sealing.hkdf(root, salt, PURPOSE_CHANGES), prefix)
            buffered = io.BufferedWriter(sink, 1 << 16) if root is not None else raw
            for change in changes:
                buffered.write(_line(change))
                counts[change["entity"]] += 1
                stamp = change["hlc"]
                low = stamp if low is None or stamp < low else low
                high = stamp if high is None or stamp > high else high
                upto = max(upto, change.get("seq") or 0)
            buffered.flush()
            if root is not None:
                sink.finish()
        digest = hashlib.sha256()
        with open(member_path, "rb") as done:
            for block in iter(lambda: done.read(1 << 20), b""):
                digest.update(block)
        member = CHANGES_ENCRYPTED if root is not None else CHANGES
        members = {member: {"sha256": digest.hexdigest(), "size": member_path.stat().st_size}}
        sealed_key = b""
        if carry_key and root is not None:
            payload = key_payload(event_id, key).encode("utf-8")
            sealed_key = sealing.seal(payload, sealing.hkdf(root, salt, PURPOSE_EVENT_KEY), prefix)
            members[EVENT_KEY] = {
                "sha256": hashlib.sha256(sealed_key).hexdigest(),
                "size": len(sealed_key),
            }
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "kind": kind,
            "event": {"id": event_id},
            "device": device,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "hlc": {"min": low, "max": high},
            "counts": {"changes": sum(counts.values()), "by_entity": dict(sorted(counts.items()))},
            "redacted": redacted,
            "private_notes": private_included,
            "key_id": key_id(key),
            "salt": base64.b64encode(salt).decode(),
            "encryption": encryption,
            "members": members,
        }
        if signer is not None:
            manifest["device_key"] = signer.public_key
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        partial = Path(work) / "bundle"
        compression = zipfile.ZIP_STORED if root is not None else zipfile.ZIP_DEFLATED
        with zipfile.ZipFile(partial, "w", compression=compression, compresslevel=6) as archive:
            archive.writestr(MANIFEST, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            archive.writestr(SIGNATURE, signature(key, manifest_bytes, salt) + "\n")
            if signer is not None:
                archive.writestr(DEVICE_SIGNATURE, signer.sign(manifest_bytes).hex() + "\n")
            archive.write(member_path, member)
            if sealed_key:
                archive.writestr(EVENT_KEY, sealed_key)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    return BundleInfo(
        path,
        kind,
        event_id,
        sum(counts.values()),
        low,
        high,
        upto,
        root is not None,
        redacted,
        bool(sealed_key),
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

    Sealed under the event key, or under the passphrase if one is given; a
    redacted bundle without a passphrase stays in clear (it is for people
    outside the team, who have no key). A full, unredacted bundle with a
    passphrase carries the event key: a join package. What may leave the
    laptop (circle notes by visibility, contact details in a redacted bundle)
    is decided in :mod:`wltdesk.sync.sharing`. Signed by this laptop, which
    registers in the event first if it has not yet; an incremental bundle
    carries only this laptop's own changes (and its registration): the others'
    reach their readers in their own laptops' bundles.
    """
    if redact and include_private:
        raise UserError(_("--redact and --include-private contradict each other"))
    key = event_key(store, event_id)
    ensure_registered(store, event_id)
    me = store.device_id
    with store.read() as db:
        rules = sharing(db, event_id, redact, include_private)
        upto = log_position(db)
        kind = "full" if after_seq == 0 else "incremental"
        own = me if kind == "incremental" else None
        # Sent again in every incremental bundle (a handful of lines), so that each
        # can be checked alone, whichever of the laptop's bundles a reader missed.
        registration = (
            list(
                iter_changes(
                    db, event_id, 0, after_seq, row_ids=[device_row_id(event_id, me)], device=me
                )
            )
            if own
            else []
        )
        picked = chain(
            registration,
            (
                c
                for c in earlier_note_changes(db, event_id, rules, after_seq, upto)
                if own is None or c["device_id"] == own
            ),
            (c for c in iter_changes(db, event_id, after_seq, upto, device=own) if rules.keep(c)),
        )
        info = write_bundle(
            path,
            picked,
            event_id=event_id,
            device=store.device_id,
            key=key,
            kind=kind,
            passphrase=passphrase,
            redacted=redact,
            private_included=include_private,
            encrypt=not redact,
            carry_key=bool(passphrase) and kind == "full" and not redact,
            signer=store.identity,
        )
    return BundleInfo(
        info.path,
        info.kind,
        info.event_id,
        info.changes - len(registration),
        info.hlc_min,
        info.hlc_max,
        upto,
        info.encrypted,
        info.redacted,
        info.carries_key,
    )
