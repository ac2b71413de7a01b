"""The change log: how every write is recorded, and how the log is read back.

Services never write syncable tables directly; they go through a
:class:`Writer`, which updates the row *and* appends one :class:`~wltdesk.store.models.Change`
per field it wrote, all under one fresh HLC stamp, with what the laptop had seen of
that field (its causal context, :mod:`wltdesk.store.causal`). The tables are therefore a
cache of the log, rebuilt from it by :mod:`wltdesk.store.materialize`. This
module also owns how a field value is written in the log (:func:`encode`,
:func:`decode`), how the log is kept — each write once as an
:class:`~wltdesk.store.models.Edit`, its fields beside it — and appended to
(:func:`insert_changes` for this store's writes, :func:`append_new_rows` for a
merge, which skips what the log has), its position (:func:`log_position`) and
reading it in order (:func:`iter_changes`), as a bundle export does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Select, func, select, update
from sqlalchemy.orm import Session

from wltdesk.language import _
from wltdesk.store import causal
from wltdesk.store.hlc import Clock
from wltdesk.store.models import Change, Edit, Event, Syncable, change_fields
from wltdesk.store.statements import insert_statement, param_marker, rows_in, write
from wltdesk.store.validation import check_row_ids, check_rows


@cache
def content_columns(model: type[Syncable]) -> dict[str, Column[Any]]:
    """The columns whose values are logged (everything but id, event and stamp);
    worked out once per table, the same dict for every caller (read, never change it)."""
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
    """Writes syncable rows and logs each written field; used inside one transaction.

    The transaction is ``connection``'s. An ORM session on it (:attr:`db`) is made
    only when a service asks for one: a check-in needs none, and making one, with
    its begin and commit, cost a sixth of the check-in.
    """

    def __init__(self, connection: Connection, clock: Clock) -> None:
        self.connection = connection
        self.clock = clock
        self._session: Session | None = None
        #: Makes the id of a new row that names none, from its table's name; None: a
        #: random UUID (the column default). The demo sets it so that its people and
        #: sessions have the same ids in every store, for documentation to quote.
        self.new_id: Callable[[str], str] | None = None

    @property
    def device_id(self) -> str:
        return self.clock.device

    @property
    def db(self) -> Session:
        """An ORM session in this write's transaction (made on first use)."""
        if self._session is None:
            # It joins the transaction: its commit leaves it open, its rollback ends it.
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def finish(self) -> None:
        """Send what the session holds to the database, before the transaction commits."""
        if self._session is not None:
            self._session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def create(
        self, model: type[Syncable], values: Mapping[str, Any], *, fresh: bool = False
    ) -> str:
        """Insert one row (``values`` may carry its ``id``); returns the id.

        ``fresh``: the caller has looked, and the log has nothing of this row (a
        check-in's one look-up says so), which saves asking it for the row's past.
        """
        return self.create_many(model, [values], fresh=fresh)[0]

    def create_many(
        self, model: type[Syncable], rows: Sequence[Mapping[str, Any]], *, fresh: bool = False
    ) -> list[str]:
        """Insert rows in bulk, each logged field by field under one stamp per row."""
        columns = content_columns(model)
        records: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        ids: list[str] = []
        known = {} if fresh else self._known_of_given_rows(model, rows)
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
            # Through the driver: several times faster than the ORM, and than Core.
            insert_statement(model.__table__, self.connection.dialect).run(self.connection, records)
            insert_changes(self.connection, changes)
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
        insert_changes(self.connection, self._log(model, row_id, event_id, values, stamp, known))
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
#: What identifies an edit (one write of one row): (entity, row_id, hlc).
EditKey = tuple[str, str, str]
EDIT_COLUMNS = ("id", "event_id", "entity", "row_id", "hlc", "device_id")
_FIELD = 3
_edit_key = itemgetter(1, 2, 5)
_identity = itemgetter(1, 2, 3, 5)
#: (event_id, entity, row_id, hlc, device_id) of a change row: its edit's columns.
_edit_of = itemgetter(0, 1, 2, 5, 6)
_field, _value, _seen = itemgetter(3), itemgetter(4), itemgetter(7)


