"""Opening stores: SQLite files and PostgreSQL URLs, migrated, durable, with one identity."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from wltdesk.errors import UserError
from wltdesk.store.changes import insert_changes
from wltdesk.store.database import MIGRATIONS, SCHEMA_HEAD, open_store, schema_revision, store_url
from wltdesk.store.hlc import Stamp
from wltdesk.store.models import SYNCABLE, Change, Person


def alembic_head() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request, tmp_path):
    """The URL of a database that exists but has no tables yet."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'new.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database(migrated=False)
    yield server.url(name)
    server.drop_database(name)


# ----------------------------------------------------------------- opening and migrating
def test_schema_head_names_the_newest_migration():
    """store.py checks SCHEMA_HEAD without loading Alembic; it must stay true."""
    assert alembic_head() == SCHEMA_HEAD


def test_opening_a_new_database_applies_every_migration(empty_database):
    engine = create_engine(empty_database)
    try:
        assert schema_revision(engine) is None
        opened = open_store(empty_database)
        opened.close()
        assert schema_revision(engine) == alembic_head()
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert {m.__tablename__ for m in SYNCABLE} | {"changes", "store_meta"} <= tables


def test_the_store_is_at_the_newest_schema_on_both_back_ends(store):
    assert store.engine.dialect.name in ("sqlite", "postgresql")
    with store.read() as db:
        version = db.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == alembic_head()


def test_sqlite_stores_are_durable_wal_files_with_foreign_keys(sqlite_store):
    with sqlite_store.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL: survives a power cut
    assert sqlite_store.path is not None and sqlite_store.path.is_file()


def test_a_row_pointing_at_a_missing_event_is_rejected_and_nothing_is_written(store):
    with store.read() as db:
        before = db.execute(select(func.count()).select_from(Change)).scalar_one()
    with pytest.raises(IntegrityError), store.write() as writer:
        writer.create(
            Person,
            {"event_id": "no-such-event", "display_name": "Ghost", "badge_code": "GH0ST1"},
        )
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(Person)).scalar_one() == 0
        assert db.execute(select(func.count()).select_from(Change)).scalar_one() == before


# ----------------------------------------------------------------- --db
def test_a_file_path_becomes_an_absolute_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert store_url("event.sqlite") == f"sqlite:///{tmp_path.resolve() / 'event.sqlite'}"
    assert store_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path.resolve() / 'x.sqlite'}"


def test_a_url_is_kept_as_given():
    url = "postgresql+psycopg://organizer@db.example.org/wlt2026"
    assert store_url(url) == url


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(UserError, match="is a folder"):
        store_url(tmp_path)


def test_a_store_in_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        store_url(tmp_path / "nowhere" / "event.sqlite")
    assert not (tmp_path / "nowhere").exists()


def test_without_db_the_store_lives_under_wltdesk_home(_isolated_home):
    assert store_url(None) == f"sqlite:///{Path(_isolated_home) / 'wltdesk.sqlite'}"
    opened = open_store()
    try:
        assert opened.path == Path(_isolated_home) / "wltdesk.sqlite"
        assert opened.path.is_file()
    finally:
        opened.close()


# ----------------------------------------------------------------- identity and clock
def test_reopening_keeps_the_device_id(store, event_id):
    again = open_store(store.url)
    try:
        assert again.device_id == store.device_id
        assert len(again.device_id) == 16 and "-" not in again.device_id
    finally:
        again.close()


def test_two_stores_have_different_device_ids(tmp_path):
    first = open_store(tmp_path / "a.sqlite")
    second = open_store(tmp_path / "b.sqlite")
    try:
        assert first.device_id != second.device_id
    finally:
        first.close()
        second.close()


