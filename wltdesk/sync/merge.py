"""Merging bundles into a store, and reviewing what the merge superseded.

Import verifies every bundle first (:func:`wltdesk.sync.reading.open_bundle`) and
only then applies them all in one transaction through
:func:`wltdesk.store.materialize.apply_change_rows`: per field the greatest HLC stamp wins
(the stamp ends with the device id, which breaks ties), tombstones are fields
like any other, and changes the log already has are skipped — so importing
any set of bundles, in any order, any number of times, gives the same store.

Nothing is lost: a value that lost stays in the log. :func:`conflicts` lists
fields where laptops wrote different values; an organizer keeps the winner
(:func:`keep`) or picks another value (:func:`pick`), which is written as a
new change and so syncs like any edit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk.attendance import PRESENT_STATUSES
from wltdesk.errors import UserError
from wltdesk.events import register_device
from wltdesk.store import Store
from wltdesk.store.changes import Writer, content_columns, decode
from wltdesk.store.hlc import Stamp
from wltdesk.store.materialize import ForeignRowError, apply_change_rows, settle_pending
from wltdesk.store.models import (
    ENTITY_BY_NAME,
    ActionPlan,
    Attendance,
    Change,
    ConflictReview,
    Device,
    Event,
    EventSession,
    Person,
    SyncRun,
)
from wltdesk.sync import bundle, reading

Progress = Callable[[int, int], None]


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
            raise UserError(f"{path}: no such file or folder")
    if not found:
        raise UserError("no bundles (*.wltx) found in " + ", ".join(str(g) for g in given))
    return found


def known_keys(store: Store) -> Callable[[str], str | None]:
    """The store's event keys, looked up as the reader needs them."""

    def lookup(event_id: str) -> str | None:
        with store.read() as db:
            event = db.get(Event, event_id)
            return event.signing_key if event is not None else None

    return lookup


def verify_bundles(
    store: Store,
    paths: Sequence[Path],
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    progress: Progress | None = None,
    checked: reading.CheckedChanges | None = None,
) -> list[reading.VerifiedBundle]:
    """Check every bundle before any is applied; the first bad one refuses them all.

    Full bundles are checked first, so a new event's package lets the
    incremental bundles of the same event in the same import be verified.
    The checked changes wait in ``checked`` (a new one if not given).
    """
    checked = checked if checked is not None else reading.CheckedChanges()
    store_key = known_keys(store)
    joined: dict[str, str] = {}

    def key_for(event_id: str) -> str | None:
        return store_key(event_id) or joined.get(event_id)

    def is_full(path: Path) -> int:
        try:
            with reading.open_archive(path) as archive:
                return 0 if reading.read_manifest(path, archive).kind == "full" else 1
        except UserError:
            return 0  # checked (and refused) properly below

    ordered = sorted(paths, key=is_full)
    verified: list[reading.VerifiedBundle] = []
    for number, path in enumerate(ordered, 1):
        item = reading.open_bundle(
            path,
            known_key=key_for,
            passphrase=passphrase,
            expected_event=expected_event,
            given_key=given_key,
            checked=checked,
        )
        joined.setdefault(item.manifest.event_id, item.key)
        verified.append(item)
        if progress:
            progress(number, len(ordered) * 2)
    return verified


@dataclass(frozen=True)
class Tally:
    people: int
    check_ins: int
    plans: int


@dataclass(frozen=True)
class ImportSummary:
    """What an import brought: counts of what is new, and conflicts to review."""

    bundles: int
    changes: int
    new_changes: int
    new_people: int
    check_ins: int
    plans: int
    conflicts: int
    events: tuple[str, ...]
    joined: tuple[str, ...]
    #: Bundles refused while being applied and skipped, each with why
    #: (``each_bundle`` only).
    refused: tuple[tuple[reading.VerifiedBundle, str], ...] = ()


def _tally(db: Session, event_ids: Iterable[str]) -> Tally:
    ids = list(event_ids)

    def count(model: Any, *where: Any) -> int:
        query = select(func.count()).select_from(model).where(model.event_id.in_(ids), *where)
        return db.execute(query.where(model.deleted.is_(False))).scalar_one()

    return Tally(
        count(Person),
        count(Attendance, Attendance.status.in_(PRESENT_STATUSES)),
        count(ActionPlan),
    )


