"""The roster as a Qt item model: one row per person, edits through the people service.

:class:`PeopleModel` is a table over the detached ``Person`` rows
``people.list_people`` returns (no copy of the data in widgets); every change
goes through the ``people`` service and onto the app-wide undo stack
(:mod:`wltdesk.gui.people.undo`). :class:`PeopleDelegate` draws the cells (one
call a cell, not one a role) and gives them their editors.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wltdesk import people
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.people.fields import (
    check_values,
    consent_label,
    field_label,
    field_limit,
    role_label,
)
from wltdesk.gui.people.undo import AddPersonCommand, DeletePeopleCommand, EditPersonCommand
from wltdesk.gui.roster_feed import READ_AT_ONCE, RosterUpdate, read_update
from wltdesk.language import format_count
from wltdesk.store.models import PERSON_ROLES, Person

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
#: What the proxy sorts by: folded text, or 0/1/2 for a yes/no/not-asked column.
SortRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2
#: The person field a column shows (the same through the proxy, which keeps columns).
FieldRole = Qt.ItemDataRole.UserRole + 3
#: Rows removed before the rows are numbered afresh (see ``PeopleModel.row_of``).
RENUMBER_AFTER = 512

# A repaint of the table asks ``data`` and ``flags`` some thousand times, each
# from C++; reading Qt's enums there (Python enums, each look-up a call) would
# cost more than the answers, so the roles are plain ints and the flags made once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_SORT = int(SortRole)
_PERSON_ID = int(PersonIdRole)
_FIELD = int(FieldRole)
#: The roles the model answers; Qt asks each cell for more (colours, alignment…).
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FONT, _CHECK, _SORT, _PERSON_ID, _FIELD})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_COLUMN_FLAGS = tuple(
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | (Qt.ItemFlag.ItemIsUserCheckable if key in CHECK_COLUMNS else Qt.ItemFlag.ItemIsEditable)
    for key in COLUMNS
)
_CODE_COLUMN = COLUMNS.index("badge_code")
_CHECK_COLUMN = COLUMNS.index("photo_consent")
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
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


class PeopleModel(QAbstractTableModel):
    """The open event's people, one row each; edits go through the people service.

    Rows are the detached ``Person`` objects ``people.list_people`` returns,
    read once when an event opens. After that the model never reads the whole
    roster again: every change is a :class:`~wltdesk.gui.roster_feed.RosterUpdate`,
    which replaces, adds or removes just those rows (the proxy keeps them sorted).
    Anyone else's change comes from the desk's feed; the model's own it reads and
    shows at once, and announces on the desk a turn later (:meth:`announce`).
    """

    #: A change was refused; the message is for the user.
    edit_failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.people: list[Person] = []
        self._ids: list[str] = []  # each row's person id
        #: Where each person's row was when the rows were last numbered, and where
        #: the rows removed since were: a row is its place less the holes above it,
        #: so a removal costs no renumbering of the tens of thousands below it.
        self._places: dict[str, int] = {}
        self._holes: list[int] = []
        self._next_place = 0
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        desk.roster.updated.connect(self.apply_roster)
        desk.event_opened.connect(self.reload)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the whole roster: when an event opens (or the pane is first shown)."""
        event_id = self.desk.event_id
        fresh = people.list_people(self.desk.store, event_id) if event_id else []
        self.beginResetModel()
        self.people = fresh
        self._ids = [p.id for p in fresh]
        self._number_rows()
        self.endResetModel()

    def _number_rows(self) -> None:
        self._places = dict(zip(self._ids, range(len(self._ids)), strict=True))
        self._holes = []
        self._next_place = len(self._ids)

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
        """Some people changed: repaint, add or remove just their rows."""
        gone = sorted(
            ((row, i) for i in update.removed if (row := self.row_of(i)) is not None),
            reverse=True,
        )
        for row, person_id in gone:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.people[row], self._ids[row]
            insort(self._holes, self._places.pop(person_id))
            self.endRemoveRows()
        for person in update.changed:
            row = self.row_of(person.id)
            if row is None:  # new here: the proxy puts the row in its sorted place
                row = len(self.people)
                self.beginInsertRows(QModelIndex(), row, row)
                self.people.append(person)
                self._ids.append(person.id)
                self._places[person.id] = self._next_place
                self._next_place += 1
                self.endInsertRows()
            else:
                before, self.people[row] = self.people[row], person
                self._cells_changed(row, before, person)
        if len(self._holes) > RENUMBER_AFTER:
            self._number_rows()

    def _cells_changed(self, row: int, before: Person, after: Person) -> None:
        """Announce the cells whose values changed, each alone: a view repaints a
        single changed cell, but the whole table for a range of them (a frame's
        worth of work on a wide table)."""
        for column, key in enumerate(COLUMNS):
            if getattr(before, key) != getattr(after, key):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def row_of(self, person_id: str) -> int | None:
        place = self._places.get(person_id)
        return None if place is None else place - bisect_left(self._holes, place)

    def _row(self, person_id: str) -> int:
        row = self.row_of(person_id)
        if row is None:
            raise KeyError(person_id)
        return row

    def person(self, row: int) -> Person:
        return self.people[row]

    # ------------------------------------------------------------ changes
    def add(self, values: Mapping[str, Any]) -> str:
        """Add a person (UserError if refused); undoable. Returns the new id."""
        event_id = self.desk.event_id
        if event_id is None:
            raise UserError(self.tr("Open or create an event first."))
        check_values({k: v for k, v in values.items() if k != "badge_code"})
        person_id = people.add_person(self.desk.store, event_id, **values)
        self.announce([person_id])
        name = self.people[self._row(person_id)].display_name
        self.desk.undo_stack.push(AddPersonCommand(self, person_id, name))
        return person_id

    def change(self, person_id: str, values: Mapping[str, Any]) -> bool:
        """Change fields of a person (UserError if refused); undoable. Whether anything changed."""
        before = self.people[self._row(person_id)]
        check_values(values)
        old = {key: getattr(before, key) for key in values}
        if not people.update_person(self.desk.store, person_id, **values):
            return False
        self.announce([person_id])
        after = self.people[self._row(person_id)]
        new = {key: getattr(after, key) for key in values}
        self.desk.undo_stack.push(EditPersonCommand(self, person_id, before.display_name, old, new))
        return True

    def delete(self, person_ids: Sequence[str]) -> None:
        """Remove people from the roster; one undoable step."""
        if not person_ids:
            return
        names = [self.people[self._row(i)].display_name for i in person_ids]
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
        return 0 if parent.isValid() else len(self.people)

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
        person = self.people[index.row()]
        key = COLUMNS[index.column()]
        value = getattr(person, key)
        if key in CHECK_COLUMNS:
            return self._check_data(value, role)
        if role == _DISPLAY:
            return role_label(value) if key == "role" else (value or "")
        if role == _EDIT:
            return value or ""
        if role == _TOOLTIP:  # the whole text of a narrowed column
            return (role_label(value) if key == "role" else value) or None
        if role == _SORT:
            return (value or "").casefold()
        if role == _PERSON_ID:
            return person.id
        if role == _FIELD:
            return key
        if role == _FONT and key == "badge_code":
            return self._code_font
        return None

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows (its ``DisplayRole``), for the delegate to draw."""
        key = COLUMNS[column]
        value = getattr(self.people[row], key)
        if key in CHECK_COLUMNS:
            return consent_label(value)
        return role_label(value) if key == "role" else (value or "")

    def check_state(self, row: int) -> Qt.CheckState:
        """The photo consent box of a row (its ``CheckStateRole``)."""
        return _CHECK_STATES[self.people[row].photo_consent]

    @property
    def code_font(self) -> QFont:
        """The badge codes' font (their ``FontRole``)."""
        return self._code_font

    def _check_data(self, value: bool | None, role: int) -> Any:
        if role == _CHECK:
            return _CHECK_STATES[value]
        if role in (_DISPLAY, _TOOLTIP):
            return consent_label(value)
        if role == _SORT:
            return {True: 0, False: 1, None: 2}[value]
        if role == _FIELD:
            return "photo_consent"
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        person = self.people[index.row()]
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


