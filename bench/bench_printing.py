"""Printing: 1,000 badges with QR codes (target ≤ 5 s), a sign-in sheet for 2,000 people (≤ 2 s).

Both build the whole PDF from a real store (roster query, fonts, shaping of
Bengali names, QR and Code 128 for every badge) the way ``wltdesk print`` does;
the best of three runs counts, so one slow run on a shared machine does not.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

BADGES, BADGES_TARGET = 1_000, 5.0
SIGNIN, SIGNIN_TARGET = 2_000, 2.0


def best_of(runs: int, work: Callable[[], bytes]) -> tuple[float, bytes]:
    best, data = float("inf"), b""
    for _ in range(runs):
        began = time.perf_counter()
        data = work()
        best = min(best, time.perf_counter() - began)
    return best, data


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from wltdesk import agenda, events, people, printing
        from wltdesk.store import open_store

        store = open_store(Path(folder) / "bench.sqlite", backups=False)
        badge_event = events.create_event(store, "Bench badges", date(2026, 1, 1), date(2026, 1, 2))
        with store.write() as writer:
            people.create_people(writer, badge_event, synthetic_people(BADGES, seed=5))
        seconds, data = best_of(
            3, lambda: printing.render(store, badge_event, "badges", printing.PrintOptions())
        )
        pages = printing.page_count(data)
        badges = Figure(
            "badges with QR and Code 128, s",
            seconds,
            BADGES_TARGET,
            "<=",
            f"{BADGES:,} people, {pages} pages, {len(data) / 1e6:.1f} MB",
        )

        sheet_event = events.create_event(
            store, "Bench sign-in", date(2026, 1, 1), date(2026, 1, 2)
        )
        with store.write() as writer:
            people.create_people(writer, sheet_event, synthetic_people(SIGNIN, seed=6))
        session_id = agenda.add_session(
            store, sheet_event, "Opening", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10)
        )
        options = printing.PrintOptions(session_id=session_id)
        seconds, data = best_of(3, lambda: printing.render(store, sheet_event, "signin", options))
        pages = printing.page_count(data)
        signin = Figure(
            "sign-in sheet, s", seconds, SIGNIN_TARGET, "<=", f"{SIGNIN:,} people, {pages} pages"
        )
        store.close()
    report([badges, signin])


if __name__ == "__main__":
    main()
