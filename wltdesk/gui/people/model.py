"""The roster as a Qt item model: one row per person, sorted and filtered, edits through
the people service.

:class:`PeopleModel` is the table's model itself, with no proxy in between: it
keeps the rows in the order shown (:mod:`.rows`), sorts when a header is
clicked (:meth:`PeopleModel.sort`) and filters as the facilitator types
(:meth:`PeopleModel.set_filter`). An event's roster is read in the thread pool
(:mod:`.loading`); changes that come meanwhile wait and are applied to what is
read. Every change goes through the ``people`` service and onto the app-wide
undo stack (:mod:`wltdesk.gui.people.undo`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase

from wltdesk import people
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.people.fields import check_values, consent_label, field_label, role_label
from wltdesk.gui.people.loading import OrdersAhead, RosterReading
from wltdesk.gui.people.rows import (
    CHECK_COLUMNS,
    COLUMNS,
    ID,
    PERSON,
    Labels,
    RosterRows,
    make_row,
)
from wltdesk.gui.people.undo import AddPersonCommand, DeletePeopleCommand, EditPersonCommand
from wltdesk.gui.roster_feed import READ_AT_ONCE, RosterUpdate, read_update
from wltdesk.language import format_count
from wltdesk.store.models import PERSON_ROLES, Person

PersonIdRole = Qt.ItemDataRole.UserRole + 2
#: The person field a column shows.
FieldRole = Qt.ItemDataRole.UserRole + 3

# A repaint of the table asks ``data`` and ``flags`` some thousand times, each
# from C++; reading Qt's enums there (Python enums, each look-up a call) would
# cost more than the answers, so the roles are plain ints and the flags made once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_PERSON_ID = int(PersonIdRole)
_FIELD = int(FieldRole)
#: The roles the model answers; Qt asks each cell for more (colours, alignment…).
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FONT, _CHECK, _PERSON_ID, _FIELD})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_COLUMN_FLAGS = tuple(
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | (Qt.ItemFlag.ItemIsUserCheckable if key in CHECK_COLUMNS else Qt.ItemFlag.ItemIsEditable)
    for key in COLUMNS
)
_CHECK_STATES = {
    None: Qt.CheckState.PartiallyChecked,
    True: Qt.CheckState.Checked,
    False: Qt.CheckState.Unchecked,
}


def two_lines(label: str) -> str:
    """A long column title broken at its middle space, so narrow columns keep it whole."""
    if len(label) < 10 or " " not in label:
        return label
    middle = len(label) / 2
    spaces = [n for n, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda n: abs(n - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


def shown_labels() -> Labels:
    """The words for roles and photo consent as the cells show them now."""
    return Labels(
        {role: role_label(role) for role in PERSON_ROLES},
        {value: consent_label(value) for value in (True, False, None)},
    )


def shown_text(person: Person, key: str) -> str:
    """What a person's cell shows."""
    value = getattr(person, key)
    if key in CHECK_COLUMNS:
        return consent_label(value)
    return role_label(value) if key == "role" else (value or "")


def _consent_data(value: bool | None, role: int) -> Any:
    """The photo consent cell's answer for a role."""
    if role == _CHECK:
        return _CHECK_STATES[value]
    if role in (_DISPLAY, _TOOLTIP):
        return consent_label(value)
    if role == _FIELD:
        return "photo_consent"
    return None


