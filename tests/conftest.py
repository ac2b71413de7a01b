"""Fixtures shared by every test: isolated data folders and real stores.

``store`` runs each test that uses it twice, on a SQLite file and on a fresh
database of a real PostgreSQL server, because both are supported back ends.
The server is a throwaway cluster (initdb into a temp folder, loopback only)
started once per test session; without PostgreSQL binaries the PostgreSQL
variants are skipped, unless ``WLTDESK_REQUIRE_POSTGRES=1`` (set by CI) turns
that into a failure.

``clock`` sets the wall clock for a test that reads it, so no result depends on
the time of day the suite runs; a test marked ``around_midnight`` runs at each
of ``CLOCK_INSTANTS``. A test that runs over its timeout (pyproject.toml) ends
the run with its name and every thread's stack, instead of stalling CI.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import time_machine
from clock_instants import CLOCK_DEFAULT, CLOCK_INSTANTS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# Module-scoped fixtures open stores before the per-test home below is set: their
# registry of stores (wltdesk.store.identity) and backups stay out of the real home.
os.environ["WLTDESK_HOME"] = tempfile.mkdtemp(prefix="wltdesk-tests-home-")

REQUIRE_POSTGRES = os.environ.get("WLTDESK_REQUIRE_POSTGRES") == "1"
TEMPLATE_DB = "wltdesk_template"


# ----------------------------------------------------------------- the clock
@pytest.fixture
def clock(request) -> Iterator[time_machine.Traveller]:
    """The wall clock for a test that reads it: set to a fixed instant, then running on.

    Python's wall clock moves (``datetime.now``, ``date.today``, ``time.time``; the
    process time zone is UTC meanwhile); ``time.monotonic`` and Qt's timers do not,
    so waits keep working. Fixtures that build data "around now" take this fixture
    first. The instant is ``CLOCK_DEFAULT``, or each of ``CLOCK_INSTANTS`` in turn
    for a test marked ``around_midnight``. It runs on rather than standing still
    because pytest-qt's ``waitUntil`` measures its timeout with ``time.time``.
    """
    instant = getattr(request, "param", CLOCK_DEFAULT)
    with time_machine.travel(instant, tick=True) as traveller:
        _folder_files_keep_the_clock(request.getfixturevalue("monkeypatch"))
        yield traveller


def _folder_files_keep_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files a folder target writes get the travelled time as their modification time.

    The kernel stamps files with the real time, which time-machine cannot move; a
    sync would then see the target's "clock" weeks away from the laptop's and warn
    about it (rightly, in that world). Outside tests both are the same clock.
    """
    from wltdesk.sync.targets import FolderTarget

    put = FolderTarget.put

    def put_at_the_travelled_time(self, event_id, device, name, source):
        put(self, event_id, device, name, source)
        written = self.root / event_id / device / name
        if written.exists():
            now = time.time()
            os.utime(written, (now, now))

    monkeypatch.setattr(FolderTarget, "put", put_at_the_travelled_time)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test marked ``around_midnight`` that uses the clock once per instant.

    A module marks all its tests at once; those that never read the clock run once.
    """
    marked = metafunc.definition.get_closest_marker("around_midnight") is not None
    if marked and "clock" in metafunc.fixturenames:
        metafunc.parametrize(
            "clock", list(CLOCK_INSTANTS.values()), ids=list(CLOCK_INSTANTS), indirect=True
        )


# ----------------------------------------------------------------- timeouts
@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_timeout_set_timer(item: pytest.Item, settings) -> bool | None:
    """pytest-timeout's thread method, saying first which test ran over.

    The thread method is the one that also stops a test stuck in Qt's event loop
    (a modal dialog nobody closes): a signal handler would wait for Python code
    that never runs. It dumps every thread's stack and ends the run, but does not
    name the test; with ``-q`` nothing else would.
    """
    if settings.method != "thread":
        return None
    from pytest_timeout import timeout_timer

    def expire() -> None:
        sys.stderr.write(f"\n{item.nodeid} ran over its timeout of {settings.timeout:g} s\n")
        timeout_timer(item, settings)

    timer = threading.Timer(settings.timeout, expire)
    timer.name = f"timeout of {item.nodeid}"
    timer.daemon = True

    def cancel() -> None:
        timer.cancel()
        timer.join()

    item.cancel_timeout = cancel  # type: ignore[attr-defined]  # what pytest-timeout cancels
    timer.start()
    return True


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Backups, default stores and settings go to a temp folder, never the real home."""
    home = tmp_path_factory.mktemp("wltdesk-home")
    monkeypatch.setenv("WLTDESK_HOME", str(home))
    return home


