"""The People section: the event's roster as a sortable, filterable table.

The table is a view on :class:`PeopleModel`, a Qt item model over the rows
``people.list_people`` returns (no copy of the data in widgets), behind a
``QSortFilterProxyModel`` that sorts on a header click and filters on every
keystroke in the filter field. Cells are edited in place; the whole record
opens in :class:`PersonDialog`. Every change goes through the ``people``
service and onto the app-wide undo stack, and is announced with
``desk.people_changed`` so the check-in desk rebuilds its search index.
Rosters from a spreadsheet come in through :mod:`wltdesk.gui.roster_import`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wltdesk import people, roster
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_people_pane import Ui_PeoplePane
from wltdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
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
#: Narrowest a column is made to fit the pane (pixels); the user can drag it wider.
MIN_COLUMN_WIDTH = 64


def field_label(key: str) -> str:
    """A person field's name in the UI language (column headers, forms, mapping)."""
    labels = {
        "role": QCoreApplication.translate("People", "Role"),
        "display_name": QCoreApplication.translate("People", "Name"),
        "local_name": QCoreApplication.translate("People", "Name in local script"),
        "wiki_username": QCoreApplication.translate("People", "Wiki username"),
        "email": QCoreApplication.translate("People", "Email"),
        "phone": QCoreApplication.translate("People", "Phone"),
        "region": QCoreApplication.translate("People", "Region"),
        "affiliation": QCoreApplication.translate("People", "Affiliation"),
        "gender": QCoreApplication.translate("People", "Gender"),
        "pronouns": QCoreApplication.translate("People", "Pronouns"),
        "languages": QCoreApplication.translate("People", "Languages"),
        "photo_consent": QCoreApplication.translate("People", "Photo consent"),
        "list_consent": QCoreApplication.translate("People", "On the published list"),
        "badge_code": QCoreApplication.translate("People", "Badge code"),
        "notes": QCoreApplication.translate("People", "Notes"),
    }
    return labels.get(key, key)


def role_label(role: str | None) -> str:
    labels = {
        "participant": QCoreApplication.translate("People", "participant"),
        "facilitator": QCoreApplication.translate("People", "facilitator"),
        "organizer": QCoreApplication.translate("People", "organizer"),
    }
    return labels.get(role or "", role or "")


