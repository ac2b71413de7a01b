"""The dialog that adds or edits one session of the agenda."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from wltdesk import agenda, people
from wltdesk.errors import UserError
from wltdesk.gui.agenda.model import kind_labels
from wltdesk.gui.agenda.undo import AddSessionCommand, EditSessionCommand, session_fields
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_session_dialog import Ui_SessionDialog
from wltdesk.language import format_count, format_time, locale_digits
from wltdesk.store.models import EventSession

PersonIdRole = Qt.ItemDataRole.UserRole + 2
DEFAULT_START = time(9, 0)
DEFAULT_LENGTH = timedelta(minutes=45)
LEAD_ROLES = ("facilitator", "organizer")


class SessionDialog(QDialog):
    """Add or edit one session; saving writes through the agenda service and the undo stack.

    ``session_id`` holds the saved session after the dialog is accepted.
    Errors (no title, ending before it starts) are explained in a warning and
    the dialog stays open with what was typed. A session that runs past
    midnight keeps ending on the next day (see ``times``).
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
        starts_at, ends_at = self.times()
        minutes = int((ends_at - starts_at).total_seconds()) // 60
        if minutes <= 0:
            self.ui.durationLabel.setText(self.tr("ends before it starts"))
            return
        if minutes < 60:
            text = self.tr("{0} min").format(format_count(minutes))
        else:
            text = self.tr("{0} h {1} min").format(
                format_count(minutes // 60), locale_digits(f"{minutes % 60:02d}")
            )
        days_later = (ends_at.date() - starts_at.date()).days
        if days_later > 0:  # as the agenda's time column says it
            text += f" (+{format_count(days_later)})"
        self.ui.durationLabel.setText(text)

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

    def times(self) -> tuple[datetime, datetime]:
        """When the session starts and ends, as typed (to the minute).

        The form has one day and two times, so a session ends on its day, and an
        end before the start is a typo the dialog refuses. A session that already
        runs past midnight (say 21:00–01:00, from the command line or another
        laptop) keeps its end on the later day: with its times untouched it keeps
        its whole span, so editing only its title or room saves; with new times it
        ends on the next day while the end is not after the start, else on its day.
        """
        day: date = self.ui.dayEdit.date().toPython()
        start = _minute(self.ui.startEdit.time().toPython())
        end = _minute(self.ui.endEdit.time().toPython())
        starts_at, ends_at = datetime.combine(day, start), datetime.combine(day, end)
        session = self.session
        if session is None or session.ends_at.date() == session.starts_at.date():
            return starts_at, ends_at
        if (start, end) == (_minute(session.starts_at.time()), _minute(session.ends_at.time())):
            return starts_at, ends_at + (session.ends_at.date() - session.starts_at.date())
        if end <= start:
            ends_at += timedelta(days=1)
        return starts_at, ends_at

    def values(self) -> dict[str, Any]:
        """The session as typed, in the fields ``agenda.update_session`` takes."""
        starts_at, ends_at = self.times()
        return {
            "title": self.ui.titleEdit.text().strip(),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "kind": self.kind() or "session",
            "room": self.ui.roomEdit.text().strip() or None,
            "facilitators": self.facilitator_ids(),
        }

    def problem(self, values: dict[str, Any]) -> str | None:
        if not values["title"]:
            return self.tr("The session needs a title.")
        if values["ends_at"] <= values["starts_at"]:
            return self.tr("The session must end after it starts ({0} – {1}).").format(
                format_time(values["starts_at"]), format_time(values["ends_at"])
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


def _minute(moment: time) -> time:
    return moment.replace(second=0, microsecond=0)
