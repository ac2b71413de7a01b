"""The Agenda section of the window: the event's sessions by day, now and next, edited by keys.

Owns the pane (:mod:`.pane`), its item model and the roomy row delegate other
lists share (:mod:`.model`), the session dialog and the undo commands. May import
Qt and the services (:mod:`wltdesk.agenda`, :mod:`wltdesk.events`,
:mod:`wltdesk.people`); never SQLAlchemy. The window needs only :class:`AgendaPane`.
"""

from wltdesk.gui.agenda.pane import AgendaPane

__all__ = ["AgendaPane"]
