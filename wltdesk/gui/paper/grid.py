"""The typed fallback: a sheet that cannot be photographed, typed in from the keyboard.

A grid of the roster (rows) by the sessions (columns). On a cell, Space marks
the person present (again: clears it), L late, E excused, Delete clears; the
arrow keys move as in any table. Statuses the desk already has show in grey and
are kept unless typed over. Record writes the typed marks at the time given
(each session's start, or the time typed), as typed from paper
("paper-typed"), all as one step of the undo stack.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wltdesk import agenda, attendance, people
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.gui.help import fitting
from wltdesk.gui.paper.undo import PaperCommand
from wltdesk.language import format_date
from wltdesk.paper import record

Index = QModelIndex | QPersistentModelIndex
#: The key that types each status.
KEYS = {Qt.Key.Key_L: "late", Qt.Key.Key_E: "excused"}
#: What was typed reads as a link does (blue), what the desk had and keeps in muted grey:
#: both roles of the scheme in force, readable on the table's base in light and dark.
TYPED_ROLE = "link"
KEPT_ROLE = "muted_text"
#: A session's title is broken into lines of about this many characters in its column's
#: header, so that a column is as wide as a short line, not as the whole title.
HEADER_LINE = 18


class GridModel(QAbstractTableModel):
    """People × sessions: the status typed (or the desk's, in grey) in each cell."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        event_id = desk.event_id or ""
        self.people = people.list_people(desk.store, event_id)
        self.sessions = [
            s for s in agenda.list_sessions(desk.store, event_id) if s.kind != "break"
        ]
        self.known = {
            s.id: {pid: found[0] for pid, found in attendance.statuses(desk.store, s.id).items()}
            for s in self.sessions
        }
        self.typed: dict[tuple[str, str], str] = {}  # (session id, person id) -> status

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def _key(self, index: Index) -> tuple[str, str]:
        return self.sessions[index.column()].id, self.people[index.row()].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._key(index)
        typed = self.typed.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            status = typed or self.known[key[0]].get(key[1])
            return attendance.status_label(status) if status else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.brush(TYPED_ROLE if typed else KEPT_ROLE)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        wanted = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role not in wanted:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.sessions):
                # the day and time on a line of their own, the title wrapped below them
                session = self.sessions[section]
                when = format_date(session.starts_at, "EEEHm")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{when} · {session.title}"
                return "\n".join([when, *textwrap.wrap(session.title, HEADER_LINE)])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if 0 <= section < len(self.people):
            return self.people[section].display_name
        return None

    def mark(self, index: Index, status: str | None) -> None:
        """Type ``status`` in a cell (None clears what was typed)."""
        key = self._key(index)
        if status is None:
            self.typed.pop(key, None)
        else:
            self.typed[key] = status
        self.dataChanged.emit(index, index)

    def toggle_present(self, index: Index) -> None:
        self.mark(index, None if self.typed.get(self._key(index)) == "present" else "present")

    def by_session(self) -> dict[str, dict[str, str]]:
        marks: dict[str, dict[str, str]] = {}
        for (session_id, person_id), status in self.typed.items():
            marks.setdefault(session_id, {})[person_id] = status
        return marks


class GridTable(QTableView):
    """The table, with the grid's keys on the current cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        if isinstance(model, GridModel) and index.isValid():
            key = event.key()
            if key == Qt.Key.Key_Space:
                model.toggle_present(index)
                return
            if key in KEYS:
                model.mark(index, KEYS[Qt.Key(key)])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.mark(index, None)
                return
        super().keyPressEvent(event)


class TypedGrid(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Type in a sign-in sheet"))
        self.model = GridModel(desk)
        self.table = GridTable()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()  # each session's header shown whole
        if self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        help_text = QLabel(
            self.tr("Space: present (again: clear) · L: late · E: excused · Delete: clear")
        )
        self.startBox = QCheckBox(self.tr("At each session's &start"))
        self.startBox.setChecked(True)
        self.timeEdit = QTimeEdit(QTime(9, 0))
        self.timeEdit.setDisplayFormat("HH:mm")
        self.timeEdit.setEnabled(False)
        self.startBox.toggled.connect(lambda on: self.timeEdit.setEnabled(not on))
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Checked in:")))
        when.addWidget(self.startBox)
        when.addWidget(self.timeEdit)
        when.addStretch()
        self.summary = QLabel(self.tr("Nothing typed yet."))
        self.model.dataChanged.connect(
            lambda *_args: self.summary.setText(self.tr("%Ln typed", "", len(self.model.typed)))
        )
        buttons = QDialogButtonBox()
        self.recordButton = buttons.addButton(
            self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(when)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(fitting(self, 900, 600))
        self.table.setFocus()

    def confirm(self) -> None:
        """Record every typed mark, at the time given, as one undo step; then close."""
        at = None if self.startBox.isChecked() else self.timeEdit.time().toPython()
        done = []
        for session_id, marks in self.model.by_session().items():
            done += record.record_typed(self.desk.store, session_id, marks, at)
        if done:
            self.desk.undo_stack.push(PaperCommand(self.desk, done))
        self.accept()
