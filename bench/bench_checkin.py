"""A durable check-in: one committed transaction with its change log (target median ≤ 3 ms)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import people as synthetic_people

TARGET_MS = 3.0
CHECK_INS = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from wltdesk import agenda, attendance, events, people
        from wltdesk.store import open_store

        store = open_store(Path(folder) / "bench.sqlite", backups=False)
        event_id = events.create_event(store, "Bench", date(2026, 1, 1), date(2026, 1, 2))
        with store.write() as writer:
            ids = people.create_people(writer, event_id, synthetic_people(CHECK_INS))
        session = agenda.add_session(
            store, event_id, "Opening", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10)
        )
        now = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
        timings = []
        for person_id in ids:
            began = time.perf_counter()
            attendance.check_in(store, session, person_id, now=now)
            timings.append((time.perf_counter() - began) * 1000)
        median = statistics.median(timings)
        p95 = sorted(timings)[int(len(timings) * 0.95)]
        verdict = "" if median <= TARGET_MS else "  OVER TARGET"
        print(
            f"durable check-in commit (SQLite WAL, synchronous=FULL): median {median:.2f} ms, "
            f"p95 {p95:.2f} ms over {CHECK_INS} check-ins (target median ≤ {TARGET_MS:g} ms)"
            f"{verdict}"
        )
        store.close()


if __name__ == "__main__":
    main()
