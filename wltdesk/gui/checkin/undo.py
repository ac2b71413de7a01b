"""Undo and redo of a check-in at the desk (Ctrl+Z, Ctrl+Shift+Z).

The service restores the attendance exactly as it was (and takes a walk-in's
new person off the roster again); the pane's card then says what happened, so
it never keeps showing a check-in that is no longer there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import attendance

if TYPE_CHECKING:
    from wltdesk.gui.checkin.pane import CheckInPane


class CheckInCommand(QUndoCommand):
    """A check-in that Ctrl+Z can take back; the first redo is the check-in itself."""

    def __init__(self, pane: CheckInPane, done: attendance.CheckIn) -> None:
        super().__init__(
            QCoreApplication.translate("CheckInPane", "Check in {0}").format(done.display_name)
        )
        self.pane = pane
        self.desk = pane.desk
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:  # the pane has checked in and said so already
            self._first = False
            self.desk.attendance_changed.emit()
            return
        attendance.redo(self.desk.store, self.done)
        self._changed()
        self.pane.confirm(self.done)

    def undo(self) -> None:
        attendance.undo(self.desk.store, self.done)
        self._changed()
        self.pane.show_undone(self.done)

    def _changed(self) -> None:
        if self.done.new_person:
            self.desk.announce_people([self.done.person_id])
        self.desk.attendance_changed.emit()
