"""The plans pane: a plan typed in by keys, undo, templates, follow-up and export."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from wltdesk import plans
from wltdesk.gui.desk import Desk
from wltdesk.gui.plans import PlansPane
from wltdesk.gui.plans.dialogs import PlanDialog
from wltdesk.gui.plans.follow_up import FollowUpModel
from wltdesk.gui.plans.items import DueDateEdit, ItemsModel

Key = Qt.Key


@pytest.fixture
def desk(gui_store, live_event):
    return Desk(gui_store)


@pytest.fixture
def pane(qtbot, desk, live_event):
    widget = PlansPane(desk)
    qtbot.addWidget(widget)
    desk.open_event(live_event["event_id"])
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors(pane, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(pane, "show_error", shown.append)
    return shown


def focused():
    return QApplication.focusWidget()


def type_into_cell(qtbot, text: str, then: Key = Key.Key_Tab) -> None:
    editor = focused()
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, then)


def only_plan(pane) -> plans.PlanView:
    found = plans.list_plans(pane.desk.store, pane.desk.event_id)
    assert len(found) == 1
    return found[0]


def new_plan_by_keys(qtbot, pane, title: str, region: str) -> PlanDialog:
    qtbot.keyClick(pane, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = pane.dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.titleEdit, title)
    dialog.ui.regionCombo.setFocus()
    qtbot.keyClicks(dialog.ui.regionCombo, region)
    qtbot.keyClick(dialog.ui.titleEdit, Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog


def editing(qtbot, pane, row: int):
    """The cell editor open in ``row`` of the items table, with the keyboard focus."""
    view = pane.ui.itemsView
    qtbot.waitUntil(
        lambda: view.state() == view.State.EditingState and view.currentIndex().row() == row
    )
    # Offscreen, closing a dialog or a popup leaves no window active (a desktop
    # hands activation back to the pane): activate it, as the window manager would.
    if QApplication.activeWindow() is not pane:
        pane.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    qtbot.waitUntil(lambda: focused() is not None and focused().parent() is view.viewport())
    return focused()


# the completer's popup, offscreen: no window raising or keyboard grab there
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_plan_entered_by_keys_lands_in_the_store(qtbot, pane, live_event):
    farhana = live_event["people"][2]
    new_plan_by_keys(qtbot, pane, "Khulna outreach", "Khulna")
    plan = only_plan(pane)
    assert plan.title == "Khulna outreach" and plan.region == "Khulna"
    # the new plan opens with the cursor in the empty row's "what" cell, editing
    view = pane.ui.itemsView
    assert isinstance(editing(qtbot, pane, 0), QLineEdit)
    type_into_cell(qtbot, "Book the hall")  # Tab: the item exists, on to Owners
    assert [i.what for i in only_plan(pane).items] == ["Book the hall"]
    assert view.currentIndex().column() == ItemsModel.OWNERS
    owners = focused()
    assert isinstance(owners, QLineEdit) and owners.completer() is not None
    qtbot.keyClicks(owners, "farh")
    popup = owners.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert owners.completer().currentCompletion() == "Farhana Akter (ফারহানা আক্তার)"
    qtbot.keyClick(popup, Key.Key_Down)
    qtbot.keyClick(popup, Key.Key_Return)
    assert owners.text() == "Farhana Akter (ফারহানা আক্তার)"
    qtbot.keyClick(owners, Key.Key_Tab)
    due = focused()
    assert isinstance(due, DueDateEdit)
    type_into_cell(qtbot, "2026-05-01")
    type_into_cell(qtbot, "Budget 5,000 BDT")
    type_into_cell(qtbot, "Hall confirmed")
    status = focused()
    assert isinstance(status, QComboBox)
    type_into_cell(qtbot, "in")  # keyboard search in the list: "in progress"
    type_into_cell(qtbot, "Ask the university first", then=Key.Key_Return)
    # Enter: on to the empty row below, editing; Enter there makes the next item
    assert isinstance(editing(qtbot, pane, 1), QLineEdit)
    type_into_cell(qtbot, "Send invitations", then=Key.Key_Return)
    qtbot.waitUntil(lambda: len(only_plan(pane).items) == 2)
    assert isinstance(editing(qtbot, pane, 2), QLineEdit)
    items = only_plan(pane).items
    first = items[0]
    assert first.owner_ids == [farhana]
    assert first.due_date == date(2026, 5, 1)
    assert first.resources == "Budget 5,000 BDT"
    assert first.success_indicator == "Hall confirmed"
    assert first.status == "in progress"
    assert first.notes == "Ask the university first"
    assert items[1].what == "Send invitations" and items[1].due_date is None
    assert items[1].owner_ids == [] and items[1].status == "planned"
    qtbot.keyClick(focused(), Key.Key_Escape)

    # Ctrl+Z walks back through the edits, newest first; Ctrl+Shift+Z redoes
    stack = pane.desk.undo_stack
    stack.undo()
    assert [i.what for i in only_plan(pane).items] == ["Book the hall"]
    stack.undo()
    assert only_plan(pane).items[0].notes is None
    stack.redo()
    stack.redo()
    assert [i.what for i in only_plan(pane).items] == ["Book the hall", "Send invitations"]
    assert pane.items.rowCount() == 3  # two items and the empty row


def test_tabbing_through_a_cell_without_typing_keeps_it_empty(qtbot, pane, live_event):
    plan_id = plans.create_plan(pane.desk.store, live_event["event_id"], "Quiet plan")
    item_id = plans.add_item(pane.desk.store, plan_id, "Something")
    pane.reload(plan_id)
    view = pane.ui.itemsView
    view.setFocus()
    view.setCurrentIndex(pane.items.index(0, ItemsModel.DUE))
    qtbot.keyClick(view, Key.Key_Return)  # Enter on a cell edits it
    assert isinstance(focused(), DueDateEdit)
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert plans.get_plan(pane.desk.store, plan_id).items[0].due_date is None
    assert pane.desk.undo_stack.count() == 0
    plans.update_item(pane.desk.store, item_id, due_date=date(2026, 6, 1))
    pane.reload(plan_id)
    view.setCurrentIndex(pane.items.index(0, ItemsModel.DUE))
    qtbot.keyClick(view, Key.Key_Return)
    qtbot.keyClick(focused(), Key.Key_Delete)  # nothing typed yet: Delete clears it
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert plans.get_plan(pane.desk.store, plan_id).items[0].due_date is None


@pytest.mark.parametrize("shown", [date(2026, 12, 4), date(2027, 1, 3), date(2031, 6, 1)])
@pytest.mark.parametrize("typed", ["2026-05-01", "2026-5-1", "2026/05/01", "20260501"])
def test_a_date_typed_over_another_year_is_the_date_typed(qtbot, typed, shown):
    """The editor opens on a default date (30 days on); typing replaces it whole,
    whatever year the default is in and however the parts are separated."""
    editor = DueDateEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    editor.start(None, shown)
    qtbot.keyClicks(editor, typed)
    assert editor.value(None) == date(2026, 5, 1)


def test_delete_on_an_untouched_date_clears_it(qtbot):
    editor = DueDateEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    editor.start(date(2027, 2, 3), date(2027, 3, 1))
    assert editor.value(date(2027, 2, 3)) == date(2027, 2, 3)  # untouched: kept
    qtbot.keyClick(editor, Key.Key_Delete)
    assert editor.value(date(2027, 2, 3)) is None


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_an_unknown_owner_is_refused_with_a_message(qtbot, pane, live_event, errors):
    plan_id = plans.create_plan(pane.desk.store, live_event["event_id"], "Plan")
    plans.add_item(pane.desk.store, plan_id, "Something")
    pane.reload(plan_id)
    view = pane.ui.itemsView
    view.setFocus()
    view.setCurrentIndex(pane.items.index(0, ItemsModel.OWNERS))
    qtbot.keyClicks(view, "N")  # the first key starts the edit
    qtbot.keyClicks(editing(qtbot, pane, 0), "obody Known")
    assert focused().text() == "Nobody Known"
    qtbot.keyClick(focused(), Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(errors))
    assert "no one on the roster" in errors[0]
    assert plans.get_plan(pane.desk.store, plan_id).items[0].owner_ids == []
    # two people called Rakib…: the name is not guessed
    assert not pane.items.setData(pane.items.index(0, ItemsModel.OWNERS), "Rakib")
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert "2 people match" in errors[1]


def test_move_and_delete_items_by_keys_with_undo(qtbot, pane, live_event):
    store = pane.desk.store
    plan_id = plans.create_plan(store, live_event["event_id"], "Plan")
    for what in ("A", "B", "C"):
        plans.add_item(store, plan_id, what)
    pane.reload(plan_id)
    view = pane.ui.itemsView
    view.setFocus()
    view.setCurrentIndex(pane.items.index(2, ItemsModel.WHAT))
    qtbot.keyClick(view, Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.what for i in plans.get_plan(store, plan_id).items] == ["A", "C", "B"]
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [i.what for i in plans.get_plan(store, plan_id).items] == ["A", "B"]
    pane.desk.undo_stack.undo()
    assert [i.what for i in plans.get_plan(store, plan_id).items] == ["A", "C", "B"]
    pane.desk.undo_stack.undo()
    assert [i.what for i in plans.get_plan(store, plan_id).items] == ["A", "B", "C"]


def test_a_plan_from_a_template_and_plan_edits_with_undo(qtbot, pane, live_event):
    dialog = pane.new_plan()
    assert dialog is not None
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("mentorship"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("bn"))
    dialog.ui.regionCombo.setCurrentText("Rangpur")
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    plan = only_plan(pane)
    template = plans.get_template("mentorship")
    assert plan.title == template.title_bn and plan.region == "Rangpur"
    assert [i.what for i in plan.items] == [i.what_bn for i in template.items]
    assert pane.items.rowCount() == len(template.items) + 1
    pane.ui.goalEdit.setFocus()
    pane.ui.goalEdit.selectAll()
    qtbot.keyClicks(pane.ui.goalEdit, "Ten mentees")
    pane.ui.titleEdit.setFocus()  # leaving the goal saves it
    assert only_plan(pane).goal == "Ten mentees"
    pane.desk.undo_stack.undo()
    assert only_plan(pane).goal == template.goal_bn
    assert pane.ui.goalEdit.toPlainText() == template.goal_bn
    pane.ui.deletePlanButton.click()
    assert plans.list_plans(pane.desk.store, live_event["event_id"]) == []
    pane.desk.undo_stack.undo()
    assert only_plan(pane).title == template.title_bn


@pytest.fixture
def followed(pane, live_event):
    store, event_id = pane.desk.store, live_event["event_id"]
    rakib, farhana = live_event["people"][0], live_event["people"][2]
    today = pane.today()
    north = plans.create_plan(store, event_id, "North", region="Rangpur")
    south = plans.create_plan(store, event_id, "South", region="Khulna")
    plans.add_item(store, north, "Late", owners=[rakib], due_date=today - timedelta(days=3))
    plans.add_item(store, north, "Next week", due_date=today + timedelta(days=5))
    plans.add_item(store, south, "Later", owners=[farhana], due_date=today + timedelta(days=40))
    plans.add_item(store, south, "Finished", status="done", due_date=today - timedelta(days=9))
    pane.open_event()
    pane.ui.tabs.setCurrentWidget(pane.ui.followTab)
    return {"rakib": rakib, "farhana": farhana}


def shown(pane) -> list[str]:
    return [row.item.what for row in pane.follow.rows]


def test_follow_up_filters_and_overdue_marking(qtmodeltester, pane, followed):
    assert shown(pane) == ["Late", "Next week", "Later"]  # open items, soonest first
    qtmodeltester.check(pane.follow)
    late = pane.follow.index(0, FollowUpModel.STATUS)
    assert "overdue" in late.data()  # said in words, not only in colour
    assert late.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert pane.follow.index(0, FollowUpModel.DUE).data(Qt.ItemDataRole.DecorationRole)
    assert pane.follow.index(1, FollowUpModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in pane.ui.followSummary.text()
    ui = pane.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(()))
    assert shown(pane) == ["Finished", "Late", "Next week", "Later"]
    ui.ownerCombo.setCurrentIndex(ui.ownerCombo.findData(followed["farhana"]))
    assert shown(pane) == ["Later"]
    ui.ownerCombo.setCurrentIndex(0)
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("Rangpur"))
    assert shown(pane) == ["Late", "Next week"]
    ui.regionCombo.setCurrentIndex(0)
    ui.dueBeforeCheck.setChecked(True)  # due within a week (the default date)
    assert shown(pane) == ["Finished", "Late", "Next week"]
    ui.dueBeforeCheck.setChecked(False)
    ui.overdueCheck.setChecked(True)
    assert shown(pane) == ["Late"]


def test_follow_up_exports_what_it_shows(pane, followed, tmp_path):
    ui = pane.ui
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("Rangpur"))
    ics = tmp_path / "due.ics"
    message = pane.write_export(str(ics), "ical")
    assert message and "2 due dates" in message
    todos = Calendar.from_ical(ics.read_bytes()).walk("VTODO")
    assert sorted(str(t["SUMMARY"]) for t in todos) == ["Late", "Next week"]
    sheet = tmp_path / "items.csv"
    assert pane.write_export(str(sheet), "csv")
    rows = list(csv.DictReader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"))))
    assert [r["what"] for r in rows] == ["Late", "Next week"]
    assert rows[0]["overdue"] == "yes"


def test_a_follow_up_row_opens_its_plan_at_the_item(qtbot, pane, followed):
    view = pane.ui.followView
    view.setFocus()
    view.setCurrentIndex(pane.follow.index(2, 0))
    qtbot.keyClick(view, Key.Key_Return)
    assert pane.ui.tabs.currentWidget() is pane.ui.planTab
    assert pane.plan is not None and pane.plan.title == "South"
    assert pane.current_item() is not None and pane.current_item().what == "Later"


def test_the_items_model_passes_the_model_tester(qtmodeltester, pane, followed):
    pane.ui.tabs.setCurrentWidget(pane.ui.planTab)
    assert pane.plan is not None
    qtmodeltester.check(pane.items)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_every_column_of_a_plan_shows_on_a_laptop(qtbot, pane):
    """Later columns hid behind a scrollbar at 1366×768: now they share the width and wrap."""
    pane.resize(1024 - 200, 560)
    new_plan_by_keys(qtbot, pane, "Mymensingh outreach", "Mymensingh")
    view = pane.ui.itemsView
    editing(qtbot, pane, 0)
    type_into_cell(qtbot, "Book a venue with reliable Wi-Fi and a projector for forty people")
    QApplication.processEvents()
    header = view.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width()
    )
    assert not view.horizontalScrollBar().isVisible()
    # the long item wraps onto more lines instead of being cut
    what = view.model().index(0, ItemsModel.WHAT)
    assert view.rowHeight(0) >= 2 * view.fontMetrics().height()
    assert view.model().data(what).startswith("Book a venue")


def test_the_plans_pane_fits_beside_the_rail_on_a_1024_screen(pane):
    """The follow-up filters in one row held the window at 1115 pixels wide."""
    assert pane.minimumSizeHint().width() <= 1024 - 150  # the section rail takes 150
