"""The event key: the team secret that locks and signs an event's bundles, and how
people pass it on.

Every bundle's changes are sealed and its manifest signed with keys derived
from the event key (see :mod:`.bundle`), so only the team can read a bundle,
and a reader can tell a bundle from the team from a forged or altered one.
The key is this store's secret (:mod:`wltdesk.store.eventkeys`), never a field
of the change log: it travels to a new laptop by hand, as text or as a QR code
(:func:`key_qr`, :func:`key_qr_png`, :func:`key_qr_text`) whose payload names
the event too (:func:`key_payload`, read back by :func:`parse_key`), or sealed
in a passphrase-protected join package.

After a laptop is lost, an organizer *changes* the key (:func:`rekey`): new
bundles are locked with the new key, which the team gets by hand like the first
(:func:`set_key`); whoever has only the old one can no longer read them, nor
bring a laptop of their own into the event (:mod:`.signing`). Old keys stay, so
bundles made before still open.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from sqlalchemy import delete, select, update

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store, eventkeys
from wltdesk.store.changes import Writer
from wltdesk.store.models import Event, StoreMeta, SyncSeen, SyncTarget


def event_key(store: Store, event_id: str) -> str:
    """The event's current key; one is made (kept on this laptop only) if the
    store has none for it yet, as for an event from before keys were kept apart
    that never had one."""
    with store.read() as db:
        if db.get(Event, event_id) is None:
            raise UserError(_("no event with id {event_id}").format(event_id=event_id))
        found = eventkeys.current_key(db, event_id)
        if found is not None:
            return found.secret
    with store.write() as writer:
        found = eventkeys.current_key(writer.db, event_id)  # made meanwhile?
        if found is None:
            found = eventkeys.add_key(writer.db, event_id, eventkeys.new_secret())
        return found.secret


def rekey(store: Store, event_id: str) -> str:
    """Make a new current key for the event and return it. The old keys stay, so the
    bundles made before still open; this laptop's next sync and export send
    everything again, under the new key."""
    event_key(store, event_id)  # an event without a key gets its first one
    with store.write() as writer:
        secret = eventkeys.new_secret()
        eventkeys.add_key(writer.db, event_id, secret)
        _start_marks_again(writer, event_id)
    return secret


def set_key(store: Store, event_id: str, text: str) -> bool:
    """Take the key a team member was given (after ``rekey`` on another laptop) as the
    event's current key; False when it was already the current one. This laptop's
    next sync then sends everything again under it, so that its work reaches
    laptops that hold only the new key."""
    key_event, secret = parse_key(text)
    if key_event is not None and key_event != event_id:
        raise UserError(_("event key: that key belongs to another event"))
    secret = secret.lower()
    if not re.fullmatch(r"[0-9a-f]{64}", secret):
        raise UserError(
            _("event key: not an event key (64 hex digits, or the text of the event key QR code)")
        )
    with store.read() as db:
        if db.get(Event, event_id) is None:
            raise UserError(_("no event with id {event_id}").format(event_id=event_id))
        found = eventkeys.current_key(db, event_id)
        if found is not None and found.secret == secret:
            return False
    with store.write() as writer:
        eventkeys.add_key(writer.db, event_id, secret)
        _start_marks_again(writer, event_id)
    return True


def _start_marks_again(writer: Writer, event_id: str) -> None:
    """The next push to every target, and the next ``--since-last`` export, is full;
    and bundles refused on a target are read again: a new key may open them now."""
    writer.db.execute(update(SyncTarget).where(SyncTarget.event_id == event_id).values(last_seq=0))
    writer.db.execute(delete(StoreMeta).where(StoreMeta.key.like(f"export:{event_id}:%")))
    targets = select(SyncTarget.id).where(SyncTarget.event_id == event_id)
    writer.db.execute(
        delete(SyncSeen).where(SyncSeen.target_id.in_(targets), SyncSeen.refused.is_not(None))
    )


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
            raise UserError(_("event key: not the text of an event key QR code (wltdesk-key:1:…)"))
        return event_id, key
    if not given:
        raise UserError(_("event key: empty"))
    return None, given


def key_qr(event_id: str, key: str, out: str | Path) -> Path:
    """Save the event key as a QR code (PNG or SVG, by the file's suffix)."""
    import segno

    path = Path(out).expanduser()
    if path.suffix.lower() not in (".png", ".svg"):
        raise UserError(_("--qr: give a .png or .svg file"))
    if not path.parent.is_dir():
        raise UserError(_("--qr: folder {parent} does not exist").format(parent=path.parent))
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
