"""The Check-in section of the window: the desk at the door of the room.

Owns the pane (:mod:`.pane`), its list of matches (:mod:`.results`), its keys
(:mod:`.keys`), its message card (:mod:`.card`), the search index of the roster built
off the GUI thread (:mod:`.loading`) and the undo of a check-in (:mod:`.undo`). May
import Qt, the services (:mod:`wltdesk.attendance`, :mod:`wltdesk.people`,
:mod:`wltdesk.agenda`, :mod:`wltdesk.search`) and the shared GUI modules (desk, forms);
never SQLAlchemy. The window needs only :class:`CheckInPane`.
"""

from wltdesk.gui.checkin.pane import CheckInPane

__all__ = ["CheckInPane"]
