"""Run every benchmark (``bench/bench_*.py``) and print what each reports.

Usage: ``python bench/run_all.py [NAME ...]`` (names filter by substring, e.g.
``checkin``). Each benchmark runs in its own process with the project's venv
Python (``.venv``, or this interpreter when there is none), so one cannot warm
caches for the next. Benchmarks print their own numbers and targets; this
script exits non-zero if any of them crashed or said it is OVER TARGET.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def venv_python() -> str:
    for candidate in (ROOT / ".venv" / "bin" / "python", ROOT / ".venv" / "Scripts" / "python.exe"):
        if candidate.is_file():
            return str(candidate)
    return sys.executable


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
    for script in scripts:
        print(f"== {script.name}", flush=True)
        began = time.perf_counter()
        result = subprocess.run(
            [python, str(script)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        output = (result.stdout + result.stderr).rstrip()
        if output:
            print(output)
        seconds = time.perf_counter() - began
        if result.returncode != 0:
            failed.append(f"{script.name} (exit {result.returncode})")
        elif "OVER TARGET" in result.stdout:
            failed.append(f"{script.name} (over target)")
        print(f"   ({seconds:.1f} s)", flush=True)
    if failed:
        print(f"{len(failed)} of {len(scripts)} benchmarks failed: {', '.join(failed)}")
        return 1
    print(f"all {len(scripts)} benchmarks ran within their targets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
