"""Run every benchmark (``bench/bench_*.py``) and print what each reports.

Usage: ``python bench/run_all.py [NAME ...]`` (names filter by substring, e.g.
``checkin``). Each benchmark runs in its own process with the project's venv
Python (``.venv``, or this interpreter when there is none), so one cannot warm
caches for the next. Each benchmark prints its figures beside their limits
(``figures.py``); this script prints what each printed, then one table of every
figure, and exits non-zero if any benchmark crashed or a figure is OVER TARGET.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from figures import parse

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def venv_python() -> str:
    for candidate in (ROOT / ".venv" / "bin" / "python", ROOT / ".venv" / "Scripts" / "python.exe"):
        if candidate.is_file():
            return str(candidate)
    return sys.executable


def print_table(rows: list[list[str]]) -> None:
    """One table of every figure: the benchmark, the figure, its value and limit, the
    share of the limit it uses (≤ 1.00 is within) and the verdict."""
    if not rows:
        return
    head = ["bench", "figure", "value", "limit", "used", ""]
    body = [row[:6] for row in rows]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(6)]
    align = ["<", "<", ">", "<", ">", "<"]
    print()
    for row in [head, *body]:
        cells = (f"{cell:{a}{w}}" for cell, a, w in zip(row, align, widths, strict=True))
        print("  ".join(cells).rstrip())


def main(argv: list[str]) -> int:
    scripts = sorted(BENCH.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(word in s.stem for word in argv)]
    if not scripts:
        print("no benchmarks found", file=sys.stderr)
        return 1
    python = venv_python()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    failed: list[str] = []
    table: list[list[str]] = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        began = time.perf_counter()
        result = subprocess.run(
            [python, str(script)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        output = (result.stdout + result.stderr).rstrip()
        if output:
            print(output)
        table += [[script.stem[6:], *row] for row in map(parse, output.splitlines()) if row]
        seconds = time.perf_counter() - began
        if result.returncode != 0:
            failed.append(f"{script.name} (exit {result.returncode})")
        elif "OVER TARGET" in result.stdout:
            failed.append(f"{script.name} (over target)")
        print(f"   ({seconds:.1f} s)", flush=True)
    print_table(table)
    if failed:
        print(f"{len(failed)} of {len(scripts)} benchmarks failed: {', '.join(failed)}")
        return 1
    print(f"all {len(scripts)} benchmarks ran within their targets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
