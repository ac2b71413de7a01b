"""Running long core work (imports, PDF batches, merges) off the GUI thread.

Core functions take a plain ``progress(done, total)`` callback and, where
they can stop half-way, a ``cancelled()`` check; they know nothing about Qt.
:class:`Job` runs one in the global QThreadPool and turns those callbacks
into signals, which Qt delivers on the GUI thread (Dangerzone's pattern).
:class:`BackgroundRead` uses it for what a view reads again after a change
(counts, lists), so that reading a 50,000-person store never holds the
window still.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from wltdesk.errors import UserError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    #: A one-line message for the user (a UserError's text, or what went wrong).
    failed = Signal(str)


class Job(QRunnable):
    """``work(progress, cancelled)`` in the thread pool; results come back as signals."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until ``finished``/``failed``

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.work(self._progress, self._cancel.is_set)
        except UserError as exc:
            self._tell("failed", str(exc))
        except Exception as exc:  # shown to the user, not swallowed
            traceback.print_exc()
            self._tell("failed", f"{type(exc).__name__}: {exc}")
        else:
            self._tell("finished", result)

    def _progress(self, done: int, total: int) -> None:
        self._tell("progress", done, total)

    def _tell(self, name: str, *values: Any) -> None:
        """Emit, unless the window that listened is gone: the app quit while this
        ran, and there is nobody left to tell (Qt says "Signal source has been
        deleted")."""
        with suppress(RuntimeError):
            getattr(self.signals, name).emit(*values)

    def start(self) -> Job:
        QThreadPool.globalInstance().start(self)
        return self


class BackgroundRead(QObject):
    """What a view reads from the store, read in the thread pool, the latest ask winning.

    :meth:`ask` takes the reading as a plain function (built on the GUI thread,
    so it captures the store and ids there) and ``show`` gets its result on the
    GUI thread. Asked again while a read runs, it shows that read's result and
    then reads once more with the newest ask: a burst of changes costs two
    reads, and the view ends up showing what the store holds after the last.
    A read that fails (the store closed as another opened) is shown to nobody.
    """

    #: Nothing is being read and every ask is shown (for tests and the bench).
    settled = Signal()

    def __init__(self, show: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._job: Job | None = None
        self._last_job: Job | None = None  # kept until the pool has surely let go of it
        self._next: Callable[[], Any] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None or self._next is not None

    def ask(self, read: Callable[[], Any]) -> None:
        """Read with ``read()`` off the GUI thread, then show what it found."""
        if self._job is not None:
            self._next = read
            return
        job = Job(lambda _progress, _cancelled: read())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._job = job
        job.start()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._last_job, self._job = self._job, None
        try:
            self._show(result)
        finally:
            self._go_on()

    @Slot(str)
    def _failed(self, _message: str) -> None:
        self._last_job, self._job = self._job, None
        self._go_on()

    def _go_on(self) -> None:
        read, self._next = self._next, None
        if read is not None:
            self.ask(read)
        else:
            self.settled.emit()
