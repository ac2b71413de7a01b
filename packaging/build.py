"""Build the WLT Desk app folder with PyInstaller, and the packages to hand out.

    .venv/bin/python packaging/build.py               # the folder and this system's packages
    .venv/bin/python packaging/build.py --no-archive  # only the folder (dist/wltdesk/)

The folder ``dist/wltdesk/`` holds ``wltdesk`` (command line), ``wltdesk-gui`` (the app)
and ``_internal/`` (Python, Qt, the PostgreSQL driver, the fonts and translations); it
runs without Python installed. What each system then packs into ``dist/``, with a
``SHA256SUMS`` file listing them:

- Linux: ``wltdesk-<version>-linux-<arch>.tar.gz``, unpacking to one folder with the app,
  ``wltdesk.desktop``, ``icons/``, ``INSTALL.md`` and ``install-linux.sh`` (adds the app to
  the user's menu without administrator rights); on Debian/Ubuntu also
  ``wltdesk_<version>_<arch>.deb`` (``packaging/debian.py``).
- Windows: ``wltdesk-<version>-windows-x64.zip`` (the folder, portable) and, with Inno
  Setup's ``ISCC`` installed, ``wltdesk-<version>-windows-x64-setup.exe`` (a per-user
  installer, ``packaging/wltdesk.iss``).
- macOS: ``WLT-Desk-<version>-macos-<arch>.dmg`` holding ``WLT Desk.app``, for the
  architecture of the Mac that built it.

The Windows and macOS packages are made by the release workflow
(``.github/workflows/release.yml``) on those systems; they are not built here.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "wltdesk.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CHECKSUMS = "SHA256SUMS"


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
        (
            ROOT / "resources" / "fonts" / "LICENSE-DroidSansFallback.txt",
            "licences/fonts-DroidSansFallback-Apache-2.0.txt",
        ),
        (ROOT / "resources" / "fonts" / "SOURCES.txt", "licences/fonts-SOURCES.txt"),
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


def debian_module():
    """``packaging/debian.py``, loaded by path: this file is loaded the same way by the
    tests and the benchmark, so its folder need not be on ``sys.path``."""
    spec = importlib.util.spec_from_file_location("wltdesk_debian", ROOT / "packaging/debian.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def windows_packages(folder: Path, dist: Path, version: str) -> list[Path]:
    """The portable zip, and the per-user installer when Inno Setup is installed."""
    base = dist / f"wltdesk-{version}-windows-x64"
    made = [Path(shutil.make_archive(str(base), "zip", root_dir=dist, base_dir=folder.name))]
    iscc = inno_setup_compiler()
    if iscc is None:
        print("build.py: Inno Setup (ISCC.exe) not found: no installer, only the zip")
        return made
    subprocess.run(
        [
            iscc,
            "/Q",
            f"/DAppVersion={version}",
            f"/DSourceDir={folder}",
            f"/DOutputDir={dist}",
            f"/DOutputBaseFilename={base.name}-setup",
            str(ROOT / "packaging" / "wltdesk.iss"),
        ],
        check=True,
    )
    return [*made, base.with_name(f"{base.name}-setup.exe")]


def inno_setup_compiler() -> str | None:
    """ISCC.exe: on PATH, or where Inno Setup 6 installs (for all users, or per user)."""
    found = shutil.which("iscc")
    if found:
        return found
    for variable, folder in (
        ("ProgramFiles(x86)", "Inno Setup 6"),
        ("ProgramFiles", "Inno Setup 6"),
        ("LOCALAPPDATA", "Programs/Inno Setup 6"),
    ):
        base = os.environ.get(variable)
        if base and (Path(base) / folder / "ISCC.exe").is_file():
            return str(Path(base) / folder / "ISCC.exe")
    return None


def macos_disk_image(dist: Path, version: str) -> Path:
    """``WLT-Desk-<version>-macos-<arch>.dmg``: the app next to a link to Applications,
    compressed (UDZO), made with hdiutil."""
    app = dist / "WLT Desk.app"
    if not app.is_dir():
        raise SystemExit(f"build.py: PyInstaller made no {app}")
    target = dist / f"WLT-Desk-{version}-macos-{platform.machine()}.dmg"
    stage = dist / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    # ditto keeps the bundle's symbolic links, extended attributes and signatures.
    subprocess.run(["ditto", str(app), str(stage / app.name)], check=True)
    (stage / "Applications").symlink_to("/Applications")
    target.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", "WLT Desk", "-srcfolder", str(stage), "-ov",
               "-format", "UDZO", str(target)]  # fmt: skip
    for attempt in range(3):  # hdiutil now and then finds its device busy ("Resource busy")
        if subprocess.run(command).returncode == 0:
            break
        time.sleep(10 * (attempt + 1))
    else:
        raise SystemExit(f"build.py: hdiutil could not make {target.name}")
    shutil.rmtree(stage)
    return target


def write_checksums(dist: Path, artifacts: list[Path]) -> Path:
    """``dist/SHA256SUMS`` for ``artifacts``, in ``sha256sum --check``'s format."""
    lines = []
    for path in sorted(artifacts, key=lambda p: p.name):
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    target = dist / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def packages(folder: Path, dist: Path, version: str, deb: bool = True) -> list[Path]:
    """What this system hands out, built from the app folder (see the module docstring)."""
    if sys.platform.startswith("linux"):
        made = [linux_archive(folder, dist, version)]
        debian = debian_module()
        if deb and debian.can_build():
            made.append(debian.build_deb(folder, dist, version))
        elif deb:
            print("build.py: no dpkg-deb here (not Debian/Ubuntu): no .deb")
        return made
    if sys.platform == "win32":
        return windows_packages(folder, dist, version)
    if sys.platform == "darwin":
        return [macos_disk_image(dist, version)]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    parser.add_argument("--no-archive", action="store_true", help="only the app folder")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = project_version()
    dist = args.dist.resolve()
    folder = build_bundle(dist, args.work.resolve(), quiet=args.quiet)
    print(f"app folder: {folder} ({folder_size(folder) / 1e6:.0f} MB, version {version})")
    if not args.no_archive:
        made = packages(folder, dist, version, deb=not args.no_deb)
        for path in made:
            print(f"package:    {path} ({path.stat().st_size / 1e6:.0f} MB)")
        if made:
            print(f"checksums:  {write_checksums(dist, made)}")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
