"""The change log: how every write is recorded, and how the log is read back.

Services never write syncable tables directly; they go through a
:class:`Writer`, which updates the row *and* appends one :class:`~wltdesk.store.models.Change`
per field it wrote, all under one fresh HLC stamp, with what the laptop had seen of
that field (its causal context, :mod:`wltdesk.store.causal`). The tables are therefore a
cache of the log, rebuilt from it by :mod:`wltdesk.store.materialize`. This
module also owns how a field value is written in the log (:func:`encode`,
:func:`decode`), the fast append to the log (:func:`insert_changes`) and
reading the log in order (:func:`iter_changes`), as a bundle export does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, insert, select, update
from sqlalchemy.orm import Session

from wltdesk.language import _
from wltdesk.store import causal
from wltdesk.store.hlc import Clock
from wltdesk.store.models import Change, Event, Syncable
from wltdesk.store.validation import check_row_ids, check_rows


def content_columns(model: type[Syncable]) -> dict[str, Column[Any]]:
    """The columns whose values are logged (everything but id, event and stamp)."""
    return {c.key: c for c in model.__table__.columns if c.key not in Syncable.bookkeeping}


def python_type(column: Column[Any]) -> type | None:
    """The Python type a column holds, or None when its type does not say."""
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def encode(value: Any) -> str:
    """A field value as the JSON text stored in the log and shipped in bundles."""
    # Fast paths for the common scalars give exactly what json.dumps would.
    if value is None:
        return "null"
    if isinstance(value, str):
        return encode_basestring(value)
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return encode_basestring(value.isoformat())
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(column: Column[Any], text: str) -> Any:
    """The inverse of :func:`encode` for one column."""
    # Fast paths for what most fields hold (a merge decodes every winning value).
    if text == "null":
        return None
    if text == "false" or text == "true":
        return text == "true"
    if text[:1] == '"' and "\\" not in text:
        value: Any = text[1:-1]
    else:
        value = json.loads(text)
    if value is None:
        return None
    kind = python_type(column)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return value


def column_default(column: Column[Any]) -> Any:
    """The value a column gets when a create does not name it."""
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    return None


def _event_of(model: type[Syncable], row_id: str, values: Mapping[str, Any]) -> str:
    return row_id if model is Event else values["event_id"]


class Writer:
    """Writes syncable rows and logs each written field; used inside one transaction."""

    def __init__(self, db: Session, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        #: Makes the id of a new row that names none, from its table's name; None: a
        #: random UUID (the column default). The demo sets it so that its people and
        #: sessions have the same ids in every store, for documentation to quote.
        self.new_id: Callable[[str], str] | None = None

    @property
    def device_id(self) -> str:
        return self.clock.device

    def create(self, model: type[Syncable], values: Mapping[str, Any]) -> str:
        """Insert one row (``values`` may carry its ``id``); returns the id."""
        return self.create_many(model, [values])[0]

    def create_many(self, model: type[Syncable], rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert rows in bulk, each logged field by field under one stamp per row."""
        columns = content_columns(model)
        records: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        ids: list[str] = []
        known = self._known_of_given_rows(model, rows)
        for values in rows:
            unknown = set(values) - set(columns) - {"id", "event_id"}
            if unknown:
                raise ValueError(_("{__tablename__} has no field {unknown}").format(
                    __tablename__=model.__tablename__, unknown=sorted(unknown)
                ))
            row_id = values.get("id") or (
                self.new_id(model.__tablename__)
                if self.new_id is not None
                else model.__table__.c.id.default.arg(None)
            )
            stamp = self.clock.now()
            record = {key: values.get(key, column_default(col)) for key, col in columns.items()}
            event_id = _event_of(model, row_id, values)
            # An empty field that is empty by default need not travel: replay fills it in.
            logged = {
                key: value
                for key, value in record.items()
                if value is not None or column_default(columns[key]) is not None
            }
            changes.extend(self._log(model, row_id, event_id, logged, stamp, known))
            record.update(id=row_id, hlc=stamp)
            if model is not Event:
                record["event_id"] = event_id
            records.append(record)
            ids.append(row_id)
        # The safety net under the services' checks: nothing readers would refuse
        # may reach the log (see validation.py).
        check_row_ids(model, ids)
        check_rows(model, records, columns)
        if records:
            # Core inserts on the tables: several times faster than the ORM bulk path.
            self.db.execute(insert(model.__table__), records)
            insert_changes(self.db, changes)
        return ids

    def update(
        self,
        model: type[Syncable],
        row_id: str,
        values: Mapping[str, Any],
        current: Mapping[str, Any] | None = None,
    ) -> bool:
        """Change some fields of a row; only fields whose value differs are logged.

        ``current`` (the row's present values) saves a query in bulk updates.
        Returns whether anything changed.
        """
        columns = content_columns(model)
        unknown = set(values) - set(columns)
        if unknown:
            raise ValueError(_("{__tablename__} has no field {unknown}").format(
                __tablename__=model.__tablename__, unknown=sorted(unknown)
            ))
        if current is None:
            row = self.db.execute(select(model).where(model.id == row_id)).scalar_one()
            current = {key: getattr(row, key) for key in columns} | {"event_id": row.event_id}
        diff = {k: v for k, v in values.items() if current.get(k) != v}
        if not diff:
            return False
        # A unit (a check-in) is written whole, as given: merged field by field with a
        # concurrent write, it then never mixes the two (one's status, the other's undo).
        unit = causal.UNITS.get(model.__tablename__, ())
        diff |= {k: v for k, v in values.items() if k in unit and any(d in unit for d in diff)}
        check_rows(model, [diff])
        self._write(model, row_id, row_id if model is Event else current["event_id"], diff)
        return True

    def restate(self, model: type[Syncable], row_id: str, names: Sequence[str]) -> str:
        """Log fields of a row again with their present values; returns the stamp.

        Nothing in the table changes but the row's stamp: the new changes say that
        this laptop, having seen every value those fields had, settled on these
        (a conflict marked as reviewed, which then syncs like any edit).
        """
        columns = content_columns(model)
        row = self.db.execute(select(model).where(model.id == row_id)).scalar_one()
        values = {name: getattr(row, name) for name in names if name in columns}
        return self._write(model, row_id, row_id if model is Event else row.event_id, values)

    def _write(
        self, model: type[Syncable], row_id: str, event_id: str, values: Mapping[str, Any]
    ) -> str:
        """Update one row and log its fields under a new stamp, with their contexts."""
        known = causal.contexts(self.db, model.__tablename__, [row_id], values)
        stamp = self.clock.now()
        self.db.execute(update(model).where(model.id == row_id).values(**values, hlc=stamp))
        insert_changes(self.db, self._log(model, row_id, event_id, values, stamp, known))
        return stamp

    def _known_of_given_rows(
        self, model: type[Syncable], rows: Sequence[Mapping[str, Any]]
    ) -> Mapping[tuple[str, str], causal.Vector]:
        """What the log knows of new rows whose ids were given: an id derived from
        what the row is (a check-in of a person at a session, a laptop in an event) may
        have been written by another laptop already. A random id has no past."""
        given = [values["id"] for values in rows if values.get("id")]
        if not given:
            return {}
        return causal.contexts(self.db, model.__tablename__, given, content_columns(model))

    def delete(self, model: type[Syncable], row_id: str) -> bool:
        """Tombstone a row: it stays, marked deleted, so the delete can sync."""
        return self.update(model, row_id, {"deleted": True})

    def _log(
        self,
        model: type[Syncable],
        row_id: str,
        event_id: str,
        values: Mapping[str, Any],
        stamp: str,
        known: Mapping[tuple[str, str], causal.Vector],
    ) -> list[dict[str, Any]]:
        """The log lines of fields written under ``stamp``; ``known`` holds what this
        laptop had seen of them (a field it has not: a first write)."""
        seen = {
            field: causal.as_text(causal.before(known[row_id, field], stamp))
            for field in values
            if known.get((row_id, field))
        }
        return [
            {
                "event_id": event_id,
                "entity": model.__tablename__,
                "row_id": row_id,
                "field": field,
                "value": encode(value),
                "hlc": stamp,
                "device_id": self.clock.device,
                "seen": seen.get(field, "[]"),
            }
            for field, value in values.items()
        ]