def apply_bundles(
    store: Store,
    verified: Sequence[reading.VerifiedBundle],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    each_bundle: bool = False,
) -> ImportSummary:
    """Apply verified bundles in one transaction, a batch at a time.

    ``each_bundle`` gives every bundle a transaction of its own instead: for
    the background sync, so that a check-in at the desk waits for one bundle at
    most, not for a whole pull (the store has one writer at a time). A sync
    stopped half-way keeps the bundles it applied; merging is idempotent, so
    the next sync simply applies the rest. A bundle refused while it is applied
    (it changes another event's rows) is then rolled back alone and skipped,
    like one that failed its check, and listed in the summary.
    """
    event_ids = sorted({b.manifest.event_id for b in verified})
    received = new = 0
    with store.read() as db:
        existing = set(db.execute(select(Event.id).where(Event.id.in_(event_ids))).scalars())
        before = _tally(db, event_ids)
    steps = [[item] for item in verified] if each_bundle else [list(verified)]
    done = applied = 0  # bundles committed, bundles applied
    refused: list[tuple[reading.VerifiedBundle, str]] = []
    for step in steps:
        store.let_waiting_writes_in()
        try:
            step_received, step_new = _apply_step(
                store, step, cancelled, done, len(verified), progress, applied
            )
        except _Refused as exc:
            # Rolled back with its transaction: nothing of that bundle is imported.
            if not each_bundle:
                raise exc.error from None
            refused.append((exc.item, str(exc.error)))
        else:
            received += step_received
            new += step_new
        applied += len(step)
        done = applied - len(refused)
    with store.read() as db:
        joined = [e for e in event_ids if e not in existing and db.get(Event, e) is not None]
    if joined:
        with store.write() as writer:
            for event_id in joined:
                register_device(writer, event_id)
    with store.read() as db:
        after = _tally(db, event_ids)
        open_conflicts = sum(len(_conflicts(db, e)) for e in event_ids)
    return ImportSummary(
        bundles=len(verified) - len(refused),
        changes=received,
        new_changes=new,
        new_people=after.people - before.people,
        check_ins=after.check_ins - before.check_ins,
        plans=after.plans - before.plans,
        conflicts=open_conflicts,
        events=tuple(event_ids),
        joined=tuple(joined),
        refused=tuple(refused),
    )


class _Refused(Exception):
    """A bundle refused while it was being applied (see :func:`apply_bundles`)."""

    def __init__(self, item: reading.VerifiedBundle, error: UserError) -> None:
        super().__init__(str(error))
        self.item, self.error = item, error


def _apply_step(
    store: Store,
    step: Sequence[reading.VerifiedBundle],
    cancelled: Callable[[], bool] | None,
    done: int,
    total: int,
    progress: Progress | None,
    applied: int,
) -> tuple[int, int]:
    """Apply some bundles in one transaction; returns (changes received, new)."""
    received = new = 0
    with store.write() as writer, _merge_cache(writer.db):
        for item in step:
            for batch in item.rows():
                if cancelled and cancelled():
                    raise UserError(
                        "import cancelled; "
                        + (
                            f"{done} of {total} bundles kept (merge again for the rest)"
                            if done
                            else "nothing was imported"
                        )
                    )
                try:
                    result = apply_change_rows(writer.db, batch, writer.clock, settle=False)
                except ForeignRowError as exc:
                    raise _Refused(
                        item,
                        bundle.refusal(
                            item.path,
                            f"it changes {exc.entity} of another event "
                            f"({exc.owner[:8]}) in this store (forged or damaged)",
                        ),
                    ) from None
                received += result.received
                new += result.new
            applied += 1
            if progress:
                progress(total + applied, total * 2)
        settle_pending(writer.db)
        _keep_keys(writer, step)
    return received, new


def _keep_keys(writer: Writer, verified: Sequence[reading.VerifiedBundle]) -> None:
    """Keep the key a bundle was verified with for an event that has none.

    A redacted package carries no key: a laptop that joins through one with the
    key from the QR code must keep that key, or later bundles would not verify
    and its own exports would be signed with a new key nobody else has.
    Written as a change, so it syncs (the same value as everyone's: no conflict).
    """
    keys: dict[str, str] = {}
    for item in verified:
        keys.setdefault(item.manifest.event_id, item.key)
    for event_id, key in keys.items():
        event = writer.db.get(Event, event_id)
        if event is not None and not event.signing_key:
            writer.update(Event, event_id, {"signing_key": key})


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
) -> ImportSummary:
    """Verify, then merge, bundle files and folders; a success goes in the sync history."""
    started = datetime.now(UTC).replace(tzinfo=None)
    paths = bundle_paths(given)
    where = ", ".join(str(p) for p in given)
    # A refused import writes nothing at all, not even a history line: the
    # store stays byte-for-byte as it was; the caller shows the message.
    with reading.CheckedChanges() as checked:
        verified = verify_bundles(
            store, paths, passphrase, expected_event, given_key, progress, checked
        )
        summary = apply_bundles(store, verified, progress, cancelled)
    for event_id in summary.events:
        record_run(store, event_id, "import", where, started, 0, summary.new_changes, True, None)
    return summary


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


