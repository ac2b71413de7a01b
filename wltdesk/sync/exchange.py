"""Syncing an event with a shared target: push what is pending, pull the others'.

A sync is: (1) write this laptop's changes made since the last push to that
target as one incremental bundle under ``<event>/<device>/`` (the first push
is a full bundle, so a target always holds an event package), (2) read every
other device's bundles not read before, verify them all and merge them, and
(3) note the run in the history. The export mark of a target (its
``last_seq``) says up to which log position this store's changes are there;
"N changes waiting" counts this laptop's own changes of the event after it.
A laptop relays only its own work: what it merged from others reaches the
target from their own laptops, signed by them (:mod:`.signing`).

Everything here is plain Python: the GUI runs :func:`sync` in a background
job, and a failure (target not plugged in, server down) is recorded on the
target and in the history, never raised as a crash.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, func, select

from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.store.changes import log_position
from wltdesk.store.models import Change, Event, StoreMeta, SyncRun, SyncSeen, SyncTarget
from wltdesk.sync import bundle, clockwatch, merge, reading, signing
from wltdesk.sync.targets import RemoteBundle, TargetUnavailable, bundle_name, open_target

Progress = Callable[[int, int], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def display(location: str) -> str:
    """A location fit to show (a WebDAV password hidden)."""
    try:
        return open_target(location).display
    except UserError:
        return location


# ------------------------------------------------------------------ targets
@dataclass(frozen=True)
class TargetInfo:
    id: int
    location: str
    display: str
    is_default: bool
    last_seq: int
    waiting: int
    last_success: datetime | None
    last_attempt: datetime | None
    last_error: str | None


def _waiting(db, event_id: str, after_seq: int, device: str) -> int:
    """What the next push sends: with no mark yet, the whole event (a full bundle);
    after it, this laptop's own changes (an incremental one)."""
    query = select(func.count()).select_from(Change).where(Change.event_id == event_id)
    if after_seq:
        query = query.where(Change.seq > after_seq, Change.device_id == device)
    return db.execute(query).scalar_one()


def _info(db, target: SyncTarget, device: str) -> TargetInfo:
    return TargetInfo(
        target.id,
        target.location,
        display(target.location),
        target.is_default,
        target.last_seq,
        _waiting(db, target.event_id, target.last_seq, device),
        target.last_success,
        target.last_attempt,
        target.last_error,
    )


def list_targets(store: Store, event_id: str) -> list[TargetInfo]:
    with store.read() as db:
        rows = db.execute(
            select(SyncTarget).where(SyncTarget.event_id == event_id).order_by(SyncTarget.id)
        ).scalars()
        return [_info(db, t, store.device_id) for t in rows]


def default_target(store: Store, event_id: str) -> TargetInfo | None:
    return next((t for t in list_targets(store, event_id) if t.is_default), None)


def add_target(store: Store, event_id: str, location: str, make_default: bool = True) -> TargetInfo:
    """Remember a target for the event (the default one unless told otherwise)."""
    target = open_target(location)  # refuses what is neither a folder path nor a URL
    with store.write() as writer:
        db = writer.db
        row = db.execute(
            select(SyncTarget).where(
                SyncTarget.event_id == event_id, SyncTarget.location == target.location
            )
        ).scalar_one_or_none()
        if row is None:
            row = SyncTarget(event_id=event_id, location=target.location, last_seq=0)
            row.is_default = False
            db.add(row)
            db.flush()
        if make_default:
            for other in db.execute(select(SyncTarget).where(SyncTarget.event_id == event_id)):
                other[0].is_default = other[0].id == row.id
        db.flush()
        return _info(db, row, store.device_id)


def remove_target(store: Store, event_id: str, target_id: int) -> None:
    with store.write() as writer:
        db = writer.db
        row = db.get(SyncTarget, target_id)
        if row is None or row.event_id != event_id:
            raise UserError(f"no sync target {target_id}")
        db.execute(delete(SyncSeen).where(SyncSeen.target_id == target_id))
        db.delete(row)


# ------------------------------------------------------------------ status
@dataclass(frozen=True)
class SyncStatus:
    """What the status bar says: ``state`` is "none", "ok", "offline" or "never"."""

    state: str
    waiting: int
    last_success: datetime | None
    last_error: str | None
    location: str | None

    def describe(self, now: datetime | None = None) -> str:
        """English text for the command line (the GUI words it through tr())."""
        if self.state == "none":
            return "Sync: no target set up"
        if self.state == "offline":
            return f"Offline — {self.waiting} changes waiting"
        if self.state == "never":
            return f"Not synced yet — {self.waiting} changes waiting"
        minutes = minutes_ago(self.last_success, now)
        text = "Synced just now" if minutes < 1 else f"Synced {minutes} min ago"
        return text + (f" — {self.waiting} changes waiting" if self.waiting else "")


