"""How a change log becomes tables: applying changes and rebuilding rows from them.

The tables are a cache of the log (:mod:`wltdesk.store.changes`):
:func:`apply_changes` adds changes from anywhere to the log and rebuilds every
row they mention, picking per field the change with the greatest stamp. That
rule makes importing logs idempotent and order-independent, and because the
log keeps every change, a value that lost is still there to review. A row
whose required fields or parent rows have not arrived yet waits in the log
(:func:`pending_rows`) until they do (:func:`settle_pending`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk.language import _
from wltdesk.store.changes import (
    ChangeRow,
    EditKey,
    append_new_rows,
    change_values,
    logged_edits,
)
from wltdesk.store.hlc import Clock
from wltdesk.store.models import ENTITY_BY_NAME, SYNCABLE, Change, Edit, Event, Syncable
from wltdesk.store.records import decoded, missing_parents, plan_for, update_records
from wltdesk.store.statements import rows_in

_CHUNK = 2000
#: Where a :data:`~wltdesk.store.changes.ChangeRow` keeps what the merge looks at.
_EVENT, _ENTITY, _ROW_ID, _FIELD, _HLC = 0, 1, 2, 3, 5
#: (row_id, field, value, hlc, event_id) of a change row: what :func:`_build` takes.
_winner_of = itemgetter(2, 3, 4, 5, 0)
_stamp_of = itemgetter(_HLC)
_identity_of = itemgetter(_ENTITY, _ROW_ID, _FIELD)


class ForeignRowError(ValueError):
    """A change names a row the log already holds under another event.

    Row ids are unique across events, so such a change can only come from a
    forged or broken bundle: one event's key must never reach another event's rows.
    """

    def __init__(self, entity: str, row_id: str, event_id: str, owner: str) -> None:
        super().__init__(_(
            "{entity} row {row_id} belongs to event {owner}, not {event_id}"
        ).format(
            entity=entity, row_id=row_id, owner=owner, event_id=event_id
        ))
        self.entity, self.row_id, self.event_id, self.owner = entity, row_id, event_id, owner


@dataclass(frozen=True)
class ApplyResult:
    """What applying a batch of changes did."""

    received: int
    new: int
    rows_materialized: int
    rows_pending: int


def apply_changes(
    db: Session,
    changes: Iterable[Mapping[str, Any]],
    clock: Clock | None = None,
    settle: bool = True,
) -> ApplyResult:
    """Add changes from anywhere to the log and rebuild the rows they touch.

    Changes already in the log are ignored, so applying the same batch twice,
    or batches in any order, leaves the same tables. A row whose required
    fields have not all arrived yet stays pending in the log and materializes
    when the missing changes come.

    ``settle=False`` skips the sweep for rows that waited on a parent (it scans
    the whole log); a merge that applies many batches in one transaction calls
    :func:`settle_pending` once at the end instead.
    """
    return apply_change_rows(db, list(map(change_values, changes)), clock, settle)


def apply_change_rows(
    db: Session, rows: Sequence[ChangeRow], clock: Clock | None = None, settle: bool = True
) -> ApplyResult:
    """:func:`apply_changes` for rows that are tuples already (see :data:`ChangeRow`):
    a merge reads them so from bundles, and works on them without a dict per change."""
    entities = {row[_ENTITY] for row in rows}
    if not entities <= ENTITY_BY_NAME.keys():
        wrong = next(row[_ENTITY] for row in rows if row[_ENTITY] not in ENTITY_BY_NAME)
        raise ValueError(_("unknown entity {wrong!r} in change log").format(wrong=wrong))
    if not rows:
        return ApplyResult(0, 0, 0, 0)
    touched = _rows_named(rows, entities)
    # Rows the log knows nothing of yet (most rows, when merging new work) are
    # built from this batch alone, which saves reading the log back.
    known, owners = logged_edits(db, touched)
    logged = {entity: set(owners[entity]) for entity in touched}
    if known:
        _refuse_foreign_rows(rows, owners)
    if clock is not None:
        clock.observe(max(map(_stamp_of, rows)))
    new = append_new_rows(db, rows, known)
    done = pending = 0
    if new:
        # Only rows that gained a change are built again: a batch the log has
        # already (a bundle merged twice) writes nothing at all.
        fresh = _fresh_winners(new, logged, entities)
        if known:
            done, pending = _rebuild(db, new, logged, _newest_logged(known))
        for model in SYNCABLE:
            winners = fresh.get(model.__tablename__)
            if winners:
                ok, waiting = _build(db, model, list(map(_winner_of, winners)), new_rows=True)
                done += ok
                pending += waiting
    if settle:
        more, pending = settle_pending(db)
        done += more
    return ApplyResult(len(rows), len(new), done, pending)


def _newest_logged(known: Mapping[EditKey, int]) -> dict[tuple[str, str], str]:
    """The greatest stamp the log had of each row, by (entity, row_id)."""
    newest: dict[tuple[str, str], str] = {}
    for entity, row_id, stamp in known:
        if stamp > newest.get((entity, row_id), ""):
            newest[(entity, row_id)] = stamp
    return newest


def _rebuild(
    db: Session,
    new: Sequence[ChangeRow],
    logged: Mapping[str, set[str]],
    newest: Mapping[tuple[str, str], str],
) -> tuple[int, int]:
    """Rows the log had changes of that gained some now (``new``): one in its table
    is brought up to date in the fields that gained a change, one still waiting is
    built whole.

    A field's new winner is its newest new change when that is newer than
    anything the log had of the row (``newest``), as when a laptop's later edits
    arrive; only the fields where it is not are looked up in the log.
    """
    by_entity: dict[str, list[ChangeRow]] = {}
    for row in new:
        if row[_ROW_ID] in logged[row[_ENTITY]]:
            by_entity.setdefault(row[_ENTITY], []).append(row)
    done = pending = 0
    for model in SYNCABLE:
        entity = model.__tablename__
        changes = by_entity.get(entity)
        if not changes:
            continue
        ids = sorted({row[_ROW_ID] for row in changes})
        sql = f"SELECT id, hlc FROM {entity} WHERE id IN ({{}})"
        stamps: dict[str, str] = dict(rows_in(db.connection(), sql, ids))
        waiting = [row_id for row_id in ids if row_id not in stamps]
        for start in range(0, len(waiting), _CHUNK):
            ok, still = materialize(db, model, waiting[start : start + _CHUNK])
            done += ok
            pending += still
        winners, older = [], {}
        for row in _newest_per_field([row for row in changes if row[_ROW_ID] in stamps]):
            if row[_HLC] > newest[(entity, row[_ROW_ID])]:
                winners.append(_winner_of(row))
            else:
                older.setdefault(row[_ROW_ID], set()).add(row[_FIELD])
        present = sorted(older)
        for start in range(0, len(present), _CHUNK):
            chunk = present[start : start + _CHUNK]
            fields = set().union(*map(older.__getitem__, chunk))
            found = _winners(db, model, chunk, fields)
            winners.extend(w for w in found if w[1] in older[w[0]])
        # A chunk of rows at a time, each row whole (its stamp is its winners' greatest).
        by_row: dict[str, list[Sequence[Any]]] = {}
        for winner in winners:
            by_row.setdefault(winner[0], []).append(winner)
        rows = list(by_row.values())
        for start in range(0, len(rows), _CHUNK):
            chunk = [winner for found in rows[start : start + _CHUNK] for winner in found]
            ok, still = _refresh(db, model, chunk, stamps)
            done += ok
            pending += still
    return done, pending


def _rows_named(rows: Sequence[ChangeRow], entities: set[str]) -> dict[str, set[str]]:
    """The row ids changes name, by entity."""
    named: dict[str, set[str]] = {entity: set() for entity in entities}
    if len(entities) == 1:
        named[next(iter(entities))].update(map(itemgetter(_ROW_ID), rows))
    else:
        for row in rows:
            named[row[_ENTITY]].add(row[_ROW_ID])
    return named


def _fresh_winners(
    rows: Sequence[ChangeRow], logged: Mapping[str, set[str]], entities: set[str]
) -> dict[str, list[ChangeRow]]:
    """Per entity, the winning change of each (row, field) among rows the log had
    nothing of: the greatest stamp, the first given on a tie."""
    if any(logged[entity] for entity in entities):
        rows = [row for row in rows if row[_ROW_ID] not in logged[row[_ENTITY]]]
    winners = _newest_per_field(rows)
    if len(entities) == 1:
        return {next(iter(entities)): winners}
    fresh: dict[str, list[ChangeRow]] = {entity: [] for entity in entities}
    for row in winners:
        fresh[row[_ENTITY]].append(row)
    return fresh


def _newest_per_field(rows: Sequence[ChangeRow]) -> list[ChangeRow]:
    """The change of each (entity, row, field) with the greatest stamp, the first
    given on a tie.

    Sorted by stamp (the batch reversed first, so that a stable sort puts the
    first of equal stamps last) and then keyed into a dict, the last row for a
    key being its winner: no Python code runs per change.
    """
    ordered = sorted(reversed(rows), key=_stamp_of)
    return list(dict(zip(map(_identity_of, ordered), ordered, strict=True)).values())


def settle_pending(db: Session) -> tuple[int, int]:
    """Materialize rows that waited for a parent (a person, a session) and may be
    complete now; returns (rows materialized, rows still pending)."""
    done = pending = 0
    while waiting := pending_rows(db):
        more, pending = _materialize_all(db, waiting)
        done += more
        if not more:
            break
    return done, pending


def _materialize_all(db: Session, ids_by_entity: Mapping[str, set[str]]) -> tuple[int, int]:
    done = pending = 0
    for model in SYNCABLE:
        ids = sorted(ids_by_entity.get(model.__tablename__, ()))
        for start in range(0, len(ids), _CHUNK):
            ok, waiting = materialize(db, model, ids[start : start + _CHUNK])
            done += ok
            pending += waiting
    return done, pending


def pending_rows(db: Session) -> dict[str, set[str]]:
    """Rows the log mentions that are not in their table yet (waiting for changes)."""
    waiting: dict[str, set[str]] = {}
    for model in SYNCABLE:
        missing = select(Edit.row_id).where(
            Edit.entity == model.__tablename__, Edit.row_id.not_in(select(model.id))
        )
        ids = set(db.connection().execute(missing.distinct()).scalars())
        if ids:
            waiting[model.__tablename__] = ids
    return waiting


def materialize(db: Session, model: type[Syncable], ids: Sequence[str]) -> tuple[int, int]:
    """Rebuild rows of one table from the log: per field, the greatest stamp wins."""
    return _build(db, model, _winners(db, model, ids))


def _winners(
    db: Session, model: type[Syncable], ids: Sequence[str], fields: set[str] | None = None
) -> list[Sequence[Any]]:
    """The winning change (row_id, field, value, hlc, event) of every field of
    these rows (of ``fields`` only, if given): per field, the greatest stamp."""
    entity = model.__tablename__
    where = [Change.entity == entity, Change.row_id.in_(ids)]
    if fields is not None:
        where.append(Change.field.in_(sorted(fields)))
    ranked = (
        select(
            Change.row_id,
            Change.field,
            Change.value,
            Change.hlc,
            Change.event_id,
            func.row_number()
            .over(partition_by=(Change.row_id, Change.field), order_by=Change.hlc.desc())
            .label("rank"),
        )
        .where(*where)
        .subquery()
    )
    # Core, not ORM execution: no ORM result processing for the many rows it returns.
    winners = db.connection().execute(select(ranked).where(ranked.c.rank == 1)).all()
    return [w[:5] for w in winners]


def _refuse_foreign_rows(
    rows: Sequence[ChangeRow], owners: Mapping[str, Mapping[str, str]]
) -> None:
    """Raise :class:`ForeignRowError` if a change's row is logged under another event."""
    events = set(map(itemgetter(_EVENT), rows))
    if len(events) == 1 and all(set(found.values()) <= events for found in owners.values()):
        return  # one event, the one every logged row belongs to (a bundle's batch)
    for row in rows:
        owner = owners.get(row[_ENTITY], {}).get(row[_ROW_ID])
        if owner is not None and owner != row[_EVENT]:
            raise ForeignRowError(row[_ENTITY], row[_ROW_ID], row[_EVENT], owner)


