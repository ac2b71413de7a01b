"""Running long core work (imports, PDF batches, merges) off the GUI thread.

Core functions take a plain ``progress(done, total)`` callback and, where
they can stop half-way, a ``cancelled()`` check; they know nothing about Qt.
:class:`Job` runs one in the global QThreadPool and turns those callbacks
into signals, which Qt delivers on the GUI thread (Dangerzone's pattern).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the user, not swallowed
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)

    def start(self) -> Job:
        QThreadPool.globalInstance().start(self)
        return self
