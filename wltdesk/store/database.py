"""Opening an event store: SQLite file by default, PostgreSQL by URL.

A :class:`Store` is the one handle services receive. It owns the engine, the
device identity of this store, the hybrid logical clock, and the rotating
backups of SQLite files. Opening a store applies any pending Alembic
migration first, so code always meets the schema it expects.

Several processes may open one store at once (the app and a command-line import;
two windows started by an impatient double-click), and any of them may be killed
at any moment. So a migration runs in *one* transaction that also holds the
store's write lock: SQLite's Python driver would otherwise commit every
``CREATE TABLE`` on its own (a process killed half-way left a store that would
never open again), and two processes creating one store would both create its
tables. SQLite transactions are therefore begun by us (``BEGIN``, or ``BEGIN
IMMEDIATE`` for writes, which waits for the other process's write instead of
failing), as SQLAlchemy's documentation recommends for pysqlite; PostgreSQL
writers take a transaction-level advisory lock, so writes are serialized the
same way on both back ends.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from wltdesk import paths
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store.backup import Backups
from wltdesk.store.changes import Writer, newest_stamp
from wltdesk.store.hlc import Clock
from wltdesk.store.identity import Identity, Place, establish

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest migration's revision id. Checking it without Alembic keeps the
#: start-up fast (Alembic costs ~0.4 s to import); a test keeps it true.
SCHEMA_HEAD = "0015"


def store_url(db: str | Path | None) -> str:
    """Turn ``--db`` (a file path, a SQLAlchemy URL or nothing) into a URL."""
    if db is None:
        return f"sqlite:///{paths.default_store()}"
    given = str(db)
    if "://" in given:
        try:
            make_url(given)
        except (ArgumentError, ValueError) as exc:
            raise UserError(_("--db: not a database URL: {given}").format(given=given)) from exc
        return given
    path = Path(given).expanduser().resolve()
    if path.is_dir():
        raise UserError(_("--db: {path} is a folder, not a store file").format(path=path))
    if not path.parent.is_dir():
        raise UserError(_("--db: folder {parent} does not exist").format(parent=path.parent))
    return f"sqlite:///{path}"


def _safe(url: str) -> str:
    """A URL fit for a message: the password, if any, hidden."""
    return make_url(url).render_as_string(hide_password=True)


def _reason(exc: Exception) -> str:
    """The first line of what the database driver said."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


