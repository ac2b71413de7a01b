"""Rotating backups of SQLite stores, taken with SQLite's online backup API.

A laptop's disk can fail or a store can be deleted by mistake mid-event, so a
copy is taken when a store is opened (if it changed since the last copy) and
every few minutes while changes happen. The online backup API copies a
consistent snapshot while the store stays in use; the copy is written under a
temporary name and renamed, so a crash never leaves a half-written backup
that looks complete. Only the newest few copies are kept.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from wltdesk import paths
from wltdesk.language import _

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
DEFAULT_INTERVAL = 300.0  # seconds between backups while changes happen


def backup_folder(store_path: Path) -> Path:
    """Backups of one store, in a folder named after the file and its location."""
    resolved = store_path.resolve()
    tag = hashlib.sha256(str(resolved).encode()).hexdigest()[:8]
    folder = paths.backups_dir() / f"{resolved.stem}-{tag}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Backups:
    """Backups of one store file; ``changed`` is called after every commit."""

    def __init__(
        self,
        store_path: Path,
        folder: Path | None = None,
        keep: int = DEFAULT_KEEP,
        interval: float = DEFAULT_INTERVAL,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store_path = store_path
        self.folder = folder or backup_folder(store_path)
        self.folder.mkdir(parents=True, exist_ok=True)
        #: What went wrong in the last background backup (a full disk…), for the UI.
        self.last_error: str | None = None
        self.keep = keep
        self.interval = interval
        self._monotonic = monotonic
        self._last = monotonic()
        self._dirty = False
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def existing(self) -> list[Path]:
        """Backups on disk, oldest first (names start with a UTC timestamp)."""
        return sorted(self.folder.glob(f"{self.store_path.stem}-*.sqlite"))

    def snapshot(self, force: bool = False) -> Path | None:
        """Copy the store now, unless the newest backup already has its content."""
        with self._lock:
            source = sqlite3.connect(self.store_path)
            try:
                seq = self._last_change(source)
                newest = self.existing()[-1:]
                if not force and newest and newest[0].stem.endswith(f"-s{seq}"):
                    return None
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
                target = self.folder / f"{self.store_path.stem}-{stamp}-s{seq}.sqlite"
                partial = target.with_suffix(".partial")
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                finally:
                    copy.close()
            finally:
                source.close()
            partial.replace(target)
            self._last = self._monotonic()
            self._dirty = False
            for old in self.existing()[: -self.keep]:
                old.unlink(missing_ok=True)
            return target

    def changed(self) -> None:
        """Note a commit; start a background backup when the interval has passed."""
        self._dirty = True
        if self._monotonic() - self._last < self.interval:
            return
        if self._worker is not None and self._worker.is_alive():
            return
        self._last = self._monotonic()
        self._worker = threading.Thread(target=self._background, name="wltdesk-backup", daemon=True)
        self._worker.start()

    def _background(self) -> None:
        try:
            self.snapshot(force=True)
            self.last_error = None
        except (OSError, sqlite3.Error) as exc:
            # The store itself is fine; say so where someone will see it.
            self.last_error = _("backup of {name} failed: {exc}").format(
                name=self.store_path.name, exc=exc
            )
            log.warning(self.last_error)

    def close(self) -> None:
        """Finish a running backup; copy unsaved changes if a backup is due."""
        if self._worker is not None:
            self._worker.join()
        if self._dirty and self._monotonic() - self._last >= self.interval:
            self.snapshot(force=True)

    @staticmethod
    def _last_change(connection: sqlite3.Connection) -> int:
        """The newest change-log position (its newest write): equal positions mean
        equal content. (A merge that only adds fields to writes already logged
        keeps it; the backup that merge's commit starts copies them all the same.)"""
        try:
            return connection.execute("SELECT coalesce(max(id), 0) FROM edits").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0
