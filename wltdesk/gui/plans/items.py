"""The action-items table of a plan, built for typing a plan in as fast as people say it.

Every cell edits in place: typing starts the edit, Tab goes to the next column
(and from the last column to the next row), Enter goes to the next row's
"what" cell. Below the items there is always one empty row: typing there
creates an item, so Enter on the last item starts a new one. Owners complete
from the roster (several, separated by ";"), the due date has a date editor
with a calendar, and the status is a list.

The model writes nothing itself: it hands each edit to an :class:`ItemWriter`
(:class:`~wltdesk.gui.plans.table.ItemEdits`), which calls the plans service
and puts the change on the app-wide undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFocusEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.language import format_date, locale_digits
from wltdesk.plans import ItemView
from wltdesk.store.models import ITEM_STATUSES

#: Where an empty due date starts when its editor opens (it is only kept if changed).
NO_DATE = QDate(2000, 1, 1)
OWNER_SEPARATOR = "; "
#: Keys a person types between year, month and day.
DATE_SEPARATORS = ("-", "/", ".")


def status_labels() -> dict[str, str]:
    """Item statuses in the user's language (stored in English)."""
    return {
        "planned": QCoreApplication.translate("Plans", "planned"),
        "in progress": QCoreApplication.translate("Plans", "in progress"),
        "done": QCoreApplication.translate("Plans", "done"),
        "dropped": QCoreApplication.translate("Plans", "dropped"),
    }


def overdue_text() -> str:
    return QCoreApplication.translate("Plans", "overdue")


class ItemWriter(Protocol):
    """What the model needs from its owner to save edits (the plans pane)."""

    def add_item(self, what: str) -> ItemView: ...

    def change_item(self, item_id: str, fields: Mapping[str, Any]) -> ItemView: ...

    def owner_ids(self, text: str) -> list[str]: ...


class ItemsModel(QAbstractTableModel):
    """The items of one plan plus an empty row for the next one."""

    WHAT, OWNERS, DUE, RESOURCES, INDICATOR, STATUS, NOTES = range(7)
    FIELDS = ("what", "owners", "due_date", "resources", "success_indicator", "status", "notes")
    #: A change was refused; the message is for the user.
    edit_failed = Signal(str)

    def __init__(self, writer: ItemWriter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.items: list[ItemView] = []
        self.editable = False

    def set_items(self, items: Sequence[ItemView], editable: bool) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.editable = editable
        self.endResetModel()

    def row_of(self, item_id: str) -> int | None:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), None)

    def item_at(self, row: int) -> ItemView | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def is_new_row(self, row: int) -> bool:
        return self.editable and row == len(self.items)

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.items) + (1 if self.editable else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return "+" if self.is_new_row(section) else locale_digits(str(section + 1))
        titles = (
            self.tr("What"),
            self.tr("Owners"),
            self.tr("Due"),
            self.tr("Resources"),
            self.tr("Success indicator"),
            self.tr("Status"),
            self.tr("Notes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if self.is_new_row(index.row()) and index.column() != self.WHAT:
            return base  # an item starts with what will be done
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index.row())
        if item is None:
            return self._new_row_data(index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE and item.overdue:
                return self.tr("Overdue: due {0}, still {1}").format(
                    format_date(item.due_date) if item.due_date else "",
                    status_labels().get(item.status, item.status),
                )
            text = self._display(item, column)
            return text or None
        if column == self.DUE and item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return palette.brush("danger_text")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and item.status in ("done", "dropped"):
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def _new_row_data(self, column: int, role: int) -> Any:
        if column != self.WHAT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Type a new item here…")
        if role == Qt.ItemDataRole.EditRole:
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, item: ItemView, column: int) -> str:
        if column == self.OWNERS:
            return ", ".join(item.owners)
        if column == self.DUE:
            if item.due_date is None:
                return ""
            text = format_date(item.due_date)
            return f"{text} · {overdue_text()}" if item.overdue else text
        if column == self.STATUS:
            return status_labels().get(item.status, item.status)
        value = self._edit_value(item, column)
        return value if isinstance(value, str) else ""

    def _edit_value(self, item: ItemView, column: int) -> Any:
        if column == self.OWNERS:
            return OWNER_SEPARATOR.join(item.owners)
        if column == self.DUE:
            return item.due_date
        value = getattr(item, self.FIELDS[column])
        return value or ""

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row, column = index.row(), index.column()
        try:
            if self.is_new_row(row):
                text = str(value or "").strip()
                if not text:
                    return False
                created = self.writer.add_item(text)
                # The empty row becomes the item and a new empty row opens below,
                # so the cursor stays on the item just typed.
                self.items.append(created)
                self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(6))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
                self.beginInsertRows(QModelIndex(), row + 1, row + 1)
                self.endInsertRows()
                return True
            item = self.items[row]
            field = self.FIELDS[column]
            new = self._parse(field, value)
            if new == self._current(item, field):
                return True
            fresh = self.writer.change_item(item.id, {field: new})
        except UserError as exc:
            self.edit_failed.emit(str(exc))
            return False
        self.items[row] = fresh
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(6))
        return True

    def refresh_item(self, fresh: ItemView) -> None:
        row = self.row_of(fresh.id)
        if row is not None:
            self.items[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.FIELDS) - 1))

    def _parse(self, field: str, value: Any) -> Any:
        if field == "owners":
            return self.writer.owner_ids(str(value or ""))
        if field == "due_date":
            return value if isinstance(value, date) else None
        if field == "status":
            return value if value in ITEM_STATUSES else "planned"
        text = str(value or "").strip()
        return text or None

    @staticmethod
    def _current(item: ItemView, field: str) -> Any:
        return item.owner_ids if field == "owners" else getattr(item, field)


