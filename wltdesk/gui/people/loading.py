"""The People table's roster, read in the thread pool when an event opens.

Reading 50,000 people and working out their rows' sort keys takes seconds;
on the GUI thread it held the window still as the event opened.
:class:`RosterReading` reads them with the app's
:class:`~wltdesk.gui.jobs.BackgroundRead` and hands the rows over when done.
Changes to people announced meanwhile (a walk-in registered, an import, a
merge) are kept and applied to the rows read, in order, before they are shown,
so the table ends up as it would have had it read at once. Rows read for an
event left since are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from wltdesk import people
from wltdesk.gui.desk import Desk
from wltdesk.gui.heap import reading_to_keep
from wltdesk.gui.jobs import BackgroundRead
from wltdesk.gui.people.rows import Labels, Orders, RosterRows, make_row, orders_ahead
from wltdesk.gui.roster_feed import RosterUpdate


class RosterReading(QObject):
    """Reads the open event's roster into :class:`RosterRows` off the GUI thread."""

    #: The open event's rows are read and current (a RosterRows).
    read = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        #: An event is open and its roster is still being read.
        self.loading = False
        self._generation = 0
        self._labels: Labels | None = None
        self._pending: list[RosterUpdate] = []
        self.reading = BackgroundRead(self._done, self)

    def start(self, labels: Labels, column: int, descending: bool, needle: str) -> None:
        """Read the open event's roster, sorted and filtered so (nothing if none is open)."""
        self._generation += 1
        self._pending = []
        self._labels = labels
        event_id = self.desk.event_id
        self.loading = event_id is not None
        if event_id is None:
            return
        store, generation = self.desk.store, self._generation

        def read() -> tuple[int, RosterRows]:
            with reading_to_keep():
                found = people.list_people(store, event_id)
                return generation, RosterRows.read(found, labels, column, descending, needle)

        self.reading.ask(read)

    def keep(self, update: RosterUpdate) -> bool:
        """While the roster is read, keep a change for it (True); else False."""
        if self.loading:
            self._pending.append(update)
        return self.loading

    def _done(self, result: tuple[int, RosterRows]) -> None:
        generation, rows = result
        if generation != self._generation or self._labels is None:
            return  # read for an event left since: the new one's read follows
        for update in self._pending:
            for person_id in update.removed:
                rows.drop(person_id)
            for person in update.changed:
                rows.put(make_row(person, self._labels))
        self._pending = []
        self.loading = False
        self.read.emit(rows)


#: How long the roster must stay unchanged before its orders are worked out again:
#: a merge hands its people over in several steps.
ORDER_AFTER_MS = 1000


class OrdersAhead(QObject):
    """Works out every column's order of the roster again, in the thread pool, once it
    has settled after a change (see :func:`~wltdesk.gui.people.rows.orders_ahead`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: RosterRows | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(ORDER_AFTER_MS)
        self._later.timeout.connect(self._work_out)
        self.reading = BackgroundRead(self._worked_out, self)

    def soon(self, rows: RosterRows) -> None:
        """``rows`` changed (or were read with changes applied): order them ahead
        once they have stayed unchanged a moment."""
        self._rows = rows
        if not rows.ordered_ahead:
            self._later.start()

    def _work_out(self) -> None:
        rows = self._rows
        if rows is None or rows.ordered_ahead:
            return
        version, roster = rows.roster()

        def work() -> tuple[RosterRows, int, Orders]:
            with reading_to_keep():
                return rows, version, orders_ahead(roster)

        self.reading.ask(work)

    def _worked_out(self, result: tuple[RosterRows, int, Orders]) -> None:
        rows, version, orders = result
        rows.take_orders(version, orders)  # unless changed since: then it is due again
