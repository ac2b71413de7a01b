"""A check-in the screen has shown survives the laptop dying mid-burst.

A child process checks people in as fast as it can, printing ``ACK <id>`` only
after each commit returned; the test kills it with SIGKILL (no clean-up, no
atexit, like a pulled plug for the process) while it is still writing. Every
acknowledged check-in must then be in the store, the store must be intact,
and its change log must rebuild the same attendance elsewhere.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import Attendance, Person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

KILL_AFTER = 200
PEOPLE = 1000  # several times what the child gets through before it is killed

CHILD = r"""
import sys
from datetime import UTC, date, datetime

from wltdesk import people
from wltdesk.events import create_event
from wltdesk.store.models import Attendance, EventSession
from wltdesk.store import open_store

store = open_store(sys.argv[1])
event_id = create_event(store, "Crash Training", date(2026, 3, 14), date(2026, 3, 15))
with store.write() as writer:
    session_id = writer.create(
        EventSession,
        {
            "event_id": event_id,
            "day": date(2026, 3, 14),
            "starts_at": datetime(2026, 3, 14, 9, 0),
            "ends_at": datetime(2026, 3, 14, 10, 30),
            "title": "Opening circle",
        },
    )
    person_ids = people.create_people(
        writer, event_id, [{"display_name": f"Participant {i}"} for i in range(int(sys.argv[2]))]
    )
print("READY", flush=True)
for person_id in person_ids:
    with store.write() as writer:
        attendance_id = writer.create(
            Attendance,
            {
                "event_id": event_id,
                "person_id": person_id,
                "session_id": session_id,
                "status": "present",
                "checked_at": datetime.now(UTC).replace(tzinfo=None),
                "device_id": writer.device_id,
            },
        )
    sys.stdout.write(f"ACK {attendance_id}\n")
    sys.stdout.flush()
print("DONE", flush=True)
"""


def attendance_ids(store) -> set[str]:
    with store.read() as db:
        return set(db.execute(select(Attendance.id)).scalars())


def test_every_acknowledged_check_in_survives_a_sigkill(tmp_path):
    path = tmp_path / "venue.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(PEOPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    acked: list[str] = []
    lines: list[str] = []
    deadline = time.monotonic() + 120
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line)
            if line.startswith("ACK "):
                acked.append(line.split()[1])
                if len(acked) == KILL_AFTER:
                    os.kill(child.pid, signal.SIGKILL)
                    break
            if time.monotonic() > deadline:
                break
        # Whatever the child printed before it died was committed first.
        acked.extend(line.split()[1] for line in child.stdout if line.startswith("ACK "))
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = child.stderr.read() if child.stderr else ""
    assert len(acked) >= KILL_AFTER, f"child stopped early:\n{''.join(lines[-5:])}{stderr}"
    assert child.returncode == -signal.SIGKILL, "the child finished before it was killed"
    assert "DONE" not in "".join(lines)

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()

    store = open_store(path)
    replica = open_store(tmp_path / "replica.sqlite", backups=False)
    try:
        stored = attendance_ids(store)
        assert set(acked) <= stored
        # At most the one check-in that committed as the signal hit lacks its ACK.
        assert len(stored) - len(set(acked)) in (0, 1)
        with store.read() as db:
            people_count = len(db.execute(select(Person.id)).all())
            changes = change_dicts(db)
        assert people_count == PEOPLE

        with replica.write() as writer:
            result = apply_changes(writer.db, changes, replica.clock)
        assert result.rows_pending == 0
        assert attendance_ids(replica) == stored
    finally:
        store.close()
        replica.close()
