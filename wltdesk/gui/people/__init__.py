"""The People section of the window: the roster, one person's details, roster import.

Owns the pane (:mod:`.pane`), its item model (:mod:`.model`) with its rows' order
(:mod:`.rows`), the roster's read (:mod:`.loading`) and cell drawing
(:mod:`.delegate`), person dialog, undo commands, the
field labels shared with other parts of the GUI (:mod:`.fields`) and the roster
import dialog with its column mapping. May import Qt, the services
(:mod:`wltdesk.people`, :mod:`wltdesk.roster`, :mod:`wltdesk.search`) and the
shared GUI modules; never SQLAlchemy. The window needs only :class:`PeoplePane`.
"""

from wltdesk.gui.people.pane import PeoplePane

__all__ = ["PeoplePane"]
