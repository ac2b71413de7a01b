"""Starting the app: one clear line without a display, no font noise with Bengali names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from wltdesk.gui.app import register_fonts
from wltdesk.gui.display import display_problem

ROOT = Path(__file__).resolve().parents[2]


def start_wltdesk(tmp_path: Path, **display: str) -> subprocess.CompletedProcess[str]:
    """``wltdesk`` typed in a terminal, with only the display variables given."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(display)
    env.update(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-m", "wltdesk", "--db", str(tmp_path / "desk.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland only")
def test_without_a_display_wltdesk_says_so_in_one_line(tmp_path):
    done = start_wltdesk(tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("wltdesk: no display")
    assert "Reinstalling" not in done.stderr and "xcb" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only")
def test_an_unreachable_display_is_one_line_too(tmp_path):
    done = start_wltdesk(tmp_path, DISPLAY=":977")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("wltdesk: cannot open a window: the display :977")


def test_which_systems_need_a_display_named():
    assert display_problem({}, "linux") is not None
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


@pytest.fixture
def app_fonts(qapp):
    before = QGuiApplication.font()
    register_fonts()
    yield
    QGuiApplication.setFont(before)


def test_bengali_names_in_the_ui_font_make_no_opentype_noise(app_fonts, qtbot, qtlog):
    label = QLabel("Rakib Hasan — মোঃ রাকিব হাসান · José · عربي")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    bold = QLabel("<b>ফারহানা আক্তার</b> Farhana Akter")
    qtbot.addWidget(bold)
    bold.show()
    label.grab()
    bold.grab()
    assert [r.message for r in qtlog.records if "OpenType" in r.message] == []
    assert label.fontMetrics().horizontalAdvance("Rakib") > 0