def consent_label(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("People", "not asked")
    return (
        QCoreApplication.translate("People", "yes")
        if value
        else QCoreApplication.translate("People", "no")
    )


def field_limit(key: str) -> int | None:
    """The most characters a field holds."""
    return people.FIELD_LENGTHS.get(key)


def check_values(values: Mapping[str, Any]) -> None:
    """What the people service lets through but a form should not: raises UserError."""
    if "badge_code" in values and not (values["badge_code"] or "").strip():
        raise UserError(QCoreApplication.translate("People", "A badge code cannot be empty."))
    email = (values.get("email") or "").strip()
    if email and not people.valid_email(email):
        raise UserError(
            QCoreApplication.translate("People", "“{0}” is not an email address.").format(email)
        )
    for key, value in values.items():
        limit = field_limit(key)
        if isinstance(value, str) and limit and len(value.strip()) > limit:
            raise UserError(
                QCoreApplication.translate("People", "{0} is longer than {1} characters.").format(
                    field_label(key), limit
                )
            )


def two_lines(label: str) -> str:
    """A long column title broken at its middle space, so narrow columns keep it whole."""
    if len(label) < 10 or " " not in label:
        return label
    middle = len(label) / 2
    spaces = [n for n, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda n: abs(n - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


def fit_widths(wanted: Sequence[int], available: int) -> list[int]:
    """Column widths within ``available``: the widest columns give way first, down to a floor."""
    if sum(wanted) <= available:
        return list(wanted)
    remaining, left = available, len(wanted)
    cap = available
    for width in sorted(wanted):
        if width * left <= remaining:
            remaining -= width
            left -= 1
        else:
            cap = remaining // left
            break
    return [min(width, max(cap, MIN_COLUMN_WIDTH)) for width in wanted]


# ----------------------------------------------------------------- undo
class EditPersonCommand(QUndoCommand):
    """Changed fields of one person; undo writes the old values back."""

    def __init__(
        self,
        model: PeopleModel,
        person_id: str,
        name: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
    ) -> None:
        super().__init__(QCoreApplication.translate("People", "Edit {0}").format(name))
        self.model = model
        self.person_id = person_id
        self.old = dict(old)
        self.new = dict(new)
        self._first = True  # the edit is done before the command is pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, values: Mapping[str, Any]) -> None:
        try:
            people.update_person(self.model.desk.store, self.person_id, **values)
        except UserError as exc:  # e.g. the old badge code was given to someone since
            self.model.edit_failed.emit(str(exc))
        self.model.refresh_person(self.person_id)


class AddPersonCommand(QUndoCommand):
    def __init__(self, model: PeopleModel, person_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("People", "Add {0}").format(name))
        self.model = model
        self.person_id = person_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        people.restore_people(self.model.desk.store, [self.person_id])
        self.model.reload_and_announce()

    def undo(self) -> None:
        people.delete_person(self.model.desk.store, self.person_id)
        self.model.reload_and_announce()


class DeletePeopleCommand(QUndoCommand):
    """Removed people (tombstoned); undo brings them back with their badge codes."""

    def __init__(self, model: PeopleModel, person_ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.person_ids = list(person_ids)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        people.delete_people(self.model.desk.store, self.person_ids)
        self.model.reload_and_announce()

    def undo(self) -> None:
        people.restore_people(self.model.desk.store, self.person_ids)
        self.model.reload_and_announce()


# ----------------------------------------------------------------- the model
class PeopleModel(QAbstractTableModel):
    """The open event's people, one row each; edits go through the people service.

    Rows are the detached ``Person`` objects ``people.list_people`` returns.
    The model reloads when someone else announces ``people_changed``; its own
    changes update the rows they touch and then announce, without reloading.
    """

    #: A change was refused; the message is for the user.
    edit_failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.people: list[Person] = []
        self._rows: dict[str, int] = {}
        self._announcing = False
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        desk.people_changed.connect(self._people_changed)
        desk.event_opened.connect(self.reload)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the roster again; keeps rows (and the view's selection) when no one came or went."""
        event_id = self.desk.event_id
        fresh = people.list_people(self.desk.store, event_id) if event_id else []
        if fresh and {p.id for p in fresh} == set(self._rows):
            fresh.sort(key=lambda p: self._rows[p.id])
            self.people = fresh
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.people = fresh
        self._rows = {p.id: row for row, p in enumerate(fresh)}
        self.endResetModel()

    def _people_changed(self) -> None:
        if not self._announcing:
            self.reload()

    def announce(self) -> None:
        """Tell the other panes (check-in's search index) without reloading ourselves."""
        self._announcing = True
        try:
            self.desk.people_changed.emit()
        finally:
            self._announcing = False

    def reload_and_announce(self) -> None:
        self.reload()
        self.announce()

    def refresh_person(self, person_id: str) -> None:
        """Re-read one person after a change and repaint their row."""
        row = self._rows.get(person_id)
        if row is None:
            self.reload_and_announce()
            return
        try:
            self.people[row] = people.get_person(self.desk.store, person_id)
        except UserError:  # removed meanwhile
            self.reload_and_announce()
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.announce()

    def row_of(self, person_id: str) -> int | None:
        return self._rows.get(person_id)

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
        self.reload_and_announce()
        name = self.people[self._rows[person_id]].display_name
        self.desk.undo_stack.push(AddPersonCommand(self, person_id, name))
        return person_id

    def change(self, person_id: str, values: Mapping[str, Any]) -> bool:
        """Change fields of a person (UserError if refused); undoable. Whether anything changed."""
        row = self._rows[person_id]
        before = self.people[row]
        check_values(values)
        old = {key: getattr(before, key) for key in values}
        if not people.update_person(self.desk.store, person_id, **values):
            return False
        self.refresh_person(person_id)
        after = self.people[self._rows[person_id]]
        new = {key: getattr(after, key) for key in values}
        self.desk.undo_stack.push(EditPersonCommand(self, person_id, before.display_name, old, new))
        return True

    def delete(self, person_ids: Sequence[str]) -> None:
        """Remove people from the roster; one undoable step."""
        if not person_ids:
            return
        names = [self.people[self._rows[i]].display_name for i in person_ids]
        people.delete_people(self.desk.store, person_ids)
        self.reload_and_announce()
        text = (
            self.tr("Delete {0}").format(names[0])
            if len(names) == 1
            else self.tr("Delete {0} people").format(len(names))
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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        key = COLUMNS[index.column()]
        value = getattr(person, key)
        if key in CHECK_COLUMNS:
            return self._check_data(value, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return role_label(value) if key == "role" else (value or "")
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a narrowed column
            return (role_label(value) if key == "role" else value) or None
        if role == SortRole:
            return (value or "").casefold()
        if role == PersonIdRole:
            return person.id
        if role == FieldRole:
            return key
        if role == Qt.ItemDataRole.FontRole and key == "badge_code":
            return self._code_font
        return None

    def _check_data(self, value: bool | None, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if value is None:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return consent_label(value)
        if role == SortRole:
            return {True: 0, False: 1, None: 2}[value]
        if role == FieldRole:
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
    """Cell editors: a list of roles for the role, text limited to what the field holds."""

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


# ----------------------------------------------------------------- the dialog
#: Text fields of the form: field → line edit attribute of the compiled form.
FORM_EDITS = {
    "display_name": "nameEdit",
    "local_name": "localNameEdit",
    "badge_code": "badgeEdit",
    "region": "regionEdit",
    "affiliation": "affiliationEdit",
    "wiki_username": "wikiEdit",
    "email": "emailEdit",
    "phone": "phoneEdit",
    "gender": "genderEdit",
    "pronouns": "pronounsEdit",
    "languages": "languagesEdit",
}


class PersonDialog(QDialog):
    """Add a person, or edit all fields of one; saving goes through the model (undoable).

    ``person_id`` holds the saved person after the dialog is accepted. A
    refused save (an email that is not one, a badge code in use) is explained
    in the dialog, which stays open.
    """

    def __init__(
        self, model: PeopleModel, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.person = person
        self.person_id: str | None = person.id if person else None
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        for role in PERSON_ROLES:
            self.ui.roleCombo.addItem(role_label(role), role)
        for combo in (self.ui.photoCombo, self.ui.listCombo):
            for value in (None, True, False):
                combo.addItem(consent_label(value), value)
        for key, name in FORM_EDITS.items():
            limit = field_limit(key)
            if limit:
                getattr(self.ui, name).setMaxLength(limit)
        self._complete(self.ui.regionEdit, "region")
        self._complete(self.ui.affiliationEdit, "affiliation")
        self.ui.errorLabel.setStyleSheet("color: #b00020;")
        self.ui.errorLabel.hide()
        if person is None:
            self.setWindowTitle(self.tr("Add person"))
        else:
            self.setWindowTitle(self.tr("Edit {0}").format(person.display_name))
            self.ui.badgeEdit.setPlaceholderText("")
            self._fill(person)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.nameEdit.textChanged.connect(self._name_changed)
        self._name_changed(self.ui.nameEdit.text())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def _complete(self, edit: QLineEdit, key: str) -> None:
        known = sorted({getattr(p, key) for p in self.model.people if getattr(p, key)})
        completer = QCompleter(known, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def _fill(self, person: Person) -> None:
        for key, name in FORM_EDITS.items():
            getattr(self.ui, name).setText(getattr(person, key) or "")
        self.ui.roleCombo.setCurrentIndex(max(self.ui.roleCombo.findData(person.role), 0))
        self.ui.photoCombo.setCurrentIndex([None, True, False].index(person.photo_consent))
        self.ui.listCombo.setCurrentIndex([None, True, False].index(person.list_consent))
        self.ui.notesEdit.setPlainText(person.notes or "")

    def _name_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def values(self) -> dict[str, Any]:
        """The form as person fields (blank text as None)."""
        values: dict[str, Any] = {
            key: getattr(self.ui, name).text().strip() or None for key, name in FORM_EDITS.items()
        }
        values["role"] = self.ui.roleCombo.currentData()
        values["photo_consent"] = self.ui.photoCombo.currentData()
        values["list_consent"] = self.ui.listCombo.currentData()
        values["notes"] = self.ui.notesEdit.toPlainText().strip() or None
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            if self.person is None:
                self.person_id = self.model.add(values)
            else:
                if values["badge_code"] is None:  # left empty: keep the code on the badge
                    del values["badge_code"]
                changed = {k: v for k, v in values.items() if v != getattr(self.person, k)}
                if changed:
                    self.model.change(self.person.id, changed)
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        super().accept()


# ----------------------------------------------------------------- the pane
class PeoplePane(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PeoplePane()
        self.ui.setupUi(self)
        self.model = PeopleModel(desk, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.tableView
        view.setModel(self.proxy)
        view.setItemDelegate(PeopleDelegate(view))
        view.sortByColumn(COLUMNS.index("display_name"), Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)
        # Fixed rows stay fast with thousands of people; the extra height gives
        # Bengali vowel signs, which rise above the Latin line, room to show.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
        self._wanted: list[int] = []
        self._fitting = False
        self._user_sized = False
        self._build_actions()
        self.ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.filterEdit.returnPressed.connect(self.focus_table)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self.update_count)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._measure_columns)
        self.model.modelReset.connect(self._restore_selection)
        self._kept_selection: list[str] = []
        self.model.edit_failed.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        view.activated.connect(lambda _index: self.edit_current())
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.ui.addButton.clicked.connect(self.add_person)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.importButton.clicked.connect(self.choose_roster)
        desk.event_opened.connect(self.update_buttons)
        self.model.reload()
        self.update_count()
        self.update_buttons()

    def _build_actions(self) -> None:
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        clear = QAction(self.ui.filterEdit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.ui.filterEdit.clear)
        self.ui.filterEdit.addAction(clear)
        delete = QAction(self.ui.tableView)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.ui.tableView.addAction(delete)
        self.find_action, self.delete_action = find, delete

    # ------------------------------------------------------------ state
    def update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.desk.event_id is None:
            text = self.tr("No event open")
        elif self.ui.filterEdit.text() and shown != total:
            text = self.tr("{0} of {1} people").format(shown, total)
        elif total == 1:
            text = self.tr("1 person")
        else:
            text = self.tr("{0} people").format(total)
        self.ui.countLabel.setText(text)

    def update_buttons(self) -> None:
        has_event = self.desk.event_id is not None
        chosen = bool(self.selected_ids())
        self.ui.addButton.setEnabled(has_event)
        self.ui.importButton.setEnabled(has_event)
        self.ui.editButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)

    def _measure_columns(self) -> None:
        """How wide each column wants to be, measured on the rows in sight.

        Only a visible view knows which rows are in sight; a hidden one is
        measured when it is first laid out (see :meth:`eventFilter`).
        """
        view = self.ui.tableView
        if not view.isVisible():
            self._wanted = []
            return
        header = view.horizontalHeader()
        self._wanted = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + 8
            for c in range(len(COLUMNS))
        ]
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, narrowed (widest first) to fit the pane.

        Stops once the user has dragged a column edge: their widths win.
        """
        if self._user_sized or not self._wanted:
            return
        header = self.ui.tableView.horizontalHeader()
        available = self.ui.tableView.viewport().width()
        self._fitting = True
        try:
            for column, width in enumerate(fit_widths(self._wanted, available)):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized_or_shown = (QEvent.Type.Resize, QEvent.Type.Show)
        if watched is self.ui.tableView.viewport() and event.type() in resized_or_shown:
            if self._wanted:
                self._fit_columns()
            else:
                self._measure_columns()
        return super().eventFilter(watched, event)

    def _remember_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        """After a reload, the people chosen before stay chosen (those still there)."""
        kept, self._kept_selection = self._kept_selection, []
        selection = self.ui.tableView.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for person_id in kept:
            row = self.model.row_of(person_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.update_buttons()

    def selected_ids(self) -> list[str]:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return [row.data(PersonIdRole) for row in sorted(rows, key=lambda i: i.row())]

    def current_id(self) -> str | None:
        current = self.ui.tableView.currentIndex()
        if current.isValid() and self.ui.tableView.selectionModel().isRowSelected(
            current.row(), current.parent()
        ):
            return current.siblingAtColumn(0).data(PersonIdRole)
        chosen = self.selected_ids()
        return chosen[0] if chosen else None

    def select_person(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COLUMNS.index("display_name")))
        if index.isValid():
            view = self.ui.tableView
            view.setCurrentIndex(index)
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)

    # ------------------------------------------------------------ keyboard
    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def focus_table(self) -> None:
        """Enter in the filter: on to the first match, where Enter opens it."""
        if self.proxy.rowCount():
            index = self.proxy.index(0, COLUMNS.index("display_name"))
            view = self.ui.tableView
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.setCurrentIndex(index)
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------ actions
    def add_person(self) -> PersonDialog | None:
        if self.desk.event_id is None:
            return None
        dialog = PersonDialog(self.model, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select_person(dialog.person_id or ""))
        dialog.open()
        return dialog

    def edit_current(self) -> PersonDialog | None:
        person_id = self.current_id()
        row = self.model.row_of(person_id) if person_id else None
        if row is None:
            return None
        dialog = PersonDialog(self.model, self.model.person(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if len(ids) == 1:
            name = self.model.person(self.model.row_of(ids[0]) or 0).display_name
            question = self.tr("Remove {0} from the roster?").format(name)
        else:
            question = self.tr("Remove {0} people from the roster?").format(len(ids))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question + "\n" + self.tr("Their check-ins stay; Ctrl+Z brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.model.delete(ids)
        except UserError as exc:
            self.show_error(str(exc))
            self.model.reload_and_announce()
            return False
        return True

    def choose_roster(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import roster"),
            "",
            self.tr("Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.open_roster(path)

    def open_roster(self, path: str) -> QDialog | None:
        """Read the start of ``path`` and open the column-mapping dialog for it."""
        from wltdesk.gui.roster_import import ImportDialog  # it imports this module

        try:
            preview = roster.preview(path, rows=8)
        except UserError as exc:
            self.show_error(str(exc))
            return None
        dialog = ImportDialog(self.desk, preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("People"), message)
