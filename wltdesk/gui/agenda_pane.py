"""The agenda: sessions by day, added, edited and deleted, with the current one marked.

The facilitator opens the pane and sees the session that is on now (or the next
one today) selected, in bold, with a "now" marker that a one-minute timer keeps
up to date. Insert or Ctrl+N adds a session, Enter or a double-click edits one,
Delete removes one after asking; each of these goes on the app-wide undo stack
and tells the desk ``agenda_changed``, so the check-in desk's session list
follows.
"""

from __future__ import annotations

import contextlib
import html
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wltdesk import agenda, attendance, events, people
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_agenda_pane import Ui_AgendaPane
from wltdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from wltdesk.store.models import EventSession

SessionIdRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2
CLOCK_INTERVAL_MS = 60_000
DEFAULT_START = time(9, 0)
DEFAULT_LENGTH = timedelta(minutes=45)
LEAD_ROLES = ("facilitator", "organizer")


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
    return QCoreApplication.translate("AgendaPane", "{0} sessions").format(count)


def day_text(day: date) -> str:
    """A day as agendas head it: "Saturday 14 March", in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


# ------------------------------------------------------------------ model
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
            return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ATTENDANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _session_text(self, row: AgendaRow, column: int, current: bool) -> str:
        if column == self.TIME:
            text = f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
            days_later = (row.ends_at.date() - row.starts_at.date()).days
            if days_later > 0:
                text += f" (+{days_later})"
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
            return self.tr("{0} / {1}").format(row.tally.arrived, row.tally.expected)
        return ""

    def _tooltip(self, row: AgendaRow, column: int) -> str | None:
        if column == self.ATTENDANCE:
            tally = row.tally
            return self.tr("{0} present, {1} late, {2} excused, {3} absent — {4} expected").format(
                tally.present, tally.late, tally.excused, tally.absent, tally.expected
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


# ------------------------------------------------------------------ undo
def session_fields(session: EventSession) -> dict[str, Any]:
    """The editable fields of a session, as ``agenda.update_session`` takes them."""
    return {
        "title": session.title,
        "starts_at": session.starts_at,
        "ends_at": session.ends_at,
        "kind": session.kind,
        "room": session.room,
        "facilitators": list(session.facilitators or []),
    }


def set_deleted(desk: Desk, session_id: str, deleted: bool) -> None:
    if deleted:
        agenda.delete_session(desk.store, session_id)
    else:
        agenda.restore_session(desk.store, session_id)


class _SessionExistsCommand(QUndoCommand):
    """A session added (exists afterwards) or deleted (a tombstone afterwards).

    The first redo is the action the pane already did; later ones repeat it,
    and undo does the opposite, always on the same session id.
    """

    exists_after: bool
    label: str

    def __init__(self, desk: Desk, session_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("AgendaPane", self.label).format(title))
        self.desk = desk
        self.session_id = session_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            set_deleted(self.desk, self.session_id, not self.exists_after)
        self.desk.agenda_changed.emit()

    def undo(self) -> None:
        set_deleted(self.desk, self.session_id, self.exists_after)
        self.desk.agenda_changed.emit()


class AddSessionCommand(_SessionExistsCommand):
    exists_after = True
    label = QT_TRANSLATE_NOOP("AgendaPane", "Add session “{0}”")


class EditSessionCommand(QUndoCommand):
    """A session's fields changed; undo writes the old values back."""

    def __init__(
        self,
        desk: Desk,
        session_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaPane", "Edit session “{0}”").format(title)
        )
        self.desk = desk
        self.session_id = session_id
        self.before = before
        self.after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._write(self.after)
        self.desk.agenda_changed.emit()

    def undo(self) -> None:
        self._write(self.before)
        self.desk.agenda_changed.emit()

    def _write(self, fields: dict[str, Any]) -> None:
        # A session deleted meanwhile (say, on another laptop) has nothing to restore.
        with contextlib.suppress(UserError):
            agenda.update_session(self.desk.store, self.session_id, **fields)


