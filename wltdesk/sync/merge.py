"""Merging bundles into a store.

Import verifies every bundle first (:func:`wltdesk.sync.reading.open_bundle`) and
only then applies them all in one transaction through
:func:`wltdesk.store.materialize.apply_change_rows`: per field the greatest HLC stamp wins
(the stamp ends with the device id, which breaks ties), tombstones are fields
like any other, and changes the log already has are skipped — so importing
any set of bundles, in any order, any number of times, gives the same store.

Nothing is lost: a value that lost stays in the log, for review in
:mod:`wltdesk.sync.conflicts`. A change stamped more than a day ahead of this
laptop's clock is held back for review instead (:mod:`wltdesk.sync.held`).
Every import and sync also leaves a line in the store's sync history
(:func:`record_run`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.devices import register_device
from wltdesk.errors import UserError
from wltdesk.language import _, ngettext
from wltdesk.store import Store, eventkeys
from wltdesk.store.changes import Writer
from wltdesk.store.materialize import ForeignRowError, apply_change_rows, settle_pending
from wltdesk.store.models import Event, MergedBundle, SyncRun
from wltdesk.sync import bundle, held, reading, signing
from wltdesk.sync.conflicts import find_conflicts
from wltdesk.sync.tally import Tally, Transition

Progress = Callable[[int, int], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def bundle_paths(given: Iterable[str | Path]) -> list[Path]:
    """Files and folders as bundle files: a folder stands for every ``*.wltx`` under it."""
    found: list[Path] = []
    for item in given:
        path = Path(item).expanduser()
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob(f"*{bundle.SUFFIX}"))
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            found.append(path)
        else:
            raise UserError(_("{path}: no such file or folder").format(path=path))
    if not found:
        raise UserError(_("no bundles (*.wltx) found in {places}").format(
            places=", ".join(str(g) for g in given)
        ))
    return found


def known_keys(store: Store) -> reading.KnownKey:
    """The store's event keys, looked up as the reader needs them: by the key id
    a bundle names, or (format 1 names none, and for a key id this store does
    not know) the event's current key, which the reader then finds wrong."""

    def lookup(event_id: str, wanted: str | None) -> str | None:
        with store.read() as db:
            found = eventkeys.find_key(db, event_id, wanted) if wanted else None
            found = found or eventkeys.current_key(db, event_id)
            return found.secret if found is not None else None

    return lookup


def key_needed(store: Store, path: str | Path) -> bool:
    """Whether joining through this bundle needs the event key from the user: it
    belongs to an event this store holds no key for, and does not carry the key
    (a join package does, under its passphrase). A file that is no bundle needs
    nothing here: the import itself says what is wrong with it."""
    path = Path(path).expanduser()
    try:
        with reading.open_archive(path) as archive:
            manifest = reading.read_manifest(path, archive)
    except (UserError, OSError):
        return False
    if known_keys(store)(manifest.event_id, manifest.key_id) is not None:
        return False
    return bundle.EVENT_KEY not in manifest.members


def verify_bundles(
    store: Store,
    paths: Sequence[Path],
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    progress: Progress | None = None,
    checked: reading.CheckedChanges | None = None,
    refused: list[tuple[Path, str]] | None = None,
) -> list[reading.VerifiedBundle]:
    """Check every bundle before any is applied.

    A bad bundle is refused alone when ``refused`` is given: it is added there
    with why, and the others are still checked; otherwise the first bad one
    refuses them all. Full bundles are checked first, so a new event's package
    lets the incremental bundles of the same event in the same import be
    verified. The checked changes wait in ``checked`` (a new one if not given).
    """
    checked = checked if checked is not None else reading.CheckedChanges()
    store_key = known_keys(store)
    devices = signing.StoreDevices(store)
    with store.read() as db:
        merged = set(db.execute(select(MergedBundle.sha256)).scalars())
    joined: dict[str, str] = {}

    def key_for(event_id: str, wanted: str | None) -> str | None:
        return store_key(event_id, wanted) or joined.get(event_id)

    def is_full(path: Path) -> int:
        try:
            with reading.open_archive(path) as archive:
                return 0 if reading.read_manifest(path, archive).kind == "full" else 1
        except UserError:
            return 0  # checked (and refused) properly below

    ordered = sorted(paths, key=is_full)
    verified: list[reading.VerifiedBundle] = []
    for number, path in enumerate(ordered, 1):
        try:
            item = reading.open_bundle(
                path,
                known_key=key_for,
                passphrase=passphrase,
                expected_event=expected_event,
                given_key=given_key,
                checked=checked,
                devices=devices,
                merged=merged.__contains__,
            )
        except UserError as exc:
            if refused is None:
                raise
            refused.append((path, str(exc)))
        else:
            joined.setdefault(item.manifest.event_id, item.key)
            verified.append(item)
        if progress:
            progress(number, len(ordered) * 2)
    return verified