class PeopleModel(QAbstractTableModel):
    """The open event's people, one row each, in the order shown; edits go through
    the people service.

    The roster is read whole only when an event opens, in the thread pool; until
    it is there the table is empty and :attr:`loading` is set. After that every
    change is a :class:`~wltdesk.gui.roster_feed.RosterUpdate`, which replaces,
    adds, moves or removes just those rows. Anyone else's change comes from the
    desk's feed; the model's own it reads and shows at once, and announces on
    the desk a turn later (:meth:`announce`).
    """

    #: A change was refused; the message is for the user.
    edit_failed = Signal(str)
    #: The roster started or finished loading (see :attr:`loading`).
    loading_changed = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows = RosterRows()
        self._labels = shown_labels()
        self._filter = ""
        self.reading = RosterReading(desk, self)
        self.reading.read.connect(self._loaded)
        self.orders = OrdersAhead(self)
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        desk.roster.updated.connect(self.apply_roster)
        desk.event_opened.connect(self.reload)

    # ------------------------------------------------------------ loading
    @property
    def loading(self) -> bool:
        """An event is open and its roster is still being read."""
        return self.reading.loading

    def reload(self) -> None:
        """Read the whole roster off the GUI thread: when an event opens (or the pane
        is first built). The rows of the event left go at once."""
        self._labels = shown_labels()
        self.beginResetModel()
        self.rows = RosterRows(self.rows.column, self.rows.descending)
        self.reading.start(self._labels, self.rows.column, self.rows.descending, self._filter)
        self.endResetModel()
        self.loading_changed.emit()

    def _loaded(self, rows: RosterRows) -> None:
        if (rows.column, rows.descending) != (self.rows.column, self.rows.descending):
            rows.sort(self.rows.column, self.rows.descending)  # a header clicked meanwhile
        rows.filter(self._filter)  # and the filter typed meanwhile
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self.orders.soon(rows)
        self.loading_changed.emit()

    @property
    def people(self) -> list[Person]:
        """Everyone on the roster, shown or filtered out, in the roster's order."""
        return self.rows.people()

    @property
    def total(self) -> int:
        """How many people are on the roster, shown or filtered out."""
        return self.rows.total

    def announce(self, person_ids: Sequence[str]) -> None:
        """These people changed here: show it at once, tell the other panes next turn.

        The table shows what the store now holds (the write is done before this
        is called), and the redraw that shows it is due in this frame; the other
        panes' refresh, and the feed's own read of these people, come a turn
        later, in a frame of their own. The feed's update then finds these rows
        as they are. More people than the feed reads at once (a large delete) are
        announced at once and come back from its background read.
        """
        if len(person_ids) > READ_AT_ONCE:
            self.desk.announce_people(person_ids)
            return
        self.apply_roster(read_update(self.desk, person_ids))
        self.desk.announce_people_soon(person_ids)

    def apply_roster(self, update: RosterUpdate) -> None:
        """Some people changed: repaint, add, move or remove just their rows."""
        if self.reading.keep(update):
            return
        rows = self.rows
        for person_id in update.removed:
            at = rows.row_of(person_id)
            if at is None:
                rows.drop(person_id)
                continue
            self.beginRemoveRows(QModelIndex(), at, at)
            rows.drop(person_id)
            self.endRemoveRows()
        for person in update.changed:
            self._take(person)
        self.orders.soon(rows)

    def _take(self, person: Person) -> None:
        """Put a changed person's row in its place: the same one, another, or none."""
        rows = self.rows
        row = make_row(person, self._labels)
        old = rows.get(person.id)
        at = rows.row_of(person.id)
        to = rows.landing(row)
        if at is None and to is None:
            rows.put(row)
        elif at is None:
            self.beginInsertRows(QModelIndex(), to, to)
            rows.put(row)
            self.endInsertRows()
        elif to is None:
            self.beginRemoveRows(QModelIndex(), at, at)
            rows.put(row)
            self.endRemoveRows()
        elif to in (at, at + 1):
            rows.put(row)
            self._cells_changed(at, old[PERSON], person)
        else:  # the row moves (a name edited, in the name order)
            self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), to)
            rows.put(row)
            self.endMoveRows()
            self._cells_changed(to if to < at else to - 1, old[PERSON], person)

    def _cells_changed(self, row: int, before: Person, after: Person) -> None:
        """Announce the cells whose values changed, each alone: a view repaints a
        single changed cell, but the whole table for a range of them (a frame's
        worth of work on a wide table)."""
        for column, key in enumerate(COLUMNS):
            if getattr(before, key) != getattr(after, key):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def row_of(self, person_id: str) -> int | None:
        """The row showing a person, or None (not on the roster, or filtered out)."""
        return self.rows.row_of(person_id)

    def person(self, row: int) -> Person:
        return self.rows[row][PERSON]

    def _person_by_id(self, person_id: str) -> Person:
        return self.rows.person(person_id)

    # ------------------------------------------------------------ order
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (a header clicked); the chosen rows stay chosen."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.rows.column, self.rows.descending):
            return
        self._relayout(lambda: self.rows.sort(column, descending))

    def set_filter(self, text: str) -> None:
        """Show only the people with a cell containing ``text``, ignoring case."""
        self._filter = text
        if text.casefold() != self.rows.needle:
            self._relayout(lambda: self.rows.filter(text))

    def _relayout(self, change: Callable[[], None]) -> None:
        """Reorder (or refilter) the rows as the view's indexes follow their people:
        the current and chosen rows stay on the same people, or go if filtered out."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self.rows[index.row()][ID] for index in kept]
        change()
        moved = []
        for index, person_id in zip(kept, ids, strict=True):
            row = self.rows.row_of(person_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    # ------------------------------------------------------------ changes
    def add(self, values: Mapping[str, Any]) -> str:
        """Add a person (UserError if refused); undoable. Returns the new id."""
        event_id = self.desk.event_id
        if event_id is None:
            raise UserError(self.tr("Open or create an event first."))
        check_values({k: v for k, v in values.items() if k != "badge_code"})
        person_id = people.add_person(self.desk.store, event_id, **values)
        self.announce([person_id])
        name = self._person_by_id(person_id).display_name
        self.desk.undo_stack.push(AddPersonCommand(self, person_id, name))
        return person_id

    def change(self, person_id: str, values: Mapping[str, Any]) -> bool:
        """Change fields of a person (UserError if refused); undoable. Whether anything changed."""
        before = self._person_by_id(person_id)
        check_values(values)
        old = {key: getattr(before, key) for key in values}
        if not people.update_person(self.desk.store, person_id, **values):
            return False
        self.announce([person_id])
        after = self._person_by_id(person_id)
        new = {key: getattr(after, key) for key in values}
        self.desk.undo_stack.push(EditPersonCommand(self, person_id, before.display_name, old, new))
        return True

    def delete(self, person_ids: Sequence[str]) -> None:
        """Remove people from the roster; one undoable step."""
        if not person_ids:
            return
        names = [self._person_by_id(i).display_name for i in person_ids]
        people.delete_people(self.desk.store, person_ids)
        self.announce(person_ids)
        text = (
            self.tr("Delete {0}").format(names[0])
            if len(names) == 1
            else self.tr("Delete {0} people").format(format_count(len(names)))
        )
        self.desk.undo_stack.push(DeletePeopleCommand(self, person_ids, text))

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines(field_label(COLUMNS[section]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return field_label(COLUMNS[section])
            if role == FieldRole:
                return COLUMNS[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _COLUMN_FLAGS[index.column()] if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        person = self.rows[index.row()][PERSON]
        key = COLUMNS[index.column()]
        value = getattr(person, key)
        if key in CHECK_COLUMNS:
            return _consent_data(value, role)
        if role == _DISPLAY:
            return role_label(value) if key == "role" else (value or "")
        if role == _EDIT:
            return value or ""
        if role == _TOOLTIP:  # the whole text of a narrowed column
            return (role_label(value) if key == "role" else value) or None
        if role == _PERSON_ID:
            return person.id
        if role == _FIELD:
            return key
        if role == _FONT and key == "badge_code":
            return self._code_font
        return None

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows (its ``DisplayRole``), for the delegate to draw."""
        return shown_text(self.rows[row][PERSON], COLUMNS[column])

    def check_state(self, row: int) -> Qt.CheckState:
        """The photo consent box of a row (its ``CheckStateRole``)."""
        return _CHECK_STATES[self.rows[row][PERSON].photo_consent]

    @property
    def code_font(self) -> QFont:
        """The badge codes' font (their ``FontRole``)."""
        return self._code_font

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        person = self.rows[index.row()][PERSON]
        key = COLUMNS[index.column()]
        if key in CHECK_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new = str(value).strip() if value is not None else ""
            if key == "role":
                new = new.casefold()
            new = new or None
        else:
            return False
        if new == getattr(person, key):
            return True
        try:
            self.change(person.id, {key: new})
        except UserError as exc:
            self.edit_failed.emit(str(exc))
            return False
        return True