CHANGE_COLUMNS = ("event_id", "entity", "row_id", "field", "value", "hlc", "device_id", "seen")
_known_values = itemgetter(*CHANGE_COLUMNS[:-1])


def change_values(change: Mapping[str, Any]) -> ChangeRow:
    """A change dict's values in ``CHANGE_COLUMNS`` order (a :data:`ChangeRow`); a dict
    without ``seen`` has an unknown context."""
    return (*_known_values(change), change.get("seen"))


#: A change as a tuple in ``CHANGE_COLUMNS`` order: what the driver binds, and
#: what a merge carries from bundle to log (a dict per change cost more than the insert).
#: The last item, the context (:mod:`wltdesk.store.causal`), may be None: not known.
ChangeRow = tuple[str, str, str, str, str, str, str, str | None]


def insert_changes(
    db: Session, rows: Sequence[Mapping[str, Any]], ignore_known: bool = False
) -> int:
    """Append rows to the log through the driver's executemany.

    The log is the hottest table (an import of 10,000 people writes over
    100,000 rows), and SQLAlchemy's per-row parameter handling would cost more
    than the inserts themselves; the values are plain strings already.
    ``ignore_known`` skips changes the log already has (merging). Returns how
    many rows were added (both drivers sum executemany's row counts).
    """
    return insert_change_rows(db, list(map(change_values, rows)), ignore_known)


