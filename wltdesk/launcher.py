"""Starting the desktop app from the command line or the ``wltdesk-gui`` launcher.

This is the one module outside ``wltdesk.gui`` allowed to import the GUI, and
only inside a function, so that every command-line command starts without
loading Qt.
"""

from __future__ import annotations

import sys


def run_gui(db: str | None = None, event: str | None = None, exit_after_show: bool = False) -> int:
    """Open the main window on the store ``db`` (default store if None)."""
    from wltdesk.gui.app import run

    return run(db, event, exit_after_show)


def gui_main() -> int:
    """Entry point of the windowed ``wltdesk-gui`` executable (same options as ``wltdesk``)."""
    from wltdesk.cli import main

    return main(sys.argv[1:] or ["gui"])
