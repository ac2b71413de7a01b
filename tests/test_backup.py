"""Rotating backups of SQLite stores: taken on open and while changes happen, never torn."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from wltdesk import events, people
from wltdesk.store import open_store
from wltdesk.store.backup import Backups, backup_folder


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def rows(path: Path, table: str, columns: str = "*") -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for a background backup")
        time.sleep(0.01)


def folder(tmp_path: Path, name: str) -> Path:
    """A backup folder of the test's own (Backups expects it to exist)."""
    path = tmp_path / name
    path.mkdir()
    return path


def new_event(store) -> str:
    return events.create_event(store, "Backup Training", date(2026, 3, 14), date(2026, 3, 15))


def test_opening_a_store_takes_a_snapshot_in_the_data_folder(sqlite_store, _isolated_home):
    backups = sqlite_store.backups
    assert backups is not None
    assert backups.folder == backup_folder(sqlite_store.path)
    assert Path(_isolated_home) in backups.folder.parents
    assert len(backups.existing()) == 1
    assert integrity(backups.existing()[0]) == "ok"


def test_reopening_an_unchanged_store_adds_no_copy_but_a_changed_one_does(tmp_path):
    path = tmp_path / "event.sqlite"
    store = open_store(path)
    folder = store.backups.folder
    store.close()
    assert len(list(folder.glob("*.sqlite"))) == 1

    store = open_store(path)
    new_event(store)
    store.close()
    store = open_store(path)  # changed since the first copy: an event was added
    store.close()
    after_change = sorted(folder.glob("*.sqlite"))
    assert len(after_change) == 2

    store = open_store(path)
    store.close()
    assert sorted(folder.glob("*.sqlite")) == after_change


def test_backups_of_stores_with_the_same_name_do_not_mix(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = backup_folder(tmp_path / "a" / "event.sqlite")
    second = backup_folder(tmp_path / "b" / "event.sqlite")
    assert first != second


def test_rotation_keeps_the_newest_copies(sqlite_store, tmp_path):
    backups = Backups(sqlite_store.path, folder=folder(tmp_path, "rotating"), keep=3)
    made = [backups.snapshot(force=True) for _ in range(5)]
    assert all(made)
    assert backups.existing() == made[-3:]
    assert not made[0].exists() and not made[1].exists()


def test_an_unforced_snapshot_of_unchanged_content_is_skipped(sqlite_store, tmp_path):
    backups = Backups(sqlite_store.path, folder=folder(tmp_path, "copies"))
    assert backups.snapshot() is not None
    assert backups.snapshot() is None
    new_event(sqlite_store)
    assert backups.snapshot() is not None
    assert len(backups.existing()) == 2


def test_changes_trigger_a_background_backup_once_the_interval_has_passed(sqlite_store, tmp_path):
    clock = FakeClock()
    backups = Backups(
        sqlite_store.path, folder=folder(tmp_path, "timed"), interval=300, monotonic=clock
    )
    sqlite_store.backups = backups  # every commit now reports to this one

    clock.now = 120
    event_id = new_event(sqlite_store)
    time.sleep(0.05)
    assert backups.existing() == []  # too soon

    clock.now = 301
    person = people.add_person(sqlite_store, event_id, display_name="Rahim Uddin")
    wait_for(lambda: len(backups.existing()) == 1)
    copy = backups.existing()[0]
    assert integrity(copy) == "ok"
    assert rows(copy, "people", "id") == [(person,)]

    clock.now = 400  # within the next interval: no new copy
    people.add_person(sqlite_store, event_id, display_name="Nusrat Jahan")
    time.sleep(0.05)
    assert len(backups.existing()) == 1


def test_closing_copies_changes_the_last_backup_missed(tmp_path):
    clock = FakeClock()
    clock.now = 900
    store = open_store(tmp_path / "event.sqlite", backups=False)
    backups = Backups(store.path, folder=folder(tmp_path, "closing"), interval=300, monotonic=clock)
    store.backups = backups
    event_id = new_event(store)
    clock.now = 1000
    people.add_person(store, event_id, display_name="Tanvir")
    assert backups.existing() == []  # both commits came too soon after the last copy
    clock.now = 1300
    store.close()
    assert len(backups.existing()) == 1
    assert len(rows(backups.existing()[0], "people")) == 1


def test_a_backup_is_a_complete_valid_copy_and_no_partial_file_remains(sqlite_store):
    event_id = new_event(sqlite_store)
    with sqlite_store.write() as writer:
        people.create_people(writer, event_id, [{"display_name": f"P{i}"} for i in range(300)])
    copy = sqlite_store.backups.snapshot()
    assert copy is not None and copy.suffix == ".sqlite"
    assert integrity(copy) == "ok"
    for table in ("events", "people", "edits", "changes", "store_meta", "alembic_version"):
        assert rows(copy, table) == rows(sqlite_store.path, table), table
    assert len(rows(copy, "people")) == 300
    folder = sqlite_store.backups.folder
    assert list(folder.glob("*.partial")) == []
    assert copy.name.endswith(f"-s{rows(copy, 'edits', 'id')[-1][0]}.sqlite")


@pytest.mark.postgres
def test_postgresql_stores_have_no_file_backups(postgres_database):
    store = open_store(postgres_database)
    try:
        assert store.backups is None and store.path is None
    finally:
        store.close()


def test_a_failed_background_backup_is_reported_not_lost(sqlite_store, tmp_path, monkeypatch):
    from wltdesk.store import backup as backup_module

    ticks = iter(range(0, 100_000, 1_000))
    folder = tmp_path / "made-for-me"
    backups = backup_module.Backups(
        sqlite_store.path, folder=folder, interval=10, monotonic=lambda: next(ticks)
    )
    assert folder.is_dir()

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "snapshot", full_disk)
    backups.changed()
    backups._worker.join()
    assert "No space left on device" in backups.last_error
