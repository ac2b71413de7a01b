"""What every certificate of the event carries, set in the Print pane: signatories, logos,
the date of issue and what the numbers start with.

These are the event's (stored through :mod:`wltdesk.printing.issuer`, so they reach
the team's laptops with the next sync): a field is saved when the facilitator
leaves it, a logo as soon as it is chosen. A logo that is not a PNG or JPEG image,
or is broken or absurdly large, is refused with the core's one-line reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QMessageBox, QWidget

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_certificate_details import Ui_CertificateDetails
from wltdesk.language import format_count
from wltdesk.printing import issuer


class CertificateDetails(QGroupBox):
    """The event's certificate details; ``changed`` after each one saved."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CertificateDetails()
        self.ui.setupUi(self)
        self.logos: tuple[str, ...] = ()
        ui = self.ui
        self.rows = [
            (ui.nameEdit1, ui.titleEdit1),
            (ui.nameEdit2, ui.titleEdit2),
            (ui.nameEdit3, ui.titleEdit3),
        ]
        for name, title in self.rows:
            name.editingFinished.connect(self._save_signatories)
            title.editingFinished.connect(self._save_signatories)
        ui.codeEdit.editingFinished.connect(self._save_code)
        ui.issuedCheck.toggled.connect(self._save_date)
        ui.issuedEdit.editingFinished.connect(self._save_date)
        ui.addLogoButton.clicked.connect(self.add_logo)
        ui.clearLogosButton.clicked.connect(lambda: self._save(logos=[]))
        self.loading = False

    def refresh(self) -> None:
        """The fields as the event has them now."""
        event_id = self.desk.event_id
        if event_id is None:
            return
        event = events.get_event(self.desk.store, event_id)
        details = issuer.issuer(event)
        self.loading = True
        try:
            for index, (name, title) in enumerate(self.rows):
                person = details.signatories[index] if index < len(details.signatories) else None
                for edit, text in ((name, person.name if person else ""),
                                   (title, person.title if person else "")):  # fmt: skip
                    edit.setText(text)
                    edit.setCursorPosition(0)  # a name too long to show: its start shows
            self.ui.codeEdit.setText(details.code if details.code_set else "")
            self.ui.codeEdit.setPlaceholderText(
                issuer.default_code(event.name, event.start_date)
            )
            self.ui.issuedCheck.setChecked(details.date_set)
            self.ui.issuedEdit.setEnabled(details.date_set)
            day = details.issued
            self.ui.issuedEdit.setDate(QDate(day.year, day.month, day.day))
            self.logos = details.logos
            self._show_logos()
        finally:
            self.loading = False

    def _show_logos(self) -> None:
        count = len(self.logos)
        if count == 0:
            text = self.tr("No logos")
        elif count == 1:
            text = self.tr("1 logo")
        else:
            text = self.tr("%1 logos").replace("%1", format_count(count))
        self.ui.logosLabel.setText(text)
        self.ui.addLogoButton.setEnabled(count < issuer.MAX_LOGOS)
        self.ui.clearLogosButton.setEnabled(count > 0)

    # ------------------------------------------------------------ saving
    def _save(self, **fields: Any) -> None:
        """Store ``fields`` (:func:`wltdesk.printing.issuer.update_issuer`'s); a refusal
        is said in a dialog and the fields go back to what is stored."""
        event_id = self.desk.event_id
        if self.loading or event_id is None:
            return
        try:
            changed = issuer.update_issuer(self.desk.store, event_id, **fields)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), str(exc))
            self.refresh()
            return
        if changed:  # (a title typed before its name waits for the name)
            self.refresh()
            self.changed.emit()

    def _save_signatories(self) -> None:
        wanted = []
        for name, title in self.rows:
            if name.text().strip():
                wanted.append(issuer.Signatory(" ".join(name.text().split()),
                                               " ".join(title.text().split())))  # fmt: skip
        self._save(signatories=wanted)

    def _save_code(self) -> None:
        self._save(code=self.ui.codeEdit.text())

    def _save_date(self) -> None:
        if self.loading:
            return
        ticked = self.ui.issuedCheck.isChecked()
        self.ui.issuedEdit.setEnabled(ticked)
        if ticked:
            self._save(issued=self.ui.issuedEdit.date().toPython())
        else:
            self._save(default_date=True)

    def add_logo(self) -> None:
        """Choose a logo file; it is checked and added (or the reason given)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.add_logo_file(path)

    def add_logo_file(self, path: str) -> None:
        try:
            logo = issuer.read_logo(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot use this logo"), str(exc))
            return
        self._save(logos=[*self.logos, logo])
