"""The desk's search index of the roster, built in the thread pool when an event opens.

Building the index reads and sorts the whole roster: well over a second on
50,000 people, which on the GUI thread would hold the window still just as the
facilitator starts typing. :class:`RosterLoading` builds it with the app's
:class:`~wltdesk.gui.jobs.BackgroundRead` and hands it over when it is done.
Changes to people announced meanwhile (a walk-in registered during loading, a
merge) are kept and applied to the new index in order before it is used, so
the index ends up as it would have had it been built at once. An index built
for an event opened before the last one is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wltdesk import people
from wltdesk.gui.desk import Desk
from wltdesk.gui.heap import reading_to_keep
from wltdesk.gui.jobs import BackgroundRead
from wltdesk.gui.roster_feed import RosterUpdate
from wltdesk.search import PeopleIndex


class RosterLoading(QObject):
    """Builds the open event's :class:`PeopleIndex` off the GUI thread."""

    #: The index of the open event's roster is built and current (``index`` has it).
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        #: The index in use: empty while an event's roster loads.
        self.index = PeopleIndex()
        #: An event is open and its index is not there yet.
        self.loading = False
        self._generation = 0
        self._pending: list[RosterUpdate] = []
        self.reading = BackgroundRead(self._built, self)

    def start(self) -> None:
        """Build the open event's index anew (an empty one when no event is open)."""
        self._generation += 1
        self._pending = []
        self.index = PeopleIndex()
        event_id = self.desk.event_id
        self.loading = event_id is not None
        if event_id is None:
            return
        store, generation = self.desk.store, self._generation

        def read() -> tuple[int, PeopleIndex]:
            with reading_to_keep():
                return generation, PeopleIndex.build(people.list_people(store, event_id))

        self.reading.ask(read)

    def apply(self, update: RosterUpdate) -> bool:
        """Take changed people into the index; while it builds they wait (returns False)."""
        if self.loading:
            self._pending.append(update)
            return False
        self.index.update(update.changed, update.removed)
        return True

    def by_code(self, text: str) -> str | None:
        """Whose badge code the text is: in the index, or while it loads in the store
        (a look-up by code, a millisecond or so), so a scanned badge works at once."""
        event_id = self.desk.event_id
        if self.loading and event_id is not None:
            return people.person_by_code(self.desk.store, event_id, text)
        return self.index.by_code(text)

    def _built(self, found: tuple[int, PeopleIndex]) -> None:
        generation, index = found
        if generation != self._generation:
            return  # another event opened meanwhile: its index is on the way
        for update in self._pending:
            index.update(update.changed, update.removed)
        self._pending = []
        self.index = index
        self.loading = False
        self.loaded.emit()
