"""The open event, shared by every pane: store, event, undo stack and change signals.

Panes never talk to each other. When one changes something through a service
it tells the desk (``people_changed``, ``agenda_changed``,
``attendance_changed``), and every pane that shows that data refreshes. The
undo stack is app-wide: Ctrl+Z undoes the last action wherever it was done.

``people_changed`` carries the ids of the people changed, or ``None`` when
anyone may have (a merge, a roster import). Panes that hold the roster (the
check-in desk's search index, the People table) do not re-read it: they take
the desk's :attr:`Desk.roster` updates, person by person, and so a walk-in
or an edit costs the same on a roster of 50 or 50,000.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from wltdesk import events
from wltdesk.gui.roster_feed import RosterFeed
from wltdesk.store import Store
from wltdesk.store.models import Event


class Desk(QObject):
    event_opened = Signal()
    #: The ids of the people who changed (a frozenset), or None: anyone may have.
    people_changed = Signal(object)
    agenda_changed = Signal()
    attendance_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_event: Event | None = None
        self.undo_stack = QUndoStack(self)
        self.late_grace_minutes: int | None = None
        #: A circle's next speaker's time starts on Next (the preference; on by default).
        self.auto_start_speakers = True
        #: The roster's changes, person by person, for the panes that hold the roster.
        self.roster = RosterFeed(self)

    @property
    def event_id(self) -> str | None:
        return self.current_event.id if self.current_event else None

    def open_event(self, event_id: str) -> None:
        self.current_event = events.get_event(self.store, event_id)
        self.undo_stack.clear()
        self.roster.reset()  # before any pane reads the roster
        self.event_opened.emit()

    def announce_people(self, person_ids: Iterable[str] | None) -> None:
        """Tell every pane that these people changed (None: anyone may have)."""
        self.people_changed.emit(None if person_ids is None else frozenset(person_ids))

    def replace_store(self, store: Store) -> None:
        """Switch to another store file; the caller opens an event in it next."""
        self.undo_stack.clear()
        self.store.close()
        self.store = store
        self.current_event = None
        self.roster.reset()
