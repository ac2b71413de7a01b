"""Start-up of the command line: ``wltdesk --version`` and ``wltdesk --help``, in CPU time.

Target: each costs ≤ 4× the CPU time of a bare ``python -c "import sys"`` on the
same interpreter (median over the runs, each run a new process). A script calls
the command line often, and a facilitator types ``--help`` to learn it: neither
may wait for SQLAlchemy, the store or the command modules.

CPU time (user + system) is read with ``resource.getrusage(RUSAGE_CHILDREN)``
around each child, so other load on the machine moves it less than wall time.
The runs alternate (bare, version, help, bare, ...) so a drift in the machine's
speed hits all three alike; the ratio is taken pair by pair and its median shown.
The command is the ``wltdesk`` script installed beside the interpreter (what
people run), with this checkout first on ``PYTHONPATH``; ``python -m wltdesk``
when there is no such script. Unix only (``resource``).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report

TARGET_RATIO = 4.0
RUNS = 25
ROOT = Path(__file__).resolve().parent.parent


def command() -> list[str]:
    script = Path(sys.executable).parent / "wltdesk"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "wltdesk"]


def cpu_seconds(argv: list[str], env: dict[str, str]) -> float:
    """User + system seconds the child process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    wltdesk = command()
    bare = [sys.executable, "-c", "import sys"]
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "WLTDESK_HOME": folder,
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p
            ),
        }
        runs: dict[str, list[float]] = {"bare": [], "--version": [], "--help": []}
        argvs = {"bare": bare, "--version": [*wltdesk, "--version"], "--help": [*wltdesk, "--help"]}
        for argv in argvs.values():  # warm-up: byte-code caches, file system caches
            cpu_seconds(argv, env)
        for _ in range(RUNS):
            for name, argv in argvs.items():
                runs[name].append(cpu_seconds(argv, env))
    base = statistics.median(runs["bare"])
    print(f"command: {' '.join(Path(w).name for w in wltdesk)} (this checkout), {RUNS} runs each")
    print(f"bare python -c 'import sys': median {base * 1000:.1f} ms CPU")
    figures = []
    for name in ("--version", "--help"):
        ratios = [a / b for a, b in zip(runs[name], runs["bare"], strict=True) if b > 0]
        figures.append(
            Figure(
                f"wltdesk {name} CPU / bare Python",
                statistics.median(ratios),
                TARGET_RATIO,
                "<=",
                f"median {statistics.median(runs[name]) * 1000:.1f} ms CPU",
            )
        )
    report(figures)


if __name__ == "__main__":
    main()
