"""The list of plans: grouped by region, each with its item count and how many are overdue.

:class:`PlanTree` fills the pane's tree from :class:`wltdesk.plans.PlanView`
rows and keeps the counts current after an edit; choosing a plan is the
pane's (it listens to the tree). Its words keep the ``PlansPane`` translation
context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from wltdesk.language import format_count
from wltdesk.plans import PlanView

#: The plan a tree item (or a follow-up row) belongs to.
PlanIdRole = Qt.ItemDataRole.UserRole + 1


def plan_label(plan: PlanView) -> str:
    """The plan's title (and group), with how many items it has and how many are overdue."""
    label = f"{plan.title} — {plan.group_name}" if plan.group_name else plan.title
    overdue = sum(1 for item in plan.items if item.overdue)
    count = (
        QCoreApplication.translate("PlansPane", "1 item")
        if len(plan.items) == 1
        else QCoreApplication.translate("PlansPane", "{0} items").format(
            format_count(len(plan.items))
        )
    )
    if overdue:
        count += ", " + QCoreApplication.translate("PlansPane", "{0} overdue").format(
            format_count(overdue)
        )
    return f"{label}  ({count})"


class PlanTree:
    """The pane's tree of plans: regions on top, their plans below."""

    def __init__(self, tree: QTreeWidget) -> None:
        self.tree = tree

    def fill(self, plans: Sequence[PlanView], wanted: str | None) -> None:
        """Show ``plans``; the plan ``wanted`` becomes current (telling the pane)."""
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        chosen: QTreeWidgetItem | None = None
        regions: dict[str, QTreeWidgetItem] = {}
        for plan in plans:
            region_name = plan.region or QCoreApplication.translate("PlansPane", "No region")
            parent = regions.get(region_name)
            if parent is None:
                parent = QTreeWidgetItem(tree, [region_name])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                regions[region_name] = parent
            leaf = QTreeWidgetItem(parent, [plan_label(plan)])
            leaf.setData(0, PlanIdRole, plan.id)
            leaf.setToolTip(0, plan.goal or plan.title)
            if plan.id == wanted:
                chosen = leaf
        tree.expandAll()
        tree.blockSignals(False)
        if chosen is not None:
            tree.setCurrentItem(chosen)

    def choose_first(self) -> None:
        """Make the first plan current (telling the pane), if there is one."""
        tree = self.tree
        for row in range(tree.topLevelItemCount()):
            region = tree.topLevelItem(row)
            if region.childCount():
                tree.setCurrentItem(region.child(0))
                return

    def relabel(self, plans: Sequence[PlanView]) -> None:
        """New item counts on the plans shown, after an edit."""
        tree = self.tree
        for row in range(tree.topLevelItemCount()):
            region = tree.topLevelItem(row)
            for child in range(region.childCount()):
                leaf = region.child(child)
                plan = next((p for p in plans if p.id == leaf.data(0, PlanIdRole)), None)
                if plan is not None:
                    leaf.setText(0, plan_label(plan))
