"""The check-in desk: one search field, results on every keystroke, Enter checks in.

Built for a queue at the door: the search field always has the focus; typing
narrows the list; Up/Down choose another match; Enter checks in the chosen
person; a USB barcode scanner, which types a badge code and Enter, checks its
person in directly. When the text fits several people equally well ("jahan"
for Ishrat Jahan and Jahan Ara) Enter does not guess: the card asks, naming
the one Enter would check in, and a second Enter or a choice with Up/Down
answers. While an event's roster loads (its search index is built in the
thread pool, :mod:`.loading`) the field takes keys as ever and says so; its
matches show once the roster is in, and a scanned badge code checks its person
in at once, looked up in the store. Esc empties the field. Every check-in goes on the app-wide undo
stack, so Ctrl+Z takes back a mistaken one (a walk-in leaves the roster too),
and the card says so.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from wltdesk import agenda, attendance, events
from wltdesk.errors import UserError
from wltdesk.gui.checkin.card import ConfirmCard
from wltdesk.gui.checkin.keys import UndoKeys, build_keys
from wltdesk.gui.checkin.loading import RosterLoading
from wltdesk.gui.checkin.results import (
    PersonIdRole,
    ResultsModel,
    local_time,
    matches_for,
    status_text,
)
from wltdesk.gui.checkin.undo import CheckInCommand
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_checkin_pane import Ui_CheckInPane
from wltdesk.gui.jobs import BackgroundRead
from wltdesk.gui.roster_feed import RosterUpdate
from wltdesk.language import format_count, format_date
from wltdesk.search import Match, PeopleIndex, tied_best

RESULT_LIMIT = 50


class CheckInPane(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CheckInPane()
        self.ui.setupUi(self)
        #: The roster's search index (empty while ``loading`` builds the open event's).
        self.index = PeopleIndex()
        self.loading = RosterLoading(desk, self)
        self.loading.loaded.connect(self._roster_loaded)
        self.results = ResultsModel(desk, self)
        self.ui.resultsView.setModel(self.results)
        #: The match was chosen with the arrows or the mouse, not left on the top one.
        self.chosen_by_hand = False
        #: The text Enter has asked about: a second Enter checks in the match shown.
        self.asked: str | None = None
        #: The text a failed search put in the walk-in box, until it is used or stale.
        self.offered_walk_in: str | None = None
        big = self.ui.searchEdit.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.ui.searchEdit.setFont(big)
        confirm = self.ui.confirmLabel.font()
        confirm.setPointSizeF(confirm.pointSizeF() * 1.5)
        self.ui.confirmLabel.setFont(confirm)
        self.card = ConfirmCard(self.ui.confirmFrame, self.ui.confirmLabel)
        self.keys = build_keys(self)
        #: The session's counts, read off the GUI thread (a count of the whole roster).
        self.tally = BackgroundRead(self._show_counts, self)
        self.undo_keys = UndoKeys(self.ui.searchEdit)
        self.ui.searchEdit.textChanged.connect(self.update_results)
        self.ui.sessionCombo.currentIndexChanged.connect(self.refresh_marks)
        self.ui.walkInButton.clicked.connect(self.walk_in)
        self.ui.walkInName.returnPressed.connect(self.walk_in)
        self.ui.walkInLocalName.returnPressed.connect(self.walk_in)
        self.ui.resultsView.clicked.connect(lambda _i: self._chosen_with_mouse())
        self.ui.resultsView.doubleClicked.connect(lambda _i: self.check_in_chosen())
        desk.event_opened.connect(self.reload)
        desk.roster.updated.connect(self.apply_roster)
        desk.agenda_changed.connect(self.reload_sessions)
        desk.attendance_changed.connect(self.refresh_marks)
        self.card.show("")

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        self.reload_people()
        self.reload_sessions()
        self.ui.searchEdit.clear()
        self.card.show("")

    def reload_people(self) -> None:
        """The whole roster into a new search index, built in the thread pool: when
        an event opens, never after. What is typed meanwhile stays in the field."""
        self.loading.start()
        self.index = self.loading.index
        self.update_results(self.ui.searchEdit.text())

    def _roster_loaded(self) -> None:
        """The index is in: what was typed while it loaded is searched now."""
        self.index = self.loading.index
        if self.card.kind == "loading":
            self.card.show("")
        self.update_results(self.ui.searchEdit.text())

    def apply_roster(self, update: RosterUpdate) -> None:
        """Some people changed: refresh just them in the index, and the matches shown
        (a match chosen with the arrows stays chosen while it is still there)."""
        if not self.loading.apply(update):
            return  # taken into the index being built
        text = self.ui.searchEdit.text()
        matches = matches_for(self.index, self.results.marks, text, RESULT_LIMIT)
        if matches == self.results.matches:
            return
        current = self.ui.resultsView.currentIndex()
        chosen = current.data(PersonIdRole) if self.chosen_by_hand and current.isValid() else None
        self.chosen_by_hand = False
        self.asked = None
        self._show(text, matches)
        shown = [m.person_id for m in matches]
        if chosen in shown:
            self.ui.resultsView.setCurrentIndex(self.results.index(shown.index(chosen)))
            self.chosen_by_hand = True

    def reload_sessions(self) -> None:
        combo = self.ui.sessionCombo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        sessions = []
        if self.desk.current_event is not None:
            sessions = agenda.list_sessions(self.desk.store, self.desk.current_event.id)
        for session in sessions:
            when = format_date(session.starts_at, "EEEHm")  # weekday and time, as at the venue
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
        """The session's check-ins at once (a look-up by session); its counts after.

        Counting the expected participants reads every person of the event, so
        the count is read in the background and the line changes when it comes.
        """
        session_id = self.session_id()
        marks = attendance.statuses(self.desk.store, session_id) if session_id else {}
        self.results.set_marks(marks)
        if not self.ui.searchEdit.text().strip():
            self.update_results("")
        if session_id:
            store = self.desk.store
            self.tally.ask(lambda: (session_id, attendance.counts(store, session_id)))
        else:
            self.ui.countsLabel.setText(self.tr("No session yet — add one in the Agenda"))

    def _show_counts(self, found: tuple[str, attendance.SessionCounts]) -> None:
        session_id, tally = found
        if session_id != self.session_id():
            return  # another session was chosen meanwhile; its count is on the way
        self.ui.countsLabel.setText(
            self.tr("Present {0} (late {1}) / expected {2}").format(
                format_count(tally.arrived), format_count(tally.late),
                format_count(tally.expected),
            )
        )

    # ------------------------------------------------------------ searching
    def update_results(self, text: str) -> None:
        """Matches while typing; the latest check-ins while the field is empty."""
        self.chosen_by_hand = False
        self.asked = None
        self._show(text, matches_for(self.index, self.results.marks, text, RESULT_LIMIT))

    def _show(self, text: str, matches: list[Match]) -> None:
        if self.loading.loading:
            self.ui.resultsLabel.setText(self.tr("Loading the roster…"))
        elif text.strip():
            self.ui.resultsLabel.setText(self.tr("Matches: {0}").format(format_count(len(matches))))
        else:
            self.ui.resultsLabel.setText(
                self.tr("Latest check-ins") if matches else self.tr("No check-ins yet")
            )
        self.results.set_matches(matches)
        if self.results.rowCount() and text.strip():
            self.ui.resultsView.setCurrentIndex(self.results.index(0))

    def move_choice(self, step: int) -> None:
        """Choose the match ``step`` rows below (negative: above) the chosen one."""
        count = self.results.rowCount()
        if not count:
            return
        row = self.ui.resultsView.currentIndex().row()
        row = min(max(row + step, 0), count - 1)
        self.ui.resultsView.setCurrentIndex(self.results.index(row))
        self.chosen_by_hand = True

    def _chosen_with_mouse(self) -> None:
        self.chosen_by_hand = True
        self.ui.searchEdit.setFocus()

    def clear_search(self) -> None:
        self.ui.searchEdit.clear()

    # ------------------------------------------------------------ checking in
    def check_in_chosen(self) -> None:
        text = self.ui.searchEdit.text()
        session_id = self.session_id()
        if not text.strip():
            return
        if session_id is None:
            self.card.show(self.tr("Add a session in the Agenda first."), "error")
            return
        person_id = self.loading.by_code(text)  # a scanner types the code and Enter
        if person_id is None and self.loading.loading:
            wait = self.tr("The roster is still loading — press Enter again when the matches show.")
            self.card.show(html.escape(wait), "loading")
            return
        if person_id is None:
            current = self.ui.resultsView.currentIndex()
            person_id = current.data(PersonIdRole) if current.isValid() else None
            if person_id is not None and self._unclear(text):
                self.ask(text, self.results.matches[current.row()])
                return
        if person_id is None:
            self.card.show(
                self.tr("No one matches “{0}”. Register them as a walk-in below.").format(text),
                "error",
            )
            self.ui.walkInName.setText(text.strip())
            self.offered_walk_in = text.strip()
            return
        self.record(
            lambda: attendance.check_in(
                self.desk.store,
                session_id,
                person_id,
                grace_minutes=self.desk.late_grace_minutes,
            )
        )

    def _unclear(self, text: str) -> bool:
        """The text fits several people equally well, nobody was chosen by hand and
        the desk has not asked about this text yet."""
        if self.chosen_by_hand or self.asked == text:
            return False
        return len(tied_best(self.results.matches)) > 1

    def ask(self, text: str, shown: Match) -> None:
        """Say who Enter would check in, instead of checking in a guess."""
        self.asked = text
        count = len(tied_best(self.results.matches))
        question = self.tr("{0} people match “{1}”.").format(format_count(count), text.strip())
        answer = self.tr("Enter again checks in {0} — or choose with ↑/↓.").format(
            shown.display_name
        )
        self.card.show(f"<b>{html.escape(question)}</b><br>{html.escape(answer)}", "ask")

    def walk_in(self) -> None:
        name = self.ui.walkInName.text().strip()
        session_id = self.session_id()
        if not name or session_id is None:
            self.ui.walkInName.setFocus()
            return
        local = self.ui.walkInLocalName.text().strip() or None
        self.record(
            lambda: attendance.walk_in(
                self.desk.store,
                session_id,
                name,
                local_name=local,
                grace_minutes=self.desk.late_grace_minutes,
            ),
            new_person=True,
        )

    def record(self, action: Callable[[], attendance.CheckIn], new_person: bool = False) -> bool:
        try:
            done = action()
        except UserError as exc:
            self.card.show(str(exc), "error")
            return False
        if new_person:
            self.desk.announce_people([done.person_id])
        if new_person or self.ui.walkInName.text().strip() == self.offered_walk_in:
            # the walk-in is registered, or the search it came from found its person after all
            self.ui.walkInName.clear()
            self.ui.walkInLocalName.clear()
        self.offered_walk_in = None
        if not done.already:
            self.desk.undo_stack.push(CheckInCommand(self, done))
        self.confirm(done)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.setFocus()
        return True

    # ------------------------------------------------------------ the card
    def confirm(self, done: attendance.CheckIn) -> None:
        name = self._name(done)
        when = local_time(self.desk, done.checked_at)
        if done.already:
            text = self.tr("Already checked in: {0} at {1}").format(status_text(done.status), when)
            self.card.show(f"<b>{name}</b><br>{html.escape(text)}", "already")
        else:
            text = self.tr("Checked in: {0} at {1}").format(status_text(done.status), when)
            self.card.show(f"<b>{name}</b><br>{html.escape(text)}", done.status)

    def show_undone(self, done: attendance.CheckIn) -> None:
        """The card after Ctrl+Z: the check-in is gone, and so is a walk-in's new person."""
        if done.new_person:
            text = self.tr("Walk-in undone: not checked in, and off the roster again")
        else:
            text = self.tr("Check-in undone: not checked in")
        self.card.show(f"<b>{self._name(done)}</b><br>{html.escape(text)}", "undone")

    def _name(self, done: attendance.CheckIn) -> str:
        name = html.escape(done.display_name)
        if done.local_name:
            name += f"<br>{html.escape(done.local_name)}"
        return name

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.ui.searchEdit.setFocus()
