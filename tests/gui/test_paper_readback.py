"""Print ▸ Read back sheets: a photo of a real sheet reviewed and recorded by keys, undone
with Ctrl+Z; the typed grid by keys. The photo is tests/paper_photos.py's (OpenCV)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paper_event import make_event
from paper_photos import photos

from wltdesk import attendance, people, printing
from wltdesk.gui.desk import Desk
from wltdesk.gui.paper import ReadBackDialog
from wltdesk.gui.paper.grid import GridModel
from wltdesk.printing import PrintOptions

MARKS = ["tick", "empty", "cross", "filled", "empty", "pencil", "stray", "scribble", "tick"]
MARKS += ["empty"] * (18 - len(MARKS))


@pytest.fixture
def paper_desk(gui_store, tmp_path):
    event = make_event(gui_store)
    pdf = printing.render(
        gui_store, event.event_id, "signin", PrintOptions(session_id=event.sessions[0])
    )
    photo = tmp_path / "sheet.jpg"
    photo.write_bytes(photos(pdf, seed=11, marks={0: MARKS})[0].jpeg)
    desk = Desk(gui_store)
    desk.open_event(event.event_id)
    order = [p.id for p in people.list_people(gui_store, event.event_id)]
    return desk, event, photo, order


def opened(qtbot, dialog):
    """Show the dialog as the active window, as a facilitator's click on the button does."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def statuses(desk, session_id):
    return {
        r.person_id: (r.status, r.source)
        for r in attendance.session_attendance(desk.store, session_id)
        if r.status
    }


def test_review_flip_by_keys_record_and_undo(qtbot, paper_desk):
    desk, event, photo, order = paper_desk
    dialog = opened(qtbot, ReadBackDialog(desk))
    dialog.add_files([str(photo)])
    qtbot.waitUntil(lambda: bool(dialog.pages), timeout=60_000)
    view = dialog.view
    assert view.hasFocus()
    assert view.states[:9] == [
        "ticked", "empty", "ticked", "ticked", "empty", "ticked", "empty", "unclear", "ticked"
    ]
    assert "unclear" in dialog.summary.text()
    # row 8 was scribbled over: the facilitator asked, it was a tick; row 2 came too
    for _ in range(7):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "Row 8" in dialog.rowLabel.text()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.states[:9] == ["ticked"] * 4 + ["empty", "ticked", "empty", "ticked", "ticked"]
    assert "unclear" not in dialog.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Record ticked
    qtbot.waitUntil(lambda: not dialog.pages)  # a mnemonic clicks after the button's flash
    wanted = {order[i] for i in (0, 1, 2, 3, 5, 7, 8)}
    assert statuses(desk, event.sessions[0]) == {p: ("present", "paper") for p in wanted}
    assert "7 checked in from paper" in dialog.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert statuses(desk, event.sessions[0]) == {}
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog, Qt.Key.Key_Z, shift)
    assert len(statuses(desk, event.sessions[0])) == 7


def test_an_unreadable_photo_is_one_line_and_nothing_is_read(qtbot, paper_desk, tmp_path):
    desk, event, _photo, _order = paper_desk
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"not a photo")
    dialog = opened(qtbot, ReadBackDialog(desk))
    dialog.add_files([str(bad)])
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=30_000)
    assert dialog.problems.isVisible() and "broken.jpg" in dialog.problems.text()
    assert not dialog.pages and not dialog.recordButton.isEnabled()
    assert statuses(desk, event.sessions[0]) == {}


def test_typed_grid_by_keys(qtbot, qtmodeltester, paper_desk):
    desk, event, _photo, order = paper_desk
    dialog = opened(qtbot, ReadBackDialog(desk))
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Type in a sheet…
    qtbot.waitUntil(lambda: hasattr(dialog, "grid"))
    grid = dialog.grid
    grid.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is grid)
    qtmodeltester.check(grid.model)
    table = grid.table
    qtbot.keyClick(table, Qt.Key.Key_Space)  # row 1, session 1: present
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_L)  # row 2: late
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_E)  # row 3: excused
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # row 3, session 2: present
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ... and cleared again
    grid.startBox.setChecked(False)
    grid.timeEdit.setFocus()
    qtbot.keyClicks(grid.timeEdit, "0915")
    qtbot.keyClick(grid.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Record
    qtbot.waitUntil(lambda: bool(statuses(desk, event.sessions[0])))
    first = statuses(desk, event.sessions[0])
    assert first == {
        order[0]: ("present", "paper-typed"),
        order[1]: ("late", "paper-typed"),
        order[2]: ("excused", "paper-typed"),
    }
    rows = {r.person_id: r for r in attendance.session_attendance(desk.store, event.sessions[0])}
    assert rows[order[0]].checked_at.strftime("%H:%M") == "03:15"  # 09:15 in Dhaka
    assert statuses(desk, event.sessions[1]) == {}
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert statuses(desk, event.sessions[0]) == {}


def test_grid_model_shows_the_desks_statuses(qtbot, paper_desk):
    desk, event, _photo, order = paper_desk
    attendance.check_in(desk.store, event.sessions[1], order[4], "late")
    model = GridModel(desk)
    index = model.index(4, 1)
    assert model.data(index) == "late"


def test_the_print_pane_opens_it_by_its_mnemonic(qtbot, paper_desk):
    from wltdesk.gui.paper.readback import ReadBackDialog as Dialog
    from wltdesk.gui.printing.pane import PrintPane

    desk, _event, _photo, _order = paper_desk
    pane = PrintPane(desk)
    opened(qtbot, pane)
    qtbot.keyClick(pane, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Read bac&k sheets…
    qtbot.waitUntil(lambda: any(isinstance(w, Dialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
