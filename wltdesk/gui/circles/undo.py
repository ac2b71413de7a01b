"""Undo and redo for the Circles pane: a circle deleted, a note added or deleted.

Each command flips a tombstone through :mod:`wltdesk.circles` and reloads the
pane; the pane has already done the change when it pushes the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import circles

if TYPE_CHECKING:
    from wltdesk.gui.circles.pane import CirclesPane


class _ExistsCommand(QUndoCommand):
    """A circle or note deleted (or a note added): undo and redo flip its tombstone.

    The first redo is what the pane already did.
    """

    label: str
    exists_after: bool

    def __init__(self, pane: CirclesPane, row_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("CirclesPane", self.label).format(name))
        self.pane = pane
        self.row_id = row_id
        self._first = True

    def set_exists(self, exists: bool) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.set_exists(self.exists_after)
        self.pane.reload()

    def undo(self) -> None:
        self.set_exists(not self.exists_after)
        self.pane.reload()


class DeleteCircleCommand(_ExistsCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Delete circle “{0}”")
    exists_after = False

    def set_exists(self, exists: bool) -> None:
        store = self.pane.desk.store
        if exists:
            circles.restore_circle(store, self.row_id)
        else:
            circles.delete_circle(store, self.row_id)


class _NoteCommand(_ExistsCommand):
    def set_exists(self, exists: bool) -> None:
        store = self.pane.desk.store
        if exists:
            circles.restore_note(store, self.row_id)
        else:
            circles.delete_note(store, self.row_id)


class AddNoteCommand(_NoteCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Add note “{0}”")
    exists_after = True


class DeleteNoteCommand(_NoteCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Delete note “{0}”")
    exists_after = False
