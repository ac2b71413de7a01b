"""Opening an event store: SQLite file by default, PostgreSQL by URL.

A :class:`Store` is the one handle services receive. It owns the engine, the
device identity of this store, the hybrid logical clock, and the rotating
backups of SQLite files. Opening a store applies any pending Alembic
migration first, so code always meets the schema it expects.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from wltdesk import paths
from wltdesk.errors import UserError
from wltdesk.store.backup import Backups
from wltdesk.store.changes import Writer
from wltdesk.store.hlc import Clock
from wltdesk.store.models import Change, StoreMeta

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest migration's revision id. Checking it without Alembic keeps the
#: start-up fast (Alembic costs ~0.4 s to import); a test keeps it true.
SCHEMA_HEAD = "0006"


def store_url(db: str | Path | None) -> str:
    """Turn ``--db`` (a file path, a SQLAlchemy URL or nothing) into a URL."""
    if db is None:
        return f"sqlite:///{paths.default_store()}"
    given = str(db)
    if "://" in given:
        try:
            make_url(given)
        except (ArgumentError, ValueError) as exc:
            raise UserError(f"--db: not a database URL: {given}") from exc
        return given
    path = Path(given).expanduser().resolve()
    if path.is_dir():
        raise UserError(f"--db: {path} is a folder, not a store file")
    if not path.parent.is_dir():
        raise UserError(f"--db: folder {path.parent} does not exist")
    return f"sqlite:///{path}"


def _safe(url: str) -> str:
    """A URL fit for a message: the password, if any, hidden."""
    return make_url(url).render_as_string(hide_password=True)


def _reason(exc: Exception) -> str:
    """The first line of what the database driver said."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a check-in the screen shows survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def schema_revision(engine: Engine) -> str | None:
    """The migration a store is at (None for a new, empty store)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (cheap when it already is)."""
    if schema_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config

    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Store:
    """An open event store; see the module docstring."""

    url: str
    engine: Engine
    device_id: str
    clock: Clock
    backups: Backups | None
    _sessions: sessionmaker[Session] = field(repr=False)
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: Threads waiting for :attr:`_write_lock` (see :meth:`let_waiting_writes_in`).
    _waiting: int = field(default=0, repr=False)
    _waiting_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The store file, for SQLite stores."""
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with self._sessions() as db:
            yield db

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction of logged writes, committed (durably) on leaving the block."""
        self._lock_for_writing()
        try:
            with self._sessions() as db:
                try:
                    yield Writer(db, self.clock)
                    db.commit()
                except BaseException:
                    db.rollback()
                    raise
        finally:
            self._write_lock.release()
        if self.backups is not None:
            self.backups.changed()

    def _lock_for_writing(self) -> None:
        with self._waiting_lock:
            self._waiting += 1
        try:
            self._write_lock.acquire()
        finally:
            with self._waiting_lock:
                self._waiting -= 1

    def let_waiting_writes_in(self, timeout: float = 1.0) -> None:
        """Between the transactions of a long job (a sync applying bundle after
        bundle): let writes that queued meanwhile (a check-in at the desk) take the
        lock first. A plain lock is not fair: the job would most likely take it
        straight back."""
        deadline = time.monotonic() + timeout
        while self._waiting and time.monotonic() < deadline:
            time.sleep(0.001)

    @contextmanager
    def trial(self) -> Iterator[Writer]:
        """Like :meth:`write`, but always rolled back: to see what a write would do.

        It holds the write lock like :meth:`write`, so what it sees is what a
        write started now would see; nothing is committed or backed up.
        """
        self._lock_for_writing()
        try:
            with self._sessions() as db:
                try:
                    yield Writer(db, self.clock)
                finally:
                    db.rollback()
        finally:
            self._write_lock.release()

    def close(self) -> None:
        if self.backups is not None:
            self.backups.close()
        self.engine.dispose()


def open_store(db: str | Path | None = None, *, backups: bool = True) -> Store:
    """Open (creating if needed) the store named by ``--db``, migrated to the newest schema."""
    url = store_url(db)
    engine: Engine | None = None
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
    except (ArgumentError, DBAPIError) as exc:
        if engine is not None:
            engine.dispose()
        raise UserError(f"cannot open store {_safe(url)}: {_reason(exc)}") from exc
    except ImportError as exc:  # e.g. psycopg, an optional extra the desktop app leaves out
        raise UserError(
            f"cannot open store {_safe(url)}: its database driver ({exc.name}) is not installed"
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as db_session:
        device_id = db_session.get(StoreMeta, "device_id")
        if device_id is None:
            device_id = StoreMeta(key="device_id", value=uuid.uuid4().hex[:16])
            db_session.add(device_id)
            db_session.commit()
        last = db_session.execute(select(func.max(Change.hlc))).scalar_one()
        device = device_id.value
    store_backups = None
    if backups and engine.dialect.name == "sqlite" and engine.url.database:
        store_backups = Backups(Path(engine.url.database))
        store_backups.snapshot()
    return Store(
        url=url,
        engine=engine,
        device_id=device,
        clock=Clock(device, last),
        backups=store_backups,
        _sessions=sessions,
    )
