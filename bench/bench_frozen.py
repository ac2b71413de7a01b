"""The installed app as a facilitator gets it: the PyInstaller bundle.

1. Size of the onedir app folder (what a download or USB stick carries), the PostgreSQL
   driver included: target ≤ 180 MB (10^6 bytes). The sizes of the packages made from
   it (Linux: ``.tar.gz`` and ``.deb``) are printed too.
2. Start of the frozen ``wltdesk-gui`` to its first shown window on the demo event,
   offscreen, a new process each time: target median ≤ 1.0 s. The first run after
   the build is printed on its own (the closest to a cold start without dropping the
   system's file cache, which would slow everything else on the machine).
3. Start of the frozen ``wltdesk --version`` (no target; what every command pays).

Builds the bundle into a temp folder first (``packaging/build.py``), or measures an
existing one: ``python bench/bench_frozen.py --folder dist/wltdesk``. Linux only.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 180.0
START_TARGET_S = 1.0
RUNS = 7


def _build_module():
    spec = importlib.util.spec_from_file_location("wltdesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - began


def measure(folder: Path, packages: list[Path], scratch: Path) -> list[Figure]:
    build = _build_module()
    size_mb = build.folder_size(folder) / 1e6
    packed = "".join(f"; {p.name} {p.stat().st_size / 1e6:.0f} MB" for p in packages)
    figures = [
        Figure(
            "frozen app folder, MB",
            size_mb,
            SIZE_TARGET_MB,
            "<=",
            f"onedir, PostgreSQL driver included{packed}",
        )
    ]

    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(scratch),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "WLTDESK_HOME": str(scratch / "home"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
    }
    store = str(scratch / "demo.sqlite")
    subprocess.run(
        [str(folder / "wltdesk"), "--db", store, "demo"], check=True, env=env, capture_output=True
    )
    gui = [str(folder / "wltdesk-gui"), "--db", store, "gui", "--exit-after-show"]
    first = _timed(gui, env)
    timings = [_timed(gui, env) for _ in range(RUNS)]
    version = [_timed([str(folder / "wltdesk"), "--version"], env) for _ in range(RUNS)]
    figures.append(
        Figure(
            "frozen GUI start to first window, median s",
            statistics.median(timings),
            START_TARGET_S,
            "<=",
            f"demo event, {RUNS} runs, max {max(timings):.2f} s, first after the build "
            f"{first:.2f} s; wltdesk --version median {statistics.median(version):.2f} s",
        )
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, help="an app folder already built (dist/wltdesk)")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        print("bench_frozen: measures the Linux bundle only; skipped")
        return 0
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        if args.folder:
            folder, packages = args.folder.resolve(), []
        else:
            build = _build_module()
            began = time.perf_counter()
            folder = build.build_bundle(scratch / "dist", scratch / "work", quiet=True)
            packages = build.packages(folder, scratch / "dist", build.project_version())
            print(f"(built in {time.perf_counter() - began:.0f} s)", flush=True)
        report(measure(folder, packages, scratch))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