#: How long a write waits for another process's write to the same store (ms): an
#: organizer's import of many bundles is one transaction of several seconds.
BUSY_TIMEOUT_MS = 60_000
#: What the WAL is cut back to after a checkpoint (SQLite's own auto-checkpoint
#: runs at 1,000 pages, about 4 MiB).
WAL_LIMIT_BYTES = 4 << 20
#: The PostgreSQL advisory lock that serializes writers of one database.
_PG_WRITE_LOCK = 0x574C54_4445534B  # "WLTDESK"
#: Set while a write transaction is being begun, so that SQLite begins it IMMEDIATE.
_WRITING: ContextVar[bool] = ContextVar("wltdesk_writing", default=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver must not begin or commit transactions on its own (see the module
    # docstring): _sqlite_begin does.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # First: the journal mode switch below waits for a process creating the file.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a check-in the screen shows survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    # Once checkpointed, the WAL is cut back to this at the next write (see Store.write).
    cursor.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # On the driver's own connection: SQLAlchemy's execution path cost as much as
    # the BEGIN itself, once per transaction (a check-in is one).
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute("BEGIN IMMEDIATE" if _WRITING.get() else "BEGIN")


def _postgresql_begin(connection: Connection) -> None:
    if _WRITING.get():
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


@contextmanager
def _writing() -> Iterator[None]:
    """Transactions begun inside this block take the store's write lock first."""
    token = _WRITING.set(True)
    try:
        yield
    finally:
        _WRITING.reset(token)


def _connect_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)
    return engine


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_revision(engine: Engine) -> str | None:
    """The migration a store is at (None for a new, empty store)."""
    with engine.connect() as connection:
        return _revision(connection)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (cheap when it already is).

    All of it is one transaction holding the write lock, and the revision is read
    again once the lock is held: another process may have migrated meanwhile.

    SQLite changes a table (drops a column) by copying it, which a parent table
    such as ``events`` survives only with foreign keys off; they cannot be
    switched inside a transaction, so they are off for the migration's
    connection, and every reference is checked before the transaction commits
    (SQLite's own procedure for such changes).
    """
    if schema_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config

    sqlite = engine.dialect.name == "sqlite"
    with _writing(), engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # no transaction is open yet
        try:
            with connection.begin():
                if _revision(connection) == SCHEMA_HEAD:
                    return
                config = Config()
                config.set_main_option("script_location", str(MIGRATIONS))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError(_("a migration left rows pointing at rows that are gone"))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def _place(engine: Engine) -> Place | None:
    """Where the store is, for telling a copy from its original (see :mod:`.identity`)."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            return None
        path = Path(database).resolve()
        return Place(str(path), path)
    return Place(engine.url.set(password=None).render_as_string(hide_password=False))


def _identity(sessions: sessionmaker[Session], engine: Engine) -> Identity:
    """This store's device identity, made on first open and renewed in a copy; under
    the write lock, so processes racing to open one store agree on one identity."""
    with _writing(), sessions() as db:
        found, wrote = establish(db, _place(engine))
        db.commit()
    if wrote and engine.dialect.name == "sqlite":
        # Into the file itself, not only its WAL: a copy made of the file alone
        # (while the app runs) must carry the identity's token too.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    return found


@dataclass
class Store:
    """An open event store; see the module docstring."""

    url: str
    engine: Engine
    identity: Identity
    clock: Clock
    backups: Backups | None
    _sessions: sessionmaker[Session] = field(repr=False)
    _write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: Threads waiting for :attr:`_write_lock` (see :meth:`let_waiting_writes_in`).
    _waiting: int = field(default=0, repr=False)
    _waiting_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: The connection writes use, one at a time (under :attr:`_write_lock`): kept, not
    #: taken from the pool and given back at every write (a tenth of a check-in's cost).
    _write_connection: Connection | None = field(default=None, repr=False)

    @property
    def device_id(self) -> str:
        """The id this store writes as (see :mod:`wltdesk.store.identity`)."""
        return self.identity.device_id

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The store file, for SQLite stores."""
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    @cached_property
    def _wal(self) -> str | None:
        """The SQLite store's WAL file (looked at after every write)."""
        return f"{self.path}-wal" if self.path is not None else None

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
            with self._writer() as writer:
                yield writer
                writer.finish()
                writer.connection.commit()
            self._trim_wal()  # before the next write may start
        finally:
            self._write_lock.release()
        if self.backups is not None:
            self.backups.changed()

    @contextmanager
    def _writer(self) -> Iterator[Writer]:
        """A writer on a connection whose transaction holds the store's write lock (the
        database's, beside :attr:`_write_lock`); rolled back unless committed."""
        connection = self._write_connection
        if connection is None or connection.closed or connection.invalidated:
            connection = self._write_connection = self.engine.connect()
        try:
            with _writing():
                connection.begin()
            writer = Writer(connection, self.clock)
            try:
                yield writer
            finally:
                writer.close()
        finally:
            try:
                connection.rollback()  # nothing left to roll back once committed
            except BaseException:
                # A connection that cannot even roll back is not kept: the next
                # write opens another.
                self._write_connection = None
                connection.invalidate()
                raise

    def _trim_wal(self) -> None:
        """After a bulk write (a roster import, a merge) the WAL is as large as it:
        checkpoint it into the store and empty it now, rather than keep the store's
        size twice over while the app is open. Never waits: with a reader in the
        way the WAL is cut back at a later write instead (``journal_size_limit``)."""
        if self._wal is None:
            return
        try:
            size = os.stat(self._wal).st_size
        except OSError:
            return
        if size <= WAL_LIMIT_BYTES:
            return
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA busy_timeout=0")
            try:
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.OperationalError:
                pass  # busy after all: the next write cuts it back
            finally:
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

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
            with self._writer() as writer:
                yield writer
        finally:
            self._write_lock.release()

    def close(self) -> None:
        if self.backups is not None:
            self.backups.close()
        with self._write_lock:
            if self._write_connection is not None:
                self._write_connection.close()
                self._write_connection = None
        self.engine.dispose()


def open_store(db: str | Path | None = None, *, backups: bool = True) -> Store:
    """Open (creating if needed) the store named by ``--db``, migrated to the newest schema."""
    url = store_url(db)
    engine: Engine | None = None
    try:
        engine = _connect_engine(url)
        migrate(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        found = _identity(sessions, engine)
    except (ArgumentError, DBAPIError) as exc:
        if engine is not None:
            engine.dispose()
        raise UserError(_("cannot open store {safe}: {reason}").format(
            safe=_safe(url), reason=_reason(exc)
        )) from exc
    except ImportError as exc:  # e.g. psycopg, an optional extra the desktop app leaves out
        raise UserError(
            _("cannot open store {safe}: its database driver ({name}) is not installed").format(
                safe=_safe(url), name=exc.name
            )
        ) from exc
    with sessions() as db_session:
        last = newest_stamp(db_session)
    store_backups = None
    if backups and engine.dialect.name == "sqlite" and engine.url.database:
        store_backups = Backups(Path(engine.url.database))
        store_backups.snapshot()
    return Store(
        url=url,
        engine=engine,
        identity=found,
        clock=Clock(found.device_id, last),
        backups=store_backups,
        _sessions=sessions,
    )
