"""How the facilitator drives the Groups pane: its buttons and shortcuts.

Ctrl+N forms new groups, L locks or unlocks the chosen person, F2 names the
chosen person's group and gives it a room, F5 shows the current round on the
projector. :class:`GroupControls` connects buttons and keys to the pane's
actions and enables only what applies: nothing that plans while the engine is
still planning, no re-plan once every round is locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

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
        for key, action in (
            (QKeySequence("Ctrl+N"), pane.new_set),
            (QKeySequence("L"), pane.toggle_lock),
            (QKeySequence("F2"), pane.edit_selected_group),
            (QKeySequence("F5"), pane.show_projector),
        ):
            shortcut = QShortcut(key, pane)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

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
