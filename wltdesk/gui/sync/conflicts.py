"""The Sync section's Conflicts tab: fields two laptops wrote differently, to review.

A merge keeps the newest value of every field and every superseded one in the
change log (nothing typed on any laptop is lost). :class:`ConflictReview`
lists each such field with all its versions, newest first, and lets the
facilitator keep the current value or make another one current again
(``conflicts.keep`` / ``conflicts.pick``). Its words are the Sync pane's (translation
context ``SyncPane``), where they were written first.
"""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.people.fields import field_label
from wltdesk.language import format_count, format_date, format_time
from wltdesk.sync import conflicts, held

ConflictRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2


class ConflictReview(QObject):
    """The Conflicts tab of the Sync pane's form: the tree, its label and two buttons."""

    #: Another version was made current: the data changed, every pane reloads.
    picked = Signal()
    #: Keeping or picking was refused; the message is for the user.
    failed = Signal(str)

    def __init__(self, desk: Desk, ui: Ui_SyncPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui
        ui.conflictsTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.keepButton.clicked.connect(self.keep_current)
        ui.pickButton.clicked.connect(self.pick_chosen)
        ui.conflictsTree.currentItemChanged.connect(self._conflict_chosen)

    def refresh(self) -> None:
        event_id = self.desk.event_id
        tree = self.ui.conflictsTree
        tree.clear()
        found = conflicts.conflicts(self.desk.store, event_id) if event_id else []
        for conflict in found:
            field = self.field_words(conflict.entity, conflict.field)
            top = QTreeWidgetItem(
                [f"{conflict.label} · {field}", self.value_words(conflict, conflict.current)]
            )
            top.setData(0, ConflictRole, conflict)
            for index, version in enumerate(conflict.versions):
                mark = (
                    QCoreApplication.translate("SyncPane", "current")
                    if index == 0
                    else QCoreApplication.translate("SyncPane", "superseded")
                )
                child = QTreeWidgetItem(
                    [
                        mark,
                        self.value_words(conflict, version),
                        version.device_name or version.device_id,
                        f"{format_date(version.written_at)} {format_time(version.written_at)}",
                    ]
                )
                child.setData(0, ConflictRole, conflict)
                child.setData(0, VersionRole, version.hlc)
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        if found:
            self.ui.conflictsLabel.setText(
                QCoreApplication.translate(
                    "SyncPane",
                    "1 field was written differently on different laptops. The newest "
                    "value is in use; choose another value to make it current again.",
                )
                if len(found) == 1
                else QCoreApplication.translate(
                    "SyncPane",
                    "{0} fields were written differently on different laptops. The newest "
                    "value is in use; choose another value to make it current again.",
                ).format(format_count(len(found)))
            )
        else:
            self.ui.conflictsLabel.setText(
                QCoreApplication.translate("SyncPane", "No conflicts to review.")
            )
        # The tab counts the laptops whose changes are held for review too.
        waiting = len(held.held_groups(self.desk.store, event_id)) if event_id else 0
        self.ui.tabs.setTabText(
            1,
            QCoreApplication.translate("SyncPane", "&Conflicts ({0})").format(
                format_count(len(found) + waiting)
            )
            if found or waiting
            else QCoreApplication.translate("SyncPane", "&Conflicts"),
        )
        self._conflict_chosen()

    def field_words(self, entity: str, field: str) -> str:
        """A field's name as the other panes show it."""
        if entity == "people":
            return field_label(field)
        names = {("attendance", "status"): QCoreApplication.translate("SyncPane", "check-in")}
        return names.get((entity, field), field.replace("_", " "))

    def value_words(self, conflict: conflicts.Conflict, version: conflicts.Version) -> str:
        if conflict.entity == "attendance" and conflict.field == "status":
            if version.value == conflicts.UNDONE:
                return QCoreApplication.translate("SyncPane", "check-in undone")
            words = QCoreApplication.translate("Attendance", str(version.value))
            checked_at = version.also.get("checked_at")
            if checked_at is not None:
                event = self.desk.current_event
                zone = events.check_timezone(event.timezone) if event else None
                words = QCoreApplication.translate("SyncPane", "{0} at {1}").format(
                    words, format_time(checked_at.replace(tzinfo=UTC), zone)
                )
            return words
        return conflicts.value_text(version.value)

    def _conflict_chosen(self, *_args: object) -> None:
        item = self.ui.conflictsTree.currentItem()
        chosen = item is not None and item.data(0, ConflictRole) is not None
        self.ui.keepButton.setEnabled(chosen)
        version = item.data(0, VersionRole) if item is not None else None
        conflict = item.data(0, ConflictRole) if item is not None else None
        self.ui.pickButton.setEnabled(
            bool(version) and conflict is not None and version != conflict.current.hlc
        )

    def _chosen(self):
        item = self.ui.conflictsTree.currentItem()
        if item is None:
            return None, None
        return item.data(0, ConflictRole), item.data(0, VersionRole)

    def keep_current(self) -> None:
        conflict, _version = self._chosen()
        event_id = self.desk.event_id
        if conflict is None or event_id is None:
            return
        try:
            conflicts.keep(
                self.desk.store, event_id, conflict.entity, conflict.row_id, conflict.field
            )
        except UserError as exc:
            self.failed.emit(str(exc))
        self.refresh()

    def pick_chosen(self) -> None:
        conflict, version = self._chosen()
        event_id = self.desk.event_id
        if conflict is None or not version or event_id is None:
            return
        try:
            conflicts.pick(
                self.desk.store,
                event_id,
                conflict.entity,
                conflict.row_id,
                conflict.field,
                version,
            )
        except UserError as exc:
            self.failed.emit(str(exc))
        self.picked.emit()
