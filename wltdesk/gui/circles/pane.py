"""Reflection circles: set one up, run the round by keys, take notes, read the summary.

The pane lists the event's circles. The Run tab is the facilitator's runner:
the prompt, who speaks now and next, a countdown per speaker that chimes
once when time is up, and keys for everything (Space start/pause, Right or
Enter next, P pass, Left or Backspace back, N note, F5 projector), so the
facilitator can look at the room instead of the screen; they work in the
projector window too. Next starts the next speaker's time at once (a
preference turns that off, for starting each with Space). The rules of the
round live in :class:`wltdesk.circles.CircleRunner`; this pane only shows it
and saves its record (who spoke, how long, who passed) after every step.

The parts live next to it: the dialogs in :mod:`~wltdesk.gui.circles.dialogs`,
the Run tab's and the projector's picture of the round in
:mod:`~wltdesk.gui.circles.round`, the notes table and the summary in
:mod:`~wltdesk.gui.circles.notes`, buttons and keys in
:mod:`~wltdesk.gui.circles.controls`, undo in :mod:`~wltdesk.gui.circles.undo`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from wltdesk import agenda, circles
from wltdesk.errors import UserError
from wltdesk.gui import palette, projector
from wltdesk.gui.agenda.model import RoomyDelegate
from wltdesk.gui.circles.controls import CircleControls
from wltdesk.gui.circles.dialogs import CircleDialog, NoteDialog
from wltdesk.gui.circles.labels import PersonRole, short
from wltdesk.gui.circles.notes import NotesTable, SummaryView
from wltdesk.gui.circles.round import CircleProjectorPage, RoundView
from wltdesk.gui.circles.undo import AddNoteCommand, DeleteCircleCommand, DeleteNoteCommand
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_circles_pane import Ui_CirclesPane
from wltdesk.gui.sound import Chime
from wltdesk.language import format_count

TICK_MS = 200


class CirclesPane(QWidget):
    """See the module docstring."""

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        chime: Chime | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CirclesPane()
        self.ui.setupUi(self)
        palette.hint(self.ui.keysLabel)
        self.chime = chime or Chime()
        #: Where the runner reads the time (tests give a clock they move).
        self.clock = clock
        self.view: circles.CircleView | None = None
        self.runner: circles.CircleRunner | None = None
        self.dialog: QDialog | None = None
        self.projector_page: CircleProjectorPage | None = None
        self.projector: projector.ProjectorWindow | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.ui.circlesList.setItemDelegate(RoomyDelegate(self.ui.circlesList))
        self.round_view = RoundView(self.ui)
        self.notes = NotesTable(self.ui.notesTable)
        self.summary = SummaryView(self.ui.summaryBrowser, self.ui.audienceCombo)
        self.controls = CircleControls(self)
        desk.event_opened.connect(self.reload)
        desk.people_changed.connect(self.reload)
        desk.agenda_changed.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Refill the list of circles, keeping the chosen one if it is still there."""
        keep = self.view.info.id if self.view else None
        found = (
            circles.list_circles(self.desk.store, self.desk.event_id) if self.desk.event_id else []
        )
        widget = self.ui.circlesList
        widget.blockSignals(True)
        widget.clear()
        for info in found:
            where = info.session_title or ""
            if info.group_name:
                where += f" · {info.group_name}"
            item = QListWidgetItem(f"{info.title}\n{where}", widget)
            item.setData(PersonRole, info.id)
        rows = [i.id for i in found]
        widget.setCurrentRow(rows.index(keep) if keep in rows else (0 if rows else -1))
        widget.blockSignals(False)
        self.circle_chosen(keep_runner=bool(keep and keep in rows))

    def selected_circle_id(self) -> str | None:
        item = self.ui.circlesList.currentItem()
        return item.data(PersonRole) if item else None

    def circle_chosen(self, keep_runner: bool = False) -> None:
        """Show the circle chosen in the list; keep its runner going if asked and still valid."""
        circle_id = self.selected_circle_id()
        if circle_id is None:
            self.view = None
            self._set_runner(None)
        else:
            same = self.view is not None and self.view.info.id == circle_id
            try:
                self.view = circles.get_circle(self.desk.store, circle_id)
            except UserError:
                self.view = None
            if self.view is None:
                self._set_runner(None)
            elif not (same and keep_runner and self.runner is not None):
                self._set_runner(circles.CircleRunner.for_circle(self.view, self.clock))
            else:
                self.runner.seconds_per_speaker = self.view.info.seconds_per_speaker
                self.runner.allow_pass = self.view.info.allow_pass
        self._show_run()
        self.notes.show(self.view.notes if self.view else ())
        self.show_summary()
        self.controls.update_buttons()

    def _set_runner(self, runner: circles.CircleRunner | None) -> None:
        if self.runner is not None:
            self.runner.pause()
        self.timer.stop()
        self.runner = runner

    # ------------------------------------------------------------ run tab
    def _show_run(self) -> None:
        self.round_view.show(self.view, self.runner, self.desk.event_id is not None)
        self._show_projector()

    def _show_time(self) -> None:
        self.round_view.show_time(self.runner)
        self._show_projector()

    def _tick(self) -> None:
        if self.runner is None:
            self.timer.stop()
            return
        if self.runner.tick():
            self.chime.ring()
        self._show_time()

    # ------------------------------------------------------------ runner keys
    def toggle_pause(self) -> None:
        runner = self.runner
        if runner is None or runner.finished or not runner.speakers:
            return
        runner.toggle_pause()
        if runner.running:
            self.timer.start()
        else:
            self.timer.stop()
        self._show_time()

    def _step(self, action: Callable[[circles.CircleRunner], None]) -> None:
        runner = self.runner
        if runner is None or not runner.speakers or self.view is None:
            return
        try:
            action(runner)
        except UserError as exc:
            QMessageBox.information(self, self.tr("Circle"), str(exc))
            return
        if runner.finished:
            self.timer.stop()
        elif runner.running:
            self.timer.start()
        self._save_turns()
        self._show_run()
        self.controls.update_buttons()

    def next_speaker(self) -> None:
        if self.runner is not None and not self.runner.finished:
            self._step(lambda r: self._moved_on(r, r.next))

    def pass_turn(self) -> None:
        if self.runner is not None and not self.runner.finished:
            self._step(lambda r: self._moved_on(r, r.pass_turn))

    def _moved_on(self, runner: circles.CircleRunner, move: Callable[[], None]) -> None:
        """Next or pass; the next speaker's time starts unless the preference says Space."""
        if not self.desk.auto_start_speakers:
            runner.pause()  # the speaker's time so far is kept; the next one waits
        move()
        if self.desk.auto_start_speakers:
            runner.start()

    def back(self) -> None:
        self._step(lambda r: r.back())

    def _save_turns(self) -> None:
        """Keep the record after every step, so a crash loses nothing said."""
        if self.runner is None or self.view is None:
            return
        try:
            circles.set_turns(self.desk.store, self.view.info.id, self.runner.turns())
            self.view = circles.get_circle(self.desk.store, self.view.info.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Circle"), str(exc))
        self.show_summary()

    # ------------------------------------------------------------ projector
    def show_projector(self) -> None:
        """The room's view in the projector window (F5), on the likely projector screen."""
        if self.view is None:
            return
        if self.projector is None:
            self.projector_page = CircleProjectorPage()
            self.projector = projector.ProjectorWindow(self.window())
            self.projector.set_content(self.projector_page)
            self.controls.follow_projector(self.projector)
        self.projector.show_on(projector.default_screen())
        self._show_projector()

    def _show_projector(self) -> None:
        if self.projector_page is not None:
            self.round_view.project(self.projector_page, self.view, self.runner)

    # ------------------------------------------------------------ circles
    def new_circle(self) -> None:
        if self.desk.event_id is None:
            return
        if not agenda.list_sessions(self.desk.store, self.desk.event_id):
            QMessageBox.information(
                self,
                self.tr("New circle"),
                self.tr("A circle belongs to a session: add one to the agenda first."),
            )
            return
        dialog = CircleDialog(self.desk, None, self)
        self._open(dialog, lambda: self._circle_saved(dialog))

    def edit_circle(self) -> None:
        if self.view is None:
            return
        dialog = CircleDialog(self.desk, self.view, self)
        self._open(dialog, lambda: self._circle_saved(dialog))

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Open a dialog over the pane (kept in ``dialog``); ``accepted`` runs on OK."""
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.controls.hold_keys_while(dialog)
        dialog.open()

    def _circle_saved(self, dialog: CircleDialog) -> None:
        runner_kept = self.view is not None and self.view.info.id == dialog.circle_id
        if runner_kept and dialog.view is not None:
            before = [s.person_id for s in dialog.view.speakers]
            after = circles.get_circle(self.desk.store, dialog.view.info.id)
            if before != [s.person_id for s in after.speakers]:
                self.runner = None  # a new order: start the runner again on it
        self.reload()
        rows = [
            self.ui.circlesList.item(r).data(PersonRole) for r in range(self.ui.circlesList.count())
        ]
        if dialog.circle_id in rows:
            self.ui.circlesList.setCurrentRow(rows.index(dialog.circle_id))
        self.ui.tabs.setCurrentWidget(self.ui.runTab)
        self.ui.runTab.setFocus()

    def delete_circle(self) -> None:
        if self.view is None:
            return
        info = self.view.info
        answer = QMessageBox.question(
            self,
            self.tr("Delete circle"),
            self.tr("Delete the circle “{0}” with its {1} notes?\nCtrl+Z brings it back.").format(
                info.title, format_count(info.notes)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            circles.delete_circle(self.desk.store, info.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Circle"), str(exc))
            return
        self.view = None
        self.desk.undo_stack.push(DeleteCircleCommand(self, info.id, info.title))

    # ------------------------------------------------------------ notes
    def note_for_speaker(self) -> None:
        """A note about the speaker now (or the last one, once the round is over)."""
        runner = self.runner
        speaker_id = None
        if runner is not None and runner.speakers:
            at = min(runner.position, len(runner.speakers) - 1)
            speaker_id = runner.speakers[at].person_id
        self.add_note(speaker_id)

    def add_note(self, speaker_id: str | None) -> None:
        if self.view is None:
            return
        dialog = NoteDialog(self.desk, self.view, None, speaker_id, self)
        self._open(dialog, lambda: self._note_added(dialog))

    def _note_added(self, dialog: NoteDialog) -> None:
        if dialog.note_id:
            text = short(dialog.ui.textEdit.toPlainText())
            self.desk.undo_stack.push(AddNoteCommand(self, dialog.note_id, text))
        self.reload()

    def chosen_note(self) -> circles.Note | None:
        return self.notes.chosen(self.view.notes) if self.view else None

    def edit_note(self) -> None:
        note = self.chosen_note()
        if note is None or self.view is None:
            return
        self._open(NoteDialog(self.desk, self.view, note, None, self), self.reload)

    def delete_note(self) -> None:
        note = self.chosen_note()
        if note is None:
            return
        try:
            circles.delete_note(self.desk.store, note.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Circle"), str(exc))
            return
        self.desk.undo_stack.push(DeleteNoteCommand(self, note.id, short(note.text)))
        self.reload()

    # ------------------------------------------------------------ summary
    def show_summary(self) -> None:
        self.summary.show(self.desk.store, self.view)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controls.focus_run_tab()
