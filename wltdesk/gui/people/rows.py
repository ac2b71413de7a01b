"""The People table's rows in the order shown: sorted by a column, filtered by typed text.

A ``QSortFilterProxyModel`` sorts and filters by asking the model for a cell's
data at every comparison, each a call from C++ into Python: on 50,000 people a
sort was some 800,000 calls (seconds of a frozen window when an event opened)
and a typed letter in the filter half a million. Here each row carries its sort
keys and its filter text, worked out once when the person is read (for a whole
roster in the thread pool, see :meth:`RosterRows.read`), so a sort is Python's
``sorted`` on those keys and a filter a substring test per row, both in C loops.
Even so a sort took 8–13 ms on 50,000 people (text keys), a frame's worth with the
redraw after it; so every column's order, both ways, is worked out ahead in the
thread pool (:func:`orders_ahead`, as the roster is read and once it has settled
after a change), and a header click takes its order ready made.

The order rules are the proxy's: a text column sorts by its case-folded text
(empty first), the role by its stored name, the photo consent yes, no, not
asked; ties keep the roster's order (by folded name, then id) in either
direction, as a stable sort of the roster does. The filter keeps the rows any of
whose cells, as shown, contains the typed text, ignoring case. Plain Python:
the model (:mod:`.model`) turns each change into Qt's signals.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains, itemgetter
from typing import Any

from wltdesk.store.models import Person

#: The table's columns, by person field, in the order they are shown.
COLUMNS: tuple[str, ...] = (
    "badge_code",
    "display_name",
    "local_name",
    "region",
    "affiliation",
    "role",
    "wiki_username",
    "email",
    "phone",
    "gender",
    "photo_consent",
)
CHECK_COLUMNS = frozenset({"photo_consent"})
NAME_COLUMN = COLUMNS.index("display_name")

#: A row: each column's sort key, then the person's id, the person, the filter text.
Row = tuple[Any, ...]
ID = len(COLUMNS)
PERSON = ID + 1
TEXT = ID + 2
#: Rows in the order of a column, by (column, descending): see :func:`orders_ahead`.
Orders = dict[tuple[int, bool], list[Row]]
_TIE = itemgetter(NAME_COLUMN, ID)
_TEXT = itemgetter(TEXT)
_ROLE = COLUMNS.index("role")
_CONSENT = COLUMNS.index("photo_consent")
_TEXT_FIELDS = tuple(key for key in COLUMNS if key not in CHECK_COLUMNS)
#: The photo consent's sort key: yes, no, not asked.
_CONSENT_ORDER = {True: 0, False: 1, None: 2}
#: Between a row's cells in its filter text: typed text never holds it, so no
#: match runs from one cell into the next.
_CELL_BREAK = "\x00"


@dataclass(frozen=True)
class Labels:
    """The words cells show for roles and photo consent, in the UI language.

    Made on the GUI thread (they are Qt translations) and handed to the thread
    pool with the read, so rows made there are filtered by what the table shows.
    """

    roles: Mapping[str, str]
    consent: Mapping[bool | None, str]


def make_row(person: Person, labels: Labels) -> Row:
    """A person's row: their sort keys, id, the person, and the text the filter searches."""
    consent = person.photo_consent
    shown = [getattr(person, key) or "" for key in _TEXT_FIELDS]
    keys: list[Any] = [text.casefold() for text in shown]
    keys.insert(_CONSENT, _CONSENT_ORDER[consent])
    shown.insert(_CONSENT, labels.consent[consent])
    shown[_ROLE] = labels.roles.get(shown[_ROLE], shown[_ROLE])
    keys += (person.id, person, _CELL_BREAK.join(shown).casefold())
    return tuple(keys)