# ----------------------------------------------------------------- PostgreSQL
class PostgresUnavailable(Exception):
    """No PostgreSQL server could be started here; the message says why."""


def _postgres_bindir() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH)."""
    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass

    def version(folder: str) -> tuple[int, ...]:
        name = Path(folder).parent.name
        return tuple(int(p) for p in name.split(".") if p.isdigit())

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        candidates.append(Path(folder))
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable("initdb/pg_ctl not found (PATH, pg_config, /usr/lib/postgresql)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1, owned by the test session."""

    bindir: Path
    folder: Path
    port: int = 0
    as_user: list[str] = field(default_factory=list)
    databases: int = 0

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, *args],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self) -> None:
        initdb = self.run(
            str(self.bindir / "initdb"),
            "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8",
        )  # fmt: skip
        if initdb.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {_last_line(initdb.stderr)}")
        reason = ""
        for _attempt in range(3):  # the free port may be taken between probe and start
            self.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
                " -c synchronous_commit=off -c full_page_writes=off"
            )
            started = self.run(
                str(self.bindir / "pg_ctl"),
                "-D", str(self.data), "-l", str(self.log), "-w", "-t", "30",
                "-o", options, "start",
            )  # fmt: skip
            if started.returncode == 0:
                return
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            reason = _last_line(log or started.stderr or started.stdout)
        raise PostgresUnavailable(f"pg_ctl start failed: {reason}")

    def stop(self) -> None:
        self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        )

    def create_database(self, migrated: bool = True) -> str:
        """A new, uniquely named database; ``migrated`` copies the migrated template."""
        self.databases += 1
        name = f"t{self.databases}_{uuid.uuid4().hex[:8]}"
        template = f" TEMPLATE {TEMPLATE_DB}" if migrated else ""
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"{template}')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def prepare_template(self) -> None:
        """A database at the newest schema, copied for each test (faster than migrating).

        Migrated without ``open_store``, so it has no device id: every copy
        gets its own when first opened, as a new store would.
        """
        from sqlalchemy import create_engine

        from wltdesk.store.database import migrate

        with self.admin() as connection:
            connection.execute(f"CREATE DATABASE {TEMPLATE_DB}")
        engine = create_engine(self.url(TEMPLATE_DB))
        try:
            migrate(engine)
        finally:
            engine.dispose()


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def _postgres_unavailable(reason: str):
    message = f"PostgreSQL unavailable: {reason}"
    if REQUIRE_POSTGRES:
        pytest.fail(f"{message} (WLTDESK_REQUIRE_POSTGRES=1)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole test session, stopped and deleted at the end."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _postgres_unavailable("psycopg is not installed")
    try:
        bindir = _postgres_bindir()
    except PostgresUnavailable as exc:
        _postgres_unavailable(str(exc))
    # Not under pytest's basetemp: that folder is private to us, and as root
    # the server runs as the postgres user, who must be able to reach its files.
    folder = Path(tempfile.mkdtemp(prefix="wltdesk-pg-"))
    server = PostgresServer(bindir=bindir, folder=folder)
    # initdb refuses to run as root (POSIX only: the frozen smoke test also runs on Windows).
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(folder, ignore_errors=True)
            _postgres_unavailable("running as root and there is no 'postgres' user")
        if shutil.which("runuser") is None:
            shutil.rmtree(folder, ignore_errors=True)
            _postgres_unavailable("running as root and runuser is missing")
        os.chown(folder, account.pw_uid, account.pw_gid)
        server.as_user = ["runuser", "-u", "postgres", "--"]
    try:
        server.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
        _postgres_unavailable(str(exc))
    try:
        server.prepare_template()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_database(postgres_server) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test; yields its URL."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


# ----------------------------------------------------------------- stores
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """A fresh store: a SQLite file in a temp folder, then a new PostgreSQL database."""
    from wltdesk.store import open_store

    if request.param == "sqlite":
        opened = open_store(tmp_path / "store.sqlite")
    else:
        opened = open_store(request.getfixturevalue("postgres_database"))
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path):
    """A fresh SQLite store, for tests that need a file (backups, crashes)."""
    from wltdesk.store import open_store

    opened = open_store(tmp_path / "store.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def event_id(store):
    """An event in ``store``, with no people or sessions yet."""
    from wltdesk.events import create_event

    return create_event(
        store, "Test Training", date(2026, 3, 14), date(2026, 3, 15), timezone="Asia/Dhaka"
    )