# ------------------------------------------------------------------ conflicts
@dataclass(frozen=True)
class Version:
    """One value a field had: who wrote it and when.

    ``also`` holds fields that belong with the value and were written with it:
    for a check-in, its time, laptop and whether it was undone. Picking the
    version writes them too.
    """

    value: Any
    hlc: str
    device_id: str
    device_name: str | None
    written_at: datetime
    also: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Conflict:
    """A field that laptops wrote differently; ``versions[0]`` is the winner."""

    entity: str
    row_id: str
    field: str
    label: str
    versions: tuple[Version, ...]

    @property
    def current(self) -> Version:
        return self.versions[0]

    @property
    def superseded(self) -> tuple[Version, ...]:
        return self.versions[1:]


def _label(db: Session, entity: str, row_id: str) -> str:
    """Something a person recognises the row by (a name, a title)."""
    model = ENTITY_BY_NAME[entity]
    row = db.get(model, row_id)
    if row is None:
        return row_id[:8]
    if isinstance(row, Attendance):
        person = db.get(Person, row.person_id)
        session = db.get(EventSession, row.session_id)
        name = person.display_name if person else row_id[:8]
        return f"{name} · {session.title}" if session else name
    for name in ("display_name", "title", "name", "what", "text"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:57] + "…"
    return row_id[:8]


def _conflicts(db: Session, event_id: str) -> list[Conflict]:
    # Fields written more than once: found on the identity index alone (no
    # table reads), so the check stays cheap on a log of hundreds of thousands.
    repeated = (
        select(Change.entity, Change.row_id, Change.field)
        .group_by(Change.entity, Change.row_id, Change.field)
        .having(func.count() > 1)
    )
    candidates: dict[tuple[str, str], set[str]] = {}
    for entity, row_id, name in db.connection().execute(repeated):
        candidates.setdefault((entity, row_id), set()).add(name)
    if not candidates:
        return []
    reviewed = {
        (r.entity, r.row_id, r.field): r.hlc for r in db.execute(select(ConflictReview)).scalars()
    }
    devices = {d.device: d.name for d in db.execute(select(Device)).scalars()}
    history: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    keys = sorted(candidates)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        query = select(
            Change.entity, Change.row_id, Change.field, Change.value, Change.hlc, Change.device_id
        ).where(
            Change.event_id == event_id,
            Change.row_id.in_({row_id for _entity, row_id in chunk}),
        )
        for entity, row_id, name, value, stamp, device in db.connection().execute(query):
            repeated_fields = candidates.get((entity, row_id), ())
            # A check-in's versions are whole check-ins: every one of its fields,
            # also those only one laptop wrote (picking a version writes them all).
            whole = entity == "attendance" and name in CHECK_IN_FIELDS
            if name in repeated_fields or (whole and repeated_fields):
                history.setdefault((entity, row_id, name), []).append((value, stamp, device))
    found: list[Conflict] = []
    check_ins: dict[str, list[tuple[str, str, str, str]]] = {}
    for (entity, row_id, name), rows in history.items():
        if entity == "attendance" and name in CHECK_IN_FIELDS:
            check_ins.setdefault(row_id, []).extend((name, *r) for r in rows)
            continue
        model = ENTITY_BY_NAME.get(entity)
        columns = content_columns(model) if model else {}
        if name not in columns:
            continue
        if len({value for value, _s, _d in rows}) < 2 or len({d for _v, _s, d in rows}) < 2:
            continue  # one value, or one laptop correcting itself: nothing to review
        rows.sort(key=lambda r: r[1], reverse=True)
        if reviewed.get((entity, row_id, name)) == rows[0][1]:
            continue
        versions: list[Version] = []
        seen: set[str] = set()
        for value, stamp, device in rows:
            if value in seen:
                continue  # the same value again (e.g. re-typed): one version
            seen.add(value)
            versions.append(
                Version(
                    decode(columns[name], value),
                    stamp,
                    device,
                    devices.get(device),
                    _written_at(stamp),
                )
            )
        label = _label(db, entity, row_id)
        found.append(Conflict(entity, row_id, name, label, tuple(versions)))
    for row_id, written in check_ins.items():
        conflict = _check_in_conflict(db, row_id, written, reviewed, devices)
        if conflict is not None:
            found.append(conflict)
    found.sort(key=lambda c: (c.entity, c.label, c.field, c.row_id))
    return found


