"""Small dialogs of the main window: an event's details (new or open), and the preferences."""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui.forms.ui_event_dialog import Ui_EventDialog
from wltdesk.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from wltdesk.gui.settings import Settings
from wltdesk.store import Store
from wltdesk.store.models import Event

#: Dates with the month as a word ("6 Dec 2026", "৬ ডিসে ২০২৬"): "6 12 2026" read as June too.
DATE_FORMAT = "d MMM yyyy"


class EventDialog(QDialog):
    """Create an event, or (given ``event``) change its name, venue, dates, photo credits
    and the language its printouts are made in.

    ``event_id`` holds the event after the dialog is accepted. Moving the first day
    moves the last with it, and the agenda too (:func:`wltdesk.events.update_event`);
    the time zone of an existing event is shown but fixed: its sessions' times are in it.
    """

    def __init__(self, store: Store, parent: QWidget | None = None, event: Event | None = None):
        super().__init__(parent)
        self.store = store
        self.existing = event  # not self.event: that is QWidget's event handler
        self.event_id: str | None = event.id if event else None
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        for edit in (self.ui.startEdit, self.ui.endEdit):
            edit.setDisplayFormat(DATE_FORMAT)  # month names in the UI language (the locale)
        zones = sorted(available_timezones()) or ["UTC"]
        self.ui.timezoneCombo.addItems(zones)
        # not the Print pane's list: the first window must not wait for the PDF engine
        for code, label in (
            ("en", self.tr("English")),
            ("bn", self.tr("Bengali")),
            ("en+bn", self.tr("English and Bengali")),
        ):
            self.ui.languageCombo.addItem(label, code)
        if event is None:
            today = QDate.currentDate()
            self.ui.startEdit.setDate(today)
            self.ui.endEdit.setDate(today.addDays(1))
            self.ui.timezoneCombo.setCurrentText("Asia/Dhaka" if "Asia/Dhaka" in zones else "UTC")
        else:
            self.setWindowTitle(self.tr("Event details"))
            self.ui.nameEdit.setText(event.name)
            self.ui.venueEdit.setText(event.venue or "")
            self.ui.startEdit.setDate(event.start_date)
            self.ui.endEdit.setDate(event.end_date)
            self.ui.timezoneCombo.setCurrentText(event.timezone)
            self.ui.timezoneCombo.setEnabled(False)
            self.ui.creditsEdit.setPlainText("\n".join(events.photo_credit_lines(event)))
            language = events.event_output_language(event)
            self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(language))
        self._start = self.ui.startEdit.date()
        self.ui.startEdit.dateChanged.connect(self._start_moved)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _language(self) -> str | None:
        """The output language chosen, or None when it is the event's already (an event
        made before there was a choice has none stored: nothing to log for it)."""
        chosen = str(self.ui.languageCombo.currentData())
        if self.existing is not None and chosen == events.event_output_language(self.existing):
            return None
        return chosen

    def _start_moved(self, start: QDate) -> None:
        """The last day follows the first by as many days, as the agenda will."""
        days = self._start.daysTo(start)
        self._start = start
        self.ui.endEdit.setDate(self.ui.endEdit.date().addDays(days))

    def accept(self) -> None:
        start: date = self.ui.startEdit.date().toPython()
        end: date = self.ui.endEdit.date().toPython()
        credits = self.ui.creditsEdit.toPlainText().splitlines()
        try:
            if self.existing is None:
                self.event_id = events.create_event(
                    self.store,
                    self.ui.nameEdit.text(),
                    start,
                    end,
                    venue=self.ui.venueEdit.text(),
                    timezone=self.ui.timezoneCombo.currentText().strip(),
                )
            events.update_event(
                self.store,
                self.event_id,
                name=self.ui.nameEdit.text(),
                venue=self.ui.venueEdit.text(),
                photo_credits=credits,
                start=start,
                end=end,
                output_language=self._language(),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()


LANGUAGES = (("", "System language"), ("en", "English"), ("bn", "বাংলা (Bengali)"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGES:
            label = self.tr("System language") if not code else name
            self.ui.languageCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(
            max(self.ui.languageCombo.findData(settings.language), 0)
        )
        self.ui.graceSpin.setMinimum(-1)
        self.ui.graceSpin.setSpecialValueText(self.tr("the event's setting"))
        self.ui.graceSpin.setSuffix(self.tr(" min after the start"))
        grace = settings.late_grace_minutes
        self.ui.graceSpin.setValue(-1 if grace is None else grace)
        self.ui.autoStartCheck.setChecked(settings.auto_start_speakers)
        schemes = (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        )
        for choice, label in schemes:
            self.ui.schemeCombo.addItem(label, choice)
        self.ui.schemeCombo.setCurrentIndex(
            max(self.ui.schemeCombo.findData(settings.colour_scheme), 0)
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.language = self.ui.languageCombo.currentData()
        grace = self.ui.graceSpin.value()
        self.settings.late_grace_minutes = None if grace < 0 else grace
        self.settings.auto_start_speakers = self.ui.autoStartCheck.isChecked()
        self.settings.colour_scheme = self.ui.schemeCombo.currentData()
        super().accept()