class DeleteSessionCommand(_SessionExistsCommand):
    exists_after = False
    label = QT_TRANSLATE_NOOP("AgendaPane", "Delete session “{0}”")


# ------------------------------------------------------------------ dialog
class SessionDialog(QDialog):
    """Add or edit one session; saving writes through the agenda service and the undo stack.

    ``session_id`` holds the saved session after the dialog is accepted.
    Errors (no title, ending before it starts) are explained in a warning and
    the dialog stays open with what was typed.
    """

    def __init__(
        self,
        desk: Desk,
        session: EventSession | None = None,
        day: date | None = None,
        start: time | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if desk.current_event is None:
            raise UserError("open an event first")
        self.desk = desk
        self.session = session
        self.session_id: str | None = session.id if session else None
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        event = desk.current_event
        first_day, last_day = event.start_date, event.end_date
        if session is not None:  # a session left outside changed event dates stays showable
            first_day, last_day = min(first_day, session.day), max(last_day, session.day)
        self.ui.dayEdit.setDateRange(_qdate(first_day), _qdate(last_day))
        self.ui.dayEdit.setDisplayFormat("dddd d MMMM yyyy")
        for kind, label in kind_labels().items():
            self.ui.kindCombo.addItem(label, kind)
        self._fill_people(session.facilitators if session else [])
        self._complete_rooms()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if session is None:
            self.setWindowTitle(self.tr("Add session"))
            ok.setText(self.tr("Add"))
            first = day or event.start_date
            begins = start or DEFAULT_START
            ends = (datetime.combine(first, begins) + DEFAULT_LENGTH).time()
            self._show(first, begins, ends, "session", "", "")
        else:
            self.setWindowTitle(self.tr("Edit session"))
            ok.setText(self.tr("Save"))
            self._show(
                session.day,
                session.starts_at.time(),
                session.ends_at.time(),
                session.kind,
                session.room or "",
                session.title,
            )
        self.ui.startEdit.timeChanged.connect(self._update_duration)
        self.ui.endEdit.timeChanged.connect(self._update_duration)
        self.ui.facilitatorFilter.textChanged.connect(self._filter_people)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_duration()
        self.ui.titleEdit.setFocus()

    def _show(self, day: date, start: time, end: time, kind: str, room: str, title: str) -> None:
        self.ui.titleEdit.setText(title)
        self.ui.dayEdit.setDate(_qdate(day))
        self.ui.startEdit.setTime(QTime(start.hour, start.minute))
        self.ui.endEdit.setTime(QTime(end.hour, end.minute))
        found = self.ui.kindCombo.findData(kind)
        if found >= 0:
            self.ui.kindCombo.setCurrentIndex(found)
        else:
            self.ui.kindCombo.setEditText(kind)
        self.ui.roomEdit.setText(room)

    def _fill_people(self, chosen: list[str]) -> None:
        """Facilitators and organizers first, then everyone else, each by name."""
        assert self.desk.current_event is not None
        roster = people.list_people(self.desk.store, self.desk.current_event.id)
        roster.sort(key=lambda p: (p.role not in LEAD_ROLES, p.display_name.casefold()))
        role_names = {"facilitator": self.tr("facilitator"), "organizer": self.tr("organizer")}
        known = set()
        for person in roster:
            known.add(person.id)
            label = person.display_name
            if person.local_name:
                label += f" — {person.local_name}"
            if person.role in role_names:
                label += f"  ({role_names[person.role]})"
            item = QListWidgetItem(label, self.ui.facilitatorList)
            item.setData(PersonIdRole, person.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
            checked = person.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        # People removed from the roster stay facilitators of the session unless unticked.
        self.kept_ids = [p for p in chosen if p not in known]

    def _complete_rooms(self) -> None:
        assert self.desk.current_event is not None
        sessions = agenda.list_sessions(self.desk.store, self.desk.current_event.id)
        rooms = sorted({s.room for s in sessions if s.room}, key=str.casefold)
        completer = QCompleter(QStringListModel(rooms, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.roomEdit.setCompleter(completer)

    def _filter_people(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.ui.facilitatorList.count()):
            item = self.ui.facilitatorList.item(row)
            shown = (
                not wanted
                or wanted in item.text().casefold()
                or item.checkState() == Qt.CheckState.Checked
            )
            item.setHidden(not shown)

    def _update_duration(self) -> None:
        minutes = self.ui.startEdit.time().secsTo(self.ui.endEdit.time()) // 60
        if minutes <= 0:
            self.ui.durationLabel.setText(self.tr("ends before it starts"))
        elif minutes < 60:
            self.ui.durationLabel.setText(self.tr("{0} min").format(minutes))
        else:
            self.ui.durationLabel.setText(
                self.tr("{0} h {1:02d} min").format(minutes // 60, minutes % 60)
            )

    # ------------------------------------------------------------ values
    def facilitator_ids(self) -> list[str]:
        chosen = []
        for row in range(self.ui.facilitatorList.count()):
            item = self.ui.facilitatorList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(PersonIdRole))
        return chosen + self.kept_ids

    def kind(self) -> str:
        text = self.ui.kindCombo.currentText().strip()
        found = self.ui.kindCombo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.ui.kindCombo.itemData(found) if found >= 0 else text

    def values(self) -> dict[str, Any]:
        """The session as typed, in the fields ``agenda.update_session`` takes."""
        day: date = self.ui.dayEdit.date().toPython()
        start: time = self.ui.startEdit.time().toPython()
        end: time = self.ui.endEdit.time().toPython()
        return {
            "title": self.ui.titleEdit.text().strip(),
            "starts_at": datetime.combine(day, start.replace(second=0, microsecond=0)),
            "ends_at": datetime.combine(day, end.replace(second=0, microsecond=0)),
            "kind": self.kind() or "session",
            "room": self.ui.roomEdit.text().strip() or None,
            "facilitators": self.facilitator_ids(),
        }

    def problem(self, values: dict[str, Any]) -> str | None:
        if not values["title"]:
            return self.tr("The session needs a title.")
        if values["ends_at"] <= values["starts_at"]:
            return self.tr("The session must end after it starts ({0} – {1}).").format(
                f"{values['starts_at']:%H:%M}", f"{values['ends_at']:%H:%M}"
            )
        return None

    def accept(self) -> None:
        values = self.values()
        problem = self.problem(values)
        if problem is None:
            try:
                self.save(values)
            except UserError as exc:
                problem = str(exc)
        if problem is not None:
            QMessageBox.warning(self, self.windowTitle(), problem)
            (self.ui.endEdit if values["title"] else self.ui.titleEdit).setFocus()
            return
        super().accept()

    def save(self, values: dict[str, Any]) -> None:
        """Write the session and put the write on the undo stack."""
        desk = self.desk
        assert desk.current_event is not None
        if self.session is None:
            self.session_id = agenda.add_session(desk.store, desk.current_event.id, **values)
            desk.undo_stack.push(AddSessionCommand(desk, self.session_id, values["title"]))
            return
        before = session_fields(self.session)
        after = {k: v for k, v in values.items() if before.get(k) != v}
        if not after:
            return
        agenda.update_session(desk.store, self.session.id, **after)
        old = {k: before[k] for k in after}
        desk.undo_stack.push(EditSessionCommand(desk, self.session.id, old, after, values["title"]))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# ------------------------------------------------------------------ pane
class AgendaPane(QWidget):
    ADD_KEYS = (
        QKeySequence(Qt.Key.Key_Insert),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N),
    )

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AgendaPane()
        self.ui.setupUi(self)
        self.sessions: list[EventSession] = []
        self.dialog: SessionDialog | None = None
        self.model = AgendaModel(self)
        view = self.ui.sessionsView
        view.setModel(self.model)
        view.setItemDelegate(RoomyDelegate(view))
        view.setIndentation(max(view.indentation() // 2, 12))
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.FACILITATORS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaModel.FACILITATORS, 240)
        self._build_actions()
        view.doubleClicked.connect(self._double_clicked)
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.addButton.clicked.connect(self.add_session)
        self.ui.editButton.clicked.connect(self.edit_session)
        self.ui.deleteButton.clicked.connect(self.delete_session)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_INTERVAL_MS)
        self.clock.timeout.connect(self.refresh_clock)
        desk.event_opened.connect(self.open_event)
        desk.agenda_changed.connect(self._data_changed)
        desk.people_changed.connect(self._data_changed)
        desk.attendance_changed.connect(self._data_changed)
        self._stale = False
        self.open_event()

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("Add session…"), self)
        self.add_action.setShortcuts([QKeySequence(Qt.Key.Key_Insert)])
        self.edit_action = QAction(self.tr("Edit session…"), self)
        self.delete_action = QAction(self.tr("Delete session"), self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        for action in (self.add_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_session)
        self.edit_action.triggered.connect(self.edit_session)
        self.delete_action.triggered.connect(self.delete_session)
        self.ui.sessionsView.addActions([self.add_action, self.edit_action, self.delete_action])

    # ------------------------------------------------------------ loading
    def open_event(self) -> None:
        """Show the event's agenda with the current session chosen."""
        self.reload(keep_selection=False)
        if self.desk.current_event is None:
            self.clock.stop()
        else:
            self.clock.start()

    def _data_changed(self) -> None:
        """Reload now if on screen, else when next shown (check-ins come in bursts)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self, keep_selection: bool = True) -> None:
        self._stale = False
        chosen = self.selected_session_id() if keep_selection else None
        chosen_day = self.model.day_at(self.ui.sessionsView.currentIndex())
        self.sessions, days = load_agenda(self.desk)
        self.model.set_days(days)
        view = self.ui.sessionsView
        for row in range(len(days)):
            view.setFirstColumnSpanned(row, QModelIndex(), True)
        view.expandAll()
        current = self.refresh_clock()
        if chosen and self.model.index_of(chosen).isValid():
            self.select(chosen)
        elif keep_selection and chosen_day is not None and not chosen:
            self._select_day(chosen_day)
        elif current:
            self.select(current)
        elif days:
            view.setCurrentIndex(self.model.index(0, 0))
        self._update_summary()
        self._update_buttons()

    def now_local(self) -> datetime | None:
        event = self.desk.current_event
        return events.local_now(event) if event is not None else None

    def refresh_clock(self) -> str | None:
        """Move the "now" marker to the session the clock says; returns its id."""
        now = self.now_local()
        current = agenda.current_session(self.sessions, now) if now is not None else None
        marker = ""
        if current is not None and now is not None:
            if current.starts_at <= now < current.ends_at:
                marker = self.tr("now")
            elif now < current.starts_at:
                marker = self.tr("next")
            else:
                marker = self.tr("last today")
        self.model.set_current(current.id if current else None, marker, now.date() if now else None)
        self._update_summary()
        return current.id if current else None

    def _update_summary(self) -> None:
        event = self.desk.current_event
        if event is None:
            text = self.tr("Open or create an event (Event menu) to plan its agenda.")
        elif not self.sessions:
            text = self.tr("No sessions yet — Add… (Insert) creates the first one.")
        else:
            days = len(self.model.days)
            text = sessions_text(len(self.sessions)) + "  ·  "
            text += self.tr("1 day") if days == 1 else self.tr("{0} days").format(days)
            current = next((s for s in self.sessions if s.id == self.model.current_id), None)
            if current is not None:
                text += "  ·  " + self.tr("{0}: <b>{1}</b> {2:%H:%M}–{3:%H:%M}").format(
                    self.model.marker.capitalize(),
                    html.escape(current.title),
                    current.starts_at,
                    current.ends_at,
                )
                if current.room:
                    text += ", " + html.escape(current.room)
        self.ui.summaryLabel.setText(text)

    # ------------------------------------------------------------ selection
    def selected_session_id(self) -> str | None:
        row = self.model.row_at(self.ui.sessionsView.currentIndex())
        return row.session_id if row else None

    def select(self, session_id: str) -> None:
        index = self.model.index_of(session_id)
        if index.isValid():
            self.ui.sessionsView.setCurrentIndex(index)
            self.ui.sessionsView.scrollTo(index)

    def _select_day(self, day: date) -> None:
        for row, agenda_day in enumerate(self.model.days):
            if agenda_day.day == day:
                self.ui.sessionsView.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        has_event = self.desk.current_event is not None
        has_session = self.selected_session_id() is not None
        self.ui.addButton.setEnabled(has_event)
        self.add_action.setEnabled(has_event)
        for widget in (self.ui.editButton, self.ui.deleteButton):
            widget.setEnabled(has_session)
        self.edit_action.setEnabled(has_session)
        self.delete_action.setEnabled(has_session)

    # ------------------------------------------------------------ actions
    def add_session(self) -> SessionDialog | None:
        """Open the dialog for a new session on the chosen day, after the chosen session."""
        if self.desk.current_event is None:
            return None
        index = self.ui.sessionsView.currentIndex()
        day = self.model.day_at(index)
        row = self.model.row_at(index)
        start = None
        if row is not None and row.ends_at.date() == row.day:
            start = row.ends_at.time()
        elif day is not None:
            on_day = [s for s in self.sessions if s.day == day]
            start = max(s.ends_at for s in on_day).time() if on_day else None
        else:
            now = self.now_local()
            event = self.desk.current_event
            if now is not None and event.start_date <= now.date() <= event.end_date:
                day = now.date()
        return self._open(SessionDialog(self.desk, None, day, start, self))

    def edit_session(self) -> SessionDialog | None:
        session_id = self.selected_session_id()
        if session_id is None:
            return None
        try:
            session = agenda.get_session(self.desk.store, session_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), str(exc))
            self.reload()
            return None
        return self._open(SessionDialog(self.desk, session, parent=self))

    def _open(self, dialog: SessionDialog) -> SessionDialog:
        """Show the dialog window-modal without blocking; select what it saved."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: SessionDialog) -> None:
        if dialog.session_id:
            self.select(dialog.session_id)
        self.ui.sessionsView.setFocus()

    def delete_session(self) -> None:
        row = self.model.row_at(self.ui.sessionsView.currentIndex())
        if row is None:
            return
        question = self.tr("Delete “{0}” ({1}, {2:%H:%M})?").format(
            row.title, day_text(row.day), row.starts_at
        )
        if row.tally.arrived:
            arrived = row.tally.arrived
            question += "\n" + (
                self.tr("The check-in recorded for it stays in the store.")
                if arrived == 1
                else self.tr("The {0} check-ins recorded for it stay in the store.").format(arrived)
            )
        question += "\n" + self.tr("Ctrl+Z brings the session back.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        neighbour = self._neighbour(row.session_id)
        try:
            agenda.delete_session(self.desk.store, row.session_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), str(exc))
            self.reload()
            return
        self.desk.undo_stack.push(DeleteSessionCommand(self.desk, row.session_id, row.title))
        if neighbour:
            self.select(neighbour)

    def _neighbour(self, session_id: str) -> str | None:
        """The session to choose after this one is gone: the next, else the previous."""
        ids = [s.id for s in self.sessions]
        if session_id not in ids or len(ids) < 2:
            return None
        at = ids.index(session_id)
        return ids[at + 1] if at + 1 < len(ids) else ids[at - 1]

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.row_at(index) is not None:
            self.edit_session()

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter edits; Ctrl+N adds here rather than creating a new event."""
        if watched is self.ui.sessionsView and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            adds = any(
                pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.ADD_KEYS
            )
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
            if event.type() == QEvent.Type.ShortcutOverride and (adds or enter):
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and adds:
                self.add_session()
                return True
            if event.type() == QEvent.Type.KeyPress and enter:
                if self.model.row_at(self.ui.sessionsView.currentIndex()) is not None:
                    self.edit_session()
                else:
                    index = self.ui.sessionsView.currentIndex()
                    self.ui.sessionsView.setExpanded(
                        index, not self.ui.sessionsView.isExpanded(index)
                    )
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        else:
            self.refresh_clock()
        self.ui.sessionsView.setFocus()
