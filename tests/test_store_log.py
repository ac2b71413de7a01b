"""The lean change log: each write kept once (an edit) and its fields beside it.

The log is the truth and the tables its cache, so: the tables are what the store's
own log replays to, whatever merges brought in what order; a store made before the
log was lean upgrades with every change, stamp and export mark intact; a merge
writes only what is new, in bulk; and a bulk write does not leave the store twice
its size on disk while the app has it open.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from old_stores import database_at
from sqlalchemy import event, insert, inspect, select, text
from test_changes import DAY, log_of, operations, replay, run_program, snapshot

from wltdesk import agenda, attendance, events, people
from wltdesk.store import Store, open_store
from wltdesk.store.changes import iter_changes, log_position
from wltdesk.store.database import WAL_LIMIT_BYTES
from wltdesk.store.materialize import apply_changes, settle_pending
from wltdesk.store.models import SYNCABLE, Change, SyncTarget
from wltdesk.store.statements import write


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements the store sends its driver inside the block (an executemany
    counts once): through SQLAlchemy, and past it (the log's and the hottest
    tables' writes, :func:`wltdesk.store.statements.write`)."""
    seen: list[str] = []

    def caught(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        seen.append(" ".join(statement.split()))

    def written(connection, sql, params, *, many=False) -> None:
        seen.append(" ".join(sql.split()))
        write(connection, sql, params, many=many)

    event.listen(store.engine, "before_cursor_execute", caught)
    try:
        with (
            mock.patch("wltdesk.store.statements.write", written),
            mock.patch("wltdesk.store.changes.write", written),
        ):
            yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", caught)


def rebuilt_from_own_log(store: Store) -> dict[str, list[dict]]:
    """The store's tables as its own log replays them: every row emptied out and
    built again from the log (in a trial, so nothing of it stays)."""
    with store.trial() as writer:
        for model in reversed(SYNCABLE):  # children first
            writer.db.execute(model.__table__.delete())
        settle_pending(writer.db)  # every row is pending now: all built from the log
        state = {}
        for model in SYNCABLE:
            table = model.__table__
            rows = writer.db.execute(select(table).order_by(table.c.id)).mappings()
            state[model.__tablename__] = [dict(r) for r in rows]
    return state


# ----------------------------------------------------------------- replay
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mine=operations, theirs=operations, seed=st.integers(0, 10_000), chunks=st.integers(1, 4))
def test_the_tables_are_what_their_own_log_replays_to(mine, theirs, seed, chunks):
    """Two laptops work, then each merges the other's log in shuffled pieces (so rows
    are refreshed field by field, older changes arriving after newer ones): each
    store's tables equal its log replayed from nothing."""
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        a = open_store(Path(folder) / "a.sqlite", backups=False)
        stack.callback(a.close)
        b = open_store(Path(folder) / "b.sqlite", backups=False)
        stack.callback(b.close)
        event_id = events.create_event(a, "Two", DAY, DAY + timedelta(days=1))
        replay(b, log_of(a))
        run_program(a, event_id, mine)
        run_program(b, event_id, theirs)
        for target, source in ((a, b), (b, a)):
            changes = log_of(source)
            random.Random(seed).shuffle(changes)
            replay(target, changes, chunks=chunks)
        assert snapshot(a) == snapshot(b)
        for store in (a, b):
            assert rebuilt_from_own_log(store) == snapshot(store)


# ----------------------------------------------------------------- merging
def test_merging_what_the_log_has_writes_nothing(store, event_id):
    ids = [people.add_person(store, event_id, display_name=f"P{n}") for n in range(5)]
    people.update_person(store, ids[0], region="Sylhet")
    with store.read() as db:
        changes = [dict(c) for c in iter_changes(db)]
    before = snapshot(store)
    with store.write() as writer, statements(store) as seen:
        result = apply_changes(writer.db, changes, writer.clock)
    assert (result.received, result.new, result.rows_materialized) == (len(changes), 0, 0)
    assert [s for s in seen if s.startswith(("INSERT", "UPDATE", "DELETE"))] == []
    assert snapshot(store) == before


def test_a_merge_writes_updated_rows_in_bulk(store, event_id, tmp_path):
    """Another laptop edits thirty people: their rows are updated with one statement
    per set of fields, not one per row, and end up as the other laptop has them."""
    ids = [people.add_person(store, event_id, display_name=f"P{n}") for n in range(30)]
    other = open_store(tmp_path / "other.sqlite", backups=False)
    try:
        replay(other, log_of(store))
        mark = _position(other)
        for n, person in enumerate(ids):
            people.update_person(other, person, region=f"Region {n % 3}", affiliation="Club")
        with other.read() as db:
            edits = [dict(c) for c in iter_changes(db, event_id, after_seq=mark)]
        expected = snapshot(other)
    finally:
        other.close()
    with store.write() as writer, statements(store) as seen:
        apply_changes(writer.db, edits, writer.clock)
    updates = [s for s in seen if s.startswith("UPDATE people")]
    assert 1 <= len(updates) <= 2
    assert snapshot(store)["people"] == expected["people"]


