"""The Print section of the window: choose an output and its options, preview, print or save.

Owns the pane (:mod:`.pane`) and its output and option choices (:mod:`.options`).
May import Qt, :mod:`wltdesk.printing` and the services; never SQLAlchemy. The
window needs only :class:`PrintPane`.
"""

from wltdesk.gui.printing.pane import PrintPane

__all__ = ["PrintPane"]
