"""The check-in desk: one search field, results on every keystroke, Enter checks in.

Built for a queue at the door: the search field always has the focus; typing
narrows the list; Up/Down choose another match; Enter checks in the chosen
person (the top one by default); a USB barcode scanner, which types a badge
code and Enter, checks its person in directly. Every check-in goes on the
app-wide undo stack, so Ctrl+Z takes back a mistaken one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QWidget

from wltdesk import agenda, attendance, events, people
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_checkin_pane import Ui_CheckInPane
from wltdesk.search import Match, PeopleIndex

RESULT_LIMIT = 50
RECENT_LIMIT = 20
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
PersonIdRole = Qt.ItemDataRole.UserRole + 1


def local_time(desk: Desk, moment: datetime | None) -> str:
    """A stored UTC moment as wall time at the event."""
    if moment is None or desk.current_event is None:
        return ""
    zone = events.check_timezone(desk.current_event.timezone)
    return moment.replace(tzinfo=UTC).astimezone(zone).strftime("%H:%M")


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


def status_text(status: str) -> str:
    """An attendance status in the UI language."""
    names = {
        "present": QCoreApplication.translate("Attendance", "present"),
        "late": QCoreApplication.translate("Attendance", "late"),
        "excused": QCoreApplication.translate("Attendance", "excused"),
        "absent": QCoreApplication.translate("Attendance", "absent"),
    }
    return names.get(status, status)


class CheckInCommand(QUndoCommand):
    """A check-in that Ctrl+Z can take back; the first redo is the check-in itself."""

    def __init__(self, desk: Desk, done: attendance.CheckIn) -> None:
        super().__init__(
            QCoreApplication.translate("CheckInPane", "Check in {0}").format(done.display_name)
        )
        self.desk = desk
        self.done = done
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            attendance.redo(self.desk.store, self.done)
        self.desk.attendance_changed.emit()

    def undo(self) -> None:
        attendance.undo(self.desk.store, self.done)
        self.desk.attendance_changed.emit()


class CheckInPane(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CheckInPane()
        self.ui.setupUi(self)
        self.index = PeopleIndex()
        self.results = ResultsModel(desk, self)
        self.ui.resultsView.setModel(self.results)
        big = self.ui.searchEdit.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.ui.searchEdit.setFont(big)
        confirm = self.ui.confirmLabel.font()
        confirm.setPointSizeF(confirm.pointSizeF() * 1.5)
        self.ui.confirmLabel.setFont(confirm)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.searchEdit.textChanged.connect(self.update_results)
        self.ui.searchEdit.returnPressed.connect(self.check_in_chosen)
        self.ui.sessionCombo.currentIndexChanged.connect(self.refresh_marks)
        self.ui.walkInButton.clicked.connect(self.walk_in)
        self.ui.walkInName.returnPressed.connect(self.walk_in)
        self.ui.walkInLocalName.returnPressed.connect(self.walk_in)
        self.ui.resultsView.doubleClicked.connect(lambda _i: self.check_in_chosen())
        desk.event_opened.connect(self.reload)
        desk.people_changed.connect(self.reload_people)
        desk.agenda_changed.connect(self.reload_sessions)
        desk.attendance_changed.connect(self.refresh_marks)
        self.show_message("")

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        self.reload_people()
        self.reload_sessions()
        self.ui.searchEdit.clear()
        self.show_message("")

    def reload_people(self) -> None:
        if self.desk.event_id is None:
            self.index = PeopleIndex()
        else:
            self.index = PeopleIndex.build(people.list_people(self.desk.store, self.desk.event_id))
        self.update_results(self.ui.searchEdit.text())

    def reload_sessions(self) -> None:
        combo = self.ui.sessionCombo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        sessions = []
        if self.desk.current_event is not None:
            sessions = agenda.list_sessions(self.desk.store, self.desk.current_event.id)
        locale = QLocale()
        for session in sessions:
            when = locale.toString(QDateTime(session.starts_at), "ddd HH:mm")
            combo.addItem(f"{when} · {session.title}", session.id)
        chosen = combo.findData(previous) if previous else -1
        if chosen < 0 and self.desk.current_event is not None:
            current = agenda.current_session(sessions, events.local_now(self.desk.current_event))
            chosen = combo.findData(current.id) if current else 0
        combo.setCurrentIndex(max(chosen, 0))
        combo.blockSignals(False)
        self.refresh_marks()

    def session_id(self) -> str | None:
        return self.ui.sessionCombo.currentData()

    def refresh_marks(self) -> None:
        session_id = self.session_id()
        marks = attendance.statuses(self.desk.store, session_id) if session_id else {}
        self.results.set_marks(marks)
        if not self.ui.searchEdit.text().strip():
            self.update_results("")
        if session_id:
            tally = attendance.counts(self.desk.store, session_id)
            self.ui.countsLabel.setText(
                self.tr("Present {0} (late {1}) / expected {2}").format(
                    tally.arrived, tally.late, tally.expected
                )
            )
        else:
            self.ui.countsLabel.setText(self.tr("No session yet — add one in the Agenda"))

    # ------------------------------------------------------------ searching
    def update_results(self, text: str) -> None:
        """Matches while typing; the latest check-ins while the field is empty."""
        if text.strip():
            matches = self.index.search(text, RESULT_LIMIT)
            self.ui.resultsLabel.setText(self.tr("Matches: {0}").format(len(matches)))
        else:
            latest = sorted(self.results.marks.items(), key=lambda item: item[1][1], reverse=True)
            found = (self.index.match(person_id) for person_id, _mark in latest[:RECENT_LIMIT])
            matches = [m for m in found if m is not None]
            self.ui.resultsLabel.setText(
                self.tr("Latest check-ins") if matches else self.tr("No check-ins yet")
            )
        self.results.set_matches(matches)
        if self.results.rowCount() and text.strip():
            self.ui.resultsView.setCurrentIndex(self.results.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the results; Ctrl+Z is the app's undo.

        A line edit claims Ctrl+Z for its own text undo; at the desk the field
        is emptied after every check-in, so the keys go to the undo stack.
        """
        if watched is self.ui.searchEdit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            ):
                event.ignore()
                return True
            if event.type() == QEvent.Type.KeyPress and key in NAVIGATION_KEYS:
                self.move_choice(key)
                return True
        return super().eventFilter(watched, event)

    def move_choice(self, key: int) -> None:
        count = self.results.rowCount()
        if not count:
            return
        row = self.ui.resultsView.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10}.get(key, 10)
        row = min(max(row + step, 0), count - 1)
        self.ui.resultsView.setCurrentIndex(self.results.index(row))

    # ------------------------------------------------------------ checking in
    def check_in_chosen(self) -> None:
        text = self.ui.searchEdit.text()
        session_id = self.session_id()
        if not text.strip():
            return
        if session_id is None:
            self.show_message(self.tr("Add a session in the Agenda first."), "error")
            return
        person_id = self.index.by_code(text)  # a scanner types the code and Enter
        if person_id is None:
            current = self.ui.resultsView.currentIndex()
            person_id = current.data(PersonIdRole) if current.isValid() else None
        if person_id is None:
            self.show_message(
                self.tr("No one matches “{0}”. Register them as a walk-in below.").format(text),
                "error",
            )
            self.ui.walkInName.setText(text.strip())
            return
        self.record(
            lambda: attendance.check_in(
                self.desk.store,
                session_id,
                person_id,
                grace_minutes=self.desk.late_grace_minutes,
            )
        )

    def walk_in(self) -> None:
        name = self.ui.walkInName.text().strip()
        session_id = self.session_id()
        if not name or session_id is None:
            self.ui.walkInName.setFocus()
            return
        local = self.ui.walkInLocalName.text().strip() or None
        if self.record(
            lambda: attendance.walk_in(
                self.desk.store,
                session_id,
                name,
                local_name=local,
                grace_minutes=self.desk.late_grace_minutes,
            ),
            new_person=True,
        ):
            self.ui.walkInName.clear()
            self.ui.walkInLocalName.clear()

    def record(self, action: Callable[[], attendance.CheckIn], new_person: bool = False) -> bool:
        try:
            done = action()
        except UserError as exc:
            self.show_message(str(exc), "error")
            return False
        if new_person:
            self.desk.people_changed.emit()
        if not done.already:
            self.desk.undo_stack.push(CheckInCommand(self.desk, done))
        self.confirm(done)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.setFocus()
        return True

    def confirm(self, done: attendance.CheckIn) -> None:
        name = html.escape(done.display_name)
        if done.local_name:
            name += f"<br>{html.escape(done.local_name)}"
        when = local_time(self.desk, done.checked_at)
        if done.already:
            text = self.tr("Already checked in: {0} at {1}").format(status_text(done.status), when)
            self.show_message(f"<b>{name}</b><br>{html.escape(text)}", "already")
        else:
            text = self.tr("Checked in: {0} at {1}").format(status_text(done.status), when)
            self.show_message(f"<b>{name}</b><br>{html.escape(text)}", done.status)

    def show_message(self, rich_text: str, kind: str = "") -> None:
        self.ui.confirmLabel.setText(rich_text)
        self.ui.confirmFrame.setVisible(bool(rich_text))
        self.ui.confirmFrame.setProperty("kind", kind)
        colours = {
            "present": "#1b7f3b",
            "late": "#a05a00",
            "already": "#555555",
            "excused": "#555555",
            "error": "#b00020",
        }
        colour = colours.get(kind)
        self.ui.confirmFrame.setStyleSheet(
            f"#confirmFrame {{ border: 2px solid {colour}; border-radius: 6px; }}" if colour else ""
        )

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.ui.searchEdit.setFocus()
