"""Exporting an event to a file by hand: ``wltdesk export``, *Sync ▸ Export…*.

A full bundle, or (``since_last``) only what is new since the last export of
the same kind into the same folder; each export is noted in the sync history.
Sync targets keep their own marks (:mod:`.exchange`), which exports never move.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.models import StoreMeta
from wltdesk.sync import bundle, merge


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _mark_key(event_id: str, folder: Path, redact: bool, include_private: bool) -> str:
    """The StoreMeta key of the export mark for one folder and one kind of bundle.

    A mark means "every change up to here is in a bundle in this folder", which
    holds only among bundles that carry the same things: a redacted export drops
    contact details, facilitator notes and non-public notes; a
    normal one drops private notes. Were the mark shared, a ``--since-last``
    export after one that dropped more would skip what was dropped, and nothing
    would ever send it. The kind is hashed with the folder because the key column
    holds 60 characters, which ``export:<event uuid>:<16 hex>`` fills. Marks from
    before the kinds were told apart (the folder alone hashed) are never read, as
    no one knows which kind moved them: the first ``--since-last`` export of each
    kind starts again from the beginning, which a merge takes without harm.
    """
    kind = "redacted" if redact else "private" if include_private else "team"
    place = f"{folder.resolve()}\n{kind}"
    digest = hashlib.sha256(place.encode()).hexdigest()[:16]
    return f"export:{event_id}:{digest}"


def export_file(
    store: Store,
    event_id: str,
    out: str | Path,
    since_last: bool = False,
    passphrase: str | None = None,
    redact: bool = False,
    include_private: bool = False,
) -> bundle.BundleInfo:
    """``wltdesk export``: a full bundle, or (``since_last``) what is new since the last
    export of the same kind (redacted, normal, or with private notes) into the same
    folder; recorded in the history."""
    out = Path(out).expanduser()
    key = _mark_key(event_id, out.parent, redact, include_private)
    after = 0
    if since_last:
        with store.read() as db:
            mark = db.get(StoreMeta, key)
            after = int(mark.value) if mark else 0
    started = _now()
    try:
        info = bundle.export_bundle(
            store,
            event_id,
            out,
            after_seq=after,
            passphrase=passphrase,
            redact=redact,
            include_private=include_private,
        )
    except UserError as exc:
        merge.record_run(store, event_id, "export", str(out), started, 0, 0, False, str(exc))
        raise
    with store.write() as writer:
        mark = writer.db.get(StoreMeta, key)
        if mark is None:
            writer.db.add(StoreMeta(key=key, value=str(info.upto_seq)))
        else:
            mark.value = str(info.upto_seq)
    merge.record_run(store, event_id, "export", str(out), started, info.changes, 0, True, None)
    return info
