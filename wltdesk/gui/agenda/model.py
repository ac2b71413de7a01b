"""The agenda as an item model: days as top-level rows, their sessions as children.

``load_agenda`` reads the open event's sessions through the agenda, people and
attendance services into plain rows; ``AgendaModel`` shows them in time order
with the current session marked, for the agenda pane (and its roomy rows for
the circles pane).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from wltdesk import agenda, attendance, people
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.language import format_count, format_date, format_time
from wltdesk.store.models import EventSession

SessionIdRole = Qt.ItemDataRole.UserRole + 1


def kind_labels() -> dict[str, str]:
    """The agenda's session kinds in the user's language (stored in English)."""
    return {
        "session": QCoreApplication.translate("AgendaPane", "session"),
        "plenary": QCoreApplication.translate("AgendaPane", "plenary"),
        "workshop": QCoreApplication.translate("AgendaPane", "workshop"),
        "hands-on lab": QCoreApplication.translate("AgendaPane", "hands-on lab"),
        "group planning": QCoreApplication.translate("AgendaPane", "group planning"),
        "reflection circle": QCoreApplication.translate("AgendaPane", "reflection circle"),
        "break": QCoreApplication.translate("AgendaPane", "break"),
    }


def sessions_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("AgendaPane", "1 session")
    return QCoreApplication.translate("AgendaPane", "{0} sessions").format(format_count(count))


def day_text(day: date) -> str:
    """A day as agendas head it: "Saturday 14 March", in the user's language."""
    return format_date(day, "EEEEdMMMM")


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, easier to read and to hit on a projector."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 8, hint.height() + 8)


@dataclass(frozen=True)
class AgendaRow:
    """One session as the agenda shows it (plain values, no database row)."""

    session_id: str
    day: date
    starts_at: datetime
    ends_at: datetime
    title: str
    kind: str
    room: str
    facilitators: tuple[str, ...]
    tally: attendance.SessionCounts


@dataclass(frozen=True)
class AgendaDay:
    day: date
    sessions: tuple[AgendaRow, ...]


class AgendaModel(QAbstractItemModel):
    """Days as top-level rows, their sessions as children, in time order.

    An index's internal id says where it lives: 0 for a day row, ``n + 1`` for
    a session under day ``n``.
    """

    TIME, TITLE, KIND, ROOM, FACILITATORS, ATTENDANCE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.days: list[AgendaDay] = []
        self.current_id: str | None = None
        self.marker = ""
        self.today: date | None = None

    # ------------------------------------------------------------ filling
    def set_days(self, days: list[AgendaDay]) -> None:
        self.beginResetModel()
        self.days = days
        self.endResetModel()

    def set_current(self, session_id: str | None, marker: str, today: date | None) -> None:
        """Mark the current session (bold, with ``marker`` such as "now")."""
        changed = [self.current_id, session_id] if session_id != self.current_id else []
        if marker != self.marker:
            changed.append(session_id)
        today_changed = today != self.today
        self.current_id, self.marker, self.today = session_id, marker, today
        for row_id in {c for c in changed if c}:
            first = self.index_of(row_id)
            if first.isValid():
                last = first.siblingAtColumn(self.COLUMN_COUNT - 1)
                self.dataChanged.emit(first, last)
        if today_changed and self.days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.days) - 1, 0))

    # ------------------------------------------------------------ lookups
    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> AgendaRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        day = self.days[index.internalId() - 1]
        return day.sessions[index.row()]

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> date | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.days[index.row()].day
        return self.days[index.internalId() - 1].day

    def index_of(self, session_id: str, column: int = 0) -> QModelIndex:
        for day_row, day in enumerate(self.days):
            for row, session in enumerate(day.sessions):
                if session.session_id == session_id:
                    return self.createIndex(row, column, day_row + 1)
        return QModelIndex()

    def session_count(self) -> int:
        return sum(len(day.sessions) for day in self.days)

    # ------------------------------------------------------------ structure
    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Any = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.days[parent.row()].sessions)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Room"),
            self.tr("Facilitators"),
            self.tr("Present"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    # ------------------------------------------------------------ content
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(self.days[index.row()], index.column(), role)
        row = self.row_at(index)
        return None if row is None else self._session_data(row, index.column(), role)

    def _day_data(self, day: AgendaDay, column: int, role: int) -> object:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = sessions_text(len(day.sessions))
            text = f"{day_text(day.day)}  ·  {count}"
            if day.day == self.today:
                text += "  ·  " + self.tr("today")
            return text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            font.setBold(True)
            return font
        return None

    def _session_data(self, row: AgendaRow, column: int, role: int) -> object:
        current = row.session_id == self.current_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._session_text(row, column, current)
        if role == SessionIdRole:
            return row.session_id
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and current:
            highlight = QPalette().color(QPalette.ColorRole.Highlight)
            highlight.setAlpha(45)
            return QBrush(highlight)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TIME and current:
            return palette.brush("success_text")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ATTENDANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _session_text(self, row: AgendaRow, column: int, current: bool) -> str:
        if column == self.TIME:
            text = f"{format_time(row.starts_at)}–{format_time(row.ends_at)}"
            days_later = (row.ends_at.date() - row.starts_at.date()).days
            if days_later > 0:
                text += f" (+{format_count(days_later)})"
            if current and self.marker:
                text += f"  ◀ {self.marker}"
            return text
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return kind_labels().get(row.kind, row.kind)
        if column == self.ROOM:
            return row.room
        if column == self.FACILITATORS:
            return ", ".join(row.facilitators)
        if column == self.ATTENDANCE:
            return self.tr("{0} / {1}").format(
                format_count(row.tally.arrived), format_count(row.tally.expected)
            )
        return ""

    def _tooltip(self, row: AgendaRow, column: int) -> str | None:
        if column == self.ATTENDANCE:
            tally = row.tally
            counts = (tally.present, tally.late, tally.excused, tally.absent, tally.expected)
            return self.tr("{0} present, {1} late, {2} excused, {3} absent — {4} expected").format(
                *(format_count(n) for n in counts)
            )
        if column in (self.TITLE, self.FACILITATORS):
            return self._session_text(row, column, False) or None
        return None


def load_agenda(desk: Desk) -> tuple[list[EventSession], list[AgendaDay]]:
    """The open event's sessions, and the same grouped by day with names and counts."""
    if desk.current_event is None:
        return [], []
    store, event_id = desk.store, desk.current_event.id
    sessions = agenda.list_sessions(store, event_id)
    names = {p.id: p.display_name for p in people.list_people(store, event_id)}
    by_day: dict[date, list[AgendaRow]] = {}
    for session in sessions:
        by_day.setdefault(session.day, []).append(
            AgendaRow(
                session_id=session.id,
                day=session.day,
                starts_at=session.starts_at,
                ends_at=session.ends_at,
                title=session.title,
                kind=session.kind,
                room=session.room or "",
                facilitators=tuple(names[p] for p in session.facilitators or () if p in names),
                tally=attendance.counts(store, session.id),
            )
        )
    days = [AgendaDay(day, tuple(rows)) for day, rows in sorted(by_day.items())]
    return sessions, days
