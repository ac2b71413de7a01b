"""The Conflicts tab's "held for review" box: work stamped too far ahead of this clock.

A merge holds back every change stamped more than a day ahead of this laptop's
clock (:mod:`wltdesk.sync.held`): it came from a laptop whose clock is
probably wrong, and applied it would win every later edit. :class:`HeldReview`
lists them, one line per laptop, in plain words, and lets the organizer accept
them (their values are written anew by this laptop, stamped now) or drop them.
The box sits above the conflicts and shows only while something is held.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.language import format_count
from wltdesk.sync import held

GroupRole = Qt.ItemDataRole.UserRole + 1
_DAY_MS = 24 * 60 * 60 * 1000


class HeldReview(QObject):
    """The held-changes box at the top of the Sync pane's Conflicts tab."""

    #: Held changes were accepted: the data changed, every pane reloads.
    accepted = Signal()
    #: The held list changed (accepted or dropped): the pane reads it again, and the
    #: conflicts (the tab counts both).
    decided = Signal()
    #: Accepting or dropping was refused; the message is for the user.
    failed = Signal(str)

    def __init__(self, desk: Desk, ui: Ui_SyncPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.box = QGroupBox(self.tr("Held for review"), ui.conflictsTab)
        layout = QVBoxLayout(self.box)
        self.label = QLabel(self.box)
        self.label.setWordWrap(True)
        self.label.setText(
            self.tr(
                "These changes were made on a laptop whose clock was more than a day ahead "
                "of this one, so they were put aside. Accept them to use their values now, "
                "as changes made on this laptop, or drop them."
            )
        )
        layout.addWidget(self.label)
        self.list = QListWidget(self.box)
        self.list.setAccessibleName(self.tr("Changes held for review"))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.accept_button = QPushButton(self.tr("Accep&t held changes"), self.box)
        self.drop_button = QPushButton(self.tr("Dro&p held changes"), self.box)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.drop_button)
        layout.addLayout(buttons)
        ui.conflictsLayout.insertWidget(0, self.box)
        self.accept_button.clicked.connect(self.accept_chosen)
        self.drop_button.clicked.connect(self.drop_chosen)
        self.list.currentItemChanged.connect(self._chosen_changed)
        self.box.hide()

    def show(self, groups: list[held.HeldGroup]) -> None:
        """The held groups as the pane read them off the GUI thread."""
        self.list.clear()
        for group in groups:
            item = QListWidgetItem(self.group_words(group))
            item.setData(GroupRole, group.id)
            item.setToolTip("\n".join(group.bundles))
            self.list.addItem(item)
        if groups:
            self.list.setCurrentRow(0)
        self.box.setVisible(bool(groups))
        self._chosen_changed()

    def group_words(self, group: held.HeldGroup) -> str:
        """One laptop's held changes in plain words."""
        if group.ahead_ms < 2 * _DAY_MS:
            hours = round(group.ahead_ms / (_DAY_MS / 24))
            ahead = self.tr("{0} hours").format(format_count(hours))
        else:
            ahead = self.tr("{0} days").format(format_count(round(group.ahead_ms / _DAY_MS)))
        return self.tr(
            "Laptop “{0}” made {1} changes while its clock was {2} ahead of this "
            "laptop's: its clock is probably wrong."
        ).format(group.laptop, format_count(group.changes), ahead)

    def _chosen_changed(self, *_args: object) -> None:
        chosen = self.list.currentItem() is not None
        self.accept_button.setEnabled(chosen)
        self.drop_button.setEnabled(chosen)

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(GroupRole)

    def accept_chosen(self) -> None:
        group_id, event_id = self._chosen(), self.desk.event_id
        if group_id is None or event_id is None:
            return
        try:
            held.accept(self.desk.store, event_id, group_id)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.accepted.emit()
        self.decided.emit()  # the pane reads the held list and the conflicts again

    def drop_chosen(self) -> None:
        group_id, event_id = self._chosen(), self.desk.event_id
        if group_id is None or event_id is None:
            return
        try:
            held.drop(self.desk.store, event_id, group_id)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.decided.emit()
