"""The Groups section of the window: breakout groups formed, moved, locked and projected.

Owns the pane (:mod:`.pane`), the board of rounds with its draggable lists
(:mod:`.board`) laid out in rows by :mod:`.flow`, the dialogs that ask what to form and name a group
(:mod:`.dialogs`), the buttons and shortcuts (:mod:`.controls`) and the undo
commands (:mod:`.undo`). May import Qt, the services (:mod:`wltdesk.groups`,
:mod:`wltdesk.grouping`, :mod:`wltdesk.agenda`, :mod:`wltdesk.people`) and the
shared GUI modules (desk, jobs, projector, forms); never SQLAlchemy. Words
said outside a class of their own keep the ``GroupsPane`` translation context.
The window needs only :class:`GroupsPane`.
"""

from wltdesk.gui.groups.pane import GroupsPane

__all__ = ["GroupsPane"]
