"""The shown plan's items as the facilitator types them in: keys, and the edits they make.

Typing in a cell edits it and Tab moves on (see :mod:`wltdesk.gui.plans.items`);
:class:`ItemsTable` adds the view's own keys: Enter in a cell commits it and
goes on to the next row's "what" cell (editing, when that is the empty row for
a new item), Enter on a cell edits it, Ctrl+Enter starts a new item,
Ctrl+Up/Down moves the item, Ctrl+Delete deletes it. :class:`ItemEdits` makes
every change through :mod:`wltdesk.plans` and puts it on the app-wide undo
stack; it is the items model's :class:`~wltdesk.gui.plans.items.ItemWriter`.
:class:`OwnerNames` turns the roster into the owner labels typed and
completed, and back into people. The words keep the ``PlansPane`` translation
context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from wltdesk import plans
from wltdesk.errors import UserError
from wltdesk.gui.plans.items import ENTER_HINT, ItemsModel
from wltdesk.gui.plans.undo import (
    AddItemCommand,
    DeleteItemCommand,
    EditItemCommand,
    MoveItemCommand,
)
from wltdesk.plans import ItemView, PlanView
from wltdesk.store.models import Person

if TYPE_CHECKING:
    from wltdesk.gui.plans.pane import PlansPane

#: Columns as wide as their contents (short: a date, a status); the others share the
#: rest of the width and wrap their words, so every column shows without scrolling.
CONTENT_COLUMNS = (2, 5)


class ItemsTable(QObject):
    """The pane's items view: set up for typing, and its keys and buttons."""

    def __init__(self, pane: PlansPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.items = pane.items
        ui = pane.ui
        self.view = view = ui.itemsView
        view.setModel(pane.items)
        view.setItemDelegate(pane.delegate)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setTabKeyNavigation(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in CONTENT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("M") * 5)
        view.setWordWrap(True)
        # a plan has a few items: rows as tall as their wrapped words, never less than a line
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(round(view.fontMetrics().height() * 1.7))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.installEventFilter(self)
        pane.delegate.closeEditor.connect(self._editor_closed)
        ui.addItemButton.clicked.connect(self.start_new)
        ui.moveUpButton.clicked.connect(lambda: pane.edits.move(-1))
        ui.moveDownButton.clicked.connect(lambda: pane.edits.move(1))
        ui.deleteItemButton.clicked.connect(lambda: pane.edits.delete())

    def start_new(self) -> None:
        """Put the cursor in the empty row's "what" cell, editing."""
        if self.pane.plan is None:
            return
        view = self.view
        index = self.items.index(len(self.items.items), ItemsModel.WHAT)
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)

    def _editor_closed(self, _editor: QWidget, hint: Any) -> None:
        """Enter in a cell: on to the next row's "what" (the empty row after the last)."""
        if hint == ENTER_HINT:
            # after the view has finished closing this editor
            QTimer.singleShot(0, self, self._next_row)

    def _next_row(self) -> None:
        view = self.view
        if view.state() == QAbstractItemView.State.EditingState:
            return
        row = view.currentIndex().row() + 1
        if row >= self.items.rowCount():
            return
        index = self.items.index(row, ItemsModel.WHAT)
        view.setCurrentIndex(index)
        if self.items.is_new_row(row):
            view.edit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ours = (enter and mods in (Qt.KeyboardModifier.NoModifier, ctrl)) or (
            ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete)
        )
        if event.type() == QEvent.Type.ShortcutOverride and ours:
            event.accept()
            return True
        view = self.view
        if event.type() != QEvent.Type.KeyPress or not ours:
            return False
        if view.state() == QAbstractItemView.State.EditingState:
            return False  # Enter in a cell editor: the delegate commits it (see _editor_closed)
        if enter and ctrl:
            self.start_new()
        elif enter:
            index = view.currentIndex()
            if index.isValid() and self.items.flags(index) & Qt.ItemFlag.ItemIsEditable:
                view.edit(index)
            elif index.isValid():
                view.setCurrentIndex(index.siblingAtColumn(ItemsModel.WHAT))
                view.edit(view.currentIndex())
        elif key == Qt.Key.Key_Up:
            self.pane.edits.move(-1)
        elif key == Qt.Key.Key_Down:
            self.pane.edits.move(1)
        else:
            self.pane.edits.delete()
        return True


