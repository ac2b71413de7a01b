"""Smoke test of the app a facilitator installs: the PyInstaller bundle, run without Python.

The bundle is built once per test session (``packaging/build.py``, into a temp folder,
with the Linux ``.tar.gz``, on Debian/Ubuntu the ``.deb``, and their ``SHA256SUMS``),
then every step runs through the FROZEN executables ``wltdesk`` and ``wltdesk-gui``: the
version and build stamp, the demo event, a roster import and a check-in, PDFs with
Bengali names, an export and re-import, a bundle imported into a real PostgreSQL server
and the event report printed from it, the GUI opened offscreen and closed. A module the
program imports by name, a data file or a shared library missing from the bundle fails
here, not on a facilitator's laptop. The ``.deb`` is checked here (fields, files, no
maintainer scripts, the program inside runs); ``packaging/fresh-machine.sh`` installs it
with apt-get on a clean root, which needs root and a Debian mirror.

With ``WLTDESK_ARTIFACTS=<folder>`` set, the packages and their ``SHA256SUMS`` are also
copied there (fresh-machine.sh uses them after the suite).

Deselect with ``-m "not frozen"`` while working on something else (the build takes about
a minute); CI runs it.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import locale
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from wltdesk.store.database import SCHEMA_HEAD

pytestmark = [
    pytest.mark.frozen,
    # The first test also waits for the PyInstaller build (a minute alone, several on a
    # busy CI machine); pyproject.toml's 300 s is for ordinary tests.
    pytest.mark.timeout(1800),
]
# Here (CI) the smoke test runs on Linux; the release workflow runs it on Windows and macOS
# too, where the Linux-only checks (the archive, the .deb) skip.
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
linux_only = pytest.mark.skipif(not LINUX, reason="Linux packages")

ROOT = Path(__file__).resolve().parent.parent
WINDOWS_BASICS = {"SYSTEMROOT", "WINDIR", "TEMP", "TMP", "COMSPEC", "PATHEXT", "LOCALAPPDATA",
                  "APPDATA", "PROGRAMDATA"}  # fmt: skip
BENGALI_PEOPLE = {"Rahima Begum": "রহিমা বেগম", "Shafiqul Islam": "শফিকুল ইসলাম"}


def _build_module():
    spec = importlib.util.spec_from_file_location("wltdesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class FrozenApp:
    folder: Path  # dist/wltdesk
    packages: tuple[Path, ...]  # what build.py hands out on this system (dist/...)
    checksums: Path | None  # dist/SHA256SUMS
    version: str
    packaging_failure: str | None = None  # why no packages were made from the folder

    @property
    def cli(self) -> Path:
        return self.folder / ("wltdesk.exe" if WINDOWS else "wltdesk")

    @property
    def gui(self) -> Path:
        return self.folder / ("wltdesk-gui.exe" if WINDOWS else "wltdesk-gui")

    @property
    def archive(self) -> Path:  # dist/wltdesk-<version>-linux-<arch>.tar.gz
        return next(p for p in self.packages if p.name.endswith(".tar.gz"))

    @property
    def deb(self) -> Path | None:  # dist/wltdesk_<version>_<arch>.deb (Debian/Ubuntu)
        return next((p for p in self.packages if p.suffix == ".deb"), None)


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        assert self.code == 0, self.err
        return json.loads(self.out)


def _build_failure(exc: BaseException) -> str:
    """The reason a build stopped, short enough to repeat in every frozen test: build.py
    stops with SystemExit carrying PyInstaller's last lines (e.g. "Python shared library
    ... was not found")."""
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    if not lines:
        return f"{type(exc).__name__} (no message)"
    return "\n".join(lines if len(lines) <= 25 else [lines[0], "...", *lines[-24:]])


