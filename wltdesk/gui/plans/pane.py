"""Action plans: the regional groups' plans typed in during the session, and followed up later.

The Plans tab lists plans by region; choosing one shows its title, region and
goal above the items table (see :mod:`wltdesk.gui.plans.items` and
:mod:`wltdesk.gui.plans.table` for the keyboard flow). A plan starts blank or
from a template. The Follow-up tab lists the items of every plan, soonest due
first, filtered by status, owner, region and due date; overdue items are red,
bold, marked with a warning icon and the word "overdue", so colour is never
the only sign. The items shown export as an iCalendar file or CSV.

Every change goes through the plans service and onto the app-wide undo stack;
undoing shows the plan that changed.

The parts live next to it: the tree of plans in :mod:`~wltdesk.gui.plans.tree`,
the Follow-up tab in :mod:`~wltdesk.gui.plans.follow_up`, the new-plan dialog
in :mod:`~wltdesk.gui.plans.dialogs`, undo in :mod:`~wltdesk.gui.plans.undo`.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidgetItem, QWidget

from wltdesk import events, people, plans
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_plans_pane import Ui_PlansPane
from wltdesk.gui.plans.dialogs import PlanDialog
from wltdesk.gui.plans.follow_up import FollowUpModel, FollowUpTab
from wltdesk.gui.plans.items import ItemDelegate, ItemsModel
from wltdesk.gui.plans.table import ItemEdits, ItemsTable, OwnerNames
from wltdesk.gui.plans.tree import PlanIdRole, PlanTree
from wltdesk.gui.plans.undo import AddPlanCommand, DeletePlanCommand, EditPlanCommand
from wltdesk.language import format_count
from wltdesk.plans import ItemView, PlanView


class PlansPane(QWidget):
    """See the module docstring."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PlansPane()
        self.ui.setupUi(self)
        palette.hint(self.ui.hintLabel)
        self.plans: list[PlanView] = []
        self.plan: PlanView | None = None
        self.owners = OwnerNames()
        self.dialog: PlanDialog | None = None
        self._stale = False

        self.edits = ItemEdits(self)
        self.items = ItemsModel(self.edits, self)
        self.delegate = ItemDelegate(self)
        self.table = ItemsTable(self)
        self.items.edit_failed.connect(self.show_error, Qt.ConnectionType.QueuedConnection)

        self.follow = FollowUpModel(self)
        self.follow_up = FollowUpTab(self, self.follow)

        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([300, 800])
        self._build_actions()
        self.tree = PlanTree(self.ui.planTree)
        self.ui.planTree.currentItemChanged.connect(self._plan_chosen)
        self.ui.newPlanButton.clicked.connect(self.new_plan)
        self.ui.deletePlanButton.clicked.connect(self.delete_plan)
        self.ui.titleEdit.editingFinished.connect(lambda: self._plan_field("title"))
        self.ui.regionEdit.editingFinished.connect(lambda: self._plan_field("region"))
        self.ui.goalEdit.installEventFilter(self)
        self.follow_up.start()
        self.ui.itemsView.selectionModel().currentChanged.connect(lambda *_: self.update_buttons())
        desk.event_opened.connect(self.open_event)
        desk.people_changed.connect(self._data_changed)
        self.open_event()

    # ------------------------------------------------------------ set-up
    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str, slot: Any, widget: QWidget) -> QAction:
            made = QAction(text, widget)
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            widget.addAction(made)
            return made

        # Ctrl+N is "new" in every section: here a plan
        self.new_plan_action = action(self.tr("New plan…"), "Ctrl+N", self.new_plan, self)

    # ------------------------------------------------------------ loading
    def today(self) -> date:
        event = self.desk.current_event
        return events.local_now(event).date() if event is not None else date.today()

    def open_event(self) -> None:
        self.plan = None
        self._reload_roster()
        self.follow_up.reload_regions()
        self.reload()
        self.tree.choose_first()
        self.follow_up.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self._reload_roster()
            self.reload()
        else:
            self._stale = True

    def _reload_roster(self) -> None:
        event_id = self.desk.event_id
        self.owners.load(people.list_people(self.desk.store, event_id) if event_id else [])
        self.delegate.owner_names.setStringList(self.owners.labels)
        self.follow_up.set_owners(self.owners.choices())

    def reload(self, plan_id: str | None = None, item_id: str | None = None) -> None:
        """Read every plan again; show ``plan_id`` (default: the one shown) and ``item_id``."""
        self._stale = False
        self.follow_up.stale = True
        event_id = self.desk.event_id
        self.plans = plans.list_plans(self.desk.store, event_id) if event_id else []
        wanted = plan_id or (self.plan.id if self.plan else None)
        self.tree.fill(self.plans, wanted)
        self.show_plan(next((p for p in self.plans if p.id == wanted), None), item_id)
        self._update_summary()

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
        self.update_buttons()

    def _update_summary(self) -> None:
        if self.desk.current_event is None:
            text = self.tr("Open or create an event (Event menu) to capture its action plans.")
        elif not self.plans:
            text = self.tr("No action plans yet — New plan… starts one, blank or from a template.")
        else:
            items = [item for plan in self.plans for item in plan.items]
            overdue = sum(1 for item in items if item.overdue)
            text = self.tr("{0} plans · {1} items · {2} overdue").format(
                format_count(len(self.plans)), format_count(len(items)), format_count(overdue)
            )
        self.ui.summaryLabel.setText(text)

    def update_buttons(self) -> None:
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
        self.follow_up.update_buttons()

    def changed(self, plan_id: str, item_id: str | None = None) -> None:
        """After an undo or redo: show what changed."""
        self.follow_up.reload_regions()
        self.reload(plan_id, item_id)
        if self.ui.tabs.currentWidget() is self.ui.followTab:
            self.follow_up.refresh()

    # ------------------------------------------------------------ item edits
    def current_item(self) -> ItemView | None:
        return self.items.item_at(self.ui.itemsView.currentIndex().row())

    def after_item_change(self) -> None:
        """An item was added or changed: counts and follow-up rows catch up once it settles."""
        self.follow_up.stale = True
        QTimer.singleShot(0, self, self._refresh_labels)

    def _refresh_labels(self) -> None:
        """Plan labels in the tree (item counts) and the summary, after the edit settles."""
        self.tree.relabel(self.plans)
        self._update_summary()
        self.update_buttons()

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
            self.follow_up.reload_regions()
        self.reload(plan.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the goal saves it (a multi-line edit has no editingFinished)."""
        if watched is self.ui.goalEdit and event.type() == QEvent.Type.FocusOut:
            self._plan_field("goal")
        return super().eventFilter(watched, event)

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
        self.follow_up.reload_regions()
        self.reload(plan.id)
        self.ui.tabs.setCurrentWidget(self.ui.planTab)
        self.table.start_new()

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
        self.tree.choose_first()

    # ------------------------------------------------------------ follow-up exports
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
                text = self.tr("{0}: {1} due dates saved").format(path, format_count(count))
            else:
                count = plans.export_csv(self.desk.store, event_id, path, self.follow.rows)
                text = self.tr("{0}: {1} items saved").format(path, format_count(count))
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
