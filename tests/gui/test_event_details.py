"""Event ▸ Event details…: the open event's name, venue and photo credits."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from wltdesk import events
from wltdesk.gui.dialogs import EventDialog


def test_event_details_change_the_name_venue_and_photo_credits(
    qtbot, window, gui_store, live_event, monkeypatch
):
    event_id = live_event["event_id"]
    seen: list[EventDialog] = []

    def fill(dialog: EventDialog) -> int:
        seen.append(dialog)
        assert dialog.ui.nameEdit.text() == "GUI Training"
        assert not dialog.ui.startEdit.isEnabled()  # the agenda is placed in the dates
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
