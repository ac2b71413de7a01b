"""Forms and translations are up to date; Bengali, right-to-left and 1366×768 hold up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

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
    from wltdesk.gui.app import install_translations

    translators = install_translations(qapp, "bn")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_bengali_ui_is_really_translated(bengali, qtbot, gui_store, live_event):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    assert bengali, "the Bengali .qm file did not load"
    window = build_window(gui_store, None, Settings())
    qtbot.addWidget(window)
    rail = [window.ui.navRail.item(row).text() for row in range(window.ui.navRail.count())]
    assert rail[:3] == ["কর্মসূচি", "মানুষ", "চেক-ইন"]
    pane = window.sections["checkin"]
    assert "উপস্থিত" in pane.ui.countsLabel.text()
    assert pane.ui.walkInButton.text() == "নিবন্ধন ও চেক-ইন"
    assert window.ui.menuEvent.title() == "ইভেন্ট (&V)"  # Alt+E is Edit's
    assert QCoreApplication.translate("Attendance", "late") == "দেরিতে"


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