# ------------------------------------------------------------------ editors
class OwnerCompleter(QCompleter):
    """Completes the name being typed after the last ";", keeping the names before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(";")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        earlier = [part.strip() for part in typed.split(";")[:-1] if part.strip()]
        return OWNER_SEPARATOR.join([*earlier, chosen])


class DueDateEdit(QDateEdit):
    """A date editor that can also say "no date": Delete or Backspace clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(QCoreApplication.translate("Plans", "no date"))
        self.touched = False
        self.cleared = False
        self._auto_advanced = False
        self.dateChanged.connect(self._changed)

    def start(self, value: date | None, default: date) -> None:
        shown = value or default
        self.blockSignals(True)
        self.setDate(QDate(shown.year, shown.month, shown.day))
        self.blockSignals(False)
        self.touched = False
        self.cleared = False
        self._select_year()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The year selected, so typing a whole date replaces it (as in a spreadsheet)."""
        super().focusInEvent(event)
        self._select_year()

    def _select_year(self) -> None:
        # Not selectAll(): with the whole text selected, Qt drops the digits typed
        # into the year, so "2026-05-01" typed over 2027-01-03 gave 2027-05-01.
        self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        self._auto_advanced = False

    def _changed(self, _date: QDate) -> None:
        self.touched = True
        self.cleared = self.date() == NO_DATE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            not self.touched
            or self.lineEdit().selectedText() == self.text()
            or self.date() == NO_DATE
        ):
            self.setDate(NO_DATE)
            self.cleared = True
            return
        if event.text() in DATE_SEPARATORS and self._auto_advanced:
            # Qt moved on by itself when the section filled up ("2026" → month);
            # the separator typed after it must not skip the month as well.
            self._auto_advanced = False
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._auto_advanced = event.text().isdigit() and self.currentSectionIndex() != section

    def value(self, before: date | None) -> date | None:
        self.interpretText()  # a half-typed section ("5" for May) counts as typed
        if self.cleared or self.date() == NO_DATE:
            return None
        if not self.touched:
            return before
        return self.date().toPython()


class ItemDelegate(QStyledItemDelegate):
    """Cell editors: owners with roster completion, a date editor, a status list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner_names = QStringListModel(self)
        self.default_due = date.today()

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = index.column()
        if column == ItemsModel.OWNERS:
            edit = QLineEdit(parent)
            edit.setObjectName("ownersEditor")
            completer = OwnerCompleter(self.owner_names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            edit.setCompleter(completer)
            edit.setPlaceholderText(self.tr("Name or badge code; several with ;"))
            return edit
        if column == ItemsModel.DUE:
            editor = DueDateEdit(parent)
            editor.setObjectName("dueEditor")
            return editor
        if column == ItemsModel.STATUS:
            combo = QComboBox(parent)
            combo.setObjectName("statusEditor")
            for status, label in status_labels().items():
                combo.addItem(label, status)
            return combo
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setObjectName("textEditor")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DueDateEdit):
            editor.start(value if isinstance(value, date) else None, self.default_due)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, DueDateEdit):
            before = index.data(Qt.ItemDataRole.EditRole)
            model.setData(index, editor.value(before if isinstance(before, date) else None))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)


#: How a delegate closes an editor on Enter (Tab is EditNextItem, focus loss NoHint).
ENTER_HINT = QAbstractItemDelegate.EndEditHint.SubmitModelCache
