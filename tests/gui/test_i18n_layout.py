"""Forms and translations are up to date; Bengali, right-to-left and 1366×768 hold up.

In Bengali the whole screen speaks Bengali: Qt's widgets, Qt's own buttons, the
core's messages, and every figure (counts, times, dates) in Bengali digits.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from wltdesk import language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("script", ["build_forms.py", "build_translations.py"])
def test_compiled_forms_and_translations_are_current(script):
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / script), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def bengali(qapp):
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, "bn")
    yield translators
    remove_translations(qapp, translators)


def test_the_bengali_ui_is_really_translated(bengali, qtbot, gui_store, live_event):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    assert bengali, "the Bengali .qm file did not load"
    window = build_window(gui_store, None, Settings())
    qtbot.addWidget(window)
    rail = [window.ui.navRail.item(row).text() for row in range(window.ui.navRail.count())]
    assert rail[:3] == ["কর্মসূচি", "মানুষ", "চেক-ইন"]
    pane = window.sections["checkin"]
    qtbot.waitUntil(lambda: "উপস্থিত" in pane.ui.countsLabel.text())  # counted in the pool
    assert pane.ui.walkInButton.text() == "নিবন্ধন ও চেক-ইন"
    assert window.ui.menuEvent.title() == "ইভেন্ট (&V)"  # Alt+E is Edit's
    assert QCoreApplication.translate("Attendance", "late") == "দেরিতে"


def test_the_core_speaks_the_language_of_the_ui(qapp):
    """Core messages and formats follow the UI's language preference, and back."""
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, "bn")
    try:
        assert language.current_language() == "bn"
        assert language.format_count(25) == "২৫"
    finally:
        remove_translations(qapp, translators)
    assert language.current_language() == "en"
    assert language.format_count(25) == "25"


def test_the_language_preference_reaches_the_core_when_the_app_starts(qapp, tmp_path, monkeypatch):
    from wltdesk.gui import app as gui_app
    from wltdesk.gui.settings import Settings

    Settings().language = "bn"
    built = []

    def build_window(store, event, settings):
        built.append(language.current_language())  # before any window text is made
        window = real_build(store, event, settings)
        built.append(window)
        return window

    real_build = gui_app.build_window
    monkeypatch.setattr(gui_app, "build_window", build_window)
    # The window is built and shown before run() enters the event loop; the real loop,
    # quit from inside a test, left later tests' button timers (a mnemonic's animated
    # click) unserved. The whole start with its loop runs in tests/gui/test_app_start.py.
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    try:
        assert gui_app.run(str(tmp_path / "start.sqlite"), None, exit_after_show=True) == 0
        assert built[0] == "bn"
        assert built[1].ui.menuEvent.title() == "ইভেন্ট (&V)"
    finally:
        gui_app.remove_translations(qapp, qapp.findChildren(QTranslator))
        for window in built[1:]:
            window.close()
            window.deleteLater()


ASCII_DIGITS = re.compile(r"[0-9]")
BENGALI_DIGITS = re.compile(r"[০-৯]")


def bengali_line(text: str) -> bool:
    """A line whose figures are all Bengali digits (and it has some)."""
    return bool(BENGALI_DIGITS.search(text)) and not ASCII_DIGITS.search(text)


def test_a_bengali_check_in_writes_counts_times_and_dates_in_bengali_digits(
    bengali, window, qtbot
):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Check-in
    pane = window.sections["checkin"]
    qtbot.keyClicks(pane.ui.searchEdit, "farhana")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    card = pane.ui.confirmLabel.text()
    assert "চেক-ইন হয়েছে" in card and "উপস্থিত" in card
    latest = pane.results.index(0).data()
    qtbot.waitUntil(lambda: "১" in pane.ui.countsLabel.text())  # counted in the pool
    lines = {
        "card": card,  # "চেক-ইন হয়েছে: ১৫:০৩-এ উপস্থিত"
        "counter": pane.ui.countsLabel.text(),  # "উপস্থিত ১ (দেরিতে ০) / প্রত্যাশিত ৪"
        "session": pane.ui.sessionCombo.currentText(),  # weekday and time
        "latest check-in": latest[latest.index("✓") :],  # the badge code before it is a code
        "status bar": window.event_label.text(),  # the event's dates
    }
    for where, line in lines.items():
        assert bengali_line(line), f"{where}: {line!r}"
    assert "১" in pane.ui.countsLabel.text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Agenda
    agenda = window.sections["agenda"]
    model = agenda.model
    day = model.index(0, 0)
    session = model.index(0, 0, day)
    for where, line in {
        "day": day.data(),
        "time": session.data(),
        "attendance": model.index(0, model.ATTENDANCE, day).data(),
        "summary": agenda.ui.summaryLabel.text(),
    }.items():
        assert line and not ASCII_DIGITS.search(line), f"{where}: {line!r}"
    assert bengali_line(session.data())


def test_qts_own_buttons_speak_bengali(bengali, qtbot, window, monkeypatch):
    """OK, Cancel, Yes, No and Close: Qt ships no Bengali for them, our catalogue does."""
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda d: shown.append(d) or d.show() or 0)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    (preferences,) = shown
    box = preferences.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == ["ঠিক আছে", "বাতিল"]
    preferences.close()
    Button = QMessageBox.StandardButton
    question = QMessageBox(QMessageBox.Icon.Question, "", "", Button.Yes | Button.No | Button.Close)
    assert sorted(b.text() for b in question.buttons()) == ["না (&N)", "বন্ধ করুন", "হ্যাঁ (&Y)"]


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        top_left.x() >= 0
        and top_left.y() >= 0
        and top_left.x() + widget.width() <= window.width()
        and top_left.y() + widget.height() <= window.height()
    )


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_every_section_fits_1366_by_768_in_both_directions(qtbot, gui_store, live_event, direction):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    QApplication.setLayoutDirection(direction)
    try:
        window = build_window(gui_store, None, Settings())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSizeHint().width() <= 1366
        assert window.minimumSizeHint().height() <= 768
        for key in window.sections:
            window.show_section(key)
            QApplication.processEvents()
            page = window.sections[key]
            assert inside(page, window), key
            for child in page.findChildren(QWidget):
                if child.isVisible() and child.isWindow() is False:
                    assert inside(child, window), f"{key}: {child.objectName()} is cut off"
        rail_x = window.ui.navRail.mapTo(window, QPoint(0, 0)).x()
        pages_x = window.ui.pages.mapTo(window, QPoint(0, 0)).x()
        if direction == Qt.LayoutDirection.RightToLeft:
            assert rail_x > pages_x  # the rail moves to the right-hand side
        else:
            assert rail_x < pages_x
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
