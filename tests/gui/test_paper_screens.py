"""What the read-back window and its typed grid show: both fit the screen they open on,
a long page name wraps instead of hiding its end, the grid's session headers are whole
(day, time and title), and the Bengali window counts in Bengali digits."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paper_event import make_event
from paper_photos import photos

from wltdesk import agenda, printing
from wltdesk.gui.desk import Desk
from wltdesk.gui.paper import ReadBackDialog
from wltdesk.gui.paper.grid import TypedGrid
from wltdesk.printing import PrintOptions

MARKS = ["tick", "empty", "scribble", "tick"] + ["empty"] * 14
LONG_TITLE = "Hands-on lab: organising an editathon"
#: A phone's name for its photo: longer than the page list is wide.
PHOTO_NAME = "IMG_20260314_091502 sign-in sheet.jpg"


@pytest.fixture
def paper_desk(gui_store, tmp_path):
    event = make_event(gui_store)
    agenda.add_session(
        gui_store, event.event_id, LONG_TITLE,
        datetime(2026, 3, 14, 11, 30), datetime(2026, 3, 14, 12, 45),
    )  # fmt: skip
    pdf = printing.render(
        gui_store, event.event_id, "signin", PrintOptions(session_id=event.sessions[0])
    )
    photo = tmp_path / PHOTO_NAME
    photo.write_bytes(photos(pdf, seed=5, marks={0: MARKS})[0].jpeg)
    desk = Desk(gui_store)
    desk.open_event(event.event_id)
    return desk, photo


def shown(qtbot, dialog: QWidget) -> QWidget:
    """Show the dialog as the active window, as a facilitator's click on the button does."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def read(qtbot, dialog: ReadBackDialog, photo: Path) -> None:
    dialog.add_files([str(photo)])
    qtbot.waitUntil(lambda: bool(dialog.pages) and not dialog.jobs, timeout=60_000)


def test_the_window_and_its_grid_fit_the_screen_buttons_and_all(qtbot, paper_desk):
    """On a small screen (a 1366×768 laptop; offscreen, 800×600) the window is no taller
    or wider than the screen, so Record and Close are on it; the grid too."""
    desk, _photo = paper_desk
    dialog = shown(qtbot, ReadBackDialog(desk))
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Type in a sheet
    qtbot.waitUntil(lambda: getattr(dialog, "grid", None) is not None)
    for window, button in ((dialog, dialog.recordButton), (dialog.grid, dialog.grid.recordButton)):
        room = window.screen().availableGeometry()
        assert window.width() <= room.width() and window.height() <= room.height()
        window.move(room.topLeft())
        assert room.contains(button.mapToGlobal(button.rect().bottomRight()))
        assert window.minimumSizeHint().height() <= room.height()


def test_a_long_page_name_wraps_in_the_page_list(qtbot, paper_desk):
    desk, photo = paper_desk
    dialog = shown(qtbot, ReadBackDialog(desk))
    read(qtbot, dialog, photo)
    listing = dialog.pageList
    item = listing.item(0)
    assert item.text().startswith(PHOTO_NAME) and item.text().endswith("page 1")
    metrics = listing.fontMetrics()
    width = listing.viewport().width()
    assert metrics.horizontalAdvance(item.text()) > width  # too long for one line...
    assert listing.horizontalScrollBar().maximum() == 0  # ...yet nothing to scroll to:
    shown_rect = listing.visualRect(listing.model().index(0, 0))
    assert shown_rect.width() <= width
    assert shown_rect.height() >= 2 * metrics.lineSpacing()  # it wraps onto lines


@pytest.fixture
def bengali(qapp):
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, "bn")
    yield
    remove_translations(qapp, translators)


def test_the_bengali_window_counts_in_bengali_digits(qtbot, paper_desk, bengali):
    """The row in hand, the page's number and the counts under the page are written in
    Bengali digits, as every other number of the Bengali desk is."""
    desk, photo = paper_desk
    dialog = shown(qtbot, ReadBackDialog(desk))
    read(qtbot, dialog, photo)
    view = dialog.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    row = dialog.rowLabel.text().split("·")[0]  # (the name after it may hold digits)
    assert "২" in row and not re.search("[0-9]", row)
    assert not re.search("[0-9]", dialog.summary.text()), dialog.summary.text()
    page = dialog.pageList.item(0).text().removeprefix(PHOTO_NAME)
    assert not re.search("[0-9]", page) and "১" in page


def test_the_grids_headers_show_each_session_whole(qtbot, paper_desk):
    """Each column's header is the session's day and time, then its title wrapped on
    lines; the column is wide enough for every line (nothing cut off at either end)."""
    desk, _photo = paper_desk
    grid = shown(qtbot, TypedGrid(desk))
    header = grid.table.horizontalHeader()
    model = grid.model
    bold = header.font()
    bold.setBold(True)  # the current column's header is drawn bold
    metrics = header.fontMetrics()
    bold_metrics = QFontMetrics(bold)
    titles = []
    for column in range(model.columnCount()):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        lines = text.split("\n")
        titles.append(" ".join(lines[1:]))
        room = header.sectionSize(column)
        for line in lines:
            assert max(metrics.horizontalAdvance(line), bold_metrics.horizontalAdvance(line)) < room
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(lines[0]) and tip.endswith(titles[-1])
    assert titles == ["Opening circle", "Partnerships lab", LONG_TITLE]
    first = model.headerData(0, Qt.Orientation.Horizontal).split("\n")[0]
    assert first == "Sat 09:00"  # 14 March 2026, a Saturday
