"""Statements compiled once for the driver: how the hottest writes skip SQLAlchemy's
per-row machinery.

A roster import writes 10,000 rows at once, a merge many more, and a check-in must
cost little more than its commit; SQLAlchemy Core's per-row parameter handling cost
as much as the writes themselves. A :class:`Statement` is compiled once per table
(and set of fields) and dialect, and binds each value through its column type's
bind processor, as SQLAlchemy does, for one ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError


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

    def run(self, connection: Connection, records: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per record through the driver's executemany: Core's per-row
        parameter handling cost as much as the writes themselves. One record (a
        check-in's row) is bound field by field: a column at a time costs more for one."""
        if len(records) == 1:
            record = records[0]
            values = [
                record[name] if process is None else process(record[name])
                for name, process in self.binds
            ]
            one: Any = (
                tuple(values)
                if self.positional
                else dict(zip([name for name, _process in self.binds], values, strict=True))
            )
            write(connection, self.sql, one)
            return
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
        write(connection, self.sql, params, many=True)


def write(connection: Connection, sql: str, params: Any, *, many: bool = False) -> None:
    """Run a write on the driver's cursor, in ``connection``'s transaction: each of SQLAlchemy's
    executions cost half as much again as SQLite's insert itself, three times per check-in.

    Statements sent this way pass SQLAlchemy's cursor events by (the tests that count
    a transaction's statements record this function's calls too:
    ``tests/test_store_log.py``). The driver's errors are raised as SQLAlchemy raises
    them (what callers catch).
    """
    cursor = connection.connection.cursor()
    try:
        with _as_sqlalchemy_errors(connection, sql, params):
            if many:
                cursor.executemany(sql, params)
            else:
                cursor.execute(sql, params)
    finally:
        cursor.close()


@contextmanager
def _as_sqlalchemy_errors(connection: Connection, sql: str, params: Any) -> Iterator[None]:
    """The driver's errors as SQLAlchemy's (an ``IntegrityError``, an ``OperationalError``
    for a full disk), as if the statement had gone through SQLAlchemy."""
    driver_error = connection.dialect.loaded_dbapi.Error
    try:
        yield
    except driver_error as exc:
        raise DBAPIError.instance(sql, params, exc, driver_error) from exc


def param_marker(connection: Connection) -> str:
    """The driver's parameter marker, for SQL sent to it directly."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


#: Values bound to one ``IN (…)``: well under every driver's limit on parameters.
CHUNK = 2000


def rows_in(
    connection: Connection, sql: str, values: Sequence[Any], first: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Every row ``sql`` selects for ``values``, on the driver's cursor.

    ``sql`` ends in ``IN ({})``, which gets one marker per value, for a chunk of
    values at a time; ``first`` is bound before them (for the markers ``sql`` holds
    itself). A merge looks up rows by id at every step, and SQLAlchemy's expanding
    ``IN`` and result rows cost more than SQLite's answer. Values come back as the
    driver gives them: for text and numbers, as SQLAlchemy would.
    """
    marker = param_marker(connection)
    found: list[tuple[Any, ...]] = []
    cursor = connection.connection.cursor()
    try:
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            statement = sql.format(", ".join([marker] * len(chunk)))
            params = (*first, *chunk)
            with _as_sqlalchemy_errors(connection, statement, params):
                cursor.execute(statement, params)
                found.extend(map(tuple, cursor.fetchall()))
    finally:
        cursor.close()
    return found


_inserts: dict[tuple[str, str], Statement] = {}


def insert_statement(table: Table, dialect: Dialect) -> Statement:
    """The driver-level insert of whole rows of ``table`` (every column named)."""
    key = (table.name, dialect.name)
    statement = _inserts.get(key)
    if statement is None:
        statement = _inserts[key] = Statement.compile(insert(table), table, dialect)
    return statement


@dataclass(frozen=True)
class Query:
    """A select compiled once for the driver, for the hottest look-up (a check-in's
    facts): its parameters bound by name, each column of its one row read through its
    type's result processor (as SQLAlchemy does: a date and time from SQLite's text).

    SQLAlchemy Core's execution of a cached statement cost more than SQLite's answer
    to it, once per check-in.
    """

    sql: str
    names: tuple[str, ...]
    positional: bool
    #: The values the statement carries itself (literals SQLAlchemy binds).
    given: dict[str, Any]
    row: type[tuple[Any, ...]]
    processors: tuple[Callable[[Any], Any] | None, ...]

    @classmethod
    def compile(cls, statement: Select[Any], dialect: Dialect) -> Query:
        compiled = statement.compile(dialect=dialect)
        columns = list(statement.selected_columns)
        row = NamedTuple("Row", [(column.key, Any) for column in columns])  # type: ignore[misc]
        return cls(
            compiled.string,
            tuple(compiled.positiontup or ()) if compiled.positional else (),
            bool(compiled.positional),
            {name: value for name, value in compiled.params.items() if value is not None},
            row,
            tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                  for column in columns),
        )

    def first(self, connection: Connection, params: Mapping[str, Any]) -> Any:
        """The first row (a named tuple of the selected columns), or None."""
        values = {**self.given, **params}
        bound: Any = tuple(map(values.__getitem__, self.names)) if self.positional else values
        # On the driver's cursor: a SQLAlchemy result costs more than the answer.
        cursor = connection.connection.cursor()
        try:
            with _as_sqlalchemy_errors(connection, self.sql, bound):
                cursor.execute(self.sql, bound)
                found = cursor.fetchone()
        finally:
            cursor.close()
        if found is None:
            return None
        return self.row._make(
            value if process is None or value is None else process(value)
            for value, process in zip(found, self.processors, strict=True)
        )


_queries: dict[tuple[int, str], Query] = {}


def compiled_query(statement: Select[Any], dialect: Dialect) -> Query:
    """``statement`` compiled for ``dialect``, once (keep the statement alive: it is
    known by its identity)."""
    key = (id(statement), dialect.name)
    query = _queries.get(key)
    if query is None:
        query = _queries[key] = Query.compile(statement, dialect)
    return query