def insert_changes(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Append new changes (dicts) to the log; see :func:`insert_change_rows`."""
    return insert_change_rows(connection, list(map(change_values, rows)))


def insert_change_rows(connection: Connection, rows: Sequence[ChangeRow]) -> int:
    """Append changes this store makes now (each write under a fresh stamp, so
    none can be known yet) to the log; returns how many.

    The log is the hottest table (an import of 10,000 people logs over 100,000
    changes), so it is written through the driver's executemany: SQLAlchemy's
    per-row parameter handling would cost more than the inserts themselves,
    and the values are plain strings already.
    """
    keys = list(map(_edit_key, rows))
    edits = dict(zip(keys, rows, strict=True))  # one per write, in log order
    _insert(connection, edits, keys, rows)
    return len(rows)


def append_new_rows(
    db: Session, rows: Sequence[ChangeRow], known: Mapping[EditKey, int]
) -> list[ChangeRow]:
    """Append the changes the log does not have yet (merging); returns them.

    ``known`` holds the log's edits of every row ``rows`` name, by
    :data:`EditKey` (:func:`logged_edits`): a change of an edit not in it is new;
    one of an edit in it is new when the log has not got its field. Of a change
    given twice, the first counts. Known changes cost a look-up of their edits'
    fields, not a write, so a bundle merged again writes nothing.
    """
    keys = list(map(_edit_key, rows))
    old = {keys[n]: known[keys[n]] for n in range(len(keys)) if keys[n] in known}
    if old:
        have = _logged_fields(db, sorted(set(old.values())))
        fresh = [
            n
            for n, key in enumerate(keys)
            if (edit := old.get(key)) is None or (edit, rows[n][_FIELD]) not in have
        ]
        if len(fresh) < len(rows):
            rows = [rows[n] for n in fresh]
            keys = [keys[n] for n in fresh]
    # The first of equal changes (the batch reversed, so a dict keeps the first).
    first = dict(zip(map(_identity, reversed(rows)), reversed(range(len(rows))), strict=True))
    if len(first) < len(rows):
        order = sorted(first.values())
        rows = [rows[n] for n in order]
        keys = [keys[n] for n in order]
    edits = {key: row for key, row in zip(keys, rows, strict=True) if key not in old}
    _insert(db.connection(), edits, keys, rows, old)
    return list(rows)


def _insert(
    connection: Connection,
    edits: Mapping[EditKey, ChangeRow],
    keys: Sequence[EditKey],
    rows: Sequence[ChangeRow],
    old: Mapping[EditKey, int] | None = None,
) -> None:
    """Insert ``edits`` (new, each as one of its change rows) under the next
    ids, and ``rows`` (whose edits are ``keys``) as their fields."""
    if not rows:
        return
    first = next_edit_id(connection, len(edits))
    new_ids = range(first, first + len(edits))
    ids = dict(zip(edits, new_ids, strict=True)) | dict(old or {})
    marker = param_marker(connection)
    if edits:
        columns = ", ".join(EDIT_COLUMNS)
        write(
            connection,
            f"INSERT INTO edits ({columns}) VALUES ({', '.join([marker] * len(EDIT_COLUMNS))})",
            [(edit, *_edit_of(row)) for edit, row in zip(new_ids, edits.values(), strict=True)],
            many=True,
        )
    write(
        connection,
        f"INSERT INTO changes (edit_id, field, value, seen) "
        f"VALUES ({marker}, {marker}, {marker}, {marker})",
        list(
            zip(
                map(ids.__getitem__, keys),
                map(_field, rows),
                map(_value, rows),
                map(_seen, rows),
                strict=True,
            )
        ),
        many=True,
    )


_NEXT_EDIT = "wltdesk_next_edit"


def next_edit_id(connection: Connection, count: int = 1) -> int:
    """The first of ``count`` new edit ids (log positions), reserved for them.

    Ids are given out here, not by the database: a merge inserts thousands of
    edits with one executemany and must know their ids to insert their fields.
    Every writer holds the store's write lock (:meth:`~wltdesk.store.Store.write`),
    so the greatest id, read once per transaction, stays the greatest.
    """
    transaction = connection.get_transaction()
    cached = connection.info.get(_NEXT_EDIT)
    if transaction is not None and cached is not None and cached[0] is transaction:
        first = cached[1]
    else:
        found = connection.exec_driver_sql("SELECT max(id) FROM edits").scalar()
        first = (found or 0) + 1
    connection.info[_NEXT_EDIT] = (transaction, first + count)
    return first


def log_end_is(connection: Connection, position: int | None) -> None:
    """Note where the log ends (its greatest edit id, None for an empty log), read in
    this transaction by a query of the caller's own: a check-in reads it with its
    facts, in one look-up, which saves :func:`next_edit_id` a query of its own."""
    connection.info[_NEXT_EDIT] = (connection.get_transaction(), (position or 0) + 1)


def log_position(db: Session) -> int:
    """The newest log position (0 for an empty log): what an export mark records."""
    return db.connection().exec_driver_sql("SELECT coalesce(max(id), 0) FROM edits").scalar_one()


def newest_stamp(db: Session) -> str | None:
    """The greatest stamp in the log (on the stamp index, not a scan)."""
    return db.connection().exec_driver_sql("SELECT max(hlc) FROM edits").scalar()


def contested_fields() -> Select[tuple[str, str, str]]:
    """(entity, row_id, field) of every field more than one laptop wrote: the only
    fields that can be in conflict (a laptop correcting itself is not). Sought
    among rows more than one laptop wrote, which the edits alone tell."""
    devices = func.count(Edit.device_id.distinct())
    shared = select(Edit.row_id).group_by(Edit.entity, Edit.row_id).having(devices > 1)
    field = change_fields.c.field
    return (
        select(Edit.entity, Edit.row_id, field)
        .join(change_fields, change_fields.c.edit_id == Edit.id)
        .where(Edit.row_id.in_(shared))
        .group_by(Edit.entity, Edit.row_id, field)
        .having(devices > 1)
    )


def logged_edits(
    db: Session, ids_by_entity: Mapping[str, set[str]]
) -> tuple[dict[EditKey, int], dict[str, dict[str, str]]]:
    """The log's edits of these rows, by :data:`EditKey`, and the event each row
    is logged under (by entity, then row id)."""
    edits: dict[EditKey, int] = {}
    owners: dict[str, dict[str, str]] = {}
    connection = db.connection()
    sql = (
        f"SELECT id, row_id, hlc, event_id FROM edits WHERE entity = {param_marker(connection)} "
        "AND row_id IN ({})"
    )
    for entity, ids in ids_by_entity.items():
        found = owners.setdefault(entity, {})
        for edit, row_id, stamp, event_id in rows_in(connection, sql, sorted(ids), (entity,)):
            edits[(entity, row_id, stamp)] = edit
            found[row_id] = event_id
    return edits, owners


def _logged_fields(db: Session, edit_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(edit id, field) of every change the log holds for these edits."""
    sql = "SELECT edit_id, field FROM changes WHERE edit_id IN ({})"
    return set(rows_in(db.connection(), sql, edit_ids))


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
    ordered = query.order_by(Change.seq, Change.field)
    result = db.execute(ordered, execution_options={"yield_per": 5000})
    for row in result.mappings():
        yield dict(row)
