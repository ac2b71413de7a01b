"""How the facilitator drives the Circles pane: its buttons and its keys.

Every key is an action, which also puts it on the Help sheet (F1). On the
Run tab every runner action has a key, so the facilitator can look at the
room instead of the screen: Space start/pause, Right or Enter next, P pass,
Left or Backspace back, N note, F5 projector. The same actions work in the
projector window (:meth:`CircleControls.follow_projector`): on a laptop whose
only screen shows the projector, the facilitator never has to leave it to run
the round. The notes table takes Insert, Enter and Delete; Ctrl+N sets up a
new circle anywhere in the pane. :class:`CircleControls` wires the buttons
and keys to the pane's actions and enables what applies now. Their words keep
the ``CirclesPane`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from wltdesk.gui.circles.pane import CirclesPane

Key = Qt.Key
Binding = tuple[str, Sequence[Key | QKeySequence], Callable[[], None]]


class CircleControls(QObject):
    """The pane's buttons and keys, connected to its actions."""

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
        translate = QCoreApplication.translate
        #: The runner's keys: on the Run tab and in the projector window.
        self.run_actions = self._actions(
            ui.runTab,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            [
                (
                    translate("CirclesPane", "Start or pause the speaker's time"),
                    [Key.Key_Space],
                    pane.toggle_pause,
                ),
                (
                    translate("CirclesPane", "Next speaker"),
                    [Key.Key_Right, Key.Key_Return, Key.Key_Enter],
                    pane.next_speaker,
                ),
                (translate("CirclesPane", "The speaker passes"), [Key.Key_P], pane.pass_turn),
                (
                    translate("CirclesPane", "Back to the previous speaker"),
                    [Key.Key_Left, Key.Key_Backspace],
                    pane.back,
                ),
                (
                    translate("CirclesPane", "Note about the speaker…"),
                    [Key.Key_N],
                    pane.note_for_speaker,
                ),
                (
                    translate("CirclesPane", "Show the round on the projector"),
                    [Key.Key_F5],
                    pane.show_projector,
                ),
            ],
        )
        self.note_actions = self._actions(
            ui.notesTable,
            Qt.ShortcutContext.WidgetShortcut,
            [
                (
                    translate("CirclesPane", "Add a note…"),
                    [Key.Key_Insert],
                    lambda: pane.add_note(None),
                ),
                (
                    translate("CirclesPane", "Edit the chosen note…"),
                    [Key.Key_Return, Key.Key_Enter],
                    pane.edit_note,
                ),
                (
                    translate("CirclesPane", "Delete the chosen note"),
                    [Key.Key_Delete],
                    pane.delete_note,
                ),
            ],
        )
        (self.new_action,) = self._actions(
            pane,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            [
                (
                    translate("CirclesPane", "New circle…"),
                    [QKeySequence(Qt.Modifier.CTRL | Key.Key_N)],
                    pane.new_circle,
                )
            ],
        )

    def _actions(
        self, widget: QWidget, context: Qt.ShortcutContext, bindings: list[Binding]
    ) -> list[QAction]:
        made = []
        for text, keys, slot in bindings:
            action = QAction(text, self.pane)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            widget.addAction(action)
            made.append(action)
        return made

    def enable_keys(self, enabled: bool) -> None:
        for action in (*self.run_actions, *self.note_actions, self.new_action):
            action.setEnabled(enabled)

    def hold_keys_while(self, dialog: QDialog) -> None:
        """The pane's keys wait while its dialog is open (Enter there is the dialog's)."""
        self.enable_keys(False)
        dialog.finished.connect(lambda _result: self.enable_keys(True))

    def follow_projector(self, window: QWidget) -> None:
        """The runner's keys work in the projector window too (one screen, mirrored or not)."""
        window.addActions(self.run_actions)

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
