"""Build the WLT Desk app folder with PyInstaller, and on Linux a ``.tar.gz`` to hand out.

    .venv/bin/python packaging/build.py               # the folder and the Linux archive
    .venv/bin/python packaging/build.py --no-archive  # only the folder (dist/wltdesk/)

The archive is ``dist/wltdesk-<version>-linux-<arch>.tar.gz``.

The folder ``dist/wltdesk/`` holds ``wltdesk`` (command line), ``wltdesk-gui`` (the app)
and ``_internal/`` (Python, Qt, the fonts and translations); it runs without Python
installed. On Windows and macOS the same command builds ``dist\\wltdesk\\wltdesk-gui.exe``
and ``dist/WLT Desk.app`` (see ``packaging/wltdesk.spec``); zip those by hand.

The Linux archive unpacks to one folder, ``wltdesk-<version>-linux-<arch>/``, holding the app
folder's contents plus ``wltdesk.desktop``, ``icons/``, ``INSTALL.md`` and ``install-linux.sh``,
which adds the app to the user's menu without administrator rights.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "wltdesk.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def build_bundle(dist: Path, work: Path, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the app folder (``dist/wltdesk``)."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=quiet, text=True)
    if result.returncode != 0:
        detail = (result.stderr or "")[-4000:] if quiet else ""
        raise SystemExit(f"build.py: PyInstaller failed (exit {result.returncode})\n{detail}")
    folder = dist / "wltdesk"
    for name in ("wltdesk", "wltdesk-gui"):
        exe = folder / (f"{name}.exe" if sys.platform == "win32" else name)
        if not exe.is_file():
            raise SystemExit(f"build.py: PyInstaller made no {exe}")
    return folder


def archive_name(version: str) -> str:
    machine = platform.machine().lower() or "unknown"
    return f"wltdesk-{version}-linux-{machine}"


def linux_archive(folder: Path, dist: Path, version: str) -> Path:
    """``dist/wltdesk-<version>-linux-<arch>.tar.gz``: the app folder, its desktop entry,
    icons and the per-user menu installer, under one top folder."""
    top = archive_name(version)
    target = dist / f"{top}.tar.gz"
    partial = target.with_name(target.name + ".part")
    extras = [
        (ROOT / "packaging" / "wltdesk.desktop", "wltdesk.desktop"),
        (ROOT / "packaging" / "install-linux.sh", "install-linux.sh"),
        (ROOT / "docs" / "INSTALL.md", "INSTALL.md"),
        (ROOT / "resources" / "fonts" / "OFL.txt", "licences/fonts-OFL.txt"),
        *(
            (ROOT / "resources" / "icons" / f"wltdesk-{size}.png", f"icons/wltdesk-{size}.png")
            for size in ICON_SIZES
        ),
    ]
    # Level 6: nearly the size of level 9 at half the time for ~170 MB of libraries.
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top)
        for source, name in extras:
            tar.add(source, arcname=f"{top}/{name}")
    partial.replace(target)  # a half-written archive never carries the final name
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux .tar.gz")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = project_version()
    folder = build_bundle(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    print(f"app folder: {folder} ({folder_size(folder) / 1e6:.0f} MB, version {version})")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_archive(folder, args.dist.resolve(), version)
        print(f"archive:    {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
