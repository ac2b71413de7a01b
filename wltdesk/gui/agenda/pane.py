"""The agenda: sessions by day, added, edited and deleted, with the current one marked.

The facilitator opens the pane and sees the session that is on now (or the next
one today) selected, in bold, with a "now" marker that a one-minute timer keeps
up to date. Insert or Ctrl+N adds a session, Enter or a double-click edits one,
Delete removes one after asking; each of these goes on the app-wide undo stack
and tells the desk ``agenda_changed``, so the check-in desk's session list
follows.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from wltdesk import agenda, events
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.agenda.model import (
    AgendaModel,
    RoomyDelegate,
    day_text,
    load_agenda,
    sessions_text,
)
from wltdesk.gui.agenda.session_dialog import SessionDialog
from wltdesk.gui.agenda.undo import DeleteSessionCommand
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_agenda_pane import Ui_AgendaPane
from wltdesk.language import format_count, format_time
from wltdesk.store.models import EventSession

CLOCK_INTERVAL_MS = 60_000


class AgendaPane(QWidget):
    #: Insert, and Ctrl+N ("new" in every section): an action, so F1's sheet lists them.
    ADD_KEYS = (
        QKeySequence(Qt.Key.Key_Insert),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N),
    )
    EDIT_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AgendaPane()
        self.ui.setupUi(self)
        palette.hint(self.ui.hintLabel)
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
        self.add_action.setShortcuts(list(self.ADD_KEYS))
        self.edit_action = QAction(self.tr("Edit session…"), self)
        # Enter edits the chosen session, only while the agenda has the focus
        self.edit_action.setShortcuts(list(self.EDIT_KEYS))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
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
            text += (
                self.tr("1 day") if days == 1 else self.tr("{0} days").format(format_count(days))
            )
            current = next((s for s in self.sessions if s.id == self.model.current_id), None)
            if current is not None:
                text += "  ·  " + self.tr("{0}: <b>{1}</b> {2}–{3}").format(
                    self.model.marker.capitalize(),
                    html.escape(current.title),
                    format_time(current.starts_at),
                    format_time(current.ends_at),
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
        question = self.tr("Delete “{0}” ({1}, {2})?").format(
            row.title, day_text(row.day), format_time(row.starts_at)
        )
        if row.tally.arrived:
            arrived = row.tally.arrived
            question += "\n" + (
                self.tr("The check-in recorded for it stays in the store.")
                if arrived == 1
                else self.tr("The {0} check-ins recorded for it stay in the store.").format(
                    format_count(arrived)
                )
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
        """Enter on a day folds or unfolds it (on a session, :attr:`edit_action` has it)."""
        if (
            watched is self.ui.sessionsView
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            index = self.ui.sessionsView.currentIndex()
            if index.isValid() and self.model.row_at(index) is None:
                self.ui.sessionsView.setExpanded(index, not self.ui.sessionsView.isExpanded(index))
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        else:
            self.refresh_clock()
        self.ui.sessionsView.setFocus()