@pytest.fixture(scope="session")
def _frozen_build(tmp_path_factory) -> Iterator[FrozenApp | str]:
    """The bundle built once per session, or why it could not be built.

    The failure is returned, not raised: pytest does not cache a SystemExit from a
    session fixture, so raising it named the cause in the first frozen test only and
    left the others with a bare AssertionError from pytest-qt."""
    build = _build_module()
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    outcome: FrozenApp | str
    try:
        folder = build.build_bundle(dist, work, quiet=True)
        version = build.project_version()
    except (Exception, SystemExit) as exc:
        outcome = _build_failure(exc)
    else:
        try:  # a package that cannot be made fails its own tests, not the app's
            made = build.packages(folder, dist, version)
            checksums = build.write_checksums(dist, made)
        except (Exception, SystemExit) as exc:
            made, checksums = [], None
            outcome = FrozenApp(folder, (), None, version, _build_failure(exc))
        else:
            outcome = FrozenApp(folder, tuple(made), checksums, version)
        if checksums is not None and os.environ.get("WLTDESK_ARTIFACTS"):
            keep = Path(os.environ["WLTDESK_ARTIFACTS"])
            keep.mkdir(parents=True, exist_ok=True)
            for path in (*made, checksums):
                shutil.copyfile(path, keep / path.name)
    shutil.rmtree(work, ignore_errors=True)  # PyInstaller's scratch: ~100 MB
    yield outcome
    shutil.rmtree(base, ignore_errors=True)  # ~250 MB; pytest would keep three runs' worth


@pytest.fixture
def frozen_app(_frozen_build: FrozenApp | str) -> FrozenApp:
    if isinstance(_frozen_build, str):
        pytest.fail(f"frozen build failed: {_frozen_build}", pytrace=False)
    return _frozen_build


@pytest.fixture
def packaged(frozen_app: FrozenApp) -> FrozenApp:
    """The app whose packages (archive, .deb, SHA256SUMS) were made."""
    if frozen_app.packaging_failure is not None:
        pytest.fail(f"packaging failed: {frozen_app.packaging_failure}", pytrace=False)
    return frozen_app


