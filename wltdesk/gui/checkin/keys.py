"""The desk's keys, as actions on the search field (they also make its Help sheet).

The search field keeps the focus at the desk, so every key the facilitator
uses there is an action of that field: Enter checks in the chosen person, Up
and Down (Page Up and Page Down ten at a time) choose another match, Esc
empties the field. The words keep the ``CheckInPane`` translation context.
Ctrl+Z and Ctrl+Shift+Z there are the app's undo and redo (:class:`UndoKeys`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from wltdesk.gui.checkin.pane import CheckInPane


def build_keys(pane: CheckInPane) -> list[QAction]:
    """The search field's actions, connected to ``pane``."""
    field = pane.ui.searchEdit
    keys: list[tuple[str, list[QKeySequence], Callable[[], None]]] = [
        (
            QCoreApplication.translate("CheckInPane", "Check in the chosen person"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            pane.check_in_chosen,
        ),
        (
            QCoreApplication.translate("CheckInPane", "Choose the match above"),
            [QKeySequence(Qt.Key.Key_Up)],
            lambda: pane.move_choice(-1),
        ),
        (
            QCoreApplication.translate("CheckInPane", "Choose the match below"),
            [QKeySequence(Qt.Key.Key_Down)],
            lambda: pane.move_choice(1),
        ),
        (
            QCoreApplication.translate("CheckInPane", "Ten matches up"),
            [QKeySequence(Qt.Key.Key_PageUp)],
            lambda: pane.move_choice(-10),
        ),
        (
            QCoreApplication.translate("CheckInPane", "Ten matches down"),
            [QKeySequence(Qt.Key.Key_PageDown)],
            lambda: pane.move_choice(10),
        ),
        (
            QCoreApplication.translate("CheckInPane", "Clear the search"),
            [QKeySequence(Qt.Key.Key_Escape)],
            pane.clear_search,
        ),
    ]
    actions = []
    for text, shortcuts, slot in keys:
        action = QAction(text, pane)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        field.addAction(action)
        actions.append(action)
    return actions


class UndoKeys(QObject):
    """Ctrl+Z in the search field is the app's undo (and Ctrl+Shift+Z its redo).

    A line edit claims Ctrl+Z for its own text undo; at the desk the field
    is emptied after every check-in, so the keys go to the undo stack.
    """

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
