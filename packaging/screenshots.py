"""Open every screen of WLT Desk on the demo event and save a screenshot of each.

For looking at what users see after a GUI change, and for the docs. It makes
the demo event in a fresh temporary store, opens the real main window at
1366×768 and grabs each section, the main dialogs, the Bengali UI and a
right-to-left run, and the welcome screen of an empty store in each. Without a
display it starts Xvfb itself (a real X server, so the xcb platform plugin is
exercised); ``--offscreen`` uses Qt's offscreen platform instead.

Usage: python packaging/screenshots.py [--out shots] [--offscreen]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1366, 768)


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """A virtual X display for this process, unless there already is a display."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: no display and no Xvfb (apt-get install xvfb), or use --offscreen")
    for number in range(99, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{SIZE[0]}x{SIZE[1] + 32}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return server


def shoot(out: Path) -> list[Path]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from wltdesk import demo
    from wltdesk.gui.app import build_window, install_translations, register_fonts
    from wltdesk.gui.settings import Settings
    from wltdesk.store import open_store

    app = QApplication.instance() or QApplication([])
    register_fonts()
    store = open_store(Path(os.environ["WLTDESK_HOME"]) / "demo.sqlite")
    demo.create_demo(store)
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.02)

    def grab(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    empty = open_store(Path(os.environ["WLTDESK_HOME"]) / "empty.sqlite")

    def welcome(prefix: str) -> None:
        """The first run: the welcome screen of a store with no event."""
        window = build_window(empty, None, Settings())
        window.resize(*SIZE)
        window.show()
        grab(window, f"{prefix}welcome")
        window.close()

    def run_window(prefix: str) -> None:
        window = build_window(store, demo.DEMO_EVENT_ID, Settings())
        window.resize(*SIZE)
        window.show()
        for key in window.sections:
            window.show_section(key)
            if key == "checkin":
                window.sections[key].ui.searchEdit.setText("রাকিব")
            grab(window, f"{prefix}{key}")
        window.show_section("checkin")
        pane = window.sections["checkin"]
        pane.ui.searchEdit.setText("nusrat")
        pane.check_in_chosen()
        grab(window, f"{prefix}checkin-confirmed")
        for dialog in window.findChildren(QDialog):
            dialog.close()
        window.close()

    welcome("")
    run_window("")
    translators = install_translations(app, "bn")
    welcome("bn-")
    run_window("bn-")
    for translator in translators:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    welcome("rtl-")
    run_window("rtl-")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QTimer.singleShot(0, app.quit)
    store.close()
    empty.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="shots", help="folder for the PNG files")
    parser.add_argument("--offscreen", action="store_true", help="Qt offscreen, no X server")
    args = parser.parse_args()
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    server = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as home:
            os.environ["WLTDESK_HOME"] = home
            for path in shoot(out):
                print(path)
    finally:
        if server is not None:
            server.terminate()
            server.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
