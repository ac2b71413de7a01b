"""Unlocking a bundle: which event key opens it, is it the team's, and the keys of its members.

The event key never travels in a bundle (see :mod:`.bundle`), so it comes
from outside: the key this store holds for the event (found by the key id the
manifest names), the key the user gives (text or QR code), or — for a *join
package* only — the key sealed inside under the passphrase. :func:`unlock`
picks it, checks it is the key the bundle names and that the manifest's
signature is right, and derives the key that opens the changes, before a
single change is read.

Format 1 bundles (before the key was kept apart) are still read: their
manifest is signed with the key itself and only passphrase bundles were
encrypted. They used to carry the key as a change (``events`` /
``signing_key``); a reader never trusts nor applies it, so a format 1 bundle
too needs the key from outside to join an event.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store.eventkeys import key_id
from wltdesk.sync import sealing
from wltdesk.sync.bundle import (
    EVENT_KEY,
    PURPOSE_CHANGES,
    PURPOSE_EVENT_KEY,
    refusal,
    signature,
)
from wltdesk.sync.eventkey import parse_key

if TYPE_CHECKING:
    from wltdesk.sync.reading import Manifest


@dataclass(frozen=True)
class Unlocked:
    """What opens a bundle whose signature was found right."""

    #: The event key the bundle was verified with.
    key: str
    #: The AES key of the changes member, or None when they are in clear.
    content: bytes | None
    nonce_prefix: bytes
    #: What a chunk that does not open means (a wrong passphrase, or damage).
    wrong: str
    #: Format 1: strip the event key's changes it may carry.
    legacy: bool


def unlock(
    path: Path,
    manifest: Manifest,
    signed: bytes,
    key: str | None,
    given: bool,
    passphrase: str | None,
    sealed_key: bytes | None,
) -> Unlocked:
    """Check the bundle's key and signature and derive what opens its changes.

    ``key`` is the one given by the user (``given``) or the one this store
    holds for the event (None if neither); ``sealed_key`` the bytes of the
    join package's sealed event key, if the bundle has one.
    """
    refuse: Callable[[str], UserError] = partial(refusal, path)
    params = manifest.encryption
    if manifest.version == 1:
        return _unlock_legacy(path, manifest, signed, key, passphrase, refuse)
    salt = manifest.salt
    assert salt is not None  # read_manifest requires one from format 2 on
    root: bytes | None = None
    prefix = b""
    if params is not None:
        prefix = _prefix(params, refuse)
    if key is None:
        if sealed_key is None:
            if params is not None and params.get("key") == "passphrase" and not passphrase:
                raise refuse(_("the bundle is encrypted: give its passphrase"))
            raise refuse(_needs_key(manifest))
        root = _passphrase_root(manifest, passphrase, refuse)
        key = _sealed_event_key(manifest, sealed_key, root, prefix, refuse)
    elif key_id(key) != manifest.key_id:
        if not given:
            # The store has the event but not this key: most likely it was changed
            # (wltdesk event rekey) and this laptop has not been given the new one.
            raise refuse(
                _(
                    "locked with an event key this laptop does not have (key {key_id}; its key "
                    "is key {key_id2}): if the event key was changed, enter the new one "
                    "(wltdesk event key --set, or Sync ▸ Devices)"
                ).format(
                    key_id=manifest.key_id, key_id2=key_id(key)
                )
            )
        raise refuse(
            _(
                "wrong event key (the bundle is locked with key {key_id}; the key given is key "
                "{key_id2})"
            ).format(
                key_id=manifest.key_id, key_id2=key_id(key)
            )
        )
    _check_signature(path, manifest, signed, signature(key, manifest.raw, salt))
    if sealed_key is not None and not _listed(manifest.members[EVENT_KEY], sealed_key):
        raise refuse(_("checksum mismatch in {EVENT_KEY} (changed or damaged)").format(
            EVENT_KEY=EVENT_KEY
        ))
    if params is None:
        return Unlocked(key, None, b"", "", legacy=False)
    if params.get("key") == "event":
        content = sealing.hkdf(key.encode("utf-8"), salt, PURPOSE_CHANGES)
        damaged = _("damaged (an encrypted chunk does not open)")
        return Unlocked(key, content, prefix, damaged, False)
    if root is None:
        root = _passphrase_root(manifest, passphrase, refuse)
    content = sealing.hkdf(root, salt, PURPOSE_CHANGES)
    return Unlocked(key, content, prefix, "wrong passphrase", legacy=False)


def _needs_key(manifest: Manifest) -> str:
    if manifest.kind != "full":
        return (
            _(
                "the bundle belongs to another event ({value}) that this store does not have; "
                "import that event's full bundle first"
            ).format(
                value=manifest.event_id[:8]
            )
        )
    return (
        _(
            "this laptop does not have the event {value} yet: give its event key to join it "
            "(the text of the event key QR code, e.g. wltdesk import --key)"
        ).format(
            value=manifest.event_id[:8]
        )
    )


def _prefix(params: Mapping[str, Any], refuse: Callable[[str], UserError]) -> bytes:
    try:
        prefix = base64.b64decode(params["nonce_prefix"], validate=True)
        chunk = int(params["chunk_bytes"])
    except (KeyError, TypeError, ValueError) as exc:
        raise refuse(_("damaged manifest (encryption parameters)")) from exc
    if (
        params.get("cipher") != "AES-256-GCM"
        or params.get("key") not in ("event", "passphrase")
        or len(prefix) != sealing.NONCE_PREFIX_BYTES
        or chunk != sealing.CHUNK_BYTES
    ):
        raise refuse(_("unsupported encryption parameters"))
    return prefix


def _passphrase_root(
    manifest: Manifest, passphrase: str | None, refuse: Callable[[str], UserError]
) -> bytes:
    params = manifest.encryption
    if params is None or params.get("key") != "passphrase":
        raise refuse(_needs_key(manifest))
    n, r, p = sealing.scrypt_params(dict(params), refuse)
    if not passphrase:
        raise refuse(_("the bundle is encrypted: give its passphrase"))
    assert manifest.salt is not None
    return sealing.passphrase_secret(passphrase, manifest.salt, n, r, p)


def _sealed_event_key(
    manifest: Manifest,
    sealed: bytes,
    root: bytes,
    prefix: bytes,
    refuse: Callable[[str], UserError],
) -> str:
    """The event key a join package carries, checked against the manifest."""
    assert manifest.salt is not None
    opened = sealing.unseal(
        sealed, sealing.hkdf(root, manifest.salt, PURPOSE_EVENT_KEY), prefix, refuse
    )
    try:
        event_id, key = parse_key(opened.decode("utf-8"))
    except (UserError, UnicodeDecodeError):
        raise refuse(_("damaged (the event key inside is not one)")) from None
    if event_id != manifest.event_id or key_id(key) != manifest.key_id:
        raise refuse(_("damaged (the event key inside belongs to another event)"))
    return key


def _listed(listed: Mapping[str, Any], data: bytes) -> bool:
    return (hashlib.sha256(data).hexdigest(), len(data)) == (
        listed.get("sha256"),
        listed.get("size"),
    )


def _check_signature(path: Path, manifest: Manifest, signed: bytes, expected: str) -> None:
    given = signed.decode("ascii", "replace").strip()
    if not hmac.compare_digest(given, expected):
        raise refusal(
            path, _(
                "bad signature (the bundle was changed, or it is signed with another event's "
                "key)"
            )
        )


def _unlock_legacy(
    path: Path,
    manifest: Manifest,
    signed: bytes,
    key: str | None,
    passphrase: str | None,
    refuse: Callable[[str], UserError],
) -> Unlocked:
    """Format 1: the manifest signed with the key's bytes; changes in clear or
    sealed under scrypt's output."""
    if key is None:
        raise refuse(_needs_key(manifest))
    _check_signature(path, manifest, signed, signature(key, manifest.raw, None))
    params = manifest.encryption
    if params is None:
        return Unlocked(key, None, b"", "", legacy=True)
    salt, prefix, (n, r, p) = sealing.legacy_params(dict(params), refuse)
    if not passphrase:
        raise refuse(_("the bundle is encrypted: give its passphrase"))
    content = sealing.passphrase_secret(passphrase, salt, n, r, p)
    return Unlocked(key, content, prefix, "wrong passphrase", legacy=True)
