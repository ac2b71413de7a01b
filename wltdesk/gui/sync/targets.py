"""The Sync section's Target box: where this laptop syncs to.

A target is a shared folder (USB stick, network share, synced cloud folder)
or a WebDAV address; an event may have several, one of them the default the
sync uses. :class:`TargetSetup` lists them with their last result, adds one
typed or chosen, makes another the default and forgets one (what is on it
stays there). Its words are the Sync pane's (translation context
``SyncPane``), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.sync.jobs import SyncJobs
from wltdesk.language import format_count
from wltdesk.sync import exchange

TargetRole = Qt.ItemDataRole.UserRole + 3


class TargetSetup(QObject):
    """The Target box of the Sync pane's form: the location field, the list, its buttons."""

    #: A target was added, made the default or removed: the pane shows it all again.
    changed = Signal()
    #: A target was refused; the message is for the user.
    failed = Signal(str)

    def __init__(self, desk: Desk, ui: Ui_SyncPane, jobs: SyncJobs, pane: QWidget) -> None:
        super().__init__(pane)
        self.desk = desk
        self.ui = ui
        self.jobs = jobs
        self.pane = pane
        targets = ui.targetsList
        targets.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPane", "Target"),
                QCoreApplication.translate("SyncPane", "Default"),
                QCoreApplication.translate("SyncPane", "Last synced"),
                QCoreApplication.translate("SyncPane", "Waiting"),
                QCoreApplication.translate("SyncPane", "Last error"),
            ]
        )
        targets.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        targets.header().setStretchLastSection(True)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.setTargetButton.clicked.connect(self.set_target)
        ui.targetEdit.returnPressed.connect(self.set_target)
        ui.defaultTargetButton.clicked.connect(self.make_default)
        ui.removeTargetButton.clicked.connect(self.remove_target)
        ui.targetsList.currentItemChanged.connect(self._target_chosen)

    def refresh(self) -> None:
        """The default target in the field, every target in the list."""
        event_id = self.desk.event_id
        targets = exchange.list_targets(self.desk.store, event_id) if event_id is not None else []
        default = next((t for t in targets if t.is_default), None)
        self.ui.targetEdit.setText(default.display if default else "")
        self.refresh_targets(targets)

    def refresh_targets(self, found: list[exchange.TargetInfo]) -> None:
        """Every target of the event, the default one marked, with its last result."""
        listing = self.ui.targetsList
        chosen = self._chosen_target()
        listing.clear()
        for target in found:
            synced = (
                QCoreApplication.translate("SyncPane", "{0} min ago").format(
                    format_count(exchange.minutes_ago(target.last_success))
                )
                if target.last_success
                else QCoreApplication.translate("SyncPane", "never")
            )
            item = QTreeWidgetItem(
                [
                    target.display,
                    QCoreApplication.translate("SyncPane", "yes") if target.is_default else "",
                    synced,
                    format_count(target.waiting),
                    target.last_error or "",
                ]
            )
            item.setData(0, TargetRole, target)
            item.setToolTip(0, target.display)
            item.setToolTip(4, target.last_error or "")
            listing.addTopLevelItem(item)
            if chosen is not None and target.id == chosen.id:
                listing.setCurrentItem(item)
        listing.setVisible(bool(found))
        self._target_chosen()

    def _chosen_target(self) -> exchange.TargetInfo | None:
        item = self.ui.targetsList.currentItem()
        return item.data(0, TargetRole) if item is not None else None

    def _target_chosen(self, *_args: object) -> None:
        has_targets = self.ui.targetsList.topLevelItemCount() > 0
        chosen = self._chosen_target() is not None and not self.jobs.busy
        for button in (self.ui.defaultTargetButton, self.ui.removeTargetButton):
            button.setVisible(has_targets)
            button.setEnabled(chosen)

    # ------------------------------------------------------------ changes
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.pane,
            QCoreApplication.translate("SyncPane", "Choose the shared folder"),
            self.ui.targetEdit.text(),
        )
        if folder:
            self.ui.targetEdit.setText(folder)
            self.set_target()

    def set_target(self) -> None:
        event_id = self.desk.event_id
        if event_id is None:
            return
        location = self.ui.targetEdit.text().strip()
        if not location:
            self.failed.emit(
                QCoreApplication.translate("SyncPane", "Give a folder or a WebDAV address first.")
            )
            return
        try:
            exchange.add_target(self.desk.store, event_id, location)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()

    def make_default(self) -> None:
        """Sync with the chosen target from now on."""
        chosen = self._chosen_target()
        event_id = self.desk.event_id
        if chosen is None or event_id is None:
            return
        try:
            exchange.add_target(self.desk.store, event_id, chosen.location)
        except UserError as exc:
            self.failed.emit(str(exc))
        self.changed.emit()

    def remove_target(self) -> None:
        """Forget the chosen target; what is on it stays there."""
        chosen = self._chosen_target()
        event_id = self.desk.event_id
        if chosen is None or event_id is None:
            return
        answer = QMessageBox.question(
            self.pane,
            QCoreApplication.translate("SyncPane", "Remove target"),
            QCoreApplication.translate(
                "SyncPane",
                "Stop syncing with {0}? Nothing on it is deleted; you can add it again later.",
            ).format(chosen.display),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            exchange.remove_target(self.desk.store, event_id, chosen.id)
        except UserError as exc:
            self.failed.emit(str(exc))
        self.changed.emit()