@dataclass(frozen=True)
class ImportSummary:
    """What an import brought: counts of rows it added or changed (never negative,
    see :mod:`.tally`), and the conflicts open to review."""

    bundles: int
    changes: int
    new_changes: int
    new_people: int
    #: Check-ins that were not there before.
    check_ins: int
    #: New plans.
    plans: int
    conflicts: int
    events: tuple[str, ...]
    joined: tuple[str, ...]
    #: Bundles refused (by their check, or while being applied) and skipped,
    #: each file with why; nothing of them was imported.
    refused: tuple[tuple[Path, str], ...] = ()
    #: Changes newly held for review: stamped too far ahead of this laptop's clock.
    held: int = 0
    #: Check-ins that now have another status (or none), by transition.
    changed_check_ins: tuple[Transition, ...] = ()
    #: New action items.
    items: int = 0


class BundlesRefused(UserError):
    """Every bundle of an import was refused: one line per bundle, saying why."""

    def __init__(self, refused: Sequence[tuple[Path, str]]) -> None:
        super().__init__("\n".join(reason for _path, reason in refused))
        self.refused = tuple(refused)


def apply_bundles(
    store: Store,
    verified: Sequence[reading.VerifiedBundle],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    each_bundle: bool = False,
    names: Mapping[Path, str] | None = None,
) -> ImportSummary:
    """Apply verified bundles in one transaction, a batch at a time.

    ``each_bundle`` gives every bundle a transaction of its own instead: for
    the background sync, so that a check-in at the desk waits for one bundle at
    most, not for a whole pull (the store has one writer at a time). A sync
    stopped half-way keeps the bundles it applied; merging is idempotent, so
    the next sync simply applies the rest. A bundle refused while it is applied
    (it changes another event's rows) is rolled back alone (to a savepoint) and
    skipped, like one that failed its check, and listed in the summary; so is, before
    anything is applied, a bundle of a laptop that another bundle of the same merge
    revokes (:func:`~wltdesk.sync.signing.revoked_in_batch`; without ``each_bundle`` it
    refuses the whole import). ``names`` says what to call a bundle in the list of held
    changes (default: its path).
    """
    event_ids = sorted({b.manifest.event_id for b in verified})
    received = new = held_back = 0
    # A laptop revoked by another bundle of this merge: as if the revocation came first.
    revoked = signing.revoked_in_batch(verified)
    if revoked and not each_bundle:
        raise revoked[0][1]
    if revoked:
        out = {id(item) for item, _error in revoked}
        verified = [item for item in verified if id(item) not in out]
    with store.read() as db:
        existing = set(db.execute(select(Event.id).where(Event.id.in_(event_ids))).scalars())
    tally = Tally()
    steps = [[item] for item in verified] if each_bundle else [list(verified)]
    done = applied = 0  # bundles committed, bundles applied
    refused: list[tuple[Path, str]] = []
    for step in steps:
        store.let_waiting_writes_in()
        step_received, step_new, step_held = _apply_step(
            store,
            step,
            cancelled,
            done,
            len(verified),
            progress,
            applied,
            names or {},
            refused,
            tally,
        )
        received += step_received
        new += step_new
        held_back += step_held
        applied += len(step)
        done = applied - len(refused)
    with store.read() as db:
        joined = [e for e in event_ids if e not in existing and db.get(Event, e) is not None]
    if joined:
        with store.write() as writer:
            for event_id in joined:
                register_device(writer, event_id)
    with store.read() as db:
        counts = tally.counts(db)
        open_conflicts = sum(len(find_conflicts(db, e)) for e in event_ids)
    return ImportSummary(
        bundles=len(verified) - len(refused),
        changes=received,
        new_changes=new,
        new_people=counts.new_people,
        check_ins=counts.check_ins,
        plans=counts.plans,
        conflicts=open_conflicts,
        events=tuple(event_ids),
        joined=tuple(joined),
        refused=tuple((item.path, str(error)) for item, error in revoked) + tuple(refused),
        held=held_back,
        changed_check_ins=counts.changed_check_ins,
        items=counts.items,
    )