class ItemEdits:
    """Adds, changes, moves and deletes the shown plan's items, each one undoable."""

    def __init__(self, pane: PlansPane) -> None:
        self.pane = pane

    def add_item(self, what: str) -> ItemView:
        pane = self.pane
        plan = self._require_plan()
        item_id = plans.add_item(pane.desk.store, plan.id, what)
        text = QCoreApplication.translate("PlansPane", "Add item “{0}”").format(what)
        pane.desk.undo_stack.push(AddItemCommand(pane, text, plan.id, item_id))
        pane.after_item_change()
        return self._fresh_item(plan.id, item_id)

    def change_item(self, item_id: str, fields: Mapping[str, Any]) -> ItemView:
        pane = self.pane
        plan = self._require_plan()
        before = next(i for i in pane.items.items if i.id == item_id)
        old = {key: before.owner_ids if key == "owners" else getattr(before, key) for key in fields}
        if not plans.update_item(pane.desk.store, item_id, **fields):
            return before
        text = QCoreApplication.translate("PlansPane", "Edit item “{0}”").format(before.what)
        pane.desk.undo_stack.push(EditItemCommand(pane, text, before, old, fields))
        pane.after_item_change()
        return self._fresh_item(plan.id, item_id)

    def owner_ids(self, text: str) -> list[str]:
        """Owner ids for what was typed: roster labels, badge codes or names to search."""
        store, event_id = self.pane.desk.store, self.pane.desk.event_id or ""
        return self.pane.owners.ids(text, lambda name: plans.resolve_owner(store, event_id, name))

    def delete(self) -> None:
        pane = self.pane
        item = pane.current_item()
        if item is None:
            return
        plans.delete_item(pane.desk.store, item.id)
        text = QCoreApplication.translate("PlansPane", "Delete item “{0}”").format(item.what)
        pane.desk.undo_stack.push(DeleteItemCommand(pane, text, item))
        pane.reload(item.plan_id)
        row = min(item.position, len(pane.items.items))
        pane.ui.itemsView.setCurrentIndex(pane.items.index(row, ItemsModel.WHAT))

    def move(self, step: int) -> None:
        pane = self.pane
        item = pane.current_item()
        if item is None:
            return
        to = item.position + step
        if not 0 <= to < len(pane.items.items):
            return
        column = pane.ui.itemsView.currentIndex().column()
        plans.move_item(pane.desk.store, item.id, to)
        text = QCoreApplication.translate("PlansPane", "Move item “{0}”").format(item.what)
        pane.desk.undo_stack.push(MoveItemCommand(pane, text, item, to))
        pane.reload(item.plan_id)
        pane.ui.itemsView.setCurrentIndex(pane.items.index(to, max(column, 0)))

    def _require_plan(self) -> PlanView:
        if self.pane.plan is None:
            raise UserError(
                QCoreApplication.translate("PlansPane", "Choose or create a plan first.")
            )
        return self.pane.plan

    def _fresh_item(self, plan_id: str, item_id: str) -> ItemView:
        """Read the plan again after an edit; the pane shows the fresh plan."""
        pane = self.pane
        fresh = plans.get_plan(pane.desk.store, plan_id, today=pane.today())
        pane.plan = fresh
        pane.plans = [fresh if p.id == plan_id else p for p in pane.plans]
        return next(i for i in fresh.items if i.id == item_id)


class OwnerNames:
    """The roster as owners are typed and completed: one label per person, and back.

    Two people of the same name are told apart by their badge codes, so a
    label always means one person.
    """

    def __init__(self) -> None:
        self.labels: list[str] = []
        self.lookup: dict[str, str] = {}  # casefolded label → person id

    def load(self, roster: Sequence[Person]) -> None:
        self.labels = []
        self.lookup = {}
        seen: dict[str, int] = {}
        for person in roster:
            label = plans.owner_label(person)
            seen[label] = seen.get(label, 0) + 1
        for person in roster:
            label = plans.owner_label(person)
            if seen[label] > 1:  # two people of the same name: the badge code tells them apart
                label = f"{label} [{person.badge_code}]"
            self.labels.append(label)
            self.lookup[label.casefold()] = person.id

    def choices(self) -> list[tuple[str, str]]:
        """(label, person id) of everyone, in roster order."""
        return [(label, self.lookup[label.casefold()]) for label in self.labels]

    def ids(self, text: str, resolve: Callable[[str], str]) -> list[str]:
        """Owner ids for what was typed: roster labels, or badge codes and names that
        ``resolve`` finds (it raises a UserError for no one or several)."""
        parts = [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]
        found: list[str] = []
        for part in parts:
            known = self.lookup.get(part.casefold())
            if known is None:
                known = resolve(part)
            found.append(known)
        return list(dict.fromkeys(found))
