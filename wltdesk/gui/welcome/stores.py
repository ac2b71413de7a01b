"""Choosing another store: a store file (SQLite) or the organizer's PostgreSQL database.

A store holds events; a facilitator is handed one on a USB stick, goes back to
a backup, or (an organizer) works in a PostgreSQL database. The dialog only
says which store: the main window opens it (:meth:`MainWindow.switch_store`,
through the core's ``open_store``), says in one line what is wrong with a bad
one, and remembers a good one in the settings, so the next start opens it
again. A file must exist: opening would otherwise make a new, empty store at
a mistyped path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget

from wltdesk.gui.forms.ui_open_store_dialog import Ui_OpenStoreDialog

#: How the address of a file store starts (``wltdesk.store``'s URLs).
SQLITE_URL = "sqlite:///"


def store_file(url: str) -> Path | None:
    """The file of a SQLite store's URL; None for a server."""
    return Path(url.removeprefix(SQLITE_URL)) if url.startswith(SQLITE_URL) else None


class OpenStoreDialog(QDialog):
    """A store file or a database address; ``target`` is what the user chose."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = ""
        self.ui = Ui_OpenStoreDialog()
        self.ui.setupUi(self)
        current = store_file(current_url)
        self.folder = str(current.parent) if current is not None else ""
        if current is None and current_url:
            self.ui.serverRadio.setChecked(True)  # an organizer: the address, ready to edit
            self.ui.urlEdit.setText(current_url)
        self.ui.serverRadio.toggled.connect(self._kind_chosen)
        self._kind_chosen(self.ui.serverRadio.isChecked())
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _kind_chosen(self, server: bool) -> None:
        self.ui.urlEdit.setEnabled(server)
        self.ui.fileEdit.setEnabled(not server)
        self.ui.browseButton.setEnabled(not server)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a store file"),
            self.folder,
            self.tr("WLT Desk stores (*.sqlite);;All files (*)"),
        )
        if path:
            self.ui.fileEdit.setText(path)
            self.ui.buttonBox.setFocus()

    def _accept(self) -> None:
        if self.ui.serverRadio.isChecked():
            url = self.ui.urlEdit.text().strip()
            if "://" not in url:
                self._refuse(
                    self.tr(
                        "Type the database's address, such as postgresql+psycopg://user@server/wlt."
                    ),
                    self.ui.urlEdit,
                )
                return
            self.target = url
        else:
            path = self.ui.fileEdit.text().strip()
            if not path:
                self._refuse(self.tr("Choose the store file."), self.ui.fileEdit)
                return
            if not Path(path).expanduser().is_file():
                self._refuse(self.tr("There is no file {0}.").format(path), self.ui.fileEdit)
                return
            self.target = path
        self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
        field.setFocus()
        field.selectAll()