@pytest.fixture
def run(frozen_app, tmp_path, _isolated_home):
    """Run the frozen ``wltdesk`` (or ``exe``) with a clean environment: no venv on PATH,
    data under this test's WLTDESK_HOME, Qt offscreen."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "USERPROFILE": str(tmp_path),
        "LANG": "C.UTF-8",
        "WLTDESK_HOME": str(_isolated_home),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if WINDOWS:  # what any Windows program needs, and nothing of the venv's
        env |= {k: v for k, v in os.environ.items() if k.upper() in WINDOWS_BASICS}
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")

    def run(*args: str, exe: Path | None = None, extra_env: dict | None = None) -> Run:
        result = subprocess.run(
            [str(exe or frozen_app.cli), *args],
            capture_output=True,
            text=True,
            # Windows writes a pipe in the ANSI code page (what cannot be written there
            # comes as \uXXXX: JSON reads it back); everything else speaks UTF-8.
            encoding=locale.getpreferredencoding(False) if WINDOWS else "utf-8",
            env={**env, **(extra_env or {})},
            cwd=tmp_path,
            timeout=120,
        )
        assert "Traceback" not in result.stderr, result.stderr
        return Run(result.returncode, result.stdout, result.stderr)

    return run


@pytest.fixture
def demo_store(run, tmp_path) -> Path:
    db = tmp_path / "demo.sqlite"
    result = run("--db", str(db), "demo")
    assert result.code == 0, result.err
    return db


# ----------------------------------------------------------------- the bundle itself
def test_bundle_holds_resources_migrations_and_no_broken_links(frozen_app):
    internal = frozen_app.folder / "_internal"
    shipped = internal / "wltdesk" / "resources"
    expected = {
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected <= {p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file()}
    shipped_migrations = internal / "wltdesk" / "store" / "migrations"
    migrations = {p.name for p in (shipped_migrations / "versions").glob("*.py")}
    assert migrations == {p.name for p in (ROOT / "wltdesk/store/migrations/versions").glob("*.py")}
    assert (shipped_migrations / "env.py").is_file()
    assert [p for p in frozen_app.folder.rglob("*") if p.is_symlink() and not p.exists()] == []
    # Loaded at run time by name or through ctypes: the print preview's PDFium, HarfBuzz.
    assert list((internal / "pypdfium2_raw").glob("*pdfium*"))
    assert list((internal / "uharfbuzz").glob("_harfbuzz*"))
    assert list(internal.glob("_rl_accel*"))  # ReportLab's speed-ups (imported via exec)
    # Left out on purpose (wltdesk.spec): the GTK theme and QML.
    assert not list(internal.rglob("libqgtk3*"))
    assert not list(internal.rglob("libQt6Qml*"))


def _stamp_pattern(version: str) -> re.Pattern[str]:
    """``wltdesk --version`` of a build: the commit checked out here and a UTC date."""
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                          text=True)  # fmt: skip
    commit = re.escape(head.stdout.strip()[:12]) if head.returncode == 0 else "[0-9a-f]{12}"
    built = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"
    return re.compile(
        rf"wltdesk {re.escape(version)} \(commit {commit}(\+modified)?, built {built}\)"
    )


def test_version_and_build_stamp_from_both_executables(run, frozen_app):
    """The stamp is the bundle's own (written at build time), not read from a .git."""
    # A windowed Windows program has no console to print to: there only wltdesk.exe.
    executables = [frozen_app.cli] if WINDOWS else [frozen_app.cli, frozen_app.gui]
    if sys.platform == "darwin":  # what the .dmg holds
        macos = frozen_app.folder.parent / "WLT Desk.app" / "Contents" / "MacOS"
        executables += [macos / "wltdesk", macos / "wltdesk-gui"]
    for exe in executables:
        result = run("--version", exe=exe)
        assert result.code == 0, result.err
        assert _stamp_pattern(frozen_app.version).fullmatch(result.out.strip()), result.out
    stamp = json.loads(
        (frozen_app.folder / "_internal" / "wltdesk" / "_build_info.json").read_text("utf-8")
    )
    assert stamp["version"] == frozen_app.version


# ----------------------------------------------------------------- a day at the desk
def test_demo_event_in_a_new_store_is_migrated(run, demo_store):
    with sqlite3.connect(demo_store) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_HEAD,
        )
    listed = run("--db", str(demo_store), "event", "list", "--json").json()
    assert [e["name"] for e in listed] == ["Demo Leadership Training (fictional)"]
    sessions = run("--db", str(demo_store), "session", "list", "--json").json()
    assert len(sessions) >= 8
    roster = run("--db", str(demo_store), "roster", "list", "--json").json()
    assert any(p["local_name"] == "নুসরাত জাহান" for p in roster)


def test_bengali_words_digits_and_dates_from_the_bundle(run, demo_store):
    """The catalogs and Babel's Bengali locale data ship: ``--lang bn`` speaks Bengali,
    argparse's own words included, with Bengali digits and month names."""
    version = run("--lang", "bn", "--version")
    assert version.code == 0 and version.out.startswith("wltdesk ")
    helped = run("--lang", "bn", "--help")
    assert helped.code == 0 and helped.out.startswith("ব্যবহার: wltdesk")
    listed = run("--lang", "bn", "--db", str(demo_store), "session", "list")
    assert listed.code == 0, listed.err
    first = listed.out.splitlines()[0]
    assert first.startswith("১ ") and "ডিসে" in first and "০৯:০০" in first, first
    english = run("--db", str(demo_store), "session", "list")
    assert "Dec 09:00" in english.out.splitlines()[0]


