"""The Sync section's dialogs: export a bundle, import from a folder or a WebDAV
server, join an event, show the event key.

:class:`ExportDialog`, :class:`ImportTargetDialog` and :class:`JoinDialog` only
gather choices; the Sync pane runs the work they describe in the background.
:class:`EventKeyBox` shows the event key as a QR code for co-facilitators and
saves it as a picture; its words are the Sync pane's (translation context
``SyncPane``), where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from wltdesk.errors import UserError
from wltdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from wltdesk.gui.forms.ui_import_target_dialog import Ui_ImportTargetDialog
from wltdesk.gui.forms.ui_join_dialog import Ui_JoinDialog
from wltdesk.sync import eventkey, gather


class ExportDialog(QDialog):
    """Where to write a bundle, what it carries, and an optional passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.redactCheck.toggled.connect(self._redact_toggled)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to a file"),
            self.ui.fileEdit.text(),
            self.tr("WLT Desk sync files (*.wltx)"),
        )
        if path:
            self.ui.fileEdit.setText(path if path.endswith(".wltx") else path + ".wltx")

    def _redact_toggled(self, on: bool) -> None:
        if on:
            self.ui.privateCheck.setChecked(False)
        self.ui.privateCheck.setEnabled(not on)

    def _accept(self) -> None:
        if not self.ui.fileEdit.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to write."))
            return
        if self.ui.passphraseEdit.text() != self.ui.repeatEdit.text():
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The two passphrases are not the same.")
            )
            return
        self.accept()

    @property
    def path(self) -> str:
        return self.ui.fileEdit.text().strip()

    @property
    def since_last(self) -> bool:
        return self.ui.sinceRadio.isChecked()

    @property
    def passphrase(self) -> str | None:
        return self.ui.passphraseEdit.text() or None

    @property
    def redact(self) -> bool:
        return self.ui.redactCheck.isChecked()

    @property
    def include_private(self) -> bool:
        return self.ui.privateCheck.isChecked()


class ImportTargetDialog(QDialog):
    """Where to import from: a folder of bundles, or the WebDAV address of a sync target.

    An organizer who does not sync imports every laptop's bundles from the target
    the team syncs with; nothing is written there (:mod:`wltdesk.sync.gather`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportTargetDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every bundle in a folder"), self.ui.placeEdit.text()
        )
        if folder:
            self.ui.placeEdit.setText(folder)

    def _accept(self) -> None:
        place = self.place
        if not place:
            QMessageBox.warning(
                self, self.tr("Import"), self.tr("Choose a folder, or type a WebDAV address.")
            )
            return
        if not gather.is_address(place) and not Path(place).expanduser().is_dir():
            QMessageBox.warning(
                self,
                self.tr("Import"),
                self.tr(
                    "There is no folder {0}. Give a folder, or a WebDAV address starting "
                    "with https://."
                ).format(place),
            )
            return
        self.accept()

    @property
    def place(self) -> str:
        return self.ui.placeEdit.text().strip()


class JoinDialog(QDialog):
    """An event package to join, and the event key from the lead facilitator's QR code.

    A USB barcode scanner types the QR code's text into the key field like a
    keyboard; pasting it works the same. The key never travels inside a
    package, so it is required for a package of an event this laptop does not
    have yet (``needs_key(path)`` says so), unless the package is a join
    package, which carries the key under a passphrase.
    """

    def __init__(
        self, parent: QWidget | None = None, needs_key: Callable[[str], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.needs_key = needs_key
        self.ui = Ui_JoinDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.keyEdit.textChanged.connect(self._key_changed)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._key_changed("")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Event package"), "", self.tr("WLT Desk sync files (*.wltx)")
        )
        if path:
            self.ui.fileEdit.setText(path)

    def key_problem(self) -> str | None:
        """Why the key field cannot be used, or None (empty counts as usable)."""
        text = self.ui.keyEdit.text().strip()
        if not text:
            return None
        try:
            eventkey.parse_key(text)
        except UserError:
            return self.tr("This is not an event key: scan the QR code again.")
        return None

    def _key_changed(self, _text: str) -> None:
        problem = self.key_problem()
        text = self.ui.keyEdit.text().strip()
        if problem:
            self.ui.keyStateLabel.setText(problem)
        elif not text:
            self.ui.keyStateLabel.setText(
                self.tr(
                    "The key is needed to join an event this laptop does not have yet. "
                    "Only a package protected with a passphrase carries it."
                )
            )
        else:
            event_id, _key = eventkey.parse_key(text)
            self.ui.keyStateLabel.setText(
                self.tr("Key for event {0}.").format(event_id[:8])
                if event_id
                else self.tr("Key given.")
            )

    def _accept(self) -> None:
        if not self.ui.fileEdit.text().strip():
            QMessageBox.warning(
                self, self.tr("Join an event"), self.tr("Choose the event package.")
            )
            return
        problem = self.key_problem()
        if problem:
            QMessageBox.warning(self, self.tr("Join an event"), problem)
            return
        if self.key_text is None and self.needs_key is not None and self.needs_key(self.path):
            QMessageBox.warning(
                self,
                self.tr("Join an event"),
                self.tr(
                    "This package belongs to an event this laptop does not have yet, and "
                    "it does not carry the event key. Ask the lead facilitator to show "
                    "the event key (Sync ▸ Event key…) and scan its QR code into the "
                    "Event key field, or paste its text. The key opens the package and "
                    "proves that it comes from your team."
                ),
            )
            self.ui.keyEdit.setFocus()
            return
        self.accept()

    @property
    def path(self) -> str:
        return self.ui.fileEdit.text().strip()

    @property
    def key_text(self) -> str | None:
        return self.ui.keyEdit.text().strip() or None


class EventKeyBox(QMessageBox):
    """The event key as a QR code, its text in the details, and a button to save the code.

    Co-facilitators scan it to join the event: it opens the event's bundles
    and proves they come from the team. Whoever has it can read them, so it is
    shown only on request; printed or sent, it travels outside the app, so
    saving asks where.
    """

    def __init__(self, event_name: str, event_id: str, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.event_name = event_name
        self.event_id = event_id
        self.key = key
        pixmap = QPixmap()
        pixmap.loadFromData(eventkey.key_qr_png(event_id, key), "PNG")
        self.setWindowTitle(QCoreApplication.translate("SyncPane", "Event key"))
        self.setIconPixmap(pixmap)
        self.setText(
            QCoreApplication.translate(
                "SyncPane",
                "Co-facilitators scan this code to join the event: the key opens the "
                "event's sync files and proves that they come from your team. Whoever has "
                "it can read every name, email, phone number and note of the event: "
                "show it only to your team, and never put it on the shared folder.",
            )
        )
        self.setDetailedText(eventkey.key_payload(event_id, key))
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        save = self.addButton(
            QCoreApplication.translate("SyncPane", "&Save QR code…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        save.clicked.disconnect()  # an action button would close the box
        save.clicked.connect(self.save_key)

    def save_key(self) -> Path | None:
        """The QR code as a PNG (to print or send to a co-facilitator) or SVG."""
        name = f"{self.event_name}-key.png".replace("/", "-")
        parent = self.parentWidget()
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SyncPane", "Save the event key"),
            str(Path.home() / name),
            QCoreApplication.translate("SyncPane", "PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        try:
            return eventkey.key_qr(self.event_id, self.key, path)
        except (UserError, OSError) as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("SyncPane", "Sync"), str(exc))
            return None
