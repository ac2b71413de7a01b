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

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from wltdesk.store.changes import (
    ChangeRow,
    append_new_rows,
    change_values,
    column_default,
    content_columns,
    logged_edits,
    python_type,
)
from wltdesk.store.hlc import Clock
from wltdesk.store.models import ENTITY_BY_NAME, SYNCABLE, Change, Edit, Event, Syncable

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
        super().__init__(f"{entity} row {row_id} belongs to event {owner}, not {event_id}")
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
        raise ValueError(f"unknown entity {wrong!r} in change log")
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
        changed = _rows_named(new, entities) if len(new) < len(rows) else touched
        fresh = _fresh_winners(new, logged, entities)
        done, pending = _materialize_all(
            db, {entity: ids & logged[entity] for entity, ids in changed.items()}
        )
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
    nothing of: the greatest stamp, the first given on a tie.

    Sorted by stamp (the batch reversed first, so that a stable sort puts the
    first of equal stamps last) and then keyed into a dict, the last row for a
    key being its winner: no Python code runs per change.
    """
    if any(logged[entity] for entity in entities):
        rows = [row for row in rows if row[_ROW_ID] not in logged[row[_ENTITY]]]
    ordered = sorted(reversed(rows), key=_stamp_of)
    winners = dict(zip(map(_identity_of, ordered), ordered, strict=True)).values()
    if len(entities) == 1:
        return {next(iter(entities)): list(winners)}
    fresh: dict[str, list[ChangeRow]] = {entity: [] for entity in entities}
    for row in winners:
        fresh[row[_ENTITY]].append(row)
    return fresh


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
        ids = set(db.execute(missing.distinct()).scalars())
        if ids:
            waiting[model.__tablename__] = ids
    return waiting


def materialize(db: Session, model: type[Syncable], ids: Sequence[str]) -> tuple[int, int]:
    """Rebuild rows of one table from the log: per field, the greatest stamp wins."""
    entity = model.__tablename__
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
        .where(Change.entity == entity, Change.row_id.in_(ids))
        .subquery()
    )
    # Core, not ORM execution: no ORM result processing for the many rows it returns.
    winners = db.connection().execute(select(ranked).where(ranked.c.rank == 1)).all()
    return _build(db, model, [w[:5] for w in winners])


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


@dataclass(frozen=True)
class _Statement:
    """A statement compiled once for the driver, and how each parameter is bound:
    by name, through its column type's bind processor (as SQLAlchemy does)."""

    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    positional: bool

    @classmethod
    def compile(cls, statement: Any, table: Any, dialect: Dialect) -> _Statement:
        compiled = statement.compile(dialect=dialect)
        order = compiled.positiontup if compiled.positional else list(compiled.binds)
        columns = table.columns
        binds = tuple(
            (name, columns[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in order or ()
        )
        return cls(compiled.string, binds, bool(compiled.positional))

    def run(self, db: Session, records: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per record through the driver's executemany: Core's per-row
        parameter handling cost as much as the writes themselves."""
        columns = [
            list(map(itemgetter(name), records))
            if process is None
            else list(map(process, map(itemgetter(name), records)))
            for name, process in self.binds
        ]
        params: list[Any] = list(zip(*columns, strict=True))
        if not self.positional:
            names = [name for name, _process in self.binds]
            params = [dict(zip(names, values, strict=True)) for values in params]
        db.connection().exec_driver_sql(self.sql, params)


@dataclass(frozen=True)
class _Plan:
    """What building rows of one table needs, worked out once per table and dialect:
    its fields, a parser for those that hold dates and times, the defaults, and
    the driver-level insert."""

    fields: frozenset[str]
    parsers: tuple[tuple[str, Callable[[str], Any]], ...]
    required: frozenset[str]
    defaults: dict[str, Any]
    made: tuple[tuple[str, Callable[[Any], Any]], ...]
    insert: _Statement


_plans: dict[tuple[type[Syncable], str], _Plan] = {}
_updates: dict[tuple[type[Syncable], str, tuple[str, ...]], _Statement] = {}


def _plan(model: type[Syncable], dialect: Dialect) -> _Plan:
    key = (model, dialect.name)
    plan = _plans.get(key)
    if plan is not None:
        return plan
    columns = content_columns(model)
    parsers = tuple(
        (name, kind.fromisoformat)
        for name, column in columns.items()
        if (kind := python_type(column)) in (date, datetime)
    )
    # Callable defaults (a fresh dict, a new id) are made per row; the rest shared.
    made = tuple(
        (name, column.default.arg)
        for name, column in columns.items()
        if column.default is not None and column.default.is_callable
    )
    defaults = {
        name: column_default(column) for name, column in columns.items() if name not in dict(made)
    }
    table = model.__table__
    plan = _Plan(
        fields=frozenset(columns),
        parsers=parsers,
        required=frozenset(
            name for name, col in columns.items() if not col.nullable and col.default is None
        ),
        defaults=defaults,
        made=made,
        insert=_Statement.compile(insert(table), table, dialect),
    )
    _plans[key] = plan
    return plan


def _update_records(db: Session, model: type[Syncable], records: Sequence[dict[str, Any]]) -> None:
    """Update rows in bulk: one executemany per set of fields written (records
    rebuilt from the log mostly share one), not a statement per row."""
    dialect = db.get_bind().dialect
    table = model.__table__
    by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for record in records:
        by_fields.setdefault(tuple(sorted(record)), []).append(record)
    for names, group in by_fields.items():
        key = (model, dialect.name, names)
        statement = _updates.get(key)
        if statement is None:
            # The row's id is bound as "id" to the WHERE; SET takes the others.
            values = {name: bindparam(name) for name in names if name != "id"}
            where = table.c.id == bindparam("id", type_=table.c.id.type)
            compiled = update(table).where(where).values(values)
            statement = _updates[key] = _Statement.compile(compiled, table, dialect)
        statement.run(db, group)


def _build(
    db: Session, model: type[Syncable], winners: Sequence[Sequence[Any]], new_rows: bool = False
) -> tuple[int, int]:
    """Insert or update rows from their winning changes (row_id, field, value, hlc, event).

    ``new_rows``: none of the rows exists yet, since the log had nothing of
    them (a table holds only rows its log made), which saves looking them up.
    """
    plan = _plan(model, db.get_bind().dialect)
    if not set(map(itemgetter(1), winners)) <= plan.fields:
        # A field from a newer schema: kept in the log, not materialized.
        winners = [w for w in winners if w[1] in plan.fields]
    if not winners:
        return 0, 0
    # A column at a time, so that little Python runs per change: in stamp order
    # (a row's last stamp is its greatest, its ``hlc``), every value parsed by one
    # ``json.loads`` of them all as an array.
    winners = sorted(winners, key=itemgetter(3))
    row_ids = list(map(itemgetter(0), winners))
    decoded = json.loads("[" + ",".join(map(itemgetter(2), winners)) + "]")
    stamps = dict(zip(row_ids, map(itemgetter(3), winners), strict=True))
    events = dict(zip(row_ids, map(itemgetter(4), winners), strict=True))
    built = {
        row_id: {"id": row_id, "event_id": events[row_id], "hlc": stamp}
        for row_id, stamp in stamps.items()
    }
    for row_id, name, value in zip(row_ids, map(itemgetter(1), winners), decoded, strict=True):
        built[row_id][name] = value
    for name, parse in plan.parsers:
        for record in built.values():
            value = record.get(name)
            if value is not None:
                record[name] = parse(value)
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
    missing_parents = _missing_parents(db, model, inserts + updates)
    if missing_parents:
        pending += len(missing_parents)
        inserts = [r for r in inserts if r["id"] not in missing_parents]
        updates = [r for r in updates if r["id"] not in missing_parents]
    if inserts:
        plan.insert.run(db, inserts)
    if updates:
        _update_records(db, model, updates)
    return len(inserts) + len(updates), pending


def _missing_parents(
    db: Session, model: type[Syncable], records: Sequence[Mapping[str, Any]]
) -> set[str]:
    """Ids of records that point at a row (an event, a person…) not in the store yet."""
    waiting: set[str] = set()
    for column in model.__table__.columns:
        for key in column.foreign_keys:
            target = key.column
            wanted = {r[column.key] for r in records if r.get(column.key) is not None}
            if not wanted:
                continue
            found = set(db.execute(select(target).where(target.in_(list(wanted)))).scalars())
            waiting.update(r["id"] for r in records if r.get(column.key) not in (None, *found))
    return waiting