def test_roster_import_and_check_in(run, tmp_path):
    db = str(tmp_path / "event.sqlite")
    made = run(
        "--db", db, "event", "create", "--name", "Frozen Training",
        "--start", "2026-03-14", "--end", "2026-03-15", "--timezone", "Asia/Dhaka",
    )  # fmt: skip
    assert made.code == 0, made.err
    added = run(
        "--db", db, "session", "add", "--title", "Opening circle",
        "--start", "2026-03-14T09:00", "--end", "2026-03-14T10:30",
    )  # fmt: skip
    assert added.code == 0, added.err
    roster = tmp_path / "participants.csv"
    with roster.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Full name", "Name in local script", "E-mail"])
        for name, local in BENGALI_PEOPLE.items():
            writer.writerow([name, local, f"{name.split()[0].lower()}@example.org"])
    imported = run("--db", db, "roster", "import", str(roster))
    assert imported.code == 0, imported.err
    assert "2 new" in imported.out

    # An XLSX roster goes through openpyxl inside the bundle.
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Full name", "Name in local script"])
    book.active.append(["Mahmudul Hasan", "মাহমুদুল হাসান"])
    book.save(tmp_path / "more.xlsx")
    assert "1 new" in run("--db", db, "roster", "import", str(tmp_path / "more.xlsx")).out

    checked = run("--db", db, "checkin", "--session", "1", "--query", "rahima", "--json").json()
    assert checked["local_name"] == "রহিমা বেগম"
    attendance = run("--db", db, "attendance", "--session", "1", "--json").json()
    marked = {p["display_name"]: p["status"] for p in attendance["people"]}
    assert marked["Rahima Begum"] in {"present", "late"}
    assert marked["Shafiqul Islam"] is None
    assert marked["Mahmudul Hasan"] is None