def _apply_step(
    store: Store,
    step: Sequence[reading.VerifiedBundle],
    cancelled: Callable[[], bool] | None,
    done: int,
    total: int,
    progress: Progress | None,
    applied: int,
    names: Mapping[Path, str],
    refused: list[tuple[Path, str]],
    tally: Tally,
) -> tuple[int, int, int]:
    """Apply some bundles in one transaction; returns (changes received, new, held).

    Each bundle is applied under a savepoint: one refused while it is applied is
    rolled back alone and added to ``refused``. ``tally`` notes the rows each
    batch touches before it is applied."""
    received = new = 0
    kept: list[reading.VerifiedBundle] = []
    with store.write() as writer, _merge_cache(writer.db):
        holding = held.Holding(writer.db, writer.clock.wall_millis())
        for item in step:
            held_before = holding.held
            try:
                with writer.db.begin_nested():
                    counts = _apply_bundle(
                        writer,
                        item,
                        holding,
                        names.get(item.path, str(item.path)),
                        cancelled,
                        done,
                        total,
                        tally,
                    )
            except ForeignRowError as exc:
                holding.held = held_before  # what it held went with the savepoint
                reason = (
                    _(
                        "it changes {entity} of another event ({value}) in this store (forged "
                        "or damaged)"
                    ).format(
                        entity=exc.entity, value=exc.owner[:8]
                    )
                )
                refused.append((item.path, str(bundle.refusal(item.path, reason))))
            else:
                received += counts[0]
                new += counts[1]
                kept.append(item)
            applied += 1
            if progress:
                progress(total + applied, total * 2)
        if new:
            # Rows that waited for a parent can only be complete now if something
            # came: bundles merged before cost their reading, not a sweep of the log.
            settle_pending(writer.db)
        _keep_keys(writer, kept)
    return received, new, holding.held


def _apply_bundle(
    writer: Writer,
    item: reading.VerifiedBundle,
    holding: held.Holding,
    name: str,
    cancelled: Callable[[], bool] | None,
    done: int,
    total: int,
    tally: Tally,
) -> tuple[int, int]:
    """Apply one verified bundle, a batch at a time; returns (received, new).

    One the store merged before has nothing to apply; one merged now is noted
    as such (:class:`~wltdesk.store.models.MergedBundle`), in the same transaction.
    """
    if item.merged_before:
        return item.manifest.changes, 0
    received = new = 0
    for batch in item.rows():
        if cancelled and cancelled():
            raise UserError(
                ngettext(
                    "import cancelled; {n} of {total} bundle kept (merge again for the rest)",
                    "import cancelled; {n} of {total} bundles kept (merge again for the rest)",
                    total,
                ).format(n=done, total=total)
                if done
                else _("import cancelled; nothing was imported")
            )
        received += len(batch)
        rows = holding.sift(batch, name)
        tally.note(writer.db, rows)
        result = apply_change_rows(writer.db, rows, writer.clock, settle=False)
        new += result.new
    sha256, event_id = item.manifest.changes_sha256, item.manifest.event_id
    if writer.db.get(MergedBundle, sha256) is None:
        writer.db.add(MergedBundle(sha256=sha256, event_id=event_id, merged_at=_now()))
    return received, new


