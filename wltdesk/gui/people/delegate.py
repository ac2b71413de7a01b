"""How the People table draws and edits its cells.

:class:`PeopleDelegate` fills a cell's look in one call to the model (not one
a role) and gives cells their editors: a list of roles for the role, text
limited to what the field holds.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wltdesk.gui.people.fields import field_limit, role_label
from wltdesk.gui.people.model import FieldRole, PeopleModel
from wltdesk.gui.people.rows import COLUMNS
from wltdesk.store.models import PERSON_ROLES

_CODE_COLUMN = COLUMNS.index("badge_code")
_CHECK_COLUMN = COLUMNS.index("photo_consent")
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator


class PeopleDelegate(QStyledItemDelegate):
    """Draws the cells, and gives them editors: a list of roles for the role, text
    limited to what the field holds.

    Qt's own delegate asks the model for seven roles of every cell it draws, each
    a call from C++ into Python. A redraw of the whole table, after any change
    that moves rows, then cost the better part of a frame at 50,000 people.
    :meth:`initStyleOption` fills the cell's look in one call, from what the model's
    ``data`` answers for those roles, so it draws the same.
    """

    def __init__(self, model: PeopleModel, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """As ``QStyledItemDelegate.initStyleOption`` with the model's roles: a font for
        the badge code, a check box for the photo consent, the text; no colours,
        alignment or icons (the model answers none)."""
        row = index.row()
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
