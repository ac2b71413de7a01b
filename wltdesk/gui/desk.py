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

A pane that has already shown its own change can tell the others a turn of the
event loop later (:meth:`Desk.announce_people_soon`): the People table shows an
edit as it writes it, and the other panes' refresh (a read of the person, the
check-in search index, the Sync status) then falls in another frame than the
write and the table's redraw.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal
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
        #: People whose change is told on the next turn (see ``announce_people_soon``).
        self._soon: set[str] = set()
        self._soon_timer = QTimer(self)
        self._soon_timer.setSingleShot(True)
        self._soon_timer.setInterval(0)
        self._soon_timer.timeout.connect(self._announce_soon)

    @property
    def event_id(self) -> str | None:
        return self.current_event.id if self.current_event else None

    def open_event(self, event_id: str) -> None:
        self.current_event = events.get_event(self.store, event_id)
        self.undo_stack.clear()
        self._soon.clear()  # changes in the event left: the panes read the new one whole
        self.roster.reset()  # before any pane reads the roster
        self.event_opened.emit()

    def announce_people(self, person_ids: Iterable[str] | None) -> None:
        """Tell every pane that these people changed (None: anyone may have)."""
        self.people_changed.emit(None if person_ids is None else frozenset(person_ids))

    def announce_people_soon(self, person_ids: Iterable[str]) -> None:
        """Tell every pane that these people changed, on the next turn of the event loop.

        For a pane that shows the change itself at once: the others' refresh then
        comes after the frame that shows it. Several calls in one turn are told as one.
        """
        self._soon.update(person_ids)
        self._soon_timer.start()

    @property
    def announcing(self) -> bool:
        """Some change is still to be told (``announce_people_soon``)."""
        return bool(self._soon)

    def _announce_soon(self) -> None:
        ids, self._soon = self._soon, set()
        if ids:
            self.announce_people(ids)

    def replace_store(self, store: Store) -> None:
        """Switch to another store file; the caller opens an event in it next."""
        self.undo_stack.clear()
        self._soon.clear()
        self.store.close()
        self.store = store
        self.current_event = None
        self.roster.reset()
