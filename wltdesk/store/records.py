"""Rows as their tables take them: winning changes decoded into records, and records
written in bulk.

A merge writes thousands of rows at once, so nothing here runs SQLAlchemy's
per-row machinery: one ``executemany`` of a :class:`~wltdesk.store.statements.Statement`
writes each kind of row. Used by :mod:`wltdesk.store.materialize`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter, methodcaller
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from wltdesk.store.changes import column_default, content_columns, python_type
from wltdesk.store.models import Syncable
from wltdesk.store.statements import Statement, insert_statement


@dataclass(frozen=True)
class Plan:
    """What building rows of one table needs, worked out once per table and dialect:
    its fields, a parser for those that hold dates and times, the defaults, and
    the driver-level insert."""

    fields: frozenset[str]
    parsers: tuple[tuple[str, Callable[[str], Any]], ...]
    required: frozenset[str]
    defaults: dict[str, Any]
    made: tuple[tuple[str, Callable[[Any], Any]], ...]
    insert: Statement


_plans: dict[tuple[type[Syncable], str], Plan] = {}
_updates: dict[tuple[type[Syncable], str, tuple[str, ...]], Statement] = {}


def plan_for(model: type[Syncable], dialect: Dialect) -> Plan:
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
    plan = Plan(
        fields=frozenset(columns),
        parsers=parsers,
        required=frozenset(
            name for name, col in columns.items() if not col.nullable and col.default is None
        ),
        defaults=defaults,
        made=made,
        insert=insert_statement(table, dialect),
    )
    _plans[key] = plan
    return plan


def update_records(db: Session, model: type[Syncable], records: Sequence[dict[str, Any]]) -> None:
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
            statement = _updates[key] = Statement.compile(compiled, table, dialect)
        statement.run(db.connection(), group)


def decoded(plan: Plan, winners: Sequence[Sequence[Any]]) -> dict[str, dict[str, Any]]:
    """Records (by row id) from winning changes (row_id, field, value, hlc, event):
    each with its id, event, stamp (its greatest winner's) and the fields given,
    their values decoded, dates and times parsed.

    A column at a time, so that little Python runs per change: in stamp order
    (a row's last stamp is its greatest, its ``hlc``), every value parsed by one
    ``json.loads`` of them all as an array.
    """
    winners = sorted(winners, key=itemgetter(3))
    row_ids = list(map(itemgetter(0), winners))
    values = json.loads("[" + ",".join(map(itemgetter(2), winners)) + "]")
    stamps = dict(zip(row_ids, map(itemgetter(3), winners), strict=True))
    events = dict(zip(row_ids, map(itemgetter(4), winners), strict=True))
    built = {
        row_id: {"id": row_id, "event_id": events[row_id], "hlc": stamp}
        for row_id, stamp in stamps.items()
    }
    for row_id, name, value in zip(row_ids, map(itemgetter(1), winners), values, strict=True):
        built[row_id][name] = value
    for name, parse in plan.parsers:
        for record in built.values():
            value = record.get(name)
            if value is not None:
                record[name] = parse(value)
    return built


def missing_parents(
    db: Session, model: type[Syncable], records: Sequence[Mapping[str, Any]]
) -> set[str]:
    """Ids of records that point at a row (an event, a person…) not in the store yet."""
    waiting: set[str] = set()
    for column in model.__table__.columns:
        for key in column.foreign_keys:
            target = key.column
            values = list(map(methodcaller("get", column.key), records))
            wanted = set(values) - {None}
            if not wanted:
                continue
            found = set(db.execute(select(target).where(target.in_(list(wanted)))).scalars())
            if wanted <= found:
                continue  # the usual case: every parent is there
            found.add(None)
            waiting.update(r["id"] for r, v in zip(records, values, strict=True) if v not in found)
    return waiting