class RosterRows:
    """Every person's row, kept in the roster's order and in the order shown.

    ``_roster`` is sorted by folded name and id (the ties' order), ``_order``
    by the sort column, and ``_shown`` is those of ``_order`` the filter keeps
    (the same list when nothing is typed). A person's place in each is found by
    bisection on their keys, so a change costs a few comparisons and a list
    insertion, not a look through 50,000 rows.
    """

    def __init__(self, column: int = NAME_COLUMN, descending: bool = False) -> None:
        self.column = column
        self.descending = descending
        #: The filter, case-folded ("" shows everyone).
        self.needle = ""
        self._by_id: dict[str, Row] = {}
        self._roster: list[Row] = []
        self._order: list[Row] = []
        self._shown: list[Row] = self._order
        #: Orders worked out ahead, by (column, descending) (see :func:`orders_ahead`);
        #: any change drops them, until they are worked out again.
        self._ahead: Orders = {}
        #: Counts the changes, so that orders worked out for an older roster are not used.
        self.version = 0

    @classmethod
    def read(
        cls,
        people: Iterable[Person],
        labels: Labels,
        column: int = NAME_COLUMN,
        descending: bool = False,
        needle: str = "",
    ) -> RosterRows:
        """Rows for a whole roster, sorted and filtered: for the thread pool."""
        rows = cls(column, descending)
        rows._roster = sorted((make_row(p, labels) for p in people), key=_TIE)
        rows._by_id = {row[ID]: row for row in rows._roster}
        rows._ahead = orders_ahead(rows._roster)
        rows.sort(column, descending)
        rows.filter(needle)
        return rows

    # ------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._shown)

    def __getitem__(self, row: int) -> Row:
        return self._shown[row]

    @property
    def total(self) -> int:
        """Everyone on the roster, shown or not."""
        return len(self._by_id)

    def people(self) -> list[Person]:
        """Everyone on the roster, in the roster's order."""
        return [row[PERSON] for row in self._roster]

    def roster(self) -> tuple[int, list[Row]]:
        """This roster's version and its rows in the roster's order (a copy): what
        :func:`orders_ahead` works on in the thread pool."""
        return self.version, list(self._roster)

    @property
    def ordered_ahead(self) -> bool:
        """Every column's orders are worked out for the roster as it is."""
        return bool(self._ahead)

    def take_orders(self, version: int, orders: Orders) -> None:
        """Keep orders worked out ahead, unless the roster changed since ``version``."""
        if version == self.version:
            self._ahead = orders

    def get(self, person_id: str) -> Row | None:
        return self._by_id.get(person_id)

    def person(self, person_id: str) -> Person:
        """A person on the roster, shown or not (KeyError if not on it)."""
        return self._by_id[person_id][PERSON]

    def row_of(self, person_id: str) -> int | None:
        """Where a person is shown, or None (not on the roster, or filtered out)."""
        row = self._by_id.get(person_id)
        if row is None:
            return None
        at = self._lower_bound(self._shown, row)
        return at if at < len(self._shown) and self._shown[at] is row else None

    def landing(self, row: Row) -> int | None:
        """Where a row would be put among those shown (counted with the person's old
        row still there, as Qt counts a move's destination), or None if filtered out."""
        if not self._keeps(row):
            return None
        return self._lower_bound(self._shown, row)

    # ------------------------------------------------------------ changing
    def put(self, row: Row) -> None:
        """Add a person's row, or replace their old one, in its places."""
        self._changed()
        self.drop(row[ID])
        self._by_id[row[ID]] = row
        insort(self._roster, row, key=_TIE)
        self._order.insert(self._lower_bound(self._order, row), row)
        if self._shown is not self._order and self._keeps(row):
            self._shown.insert(self._lower_bound(self._shown, row), row)

    def drop(self, person_id: str) -> None:
        """Take a person's row out (nothing if they have none)."""
        self._changed()
        row = self._by_id.pop(person_id, None)
        if row is None:
            return
        del self._roster[bisect_left(self._roster, _TIE(row), key=_TIE)]
        del self._order[self._lower_bound(self._order, row)]
        if self._shown is not self._order and self._keeps(row):
            del self._shown[self._lower_bound(self._shown, row)]

    def _changed(self) -> None:
        self.version += 1
        self._ahead = {}

    def sort(self, column: int, descending: bool) -> None:
        """Order by a column: a stable sort of the roster's order on its keys (worked
        out ahead, when it was)."""
        self.column, self.descending = column, descending
        ahead = self._ahead.get((column, descending))
        if ahead is not None:
            self._order = list(ahead)  # a copy: the order shown changes with the roster
        else:
            self._order = sorted(self._roster, key=itemgetter(column), reverse=descending)
        self._shown = self._order if not self.needle else self._matching(self._order)

    def filter(self, text: str) -> None:
        """Show the rows with a cell containing ``text`` (ignoring case); "" shows all."""
        needle = text.casefold()
        if needle == self.needle:
            return
        narrower = bool(self.needle) and self.needle in needle
        self.needle = needle
        if not needle:
            self._shown = self._order
        else:  # a letter more looks only among those already shown
            self._shown = self._matching(self._shown if narrower else self._order)

    # ------------------------------------------------------------ order
    def _matching(self, rows: list[Row]) -> list[Row]:
        return list(compress(rows, map(contains, map(_TEXT, rows), repeat(self.needle))))

    def _keeps(self, row: Row) -> bool:
        return not self.needle or self.needle in row[TEXT]

    def _before(self, a: Row, b: Row) -> bool:
        """Whether row ``a`` comes before row ``b`` in the order shown."""
        mine, theirs = a[self.column], b[self.column]
        if mine != theirs:
            return mine > theirs if self.descending else mine < theirs
        return _TIE(a) < _TIE(b)

    def _lower_bound(self, rows: list[Row], row: Row) -> int:
        """The first place in ``rows`` (in the order shown) not before ``row``."""
        low, high = 0, len(rows)
        before = self._before
        while low < high:
            middle = (low + high) // 2
            if before(rows[middle], row):
                low = middle + 1
            else:
                high = middle
        return low


def orders_ahead(roster: list[Row]) -> Orders:
    """Every column's order of ``roster`` (rows in the roster's order), both ways, by
    (column, descending): for the thread pool. A sort holds the interpreter's lock
    throughout (8–13 ms at 50,000 people), so these are sorts one at a time."""
    orders: Orders = {}
    for column in range(len(COLUMNS)):
        key = itemgetter(column)
        ascending = orders[column, False] = sorted(roster, key=key)
        # Stable either way, so ties keep the roster's order; nearly in order already.
        orders[column, True] = sorted(ascending, key=key, reverse=True)
    return orders
