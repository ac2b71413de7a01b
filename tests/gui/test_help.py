"""Help in the window: F1 lists the keys of the section shown, the guides open offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from wltdesk.gui.help import GuideWindow, ShortcutSheet

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press_f1(qtbot, window) -> ShortcutSheet:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert isinstance(sheet, ShortcutSheet)
    qtbot.waitExposed(sheet)
    return sheet


def test_f1_shows_the_keys_of_the_section_shown(qtbot, window):
    sheet = press_f1(qtbot, window)
    assert sheet.tabs.tabText(sheet.tabs.currentIndex()) == "Check-in"
    rows = sheet.rows("Check-in")
    assert ("Esc", "Clear the search") in rows
    assert ("Return, Enter", "Check in the chosen person") in rows
    assert ("↑", "Choose the match above") in rows
    everywhere = dict((words, keys) for keys, words in sheet.rows("Everywhere"))
    assert everywhere["New event…"] == "Ctrl+Shift+N"
    assert everywhere["Keyboard shortcuts"] == "F1"
    assert everywhere["Go to Circles"] == "Ctrl+5"
    assert everywhere["Redo what was undone"] == "Ctrl+Shift+Z, Ctrl+Y"
    sheet.close()
    # the other sections: their own sheet, their keys on the projector included
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    sheet = press_f1(qtbot, window)
    assert sheet.tabs.tabText(sheet.tabs.currentIndex()) == "Circles"
    circles = dict((words, keys) for keys, words in sheet.rows("Circles"))
    assert circles["Start or pause the speaker's time"] == "Space"
    assert circles["Next speaker"] == "→, Return, Enter"
    assert circles["New circle…"] == "Ctrl+N"
    sheet.tabs.setCurrentIndex(list(sheet.sheets).index("Groups"))  # built when first opened
    groups = dict((words, keys) for keys, words in sheet.rows("Groups"))
    assert groups["New groups…"] == "Ctrl+N"
    assert groups["Projector: next page of groups"] == "PgDown"


def test_the_agendas_new_and_edit_keys_are_on_its_sheet(qtbot, window):
    """Ctrl+N and Enter in the Agenda were caught by an event filter, so F1 missed them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    pane = window.sections["agenda"]
    sheet = press_f1(qtbot, window)
    assert sheet.tabs.tabText(sheet.tabs.currentIndex()) == "Agenda"
    agenda = dict((words, keys) for keys, words in sheet.rows("Agenda"))
    assert agenda["Add session…"] == "Ins, Ctrl+N"
    assert agenda["Edit session…"] == "Return, Enter"
    sheet.close()
    # and the keys do what the sheet says: Ctrl+N adds, Enter edits the chosen session
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = pane.ui.sessionsView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert pane.selected_session_id() is not None  # the session on now is chosen
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    assert pane.dialog is not None and pane.dialog.windowTitle() == "Add session"
    pane.dialog.reject()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pane.dialog.windowTitle() == "Edit session"
    pane.dialog.reject()


def test_the_sheet_is_made_from_the_actions_themselves(qtbot, window):
    pane = window.sections["checkin"]
    extra = QAction("Print a name tag", pane)
    extra.setShortcut(QKeySequence("Ctrl+Alt+T"))
    pane.addAction(extra)
    clear = next(a for a in pane.keys if a.text() == "Clear the search")
    clear.setShortcut(QKeySequence("Ctrl+L"))
    rows = press_f1(qtbot, window).rows("Check-in")
    assert ("Ctrl+Alt+T", "Print a name tag") in rows
    assert ("Ctrl+L", "Clear the search") in rows and ("Esc", "Clear the search") not in rows


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_help_opens_the_guides_offline(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.ui.menuHelp)
    qtbot.keyClick(window.ui.menuHelp, Qt.Key.Key_G)  # &Guides
    guides_menu = window.ui.menuGuides
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is guides_menu)
    titles = [a.text() for a in guides_menu.actions()]
    assert titles[:2] == ["Facilitator's guide", "Organizer's guide"]
    for _ in range(titles.index("Reflection circles")):
        qtbot.keyClick(guides_menu, Qt.Key.Key_Down)
    qtbot.keyClick(guides_menu, Qt.Key.Key_Return)
    guide = window.guides
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    source = guide.browser.source()
    assert source.isLocalFile() and source.fileName() == "circles.md"
    text = guide.browser.toPlainText()
    assert text.startswith("Reflection circles")  # Markdown rendered: no "#" left
    assert "Running the round" in text and "## " not in text
    assert guide.list.currentItem().text() == "Reflection circles"
    # another guide from the list, and a link between guides
    guide.list.setCurrentRow(0)
    assert guide.browser.source().fileName() == "facilitator-guide.md"
    guide.browser.setSource(guide.browser.source().resolved("INSTALL.md"))
    assert guide.browser.toPlainText().startswith("Installing WLT Desk")
