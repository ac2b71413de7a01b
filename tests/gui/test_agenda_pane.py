"""The agenda pane: sessions by day, the current one marked, add/edit/delete with undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from wltdesk import agenda, attendance, events, people
from wltdesk.gui.agenda_model import AgendaModel
from wltdesk.gui.agenda_pane import CLOCK_INTERVAL_MS, AgendaPane
from wltdesk.gui.desk import Desk
from wltdesk.gui.session_dialog import SessionDialog
from wltdesk.store import open_store

Ok = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def agenda_store(tmp_path):
    store = open_store(tmp_path / "gui.sqlite")
    yield store
    store.close()


@pytest.fixture
def setup(agenda_store):
    """A UTC event around today: a finished, a running and a coming session."""
    today = datetime.now(UTC).date()
    event_id = events.create_event(
        agenda_store, "Agenda Training", today - timedelta(days=1), today + timedelta(days=1)
    )
    lead = people.add_person(agenda_store, event_id, display_name="Zara Lead", role="facilitator")
    participant = people.add_person(agenda_store, event_id, display_name="Amir Participant")
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
    ids = {
        "done": agenda.add_session(
            agenda_store, event_id, "Opening", now - timedelta(hours=2), now - timedelta(hours=1)
        ),
        "running": agenda.add_session(
            agenda_store,
            event_id,
            "Workshop",
            now - timedelta(minutes=10),
            now + timedelta(minutes=50),
            kind="workshop",
            room="Main hall",
            facilitators=[lead],
        ),
        "coming": agenda.add_session(
            agenda_store, event_id, "Lab", now + timedelta(hours=2), now + timedelta(hours=3)
        ),
    }
    return {"event_id": event_id, "lead": lead, "participant": participant, "now": now, **ids}


@pytest.fixture
def desk(agenda_store, setup):
    return Desk(agenda_store)


@pytest.fixture
def pane(qtbot, desk, setup):
    widget = AgendaPane(desk)
    qtbot.addWidget(widget)
    desk.open_event(setup["event_id"])
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(store, event_id):
    return [s.title for s in agenda.list_sessions(store, event_id)]


def open_dialog(qtbot, pane, key=Qt.Key.Key_Insert, modifier=Qt.KeyboardModifier.NoModifier):
    pane.ui.sessionsView.setFocus()
    qtbot.keyClick(pane.ui.sessionsView, key, modifier)
    dialog = pane.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester, pane):
    qtmodeltester.check(pane.model)
    assert pane.model.rowCount() >= 1
    assert pane.model.session_count() == 3


def test_the_running_session_is_chosen_and_marked_now(pane, setup):
    assert pane.selected_session_id() == setup["running"]
    model = pane.model
    index = model.index_of(setup["running"])
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "now" in index.data()
    assert "Workshop" in pane.ui.summaryLabel.text()
    other = model.index_of(setup["coming"])
    assert other.data(Qt.ItemDataRole.FontRole) is None
    assert "now" not in other.data()
    row = model.index_of(setup["running"], AgendaModel.FACILITATORS)
    assert row.data() == "Zara Lead"
    present = model.index_of(setup["running"], AgendaModel.ATTENDANCE)
    expected = attendance.counts(pane.desk.store, setup["running"]).expected
    assert expected >= 1 and present.data() == f"0 / {expected}"


def test_the_clock_moves_the_marker(pane, setup, monkeypatch):
    assert pane.clock.isActive() and pane.clock.interval() == CLOCK_INTERVAL_MS
    later = setup["now"] + timedelta(hours=1, minutes=30)  # the workshop is over
    monkeypatch.setattr(events, "local_now", lambda event, now=None: later)
    pane.clock.timeout.emit()
    coming = pane.model.index_of(setup["coming"])
    assert pane.model.current_id == setup["coming"]
    assert "next" in coming.data()
    assert coming.data(Qt.ItemDataRole.FontRole).bold()
    assert pane.model.index_of(setup["running"]).data(Qt.ItemDataRole.FontRole) is None
    assert pane.selected_session_id() == setup["running"]  # the clock leaves the choice alone


def test_add_through_the_dialog_then_undo_and_redo(qtbot, pane, desk, agenda_store, setup):
    dialog = open_dialog(qtbot, pane)
    assert dialog.windowTitle() == "Add session"
    dialog.ui.titleEdit.setText("Closing circle")
    day = setup["now"].date()
    dialog.ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
    dialog.ui.startEdit.setTime(QTime(0, 5))
    dialog.ui.endEdit.setTime(QTime(0, 50))
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("reflection circle"))
    dialog.ui.roomEdit.setText("Garden room")
    first = dialog.ui.facilitatorList.item(0)
    assert first.text().startswith("Zara Lead")  # facilitators come first
    first.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(desk.agenda_changed):
        dialog.ui.buttonBox.button(Ok).click()
    assert not dialog.isVisible()
    added = {s.title: s for s in agenda.list_sessions(agenda_store, setup["event_id"])}
    closing = added["Closing circle"]
    assert closing.kind == "reflection circle" and closing.room == "Garden room"
    assert closing.facilitators == [setup["lead"]]
    assert (closing.starts_at.hour, closing.starts_at.minute) == (0, 5)
    assert pane.selected_session_id() == closing.id
    assert pane.model.session_count() == 4

    with qtbot.waitSignal(desk.agenda_changed):
        desk.undo_stack.undo()
    assert "Closing circle" not in titles(agenda_store, setup["event_id"])
    assert pane.model.session_count() == 3
    desk.undo_stack.redo()
    assert agenda.get_session(agenda_store, closing.id).title == "Closing circle"


def test_ctrl_n_adds_a_session_in_the_main_window(qtbot, agenda_store, setup, monkeypatch):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.dialogs import EventDialog
    from wltdesk.gui.settings import Settings

    new_events = []
    monkeypatch.setattr(EventDialog, "exec", lambda self: new_events.append(self) or 0)
    window = build_window(agenda_store, setup["event_id"], Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show_section("agenda")
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # window shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    pane = window.sections["agenda"]
    assert isinstance(pane, AgendaPane)
    assert pane.selected_session_id() == setup["running"]
    dialog = open_dialog(qtbot, pane, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_events == []  # the pane's Ctrl+N, not Event ▸ New event
    dialog.reject()
    qtbot.keyClick(window.ui.navRail, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(new_events) == 1  # outside the pane Ctrl+N still means a new event


def test_edit_with_enter_then_undo(qtbot, pane, desk, agenda_store, setup):
    dialog = open_dialog(qtbot, pane, Qt.Key.Key_Return)
    assert dialog.windowTitle() == "Edit session"
    assert dialog.ui.titleEdit.text() == "Workshop"
    assert dialog.ui.roomEdit.text() == "Main hall"
    assert dialog.facilitator_ids() == [setup["lead"]]
    dialog.ui.titleEdit.setText("Workshop: leadership")
    dialog.ui.roomEdit.setText("Lab 2")
    with qtbot.waitSignal(desk.agenda_changed):
        dialog.ui.buttonBox.button(Ok).click()
    edited = agenda.get_session(agenda_store, setup["running"])
    assert (edited.title, edited.room) == ("Workshop: leadership", "Lab 2")
    title = pane.model.index_of(setup["running"], AgendaModel.TITLE)
    assert title.data() == "Workshop: leadership"

    with qtbot.waitSignal(desk.agenda_changed):
        desk.undo_stack.undo()
    restored = agenda.get_session(agenda_store, setup["running"])
    assert (restored.title, restored.room) == ("Workshop", "Main hall")
    assert restored.starts_at == setup["now"] - timedelta(minutes=10)
    desk.undo_stack.redo()
    assert agenda.get_session(agenda_store, setup["running"]).room == "Lab 2"


def test_double_click_edits(qtbot, pane, setup):
    view = pane.ui.sessionsView
    index = pane.model.index_of(setup["coming"], AgendaModel.TITLE)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.dialog is not None and pane.dialog.isVisible()
    assert pane.dialog.ui.titleEdit.text() == "Lab"
    pane.dialog.reject()


def test_delete_asks_then_undo_restores_the_same_session(
    qtbot, pane, desk, agenda_store, setup, monkeypatch
):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    pane.select(setup["coming"])
    with qtbot.waitSignal(desk.agenda_changed):
        qtbot.keyClick(pane.ui.sessionsView, Qt.Key.Key_Delete)
    assert "Lab" in asked[0]
    assert titles(agenda_store, setup["event_id"]) == ["Opening", "Workshop"]
    assert pane.model.session_count() == 2
    with qtbot.waitSignal(desk.agenda_changed):
        desk.undo_stack.undo()
    assert titles(agenda_store, setup["event_id"]) == ["Opening", "Workshop", "Lab"]
    assert pane.model.index_of(setup["coming"]).isValid()  # the same id is back
    desk.undo_stack.redo()
    assert titles(agenda_store, setup["event_id"]) == ["Opening", "Workshop"]


def test_delete_can_be_declined(qtbot, pane, desk, agenda_store, setup, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pane.ui.deleteButton.click()
    assert len(titles(agenda_store, setup["event_id"])) == 3
    assert desk.undo_stack.count() == 0


def test_ending_before_starting_warns_and_keeps_the_dialog_open(
    qtbot, pane, desk, agenda_store, setup, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = open_dialog(qtbot, pane)
    dialog.ui.titleEdit.setText("Backwards")
    dialog.ui.startEdit.setTime(QTime(11, 0))
    dialog.ui.endEdit.setTime(QTime(10, 0))
    assert "before" in dialog.ui.durationLabel.text()
    dialog.ui.buttonBox.button(Ok).click()
    assert len(warnings) == 1 and "end after it starts" in warnings[0]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.ui.endEdit
    dialog.ui.titleEdit.clear()
    dialog.ui.endEdit.setTime(QTime(12, 0))
    dialog.ui.buttonBox.button(Ok).click()
    assert "title" in warnings[1] and dialog.isVisible()
    assert "Backwards" not in titles(agenda_store, setup["event_id"])
    assert desk.undo_stack.count() == 0
    dialog.ui.titleEdit.setText("Forwards")
    dialog.ui.buttonBox.button(Ok).click()
    assert not dialog.isVisible()
    assert "Forwards" in titles(agenda_store, setup["event_id"])


def test_the_day_is_limited_to_the_event(qtbot, pane, setup):
    dialog = open_dialog(qtbot, pane)
    event = pane.desk.current_event
    assert dialog.ui.dayEdit.minimumDate().toPython() == event.start_date
    assert dialog.ui.dayEdit.maximumDate().toPython() == event.end_date
    dialog.reject()


def test_the_check_in_desk_hears_agenda_changes(qtbot, agenda_store, setup, monkeypatch):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    window = build_window(agenda_store, setup["event_id"], Settings())
    qtbot.addWidget(window)
    window.show_section("agenda")
    window.show()
    qtbot.waitExposed(window)
    pane = window.sections["agenda"]
    combo = window.sections["checkin"].ui.sessionCombo
    assert combo.count() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pane.ui.deleteButton.click()
    assert combo.count() == 2
    window.desk.undo_stack.undo()
    assert combo.count() == 3


def test_without_an_event_the_pane_says_so(qtbot, agenda_store):
    widget = AgendaPane(Desk(agenda_store))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert not widget.ui.addButton.isEnabled()
    assert not widget.ui.editButton.isEnabled()
    assert "event" in widget.ui.summaryLabel.text()
    assert widget.add_session() is None
