"""A durable check-in against a raw durable SQLite commit of the same rows, in the same run
(target: median ≤ 2× the raw commit's median).

A check-in is durable once the desk shows it: one committed transaction with its
change log, SQLite in WAL mode with synchronous=FULL. The yardstick replays the
very rows each check-in wrote (its INSERT and UPDATE statements as the driver
received them, caught with SQLAlchemy's ``before_cursor_execute`` event) with
Python's ``sqlite3`` into a copy of the same store, under the same settings:
``BEGIN IMMEDIATE``, the statements, ``COMMIT``. So the ratio is what the service
costs beyond the writes it must make durable (its look-ups, checks and bookkeeping),
whatever the disk. Each check-in and its replay run back to back, so a drift in the
shared machine's speed hits both.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

TARGET_RATIO = 2.0
CHECK_INS = 500
WRITES = ("INSERT", "UPDATE", "DELETE")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from sqlalchemy import event

        from wltdesk import agenda, attendance, events, people
        from wltdesk.store import open_store

        path = Path(folder) / "bench.sqlite"
        store = open_store(path, backups=False)
        event_id = events.create_event(store, "Bench", date(2026, 1, 1), date(2026, 1, 2))
        with store.write() as writer:
            ids = people.create_people(writer, event_id, synthetic_people(CHECK_INS))
        session = agenda.add_session(
            store, event_id, "Opening", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10)
        )
        store.close()
        shutil.copyfile(path, Path(folder) / "raw.sqlite")
        store = open_store(path, backups=False)
        with store.engine.connect() as connection:
            synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
        writes: list[tuple[str, object, bool]] = []

        def caught(_conn, _cursor, statement, parameters, _context, executemany) -> None:
            if statement.lstrip().upper().startswith(WRITES):
                writes.append((statement, parameters, executemany))

        event.listen(store.engine, "before_cursor_execute", caught)
        raw = sqlite3.connect(Path(folder) / "raw.sqlite", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute(f"PRAGMA synchronous={synchronous}")
        raw.execute("PRAGMA foreign_keys=ON")
        now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        ours, replayed = [], []
        for person_id in ids:
            writes.clear()
            began = time.perf_counter()
            attendance.check_in(store, session, person_id, now=now)
            ours.append(time.perf_counter() - began)
            began = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            for statement, parameters, many in writes:
                (raw.executemany if many else raw.execute)(statement, parameters)
            raw.execute("COMMIT")
            replayed.append(time.perf_counter() - began)
        raw.close()
        store.close()
    median = statistics.median
    report(
        [
            Figure(
                "durable check-in / raw SQLite commit of its rows",
                median(ours) / median(replayed),
                TARGET_RATIO,
                "<=",
                f"median {median(ours) * 1000:.2f} ms vs {median(replayed) * 1000:.2f} ms "
                f"over {CHECK_INS} check-ins (WAL, synchronous={synchronous})",
            )
        ]
    )


if __name__ == "__main__":
    main()