def _position(store: Store) -> int:
    with store.read() as db:
        return log_position(db)


# ----------------------------------------------------------------- the WAL
def test_a_bulk_write_does_not_leave_a_wal_as_large_as_itself(sqlite_store):
    event_id = events.create_event(sqlite_store, "Big", date(2026, 3, 14), date(2026, 3, 15))
    rows = [{"display_name": f"Participant {n}", "region": "Dhaka"} for n in range(6000)]
    with sqlite_store.write() as writer:
        people.create_people(writer, event_id, rows)
    wal = sqlite_store.path.with_name(sqlite_store.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size <= WAL_LIMIT_BYTES
    assert len(people.list_people(sqlite_store, event_id)) == 6000


# ----------------------------------------------------------------- upgrading
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_at_0014(request, tmp_path):
    """A database as version 0014 left it: the log one row per field (seq, event,
    entity, row, field, value, stamp, device, context), tables, and a target's export mark
    in the middle of the log. Made from the log and tables of a store of today."""
    today = open_store(tmp_path / "today.sqlite", backups=False)
    event_id = events.create_event(today, "Old", date(2026, 3, 14), date(2026, 3, 15))
    ids = [people.add_person(today, event_id, display_name=f"Old {n}") for n in range(3)]
    session = agenda.add_session(today, event_id, "Opening", *_hours(date(2026, 3, 14), 9, 10))
    attendance.check_in(today, session, ids[0], "present")
    people.update_person(today, ids[1], region="Khulna", affiliation="Library")
    people.delete_person(today, ids[2])
    with today.read() as db:
        log = [dict(c) for c in iter_changes(db)]
    tables = snapshot(today)
    today.close()
    old_log = [{**c, "seq": n} for n, c in enumerate(log, 1)]
    mark = next(c["seq"] for c in old_log if c["entity"] == "sessions") - 1  # an edit's end

    def old_rows(connection) -> None:
        for model in SYNCABLE:
            rows = tables[model.__tablename__]
            if rows:
                connection.execute(insert(model.__table__), rows)
        connection.execute(
            text(
                "INSERT INTO changes (seq, event_id, entity, row_id, field, value, hlc, "
                "device_id, seen) VALUES (:seq, :event_id, :entity, :row_id, :field, :value, "
                ":hlc, :device_id, :seen)"
            ),
            old_log,
        )
        connection.execute(
            insert(SyncTarget.__table__).values(
                id=1, event_id=event_id, location="/media/usb", is_default=True, last_seq=mark
            )
        )

    url = database_at(request, tmp_path, "0014", old_rows)
    return url, old_log, tables, mark


def _hours(day: date, start: int, end: int):
    from datetime import datetime, time

    return datetime.combine(day, time(start)), datetime.combine(day, time(end))


def test_a_0014_store_upgrades_its_log_and_keeps_its_marks(store_at_0014):
    url, old_log, tables, mark = store_at_0014
    upgraded = open_store(url, backups=False)
    try:
        with upgraded.read() as db:
            rows = db.execute(
                select(
                    Change.seq,
                    Change.entity,
                    Change.row_id,
                    Change.field,
                    Change.value,
                    Change.hlc,
                    Change.seen,
                )
            ).all()
            target = db.get(SyncTarget, 1)
            after_mark = {
                (c["row_id"], c["field"], c["hlc"]) for c in iter_changes(db, after_seq=mark)
            }
            indexes = {i["name"] for i in inspect(db.connection()).get_indexes("people")}
        # every change, once, with its value, stamp and context
        identity = [
            (c["entity"], c["row_id"], c["field"], c["value"], c["hlc"], c["seen"])
            for c in old_log
        ]
        assert any(c["seen"] not in (None, "[]") for c in old_log)
        assert sorted(r[1:] for r in rows) == sorted(identity)
        # a change's position is its write's last: marks and bundle names keep meaning
        last = {}
        for c in old_log:
            last[(c["entity"], c["row_id"], c["hlc"])] = c["seq"]
        assert all(r.seq == last[(r.entity, r.row_id, r.hlc)] for r in rows)
        assert target.last_seq == mark
        assert after_mark == {(c["row_id"], c["field"], c["hlc"]) for c in old_log[mark:]}
        # the tables are untouched, and what the upgraded log replays to
        assert snapshot(upgraded) == tables
        assert rebuilt_from_own_log(upgraded) == tables
        assert "ix_people_hlc" not in indexes
        # new writes come after everything that was
        event_id = tables["events"][0]["id"]
        people.add_person(upgraded, event_id, display_name="New")
        assert _position(upgraded) > len(old_log)
        assert "merged_bundles" in inspect(upgraded.engine).get_table_names()
    finally:
        upgraded.close()