def _build(
    db: Session, model: type[Syncable], winners: Sequence[Sequence[Any]], new_rows: bool = False
) -> tuple[int, int]:
    """Insert or update rows from their winning changes (row_id, field, value, hlc,
    event); returns (rows written, rows still waiting).

    ``new_rows``: none of the rows exists yet, since the log had nothing of
    them (a table holds only rows its log made), which saves looking them up.
    """
    plan = plan_for(model, db.get_bind().dialect)
    if not set(map(itemgetter(1), winners)) <= plan.fields:
        # A field from a newer schema: kept in the log, not materialized.
        winners = [w for w in winners if w[1] in plan.fields]
    if not winners:
        return 0, 0
    built = decoded(plan, winners)
    existing: set[str] = (
        set()
        if new_rows
        else set(db.execute(select(model.id).where(model.id.in_(list(built)))).scalars())
    )
    required = plan.required
    inserts, updates, pending = [], [], 0
    for row_id, record in built.items():
        if model is Event:
            record.pop("event_id")
        if row_id in existing:
            updates.append(record)
            continue
        if not required <= record.keys():
            pending += 1
            continue
        full = plan.defaults | record
        for name, make in plan.made:
            if name not in record:
                full[name] = make(None)
        inserts.append(full)
    waiting = missing_parents(db, model, inserts + updates)
    if waiting:
        pending += len(waiting)
        inserts = [r for r in inserts if r["id"] not in waiting]
        updates = [r for r in updates if r["id"] not in waiting]
    if inserts:
        plan.insert.run(db.connection(), inserts)
    if updates:
        update_records(db, model, updates)
    return len(inserts) + len(updates), pending


def _refresh(
    db: Session, model: type[Syncable], winners: Sequence[Sequence[Any]], stamps: Mapping[str, str]
) -> tuple[int, int]:
    """Write the new winners (row_id, field, value, hlc, event) of fields of rows
    that are in their table; the rows' other fields keep theirs. A row's stamp
    becomes its new winners' greatest if that is greater than ``stamps`` (its
    stamp in the table, its winners' greatest so far)."""
    plan = plan_for(model, db.get_bind().dialect)
    winners = [w for w in winners if w[1] in plan.fields]  # else from a newer schema
    if not winners:
        return 0, 0
    records = list(decoded(plan, winners).values())
    for record in records:
        del record["event_id"]  # a row never moves to another event
        record["hlc"] = max(record["hlc"], stamps[record["id"]])
    waiting = missing_parents(db, model, records)
    if waiting:
        records = [r for r in records if r["id"] not in waiting]
    update_records(db, model, records)
    return len(records), len(waiting)
