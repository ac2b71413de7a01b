"""Event ▸ Event details…: the open event's name, venue, dates, photo credits and the
language of its printouts."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox

from wltdesk import agenda, events
from wltdesk.gui.dialogs import EventDialog


def test_event_details_change_the_name_venue_and_photo_credits(
    qtbot, window, gui_store, live_event, monkeypatch
):
    event_id = live_event["event_id"]
    seen: list[EventDialog] = []

    def fill(dialog: EventDialog) -> int:
        seen.append(dialog)
        assert dialog.ui.nameEdit.text() == "GUI Training"
        assert not dialog.ui.timezoneCombo.isEnabled()  # the agenda's times are in it
        dialog.ui.nameEdit.setText("GUI Training, Khulna")
        dialog.ui.creditsEdit.setPlainText("Rakib Hasan — CC BY-SA 4.0")
        dialog.ui.creditsEdit.appendPlainText("ফারহানা আক্তার — CC BY 4.0")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill)
    assert window.ui.actionEventDetails.isEnabled()
    window.ui.actionEventDetails.trigger()
    assert seen and seen[0].windowTitle() == "Event details"
    event = events.get_event(gui_store, event_id)
    assert event.name == "GUI Training, Khulna"
    assert events.photo_credit_lines(event) == [
        "Rakib Hasan — CC BY-SA 4.0",
        "ফারহানা আক্তার — CC BY 4.0",
    ]
    assert window.windowTitle() == "GUI Training, Khulna — WLT Desk"


def test_a_blank_name_is_refused_and_nothing_changes(
    qtbot, window, gui_store, live_event, monkeypatch
):
    warned: list[str] = []
    monkeypatch.setattr(
        "wltdesk.gui.dialogs.QMessageBox.warning", lambda *a, **k: warned.append(a[2])
    )
    event = events.get_event(gui_store, live_event["event_id"])
    dialog = EventDialog(gui_store, window, event)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("  ")
    dialog.ui.creditsEdit.setPlainText("Someone — CC0")
    dialog.accept()
    assert warned == ["an event needs a name"]
    assert events.get_event(gui_store, event.id).photo_credits is None


def test_dates_read_with_the_month_as_a_word_and_moving_them_moves_the_agenda(
    qtbot, window, gui_store, live_event, monkeypatch
):
    """ "6 12 2026" read as June too; and a training put off keeps its programme."""
    event = events.get_event(gui_store, live_event["event_id"])
    session = agenda.get_session(gui_store, live_event["session_id"])
    dialog = EventDialog(gui_store, window, event)
    qtbot.addWidget(dialog)
    dialog.show()
    start = dialog.ui.startEdit
    assert start.text() == f"{event.start_date.day} {event.start_date:%b %Y}"
    # a year later, by keys: the year field of the first day, one up; the last day follows
    dialog.activateWindow()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    start.setCurrentSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    later = start.date().toPython()
    assert later.year == event.start_date.year + 1
    shift = later - event.start_date
    assert dialog.ui.endEdit.date().toPython() == event.end_date + shift
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    moved = events.get_event(gui_store, event.id)
    assert (moved.start_date, moved.end_date) == (later, event.end_date + shift)
    again = agenda.get_session(gui_store, session.id)
    assert again.starts_at == session.starts_at + shift
    assert again.ends_at - again.starts_at == session.ends_at - session.starts_at


def test_a_last_day_that_would_drop_a_session_is_refused_by_name(
    qtbot, window, gui_store, live_event, monkeypatch
):
    warned: list[str] = []
    monkeypatch.setattr(
        "wltdesk.gui.dialogs.QMessageBox.warning", lambda *a, **k: warned.append(a[2])
    )
    event = events.get_event(gui_store, live_event["event_id"])
    dialog = EventDialog(gui_store, window, event)
    qtbot.addWidget(dialog)
    dialog.show()
    end = dialog.ui.endEdit
    end.setDate(dialog.ui.startEdit.date())  # the event's first day only
    dialog.activateWindow()
    end.setFocus()
    qtbot.waitUntil(end.hasFocus)
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert len(warned) == 1 and "'Opening'" in warned[0] and "outside the event" in warned[0]
    assert dialog.isVisible()
    assert events.get_event(gui_store, event.id).end_date == event.end_date
    assert event.end_date - event.start_date == timedelta(days=2)


def test_the_language_of_the_printouts_is_chosen_by_keys(
    qtbot, window, gui_store, live_event, monkeypatch
):
    event = events.get_event(gui_store, live_event["event_id"])
    dialog = EventDialog(gui_store, window, event)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.languageCombo
    assert combo.currentData() == "en" and dialog.ui.languageLabel.buddy() is combo
    dialog.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "bn"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert events.get_event(gui_store, event.id).output_language == "bn"
    # OK with the language as it is logs nothing for it
    again = EventDialog(gui_store, window, events.get_event(gui_store, event.id))
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentData() == "bn"
    assert again._language() is None
