"""The Debian/Ubuntu package of WLT Desk, built from the PyInstaller app folder.

``packaging/build.py`` calls :func:`build_deb` on Debian and Ubuntu; it makes
``dist/wltdesk_<version>_<arch>.deb`` with the standard tools (``dpkg-shlibdeps`` for the
dependencies, ``dpkg-deb --build --root-owner-group``). The package installs:

- ``/opt/wltdesk/``: the app folder as built (it stays one self-contained folder);
- ``/usr/bin/wltdesk`` and ``/usr/bin/wltdesk-gui``: links into it (the frozen program
  finds its ``_internal/`` through the link; ``wltdesk-gui`` opens the app);
- the menu entry ``/usr/share/applications/wltdesk.desktop`` and the icon in every
  hicolor size (PNG, and the SVG as ``scalable``); the desktop and icon caches are
  refreshed by dpkg's triggers, so the package needs no maintainer scripts;
- ``/usr/share/doc/wltdesk/copyright``.

It has no maintainer scripts at all: installing, upgrading and removing (even purging)
touch nothing outside these files, so the events under ``~/.local/share/WLT Desk`` stay.

``Depends:`` is what ``dpkg-shlibdeps`` finds for every ELF file of the folder (Qt's
plugins included, which Qt loads at run time) minus the libraries the folder ships: the
system libraries the bundle leaves to the system (glibc, X11/xcb, xkbcommon, fontconfig,
GLib, D-Bus, EGL/GL, CUPS, Wayland, see ``wltdesk.spec``), with the lowest versions the
binaries need. Build on the oldest release the package should install on (the
release workflow uses Debian 12), with those libraries installed (``./dev.sh`` does).
"""

from __future__ import annotations

import hashlib
import math
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "opt/wltdesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# No project address exists yet; ".invalid" (RFC 2606) says so rather than invent one.
MAINTAINER = "WLT Desk contributors <maintainers@wltdesk.invalid>"
DESCRIPTION = """\
offline desk for facilitated trainings
 WLT Desk handles what happens in the room at a workshop or training with no
 internet: attendance, breakout groups, reflection circles and action plans.
 It prints sign-in sheets, badges, rosters, certificates and the event report
 (names in Bengali and other scripts included) and syncs several laptops' work
 for organizers, who may consolidate it in PostgreSQL.
 .
 The app is self-contained in /opt/wltdesk (Python, Qt, the PostgreSQL driver
 and the fonts); it uses the system's graphics, font and D-Bus libraries."""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: WLT Desk

Files: *
Copyright: WLT Desk contributors
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License
 version 3 is in /usr/share/common-licenses/GPL-3.

