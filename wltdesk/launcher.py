"""Starting the desktop app: the one place outside ``wltdesk.gui`` that may load Qt.

The import of the GUI happens inside :func:`run_gui`, so that every command-line
command starts without loading Qt. The command line (``wltdesk.cli``) calls it for
``wltdesk gui`` and for ``wltdesk-gui``; this module never imports the command line,
so the two do not form a cycle.
"""

from __future__ import annotations


def run_gui(db: str | None = None, event: str | None = None, exit_after_show: bool = False) -> int:
    """Open the main window on the store ``db`` (default store if None)."""
    from wltdesk.gui.app import run

    return run(db, event, exit_after_show)
