"""The Circles section of the window: reflection circles set up, run, noted and summed up.

Owns the pane (:mod:`.pane`), its dialogs, the Run tab's and the projector's
picture of a round, its buttons and keys, its notes and summary, and its undo
commands. May import Qt, the services (:mod:`wltdesk.circles`,
:mod:`wltdesk.agenda`, :mod:`wltdesk.people`) and the shared GUI modules
(desk, projector, sound, forms); never SQLAlchemy. Words said outside a class
of their own keep the ``CirclesPane`` translation context. The window needs
only :class:`CirclesPane`.
"""

from wltdesk.gui.circles.pane import CirclesPane

__all__ = ["CirclesPane"]
