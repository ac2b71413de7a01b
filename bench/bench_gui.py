"""The check-in desk as a facilitator feels it.

1. Keystroke to updated results, 5,000-person roster, through the real search
   field, model and list view (the key event, the search, the model reset and
   the repaint): target p95 ≤ 16 ms, one frame at 60 Hz.
2. Cold start of ``wltdesk`` to the first shown window on the demo event, as a
   new process each time: target median ≤ 1.0 s.

Runs offscreen (no display needed).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

KEYSTROKE_TARGET_MS = 16.0
START_TARGET_S = 1.0
ROSTER = 5_000


def keystrokes(folder: Path) -> Figure:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wltdesk import agenda, events, people
    from wltdesk.gui.app import build_window, register_fonts
    from wltdesk.gui.settings import Settings
    from wltdesk.store import open_store

    app = QApplication.instance() or QApplication([])
    register_fonts()
    store = open_store(folder / "desk.sqlite", backups=False)
    today = datetime.now(UTC).date()
    event_id = events.create_event(store, "Bench", today, today)
    rows = synthetic_people(ROSTER)
    with store.write() as writer:
        people.create_people(writer, event_id, rows)
    now = datetime.now(UTC).replace(tzinfo=None)
    agenda.add_session(store, event_id, "Now", now - timedelta(minutes=5), now + timedelta(hours=1))
    window = build_window(store, event_id, Settings())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    field = window.sections["checkin"].ui.searchEdit
    rng = random.Random(5)
    timings = []
    for row in rng.sample(rows, 60):
        field.clear()
        app.processEvents()
        for char in row["display_name"][:8]:
            if not char.isascii():
                continue
            began = time.perf_counter()
            QTest.keyClick(field, char)
            app.processEvents()  # model reset and repaint of the list
            timings.append((time.perf_counter() - began) * 1000)
        QTest.keyClick(field, Qt.Key.Key_Escape)
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    return Figure(
        "check-in keystroke to results, p95 ms",
        p95,
        KEYSTROKE_TARGET_MS,
        "<=",
        f"{ROSTER:,} people, median {statistics.median(timings):.1f} ms over {len(timings)} keys",
    )


def cold_start(folder: Path, runs: int = 5) -> Figure:
    env = dict(os.environ, WLTDESK_HOME=str(folder / "home"))
    store = str(folder / "demo.sqlite")
    wltdesk = [sys.executable, "-m", "wltdesk", "--db", store]
    subprocess.run([*wltdesk, "demo"], check=True, env=env, capture_output=True)
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([*wltdesk, "gui", "--exit-after-show"], check=True, env=env)
        timings.append(time.perf_counter() - began)
    median = statistics.median(timings)
    return Figure(
        "cold start to first window, median s",
        median,
        START_TARGET_S,
        "<=",
        f"demo event, {runs} runs, max {max(timings):.2f} s",
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["WLTDESK_HOME"] = str(folder / "home")
        report([cold_start(folder), keystrokes(folder)])


if __name__ == "__main__":
    main()