class PeopleDelegate(QStyledItemDelegate):
    """Draws the cells, and gives them editors: a list of roles for the role, text
    limited to what the field holds.

    Qt's own delegate asks the model for seven roles of every cell it draws, each
    a call from C++ into Python, through the proxy (which asks the model for the
    index too: three Python calls a role). A redraw of the whole table, after any
    change that moves rows, then cost the better part of a frame at 50,000 people.
    :meth:`initStyleOption` fills the cell's look in one call, from what the model's
    ``data`` answers for those roles, so it draws the same.
    """

    def __init__(self, model: PeopleModel, proxy: QAbstractProxyModel, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model
        self._proxy = proxy

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """As ``QStyledItemDelegate.initStyleOption`` with the model's roles: a font for
        the badge code, a check box for the photo consent, the text; no colours,
        alignment or icons (the model answers none)."""
        row = self._proxy.mapToSource(index).row()
        column = index.column()
        model = self._model
        option.index = index
        if column == _CODE_COLUMN:
            option.font = model.code_font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        elif column == _CHECK_COLUMN:
            option.features |= _HAS_CHECK
            option.checkState = model.check_state(row)
        option.features |= _HAS_DISPLAY
        option.text = self.displayText(model.cell_text(row, column), option.locale)
        option.styleObject = None  # as Qt's: no style animations inside item views

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        key = index.data(FieldRole)
        if key == "role":
            combo = QComboBox(parent)
            for role in PERSON_ROLES:
                combo.addItem(role_label(role), role)
            return combo
        editor = super().createEditor(parent, option, index)
        limit = field_limit(key)
        if isinstance(editor, QLineEdit) and limit:
            editor.setMaxLength(limit)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
