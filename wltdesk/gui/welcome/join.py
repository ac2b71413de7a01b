"""Joining the team's event from the welcome screen: a package, and its key or passphrase.

The lead facilitator hands a co-facilitator two things by different ways: the
event package (a full ``.wltx`` bundle) and either the event key — typed,
scanned into the field by a USB barcode scanner, or read from a picture of its
QR code — or, for a join package, the passphrase that locks the key inside it.
The dialog checks what it can before anything runs, then imports the package
in the background through the core (:func:`wltdesk.sync.merge.import_bundles`)
and stays open when the import is refused — a wrong passphrase or key is one
line, the store is unchanged, and the facilitator corrects it and tries again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from wltdesk.errors import UserError
from wltdesk.gui.forms.ui_join_team_dialog import Ui_JoinTeamDialog
from wltdesk.gui.jobs import Job
from wltdesk.gui.welcome.keypicture import key_from_picture
from wltdesk.store import Store
from wltdesk.sync import eventkey, merge


class JoinTeamDialog(QDialog):
    """Package, key or passphrase; OK imports it and ``event_id`` is the event joined."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id: str | None = None
        self.job: Job | None = None
        self.ui = Ui_JoinTeamDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Join"))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.pictureButton.clicked.connect(self._read_picture)
        self.ui.buttonBox.accepted.connect(self.join)
        self.ui.buttonBox.rejected.connect(self.reject)

    # ------------------------------------------------------------ the fields
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Event package"), "", self.tr("WLT Desk bundles (*.wltx)")
        )
        if path:
            self.ui.fileEdit.setText(path)
            self.ui.keyEdit.setFocus()

    def _read_picture(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Picture of the event key"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.svg *.gif *.bmp);;All files (*)"),
        )
        if not path:
            return
        try:
            self.ui.keyEdit.setText(key_from_picture(path))
        except UserError as exc:
            self._refuse(str(exc), self.ui.pictureButton)
            return
        self.ok_button.setFocus()

    @property
    def path(self) -> str:
        return self.ui.fileEdit.text().strip()

    @property
    def key_text(self) -> str | None:
        return self.ui.keyEdit.text().strip() or None

    @property
    def passphrase(self) -> str | None:
        return self.ui.passphraseEdit.text() or None

    def problem(self) -> tuple[str, QWidget] | None:
        """What keeps the import from starting, and the field to correct; None if nothing."""
        if not self.path:
            return self.tr("Choose the event package (a .wltx file)."), self.ui.fileEdit
        if self.key_text is not None:
            try:
                eventkey.parse_key(self.key_text)
            except UserError:
                return (
                    self.tr("This is not an event key: scan the QR code again."),
                    self.ui.keyEdit,
                )
        elif self.passphrase is None and merge.key_needed(self.store, self.path):
            return (
                self.tr(
                    "This package needs the event key: scan or paste the text of its QR "
                    "code, or read it from a picture."
                ),
                self.ui.keyEdit,
            )
        return None

    # ------------------------------------------------------------ joining
    def join(self) -> None:
        """Check the fields, then import the package in the background."""
        if self.job is not None:
            return
        found = self.problem()
        if found is not None:
            self._refuse(*found)
            return
        store, paths, passphrase = self.store, [self.path], self.passphrase
        expected, key = eventkey.parse_key(self.key_text) if self.key_text else (None, None)

        def work(progress, cancelled):
            return merge.import_bundles(
                store, paths, passphrase, expected, key, progress, cancelled
            )

        self.job = Job(work)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._joined)
        self.job.signals.failed.connect(self._failed)
        self._busy(True)
        self.job.start()

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.fileEdit, self.ui.keyEdit, self.ui.passphraseEdit):
            widget.setReadOnly(busy)
        for button in (self.ui.browseButton, self.ui.pictureButton, self.ui.buttonBox):
            button.setEnabled(not busy)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.setVisible(busy)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _joined(self, summary: merge.ImportSummary) -> None:
        self.job = None
        self._busy(False)
        joined = summary.joined or summary.events
        self.event_id = joined[0] if joined else None
        self.accept()

    def _failed(self, message: str) -> None:
        """Refused (nothing was imported): say why, and let the facilitator correct it."""
        self.job = None
        self._busy(False)
        field = self.ui.keyEdit if self.key_text else self.ui.passphraseEdit
        self._refuse(message, field)

    def _refuse(self, message: str, field: QWidget) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def reject(self) -> None:
        if self.job is None:  # an import under way finishes first (it is all or nothing)
            super().reject()
