"""How the facilitator drives the Circles pane: its buttons and its keys.

On the Run tab every runner action has a key, so the facilitator can look at
the room instead of the screen: Space start/pause, Right or Enter next, P
pass, Left or Backspace back, N note, F5 projector. The notes table takes
Insert, Enter and Delete; Ctrl+N sets up a new circle. :class:`CircleControls`
wires the buttons and keys to the pane's actions and enables what applies now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from wltdesk.gui.circles.pane import CirclesPane


class CircleControls(QObject):
    """The pane's buttons and keys, connected to its actions."""

    RUN_KEYS: ClassVar[dict[int, str]] = {
        Qt.Key.Key_Space: "toggle_pause",
        Qt.Key.Key_Right: "next_speaker",
        Qt.Key.Key_Return: "next_speaker",
        Qt.Key.Key_Enter: "next_speaker",
        Qt.Key.Key_P: "pass_turn",
        Qt.Key.Key_Left: "back",
        Qt.Key.Key_Backspace: "back",
        Qt.Key.Key_N: "note_for_speaker",
        Qt.Key.Key_F5: "show_projector",
    }

    def __init__(self, pane: CirclesPane) -> None:
        super().__init__(pane)
        self.pane = pane
        ui = pane.ui
        ui.circlesList.currentRowChanged.connect(lambda _row: pane.circle_chosen())
        ui.circlesList.itemActivated.connect(lambda _item: pane.edit_circle())
        ui.newButton.clicked.connect(pane.new_circle)
        ui.editButton.clicked.connect(pane.edit_circle)
        ui.deleteButton.clicked.connect(pane.delete_circle)
        ui.startButton.clicked.connect(pane.toggle_pause)
        ui.nextButton.clicked.connect(pane.next_speaker)
        ui.passButton.clicked.connect(pane.pass_turn)
        ui.backButton.clicked.connect(pane.back)
        ui.noteButton.clicked.connect(pane.note_for_speaker)
        ui.projectorButton.clicked.connect(pane.show_projector)
        ui.addNoteButton.clicked.connect(lambda: pane.add_note(None))
        ui.editNoteButton.clicked.connect(pane.edit_note)
        ui.deleteNoteButton.clicked.connect(pane.delete_note)
        ui.notesTable.itemDoubleClicked.connect(lambda _item: pane.edit_note())
        ui.notesTable.itemSelectionChanged.connect(self.update_buttons)
        ui.audienceCombo.currentIndexChanged.connect(lambda _i: pane.show_summary())
        ui.tabs.currentChanged.connect(lambda _i: self.focus_run_tab())
        ui.runTab.installEventFilter(self)
        ui.notesTable.installEventFilter(self)
        ui.circlesList.installEventFilter(self)

    def update_buttons(self) -> None:
        """Enable what applies to the circle, the round and the note chosen now."""
        pane, ui = self.pane, self.pane.ui
        has_event = pane.desk.event_id is not None
        runner = pane.runner
        has_circle = pane.view is not None
        ui.newButton.setEnabled(has_event)
        ui.editButton.setEnabled(has_circle)
        ui.deleteButton.setEnabled(has_circle)
        live = runner is not None and bool(runner.speakers)
        going = live and runner is not None and not runner.finished
        ui.startButton.setEnabled(going)
        ui.nextButton.setEnabled(going)
        ui.passButton.setEnabled(going and runner is not None and runner.allow_pass)
        ui.backButton.setEnabled(live and runner is not None and runner.position > 0)
        ui.noteButton.setEnabled(has_circle)
        ui.projectorButton.setEnabled(has_circle)
        ui.addNoteButton.setEnabled(has_circle)
        chosen = pane.chosen_note() is not None
        ui.editNoteButton.setEnabled(chosen)
        ui.deleteNoteButton.setEnabled(chosen)

    def focus_run_tab(self) -> None:
        """The Run tab takes the keys whenever it is the tab shown."""
        ui = self.pane.ui
        if ui.tabs.currentWidget() is ui.runTab:
            ui.runTab.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Runner keys on the Run tab; Insert, Enter and Delete on notes; Ctrl+N for a circle."""
        if not isinstance(event, QKeyEvent) or event.type() not in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            return super().eventFilter(watched, event)
        pane, ui = self.pane, self.pane.ui
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        new = (
            QKeySequence(event.keyCombination()).matches(
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)
            )
            == QKeySequence.SequenceMatch.ExactMatch
        )
        if new and watched in (ui.runTab, ui.circlesList):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                pane.new_circle()
            return True
        if watched is ui.runTab and plain and event.key() in self.RUN_KEYS:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                getattr(pane, self.RUN_KEYS[event.key()])()
            return True
        note_keys = {
            Qt.Key.Key_Delete: pane.delete_note,
            Qt.Key.Key_Insert: lambda: pane.add_note(None),
            Qt.Key.Key_Return: pane.edit_note,
            Qt.Key.Key_Enter: pane.edit_note,
        }
        if watched is ui.notesTable and plain and event.key() in note_keys:
            if event.type() == QEvent.Type.KeyPress:
                note_keys[event.key()]()
            else:
                event.accept()
            return True
        return super().eventFilter(watched, event)
