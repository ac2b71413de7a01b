"""The Sync section's Target box: where this laptop syncs to.

A target is a shared folder (USB stick, network share, synced cloud folder)
or a WebDAV address; an event may have several, one of them the default the
sync uses. :class:`TargetSetup` lists them with their last result, adds one
typed or chosen, makes another the default and forgets one (what is on it
stays there). Its words are the Sync pane's (translation context
``SyncPane``), where they were written first.

A target typed in is checked before it is kept: a folder that is not there
is refused with an offer to create it (only if the user asks), a file or a
folder this laptop cannot write in is refused, and a WebDAV address asks for
its password (:class:`~wltdesk.gui.sync.password.WebDavPasswordDialog`), which
goes to the keychain. Dialogs open window-modal without blocking, so the
window stays live and a test can answer them with keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.sync import wording
from wltdesk.gui.sync.jobs import SyncJobs
from wltdesk.gui.sync.password import WebDavPasswordDialog
from wltdesk.sync import exchange, keychain, targets

TargetRole = Qt.ItemDataRole.UserRole + 3


class TargetSetup(QObject):
    """The Target box of the Sync pane's form: the location field, the list, its buttons."""

    #: A target was added, made the default or removed: the pane shows it all again.
    changed = Signal()
    #: A target was refused: the message for the user, and its technical details ("").
    failed = Signal(str, str)

    def __init__(self, desk: Desk, ui: Ui_SyncPane, jobs: SyncJobs, pane: QWidget) -> None:
        super().__init__(pane)
        self.desk = desk
        self.ui = ui
        self.jobs = jobs
        self.pane = pane
        #: The dialog open now, if any: the password, or the offer to create a folder.
        self.password_dialog: WebDavPasswordDialog | None = None
        self.create_box: QMessageBox | None = None
        listing = ui.targetsList
        listing.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPane", "Target"),
                QCoreApplication.translate("SyncPane", "Default"),
                QCoreApplication.translate("SyncPane", "Last synced"),
                QCoreApplication.translate("SyncPane", "Not yet sent"),
                QCoreApplication.translate("SyncPane", "What went wrong"),
            ]
        )
        listing.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        listing.header().setStretchLastSection(True)
        ui.targetHint.setText(
            QCoreApplication.translate(
                "SyncPane",
                "Each laptop writes only its own folder there and reads everyone's. A WebDAV "
                "address names the user (https://alice@cloud.example.org/…); its password is "
                "asked for and kept in this computer's keychain.",
            )
        )
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.setTargetButton.clicked.connect(self.set_target)
        ui.targetEdit.returnPressed.connect(self.set_target)
        ui.defaultTargetButton.clicked.connect(self.make_default)
        ui.removeTargetButton.clicked.connect(self.remove_target)
        ui.targetsList.currentItemChanged.connect(self._target_chosen)

    def show(self, targets: list[exchange.TargetInfo]) -> None:
        """The targets as the pane read them off the GUI thread."""
        default = next((t for t in targets if t.is_default), None)
        self.ui.targetEdit.setText(default.display if default else "")
        self.refresh_targets(targets)

    def refresh_targets(self, found: list[exchange.TargetInfo]) -> None:
        """Every target of the event, the default one marked, with its last result."""
        listing = self.ui.targetsList
        chosen = self._chosen_target()
        event = self.desk.current_event
        zone = event.timezone if event is not None else "UTC"
        listing.clear()
        for target in found:
            synced = (
                wording.ago(target.last_success, zone)
                if target.last_success
                else QCoreApplication.translate("SyncPane", "never")
            )
            problem, details = exchange.failure_parts(target.last_error)
            item = QTreeWidgetItem(
                [
                    target.display,
                    QCoreApplication.translate("SyncPane", "yes") if target.is_default else "",
                    synced,
                    wording.number(target.waiting),
                    problem,
                ]
            )
            item.setData(0, TargetRole, target)
            item.setToolTip(0, target.display)
            item.setToolTip(4, f"{problem}\n\n{details}" if details else problem)
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
        """Check the typed target; ask for a WebDAV password; keep it (or say why not)."""
        if self.desk.event_id is None:
            return
        location = self.ui.targetEdit.text().strip()
        if not location:
            self.failed.emit(
                QCoreApplication.translate("SyncPane", "Give a folder or a WebDAV address first."),
                "",
            )
            return
        try:
            with wording.in_ui_language():
                target = targets.open_target(location)
        except UserError as exc:
            self.failed.emit(str(exc), "")
            return
        if isinstance(target, targets.WebDavTarget):
            if target.account is not None:
                self.ask_password(target)  # a password typed into the address: filled in
                return
        elif not Path(location).expanduser().is_absolute():
            # The app has no working folder a facilitator knows of.
            self.failed.emit(
                QCoreApplication.translate(
                    "SyncPane",
                    "Give the whole path of the folder (such as {0}), or choose it with "
                    "Folder…. A WebDAV address starts with https://.",
                ).format(Path.home() / "WLT"),
                "",
            )
            return
        self.keep(location)

    def keep(self, location: str, create: bool = False, password: str = "") -> bool:
        """Remember the target (and its password); offer to create a missing folder."""
        event_id = self.desk.event_id
        if event_id is None:
            return False
        try:
            with wording.in_ui_language():
                if password:
                    exchange.keep_password(location, password)
                exchange.add_target(self.desk.store, event_id, location, create_folder=create)
        except targets.MissingFolder as missing:
            self.offer_to_create(missing.folder, location)
            return False
        except targets.TargetProblem as problem:
            self.failed.emit(str(problem), problem.details or "")
            return False
        except UserError as exc:
            self.failed.emit(str(exc), "")
            return False
        self.changed.emit()
        return True

    def offer_to_create(self, folder: Path, location: str) -> QMessageBox:
        """The folder is not there: create it, if the user asks (not by default)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SyncPane", "Shared folder"),
            QCoreApplication.translate("SyncPane", "The folder {0} does not exist.").format(folder),
            QMessageBox.StandardButton.Cancel,
            self.pane,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "SyncPane",
                "If it is on a USB stick or a network share, plug it in or connect it, "
                "then try again. Or create the folder here now.",
            )
        )
        create = box.addButton(
            QCoreApplication.translate("SyncPane", "&Create folder"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.keep(location, create=True) if button is create else None
        )
        box.finished.connect(box.deleteLater)
        self.create_box = box
        box.open()
        return box

    def ask_password(self, target: targets.WebDavTarget) -> WebDavPasswordDialog:
        """The WebDAV password, for the keychain (or this session when there is none)."""
        assert target.account is not None and target.user is not None
        with wording.in_ui_language():
            no_keychain = keychain.keychain_problem()
        dialog = WebDavPasswordDialog(
            target.server, target.user, keychain.saved(target.account), no_keychain, self.pane
        )
        dialog.ui.passwordEdit.setText(target.given_password or "")
        dialog.accepted.connect(lambda: self.keep(target.location, password=dialog.password))
        dialog.finished.connect(dialog.deleteLater)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def make_default(self) -> None:
        """Sync with the chosen target from now on."""
        chosen = self._chosen_target()
        event_id = self.desk.event_id
        if chosen is None or event_id is None:
            return
        try:
            exchange.add_target(self.desk.store, event_id, chosen.location)
        except UserError as exc:
            self.failed.emit(str(exc), "")
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
            self.failed.emit(str(exc), "")
        self.changed.emit()
