"""Store size after a 10,000-person roster import, against the roster CSV file itself
(limit: 12× the CSV, both measured in the same run).

Two sizes: the store while the app has it open (file and WAL, right after the
import's commit), and the file after a checkpoint and ``VACUUM`` (what a backup or
a copy carries). The roster is the one ``bench_roster_import.py`` writes: UTF-8
with BOM, nine columns, Latin and Bengali names. The biggest parts of the store
(SQLite's ``dbstat`` table, where the driver has it) are printed under the figures.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_roster_import import write_roster
from figures import Figure, report

ROWS = 10_000
LIMIT = 12.0


def on_disk(path: Path) -> int:
    """The store's bytes: its file and, while open, its WAL."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def largest_parts(path: Path, count: int = 6) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?",
            (count,),
        ).fetchall()
    except sqlite3.OperationalError:  # built without dbstat
        return []
    finally:
        connection.close()
    return [f"{name} {size / 1e6:.2f} MB" for name, size in rows]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from wltdesk import events, roster
        from wltdesk.store import open_store

        source = Path(folder) / "roster.csv"
        write_roster(source, ROWS)
        path = Path(folder) / "bench.sqlite"
        store = open_store(path, backups=False)
        event_id = events.create_event(store, "Bench", date(2026, 1, 1), date(2026, 1, 2))
        imported = roster.import_roster(store, event_id, source)
        if imported.created != ROWS:
            sys.exit(f"expected {ROWS:,} new people, got {imported}")
        csv_bytes = source.stat().st_size
        open_bytes = on_disk(path)
        store.close()
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("VACUUM")  # through the WAL: closing folds it back in
        connection.close()
        packed = on_disk(path)
        parts = largest_parts(path)
    per = f"{packed / ROWS:,.0f} bytes a person; CSV {csv_bytes / 1e6:.2f} MB"
    report(
        [
            Figure(
                "store after VACUUM / roster CSV",
                packed / csv_bytes,
                LIMIT,
                "<=",
                f"{packed / 1e6:.1f} MB for {ROWS:,} people, {per}",
            ),
            Figure(
                "store while open (file + WAL) / roster CSV",
                open_bytes / csv_bytes,
                LIMIT,
                "<=",
                f"{open_bytes / 1e6:.1f} MB right after the import",
            ),
        ]
    )
    if parts:
        print("   largest parts: " + ", ".join(parts))


if __name__ == "__main__":
    main()
