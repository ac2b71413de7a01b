"""Reflection circles at the largest room the design names (200 people).

Two numbers a facilitator feels: the pause after pressing Next (the runner
steps and the whole record is saved durably, as the Circles pane does), and
opening a circle's summary with 600 notes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

SPEAKERS = 200
NOTES = 600
STEP_TARGET_MS = 50.0
SUMMARY_TARGET_MS = 250.0


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from wltdesk import agenda, circles, events, people
        from wltdesk.store import open_store

        store = open_store(Path(folder) / "bench.sqlite", backups=False)
        event_id = events.create_event(store, "Bench", date(2026, 1, 1), date(2026, 1, 2))
        with store.write() as writer:
            ids = people.create_people(writer, event_id, synthetic_people(SPEAKERS))
        session_id = agenda.add_session(
            store, event_id, "Circle", datetime(2026, 1, 1, 16), datetime(2026, 1, 1, 17)
        )
        circle_id = circles.create_circle(
            store, session_id, "Big circle", ["Prompt"], order_mode="manual", speakers=ids
        )
        clock = [0.0]
        runner = circles.CircleRunner.for_circle(
            circles.get_circle(store, circle_id), lambda: clock[0]
        )
        runner.start()
        steps = []
        for n in range(SPEAKERS):
            clock[0] += 60
            began = time.perf_counter()
            if n % 10 == 0:
                runner.pass_turn()
            else:
                runner.next()
            circles.set_turns(store, circle_id, runner.turns())
            steps.append((time.perf_counter() - began) * 1000)
        steps.sort()
        step_p95 = steps[int(len(steps) * 0.95)]
        with store.write() as writer:
            for n in range(NOTES):
                circles.record_note(
                    writer,
                    circle_id,
                    f"note {n}",
                    person_id=ids[n % SPEAKERS],
                    anonymous=n % 7 == 0,
                    themes=[f"theme {n % 12}", "trust"],
                    visibility=("private", "organizers", "public")[n % 3],
                )
        timings = []
        for _ in range(5):
            began = time.perf_counter()
            found = circles.summary(store, circle_id, "facilitator")
            timings.append((time.perf_counter() - began) * 1000)
        summary_ms = sorted(timings)[len(timings) // 2]
        assert found.totals.notes == NOTES and len(found.time_shared) == SPEAKERS
        store.close()
    report(
        [
            Figure(
                "circle step (next + durable save), p95 ms",
                step_p95,
                STEP_TARGET_MS,
                "<=",
                f"{SPEAKERS} speakers",
            ),
            Figure(
                "circle summary, median ms",
                summary_ms,
                SUMMARY_TARGET_MS,
                "<=",
                f"{SPEAKERS} speakers, {NOTES} notes",
            ),
        ]
    )


if __name__ == "__main__":
    main()
