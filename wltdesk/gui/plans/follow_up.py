"""The Follow-up tab: the items of every plan, soonest due first, filtered.

:class:`FollowUpModel` lists the items (read-only); overdue rows are red,
bold, marked with a warning icon and the word "overdue", so colour is never
the only sign. :class:`FollowUpTab` fills the filters (status, owner, region,
due date, overdue only), asks :func:`wltdesk.plans.follow_up` for the rows
and opens an item in its plan on Enter or double-click; the pane exports the
rows shown. Its words keep the ``PlansPane`` translation context.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QHeaderView, QStyle

from wltdesk import plans
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.plans.items import overdue_text, status_labels
from wltdesk.gui.plans.tree import PlanIdRole
from wltdesk.language import format_count, format_date
from wltdesk.plans import FollowUpItem

if TYPE_CHECKING:
    from wltdesk.gui.plans.pane import PlansPane

#: Status filter choices of the follow-up tab: (statuses, label) — None is every status.
OPEN = ("planned", "in progress")


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
                return palette.brush("danger_text")
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
            return format_date(item.due_date) if item.due_date else "—"
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


class FollowUpTab(QObject):
    """The Follow-up tab's filters and table, kept in step with the plans."""

    def __init__(self, pane: PlansPane, model: FollowUpModel) -> None:
        super().__init__(pane)
        self.pane = pane
        self.ui = ui = pane.ui
        self.model = model
        #: The plans changed since the rows were read (read again when the tab shows).
        self.stale = True
        view = ui.followView
        view.setModel(model)
        # due date and status as wide as their contents, the rest share the width and
        # wrap: every column shows at laptop sizes, none behind a sideways scrollbar
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(round(view.fontMetrics().height() * 1.7))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.activated.connect(self._activated)
        status = ui.statusCombo
        # the status and owner filters narrower: their longest labels set the pane's (and the
        # window's) minimum width past 1024 pixels
        status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        status.setMinimumContentsLength(10)
        ui.ownerCombo.setMinimumContentsLength(11)
        # the date filters on a row of their own, under the others: one row of seven
        # filters was wider than a 1024-pixel screen in Bengali
        dates = QHBoxLayout()
        for widget in (ui.dueBeforeCheck, ui.dueBeforeEdit, ui.overdueCheck):
            ui.filterRow.removeWidget(widget)
            dates.addWidget(widget)
        dates.addStretch(1)
        ui.followLayout.insertLayout(ui.followLayout.indexOf(ui.filterRow) + 1, dates)
        status.addItem(
            QCoreApplication.translate("PlansPane", "Open (planned or in progress)"), OPEN
        )
        status.addItem(QCoreApplication.translate("PlansPane", "Any status"), ())
        for key, label in status_labels().items():
            status.addItem(label, (key,))
        ui.dueBeforeEdit.setEnabled(False)

    def start(self) -> None:
        """Follow the tab and its filters from now on."""
        ui = self.ui
        ui.tabs.currentChanged.connect(self._tab_changed)
        for combo in (ui.statusCombo, ui.ownerCombo, ui.regionCombo):
            combo.currentIndexChanged.connect(self.refresh)
        ui.dueBeforeCheck.toggled.connect(ui.dueBeforeEdit.setEnabled)
        ui.dueBeforeCheck.toggled.connect(self.refresh)
        ui.dueBeforeEdit.dateChanged.connect(self.refresh)
        ui.overdueCheck.toggled.connect(self.refresh)
        ui.exportIcalButton.clicked.connect(self.pane.export_ical)
        ui.exportCsvButton.clicked.connect(self.pane.export_csv)

    def set_owners(self, owners: list[tuple[str, str]]) -> None:
        """The owner filter: anyone, or one of the roster's (label, person id)."""
        owner = self.ui.ownerCombo
        chosen = owner.currentData()
        owner.blockSignals(True)
        owner.clear()
        owner.addItem(QCoreApplication.translate("PlansPane", "Anyone"), "")
        for label, person_id in owners:
            owner.addItem(label, person_id)
        owner.setCurrentIndex(max(owner.findData(chosen), 0))
        owner.blockSignals(False)

    def reload_regions(self) -> None:
        desk = self.pane.desk
        event_id = desk.event_id
        combo = self.ui.regionCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("PlansPane", "All regions"), "")
        for region in plans.regions(desk.store, event_id) if event_id else []:
            combo.addItem(region, region)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        ui = self.ui
        statuses = ui.statusCombo.currentData()
        due_before = None
        if ui.dueBeforeCheck.isChecked():
            due_before = ui.dueBeforeEdit.date().toPython()
        return {
            "status": list(statuses) if statuses else None,
            "owner": ui.ownerCombo.currentData() or None,
            "region": ui.regionCombo.currentData() or None,
            "due_before": due_before,
            "overdue_only": ui.overdueCheck.isChecked(),
        }

    def refresh(self) -> None:
        self.stale = False
        pane, ui = self.pane, self.ui
        event_id = pane.desk.event_id
        if event_id is None:
            self.model.set_rows([])
        else:
            try:
                rows = plans.follow_up(
                    pane.desk.store, event_id, today=pane.today(), **self.filters()
                )
            except UserError as exc:
                pane.show_error(str(exc))
                rows = []
            self.model.set_rows(rows)
        shown = len(self.model.rows)
        overdue = sum(1 for row in self.model.rows if row.overdue)
        ui.followSummary.setText(
            QCoreApplication.translate("PlansPane", "{0} items shown · <b>{1} overdue</b>").format(
                format_count(shown), format_count(overdue)
            )
            if overdue
            else QCoreApplication.translate("PlansPane", "{0} items shown · none overdue").format(
                format_count(shown)
            )
        )
        if not ui.dueBeforeCheck.isChecked():
            today = pane.today() + timedelta(days=7)
            ui.dueBeforeEdit.blockSignals(True)
            ui.dueBeforeEdit.setDate(QDate(today.year, today.month, today.day))
            ui.dueBeforeEdit.blockSignals(False)
        pane.update_buttons()

    def update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.ui.exportIcalButton.setEnabled(has_rows)
        self.ui.exportCsvButton.setEnabled(has_rows)

    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.followTab and self.stale:
            self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a follow-up row: edit that item in its plan."""
        entry = self.model.rows[index.row()]
        self.ui.tabs.setCurrentWidget(self.ui.planTab)
        self.pane.reload(entry.plan_id, entry.item.id)
        self.ui.itemsView.setFocus()
