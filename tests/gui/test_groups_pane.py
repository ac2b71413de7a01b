"""The Groups pane: groups in rows, drag and drop with undo, locks, planning off-thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from wltdesk import agenda, attendance, events, groups, people
from wltdesk.gui.groups import board, dialogs
from wltdesk.gui.groups.dialogs import GroupSetDialog

REGIONS = ("Dhaka", "Sylhet", "Khulna")


@pytest.fixture
def room(gui_store, clock):
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()  # the event begins the day before: the session may start before midnight
    event_id = events.create_event(
        gui_store, "Groups Training", today - timedelta(days=1), today + timedelta(days=1)
    )
    ids = [
        people.add_person(
            gui_store,
            event_id,
            display_name=f"Person {i:02d}",
            local_name=f"ব্যক্তি {i}",
            region=REGIONS[i % 3],
        )
        for i in range(12)
    ]
    session_id = agenda.add_session(
        gui_store, event_id, "Breakouts", now - timedelta(minutes=5), now + timedelta(hours=1)
    )
    for person_id in ids:
        attendance.check_in(gui_store, session_id, person_id)
    set_id = groups.make_set(
        gui_store,
        event_id,
        groups.Wish(size=3, rounds=2, balance=("region",), time_budget=0.3),
        session_id=session_id,
    )
    return {"event_id": event_id, "session_id": session_id, "people": ids, "set_id": set_id}


@pytest.fixture
def pane(qtbot, gui_store, room, monkeypatch):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    window = build_window(gui_store, room["event_id"], Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_section("groups")
    found = window.sections["groups"]
    found.warnings = warnings
    return found


def where(store, set_id: str, round_number: int, person_id: str) -> str:
    view = groups.set_view(store, set_id)
    for group in view.rounds[round_number - 1].groups:
        if any(m.person_id == person_id for m in group.members):
            return group.id
    raise AssertionError("not placed")


def deliver(mime: QMimeData, target) -> bool:
    """What a drag does on arrival: enter, move, and — if they were accepted — drop,
    sent through Qt's event dispatch to the target's viewport (never a handler
    called directly). Returns whether the target took the drop."""
    viewport = target.viewport()
    where = QPointF(viewport.rect().center())
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(where, *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(where, *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(where, *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def drag(source, item, target) -> bool:
    """Drop ``item`` on ``target`` with the mime data the view's model makes for
    it (the data a QDrag started by the view would carry)."""
    mime = source.model().mimeData([source.indexFromItem(item)])
    return deliver(mime, target)


def mouse_drag(monkeypatch, source, item, target) -> bool:
    """Drag with the mouse as far as the offscreen platform allows.

    A real press and moves past the start distance make the view start a drag
    itself (its own checks: drag enabled, the item draggable, selected). The
    offscreen platform ends a real QDrag at once, so the view's ``startDrag``
    is where the test takes over: it takes the mime data of the dragged
    indexes from the model, as Qt's own ``startDrag`` does, and delivers it.
    Returns False when no drag started or the target refused it.
    """
    started: list[QMimeData] = []
    with monkeypatch.context() as patch:
        patch.setattr(
            board.GroupList,
            "startDrag",
            lambda view, _actions: started.append(view.model().mimeData(view.selectedIndexes())),
        )
        press_and_move(source, item, started)
    return bool(started) and deliver(started[0], target)


def press_and_move(source, item, started: list) -> None:
    viewport = source.viewport()
    start = source.visualItemRect(item).center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    step = QApplication.startDragDistance()
    for k in range(1, 4):
        at = QPointF(start + QPoint(step * k, 0))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            at,
            QPointF(viewport.mapToGlobal(at.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
        if started:
            break
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)


def test_rounds_side_by_side_in_colour(pane, room):
    assert pane.ui.setCombo.count() == 1
    assert len(pane.lists) == 8  # 2 rounds × 4 groups
    first = pane.lists[0]
    assert first.group.colour == groups.GROUP_COLOURS[0]
    assert first.count() == 3
    assert " · ব্যক্তি" in first.item(0).text()
    assert pane.ui.reportLabel.text().startswith("0 repeat meetings")
    assert pane.ui.lockRoundButton.text() == "Lock round 1"


def test_drag_and_drop_moves_and_undo_puts_back(pane, room, gui_store, monkeypatch):
    desk = pane.desk
    source, target = pane.lists[4], pane.lists[5]  # round 2, groups 1 and 2
    item = source.item(0)
    person_id = item.data(board.PERSON_ROLE)
    report_before = pane.ui.reportLabel.text()
    assert mouse_drag(monkeypatch, source, item, target)
    assert where(gui_store, room["set_id"], 2, person_id) == target.group.id
    assert "Move Person" in desk.undo_stack.undoText()
    # the pane shows it (a group of 4 now), and the report follows
    moved = next(pl for pl in pane.lists if pl.group.id == target.group.id)
    assert moved.count() == 4
    assert pane.ui.reportLabel.text() != report_before
    desk.undo_stack.undo()
    assert where(gui_store, room["set_id"], 2, person_id) == source.group.id
    desk.undo_stack.redo()
    assert where(gui_store, room["set_id"], 2, person_id) == target.group.id


def test_dropping_on_its_own_group_does_nothing(pane, room):
    source = pane.lists[0]
    drag(source, source.item(0), source)
    assert pane.desk.undo_stack.count() == 0


def test_lock_a_person_and_undo(pane, room, gui_store, qtbot, monkeypatch):
    group_list = pane.lists[4]
    group_list.setCurrentRow(1)
    person_id = group_list.item(1).data(board.PERSON_ROLE)
    pane.toggle_lock()
    view = groups.set_view(gui_store, room["set_id"])
    member = next(m for g in view.rounds[1].groups for m in g.members if m.person_id == person_id)
    assert member.locked
    locked_item = next(
        pl.item(i)
        for pl in pane.lists[4:]
        for i in range(pl.count())
        if pl.item(i).data(board.PERSON_ROLE) == person_id
    )
    assert locked_item.text().endswith("(locked)")
    # a locked person cannot be dragged away: the mouse starts no drag, and a
    # drop that names them anyway (another window's stale data) is refused
    source = next(pl for pl in pane.lists[4:] if pl.group.id == member_group(view, person_id))
    other = next(pl for pl in pane.lists[4:] if pl is not source)
    assert not mouse_drag(monkeypatch, source, locked_item, other)
    assert not pane.warnings
    drag(source, locked_item, other)
    assert pane.warnings and "is locked in" in pane.warnings[-1]
    pane.desk.undo_stack.undo()  # undoes the lock (the failed drag pushed nothing)
    view = groups.set_view(gui_store, room["set_id"])
    assert not any(m.locked for g in view.rounds[1].groups for m in g.members)


def member_group(view, person_id: str) -> str:
    for group in view.rounds[1].groups:
        if any(m.person_id == person_id for m in group.members):
            return group.id
    raise AssertionError


def test_lock_round_blocks_drops_and_undo_unlocks(pane, room, qtbot, monkeypatch):
    qtbot.mouseClick(pane.ui.lockRoundButton, Qt.MouseButton.LeftButton)
    assert pane.view.locked_rounds == 1
    assert not pane.lists[0].acceptDrops() and pane.lists[4].acceptDrops()
    # the locked round's people start no drag, and its groups refuse a drop
    assert not mouse_drag(monkeypatch, pane.lists[0], pane.lists[0].item(0), pane.lists[1])
    mime = pane.lists[4].model().mimeData([pane.lists[4].indexFromItem(pane.lists[4].item(0))])
    assert not deliver(mime, pane.lists[1])
    assert pane.desk.undo_stack.count() == 1  # only the lock
    assert pane.ui.lockRoundButton.text() == "Lock round 2"
    pane.desk.undo_stack.undo()
    assert pane.view.locked_rounds == 0


def test_add_round_and_replan_run_off_the_gui_thread(pane, room, qtbot):
    pane.add_round()
    assert not pane.ui.addRoundButton.isEnabled()  # busy while the engine works
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert len(pane.view.rounds) == 3
    assert len(pane.lists) == 12
    pane.replan()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert pane.ui.reportLabel.text().startswith("0 repeat meetings")


@pytest.mark.around_midnight  # the dialog chooses the session by the clock
def test_new_groups_dialog_reads_the_wish(pane, room, qtbot):
    dialog = GroupSetDialog(pane.desk, pane)
    qtbot.addWidget(dialog)
    assert dialog.ui.sessionCombo.currentData() == room["session_id"]
    assert dialog.ui.countLabel.text() == "12 people in 3 groups of 4"
    dialog.ui.byCombo.setCurrentIndex(1)  # number of groups
    dialog.ui.numberSpin.setValue(5)
    assert dialog.ui.countLabel.text() == "12 people in 5 groups of 2–3"
    dialog.ui.roundsSpin.setValue(3)
    dialog.ui.apartEdit.setPlainText("Person 01, Person 02")
    dialog.ui.pinEdit.setPlainText("Person 03\nPerson 04 = 4")
    dialog.accept()
    wish = dialog.wish
    assert wish is not None and wish.count == 5 and wish.rounds == 3
    assert wish.apart == ((room["people"][1], room["people"][2]),)
    assert wish.pins == {room["people"][3]: 1, room["people"][4]: 4}
    assert wish.balance == ("region",)


def test_new_groups_dialog_explains_a_bad_name(pane, room, qtbot):
    dialog = GroupSetDialog(pane.desk, pane)
    qtbot.addWidget(dialog)
    dialog.ui.togetherEdit.setPlainText("Person 01, Nobody Here")
    dialog.accept()
    assert dialog.wish is None
    assert pane.warnings and "no one matches 'Nobody Here'" in pane.warnings[-1]


def test_new_set_through_the_pane(pane, room, qtbot, monkeypatch):
    def accepted(dialog):
        dialog.ui.numberSpin.setValue(6)
        dialog.accept()
        return 1

    monkeypatch.setattr(GroupSetDialog, "exec", accepted)
    pane.new_set()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert pane.ui.setCombo.count() == 2
    assert [pl.count() for pl in pane.lists] == [6, 6]


def test_impossible_wish_is_shown_not_raised(pane, room, qtbot, monkeypatch):
    def accepted(dialog):
        dialog.ui.numberSpin.setValue(2)
        dialog.ui.togetherEdit.setPlainText("Person 01, Person 02, Person 03")
        dialog.accept()
        return 1

    monkeypatch.setattr(GroupSetDialog, "exec", accepted)
    pane.new_set()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert "larger than a group" in pane.warnings[-1]
    assert pane.ui.setCombo.count() == 1


def test_delete_set_and_undo(pane, room):
    pane.delete_set()
    assert pane.ui.setCombo.count() == 0 and pane.lists == []
    assert pane.ui.reportLabel.text().startswith("No groups yet")
    pane.desk.undo_stack.undo()
    assert pane.ui.setCombo.count() == 1 and len(pane.lists) == 8


def test_projector_shows_the_current_round(pane, room, qtbot):
    pane.ui.minutesSpin.setValue(7)
    pane.show_projector()
    window = pane.projector
    qtbot.addWidget(window)
    assert window.isVisible() and window.isFullScreen()
    page = window.content()
    assert len(page.cards) == 4
    assert page.cards[0].title.text() == "Group 1"
    assert page.clock.text() in ("7:00", "6:59")
    assert pane.countdown.running
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not pane.countdown.running


def test_an_open_projector_follows_moves_and_undo(pane, room, qtbot):
    pane.show_projector()
    window = pane.projector
    qtbot.addWidget(window)
    source, target = pane.lists[0], pane.lists[1]
    name = source.item(0).text()

    def projected(position: int) -> str:
        card = window.content().cards[position]
        return " ".join(label.text() for label in card.findChildren(QLabel))

    assert name.split("\n")[0] in projected(0)
    drag(source, source.item(0), target)
    assert name.split("\n")[0] not in projected(0)
    assert name.split("\n")[0] in projected(1)
    assert pane.countdown.running  # the breakout clock is not reset
    pane.desk.undo_stack.undo()
    assert name.split("\n")[0] in projected(0)


def test_undo_after_the_round_was_locked_explains(pane, room, gui_store):
    source, target = pane.lists[0], pane.lists[1]
    person_id = source.item(0).data(board.PERSON_ROLE)
    drag(source, source.item(0), target)
    groups.lock_rounds(gui_store, room["set_id"], 1)  # e.g. on the CLI, meanwhile
    pane.desk.undo_stack.undo()
    assert "round 1 is locked" in pane.warnings[-1]
    assert where(gui_store, room["set_id"], 1, person_id) == target.group.id
    assert pane.view.locked_rounds == 1


def names_and_rooms(store, set_id: str, position: int) -> list[tuple[str, str | None]]:
    view = groups.set_view(store, set_id)
    return [(rnd.groups[position].name, rnd.groups[position].room) for rnd in view.rounds]


def titles(pane) -> list[board.GroupTitle]:
    assert len(pane.titles) == len(pane.lists)
    return pane.titles


def answer(monkeypatch, fill) -> None:
    """Make the next GroupDialog run ``fill(dialog)`` instead of waiting for a person."""

    def run(dialog):
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialogs.GroupDialog, "exec", run)


def test_room_set_from_the_card_in_every_round_and_undo(pane, room, gui_store, monkeypatch, qtbot):
    def fill(dialog):
        assert dialog.ui.nameEdit.text() == "Group 2"
        assert not dialog.ui.everyRoundCheck.isHidden() and dialog.ui.everyRoundCheck.isChecked()
        dialog.ui.roomEdit.setText("  Lab 2 ")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    answer(monkeypatch, fill)
    header = titles(pane)[1]  # round 1, group 2
    assert header.text() == "Group 2 (3)"
    qtbot.mouseDClick(header, Qt.MouseButton.LeftButton)
    assert names_and_rooms(gui_store, room["set_id"], 1) == [("Group 2", "Lab 2")] * 2
    # the cards show the room, in both rounds, and nothing else moved
    shown = [t.text() for t in titles(pane)]
    assert shown[1] == shown[5] == "Group 2 · Lab 2 (3)"
    assert shown[0] == "Group 1 (3)"
    assert pane.desk.undo_stack.undoText() == "Name and room of Group 2"
    pane.desk.undo_stack.undo()
    assert names_and_rooms(gui_store, room["set_id"], 1) == [("Group 2", None)] * 2
    assert titles(pane)[1].text() == "Group 2 (3)"
    pane.desk.undo_stack.redo()
    assert names_and_rooms(gui_store, room["set_id"], 1) == [("Group 2", "Lab 2")] * 2


def test_context_menu_renames_one_round_and_keeps_the_others(pane, room, gui_store, monkeypatch):
    groups.update_group(
        gui_store, groups.set_view(gui_store, room["set_id"]).rounds[0].groups[2].id, room="Hall"
    )
    pane.refresh()

    def fill(dialog):
        assert dialog.ui.roomEdit.text() == ""  # round 2's group 3 has no room yet
        dialog.ui.everyRoundCheck.setChecked(False)
        dialog.ui.nameEdit.setText("Tigers")
        dialog.accept()

    answer(monkeypatch, fill)
    header = titles(pane)[6]  # round 2, group 3
    (action,) = header.menu().actions()
    assert action.text() == "Name and room…"
    action.trigger()
    assert names_and_rooms(gui_store, room["set_id"], 2) == [("Group 3", "Hall"), ("Tigers", None)]
    assert titles(pane)[6].text() == "Tigers (3)"
    # then the room for every round: each round keeps its own name
    answer(monkeypatch, lambda d: (d.ui.roomEdit.setText("Lab 4"), d.accept()))
    titles(pane)[6].edit_requested.emit()
    assert names_and_rooms(gui_store, room["set_id"], 2) == [
        ("Group 3", "Lab 4"),
        ("Tigers", "Lab 4"),
    ]
    pane.desk.undo_stack.undo()
    pane.desk.undo_stack.undo()
    assert names_and_rooms(gui_store, room["set_id"], 2) == [("Group 3", "Hall"), ("Group 3", None)]


def test_group_dialog_explains_a_bad_name_and_stays_open(pane, room, gui_store, monkeypatch):
    before = names_and_rooms(gui_store, room["set_id"], 0)
    stayed: list[bool] = []

    def fill(dialog):
        dialog.ui.nameEdit.setText("   ")
        dialog.accept()
        stayed.append(dialog.result() == 0 and not dialog.changes)
        dialog.ui.nameEdit.setText("group 2")
        dialog.accept()
        stayed.append(dialog.result() == 0 and not dialog.changes)
        dialog.reject()

    answer(monkeypatch, fill)
    pane.edit_group(1, pane.view.rounds[0].groups[0].id)
    assert stayed == [True, True]
    assert pane.warnings[-2:] == [
        "A group needs a name.",
        "Round 1 already has a group named “Group 2”.",
    ]
    assert names_and_rooms(gui_store, room["set_id"], 0) == before
    assert pane.desk.undo_stack.count() == 0


def test_f2_edits_the_chosen_persons_group(pane, room, gui_store, monkeypatch):
    answer(monkeypatch, lambda d: (d.ui.roomEdit.setText("Lab 9"), d.accept()))
    pane.edit_selected_group()
    assert pane.warnings[-1] == "Choose a person in a group first."
    pane.lists[7].setCurrentRow(0)  # round 2, group 4
    pane.edit_selected_group()
    assert names_and_rooms(gui_store, room["set_id"], 3) == [("Group 4", "Lab 9")] * 2


def choose(monkeypatch, label: str) -> list[str]:
    """Answer the next question box by clicking the button with ``label``; returns its texts."""
    asked: list[str] = []

    def run(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    return asked


def test_replan_keeps_a_drag_and_undo_brings_back_the_groups(
    pane, room, gui_store, qtbot, monkeypatch
):
    source, target = pane.lists[4], pane.lists[5]
    person_id = source.item(0).data(board.PERSON_ROLE)
    drag(source, source.item(0), target)
    marked = next(pl for pl in pane.lists if pl.group.id == target.group.id)
    assert any(marked.item(i).text().endswith("(moved)") for i in range(marked.count()))
    before = groups.set_view(gui_store, room["set_id"])
    asked = choose(monkeypatch, "Keep manual moves")
    pane.replan()
    assert asked and asked[0].startswith("1 person was moved by hand")
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert where(gui_store, room["set_id"], 2, person_id) == target.group.id
    assert pane.desk.undo_stack.undoText().startswith("Re-plan")
    pane.desk.undo_stack.undo()  # Ctrl+Z: the groups before the re-plan
    assert members(groups.set_view(gui_store, room["set_id"])) == members(before)
    pane.desk.undo_stack.undo()  # and the drag
    assert where(gui_store, room["set_id"], 2, person_id) == source.group.id
    pane.desk.undo_stack.redo()
    pane.desk.undo_stack.redo()
    assert where(gui_store, room["set_id"], 2, person_id) == target.group.id
    choose(monkeypatch, "Discard manual moves")
    pane.replan()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    view = groups.set_view(gui_store, room["set_id"])
    assert not any(m.moved for rnd in view.rounds for g in rnd.groups for m in g.members)


def members(view) -> list[list[list[str]]]:
    return [[sorted(m.person_id for m in g.members) for g in rnd.groups] for rnd in view.rounds]


def test_add_round_is_undone_by_ctrl_z(pane, room, gui_store, qtbot):
    pane.add_round()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert len(pane.view.rounds) == 3
    pane.desk.undo_stack.undo()
    assert len(pane.view.rounds) == 2 and len(pane.lists) == 8
    pane.desk.undo_stack.redo()
    assert len(pane.view.rounds) == 3


def test_undo_a_drag_after_the_person_was_locked(pane, room, gui_store):
    source, target = pane.lists[4], pane.lists[5]
    person_id = source.item(0).data(board.PERSON_ROLE)
    drag(source, source.item(0), target)
    groups.set_locked(gui_store, target.group.id, person_id, True)  # e.g. on the CLI
    pane.desk.undo_stack.undo()
    assert not pane.warnings
    assert where(gui_store, room["set_id"], 2, person_id) == source.group.id
    pane.desk.undo_stack.redo()  # and back again, the lock travelling along
    assert not pane.warnings
    assert where(gui_store, room["set_id"], 2, person_id) == target.group.id
    view = groups.set_view(gui_store, room["set_id"])
    member = next(m for g in view.rounds[1].groups for m in g.members if m.person_id == person_id)
    assert member.locked and member.moved


def test_keep_apart_that_cannot_hold_is_one_clear_dialog(pane, room, qtbot, monkeypatch):
    def accepted(dialog):
        dialog.ui.byCombo.setCurrentIndex(1)  # number of groups
        dialog.ui.numberSpin.setValue(2)
        dialog.ui.apartEdit.setPlainText("Person 01, Person 02, Person 03")
        dialog.accept()
        return 1

    monkeypatch.setattr(GroupSetDialog, "exec", accepted)
    pane.new_set()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert pane.warnings[-1] == (
        "keep apart: Person 01, Person 02 and Person 03 must all be in different groups, "
        "but there are only 2 groups"
    )
    assert pane.ui.setCombo.count() == 1


def test_dialog_offers_the_rosters_fields_and_chosen_people(pane, room, gui_store, qtbot):
    people.update_person(gui_store, room["people"][0], extra={"district": "Gazipur"})
    people.update_person(gui_store, room["people"][1], extra={"district": "Bogura"})
    dialog = GroupSetDialog(pane.desk, pane)
    qtbot.addWidget(dialog)
    balance = dialog.ui.balanceList
    offered = [balance.item(i).data(Qt.ItemDataRole.UserRole) for i in range(balance.count())]
    assert offered == ["region", "district"]  # what the roster holds, no fixed list
    assert balance.item(0).text() == "Region — 3 values"
    assert dialog.ui.peopleList.isHidden()
    dialog.ui.peopleCombo.setCurrentIndex(1)  # people I choose
    assert not dialog.ui.peopleList.isHidden()
    listed = dialog.ui.peopleList
    assert listed.count() == 12 and len(dialog.chosen_people()) == 12  # the check-ins, ticked
    for row in (0, 1, 2):
        listed.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ui.countLabel.text() == "9 people in 2 groups of 4–5"
    dialog.accept()
    assert dialog.person_ids == room["people"][3:]


def test_new_set_of_chosen_people_through_the_pane(pane, room, qtbot, monkeypatch):
    def accepted(dialog):
        dialog.ui.peopleCombo.setCurrentIndex(1)
        dialog.ui.peopleList.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()
        return 1

    monkeypatch.setattr(GroupSetDialog, "exec", accepted)
    pane.new_set()
    qtbot.waitUntil(lambda: pane.job is None, timeout=15_000)
    assert pane.ui.setCombo.count() == 2
    assert sum(pl.count() for pl in pane.lists) == 11


LONG_NAMES = [
    ("Abdullah Al Mamun", "আবদুল্লাহ আল মামুন"),
    ("Anwar Hossain Babu", "আনোয়ার হোসেন বাবু"),
    ("Priyanka Chakraborty", "প্রিয়াঙ্কা চক্রবর্তী"),
    ("Jannatul Ferdous", "জান্নাতুল ফেরদৌস"),
    ("Ishrat Jahan Mou", "ইশরাত জাহান মৌ"),
    ("Mahmudul Hasan", "মাহমুদুল হাসান"),
]


@pytest.fixture
def crowded_room(gui_store, clock):
    """Thirty-six people with long names in six groups of six, three rounds."""
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()
    event_id = events.create_event(
        gui_store, "Big Training", today - timedelta(days=1), today + timedelta(days=1)
    )
    ids = [
        people.add_person(
            gui_store,
            event_id,
            display_name=f"{LONG_NAMES[i % 6][0]} {i:02d}",
            local_name=LONG_NAMES[i % 6][1],
            region=REGIONS[i % 3],
        )
        for i in range(36)
    ]
    session_id = agenda.add_session(
        gui_store, event_id, "Breakouts", now - timedelta(minutes=5), now + timedelta(hours=1)
    )
    for person_id in ids:
        attendance.check_in(gui_store, session_id, person_id)
    groups.make_set(
        gui_store,
        event_id,
        groups.Wish(size=6, rounds=3, balance=("region",), time_budget=0.3),
        session_id=session_id,
    )
    return event_id


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_a_rounds_groups_fit_a_laptop_screen(qtbot, gui_store, crowded_room, size):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    window = build_window(gui_store, crowded_room, Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("groups")
    pane = window.sections["groups"]
    QApplication.processEvents()
    viewport = pane.ui.roundsArea.viewport()
    first_round = pane.view.rounds[0]
    assert len(first_round.groups) == 6
    shown = 0
    for group_list in pane.lists[:6]:
        # every name whole: the list is as wide as its longest line
        assert group_list.viewport().width() >= group_list.sizeHintForColumn(0)
        box = group_list.parentWidget()
        corner = box.mapTo(viewport, QPoint(0, 0))
        if corner.y() + box.height() <= viewport.height() and corner.x() >= 0:
            shown += 1
    # all six of the round in view at 1366×768; at 1024×600, at least a row of three
    assert shown >= (6 if size == (1366, 768) else 3)