def _keep_keys(writer: Writer, verified: Sequence[reading.VerifiedBundle]) -> None:
    """Keep the key a bundle was verified with for an event that has none.

    A laptop that joins an event (with the key from the QR code, or the one a
    join package carries) must keep that key, or later bundles would not open
    and its own would be locked with a new key nobody else has. Kept on this
    laptop only, in the same transaction as the merge: never a change, so no
    bundle ever carries it.
    """
    keys: dict[str, str] = {}
    for item in verified:
        keys.setdefault(item.manifest.event_id, item.key)
    for event_id, key in keys.items():
        if writer.db.get(Event, event_id) is None:
            continue
        if eventkeys.current_key(writer.db, event_id) is None:
            eventkeys.add_key(writer.db, event_id, key)


@contextmanager
def _merge_cache(db: Session) -> Iterator[None]:
    """A 64 MiB SQLite page cache while a merge runs (the default is 2 MiB): the
    log's unique index takes random row ids, and a cache that holds more of it
    cut the insert time of the merge bench by a quarter. Set back afterwards:
    the pooled connection outlives the merge."""
    if db.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = db.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size=-65536")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def import_bundles(
    store: Store,
    given: Iterable[str | Path],
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    names: Mapping[Path, str] | None = None,
    where: str | None = None,
) -> ImportSummary:
    """Verify, then merge, bundle files and folders; the import goes in the sync history.

    A bad bundle is refused alone: the others merge, and the summary names it
    (``refused``) and the history says why. When every bundle is refused,
    :class:`BundlesRefused` says why for each, and the store is left exactly as
    it was (not even a history line is written). ``names`` says what to call a
    bundle instead of its file's name, ``where`` the import in the history
    (bundles downloaded from a target: their place there, the target).
    """
    started = datetime.now(UTC).replace(tzinfo=None)
    paths = bundle_paths(given)
    where = where or ", ".join(str(p) for p in given)
    refused: list[tuple[Path, str]] = []
    with reading.CheckedChanges() as checked:
        verified = verify_bundles(
            store, paths, passphrase, expected_event, given_key, progress, checked, refused
        )
        if not verified:
            raise BundlesRefused(_renamed(refused, names))
        summary = apply_bundles(store, verified, progress, cancelled, names=names)
    if not summary.bundles:
        raise BundlesRefused(_renamed([*refused, *summary.refused], names))
    summary = replace(summary, refused=_renamed([*refused, *summary.refused], names))
    message = "; ".join(reason for _path, reason in summary.refused) or None
    for event_id in summary.events:
        record_run(store, event_id, "import", where, started, 0, summary.new_changes, True, message)
    return summary


def _renamed(
    refused: Sequence[tuple[Path, str]], names: Mapping[Path, str] | None
) -> tuple[tuple[Path, str], ...]:
    """Refusals naming each bundle as ``names`` says (a refusal starts with the file's name)."""
    renamed = []
    for path, reason in refused:
        name = (names or {}).get(path)
        if name is not None and reason.startswith(f"{path.name}: "):
            reason = name + reason[len(path.name) :]
        renamed.append((path, reason))
    return tuple(renamed)


def record_run(
    store: Store,
    event_id: str | None,
    kind: str,
    location: str,
    started: datetime,
    sent: int,
    received: int,
    ok: bool,
    message: str | None,
) -> None:
    """Add a line to the sync history (local to this store, never synced)."""
    with store.write() as writer:
        writer.db.add(
            SyncRun(
                event_id=event_id,
                kind=kind,
                location=location,
                started_at=started,
                finished_at=datetime.now(UTC).replace(tzinfo=None),
                sent=sent,
                received=received,
                ok=ok,
                message=message,
            )
        )
