"""A durable check-in against a raw durable SQLite commit of the same rows, in the same run
(target: median ≤ 2× the raw commit's median).

A check-in is durable once the desk shows it: one committed transaction with its
change log, SQLite in WAL mode with synchronous=FULL. The yardstick writes the very
rows each check-in wrote, read back from the store afterwards (the attendance row,
its edit in the log and the edit's fields), with Python's ``sqlite3`` into a copy of
the same store, under the same settings: ``BEGIN IMMEDIATE``, one INSERT per table
(an executemany for the fields), ``COMMIT``. So the ratio is what the service costs
beyond the writes it must make durable (its look-ups, checks and bookkeeping),
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


def written(store_file: sqlite3.Connection, after: int) -> list[tuple[str, list[tuple]]]:
    """What the check-ins since log position ``after`` wrote, read back from the store:
    (an INSERT statement, its rows) per table, the written rows first, then the log."""
    edits = store_file.execute("SELECT * FROM edits WHERE id > ? ORDER BY id", (after,))
    edit_columns = [d[0] for d in edits.description]
    edit_rows = edits.fetchall()
    statements = []
    entity, row_id = edit_columns.index("entity"), edit_columns.index("row_id")
    for edit in edit_rows:
        row = store_file.execute(f"SELECT * FROM {edit[entity]} WHERE id = ?", (edit[row_id],))
        statements.append((_insert(edit[entity], row.description), row.fetchall()))
    statements.append((_insert("edits", edits.description), edit_rows))
    ids = [edit[0] for edit in edit_rows]
    fields = store_file.execute(
        f"SELECT * FROM changes WHERE edit_id IN ({', '.join('?' * len(ids))})", ids
    )
    statements.append((_insert("changes", fields.description), fields.fetchall()))
    return statements


def _insert(table: str, description: tuple) -> str:
    columns = [d[0] for d in description]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
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
        store_file = sqlite3.connect(path)
        raw = sqlite3.connect(Path(folder) / "raw.sqlite", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute(f"PRAGMA synchronous={synchronous}")
        raw.execute("PRAGMA foreign_keys=ON")
        now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        ours, replayed = [], []
        for person_id in ids:
            log_end = store_file.execute("SELECT max(id) FROM edits").fetchone()[0]
            began = time.perf_counter()
            attendance.check_in(store, session, person_id, now=now)
            ours.append(time.perf_counter() - began)
            writes = written(store_file, log_end)
            began = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            for statement, rows in writes:
                if len(rows) == 1:
                    raw.execute(statement, rows[0])
                else:
                    raw.executemany(statement, rows)
            raw.execute("COMMIT")
            replayed.append(time.perf_counter() - began)
        raw.close()
        store_file.close()
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
