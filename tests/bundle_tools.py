"""Looking inside bundles in tests: their changes opened with the event key, as a
team member (or a forger who has the key) would."""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

from wltdesk.store import Store, eventkeys
from wltdesk.sync import bundle, reading, sealing


def key_of(store: Store, event_id: str) -> str | None:
    """The event key the store holds (None if it has none), without making one."""
    with store.read() as db:
        found = eventkeys.current_key(db, event_id)
        return found.secret if found is not None else None


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(bundle.MANIFEST))


def content_key(path: Path, key: str) -> tuple[bytes, bytes]:
    """The AES key and nonce prefix of a bundle sealed under the event key."""
    manifest = manifest_of(path)
    salt = base64.b64decode(manifest["salt"])
    prefix = base64.b64decode(manifest["encryption"]["nonce_prefix"])
    return sealing.hkdf(key.encode(), salt, bundle.PURPOSE_CHANGES), prefix


def changes_bytes(path: Path, key: str) -> bytes:
    """The changes member in clear (opened with the event key if it is sealed)."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if bundle.CHANGES in names:
            return archive.read(bundle.CHANGES)
        sealed = archive.read(bundle.CHANGES_ENCRYPTED)
    aes, prefix = content_key(path, key)
    return sealing.unseal(sealed, aes, prefix, AssertionError)


def sealed_changes(path: Path, key: str, plain: bytes) -> bytes:
    """``plain`` sealed as the bundle's own changes are: what a forger who has the
    event key could write."""
    aes, prefix = content_key(path, key)
    return sealing.seal(plain, aes, prefix)


def lines(path: Path, key: str) -> list[dict]:
    """The bundle's change lines as JSON objects."""
    return [json.loads(line) for line in changes_bytes(path, key).splitlines()]


def opened_lines(path: Path, key: str, passphrase: str | None = None) -> list[dict]:
    """The lines as a reader takes them (checked, through every lock)."""
    verified = reading.open_bundle(
        path, known_key=lambda _event, _key_id: key, passphrase=passphrase
    )
    try:
        return [
            {
                "entity": c["entity"],
                "row": c["row_id"],
                "field": c["field"],
                "value": json.loads(c["value"]),
            }
            for batch in verified.batches()
            for c in batch
        ]
    finally:
        verified.checked.close()
