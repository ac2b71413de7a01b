"""Check-ins recorded from paper, taken back (Ctrl+Z) and made again as one step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import attendance
from wltdesk.gui.desk import Desk
from wltdesk.paper import record


class PaperCommand(QUndoCommand):
    """Everything one confirmation recorded; the first redo is the recording itself."""

    def __init__(self, desk: Desk, done: list[attendance.CheckIn]) -> None:
        super().__init__(
            QCoreApplication.translate("ReadBackDialog", "Check-ins from paper: %Ln", "",
                                       len(done))
        )
        self.desk = desk
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:  # recorded already, before the command was pushed
            self._first = False
        else:
            record.redo_all(self.desk.store, self.done)
        self.desk.attendance_changed.emit()

    def undo(self) -> None:
        record.undo_all(self.desk.store, self.done)
        self.desk.attendance_changed.emit()
