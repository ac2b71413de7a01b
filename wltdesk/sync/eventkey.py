"""The event key: the team secret that signs an event's bundles, and how people pass it on.

Every bundle's manifest is signed with the event key (HMAC), so a reader can
tell a bundle from the team from a forged or altered one. The key is made once
per event (:func:`event_key`) and travels to a new laptop as text or as a QR
code (:func:`key_qr`, :func:`key_qr_png`, :func:`key_qr_text`) whose payload
names the event too (:func:`key_payload`, read back by :func:`parse_key`).
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.models import Event


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
