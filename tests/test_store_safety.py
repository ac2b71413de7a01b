"""Stores survive being created by several processes at once, and being killed while created.

A facilitator double-clicks the app while a script imports bundles; a laptop dies
while the app makes its first store. Creating or migrating a store must never
leave it unopenable, and two processes that open or create a store at the same
moment must both succeed, with one identity. Two imports of the same bundles at
once both succeed and leave the store as one import would.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wltdesk import events, people
from wltdesk.store import open_store
from wltdesk.store.database import SCHEMA_HEAD, schema_revision
from wltdesk.store.models import Change, Person, StoreMeta
from wltdesk.sync import bundle, eventkey, merge

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

OPEN = "import sys; from wltdesk.store import open_store; open_store(sys.argv[1]).close()"

#: Imports the bundles (after the store) with the event key (first), as an organizer joins.
IMPORT = (
    "import sys; from wltdesk.store import open_store; from wltdesk.sync import merge; "
    "s = open_store(sys.argv[1]); merge.import_bundles(s, sys.argv[3:], given_key=sys.argv[2]); "
    "s.close()"
)


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = process.communicate(timeout=240)
    return process.returncode, err


def _opens_at_head(target: str) -> None:
    store = open_store(target, backups=False)
    try:
        assert schema_revision(store.engine) == SCHEMA_HEAD
        with store.read() as db:
            assert db.get(StoreMeta, "device_id") is not None
            assert db.execute(select(func.count()).select_from(Change)).scalar_one() == 0
    finally:
        store.close()


def _database(request, tmp_path: Path, name: str) -> str:
    if request.param == "sqlite":
        return str(tmp_path / f"{name}.sqlite")
    server = request.getfixturevalue("postgres_server")
    database = server.create_database(migrated=False)
    request.addfinalizer(lambda: server.drop_database(database))
    return server.url(database)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_database(request, tmp_path):
    """Where a store does not exist yet: a file path, then an empty PostgreSQL database."""
    return _database(request, tmp_path, "new")


def test_processes_creating_one_store_at_once_all_succeed_with_one_identity(new_database):
    racers = [_python(OPEN, new_database) for _ in range(4)]
    results = [_finish(p) for p in racers]
    assert [code for code, _ in results] == [0, 0, 0, 0], [err for _, err in results]
    _opens_at_head(new_database)
    store = open_store(new_database, backups=False)
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(StoreMeta)).scalar() >= 1
    store.close()


@pytest.mark.slow
def test_a_store_killed_while_it_is_created_always_opens_afterwards(tmp_path):
    """30 first opens, each SIGKILLed at a random moment of its creation."""
    started = time.monotonic()
    rc, err = _finish(_python(OPEN, str(tmp_path / "timing.sqlite")))
    assert rc == 0, err
    creation = time.monotonic() - started
    chance = random.Random(20261206)
    for trial in range(30):
        path = tmp_path / f"killed-{trial}.sqlite"
        child = _python(OPEN, str(path))
        time.sleep(chance.uniform(0.0, creation))
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)
        _opens_at_head(str(path))


def _two_laptop_bundles(tmp_path: Path) -> tuple[list[Path], str]:
    laptop = open_store(tmp_path / "laptop.sqlite", backups=False)
    event_id = events.create_event(laptop, "Race Training", date(2026, 3, 14), date(2026, 3, 15))
    with laptop.write() as writer:
        people.create_people(
            writer, event_id, [{"display_name": f"Participant {i}"} for i in range(300)]
        )
    full = bundle.export_bundle(laptop, event_id, tmp_path / "full.wltx").path
    key = eventkey.event_key(laptop, event_id)
    laptop.close()
    return [full], key


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def organizer_store(request, tmp_path):
    target = _database(request, tmp_path, "organizer")
    open_store(target, backups=False).close()
    return target


def test_two_imports_of_the_same_bundle_at_once_both_succeed(tmp_path, organizer_store):
    paths, key = _two_laptop_bundles(tmp_path)
    bundles = [str(p) for p in paths]
    racers = [_python(IMPORT, organizer_store, key, *bundles) for _ in range(2)]
    results = [_finish(p) for p in racers]
    assert [code for code, _ in results] == [0, 0], [err for _, err in results]
    store = open_store(organizer_store, backups=False)
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(Person)).scalar_one() == 300
        changes = db.execute(select(func.count()).select_from(Change)).scalar_one()
    summary = merge.import_bundles(store, bundles)
    store.close()
    assert summary.new_changes == 0
    assert changes > 300


def test_what_a_killed_export_or_upload_left_is_cleared_by_the_next_one(tmp_path):
    """A process killed while writing leaves its hidden work behind (SIGKILL runs no
    clean-up); the next export to the folder, or upload to the target, clears it once
    it is old enough that no writer can still be busy with it."""
    from wltdesk.sync import exchange
    from wltdesk.sync.bundle import STALE_WORK_SECONDS

    laptop = open_store(tmp_path / "laptop.sqlite", backups=False)
    event_id = events.create_event(laptop, "Kill Training", date(2026, 3, 14), date(2026, 3, 15))
    out = tmp_path / "out"
    out.mkdir()
    old, fresh = out / ".wltx-killed", out / ".wltx-busy"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "changes").write_bytes(b"half a bundle")
    long_ago = time.time() - STALE_WORK_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    bundle.export_bundle(laptop, event_id, out / "event.wltx")
    assert not old.exists() and fresh.exists()  # another export may still be writing there
    share = tmp_path / "share"
    share.mkdir()
    exchange.sync(laptop, event_id, str(share))
    [own] = [d for d in (share / event_id).iterdir()]
    part = own / ".0000000009.wltx.dead.part"
    part.write_bytes(b"half an upload")
    os.utime(part, (long_ago, long_ago))
    people.add_person(laptop, event_id, display_name="After the crash")
    exchange.sync(laptop, event_id, str(share))
    assert not part.exists()
    laptop.close()
