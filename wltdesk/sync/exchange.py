"""Syncing an event with a shared target: push what is pending, pull the others'.

A sync is: (1) write this laptop's changes made since the last push to that
target as one incremental bundle under ``<event>/<device>/`` (the first push
is a full bundle, so a target always holds an event package), (2) read every
other device's bundles not read before, verify them all and merge them, and
(3) note the run in the history. The export mark of a target (its
``last_seq``) says up to which log position this store's changes are there;
"12 changes not yet sent" counts exactly what the next push will send — this
laptop's own changes after the mark, or before the first push the whole event,
without what never leaves the laptop (private circle notes) — so that it is the
figure the history then shows as sent. A laptop relays only its own work: what
it merged from others reaches the target from their own laptops, signed by them
(:mod:`.signing`).

Everything here is plain Python: the GUI runs :func:`sync` in a background
job, and a failure (target not plugged in, server down) is recorded on the
target and in the history, never raised as a crash: its plain line first, the
technical details on the lines after it (:func:`failure_parts` splits them).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from wltdesk.errors import UserError
from wltdesk.language import _, format_ago, format_number, ngettext
from wltdesk.store import Store
from wltdesk.store.changes import log_position
from wltdesk.store.models import Event, SyncRun, SyncSeen, SyncTarget
from wltdesk.sync import bundle, clockwatch, keychain, merge, reading, signing
from wltdesk.sync.sharing import count_shared, sharing
from wltdesk.sync.targets import (
    FolderTarget,
    RemoteBundle,
    Target,
    TargetProblem,
    TargetUnavailable,
    bundle_name,
    open_target,
)

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
    """How many changes the next push sends, counted as its bundle counts them: with
    no mark yet, the whole event (a full bundle); after it, this laptop's own changes
    (an incremental one) — never what stays on the laptop (private circle notes)."""
    rules = sharing(db, event_id, redact=False, include_private=False)
    return count_shared(db, event_id, rules, after_seq, device if after_seq else None)


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


def keep_password(location: str | Target, password: str) -> str:
    """Keep a WebDAV target's password in the keychain, or for this session when the
    computer has none; returns where (:data:`keychain.KEYCHAIN` or ``SESSION``)."""
    target = open_target(location) if isinstance(location, str) else location
    if target.account is None:
        raise TargetProblem(
            _(
                "A password goes with a user name: write it into the address, such as "
                "https://alice@cloud.example.org/…"
            )
        )
    return keychain.keep(target.account, password)


def add_target(
    store: Store,
    event_id: str,
    location: str,
    make_default: bool = True,
    create_folder: bool = False,
) -> TargetInfo:
    """Remember a target for the event (the default one unless told otherwise).

    A target new to the event is checked first: a folder must be there and be
    writable (``create_folder``, which the user asks for, makes it), a WebDAV
    address must be http(s) with a server. A password written into the address
    goes to the keychain (:func:`keep_password`); the address is stored without it.
    """
    target = open_target(location)  # refuses what is neither a folder path nor a URL
    with store.read() as db:
        known = db.execute(
            select(SyncTarget.id).where(
                SyncTarget.event_id == event_id, SyncTarget.location == target.location
            )
        ).first()
    if known is None and isinstance(target, FolderTarget):
        target.check_chosen(create=create_folder)
    given = getattr(target, "given_password", None)
    if given:
        keep_password(target, given)
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
            raise UserError(_("This sync target was removed already."))
        db.execute(delete(SyncSeen).where(SyncSeen.target_id == target_id))
        db.delete(row)


# ------------------------------------------------------------------ status
def waiting_words(waiting: int) -> str:
    """ "everything sent", or "12 changes not yet sent": the figure a sync then shows
    as sent."""
    if not waiting:
        return _("everything sent")
    return ngettext("{n} change not yet sent", "{n} changes not yet sent", waiting).format(
        n=format_number(waiting)
    )


def failure_text(exc: UserError) -> str:
    """What is recorded of a failure: its plain line, then its details on the next lines."""
    details = getattr(exc, "details", None)
    return f"{exc}\n{details}" if details else str(exc)


def failure_parts(text: str | None) -> tuple[str, str]:
    """A recorded failure as its plain line and its details ("" when it has none)."""
    plain, _newline, details = (text or "").partition("\n")
    return plain, details


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar says: ``state`` is "none", "ok", "offline" or "never"."""

    state: str
    waiting: int
    last_success: datetime | None
    last_error: str | None
    location: str | None
    #: The event's (venue's) time zone, in which "yesterday at 15:03" is read.
    zone: str = "UTC"

    def describe(self, now: datetime | None = None) -> str:
        """The status line in the current language ("Synced 2 minutes ago — everything
        sent"), for the status bar and ``wltdesk sync --status``."""
        if self.state == "none":
            return _("Sync: not set up")
        if self.state == "offline":
            head = _("Offline")
        elif self.state == "never":
            head = _("Not synced yet")
        else:
            assert self.last_success is not None
            head = _("Synced {when}").format(when=format_ago(self.last_success, now, self.zone))
        return _("{state} — {waiting}").format(state=head, waiting=waiting_words(self.waiting))

    @property
    def problem(self) -> str:
        """The last failure's plain line ("" if the last sync worked)."""
        return failure_parts(self.last_error)[0] if self.state == "offline" else ""


def status(store: Store, event_id: str) -> SyncStatus:
    target = default_target(store, event_id)
    with store.read() as db:
        event = db.get(Event, event_id)
        zone = event.timezone if event is not None else "UTC"
    if target is None:
        return SyncStatus("none", 0, None, None, None, zone)
    if target.last_attempt is not None and target.last_error is not None:
        state = "offline"
    elif target.last_success is None:
        state = "never"
    else:
        state = "ok"
    return SyncStatus(
        state, target.waiting, target.last_success, target.last_error, target.display, zone
    )


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
                    _("No sync target is set up: give --target, or set one with --set-target.")
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
            raise TargetUnavailable(
                _(
                    "The shared target {target} could not be written or read: is it full, "
                    "or was it unplugged?"
                ).format(target=target.display),
                f"{target.display}: {exc.strerror or exc}{where}",
            ) from exc
    except UserError as exc:
        failure = failure_text(exc)
        _note(store, row.id, last_attempt=_now(), last_error=failure)
        merge.record_run(store, event_id, "sync", row.location, started, 0, 0, False, failure)
        raise
    message = None
    if result.refused:
        message = refused_text(result.refused)
    received = result.summary.new_changes if result.summary else 0
    _note(store, row.id, last_attempt=_now(), last_success=_now(), last_error=None)
    merge.record_run(
        store, event_id, "sync", row.location, started, result.sent, received, True, message
    )
    return result


def refused_text(refused: tuple[str, ...]) -> str:
    """What the history keeps of files on the target that were not taken: a plain line,
    then each one with why (the details)."""
    plain = ngettext(
        "{n} file from another laptop could not be taken; the rest merged.",
        "{n} files from other laptops could not be taken; the rest merged.",
        len(refused),
    ).format(n=format_number(len(refused)))
    return "\n".join((plain, *refused))


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
            raise UserError(_("This event is no longer in this store."))
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
                    raise UserError(_("The sync was cancelled."))
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
                    refused.append(_("{reason} (unchanged since it was refused)").format(
                        reason=_named(remote, why)
                    ))
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
