"""Check-in search in the core index, on a 10,000- and a 50,000-person roster.

1. A query (what a facilitator types: 1 to 6 letters of a name or of the name
   in Bengali, a username, a family name in capitals): target p95 ≤ 5 ms.
2. Growth: the time all those queries take on 50,000 people over the time on
   10,000. Ranking and sorting every match grows faster than the roster (above
   5×); the index asks each kind of match only for the few people it still
   needs: target ≤ 5×, the roster's own growth.
3. One person changed (a walk-in, an edit, a merge): the index updates that
   person alone, target ≤ 1 ms on average at 50,000 people, against building
   the whole index again (in the figure's note).

Each figure is printed beside its limit, with the share of the limit it uses
(``figures.py``: ≤ 1.00 is within the target).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

QUERY_MS = 5.0
GROWTH = 5.0
UPDATE_MS = 1.0
ROSTERS = (10_000, 50_000)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * 0.95), len(ordered) - 1)]


def queries_for(rows: list[dict[str, str]]) -> list[str]:
    rng = random.Random(3)
    queries = []
    for row in rng.sample(rows, 200):
        name = row["local_name"] or row["display_name"]
        queries += [name[: n + 1] for n in range(min(len(name), 6))]
        queries += [row["wiki_username"].lower(), row["display_name"].split()[-1].upper()]
    return queries


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["WLTDESK_HOME"] = folder
        from wltdesk import events, people
        from wltdesk.search import PeopleIndex
        from wltdesk.store import open_store

        store = open_store(Path(folder) / "bench.sqlite", backups=False)
        totals: dict[int, float] = {}
        for size in ROSTERS:
            event_id = events.create_event(
                store, f"Bench {size}", date(2026, 1, 1), date(2026, 1, 2)
            )
            rows = synthetic_people(size)
            with store.write() as writer:
                people.create_people(writer, event_id, rows)
            roster = people.list_people(store, event_id)
            began = time.perf_counter()
            index = PeopleIndex.build(roster)
            build_ms = (time.perf_counter() - began) * 1000
            queries = queries_for(rows)
            timings = []
            for text in queries:
                began = time.perf_counter()
                index.search(text)
                timings.append((time.perf_counter() - began) * 1000)
            totals[size] = sum(timings)
            figure = Figure(
                f"check-in search, {size:,} people, p95 ms",
                p95(timings),
                QUERY_MS,
                "<=",
                f"median {statistics.median(timings):.2f} ms over {len(timings)} queries; "
                f"index build {build_ms:.0f} ms",
            )
            report([figure])
            if size != max(ROSTERS):
                continue
            growth = totals[size] / totals[min(ROSTERS)]
            figure = Figure(
                f"search growth, {min(ROSTERS):,} → {size:,} people, ×",
                growth,
                GROWTH,
                "<=",
                f"all queries {totals[min(ROSTERS)]:.0f} ms → {totals[size]:.0f} ms; "
                f"the roster grows ×{size / min(ROSTERS):g}",
            )
            report([figure])
            changed = random.Random(7).sample(roster, 200)
            for person in changed:
                person.display_name += " Renamed"
            cpu: list[float] = []
            began = time.perf_counter()
            for person in changed:
                began_cpu = time.thread_time()
                index.put(person)
                cpu.append((time.thread_time() - began_cpu) * 1000)
            mean = (time.perf_counter() - began) * 1000 / len(changed)
            figure = Figure(
                f"index update, one person changed, {size:,} people, mean ms",
                mean,
                UPDATE_MS,
                "<=",
                f"over {len(changed)} people, CPU p95 {p95(cpu):.3f} ms; "
                f"building it again takes {build_ms:.0f} ms",
            )
            report([figure])
        store.close()


if __name__ == "__main__":
    main()
