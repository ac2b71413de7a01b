"""The Laptops tab of the Sync section: the event's laptops, revoking a lost one, and
changing the event key after a loss — made here, or entered here when an
organizer made it on another laptop.

Every laptop signs what it sends with its own key (:mod:`wltdesk.devices`). A
revoked laptop's bundles are refused by every store that has the revocation; a
new event key (:func:`wltdesk.sync.eventkey.rekey`) keeps whoever holds the lost
laptop from reading new bundles, and has to reach every team laptop by hand.
Both are said in plain words before they are done: neither can be taken back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QStatusBar,
    QTreeWidgetItem,
    QWidget,
)

from wltdesk import devices
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_devices_view import Ui_DevicesView
from wltdesk.gui.sync.dialogs import EventKeyBox
from wltdesk.language import format_date, format_time
from wltdesk.store import Store
from wltdesk.sync import eventkey


class DevicesView(QWidget):
    #: Something went wrong (the pane shows it).
    failed = Signal(str)
    #: A laptop was revoked or the key changed: the pane refreshes.
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_DevicesView()
        self.ui.setupUi(self)
        self.key_box: EventKeyBox | None = None
        self.ui.devicesTree.itemSelectionChanged.connect(self._update_buttons)
        self.ui.revokeButton.clicked.connect(self.revoke)
        self.ui.rekeyButton.clicked.connect(self.rekey)
        self.ui.setKeyButton.clicked.connect(self.enter_key)
        self.found: list[devices.DeviceInfo] = []

    def show(self, found: list[devices.DeviceInfo]) -> None:
        """The laptops as the pane read them off the GUI thread."""
        tree = self.ui.devicesTree
        tree.clear()
        event_id = self.desk.event_id
        self.found = found
        for number, device in enumerate(self.found):
            last = device.last_seen
            seen = f"{format_date(last)} {format_time(last)}" if last else ""
            item = QTreeWidgetItem(
                [device.name, device.device, device.fingerprint or "", self._state(device), seen]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        self.ui.rekeyButton.setEnabled(event_id is not None)
        self.ui.setKeyButton.setEnabled(event_id is not None)
        self._update_buttons()

    def _state(self, device: devices.DeviceInfo) -> str:
        if device.revoked:
            return self.tr("revoked")
        if device.this_laptop:
            return self.tr("this laptop")
        if device.public_key is None:
            return self.tr("no key yet (an earlier version)")
        return ""

    def chosen(self) -> devices.DeviceInfo | None:
        item = self.ui.devicesTree.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.found[item.data(0, Qt.ItemDataRole.UserRole)]

    def _update_buttons(self) -> None:
        device = self.chosen()
        self.ui.revokeButton.setEnabled(
            device is not None and not device.revoked and not device.this_laptop
        )

    # ------------------------------------------------------------ revoking
    def revoke(self) -> None:
        device, event_id = self.chosen(), self.desk.event_id
        if device is None or event_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revoke a laptop"),
            self.tr(
                "Revoke the laptop “{0}” ({1})?\n\nEverything it sends from now on is "
                "refused, here and on every laptop that gets this change. This cannot be "
                "undone. Do it for a lost or stolen laptop, then make a new event key."
            ).format(device.name, device.device[:8]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            devices.revoke_device(self.desk.store, event_id, device.device)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()  # the pane reads the laptops again

    # ------------------------------------------------------------ the event key
    def rekey(self) -> None:
        event_id = self.desk.event_id
        if event_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("New event key"),
            self.tr(
                "Make a new event key?\n\nFrom now on this laptop locks what it sends with "
                "the new key. Give it to every team laptop (they scan its QR code with "
                "Laptops ▸ Enter a new key…): until then they cannot read what this laptop "
                "sends. Whoever has only the old key — a lost laptop — can read nothing new. "
                "What was sent before still opens with the old key."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            key = eventkey.rekey(self.desk.store, event_id)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        event = self.desk.current_event
        self.key_box = EventKeyBox(event.name if event else "event", event_id, key, self)
        self.key_box.open()
        self.changed.emit()

    def enter_key(self) -> None:
        event_id = self.desk.event_id
        if event_id is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Enter a new key"),
            self.tr(
                "An organizer made a new event key. Scan its QR code into this field with "
                "the scanner, or paste its text:"
            ),
        )
        if not ok or not text.strip():
            return
        try:
            changed = eventkey.set_key(self.desk.store, event_id, text)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Enter a new key"),
            self.tr(
                "This laptop now locks what it sends with the new key, and still opens "
                "what was made with the old one. Its next sync sends everything again."
            )
            if changed
            else self.tr("That is the event's key already."),
        )
        self.changed.emit()


def show_copy_notice(bar: QStatusBar, store: Store) -> None:
    """Say once in the status bar, when opening found the store to be a copy of
    another, that it now writes as a new laptop (:mod:`wltdesk.store.identity`)."""
    if store.identity.renewed_from is not None:
        bar.showMessage(
            QCoreApplication.translate(
                "DevicesView",
                "This store is a copy of another laptop's: it now writes as a new laptop "
                "({0}), so the two never overwrite each other's work.",
            ).format(store.device_id[:8]),
            120_000,
        )
