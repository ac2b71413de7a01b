"""The event keys a store holds: the team's secret per event, kept here and nowhere else.

An event key locks (encrypts) and signs every bundle of its event. It is a
local row (:class:`~wltdesk.store.models.EventKey`), never a field of the
change log: no bundle can carry it, set it or replace it. It reaches another
laptop only by hand (text or QR code) or inside a passphrase-protected join
package, and is written here when an event is created or joined.

Each key has a short id (:func:`key_id`), a fingerprint that bundles name in
clear so that a reader picks the right key, and an event has one *current*
key (the one new bundles use); older keys stay, so bundles made before a
change of key still open.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.store.models import EventKey

#: Characters of the key id: 64 bits of a hash of the key, enough to tell keys
#: apart and far too few to learn anything about a 256-bit key.
KEY_ID_LENGTH = 16


def new_secret() -> str:
    """A new event key: 256 random bits as 64 hex digits."""
    return secrets.token_hex(32)


def key_id(secret: str) -> str:
    """The key's fingerprint, safe to show and to write in a bundle's manifest.

    Migration 0007 computes the same (it may not import this module): a test
    keeps the two equal.
    """
    digest = hashlib.sha256(b"wltdesk event key id\n" + secret.encode("utf-8"))
    return digest.hexdigest()[:KEY_ID_LENGTH]


def current_key(db: Session, event_id: str) -> EventKey | None:
    """The key new bundles of the event use, or None when the store has none."""
    query = select(EventKey).where(EventKey.event_id == event_id, EventKey.is_current.is_(True))
    return db.execute(query).scalar_one_or_none()


def find_key(db: Session, event_id: str, wanted: str) -> EventKey | None:
    """The event's key with the given key id (current or older), if the store has it."""
    return db.get(EventKey, (event_id, wanted))


def add_key(db: Session, event_id: str, secret: str) -> EventKey:
    """Hold ``secret`` as the event's current key (the first one, or a newer one:
    the previous current key stays, no longer current)."""
    wanted = key_id(secret)
    found = find_key(db, event_id, wanted)
    previous = current_key(db, event_id)
    if previous is not None and previous is not found:
        previous.is_current = False
        db.flush()  # one current key per event: the old one steps down first
    if found is None:
        found = EventKey(
            event_id=event_id,
            key_id=wanted,
            secret=secret,
            is_current=True,
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
        db.add(found)
    else:
        found.is_current = True
    db.flush()
    return found
