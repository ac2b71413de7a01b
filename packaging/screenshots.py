"""Open every screen of WLT Desk on the demo event and save a screenshot of each.

For looking at what users see after a GUI change, and for the docs. It makes
the demo event in a fresh temporary store, opens the real main window at
1366×768 and grabs each section, each menu open, the Sync pane's other tabs,
a check-in card, the main dialogs and the groups on the projector; then the
Bengali UI and a right-to-left run. ``--dark`` adds the same set in the dark
colour scheme (``dark-*.png``). ``--scale 2`` runs Qt at 200 %
(``QT_SCALE_FACTOR``) on a screen twice as large, so the window keeps its
1366×768 layout in twice the pixels (``x2-*.png``; 1.5 gives ``x1.5-*``).
Without a display it starts Xvfb itself (a real X server, so the xcb platform
plugin is exercised) and openbox as window manager when it is installed;
``--offscreen`` uses Qt's offscreen platform instead (menus then come out blank).
The welcome screen of an empty store is grabbed in each language too.

The Print pane is grabbed with each output's options (``print-badges``,
``print-certificates``: the demo event then has a short name, two signatories and a
logo), and *Read back sheets…* with a photo of the demo's sign-in sheet, a few boxes
marked (``readback``; tests/paper_photos.py makes the photo, so OpenCV is needed),
then its typed grid with a few marks (``readback-grid``). ``--only paper`` grabs just
these (and the welcome screen), for a quick look after changing them.

Usage: python packaging/screenshots.py [--out shots] [--offscreen] [--dark] [--scale 2]
                                       [--only paper]
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parent.parent
#: The marks drawn in the read-back photo's boxes, row by row (tests/paper_photos.py's kinds).
PHOTO_MARKS = ["tick", "empty", "cross", "tick", "scribble", "empty", "filled", "pencil", "tick"]


def start_display(scale: float) -> list[subprocess.Popen[bytes]]:
    """A virtual X display (and openbox on it) for this process, unless there is a display."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return []
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: no display and no Xvfb (apt-get install xvfb), or use --offscreen")
    for number in range(99, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    width, height = math.ceil(SIZE[0] * scale), math.ceil((SIZE[1] + 32) * scale)
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    started = [server]
    if shutil.which("openbox"):
        started.append(
            subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
        time.sleep(0.5)
    return started


def sheet_photo(store, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """A phone photo of the demo's first sign-in sheet with :data:`PHOTO_MARKS` in its boxes."""
    sys.path.insert(0, str(ROOT / "tests"))
    from paper_photos import photos

    from wltdesk import agenda, demo, printing

    session = agenda.list_sessions(store, demo.DEMO_EVENT_ID)[0]
    pdf = printing.render(
        store, demo.DEMO_EVENT_ID, "signin", printing.PrintOptions(session_id=session.id)
    )
    path = folder / "sign-in sheet.jpg"
    path.write_bytes(photos(pdf, seed=7, marks={0: PHOTO_MARKS})[0].jpeg)
    return path


def certificate_details(store) -> None:  # type: ignore[no-untyped-def]
    """The demo event as a real one looks when its certificates are set up: a short name
    for the badges, two signatories and the app's icon as logo."""
    from wltdesk import demo, events
    from wltdesk.printing import issuer

    events.update_event(store, demo.DEMO_EVENT_ID, short_name="Youth Leaders 2026")
    issuer.update_issuer(
        store,
        demo.DEMO_EVENT_ID,
        signatories=[
            issuer.Signatory("Farhana Rahman", "Programme Director"),
            issuer.Signatory("Dr. Anisul Hoque Chowdhury", "Country Coordinator"),
        ],
        logos=[issuer.read_logo(ROOT / "resources" / "icons" / "wltdesk-128.png")],
        code="YL26",
    )


def shoot(out: Path, dark: bool, tag: str, only: str | None = None) -> list[Path]:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from wltdesk import demo, groups
    from wltdesk.gui import palette
    from wltdesk.gui.app import (
        build_window,
        install_translations,
        register_fonts,
        remove_translations,
    )
    from wltdesk.gui.dialogs import EventDialog, PreferencesDialog
    from wltdesk.gui.groups.dialogs import GroupSetDialog
    from wltdesk.gui.projector import Countdown, GroupsPage, ProjectorWindow
    from wltdesk.gui.settings import Settings
    from wltdesk.store import open_store

    app = QApplication.instance() or QApplication([])
    # the app's preferences (window size, last event) from and into the temporary home,
    # not the user's: a size saved by an earlier run would change the shots
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, os.environ["WLTDESK_HOME"])
    register_fonts()
    store = open_store(Path(os.environ["WLTDESK_HOME"]) / "demo.sqlite")
    demo.create_demo(store)
    certificate_details(store)
    photo = sheet_photo(store, Path(os.environ["WLTDESK_HOME"]))
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.02)

    def grab(widget, name: str) -> None:
        settle()
        path = out / f"{tag}{name}.png"
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
        if only == "paper":
            paper_and_print(window, prefix)
            window.close()
            return
        for key in window.sections:
            window.show_section(key)
            if key == "checkin":
                window.sections[key].ui.searchEdit.setText("রাকিব")
            grab(window, f"{prefix}{key}")
        tabs = window.sections["sync"].ui.tabs
        for index, name in ((1, "conflicts"), (2, "laptops")):
            window.show_section("sync")
            tabs.setCurrentIndex(index)
            grab(window, f"{prefix}sync-{name}")
        tabs.setCurrentIndex(0)
        window.show_section("print")
        printing = window.sections["print"]
        printing.preview()
        for _ in range(600):  # the pages are built in the background
            if printing.page_labels or not printing.busy:
                break
            settle()
        grab(window, f"{prefix}print-preview")
        window.show_section("circles")
        circles_pane = window.sections["circles"]
        circles_pane.ui.circlesList.setCurrentRow(1)  # the closing circle, not yet run
        grab(window, f"{prefix}circles-timer")
        window.show_section("checkin")
        pane = window.sections["checkin"]
        pane.ui.searchEdit.setText("nusrat")
        pane.check_in_chosen()
        grab(window, f"{prefix}checkin-confirmed")
        pane.ui.searchEdit.setText("jahan")  # two people fit: the card asks
        pane.check_in_chosen()
        grab(window, f"{prefix}checkin-ask")
        window.desk.undo_stack.undo()  # the next run checks her in afresh
        paper_and_print(window, prefix)
        shoot_menus_and_dialogs(window, prefix)
        for dialog in window.findChildren(QDialog):
            dialog.close()
        window.close()

    def paper_and_print(window, prefix: str) -> None:
        """The Print pane with the badges' and the certificates' options, then *Read back
        sheets…* with the photo read and the current box moved to the scribbled one, and
        its typed grid with a few marks typed (a whole-screen grab: they are windows)."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QKeyEvent

        from wltdesk.gui.paper import ReadBackDialog

        window.show_section("print")
        printing = window.sections["print"]
        combo = printing.ui.outputCombo
        for output in ("badges", "certificates"):
            combo.setCurrentIndex(combo.findData(output))
            grab(window, f"{prefix}print-{output}")
        combo.setCurrentIndex(0)
        dialog = ReadBackDialog(window.desk, window)
        dialog.move(window.mapToGlobal(QPoint(0, 0)))
        dialog.show()
        dialog.add_files([str(photo)])
        for _ in range(3000):  # read in the background
            if not dialog.jobs:
                break
            settle()
        for _ in range(PHOTO_MARKS.index("scribble")):
            dialog.view.move(1)

        def whole_screen(name: str) -> None:
            settle()
            path = out / f"{tag}{prefix}{name}.png"
            app.primaryScreen().grabWindow(0).save(str(path))
            saved.append(path)

        whole_screen("readback")
        dialog.open_grid()
        grid = dialog.grid
        table = grid.table
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_L, Qt.Key.Key_Down,
                    Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_E):  # fmt: skip
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                app.sendEvent(table, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        whole_screen("readback-grid")
        grid.reject()
        dialog.close()

    def shoot_menus_and_dialogs(window, prefix: str) -> None:
        """Each menu open (a whole-screen grab: a menu is a window of its own) and the
        dialogs of the main window, with the standard buttons Qt itself labels."""
        bar = window.ui.menuBar
        for action in bar.actions():
            menu = action.menu()
            menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
            settle()
            path = out / f"{tag}{prefix}menu-{menu.objectName().removeprefix('menu').lower()}.png"
            # asked afresh each time: Qt makes a new QScreen when the X server's changes
            app.primaryScreen().grabWindow(0).save(str(path))
            saved.append(path)
            menu.hide()
        for name, dialog in (
            ("preferences", PreferencesDialog(window.settings, window)),
            ("event-details", EventDialog(store, window, window.desk.current_event)),
            ("new-groups", GroupSetDialog(window.desk, window)),
        ):
            dialog.show()
            grab(dialog, f"{prefix}dialog-{name}")
            dialog.close()

    def projector(prefix: str) -> None:
        found = groups.list_sets(store, demo.DEMO_EVENT_ID)
        view = groups.set_view(store, found[0].id)
        screen = ProjectorWindow()
        screen.set_content(GroupsPage(view.name, view.rounds[0], Countdown(45)))
        screen.resize(1280, 720)
        screen.show()
        grab(screen, f"{prefix}projector")
        screen.close()

    schemes = [("", "light")] + ([("dark-", "dark")] if dark else [])
    for prefix, scheme in schemes:
        palette.appearance().choose(scheme)
        welcome(prefix)
        run_window(prefix)
        if only is None:
            projector(prefix)
    palette.appearance().choose("light")
    translators = install_translations(app, "bn")
    for prefix, scheme in [("bn-", "light")] + ([("dark-bn-", "dark")] if dark else []):
        palette.appearance().choose(scheme)
        welcome(prefix)
        run_window(prefix)
    remove_translations(app, translators)
    palette.appearance().choose("light")
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
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme too")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="Qt's scale factor, e.g. 2 for 200 %%"
    )
    parser.add_argument(
        "--only", choices=["paper"], help="paper: only the Print options and the read-back"
    )
    args = parser.parse_args()
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tag = ""
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
        tag = f"x{args.scale:g}-"
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = start_display(args.scale)
    try:
        with tempfile.TemporaryDirectory() as home:
            os.environ["WLTDESK_HOME"] = home
            for path in shoot(out, args.dark, tag, args.only):
                print(path)
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
