"""The agenda pane: sessions by day, the current one marked, add/edit/delete with undo.

Every test that reads the clock runs at several instants (``around_midnight``:
either side of midnight in UTC and in Dhaka), for an event in each of two time
zones, with the sessions placed around that moment.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from wltdesk import agenda, attendance, events, people
from wltdesk.gui.agenda.model import AgendaModel
from wltdesk.gui.agenda.pane import CLOCK_INTERVAL_MS, AgendaPane
from wltdesk.gui.agenda.session_dialog import SessionDialog
from wltdesk.gui.desk import Desk
from wltdesk.store import open_store

Ok = QDialogButtonBox.StandardButton.Ok

pytestmark = pytest.mark.around_midnight


@pytest.fixture
def agenda_store(tmp_path):
    store = open_store(tmp_path / "gui.sqlite")
    yield store
    store.close()


@pytest.fixture(params=["UTC", "Asia/Dhaka"])
def venue(request) -> str:
    """The event's time zone: UTC, and the model event's Asia/Dhaka (UTC+6)."""
    return request.param


@pytest.fixture
def setup(agenda_store, clock, venue):
    """An event around today at the venue: a finished, a running and a coming session.

    Session times are the venue's wall time, as the agenda keeps them.
    """
    now = datetime.now(ZoneInfo(venue)).replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()
    event_id = events.create_event(
        agenda_store,
        "Agenda Training",
        today - timedelta(days=1),
        today + timedelta(days=1),
        timezone=venue,
    )
    lead = people.add_person(agenda_store, event_id, display_name="Zara Lead", role="facilitator")
    participant = people.add_person(agenda_store, event_id, display_name="Amir Participant")
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


def move_clock(clock, pane, wall_time: datetime) -> None:
    """Set the clock to a wall time at the venue and let the pane's timer tick."""
    zone = ZoneInfo(pane.desk.current_event.timezone)
    clock.move_to(wall_time.replace(tzinfo=zone).astimezone(UTC))
    pane.clock.timeout.emit()


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


def test_the_clock_moves_the_marker(pane, setup, clock):
    """Once the workshop is over the lab is marked next; when the lab begins after
    midnight, the workshop stays marked as the last one of its day until then."""
    assert pane.clock.isActive() and pane.clock.interval() == CLOCK_INTERVAL_MS
    workshop_ends = setup["now"] + timedelta(minutes=50)
    lab_day = (setup["now"] + timedelta(hours=2)).date()
    if lab_day > workshop_ends.date():
        move_clock(clock, pane, workshop_ends)
        workshop = pane.model.index_of(setup["running"])
        assert pane.model.current_id == setup["running"]
        assert "last today" in workshop.data()
        assert workshop.data(Qt.ItemDataRole.FontRole).bold()
    move_clock(clock, pane, max(workshop_ends, datetime.combine(lab_day, time())))
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
    window.ui.navRail.setFocus()  # keys go where the focus is: the section rail
    qtbot.waitUntil(window.ui.navRail.hasFocus)
    qtbot.keyClick(window.ui.navRail, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert new_events == []  # Ctrl+N is each section's "new", never a new event
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.ui.navRail, Qt.Key.Key_N, shift_ctrl)
    assert len(new_events) == 1  # a new event is Ctrl+Shift+N, from anywhere


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


def test_a_session_past_midnight_keeps_ending_the_next_day(qtbot, pane, desk, agenda_store, setup):
    day = setup["now"].date()
    next_day = day + timedelta(days=1)
    evening = agenda.add_session(
        agenda_store,
        setup["event_id"],
        "Cultural evening",
        datetime.combine(day, time(21, 0)),
        datetime.combine(next_day, time(1, 0)),
    )
    desk.agenda_changed.emit()
    assert "(+1)" in pane.model.index_of(evening).data()
    pane.select(evening)

    dialog = open_dialog(qtbot, pane, Qt.Key.Key_Return)
    assert dialog.ui.durationLabel.text() == "4 h 00 min (+1)"
    dialog.ui.roomEdit.setText("Courtyard")  # only the room: the times stay as they were
    with qtbot.waitSignal(desk.agenda_changed):
        dialog.ui.buttonBox.button(Ok).click()
    saved = agenda.get_session(agenda_store, evening)
    assert saved.room == "Courtyard"
    assert saved.ends_at == datetime.combine(next_day, time(1, 0))

    dialog = open_dialog(qtbot, pane, Qt.Key.Key_Return)
    dialog.ui.endEdit.setTime(QTime(2, 0))  # a later end is still after midnight
    assert dialog.ui.durationLabel.text() == "5 h 00 min (+1)"
    with qtbot.waitSignal(desk.agenda_changed):
        dialog.ui.buttonBox.button(Ok).click()
    assert agenda.get_session(agenda_store, evening).ends_at == datetime.combine(
        next_day, time(2, 0)
    )

    dialog = open_dialog(qtbot, pane, Qt.Key.Key_Return)
    dialog.ui.endEdit.setTime(QTime(23, 0))  # after the start: back on its own day
    assert dialog.ui.durationLabel.text() == "2 h 00 min"
    with qtbot.waitSignal(desk.agenda_changed):
        dialog.ui.buttonBox.button(Ok).click()
    assert agenda.get_session(agenda_store, evening).ends_at == datetime.combine(day, time(23, 0))
    with qtbot.waitSignal(desk.agenda_changed):
        desk.undo_stack.undo()
    assert agenda.get_session(agenda_store, evening).ends_at == datetime.combine(
        next_day, time(2, 0)
    )


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