def minutes_ago(moment: datetime | None, now: datetime | None = None) -> int:
    if moment is None:
        return 0
    return max(0, int(((now or _now()) - moment).total_seconds() // 60))


def status(store: Store, event_id: str) -> SyncStatus:
    target = default_target(store, event_id)
    if target is None:
        return SyncStatus("none", 0, None, None, None)
    if target.last_attempt is not None and target.last_error is not None:
        state = "offline"
    elif target.last_success is None:
        state = "never"
    else:
        state = "ok"
    return SyncStatus(state, target.waiting, target.last_success, target.last_error, target.display)


@dataclass(frozen=True)
class RunInfo:
    kind: str
    location: str
    started_at: datetime
    finished_at: datetime
    sent: int
    received: int
    ok: bool
    message: str | None


def history(store: Store, event_id: str, limit: int = 50) -> list[RunInfo]:
    """The latest syncs, exports and imports of an event, newest first."""
    with store.read() as db:
        rows = db.execute(
            select(SyncRun)
            .where(SyncRun.event_id == event_id)
            .order_by(SyncRun.id.desc())
            .limit(limit)
        ).scalars()
        return [
            RunInfo(
                r.kind,
                display(r.location),
                r.started_at,
                r.finished_at,
                r.sent,
                r.received,
                r.ok,
                r.message,
            )
            for r in rows
        ]


# ------------------------------------------------------------------ file export
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


# ------------------------------------------------------------------ sync
@dataclass(frozen=True)
class SyncResult:
    location: str
    sent: int
    bundle: str | None
    received_bundles: int
    summary: merge.ImportSummary | None
    refused: tuple[str, ...]


def _target_row(store: Store, event_id: str, location: str | None) -> SyncTarget:
    with store.read() as db:
        if location is None:
            row = db.execute(
                select(SyncTarget).where(
                    SyncTarget.event_id == event_id, SyncTarget.is_default.is_(True)
                )
            ).scalar_one_or_none()
            if row is None:
                raise UserError(
                    "no sync target set up: give --target, or set one with --set-target"
                )
            return row
    first = default_target(store, event_id) is None
    info = add_target(store, event_id, location, make_default=first)
    with store.read() as db:
        found = db.get(SyncTarget, info.id)
        assert found is not None
        return found


def _note(store: Store, target_id: int, **values) -> None:
    with store.write() as writer:
        row = writer.db.get(SyncTarget, target_id)
        if row is not None:
            for key, value in values.items():
                setattr(row, key, value)


def sync(
    store: Store,
    event_id: str,
    location: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Push pending changes to a target and merge the other devices' bundles.

    Raises :class:`UserError` (after recording it) when the target cannot be
    used; bundles on the target that fail verification (or are refused while
    merged) are skipped, named in ``refused`` and in the history, and
    remembered with why: every sync names them again, but reads one again only
    once its size or content has changed (the laptop that wrote it wrote it anew).
    """
    row = _target_row(store, event_id, location)
    target = open_target(row.location)
    started = _now()
    report = progress or (lambda _done, _total: None)
    try:
        try:
            result = _sync(store, event_id, row, target, report, cancelled)
        except OSError as exc:  # a stick pulled out half-way, a full disk…
            where = f": {exc.filename}" if exc.filename else ""
            raise TargetUnavailable(f"{target.display}: {exc.strerror or exc}{where}") from exc
    except UserError as exc:
        _note(store, row.id, last_attempt=_now(), last_error=str(exc))
        merge.record_run(store, event_id, "sync", row.location, started, 0, 0, False, str(exc))
        raise
    message = None
    if result.refused:
        message = "; ".join(result.refused)
    received = result.summary.new_changes if result.summary else 0
    _note(store, row.id, last_attempt=_now(), last_success=_now(), last_error=None)
    merge.record_run(
        store, event_id, "sync", row.location, started, result.sent, received, True, message
    )
    return result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _named_key(key: str, name: str, reason: str) -> str:
    """A refusal named by the bundle's place on the target (``<device>/<file>``)."""
    if reason.startswith(f"{name}: "):
        return key + reason[len(name) :]
    return f"{key}: {reason}"


def _named(remote: RemoteBundle, reason: str) -> str:
    return _named_key(remote.key, remote.name, reason)


def _sync(store, event_id, row, target, report, cancelled) -> SyncResult:
    report(0, 3)
    target.check()
    with store.read() as db:
        event = db.get(Event, event_id)
        if event is None:
            raise UserError(f"no event with id {event_id}")
        mark = row.last_seq
        pending = _waiting(db, event_id, mark, store.device_id)
    sent = 0
    written: str | None = None
    with tempfile.TemporaryDirectory(prefix="wltdesk-sync-") as work:
        if pending:
            local = Path(work) / "out.wltx"
            info = bundle.export_bundle(store, event_id, local, after_seq=mark)
            written = bundle_name(info.upto_seq)
            target.put(event_id, store.device_id, written, local)
            sent = info.changes
            _note(store, row.id, last_seq=info.upto_seq)
            mark = info.upto_seq
        report(1, 3)
        with store.read() as db:
            seen = {
                s.name: (s.size, s.sha256, s.refused)
                for s in db.execute(select(SyncSeen).where(SyncSeen.target_id == row.id)).scalars()
            }
        listed = target.list(event_id)
        offset = clockwatch.target_offset(listed, store.device_id, written)
        # Merged before (same size): not read again. Refused before: read again
        # only if it changed (its size here, its content once fetched).
        fresh = [
            r
            for r in listed
            if r.device != store.device_id
            and not (r.key in seen and seen[r.key][0] == r.size and seen[r.key][2] is None)
        ]
        verified: list[reading.VerifiedBundle] = []
        refused: list[str] = []
        #: What to remember of each bundle read: (name, size, sha256, why it was refused).
        verdicts: dict[str, tuple[str, int, str, str | None]] = {}
        lookup = merge.known_keys(store)
        devices = signing.StoreDevices(store)
        with reading.CheckedChanges() as checked:
            for number, remote in enumerate(fresh):
                if cancelled and cancelled():
                    raise UserError("sync cancelled")
                local = Path(work) / f"in-{number}" / remote.name
                local.parent.mkdir()
                try:
                    target.fetch(event_id, remote, local)
                except TargetUnavailable:
                    raise
                except UserError as exc:  # the target sent too much: this bundle alone
                    refused.append(_named(remote, str(exc)))
                    continue
                digest = _sha256(local)
                size, sha256, why = seen.get(remote.key, (None, None, None))
                if why is not None and (size, sha256) == (remote.size, digest):
                    refused.append(f"{_named(remote, why)} (unchanged since it was refused)")
                    continue
                try:
                    verified.append(
                        reading.open_bundle(
                            local,
                            known_key=lookup,
                            expected_event=event_id,
                            checked=checked,
                            devices=devices,
                        )
                    )
                    verdicts[str(local)] = (remote.key, remote.size, digest, None)
                except UserError as exc:
                    refused.append(_named(remote, str(exc)))
                    verdicts[str(local)] = (remote.key, remote.size, digest, str(exc))
            report(2, 3)
            names = {
                item.path: f"{target.display}: {verdicts[str(item.path)][0]}" for item in verified
            }
            summary = (
                merge.apply_bundles(store, verified, None, cancelled, each_bundle=True, names=names)
                if verified
                else None
            )
        if summary is not None and summary.refused:
            # Refused while being merged (and rolled back): skipped and named like
            # one that failed its check, and remembered the same way.
            for path, reason in summary.refused:
                name, size, digest, _none = verdicts[str(path)]
                refused.append(_named_key(name, path.name, reason))
                verdicts[str(path)] = (name, size, digest, reason)
        with store.write() as writer:
            db = writer.db
            clockwatch.note_target_offset(db, event_id, offset)
            for name, size, digest, reason in verdicts.values():
                known = db.get(SyncSeen, (row.id, name))
                if known is None:
                    db.add(
                        SyncSeen(
                            target_id=row.id, name=name, size=size, sha256=digest, refused=reason
                        )
                    )
                else:
                    known.size, known.sha256, known.refused = size, digest, reason
            current = db.get(SyncTarget, row.id)
            # Pulled changes are never pushed back (each laptop relays only its
            # own): the mark moves past them, unless this laptop wrote meanwhile
            # (a check-in at the desk during the pull), which the next push sends.
            if (
                current is not None
                and current.last_seq == mark
                and not _waiting(db, event_id, mark, store.device_id)
            ):
                current.last_seq = log_position(db)
    report(3, 3)
    merged = len(verified) - (len(summary.refused) if summary is not None else 0)
    return SyncResult(target.display, sent, written, merged, summary, tuple(refused))