def _page_png(pdf: Path, target: Path) -> bytes:
    subprocess.run(
        ["pdftoppm", "-r", "50", "-l", "1", "-png", "-singlefile", str(pdf), str(target)],
        check=True,
        timeout=60,
    )
    return target.with_suffix(".png").read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_badges_with_bengali_names_print_as_from_python(run, demo_store, tmp_path):
    """The frozen app's PDF is pixel for pixel the one the Python package makes, so the
    fonts, HarfBuzz shaping (uharfbuzz) and barcodes all made it into the bundle."""
    twin = tmp_path / "twin.sqlite"
    shutil.copyfile(demo_store, twin)  # printing badges logs them: print from equal stores
    frozen_pdf = tmp_path / "frozen.pdf"
    printed = run("--db", str(demo_store), "print", "badges", "--out", str(frozen_pdf))
    assert printed.code == 0, printed.err
    python_pdf = tmp_path / "python.pdf"
    subprocess.run(
        [sys.executable, "-m", "wltdesk", "--db", str(twin), "print", "badges", "--out",
         str(python_pdf)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    fonts = subprocess.run(
        ["pdffonts", str(frozen_pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansBengali" in fonts
    assert _page_png(frozen_pdf, tmp_path / "frozen") == _page_png(python_pdf, tmp_path / "python")


def test_sign_in_sheet_prints_and_reads_back(run, demo_store, tmp_path):
    pdf = tmp_path / "signin.pdf"
    printed = run("--db", str(demo_store), "print", "signin", "--session", "1", "--out", str(pdf))
    assert printed.code == 0, printed.err
    assert pdf.read_bytes().startswith(b"%PDF")
    # the sheet as a scan: NumPy, zxing-cpp and PDFium in the bundle find every page
    read = run("--db", str(demo_store), "paper", "import", str(pdf), "--dry-run", "--json")
    assert read.code == 0, read.err
    pages = json.loads(read.out)["pages"]
    assert [p["page"] for p in pages] == [1, 2, 3]
    assert {r["state"] for p in pages for r in p["rows"]} == {"empty"}


def test_export_and_import_a_bundle_encrypted(run, demo_store, tmp_path):
    bundle = tmp_path / "laptop-a.wltx"
    secret = {"WLT_PASSPHRASE": "correct horse battery staple"}
    exported = run(
        "--db", str(demo_store), "export", "--out", str(bundle), "--passphrase-env",
        "WLT_PASSPHRASE", "--json", extra_env=secret,
    ).json()  # fmt: skip
    assert exported["encrypted"] is True
    other = str(tmp_path / "laptop-b.sqlite")
    refused = run("--db", other, "import", str(bundle))
    assert refused.code == 1
    assert len(refused.err.splitlines()) == 1
    imported = run(
        "--db", other, "import", str(bundle), "--passphrase-env", "WLT_PASSPHRASE", "--json",
        extra_env=secret,
    ).json()  # fmt: skip
    assert imported["new_changes"] == exported["changes"] > 0

    def roster(db: str) -> list[tuple[str, str]]:
        people = run("--db", db, "roster", "list", "--json").json()
        return sorted((p["display_name"], p["local_name"] or "") for p in people)

    assert roster(other) == roster(str(demo_store))
    again = run("--db", other, "import", str(bundle), "--passphrase-env", "WLT_PASSPHRASE",
                "--json", extra_env=secret).json()  # fmt: skip
    assert again["new_changes"] == 0  # importing twice changes nothing


def test_store_url_without_its_driver_is_one_clear_line(run):
    result = run("--db", "mysql+pymysql://organizer@127.0.0.1:9/events", "event", "list")
    assert result.code == 1
    assert result.err.strip() == (
        "wltdesk: cannot open store mysql+pymysql://organizer@127.0.0.1:9/events: "
        "its database driver (pymysql) is not installed"
    )


def _pdf_text(pdf: Path) -> str:
    """The text of every page (PDFium, which the app uses for its print preview)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    return unicodedata.normalize("NFKC", text)  # "ﬁ" ligatures as "fi"


@pytest.mark.postgres
def test_organizer_imports_into_postgresql_and_prints_the_report(
    run, demo_store, postgres_server, tmp_path
):
    """The organizer's build: a laptop's bundle goes into a new PostgreSQL database (the
    frozen app creates the tables), and the event report printed from it reads as the
    one printed from the laptop's SQLite store."""
    bundle = tmp_path / "laptop.wltx"
    secret = {"WLT_PASSPHRASE": "correct horse battery staple"}
    exported = run(
        "--db", str(demo_store), "export", "--out", str(bundle), "--passphrase-env",
        "WLT_PASSPHRASE", "--json", extra_env=secret,
    ).json()  # fmt: skip
    name = postgres_server.create_database(migrated=False)
    url = postgres_server.url(name)
    try:
        imported = run(
            "--db", url, "import", str(bundle), "--passphrase-env", "WLT_PASSPHRASE", "--json",
            extra_env=secret,
        ).json()  # fmt: skip
        assert imported["new_changes"] == exported["changes"] > 0
        listed = run("--db", url, "event", "list", "--json").json()
        assert [e["name"] for e in listed] == ["Demo Leadership Training (fictional)"]
        from_postgres, from_sqlite = tmp_path / "pg.pdf", tmp_path / "sqlite.pdf"
        printed = run("--db", url, "print", "report", "--out", str(from_postgres))
        assert printed.code == 0, printed.err
        printed = run("--db", str(demo_store), "print", "report", "--out", str(from_sqlite))
        assert printed.code == 0, printed.err
    finally:
        postgres_server.drop_database(name)
    text = _pdf_text(from_postgres)
    assert "Demo Leadership Training (fictional)" in text
    assert "Event report" in text
    assert re.search(r"Participants\s+40\b", text), text[:2000]
    assert text == _pdf_text(from_sqlite)


def test_gui_opens_offscreen_and_closes_cleanly(run, demo_store, frozen_app):
    result = run("--db", str(demo_store), "gui", "--exit-after-show", exe=frozen_app.gui)
    assert result.code == 0, result.err
    for problem in ("Could not load the Qt platform plugin", "Cannot load library", "ERROR"):
        assert problem not in result.err


# ----------------------------------------------------------------- the Linux archive
def _extract(tar: tarfile.TarFile, target: Path) -> None:
    """Unpack as a careful user's tar would: Python's "tar" filter where this Python has
    it (3.11.4 and newer), else the same path checks by hand (Debian 12's 3.11.2 lacks
    the filter, and pyproject accepts any 3.11)."""
    if hasattr(tarfile, "tar_filter"):
        tar.extractall(target, filter="tar")
        return
    for member in tar.getmembers():
        path = PurePosixPath(member.name)
        assert not path.is_absolute() and ".." not in path.parts, f"unsafe member {member.name}"
        if member.issym():
            link = PurePosixPath(member.linkname)
            depth = len(path.parent.parts) - link.parts.count("..")
            assert not link.is_absolute() and depth >= 0, f"{member.name} -> {member.linkname}"
        elif member.islnk():
            link = PurePosixPath(member.linkname)
            assert not link.is_absolute() and ".." not in link.parts, member.linkname
        assert member.isfile() or member.isdir() or member.issym() or member.islnk(), member.name
    tar.extractall(target)


@linux_only
def test_linux_archive_unpacks_runs_and_adds_a_menu_entry(packaged, tmp_path):
    frozen_app = packaged
    top = frozen_app.archive.name.removesuffix(".tar.gz")
    with tarfile.open(frozen_app.archive) as tar:
        names = set(tar.getnames())
        for member in (
            "wltdesk",
            "wltdesk-gui",
            "wltdesk.desktop",
            "install-linux.sh",
            "INSTALL.md",
        ):
            assert f"{top}/{member}" in names
        assert f"{top}/icons/wltdesk-256.png" in names
        modes = {m.name: m.mode for m in tar.getmembers()}
        for name in ("wltdesk", "wltdesk-gui", "install-linux.sh"):
            assert modes[f"{top}/{name}"] & 0o111, f"{name} lost its executable bit"
        _extract(tar, tmp_path / "unpacked")
    # A folder name with a space, as a facilitator's "My apps" might have.
    folder = tmp_path / "My apps" / "wltdesk"
    folder.parent.mkdir()
    (tmp_path / "unpacked" / top).rename(folder)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(tmp_path / "share")}  # fmt: skip
    version = subprocess.run(
        [str(folder / "wltdesk"), "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert _stamp_pattern(frozen_app.version).fullmatch(version.stdout.strip()), version.stdout

    installed = subprocess.run(
        [str(folder / "install-linux.sh")], capture_output=True, text=True, env=env, timeout=60
    )
    assert installed.returncode == 0, installed.stderr
    entry = (tmp_path / "share" / "applications" / "wltdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/wltdesk-gui"' in entry.splitlines()
    assert "Icon=wltdesk" in entry.splitlines()
    for size in (16, 48, 256):
        assert (tmp_path / f"share/icons/hicolor/{size}x{size}/apps/wltdesk.png").is_file()

    removed = subprocess.run(
        [str(folder / "install-linux.sh"), "--remove"], capture_output=True, env=env, timeout=60
    )
    assert removed.returncode == 0
    assert not (tmp_path / "share" / "applications" / "wltdesk.desktop").exists()
    shutil.rmtree(folder)  # 170 MB


# ----------------------------------------------------------------- checksums and the .deb
def test_checksums_list_every_package(packaged):
    frozen_app = packaged
    assert frozen_app.checksums is not None
    listed = dict(
        reversed(line.split("  ", 1))
        for line in frozen_app.checksums.read_text("utf-8").splitlines()
    )
    assert sorted(listed) == sorted(p.name for p in frozen_app.packages)
    if LINUX:
        assert frozen_app.archive.name in listed
    for path in frozen_app.packages:
        assert listed[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()
    if shutil.which("sha256sum"):  # the way a user checks a download
        checked = subprocess.run(
            ["sha256sum", "--check", frozen_app.checksums.name],
            cwd=frozen_app.checksums.parent, capture_output=True, text=True,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.fixture
def deb(packaged) -> Path:
    frozen_app = packaged
    if frozen_app.deb is None:
        pytest.skip("no dpkg-deb here (not Debian/Ubuntu): no .deb was built")
    return frozen_app.deb


def _dpkg_deb(*args: str) -> str:
    return subprocess.run(
        ["dpkg-deb", *args], capture_output=True, text=True, check=True, timeout=120
    ).stdout


def test_deb_fields_and_dependencies(deb, frozen_app):
    """Depends: names the desktop libraries Qt loads (its plugins included), with the
    glibc the build needs, and nothing the bundle ships itself."""
    fields = {
        name: _dpkg_deb("--field", str(deb), name).strip()
        for name in ("Package", "Version", "Architecture", "Maintainer", "Depends")
    }
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    assert fields["Package"] == "wltdesk"
    assert fields["Version"] == frozen_app.version
    assert fields["Architecture"] == arch.stdout.strip()
    assert deb.name == f"wltdesk_{frozen_app.version}_{fields['Architecture']}.deb"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", fields["Maintainer"])
    depends = {item.split()[0] for item in fields["Depends"].split(", ")}
    for library in (
        "libc6", "libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3",
        "libx11-6", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb1", "libxcb-cursor0",
        "libxcb-icccm4", "libxcb-keysyms1", "libcups2",
    ):  # fmt: skip
        assert library in depends, f"{library} missing from Depends: {fields['Depends']}"
    assert re.search(r"libc6 \(>= 2\.\d+\)", fields["Depends"])
    for shipped in ("libsqlite3-0", "libssl3", "libstdc++6", "zlib1g", "libpython3.11"):
        assert shipped not in depends, f"{shipped} is in the bundle, not a dependency"


def test_deb_files_and_no_maintainer_scripts(deb, tmp_path):
    """Everything in its place, owned by root; no maintainer script exists, so nothing
    the package does can touch anyone's events (~/.local/share/WLT Desk)."""
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(control)], check=True)
    assert sorted(p.name for p in control.iterdir()) == ["control", "md5sums"]

    listing = _dpkg_deb("--contents", str(deb)).splitlines()
    entries = {line.split(None, 5)[5].split(" -> ")[0]: line for line in listing}
    for line in listing:
        assert line.split()[1] == "root/root", line
    assert entries["./usr/bin/wltdesk"].endswith("-> /opt/wltdesk/wltdesk")
    assert entries["./usr/bin/wltdesk-gui"].endswith("-> /opt/wltdesk/wltdesk-gui")
    assert entries["./opt/wltdesk/wltdesk"].startswith("-rwxr-xr-x")
    assert "./opt/wltdesk/_internal/wltdesk/_build_info.json" in entries
    assert "./usr/share/applications/wltdesk.desktop" in entries
    assert "./usr/share/doc/wltdesk/copyright" in entries
    assert "./usr/share/icons/hicolor/scalable/apps/wltdesk.svg" in entries
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/wltdesk.png" in entries
    assert not [name for name in entries if name.startswith(("./home", "./root", "./etc"))]


def test_deb_program_runs_from_the_unpacked_package(deb, frozen_app, tmp_path):
    """What dpkg installs is the app folder as built: unpacked, it runs and says which
    build it is (installing it with apt-get needs root: fresh-machine.sh does that)."""
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(unpacked)], check=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    version = subprocess.run(
        [str(unpacked / "opt/wltdesk/wltdesk"), "--version"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert _stamp_pattern(frozen_app.version).fullmatch(version.stdout.strip()), version.stderr
    shipped = unpacked / "opt" / "wltdesk"
    assert {p.relative_to(shipped) for p in shipped.rglob("*")} == {
        p.relative_to(frozen_app.folder) for p in frozen_app.folder.rglob("*")
    }
    shutil.rmtree(unpacked)  # 170 MB