#: The fields of a check-in, reviewed as one: two laptops that scanned the same
#: person wrote different times and laptop ids, but that is one attendance, not a
#: conflict; only a different outcome (present, late, undone…) needs a decision.
CHECK_IN_FIELDS = ("status", "checked_at", "device_id", "deleted")
UNDONE = "undone"


def _written_at(stamp: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(stamp).millis / 1000, UTC).replace(tzinfo=None)


def _check_in_conflict(
    db: Session,
    row_id: str,
    written: list[tuple[str, str, str, str]],
    reviewed: Mapping[tuple[str, str, str], str],
    devices: Mapping[str, str],
) -> Conflict | None:
    """One conflict for an attendance whose laptops disagree on its outcome.

    ``written`` holds (field, value, stamp, device) of the row's check-in
    fields. Replayed in stamp order, each write gives the whole check-in as it
    stood then; each laptop's last one is its version. The value of a version
    is the status, or :data:`UNDONE` for a check-in that was taken back.
    """
    columns = content_columns(Attendance)
    state: dict[str, Any] = {}
    latest: dict[str, Version] = {}
    by_stamp: dict[tuple[str, str], dict[str, Any]] = {}
    for name, value, stamp, device in written:
        by_stamp.setdefault((stamp, device), {})[name] = decode(columns[name], value)
    for (stamp, device), fields in sorted(by_stamp.items()):
        state.update(fields)
        outcome = UNDONE if state.get("deleted") else state.get("status")
        latest[device] = Version(
            outcome,
            stamp,
            device,
            devices.get(device),
            _written_at(stamp),
            {name: state.get(name) for name in CHECK_IN_FIELDS},
        )
    versions = sorted(latest.values(), key=lambda v: v.hlc, reverse=True)
    if len({v.value for v in versions}) < 2:
        return None  # every laptop saw the same outcome: one attendance
    if reviewed.get(("attendance", row_id, "status")) == versions[0].hlc:
        return None
    distinct: list[Version] = []
    for version in versions:
        if version.value not in {v.value for v in distinct}:
            distinct.append(version)
    return Conflict(
        "attendance", row_id, "status", _label(db, "attendance", row_id), tuple(distinct)
    )


def conflicts(store: Store, event_id: str) -> list[Conflict]:
    """Open conflicts of an event: fields with superseded values not yet reviewed."""
    with store.read() as db:
        return _conflicts(db, event_id)


def _find(store: Store, event_id: str, entity: str, row_id: str, name: str) -> Conflict:
    for conflict in conflicts(store, event_id):
        if (conflict.entity, conflict.row_id, conflict.field) == (entity, row_id, name):
            return conflict
    raise UserError(f"no open conflict on {entity} {row_id[:8]} {name}")


def _mark(db: Session, entity: str, row_id: str, name: str, stamp: str) -> None:
    review = db.get(ConflictReview, (entity, row_id, name))
    if review is None:
        db.add(ConflictReview(entity=entity, row_id=row_id, field=name, hlc=stamp))
    else:
        review.hlc = stamp


def keep(store: Store, event_id: str, entity: str, row_id: str, name: str) -> None:
    """Accept the winning value: the conflict leaves the list (until a newer value comes)."""
    conflict = _find(store, event_id, entity, row_id, name)
    with store.write() as writer:
        _mark(writer.db, entity, row_id, name, conflict.current.hlc)


def pick(store: Store, event_id: str, entity: str, row_id: str, name: str, hlc: str) -> Any:
    """Make a superseded value current again: written as a new change, so it syncs."""
    conflict = _find(store, event_id, entity, row_id, name)
    chosen = next((v for v in conflict.superseded if v.hlc == hlc), None)
    if chosen is None:
        options = ", ".join(v.hlc for v in conflict.superseded)
        raise UserError(f"--pick: {hlc!r} is not a superseded value here (choose {options})")
    model = ENTITY_BY_NAME[entity]
    values = dict(chosen.also) if chosen.also else {name: chosen.value}
    with store.write() as writer:
        writer.update(model, row_id, values)
        stamp = writer.db.get(model, row_id).hlc
        _mark(writer.db, entity, row_id, name, stamp)
    return chosen.value


def value_text(value: Any) -> str:
    """A value for a listing: text as is, times as ``2026-03-14 09:05``, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def version_text(version: Version) -> str:
    """A version for a listing; a check-in with its time (UTC): ``late, 2026-03-14 09:25``."""
    checked_at = version.also.get("checked_at")
    if checked_at is None or version.value == UNDONE:
        return value_text(version.value)
    return f"{value_text(version.value)}, {value_text(checked_at)}"
