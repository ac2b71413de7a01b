"""How the facilitator drives the Groups pane: its buttons and shortcuts.

Ctrl+N forms new groups, L locks or unlocks the chosen person, F2 names the
chosen person's group and gives it a room, F5 shows the current round on the
projector, where Space, +, -, R and Page Up/Down drive the breakout time and
the pages. Every key is an action, which also puts it on the Help sheet (F1).
:class:`GroupControls` connects buttons and keys to the pane's actions and
enables only what applies: nothing that plans while the engine is still
planning, no re-plan once every round is locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from wltdesk.gui.projector import breakout_keys

if TYPE_CHECKING:
    from wltdesk.gui.groups.pane import GroupsPane


class GroupControls(QObject):
    """The pane's buttons and shortcuts, connected to its actions."""

    def __init__(self, pane: GroupsPane) -> None:
        super().__init__(pane)
        self.pane = pane
        ui = pane.ui
        ui.newButton.clicked.connect(pane.new_set)
        ui.deleteButton.clicked.connect(pane.delete_set)
        ui.lockRoundButton.clicked.connect(pane.lock_next_round)
        ui.replanButton.clicked.connect(pane.replan)
        ui.addRoundButton.clicked.connect(pane.add_round)
        ui.lockMemberButton.clicked.connect(pane.toggle_lock)
        ui.projectorButton.clicked.connect(pane.show_projector)
        ui.setCombo.currentIndexChanged.connect(lambda _i: pane.refresh())
        ui.minutesSpin.valueChanged.connect(
            lambda minutes: pane.countdown.set_seconds(minutes * 60)
        )
        translate = QCoreApplication.translate
        for text, key, slot in (
            (translate("GroupsPane", "New groups…"), "Ctrl+N", pane.new_set),
            (translate("GroupsPane", "Lock or unlock the chosen person"), "L", pane.toggle_lock),
            (
                translate("GroupsPane", "Name the chosen person's group, give it a room…"),
                "F2",
                pane.edit_selected_group,
            ),
            (translate("GroupsPane", "Show the round on the projector"), "F5", pane.show_projector),
        ):
            action = QAction(text, pane)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            pane.addAction(action)
        #: The breakout keys, given to the projector window when it opens.
        self.projector_keys = breakout_keys(pane, pane.countdown, pane.turn_page)

    def follow_projector(self, window: QWidget) -> None:
        window.addActions(self.projector_keys)

    def update_buttons(self) -> None:
        """Enable what applies to the set shown, unless a planning job is running."""
        pane, ui = self.pane, self.pane.ui
        view, idle = pane.view, pane.job is None
        for button in (
            ui.deleteButton,
            ui.replanButton,
            ui.addRoundButton,
            ui.lockMemberButton,
            ui.projectorButton,
            ui.lockRoundButton,
        ):
            button.setEnabled(view is not None and idle)
        ui.newButton.setEnabled(idle and pane.desk.event_id is not None)
        if view is not None and view.locked_rounds >= len(view.rounds):
            ui.lockRoundButton.setEnabled(False)
            ui.replanButton.setEnabled(False)

    def busy(self) -> None:
        """While the engine plans, nothing else may change the groups."""
        ui = self.pane.ui
        for button in (
            ui.newButton,
            ui.deleteButton,
            ui.replanButton,
            ui.addRoundButton,
            ui.lockRoundButton,
            ui.lockMemberButton,
        ):
            button.setEnabled(False)