Files: opt/wltdesk/_internal/wltdesk/resources/fonts/*
Copyright: The Noto Project Authors
License: OFL-1.1
 The licence is in /opt/wltdesk/_internal/wltdesk/resources/fonts/OFL.txt.

Files: opt/wltdesk/_internal/wltdesk/resources/fonts/DroidSansFallback.ttf
Copyright: 2006-2010 Google Corp.
License: Apache-2.0
 On Debian systems, the complete text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0 (and in LICENSE-DroidSansFallback.txt
 next to the font).

Comment: /opt/wltdesk also holds Python, Qt (PySide6) and the other libraries
 the app is built with, each under its own licence; their metadata, licences
 included, is in the *.dist-info folders under /opt/wltdesk/_internal.
"""


def can_build() -> bool:
    """Whether this system has dpkg-deb (Debian, Ubuntu and their derivatives)."""
    return shutil.which("dpkg-deb") is not None and shutil.which("dpkg") is not None


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64, ...)."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_name(version: str, arch: str) -> str:
    return f"wltdesk_{version}_{arch}.deb"


def build_deb(folder: Path, dist: Path, version: str) -> Path:
    """``dist/wltdesk_<version>_<arch>.deb`` from the app folder ``folder``."""
    if shutil.which("dpkg-shlibdeps") is None:
        raise SystemExit(
            "build.py: the .deb's dependencies come from dpkg-shlibdeps, which is missing: "
            "apt-get install dpkg-dev (or build with --no-deb)"
        )
    arch = architecture()
    stage = dist / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    try:
        app = stage / PREFIX
        shutil.copytree(folder, app, symlinks=True)
        lay_out(stage)
        normalise_modes(stage)
        depends = shared_library_depends(app)
        control = stage / "DEBIAN"
        control.mkdir()
        control.chmod(0o755)  # dpkg-deb insists, whatever the umask
        (control / "control").write_text(
            control_file(version, arch, depends, installed_size(stage)), encoding="utf-8"
        )
        (control / "md5sums").write_text(md5sums(stage), encoding="utf-8")
        for path in control.iterdir():
            path.chmod(0o644)
        target = dist / deb_name(version, arch)
        partial = target.with_name(target.name + ".part")
        # zstd -6: 69 MB in 3 s here, where xz (dpkg's default) makes 57 MB in 3 minutes.
        # Every system the package can install on reads it (glibc 2.36 already means
        # Debian 12 or Ubuntu 22.10 and newer, whose dpkg reads zstd).
        command = ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z6", "--build"]
        result = subprocess.run(
            [*command, str(stage), str(partial)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"build.py: dpkg-deb failed: {result.stderr.strip()}")
        partial.replace(target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return target


def lay_out(stage: Path) -> None:
    """The links in /usr/bin, the menu entry, the icons and the copyright file."""
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("wltdesk", "wltdesk-gui"):
        # Absolute, as Debian policy wants for a link from one top folder into another.
        (bin_dir / name).symlink_to(f"/{PREFIX}/{name}")
    share = stage / "usr" / "share"
    _install(ROOT / "packaging" / "wltdesk.desktop", share / "applications" / "wltdesk.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        _install(
            icons / f"wltdesk-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "wltdesk.png",
        )
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    _install(icons / "wltdesk.svg", scalable / "wltdesk.svg")
    doc = share / "doc" / "wltdesk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def normalise_modes(stage: Path) -> None:
    """Folders 0755, files 0644, or 0755 when executable: whatever the builder's umask,
    every user of the machine can run the installed app."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def shared_library_depends(app: Path) -> str:
    """The ``Depends:`` value dpkg-shlibdeps derives from every ELF file under ``app``.

    A library the bundle ships must add nothing, even when the system has a copy too
    (libsqlite3, libstdc++: dpkg-shlibdeps would take the system's and its package):
    ``debian/shlibs.local``, which comes before every symbols file, says the package
    itself provides each of them, and a package never depends on itself (``-x``). Every
    other library must be installed on this system, where dpkg knows its package and the
    lowest version the binaries need."""
    elves = sorted(p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))
    folders = sorted({str(p.parent) for p in elves})
    shipped = sorted({entry for p in elves if (entry := shlibs_entry(p.name))})
    with tempfile.TemporaryDirectory() as scratch:
        debian = Path(scratch) / "debian"
        debian.mkdir()
        # dpkg-shlibdeps reads the package's name from a source tree's debian/control.
        (debian / "control").write_text(
            "Source: wltdesk\n\nPackage: wltdesk\nArchitecture: any\n", encoding="utf-8"
        )
        (debian / "shlibs.local").write_text(
            "".join(f"{name} {soversion} wltdesk\n" for name, soversion in shipped),
            encoding="utf-8",
        )
        result = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "-xwltdesk",
                "--ignore-missing-info",
                "--warnings=0",
                *(f"-l{folder}" for folder in folders),
                *(f"-e{path}" for path in elves),
            ],
            cwd=scratch,
            capture_output=True,
            text=True,
        )
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if "error" in line]
        raise SystemExit(
            "build.py: dpkg-shlibdeps failed (a library the app needs is not installed "
            "here? ./dev.sh installs them):\n" + "\n".join(errors[-20:] or [result.stderr])
        )
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=").strip()
    raise SystemExit(f"build.py: dpkg-shlibdeps printed no dependencies: {result.stdout!r}")


def shlibs_entry(file_name: str) -> tuple[str, str] | None:
    """(library name, soname version) of a shared library file, as a shlibs file names
    it: ``libsqlite3.so.0`` -> (libsqlite3, 0), ``libfoo-1.2.so`` -> (libfoo, 1.2)."""
    name, dot_so, version = file_name.partition(".so.")
    if dot_so and name and version:
        return name, version
    if file_name.endswith(".so") and "-" in file_name:
        name, _, version = file_name.removesuffix(".so").rpartition("-")
        if name and version[:1].isdigit():
            return name, version
    return None


def installed_size(stage: Path) -> int:
    """Kibibytes the package takes once installed (the control file's Installed-Size)."""
    total = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
    return math.ceil(total / 1024)


def md5sums(stage: Path) -> str:
    """DEBIAN/md5sums, which ``dpkg --verify`` checks the installed files against."""
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    return "".join(lines)


def control_file(version: str, arch: str, depends: str, size_kib: int) -> str:
    return (
        f"Package: wltdesk\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )
