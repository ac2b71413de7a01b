"""Undo and redo for the Plans pane: plans and items added, edited, moved and deleted.

The pane has made each change through :mod:`wltdesk.plans` before it pushes
the command; redo repeats it, undo reverses it, and either way the pane shows
the plan (and item) that changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from wltdesk import plans
from wltdesk.errors import UserError
from wltdesk.plans import ItemView

if TYPE_CHECKING:
    from wltdesk.gui.plans.pane import PlansPane


class _PaneCommand(QUndoCommand):
    """A change already made by the pane; redo repeats it, undo reverses it.

    After either, the pane shows the plan (and item) that changed.
    """

    def __init__(self, pane: PlansPane, text: str, plan_id: str, item_id: str | None) -> None:
        super().__init__(text)
        self.pane = pane
        self.plan_id = plan_id
        self.item_id = item_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Any) -> None:
        try:
            step()
        except UserError as exc:  # e.g. another laptop deleted the plan meanwhile
            self.pane.show_error(str(exc))
        self.pane.changed(self.plan_id, self.item_id)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class AddItemCommand(_PaneCommand):
    def forward(self) -> None:
        assert self.item_id is not None
        plans.restore_item(self.pane.desk.store, self.item_id)

    def backward(self) -> None:
        assert self.item_id is not None
        plans.delete_item(self.pane.desk.store, self.item_id)


class DeleteItemCommand(_PaneCommand):
    def __init__(self, pane: PlansPane, text: str, item: ItemView) -> None:
        super().__init__(pane, text, item.plan_id, item.id)
        self.position = item.position

    def forward(self) -> None:
        plans.delete_item(self.pane.desk.store, self.item_id or "")

    def backward(self) -> None:
        plans.restore_item(self.pane.desk.store, self.item_id or "", self.position)


class EditItemCommand(_PaneCommand):
    def __init__(
        self,
        pane: PlansPane,
        text: str,
        item: ItemView,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
    ) -> None:
        super().__init__(pane, text, item.plan_id, item.id)
        self.old, self.new = dict(old), dict(new)

    def forward(self) -> None:
        plans.update_item(self.pane.desk.store, self.item_id or "", **self.new)

    def backward(self) -> None:
        plans.update_item(self.pane.desk.store, self.item_id or "", **self.old)


class MoveItemCommand(_PaneCommand):
    def __init__(self, pane: PlansPane, text: str, item: ItemView, to: int) -> None:
        super().__init__(pane, text, item.plan_id, item.id)
        self.before, self.after = item.position, to

    def forward(self) -> None:
        plans.move_item(self.pane.desk.store, self.item_id or "", self.after)

    def backward(self) -> None:
        plans.move_item(self.pane.desk.store, self.item_id or "", self.before)


class AddPlanCommand(_PaneCommand):
    def forward(self) -> None:
        plans.restore_plan(self.pane.desk.store, self.plan_id)

    def backward(self) -> None:
        plans.delete_plan(self.pane.desk.store, self.plan_id)


class DeletePlanCommand(_PaneCommand):
    def forward(self) -> None:
        plans.delete_plan(self.pane.desk.store, self.plan_id)

    def backward(self) -> None:
        plans.restore_plan(self.pane.desk.store, self.plan_id)


class EditPlanCommand(_PaneCommand):
    def __init__(
        self,
        pane: PlansPane,
        text: str,
        plan_id: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
    ) -> None:
        super().__init__(pane, text, plan_id, None)
        self.old, self.new = dict(old), dict(new)

    def forward(self) -> None:
        plans.update_plan(self.pane.desk.store, self.plan_id, **self.new)

    def backward(self) -> None:
        plans.update_plan(self.pane.desk.store, self.plan_id, **self.old)
