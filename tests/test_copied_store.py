"""A copied store: the same file on a spare laptop, two laptops and an organizer.

Before laptops had identities of their own, a copy wrote under its original's
device id: the two overwrote each other's bundles on the shared folder (the
file names are log positions, which both had in common), and a check-in never
reached the organizer while the laptop said "Synced just now". Now a copy
notices it is one when it is first opened (:mod:`wltdesk.store.identity`) and
takes a new identity before it writes anything: both laptops sync to one folder,
no bundle replaces another, and the organizer (SQLite and PostgreSQL) gets every
check-in of both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from bundle_tools import key_of
from sqlalchemy import select

from wltdesk import agenda, attendance, devices, events, people
from wltdesk.store import Store, open_store
from wltdesk.store.models import Attendance
from wltdesk.sync import exchange, merge
from wltdesk.sync.targets import FolderTarget

START = datetime(2026, 3, 14, 9, 0)
CHECKED_AT = datetime(2026, 3, 14, 9, 1, tzinfo=UTC)


def copy_store(source: Path, target: Path) -> None:
    """The store file as a user copies it: the file and, if present, its WAL."""
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))


@pytest.fixture
def written(monkeypatch) -> list[tuple[Path, bytes]]:
    """Every file a folder target writes, with its bytes, in order."""
    put = FolderTarget.put
    seen: list[tuple[Path, bytes]] = []

    def recording_put(self, event_id, device, name, source):
        put(self, event_id, device, name, source)
        seen.append((self.root / event_id / device / name, Path(source).read_bytes()))

    monkeypatch.setattr(FolderTarget, "put", recording_put)
    return seen


def check_in_all(store: Store, session_id: str, people_ids: list[str]) -> None:
    for person in people_ids:
        attendance.check_in(store, session_id, person, now=CHECKED_AT)


def present(store: Store, session_id: str) -> set[str]:
    with store.read() as db:
        query = select(Attendance.person_id).where(
            Attendance.session_id == session_id, Attendance.deleted.is_(False)
        )
        return set(db.execute(query).scalars())


def test_a_copied_store_takes_a_new_identity_and_no_check_in_is_lost(store, tmp_path, written):
    share = tmp_path / "share"
    share.mkdir()
    a_path, spare_path = tmp_path / "a.sqlite", tmp_path / "spare.sqlite"
    a = open_store(a_path, backups=False)
    event_id = events.create_event(a, "Copy Training", date(2026, 3, 14), date(2026, 3, 15))
    everyone = [people.add_person(a, event_id, display_name=f"Participant {n}") for n in range(24)]
    opening = agenda.add_session(a, event_id, "Opening", START, START + timedelta(hours=1))
    closing = agenda.add_session(
        a, event_id, "Closing", START + timedelta(hours=7), START + timedelta(hours=8)
    )
    exchange.add_target(a, event_id, str(share))
    exchange.sync(a, event_id)
    key, original = key_of(a, event_id), a.identity
    check_in_all(a, opening, everyone[:3])  # not synced yet when the file is copied
    copy_store(a_path, spare_path)  # the same file, on the spare laptop

    spare = open_store(spare_path, backups=False)
    try:
        assert spare.identity.renewed_from == original.device_id
        assert spare.device_id != original.device_id
        assert spare.identity.public_key != original.public_key
        again = open_store(a_path, backups=False)  # the original keeps its identity
        assert again.identity == a.identity and again.identity.renewed_from is None
        again.close()
        # both laptops check in as many people at the same time (so the two logs grow
        # alike, as two desks at one door do), and sync to the same folder
        for session, first, second in (
            (opening, everyone[3:13], everyone[13:23]),
            (closing, everyone[:10], everyone[10:20]),
        ):
            check_in_all(a, session, first)
            check_in_all(spare, session, second)
            for laptop in (a, spare):
                assert exchange.sync(laptop, event_id).location == str(share)
        check_in_all(spare, opening, everyone[23:])
        for laptop in (a, spare, a):
            exchange.sync(laptop, event_id)
            said = exchange.status(laptop, event_id).describe()
            assert said == "Synced just now — everything sent"
        spare_folder = share / event_id / spare.device_id
        assert spare_folder.is_dir() and (share / event_id / a.device_id).is_dir()
    finally:
        spare.close()
        a.close()

    # no bundle replaced another: every file written once, each laptop in its own folder
    paths = [path for path, _data in written]
    assert len(paths) == len(set(paths)) >= 3
    assert {path.parent.name for path in paths} == {original.device_id, spare_folder.name}
    for path, data in written:
        assert path.read_bytes() == data

    # the organizer joins with the key and gets every check-in of both laptops
    package = sorted((share / event_id / original.device_id).glob("*.wltx"))[0]  # full
    merge.import_bundles(store, [package], given_key=key)
    exchange.sync(store, event_id, str(share))
    assert present(store, opening) == set(everyone)
    assert present(store, closing) == set(everyone[:20])
    laptops = {d.device: d for d in devices.list_devices(store, event_id)}
    assert {original.device_id, spare_folder.name} <= set(laptops)
    assert laptops[spare_folder.name].public_key is not None


def wltdesk(home: Path, *argv: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wltdesk", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "WLTDESK_HOME": str(home)},
        timeout=300,
    )


def test_the_command_line_says_once_that_a_copy_writes_as_a_new_laptop(tmp_path):
    home = tmp_path / "home"
    original = tmp_path / "a.sqlite"
    made = wltdesk(home, "--db", original, "event", "create", "--name", "T", "--start",
                   "2026-03-14", "--end", "2026-03-15")  # fmt: skip
    assert made.returncode == 0 and made.stderr == "", made.stderr
    copy_store(original, tmp_path / "copy.sqlite")
    first = wltdesk(home, "--db", tmp_path / "copy.sqlite", "event", "list")
    assert first.returncode == 0
    [note] = first.stderr.splitlines()
    assert note.startswith("wltdesk: note: this store is a copy of another store (of laptop ")
    assert "it now writes as a new laptop" in note and "Traceback" not in first.stderr
    second = wltdesk(home, "--db", tmp_path / "copy.sqlite", "event", "list")
    assert second.returncode == 0 and second.stderr == ""
    untouched = wltdesk(home, "--db", original, "event", "list")
    assert untouched.returncode == 0 and untouched.stderr == ""


def test_two_processes_opening_one_copy_at_once_agree_on_one_new_identity(tmp_path):
    original = tmp_path / "a.sqlite"
    opened = open_store(original, backups=False)
    device = opened.device_id
    opened.close()
    copy = tmp_path / "copy.sqlite"
    copy_store(original, copy)
    env = {**os.environ, "WLTDESK_HOME": os.environ["WLTDESK_HOME"]}
    probe = "from wltdesk.store import open_store; import sys; s = open_store(sys.argv[1]); "
    probe += "print(s.device_id, s.identity.renewed_from); s.close()"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", probe, str(copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    results = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), results
    ids = [out.split()[0] for out, _err in results]
    renewed = [out.split()[1] for out, _err in results]
    assert ids[0] == ids[1] != device
    assert sorted(renewed) == sorted([device, "None"])  # one of them renewed it
