"""Action plans: the regional groups' plans typed in during the session, and followed up later.

The Plans tab lists plans by region; choosing one shows its title, region and
goal above the items table (see :mod:`wltdesk.gui.plan_items` for the keyboard
flow). A plan starts blank or from a template. The Follow-up tab lists the
items of every plan, soonest due first, filtered by status, owner, region and
due date; overdue items are red, bold, marked with a warning icon and the word
"overdue", so colour is never the only sign. The items shown export as an
iCalendar file or CSV.

Every change goes through the plans service and onto the app-wide undo stack;
undoing shows the plan that changed.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QFont, QKeyEvent, QKeySequence, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QStyle,
    QTreeWidgetItem,
    QWidget,
)

from wltdesk import events, people, plans
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_plan_dialog import Ui_PlanDialog
from wltdesk.gui.forms.ui_plans_pane import Ui_PlansPane
from wltdesk.gui.plan_items import (
    ENTER_HINT,
    OVERDUE_COLOUR,
    ItemDelegate,
    ItemsModel,
    overdue_text,
    status_labels,
)
from wltdesk.plans import FollowUpItem, ItemView, PlanView

PlanIdRole = Qt.ItemDataRole.UserRole + 1
#: Status filter choices of the follow-up tab: (statuses, label) — None is every status.
OPEN = ("planned", "in progress")


# ------------------------------------------------------------------ undo
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


# ------------------------------------------------------------------ follow-up
class FollowUpModel(QAbstractTableModel):
    """Items of every plan for follow-up (read-only); overdue rows stand out."""

    DUE, WHAT, OWNERS, STATUS, PLAN, REGION = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpItem] = []

    def set_rows(self, rows: list[FollowUpItem]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Due"),
            self.tr("What"),
            self.tr("Owners"),
            self.tr("Status"),
            self.tr("Plan"),
            self.tr("Region"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        item, column = entry.item, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column) or None
        if role == PlanIdRole:
            return entry.plan_id
        if item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole and column in (self.DUE, self.STATUS):
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == self.DUE:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _text(self, entry: FollowUpItem, column: int) -> str:
        item = entry.item
        if column == self.DUE:
            return item.due_date.isoformat() if item.due_date else "—"
        if column == self.WHAT:
            return item.what
        if column == self.OWNERS:
            return ", ".join(item.owners)
        if column == self.STATUS:
            label = status_labels().get(item.status, item.status)
            return f"{label} · {overdue_text()}" if item.overdue else label
        if column == self.PLAN:
            return " · ".join(x for x in (entry.plan_title, entry.group_name) if x)
        if column == self.REGION:
            return entry.region or ""
        return ""


# ------------------------------------------------------------------ new plan
class PlanDialog(QDialog):
    """A new plan, blank or from a template; ``plan_id`` holds it once accepted."""

    def __init__(self, pane: PlansPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.plan_id: str | None = None
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self.ui.templateCombo.addItem(self.tr("Blank plan"), "")
        for template in plans.templates():
            self.ui.templateCombo.addItem(f"{template.title} — {template.title_bn}", template.key)
        self.ui.languageCombo.addItem(self.tr("English"), "en")
        self.ui.languageCombo.addItem("বাংলা (Bengali)", "bn")
        self.ui.groupCombo.addItem(self.tr("(no group)"), "")
        desk = pane.desk
        event_id = desk.event_id or ""
        self.groups = plans.group_choices(desk.store, event_id)
        for group in self.groups:
            label = f"{group.name} ({group.region})" if group.region else group.name
            self.ui.groupCombo.addItem(f"{label} — {group.set_name}", group.id)
        self.ui.regionCombo.addItem("")
        self.ui.regionCombo.addItems(plans.regions(desk.store, event_id))
        self.ui.regionCombo.setCurrentText("")
        self.ui.templateCombo.currentIndexChanged.connect(self._template_chosen)
        self.ui.languageCombo.currentIndexChanged.connect(self._template_chosen)
        self.ui.groupCombo.currentIndexChanged.connect(self._group_chosen)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._template_chosen()

    def _template_chosen(self) -> None:
        key = self.ui.templateCombo.currentData()
        self.ui.languageCombo.setEnabled(bool(key))
        if key:
            title, goal = plans.get_template(key).localized(self.ui.languageCombo.currentData())
            self.ui.titleEdit.setPlaceholderText(title)
            self.ui.goalEdit.setPlaceholderText(goal)
        else:
            self.ui.titleEdit.setPlaceholderText(self.tr("e.g. Rangpur outreach 2026"))
            self.ui.goalEdit.setPlaceholderText(self.tr("The goal or vision of the plan"))

    def _group_chosen(self) -> None:
        group_id = self.ui.groupCombo.currentData()
        group = next((g for g in self.groups if g.id == group_id), None)
        if group is not None and group.region and not self.ui.regionCombo.currentText():
            self.ui.regionCombo.setCurrentText(group.region)

    def accept(self) -> None:
        desk = self.pane.desk
        if desk.event_id is None:
            return
        key = self.ui.templateCombo.currentData()
        title = self.ui.titleEdit.text().strip()
        region = self.ui.regionCombo.currentText().strip() or None
        group_id = self.ui.groupCombo.currentData() or None
        goal = self.ui.goalEdit.toPlainText().strip() or None
        try:
            if key:
                self.plan_id = plans.create_from_template(
                    desk.store,
                    desk.event_id,
                    key,
                    title=title or None,
                    region=region,
                    group_id=group_id,
                    goal=goal,
                    language=self.ui.languageCombo.currentData(),
                )
            else:
                self.plan_id = plans.create_plan(
                    desk.store, desk.event_id, title, goal=goal, region=region, group_id=group_id
                )
        except UserError as exc:
            self.pane.show_error(str(exc))
            return
        super().accept()


# ------------------------------------------------------------------ the pane
class PlansPane(QWidget):
    """See the module docstring."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PlansPane()
        self.ui.setupUi(self)
        self.plans: list[PlanView] = []
        self.plan: PlanView | None = None
        self.owner_lookup: dict[str, str] = {}
        self.dialog: PlanDialog | None = None
        self._stale = False
        self._follow_stale = True

        self.items = ItemsModel(self, self)
        self.delegate = ItemDelegate(self)
        view = self.ui.itemsView
        view.setModel(self.items)
        view.setItemDelegate(self.delegate)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setTabKeyNavigation(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(round(view.fontMetrics().height() * 1.7))
        self._size_item_columns()
        view.installEventFilter(self)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.items.edit_failed.connect(self.show_error, Qt.ConnectionType.QueuedConnection)

        self.follow = FollowUpModel(self)
        fview = self.ui.followView
        fview.setModel(self.follow)
        fview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fview.horizontalHeader().setStretchLastSection(True)
        fview.verticalHeader().setDefaultSectionSize(round(fview.fontMetrics().height() * 1.7))
        for column, width in enumerate((130, 300, 220, 170, 200)):
            fview.setColumnWidth(column, width)
        fview.activated.connect(self._follow_activated)

        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([300, 800])
        self._fill_filters()
        self._build_actions()
        self.ui.planTree.currentItemChanged.connect(self._plan_chosen)
        self.ui.newPlanButton.clicked.connect(self.new_plan)
        self.ui.deletePlanButton.clicked.connect(self.delete_plan)
        self.ui.addItemButton.clicked.connect(self.start_new_item)
        self.ui.moveUpButton.clicked.connect(lambda: self.move_item(-1))
        self.ui.moveDownButton.clicked.connect(lambda: self.move_item(1))
        self.ui.deleteItemButton.clicked.connect(self.delete_item)
        self.ui.titleEdit.editingFinished.connect(lambda: self._plan_field("title"))
        self.ui.regionEdit.editingFinished.connect(lambda: self._plan_field("region"))
        self.ui.goalEdit.installEventFilter(self)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        for combo in (self.ui.statusCombo, self.ui.ownerCombo, self.ui.regionCombo):
            combo.currentIndexChanged.connect(self.refresh_follow_up)
        self.ui.dueBeforeCheck.toggled.connect(self.ui.dueBeforeEdit.setEnabled)
        self.ui.dueBeforeCheck.toggled.connect(self.refresh_follow_up)
        self.ui.dueBeforeEdit.dateChanged.connect(self.refresh_follow_up)
        self.ui.overdueCheck.toggled.connect(self.refresh_follow_up)
        self.ui.exportIcalButton.clicked.connect(self.export_ical)
        self.ui.exportCsvButton.clicked.connect(self.export_csv)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        desk.event_opened.connect(self.open_event)
        desk.people_changed.connect(self._data_changed)
        self.open_event()

    # ------------------------------------------------------------ set-up
    def _size_item_columns(self) -> None:
        widths = (260, 200, 180, 150, 170, 110)
        for column, width in enumerate(widths):
            self.ui.itemsView.setColumnWidth(column, width)

    def _fill_filters(self) -> None:
        status = self.ui.statusCombo
        status.addItem(self.tr("Open (planned or in progress)"), OPEN)
        status.addItem(self.tr("Any status"), ())
        for key, label in status_labels().items():
            status.addItem(label, (key,))
        self.ui.dueBeforeEdit.setEnabled(False)

    def _build_actions(self) -> None:
        def action(keys: QKeySequence | str, slot: Any, widget: QWidget) -> QAction:
            made = QAction(widget)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            widget.addAction(made)
            return made

        self.new_plan_action = action("Ctrl+Shift+N", self.new_plan, self)

    # ------------------------------------------------------------ loading
    def today(self) -> date:
        event = self.desk.current_event
        return events.local_now(event).date() if event is not None else date.today()

    def open_event(self) -> None:
        self.plan = None
        self._reload_roster()
        self._reload_regions()
        self.reload()
        first = self._first_plan_item()
        if first is not None:
            self.ui.planTree.setCurrentItem(first)
        self.refresh_follow_up()

    def _data_changed(self) -> None:
        if self.isVisible():
            self._reload_roster()
            self.reload()
        else:
            self._stale = True

    def _reload_roster(self) -> None:
        event_id = self.desk.event_id
        roster = people.list_people(self.desk.store, event_id) if event_id else []
        labels: list[str] = []
        self.owner_lookup = {}
        seen: dict[str, int] = {}
        for person in roster:
            label = plans.owner_label(person)
            seen[label] = seen.get(label, 0) + 1
        for person in roster:
            label = plans.owner_label(person)
            if seen[label] > 1:  # two people of the same name: the badge code tells them apart
                label = f"{label} [{person.badge_code}]"
            labels.append(label)
            self.owner_lookup[label.casefold()] = person.id
        self.delegate.owner_names.setStringList(labels)
        owner = self.ui.ownerCombo
        chosen = owner.currentData()
        owner.blockSignals(True)
        owner.clear()
        owner.addItem(self.tr("Anyone"), "")
        for label in labels:
            owner.addItem(label, self.owner_lookup[label.casefold()])
        owner.setCurrentIndex(max(owner.findData(chosen), 0))
        owner.blockSignals(False)

    def _reload_regions(self) -> None:
        event_id = self.desk.event_id
        combo = self.ui.regionCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All regions"), "")
        for region in plans.regions(self.desk.store, event_id) if event_id else []:
            combo.addItem(region, region)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def reload(self, plan_id: str | None = None, item_id: str | None = None) -> None:
        """Read every plan again; show ``plan_id`` (default: the one shown) and ``item_id``."""
        self._stale = False
        self._follow_stale = True
        event_id = self.desk.event_id
        self.plans = plans.list_plans(self.desk.store, event_id) if event_id else []
        wanted = plan_id or (self.plan.id if self.plan else None)
        tree = self.ui.planTree
        tree.blockSignals(True)
        tree.clear()
        chosen: QTreeWidgetItem | None = None
        regions: dict[str, QTreeWidgetItem] = {}
        for plan in self.plans:
            region_name = plan.region or self.tr("No region")
            parent = regions.get(region_name)
            if parent is None:
                parent = QTreeWidgetItem(tree, [region_name])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                regions[region_name] = parent
            leaf = QTreeWidgetItem(parent, [self._plan_label(plan)])
            leaf.setData(0, PlanIdRole, plan.id)
            leaf.setToolTip(0, plan.goal or plan.title)
            if plan.id == wanted:
                chosen = leaf
        tree.expandAll()
        tree.blockSignals(False)
        if chosen is not None:
            tree.setCurrentItem(chosen)
        self.show_plan(next((p for p in self.plans if p.id == wanted), None), item_id)
        self._update_summary()

    def _plan_label(self, plan: PlanView) -> str:
        label = f"{plan.title} — {plan.group_name}" if plan.group_name else plan.title
        overdue = sum(1 for item in plan.items if item.overdue)
        count = (
            self.tr("1 item")
            if len(plan.items) == 1
            else self.tr("{0} items").format(len(plan.items))
        )
        if overdue:
            count += ", " + self.tr("{0} overdue").format(overdue)
        return f"{label}  ({count})"

    def _first_plan_item(self) -> QTreeWidgetItem | None:
        tree = self.ui.planTree
        for row in range(tree.topLevelItemCount()):
            region = tree.topLevelItem(row)
            if region.childCount():
                return region.child(0)
        return None

    def _plan_chosen(self, current: QTreeWidgetItem | None, _previous: Any = None) -> None:
        plan_id = current.data(0, PlanIdRole) if current is not None else None
        if plan_id is None:
            return
        self.show_plan(next((p for p in self.plans if p.id == plan_id), None))

    def show_plan(self, plan: PlanView | None, item_id: str | None = None) -> None:
        self.plan = plan
        has_plan = plan is not None
        self.ui.planEditor.setEnabled(has_plan)
        self.ui.titleEdit.setText(plan.title if plan else "")
        self.ui.regionEdit.setText((plan.region or "") if plan else "")
        self.ui.goalEdit.setPlainText((plan.goal or "") if plan else "")
        self.items.set_items(plan.items if plan else [], editable=has_plan)
        self.delegate.default_due = self.today() + timedelta(days=30)
        if plan is not None and item_id is not None:
            row = self.items.row_of(item_id)
            if row is not None:
                self.ui.itemsView.setCurrentIndex(self.items.index(row, ItemsModel.WHAT))
        self._update_buttons()

    def _update_summary(self) -> None:
        if self.desk.current_event is None:
            text = self.tr("Open or create an event (Event menu) to capture its action plans.")
        elif not self.plans:
            text = self.tr("No action plans yet — New plan… starts one, blank or from a template.")
        else:
            items = [item for plan in self.plans for item in plan.items]
            overdue = sum(1 for item in items if item.overdue)
            text = self.tr("{0} plans · {1} items · {2} overdue").format(
                len(self.plans), len(items), overdue
            )
        self.ui.summaryLabel.setText(text)

    def _update_buttons(self) -> None:
        has_event = self.desk.current_event is not None
        self.ui.newPlanButton.setEnabled(has_event)
        self.ui.deletePlanButton.setEnabled(self.plan is not None)
        item = self.current_item()
        self.ui.addItemButton.setEnabled(self.plan is not None)
        self.ui.deleteItemButton.setEnabled(item is not None)
        self.ui.moveUpButton.setEnabled(item is not None and item.position > 0)
        self.ui.moveDownButton.setEnabled(
            item is not None and item.position < len(self.items.items) - 1
        )
        has_rows = self.follow.rowCount() > 0
        self.ui.exportIcalButton.setEnabled(has_rows)
        self.ui.exportCsvButton.setEnabled(has_rows)

    def changed(self, plan_id: str, item_id: str | None = None) -> None:
        """After an undo or redo: show what changed."""
        self._reload_regions()
        self.reload(plan_id, item_id)
        if self.ui.tabs.currentWidget() is self.ui.followTab:
            self.refresh_follow_up()

    # ------------------------------------------------------------ ItemWriter
    def add_item(self, what: str) -> ItemView:
        plan = self._require_plan()
        item_id = plans.add_item(self.desk.store, plan.id, what)
        self.desk.undo_stack.push(
            AddItemCommand(self, self.tr("Add item “{0}”").format(what), plan.id, item_id)
        )
        self._after_item_change()
        return self._fresh_item(plan.id, item_id)

    def change_item(self, item_id: str, fields: Mapping[str, Any]) -> ItemView:
        plan = self._require_plan()
        before = next(i for i in self.items.items if i.id == item_id)
        old = {key: before.owner_ids if key == "owners" else getattr(before, key) for key in fields}
        if not plans.update_item(self.desk.store, item_id, **fields):
            return before
        self.desk.undo_stack.push(
            EditItemCommand(
                self, self.tr("Edit item “{0}”").format(before.what), before, old, fields
            )
        )
        self._after_item_change()
        return self._fresh_item(plan.id, item_id)

    def owner_ids(self, text: str) -> list[str]:
        """Owner ids for what was typed: roster labels, badge codes or names to search."""
        parts = [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]
        found: list[str] = []
        for part in parts:
            known = self.owner_lookup.get(part.casefold())
            if known is None:
                known = plans.resolve_owner(self.desk.store, self.desk.event_id or "", part)
            found.append(known)
        return list(dict.fromkeys(found))

    def _require_plan(self) -> PlanView:
        if self.plan is None:
            raise UserError(self.tr("Choose or create a plan first."))
        return self.plan

    def _fresh_item(self, plan_id: str, item_id: str) -> ItemView:
        fresh = plans.get_plan(self.desk.store, plan_id, today=self.today())
        self.plan = fresh
        self.plans = [fresh if p.id == plan_id else p for p in self.plans]
        return next(i for i in fresh.items if i.id == item_id)

    def _after_item_change(self) -> None:
        self._follow_stale = True
        QTimer.singleShot(0, self, self._refresh_labels)

    def _refresh_labels(self) -> None:
        """Plan labels in the tree (item counts) and the summary, after the edit settles."""
        tree = self.ui.planTree
        for row in range(tree.topLevelItemCount()):
            region = tree.topLevelItem(row)
            for child in range(region.childCount()):
                leaf = region.child(child)
                plan = next((p for p in self.plans if p.id == leaf.data(0, PlanIdRole)), None)
                if plan is not None:
                    leaf.setText(0, self._plan_label(plan))
        self._update_summary()
        self._update_buttons()

    # ------------------------------------------------------------ plan edits
    def _plan_field(self, key: str) -> None:
        plan = self.plan
        if plan is None:
            return
        if key == "goal":
            new: str | None = self.ui.goalEdit.toPlainText().strip() or None
        elif key == "title":
            new = self.ui.titleEdit.text().strip() or None
        else:
            new = self.ui.regionEdit.text().strip() or None
        old = getattr(plan, key)
        if new == old:
            return
        if key == "title" and not new:
            self.ui.titleEdit.setText(plan.title)
            self.show_error(self.tr("An action plan needs a title."))
            return
        try:
            plans.update_plan(self.desk.store, plan.id, **{key: new})
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.desk.undo_stack.push(
            EditPlanCommand(
                self, self.tr("Edit plan “{0}”").format(plan.title), plan.id, {key: old}, {key: new}
            )
        )
        if key == "region":
            self._reload_regions()
        self.reload(plan.id)

    def new_plan(self) -> PlanDialog | None:
        if self.desk.current_event is None:
            return None
        if self.dialog is not None:
            # Kept until now rather than deleted on closing: destroying a window
            # takes the focus from the items table the new plan starts typing in.
            self.dialog.deleteLater()
        dialog = PlanDialog(self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._plan_created(dialog))
        dialog.open()
        return dialog

    def _plan_created(self, dialog: PlanDialog) -> None:
        if dialog.plan_id is None:
            return
        plan = plans.get_plan(self.desk.store, dialog.plan_id)
        self.desk.undo_stack.push(
            AddPlanCommand(self, self.tr("New plan “{0}”").format(plan.title), plan.id, None)
        )
        self._reload_regions()
        self.reload(plan.id)
        self.ui.tabs.setCurrentWidget(self.ui.planTab)
        self.start_new_item()

    def delete_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        plans.delete_plan(self.desk.store, plan.id)
        self.desk.undo_stack.push(
            DeletePlanCommand(self, self.tr("Delete plan “{0}”").format(plan.title), plan.id, None)
        )
        self.plan = None
        self.reload()
        first = self._first_plan_item()
        if first is not None:
            self.ui.planTree.setCurrentItem(first)

    # ------------------------------------------------------------ item actions
    def current_item(self) -> ItemView | None:
        return self.items.item_at(self.ui.itemsView.currentIndex().row())

    def start_new_item(self) -> None:
        """Put the cursor in the empty row's "what" cell, editing."""
        if self.plan is None:
            return
        view = self.ui.itemsView
        index = self.items.index(len(self.items.items), ItemsModel.WHAT)
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        plans.delete_item(self.desk.store, item.id)
        self.desk.undo_stack.push(
            DeleteItemCommand(self, self.tr("Delete item “{0}”").format(item.what), item)
        )
        self.reload(item.plan_id)
        row = min(item.position, len(self.items.items))
        self.ui.itemsView.setCurrentIndex(self.items.index(row, ItemsModel.WHAT))

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        to = item.position + step
        if not 0 <= to < len(self.items.items):
            return
        column = self.ui.itemsView.currentIndex().column()
        plans.move_item(self.desk.store, item.id, to)
        self.desk.undo_stack.push(
            MoveItemCommand(self, self.tr("Move item “{0}”").format(item.what), item, to)
        )
        self.reload(item.plan_id)
        self.ui.itemsView.setCurrentIndex(self.items.index(to, max(column, 0)))

    def _editor_closed(self, _editor: QWidget, hint: Any) -> None:
        """Enter in a cell: on to the next row's "what" (the empty row after the last)."""
        if hint == ENTER_HINT:
            # after the view has finished closing this editor
            QTimer.singleShot(0, self, self._next_row)

    def _next_row(self) -> None:
        view = self.ui.itemsView
        if view.state() == QAbstractItemView.State.EditingState:
            return
        row = view.currentIndex().row() + 1
        if row >= self.items.rowCount():
            return
        index = self.items.index(row, ItemsModel.WHAT)
        view.setCurrentIndex(index)
        if self.items.is_new_row(row):
            view.edit(index)

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.goalEdit and event.type() == QEvent.Type.FocusOut:
            self._plan_field("goal")
        if watched is self.ui.itemsView and isinstance(event, QKeyEvent):
            return self._items_key(event)
        return super().eventFilter(watched, event)

    def _items_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ours = (enter and mods in (Qt.KeyboardModifier.NoModifier, ctrl)) or (
            ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete)
        )
        if event.type() == QEvent.Type.ShortcutOverride and ours:
            event.accept()
            return True
        view = self.ui.itemsView
        if event.type() != QEvent.Type.KeyPress or not ours:
            return False
        if view.state() == QAbstractItemView.State.EditingState:
            return False  # Enter in a cell editor: the delegate commits it (see _editor_closed)
        if enter and ctrl:
            self.start_new_item()
        elif enter:
            index = view.currentIndex()
            if index.isValid() and self.items.flags(index) & Qt.ItemFlag.ItemIsEditable:
                view.edit(index)
            elif index.isValid():
                view.setCurrentIndex(index.siblingAtColumn(ItemsModel.WHAT))
                view.edit(view.currentIndex())
        elif key == Qt.Key.Key_Up:
            self.move_item(-1)
        elif key == Qt.Key.Key_Down:
            self.move_item(1)
        else:
            self.delete_item()
        return True

    # ------------------------------------------------------------ follow-up
    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.followTab and self._follow_stale:
            self.refresh_follow_up()

    def follow_up_filters(self) -> dict[str, Any]:
        statuses = self.ui.statusCombo.currentData()
        due_before = None
        if self.ui.dueBeforeCheck.isChecked():
            due_before = self.ui.dueBeforeEdit.date().toPython()
        return {
            "status": list(statuses) if statuses else None,
            "owner": self.ui.ownerCombo.currentData() or None,
            "region": self.ui.regionCombo.currentData() or None,
            "due_before": due_before,
            "overdue_only": self.ui.overdueCheck.isChecked(),
        }

    def refresh_follow_up(self) -> None:
        self._follow_stale = False
        event_id = self.desk.event_id
        if event_id is None:
            self.follow.set_rows([])
        else:
            try:
                rows = plans.follow_up(
                    self.desk.store, event_id, today=self.today(), **self.follow_up_filters()
                )
            except UserError as exc:
                self.show_error(str(exc))
                rows = []
            self.follow.set_rows(rows)
        overdue = sum(1 for row in self.follow.rows if row.overdue)
        self.ui.followSummary.setText(
            self.tr("{0} items shown · <b>{1} overdue</b>").format(len(self.follow.rows), overdue)
            if overdue
            else self.tr("{0} items shown · none overdue").format(len(self.follow.rows))
        )
        if not self.ui.dueBeforeCheck.isChecked():
            today = self.today() + timedelta(days=7)
            self.ui.dueBeforeEdit.blockSignals(True)
            self.ui.dueBeforeEdit.setDate(QDate(today.year, today.month, today.day))
            self.ui.dueBeforeEdit.blockSignals(False)
        self._update_buttons()

    def _follow_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a follow-up row: edit that item in its plan."""
        entry = self.follow.rows[index.row()]
        self.ui.tabs.setCurrentWidget(self.ui.planTab)
        self.reload(entry.plan_id, entry.item.id)
        self.ui.itemsView.setFocus()

    def export_ical(self) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export due dates"), "action-plans.ics", self.tr("iCalendar (*.ics)")
        )
        return self.write_export(path, "ical") if path else None

    def export_csv(self) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export action items"), "action-plans.csv", self.tr("CSV (*.csv)")
        )
        return self.write_export(path, "csv") if path else None

    def write_export(self, path: str, kind: str) -> str | None:
        """Write the follow-up rows shown to ``path``; returns the message shown."""
        event_id = self.desk.event_id
        if event_id is None:
            return None
        try:
            if kind == "ical":
                count = plans.export_ical(self.desk.store, event_id, path, self.follow.rows)
                text = self.tr("{0}: {1} due dates saved").format(path, count)
            else:
                count = plans.export_csv(self.desk.store, event_id, path, self.follow.rows)
                text = self.tr("{0}: {1} items saved").format(path, count)
        except (UserError, OSError) as exc:
            self.show_error(str(exc))
            return None
        self.ui.followSummary.setText(html.escape(text))
        return text

    # ------------------------------------------------------------ messages
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("PlansPane", "Action plans"), message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_roster()
            self.reload()