def insert_change_rows(db: Session, rows: Sequence[ChangeRow], ignore_known: bool = False) -> int:
    """:func:`insert_changes` for rows that are tuples already (see :data:`ChangeRow`)."""
    if not rows:
        return 0
    marker = param_marker(db)
    columns = ", ".join(CHANGE_COLUMNS)
    values = ", ".join([marker] * len(CHANGE_COLUMNS))
    sql = f"INSERT INTO changes ({columns}) VALUES ({values})"
    if ignore_known:
        sql += " ON CONFLICT DO NOTHING"
    return db.connection().exec_driver_sql(sql, rows).rowcount


def param_marker(db: Session) -> str:
    """The driver's parameter marker, for SQL sent to it directly."""
    return "?" if db.get_bind().dialect.paramstyle == "qmark" else "%s"


def change_dicts(db: Session, event_id: str | None = None, after_seq: int = 0) -> list[dict]:
    """Changes in log order, as the plain dicts that
    :func:`~wltdesk.store.materialize.apply_changes` takes."""
    return [
        {k: v for k, v in row.items() if k != "seq"}
        for row in iter_changes(db, event_id, after_seq)
    ]


def iter_changes(
    db: Session,
    event_id: str | None = None,
    after_seq: int = 0,
    upto_seq: int | None = None,
    row_ids: Sequence[str] | None = None,
    device: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Like :func:`change_dicts`, with ``seq``, streamed in batches: a bundle
    export walks logs of any size in constant memory. ``row_ids`` keeps only
    the changes of those rows, ``device`` only those that device wrote."""
    query = select(
        Change.seq,
        Change.event_id,
        Change.entity,
        Change.row_id,
        Change.field,
        Change.value,
        Change.hlc,
        Change.device_id,
        Change.seen,
    ).where(Change.seq > after_seq)
    if event_id is not None:
        query = query.where(Change.event_id == event_id)
    if upto_seq is not None:
        query = query.where(Change.seq <= upto_seq)
    if row_ids is not None:
        query = query.where(Change.row_id.in_(row_ids))
    if device is not None:
        query = query.where(Change.device_id == device)
    result = db.execute(query.order_by(Change.seq), execution_options={"yield_per": 5000})
    for row in result.mappings():
        yield dict(row)
