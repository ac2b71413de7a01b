"""Paper round-trip in the app: *Print ▸ Read back sheets…* and the typed fallback grid.

:mod:`.readback` reads photos and scans off the GUI thread and shows each page
straightened with its boxes outlined (:mod:`.view`) for review; :mod:`.grid` is
the keyboard grid for sheets that cannot be photographed. What they record goes
on the desk's undo stack as one step (:mod:`.undo`). Widgets call the core
(:mod:`wltdesk.paper`) and never SQLAlchemy.
"""

from wltdesk.gui.paper.readback import ReadBackDialog, read_back_button

__all__ = ["ReadBackDialog", "read_back_button"]
