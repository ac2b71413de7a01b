"""What the desk shows of the roster: the matches of a search, each with its check-in.

:class:`ResultsModel` lists the matches for the search field (or the latest
check-ins while it is empty), as :func:`matches_for` finds them;
:func:`local_time` and :func:`status_text` say a check-in's time and status
the way the room reads them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from wltdesk import events
from wltdesk.gui.desk import Desk
from wltdesk.language import format_time
from wltdesk.search import Match, PeopleIndex

PersonIdRole = Qt.ItemDataRole.UserRole + 1
#: Latest check-ins shown while the search field is empty.
RECENT_LIMIT = 20


def matches_for(
    index: PeopleIndex, marks: dict[str, tuple[str, datetime]], text: str, limit: int
) -> list[Match]:
    """What the desk lists for ``text``: its best matches, or while the field is
    empty the latest check-ins (``marks``: status and time by person id), newest first."""
    if text.strip():
        return index.search(text, limit)
    latest = sorted(marks.items(), key=lambda item: item[1][1], reverse=True)
    found = (index.match(person_id) for person_id, _mark in latest[:RECENT_LIMIT])
    return [m for m in found if m is not None]


def local_time(desk: Desk, moment: datetime | None) -> str:
    """A stored UTC moment as wall time at the event, in the UI language's digits."""
    if moment is None or desk.current_event is None:
        return ""
    zone = events.check_timezone(desk.current_event.timezone)
    return format_time(moment.replace(tzinfo=UTC), zone)


def status_text(status: str) -> str:
    """An attendance status in the UI language."""
    names = {
        "present": QCoreApplication.translate("Attendance", "present"),
        "late": QCoreApplication.translate("Attendance", "late"),
        "excused": QCoreApplication.translate("Attendance", "excused"),
        "absent": QCoreApplication.translate("Attendance", "absent"),
    }
    return names.get(status, status)


class ResultsModel(QAbstractListModel):
    """Search matches, each with its check-in state for the chosen session."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.matches: list[Match] = []
        self.marks: dict[str, tuple[str, datetime]] = {}

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.endResetModel()

    def set_marks(self, marks: dict[str, tuple[str, datetime]]) -> None:
        self.marks = marks
        if self.matches:
            self.dataChanged.emit(self.index(0), self.index(len(self.matches) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.matches):
            return None
        match = self.matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [match.display_name]
            if match.local_name:
                parts.append(match.local_name)
            line = " — ".join(parts)
            details = " · ".join(p for p in (match.region, match.badge_code) if p)
            mark = self.marks.get(match.person_id)
            if mark:
                state = self.tr("✓ {0} at {1}").format(
                    status_text(mark[0]), local_time(self.desk, mark[1])
                )
                return f"{line}    ({details})    {state}"
            return f"{line}    ({details})"
        if role == PersonIdRole:
            return match.person_id
        if role == Qt.ItemDataRole.FontRole and match.person_id in self.marks:
            font = QFont()
            font.setItalic(True)
            return font
        return None
