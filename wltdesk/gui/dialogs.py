"""Small dialogs of the main window: a new event, and the preferences."""

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


class EventDialog(QDialog):
    """Create an event; ``event_id`` holds it after the dialog is accepted."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id: str | None = None
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.startEdit.setDate(today)
        self.ui.endEdit.setDate(today.addDays(1))
        zones = sorted(available_timezones()) or ["UTC"]
        self.ui.timezoneCombo.addItems(zones)
        self.ui.timezoneCombo.setCurrentText("Asia/Dhaka" if "Asia/Dhaka" in zones else "UTC")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        start: date = self.ui.startEdit.date().toPython()
        end: date = self.ui.endEdit.date().toPython()
        try:
            self.event_id = events.create_event(
                self.store,
                self.ui.nameEdit.text(),
                start,
                end,
                venue=self.ui.venueEdit.text(),
                timezone=self.ui.timezoneCombo.currentText().strip(),
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
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.language = self.ui.languageCombo.currentData()
        grace = self.ui.graceSpin.value()
        self.settings.late_grace_minutes = None if grace < 0 else grace
        super().accept()