def test_after_reopening_the_clock_stamps_after_everything_in_the_log(store, event_id, clock):
    # A stamp an hour ahead of the wall clock (another laptop's clock runs fast):
    # the wall clock alone would issue smaller stamps after a reopen.
    ahead = str(Stamp(int(time.time() * 1000) + 3_600_000, 7, "fastlaptop"))
    with store.write() as writer:
        insert_changes(
            writer.connection,
            [
                {
                    "event_id": event_id,
                    "entity": "events",
                    "row_id": event_id,
                    "field": "venue",
                    "value": '"Khulna"',
                    "hlc": ahead,
                    "device_id": "fastlaptop",
                }
            ],
        )
    again = open_store(store.url)
    try:
        stamps = [again.clock.now() for _ in range(3)]
    finally:
        again.close()
    assert all(s > ahead for s in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert Stamp.parse(stamps[0]).device == store.device_id


# ----------------------------------------------------------------- failures explained
def test_an_unreachable_postgresql_server_is_one_clear_line():
    with pytest.raises(UserError) as caught:
        open_store("postgresql+psycopg://postgres:s3cret@127.0.0.1:1/wlt")
    message = str(caught.value)
    assert "\n" not in message
    assert "cannot open store" in message and "127.0.0.1" in message
    assert "s3cret" not in message  # the password never reaches a screen or a log


def test_a_malformed_url_is_a_user_error():
    with pytest.raises(UserError, match="not a database URL"):
        open_store("://organizer@db.example.org/wlt")


def test_a_port_that_is_not_a_number_is_a_user_error():
    with pytest.raises(UserError, match="not a database URL"):
        open_store("postgresql+psycopg://user@host:notaport/db")


def test_an_unknown_database_kind_is_a_user_error():
    with pytest.raises(UserError):
        open_store("mongodb://localhost/wlt")


def test_an_sqlite_file_that_is_not_a_database_is_a_user_error(tmp_path):
    junk = tmp_path / "notes.sqlite"
    junk.write_text("these are meeting notes, not a database\n" * 200)
    with pytest.raises(UserError) as caught:
        open_store(junk)
    assert "\n" not in str(caught.value)
    assert junk.read_text().startswith("these are meeting notes")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(junk).execute("SELECT 1 FROM sqlite_master").fetchall()


def test_a_trial_sees_its_writes_and_then_rolls_them_back(store):
    from datetime import date

    from wltdesk import events

    event_id = events.create_event(store, "Trial", date(2026, 3, 14), date(2026, 3, 15))
    with store.read() as db:
        before = db.execute(select(func.count()).select_from(Change)).scalar_one()
    with store.trial() as writer:
        writer.create(
            Person, {"event_id": event_id, "display_name": "Maybe", "badge_code": "MAY234"}
        )
        writer.db.flush()
        assert writer.db.execute(select(func.count()).select_from(Person)).scalar_one() == 1
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(Person)).scalar_one() == 0
        assert db.execute(select(func.count()).select_from(Change)).scalar_one() == before


# ----------------------------------------------------------------- upgrading old stores
def test_a_store_made_at_0006_upgrades_and_keeps_its_data(empty_database):
    """Migration 0008 (changes held for review) on a store an earlier version made."""
    from alembic import command

    engine = create_engine(empty_database)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
            connection.execute(
                text(
                    "INSERT INTO changes (event_id, entity, row_id, field, value, hlc, "
                    "device_id) VALUES ('e', 'events', 'e', 'name', '\"Old\"', "
                    "'019a3b4c5d6e-0001-old', 'old')"
                )
            )
        assert schema_revision(engine) == "0006"
        assert "held_changes" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    opened = open_store(empty_database, backups=False)
    try:
        with opened.read() as db:
            assert db.execute(select(func.count()).select_from(Change)).scalar_one() == 1
        assert schema_revision(opened.engine) == SCHEMA_HEAD
        columns = {c["name"] for c in inspect(opened.engine).get_columns("held_changes")}
        assert {"hlc", "device_id", "bundle", "ahead_ms", "status"} <= columns
        assert opened.clock.now() > "019a3b4c5d6e-0001-old"
    finally:
        opened.close()
