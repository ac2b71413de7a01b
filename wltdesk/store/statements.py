"""Statements compiled once for the driver: how the hottest writes skip SQLAlchemy's
per-row machinery.

A roster import writes 10,000 rows at once, a merge many more, and a check-in must
cost little more than its commit; SQLAlchemy Core's per-row parameter handling cost
as much as the writes themselves. A :class:`Statement` is compiled once per table
(and set of fields) and dialect, and binds each value through its column type's
bind processor, as SQLAlchemy does, for one ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Statement:
    """A statement compiled once for the driver, and how each parameter is bound:
    by name, through its column type's bind processor (as SQLAlchemy does)."""

    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    positional: bool

    @classmethod
    def compile(cls, statement: Any, table: Any, dialect: Dialect) -> Statement:
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


_inserts: dict[tuple[str, str], Statement] = {}


def insert_statement(table: Table, dialect: Dialect) -> Statement:
    """The driver-level insert of whole rows of ``table`` (every column named)."""
    key = (table.name, dialect.name)
    statement = _inserts.get(key)
    if statement is None:
        statement = _inserts[key] = Statement.compile(insert(table), table, dialect)
    return statement
