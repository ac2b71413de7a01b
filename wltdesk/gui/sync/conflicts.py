"""The Sync section's Conflicts tab: fields two laptops wrote differently at the same
time (neither had seen the other's value), to review.

A merge keeps the newest value of every field and every superseded one in the
change log (nothing typed on any laptop is lost); a value written by a laptop that
had seen the one it replaced is a correction and never listed. :class:`ConflictReview`
lists each conflict with its versions — the value, the laptop that wrote it, when
(the venue's clock) and what that laptop had seen — and lets the facilitator keep
the current value, marking the conflict reviewed, or make another one current
(``conflicts.keep`` / ``conflicts.pick``); either syncs to the other laptops. The
words it had first are the Sync pane's (translation context ``SyncPane``), where
they were written; those added since are its own.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.people.fields import field_label
from wltdesk.language import format_count, format_time
from wltdesk.sync import conflicts

ConflictRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2


class ConflictReview(QObject):
    """The Conflicts tab of the Sync pane's form: the tree, its label and two buttons."""

    #: A version was kept or made current (a change was written): every pane reloads.
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

    def show(self, found: list[conflicts.Conflict], waiting: int) -> None:
        """The conflicts as the pane read them off the GUI thread, and how many
        laptops' changes are held for review (the tab counts both)."""
        tree = self.ui.conflictsTree
        tree.clear()
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
                        conflict.laptop(version),
                        conflicts.venue_time(version.written_at, conflict.timezone),
                        self.seen_words(conflict, version),
                    ]
                )
                child.setData(0, ConflictRole, conflict)
                child.setData(0, VersionRole, version.hlc)
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        if found:
            self.ui.conflictsLabel.setText(
                self.tr(
                    "1 field was written differently on laptops that had not seen each "
                    "other's value. The newest value is in use: keep it (the conflict is "
                    "then marked reviewed on every laptop), or choose another value to make "
                    "it current."
                )
                if len(found) == 1
                else self.tr(
                    "{0} fields were written differently on laptops that had not seen each "
                    "other's value. The newest value is in use: keep it (the conflict is "
                    "then marked reviewed on every laptop), or choose another value to make "
                    "it current."
                ).format(format_count(len(found)))
            )
        else:
            self.ui.conflictsLabel.setText(
                QCoreApplication.translate("SyncPane", "No conflicts to review.")
            )
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
        """A version's value; a check-in's with its time on the venue's clock."""
        return self._words(conflict, version.value, version.also.get("checked_at"))

    def _words(self, conflict: conflicts.Conflict, value: object, checked_at: object) -> str:
        if conflict.entity == "attendance" and conflict.field == "status":
            if value == conflicts.UNDONE:
                return QCoreApplication.translate("SyncPane", "check-in undone")
            words = QCoreApplication.translate("Attendance", str(value))
            if isinstance(checked_at, datetime):
                time = format_time(checked_at.replace(tzinfo=UTC), conflict.timezone)
                words = QCoreApplication.translate("SyncPane", "{0} at {1}").format(words, time)
            return words
        return conflicts.value_text(value)

    def seen_words(self, conflict: conflicts.Conflict, version: conflicts.Version) -> str:
        """What the version's laptop had seen when it wrote it."""
        seen = version.seen
        if seen.kind == conflicts.SAW_NOTHING:
            return self.tr("no value (a first entry)")
        if seen.kind == conflicts.SAW_UNKNOWN:
            return self.tr("not recorded (an older change)")
        return self._words(conflict, seen.value, None)

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
        # The review is a change that waits to be synced, like an edit.
        self.picked.emit()

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
