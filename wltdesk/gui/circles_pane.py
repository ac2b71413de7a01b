"""Reflection circles: set one up, run the round by keys, take notes, read the summary.

The pane lists the event's circles. The Run tab is the facilitator's runner:
the prompt, who speaks now and next, a countdown per speaker that chimes
once when time is up, and keys for everything (Space start/pause, Right or
Enter next, P pass, Left or Backspace back, N note, F5 projector), so the
facilitator can look at the room instead of the screen. The rules of the
round live in :class:`wltdesk.circles.CircleRunner`; this pane only shows it
and saves its record (who spoke, how long, who passed) after every step.
"""

from __future__ import annotations

import html
import math
import random
import time
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from wltdesk import agenda, circles, people
from wltdesk.errors import UserError
from wltdesk.gui import projector
from wltdesk.gui.agenda_model import RoomyDelegate
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_circle_dialog import Ui_CircleDialog
from wltdesk.gui.forms.ui_circle_projector import Ui_CircleProjectorPage
from wltdesk.gui.forms.ui_circles_pane import Ui_CirclesPane
from wltdesk.gui.forms.ui_note_dialog import Ui_NoteDialog
from wltdesk.gui.sound import Chime

TICK_MS = 200
PersonRole = Qt.ItemDataRole.UserRole + 1
OVER_TIME = QColor("#b3261e")
OVER_TIME_ON_DARK = "#FF5A4F"  # the projector's own "time is up" red


def clock_text(seconds: float) -> str:
    """m:ss as a countdown reads (0.4 s left is still 0:01), with a minus sign once
    a speaker is over time."""
    whole = math.ceil(seconds) if seconds >= 0 else math.floor(-seconds)
    sign = "−" if seconds < 0 and whole > 0 else ""
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def visibility_labels() -> dict[str, str]:
    return {
        "private": QCoreApplication.translate("CirclesPane", "Private — only me"),
        "organizers": QCoreApplication.translate("CirclesPane", "Organizers"),
        "public": QCoreApplication.translate("CirclesPane", "Public — in the report"),
    }


def order_labels() -> dict[str, str]:
    return {
        "random": QCoreApplication.translate("CirclesPane", "Random"),
        "seated": QCoreApplication.translate("CirclesPane", "As seated"),
        "manual": QCoreApplication.translate("CirclesPane", "By hand"),
    }


def audience_labels() -> dict[str, str]:
    return {
        "facilitator": QCoreApplication.translate(
            "CirclesPane", "Me, the facilitator (every note)"
        ),
        "organizers": QCoreApplication.translate("CirclesPane", "Organizers"),
        "public": QCoreApplication.translate("CirclesPane", "The public report"),
    }


def language_labels() -> dict[str, str]:
    return {
        "both": QCoreApplication.translate("CirclesPane", "English and Bengali"),
        "en": QCoreApplication.translate("CirclesPane", "English"),
        "bn": QCoreApplication.translate("CirclesPane", "Bengali"),
    }


def speaker_text(speaker: circles.Speaker) -> str:
    if speaker.local_name and speaker.local_name != speaker.display_name:
        return f"{speaker.display_name} ({speaker.local_name})"
    return speaker.display_name


def scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QFont().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


# ------------------------------------------------------------------ undo
class _ExistsCommand(QUndoCommand):
    """A circle or note deleted (or a note added): undo and redo flip its tombstone.

    The first redo is what the pane already did.
    """

    label: str
    exists_after: bool

    def __init__(self, pane: CirclesPane, row_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("CirclesPane", self.label).format(name))
        self.pane = pane
        self.row_id = row_id
        self._first = True

    def set_exists(self, exists: bool) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.set_exists(self.exists_after)
        self.pane.reload()

    def undo(self) -> None:
        self.set_exists(not self.exists_after)
        self.pane.reload()


class DeleteCircleCommand(_ExistsCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Delete circle “{0}”")
    exists_after = False

    def set_exists(self, exists: bool) -> None:
        store = self.pane.desk.store
        if exists:
            circles.restore_circle(store, self.row_id)
        else:
            circles.delete_circle(store, self.row_id)


class _NoteCommand(_ExistsCommand):
    def set_exists(self, exists: bool) -> None:
        store = self.pane.desk.store
        if exists:
            circles.restore_note(store, self.row_id)
        else:
            circles.delete_note(store, self.row_id)


class AddNoteCommand(_NoteCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Add note “{0}”")
    exists_after = True


class DeleteNoteCommand(_NoteCommand):
    label = QT_TRANSLATE_NOOP("CirclesPane", "Delete note “{0}”")
    exists_after = False


def short(text: str, length: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


# ------------------------------------------------------------------ circle dialog
class CircleDialog(QDialog):
    """Set up or change a circle: session, group, time, passing, prompts and speakers.

    The speakers list shows exactly the order that will be saved: as seated,
    shuffled (Shuffle draws again) or by hand (drag, or Alt+Up/Down).
    ``circle_id`` holds the saved circle after the dialog is accepted.
    """

    def __init__(
        self, desk: Desk, view: circles.CircleView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if desk.current_event is None:
            raise UserError("open an event first")
        self.desk = desk
        self.view = view
        self.circle_id: str | None = view.info.id if view else None
        self.seed = random.randrange(1_000_000)
        self.ui = Ui_CircleDialog()
        self.ui.setupUi(self)
        self.resize(900, 600)
        event_id = desk.current_event.id
        store = desk.store
        self.sessions = agenda.list_sessions(store, event_id)
        for session in self.sessions:
            self.ui.sessionCombo.addItem(
                f"{session.starts_at:%a %H:%M} · {session.title}", session.id
            )
        self.ui.groupCombo.addItem(self.tr("— no group —"), None)
        for group_id, name in circles.group_choices(store, event_id):
            self.ui.groupCombo.addItem(name, group_id)
        for mode, label in order_labels().items():
            self.ui.orderCombo.addItem(label, mode)
        for language, label in language_labels().items():
            self.ui.languageCombo.addItem(label, language)
        self.ui.timeEdit.setMinimumTime(QTime(0, 0, 10))
        self.ui.timeEdit.setMaximumTime(QTime(0, 59, 59))
        # two-line items (English and Bengali) need room for the taller script
        for view_widget in (self.ui.libraryList, self.ui.chosenList):
            view_widget.setItemDelegate(RoomyDelegate(view_widget))
        self.library = circles.prompt_library(store, event_id)
        for prompt in self.library:
            text = prompt.text + (f"\n{prompt.text_bn}" if prompt.text_bn else "")
            item = QListWidgetItem(text, self.ui.libraryList)
            item.setData(PersonRole, prompt.id)
        self.roster = {p.id: p for p in people.list_people(store, event_id)}
        self.own_prompts: list[str] = []
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if view is None:
            self.setWindowTitle(self.tr("New circle"))
            ok.setText(self.tr("Create"))
            self._choose_session()
            self.ui.timeEdit.setTime(QTime(0, 2, 0))
            self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData("random"))
            self._fill_speakers(None)
        else:
            info = view.info
            self.setWindowTitle(self.tr("Edit circle"))
            ok.setText(self.tr("Save"))
            self.ui.titleEdit.setText(info.title)
            self.ui.sessionCombo.setCurrentIndex(
                max(0, self.ui.sessionCombo.findData(info.session_id))
            )
            self.ui.sessionCombo.setEnabled(False)  # a circle stays with its session
            self.ui.groupCombo.setCurrentIndex(max(0, self.ui.groupCombo.findData(info.group_id)))
            seconds = info.seconds_per_speaker
            self.ui.timeEdit.setTime(QTime(0, seconds // 60, seconds % 60))
            self.ui.passCheck.setChecked(info.allow_pass)
            self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData(info.order_mode))
            for prompt_text in info.prompts:
                QListWidgetItem(prompt_text, self.ui.chosenList)
            self._fill_speakers([s.person_id for s in view.speakers])
        self.ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._fill_speakers(None))
        self.ui.groupCombo.currentIndexChanged.connect(lambda _i: self._fill_speakers(None))
        self.ui.orderCombo.currentIndexChanged.connect(lambda _i: self._arrange())
        self.ui.shuffleButton.clicked.connect(self.shuffle)
        self.ui.libraryList.itemActivated.connect(lambda _item: self.use_prompt())
        self.ui.usePromptButton.clicked.connect(self.use_prompt)
        self.ui.addOwnButton.clicked.connect(self.add_own_prompt)
        self.ui.ownPromptEdit.installEventFilter(self)  # Enter adds the prompt, not OK
        self.ui.removePromptButton.clicked.connect(self.remove_prompt)
        self.ui.upButton.clicked.connect(lambda: self.move_speaker(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_speaker(1))
        # later, not inside the item's own change: arranging replaces the items
        self.ui.speakersList.itemChanged.connect(
            lambda _item: QTimer.singleShot(0, self, self._arrange)
        )
        self.ui.speakersList.model().rowsMoved.connect(lambda *_: self._moved_by_hand())
        self.ui.speakersList.installEventFilter(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_shuffle()
        self.ui.titleEdit.setFocus()

    # ------------------------------------------------------------ sessions
    def _choose_session(self) -> None:
        """Preselect the session on now, else the first reflection circle, else the first."""
        event = self.desk.current_event
        if event is None or not self.sessions:
            return
        from wltdesk import events

        current = agenda.current_session(self.sessions, events.local_now(event))
        circle_kind = next((s for s in self.sessions if s.kind == "reflection circle"), None)
        chosen = current or circle_kind or self.sessions[0]
        self.ui.sessionCombo.setCurrentIndex(self.ui.sessionCombo.findData(chosen.id))
        if not self.ui.titleEdit.text():
            self.ui.titleEdit.setText(chosen.title)

    # ------------------------------------------------------------ speakers
    def _seating(self) -> list[str]:
        session_id = self.ui.sessionCombo.currentData()
        if not session_id:
            return []
        try:
            seated = circles.seating(self.desk.store, session_id, self.ui.groupCombo.currentData())
        except UserError:
            return []
        return [s.person_id for s in seated]

    def _fill_speakers(self, chosen: list[str] | None) -> None:
        """Speakers ticked in order (``chosen``, or the seating), then everyone else."""
        self.seated = self._seating()
        ticked = chosen if chosen is not None else self.seated
        rest = [p for p in self.roster if p not in ticked]
        widget = self.ui.speakersList
        widget.blockSignals(True)
        widget.clear()
        for person_id in [*ticked, *rest]:
            person = self.roster.get(person_id)
            if person is None:
                continue
            label = person.display_name
            if person.local_name and person.local_name != person.display_name:
                label += f" ({person.local_name})"
            item = QListWidgetItem(label, widget)
            item.setData(PersonRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in ticked else Qt.CheckState.Unchecked
            )
        widget.blockSignals(False)
        if chosen is None:
            self._arrange()
        self._update_hint()

    def ticked(self) -> list[str]:
        """The ticked speakers, in the order shown."""
        widget = self.ui.speakersList
        return [
            widget.item(row).data(PersonRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _in_seat_order(self, person_ids: list[str]) -> list[str]:
        seat = {p: n for n, p in enumerate(self.seated)}
        names = {
            p: (self.roster[p].display_name.casefold() if p in self.roster else "")
            for p in person_ids
        }
        return sorted(person_ids, key=lambda p: (seat.get(p, len(seat)), names[p], p))

    def _arrange(self) -> None:
        """Show the order the chosen rule gives (by hand: leave it as it is)."""
        mode = self.ui.orderCombo.currentData()
        if mode == "manual":
            self._update_shuffle()
            self._update_hint()
            return
        ticked = self._in_seat_order(self.ticked())
        order = circles.arrange(ticked, mode, self.seed) if mode == "random" else ticked
        widget = self.ui.speakersList
        rows = {widget.item(r).data(PersonRole): r for r in range(widget.count())}
        unticked = [p for p in rows if p not in order]
        unticked = self._in_seat_order(unticked)
        items = [widget.item(rows[p]).clone() for p in [*order, *unticked]]
        widget.blockSignals(True)
        widget.clear()
        for item in items:
            widget.addItem(item)
        widget.blockSignals(False)
        self._update_shuffle()
        self._update_hint()

    def shuffle(self) -> None:
        self.seed = random.randrange(1_000_000)
        self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData("random"))
        self._arrange()

    def move_speaker(self, step: int) -> None:
        widget = self.ui.speakersList
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)
        self._moved_by_hand()

    def _moved_by_hand(self) -> None:
        """Reordering by hand makes the order hand-made."""
        self.ui.orderCombo.blockSignals(True)
        self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData("manual"))
        self.ui.orderCombo.blockSignals(False)
        self._update_shuffle()
        self._update_hint()

    def _update_shuffle(self) -> None:
        self.ui.shuffleButton.setEnabled(bool(self.ticked()))

    def _update_hint(self) -> None:
        count = len(self.ticked())
        self.ui.speakersHint.setText(
            self.tr("Speakers ticked: {0}. Drag, or Alt+Up/Down, to reorder by hand.").format(count)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.ownPromptEdit and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.type() == QEvent.Type.KeyPress:
                self.add_own_prompt()
                return True
        if watched is self.ui.speakersList and isinstance(event, QKeyEvent):
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if event.type() == QEvent.Type.KeyPress and alt:
                if event.key() == Qt.Key.Key_Up:
                    self.move_speaker(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self.move_speaker(1)
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ prompts
    def use_prompt(self) -> None:
        item = self.ui.libraryList.currentItem()
        if item is None:
            return
        prompt = next(p for p in self.library if p.id == item.data(PersonRole))
        wording = prompt.wording(self.ui.languageCombo.currentData())
        QListWidgetItem(wording, self.ui.chosenList)

    def add_own_prompt(self) -> None:
        text = self.ui.ownPromptEdit.text().strip()
        if not text:
            return
        QListWidgetItem(text, self.ui.chosenList)
        self.own_prompts.append(text)
        self.ui.ownPromptEdit.clear()

    def remove_prompt(self) -> None:
        row = self.ui.chosenList.currentRow()
        if row >= 0:
            self.ui.chosenList.takeItem(row)

    def prompts(self) -> list[str]:
        widget = self.ui.chosenList
        return [widget.item(row).text() for row in range(widget.count())]

    # ------------------------------------------------------------ saving
    def seconds(self) -> int:
        chosen = self.ui.timeEdit.time()
        return chosen.minute() * 60 + chosen.second()

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()

    def save(self) -> None:
        store = self.desk.store
        event = self.desk.current_event
        assert event is not None
        session_id = self.ui.sessionCombo.currentData()
        if not session_id:
            raise UserError(self.tr("Choose the session the circle belongs to."))
        mode = self.ui.orderCombo.currentData()
        group_id = self.ui.groupCombo.currentData()
        ticked = self.ticked()
        if self.view is None:
            speakers = ticked if mode == "manual" else self._in_seat_order(ticked)
            self.circle_id = circles.create_circle(
                store,
                session_id,
                self.ui.titleEdit.text(),
                self.prompts(),
                group_id=group_id,
                order_mode=mode,
                speakers=speakers,
                seconds_per_speaker=self.seconds(),
                allow_pass=self.ui.passCheck.isChecked(),
                seed=self.seed,
            )
        else:
            circles.update_circle(
                store,
                self.view.info.id,
                title=self.ui.titleEdit.text(),
                prompts=self.prompts(),
                seconds_per_speaker=self.seconds(),
                allow_pass=self.ui.passCheck.isChecked(),
                group_id=group_id,
                order_mode=mode,
                speaking_order=ticked,
            )
        if self.ui.keepCheck.isChecked():
            known = {p.text.casefold() for p in self.library}
            for text in self.own_prompts:
                if text.casefold() not in known and text in self.prompts():
                    circles.add_prompt(store, event.id, text)
                    known.add(text.casefold())


# ------------------------------------------------------------------ note dialog
class NoteDialog(QDialog):
    """Add or edit a note: about a speaker or the whole circle, themes, visibility.

    Anonymity is chosen when a note is written and cannot change later (the
    service explains why), so editing shows it but does not offer it.
    """

    def __init__(
        self,
        desk: Desk,
        view: circles.CircleView,
        note: circles.Note | None = None,
        speaker_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view = view
        self.note = note
        self.note_id: str | None = note.id if note else None
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self.ui.speakerCombo.addItem(self.tr("The whole circle"), None)
        for speaker in view.speakers:
            self.ui.speakerCombo.addItem(speaker_text(speaker), speaker.person_id)
        for visibility, label in visibility_labels().items():
            self.ui.visibilityCombo.addItem(label, visibility)
        event_id = desk.event_id or ""
        completer = QCompleter(circles.known_themes(desk.store, event_id), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.themesEdit.setCompleter(completer)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if note is None:
            self.setWindowTitle(self.tr("Add note"))
            ok.setText(self.tr("Add"))
            self.ui.speakerCombo.setCurrentIndex(max(0, self.ui.speakerCombo.findData(speaker_id)))
            self.ui.visibilityCombo.setCurrentIndex(self.ui.visibilityCombo.findData("private"))
        else:
            self.setWindowTitle(self.tr("Edit note"))
            ok.setText(self.tr("Save"))
            self.ui.anonymousCheck.setChecked(note.anonymous)
            self.ui.anonymousCheck.setEnabled(False)
            if note.person_id and self.ui.speakerCombo.findData(note.person_id) < 0:
                # no longer in the speaking order: keep the note about them
                self.ui.speakerCombo.addItem(note.display_name or "?", note.person_id)
            self.ui.speakerCombo.setCurrentIndex(
                max(0, self.ui.speakerCombo.findData(note.person_id))
            )
            self.ui.textEdit.setPlainText(note.text)
            self.ui.themesEdit.setText(", ".join(note.themes))
            self.ui.visibilityCombo.setCurrentIndex(
                self.ui.visibilityCombo.findData(note.visibility)
            )
        self.ui.anonymousCheck.toggled.connect(self._anonymous_changed)
        self._anonymous_changed(self.ui.anonymousCheck.isChecked())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textEdit.setFocus()

    def _anonymous_changed(self, anonymous: bool) -> None:
        self.ui.speakerCombo.setEnabled(
            not anonymous and (self.note is None or not self.note.anonymous)
        )

    def accept(self) -> None:
        try:
            self.save()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()

    def save(self) -> None:
        store = self.desk.store
        anonymous = self.ui.anonymousCheck.isChecked()
        person_id = None if anonymous else self.ui.speakerCombo.currentData()
        themes = [self.ui.themesEdit.text()]
        visibility = self.ui.visibilityCombo.currentData()
        text = self.ui.textEdit.toPlainText()
        if self.note is None:
            self.note_id = circles.add_note(
                store,
                self.view.info.id,
                text,
                person_id=person_id,
                anonymous=anonymous,
                themes=themes,
                visibility=visibility,
            )
        else:
            fields: dict[str, object] = {"text": text, "themes": themes, "visibility": visibility}
            if not self.note.anonymous:
                fields["person_id"] = person_id
            circles.update_note(store, self.note.id, **fields)


# ------------------------------------------------------------------ projector page
class CircleProjectorPage(QWidget):
    """What the room sees in the projector window: the prompt, who speaks, the time
    left, who is next.

    Text sizes are multiples of the projector window's unit (:meth:`rescale`),
    so the page reads at the back of a hall at 1280×720 and on any projector.
    """

    SIZES = ((1.3, False), (2.6, True), (5.0, True), (1.1, False))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CircleProjectorPage()
        self.ui.setupUi(self)
        self.over = False
        self._labels = (
            self.ui.promptLabel,
            self.ui.speakerLabel,
            self.ui.timeLabel,
            self.ui.nextLabel,
        )
        for label in self._labels:
            label.setStyleSheet(f"color: {projector.FOREGROUND};")
        self.rescale(30)

    def show_state(
        self, prompt: str, speaker: str, time_left: str, upcoming: str, over: bool
    ) -> None:
        self.ui.promptLabel.setText(prompt)
        self.ui.speakerLabel.setText(speaker)
        self.ui.timeLabel.setText(time_left)
        self.ui.nextLabel.setText(upcoming)
        if over != self.over:
            self.over = over
            colour = OVER_TIME_ON_DARK if over else projector.FOREGROUND
            self.ui.timeLabel.setStyleSheet(f"color: {colour};")

    def rescale(self, unit: int) -> None:
        """Called by the projector window whenever its size changes."""
        for label, (factor, bold) in zip(self._labels, self.SIZES, strict=True):
            font = QFont(label.font())
            font.setPixelSize(max(8, round(unit * factor)))
            font.setBold(bold)
            label.setFont(font)


# ------------------------------------------------------------------ the pane
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
        scaled(self.ui.promptLabel, 1.3, bold=True)
        scaled(self.ui.currentLabel, 2.0, bold=True)
        scaled(self.ui.nextLabel, 1.15)
        scaled(self.ui.countdownLabel, 3.6, bold=True)
        for audience, label in audience_labels().items():
            self.ui.audienceCombo.addItem(label, audience)
        self.ui.audienceCombo.setCurrentIndex(self.ui.audienceCombo.findData("public"))
        table = self.ui.notesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("About"), self.tr("Visible to"), self.tr("Themes"), self.tr("Note")]
        )
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._connect()
        desk.event_opened.connect(self.reload)
        desk.people_changed.connect(self.reload)
        desk.agenda_changed.connect(self.reload)
        self.reload()

    def _connect(self) -> None:
        ui = self.ui
        ui.circlesList.currentRowChanged.connect(lambda _row: self._circle_chosen())
        ui.circlesList.itemActivated.connect(lambda _item: self.edit_circle())
        ui.newButton.clicked.connect(self.new_circle)
        ui.editButton.clicked.connect(self.edit_circle)
        ui.deleteButton.clicked.connect(self.delete_circle)
        ui.startButton.clicked.connect(self.toggle_pause)
        ui.nextButton.clicked.connect(self.next_speaker)
        ui.passButton.clicked.connect(self.pass_turn)
        ui.backButton.clicked.connect(self.back)
        ui.noteButton.clicked.connect(self.note_for_speaker)
        ui.projectorButton.clicked.connect(self.show_projector)
        ui.addNoteButton.clicked.connect(lambda: self.add_note(None))
        ui.editNoteButton.clicked.connect(self.edit_note)
        ui.deleteNoteButton.clicked.connect(self.delete_note)
        ui.notesTable.itemDoubleClicked.connect(lambda _item: self.edit_note())
        ui.notesTable.itemSelectionChanged.connect(self._update_buttons)
        ui.audienceCombo.currentIndexChanged.connect(lambda _i: self._show_summary())
        ui.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        ui.runTab.installEventFilter(self)
        ui.notesTable.installEventFilter(self)
        ui.circlesList.installEventFilter(self)

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
        self._circle_chosen(keep_runner=bool(keep and keep in rows))

    def selected_circle_id(self) -> str | None:
        item = self.ui.circlesList.currentItem()
        return item.data(PersonRole) if item else None

    def _circle_chosen(self, keep_runner: bool = False) -> None:
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
        self._show_notes()
        self._show_summary()
        self._update_buttons()

    def _set_runner(self, runner: circles.CircleRunner | None) -> None:
        if self.runner is not None:
            self.runner.pause()
        self.timer.stop()
        self.runner = runner

    # ------------------------------------------------------------ run tab
    def prompt_text(self) -> str:
        return "\n".join(self.view.info.prompts) if self.view else ""

    def _show_run(self) -> None:
        ui = self.ui
        runner, view = self.runner, self.view
        ui.promptLabel.setText(self.prompt_text())
        if view is None or runner is None:
            message = (
                self.tr("Open or create an event (Event menu) first.")
                if self.desk.event_id is None
                else self.tr("No circle yet — New… (Ctrl+N) sets one up for a session.")
            )
            ui.currentLabel.setText(message)
            ui.nextLabel.clear()
            ui.countdownLabel.clear()
            ui.orderList.clear()
            self._show_projector()
            return
        if not runner.speakers:
            ui.currentLabel.setText(self.tr("No speakers — Edit… to tick who sits in the circle."))
            ui.nextLabel.clear()
        elif runner.finished:
            turns = runner.turns()
            passed = sum(1 for t in turns if t["passed"])
            ui.currentLabel.setText(self.tr("The round is complete."))
            ui.nextLabel.setText(
                self.tr("{0} spoke, {1} passed. Back (←) returns to the last speaker.").format(
                    len(turns) - passed, passed
                )
            )
        else:
            assert runner.current is not None
            ui.currentLabel.setText(speaker_text(runner.current))
            upcoming = runner.upcoming
            ui.nextLabel.setText(
                self.tr("Next: {0}").format(speaker_text(upcoming))
                if upcoming
                else self.tr("Last speaker")
            )
        self._show_order()
        self._show_time()

    def _show_order(self) -> None:
        runner = self.runner
        widget = self.ui.orderList
        widget.clear()
        if runner is None:
            return
        for position, speaker in enumerate(runner.speakers):
            record = runner.record(position)
            if position == runner.position:
                state = self.tr("◀ now")
            elif record is None:
                state = ""
            elif record[1]:
                state = self.tr("passed")
            else:
                state = clock_text(record[0])
            text = f"{position + 1}. {speaker_text(speaker)}"
            item = QListWidgetItem(f"{text}   {state}".rstrip(), widget)
            if position == runner.position:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not runner.finished:
            widget.scrollToItem(widget.item(runner.position))

    def _show_time(self) -> None:
        runner, ui = self.runner, self.ui
        if runner is None or runner.finished or not runner.speakers:
            ui.countdownLabel.setText("")
            ui.startButton.setText(self.tr("Start"))
            self._show_projector()
            return
        remaining = runner.remaining()
        ui.countdownLabel.setText(clock_text(remaining))
        colour = OVER_TIME.name() if remaining < 0 else ("gray" if not runner.running else "")
        ui.countdownLabel.setStyleSheet(f"color: {colour};" if colour else "")
        if runner.running:
            ui.startButton.setText(self.tr("Pause"))
        elif runner.elapsed() > 0:
            ui.startButton.setText(self.tr("Resume"))
        else:
            ui.startButton.setText(self.tr("Start"))
        self._show_projector()

    def _tick(self) -> None:
        if self.runner is None:
            self.timer.stop()
            return
        if self.runner.tick():
            self.chime.ring()
        self._show_time()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_event = self.desk.event_id is not None
        runner = self.runner
        has_circle = self.view is not None
        ui.newButton.setEnabled(has_event)
        ui.editButton.setEnabled(has_circle)
        ui.deleteButton.setEnabled(has_circle)
        live = runner is not None and bool(runner.speakers)
        going = live and runner is not None and not runner.finished
        ui.startButton.setEnabled(going)
        ui.nextButton.setEnabled(going)
        ui.passButton.setEnabled(going and runner is not None and runner.allow_pass)
        ui.backButton.setEnabled(live and runner is not None and runner.position > 0)
        ui.noteButton.setEnabled(has_circle)
        ui.projectorButton.setEnabled(has_circle)
        ui.addNoteButton.setEnabled(has_circle)
        chosen = self._chosen_note() is not None
        ui.editNoteButton.setEnabled(chosen)
        ui.deleteNoteButton.setEnabled(chosen)

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
        self._update_buttons()

    def next_speaker(self) -> None:
        if self.runner is not None and not self.runner.finished:
            self._step(lambda r: r.next())

    def pass_turn(self) -> None:
        if self.runner is not None and not self.runner.finished:
            self._step(lambda r: r.pass_turn())

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
        self._show_summary()

    # ------------------------------------------------------------ projector
    def show_projector(self) -> None:
        """The room's view in the projector window (F5), on the likely projector screen."""
        if self.view is None:
            return
        if self.projector is None:
            self.projector_page = CircleProjectorPage()
            self.projector = projector.ProjectorWindow(self.window())
            self.projector.set_content(self.projector_page)
        self.projector.show_on(projector.default_screen())
        self._show_projector()

    def _show_projector(self) -> None:
        page, runner = self.projector_page, self.runner
        if page is None:
            return
        if runner is None or runner.finished or runner.current is None:
            done = self.tr("The round is complete.") if runner and runner.finished else ""
            page.show_state(self.prompt_text(), done, "", "", False)
            return
        upcoming = runner.upcoming
        remaining = runner.remaining()
        page.show_state(
            self.prompt_text(),
            speaker_text(runner.current),
            clock_text(remaining),
            self.tr("Next: {0}").format(speaker_text(upcoming)) if upcoming else "",
            remaining < 0,
        )

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
        self._open(CircleDialog(self.desk, None, self))

    def edit_circle(self) -> None:
        if self.view is None:
            return
        self._open(CircleDialog(self.desk, self.view, self))

    def _open(self, dialog: CircleDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._circle_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
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
                info.title, info.notes
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
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._note_added(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _note_added(self, dialog: NoteDialog) -> None:
        if dialog.note_id:
            text = short(dialog.ui.textEdit.toPlainText())
            self.desk.undo_stack.push(AddNoteCommand(self, dialog.note_id, text))
        self.reload()

    def _chosen_note(self) -> circles.Note | None:
        if self.view is None:
            return None
        rows = self.ui.notesTable.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.view.notes[row] if row < len(self.view.notes) else None

    def edit_note(self) -> None:
        note = self._chosen_note()
        if note is None or self.view is None:
            return
        dialog = NoteDialog(self.desk, self.view, note, None, self)
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_note(self) -> None:
        note = self._chosen_note()
        if note is None:
            return
        try:
            circles.delete_note(self.desk.store, note.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Circle"), str(exc))
            return
        self.desk.undo_stack.push(DeleteNoteCommand(self, note.id, short(note.text)))
        self.reload()

    def _show_notes(self) -> None:
        table = self.ui.notesTable
        notes = self.view.notes if self.view else ()
        labels = visibility_labels()
        table.setRowCount(len(notes))
        for row, note in enumerate(notes):
            if note.anonymous:
                about = self.tr("Anonymous")
            else:
                about = note.display_name or self.tr("The whole circle")
            cells = (
                about,
                labels.get(note.visibility, note.visibility),
                ", ".join(note.themes),
                note.text,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 3 else "")
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # ------------------------------------------------------------ summary
    def _show_summary(self) -> None:
        browser = self.ui.summaryBrowser
        if self.view is None:
            browser.clear()
            return
        try:
            found = circles.summary(
                self.desk.store, self.view.info.id, self.ui.audienceCombo.currentData()
            )
        except UserError as exc:
            browser.setPlainText(str(exc))
            return
        browser.setHtml(self.summary_html(found))

    def summary_html(self, found: circles.CircleSummary) -> str:
        esc = html.escape
        where = " · ".join(esc(x) for x in (found.session_title, found.group_name) if x)
        parts = [f"<h2>{esc(found.title)}</h2>"]
        if where:
            parts.append(f"<p>{where}</p>")
        for prompt in found.prompts:
            parts.append(f"<p><i>{esc(prompt).replace(chr(10), '<br>')}</i></p>")
        totals = found.totals
        parts.append(
            "<p>"
            + self.tr(
                "{0} spoke, {1} passed, of {2} in the circle · {3} shared · {4} notes"
            ).format(
                totals.spoke,
                totals.passed,
                totals.speakers,
                clock_text(totals.seconds),
                totals.notes,
            )
            + "</p>"
        )
        if found.themes:
            heading = self.tr("Themes")
            parts.append(f"<h3>{esc(heading)}</h3><ul>")
            parts += [f"<li>{esc(theme)} — {count}</li>" for theme, count in found.themes]
            parts.append("</ul>")
        if found.quotes:
            heading = self.tr("Quotes")
            parts.append(f"<h3>{esc(heading)}</h3>")
            for quote in found.quotes:
                if quote.speaker:
                    who = quote.speaker
                elif quote.anonymous:
                    who = self.tr("anonymous")
                else:
                    who = self.tr("the whole circle")
                parts.append(f"<p>“{esc(quote.text)}” — <i>{esc(who)}</i></p>")
        if found.time_shared:
            heading = self.tr("Time shared")
            parts.append(f"<h3>{esc(heading)}</h3><table cellpadding='3'>")
            for share in found.time_shared:
                value = self.tr("passed") if share.passed else clock_text(share.seconds)
                parts.append(f"<tr><td>{esc(share.name)}</td><td>{esc(value)}</td></tr>")
            parts.append("</table>")
        return "".join(parts)

    # ------------------------------------------------------------ keyboard
    def _tab_changed(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.runTab:
            self.ui.runTab.setFocus()

    RUN_KEYS: ClassVar[dict[int, str]] = {
        Qt.Key.Key_Space: "toggle_pause",
        Qt.Key.Key_Right: "next_speaker",
        Qt.Key.Key_Return: "next_speaker",
        Qt.Key.Key_Enter: "next_speaker",
        Qt.Key.Key_P: "pass_turn",
        Qt.Key.Key_Left: "back",
        Qt.Key.Key_Backspace: "back",
        Qt.Key.Key_N: "note_for_speaker",
        Qt.Key.Key_F5: "show_projector",
    }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Runner keys on the Run tab; Insert, Enter and Delete on notes; Ctrl+N for a circle."""
        if not isinstance(event, QKeyEvent) or event.type() not in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            return super().eventFilter(watched, event)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        new = (
            QKeySequence(event.keyCombination()).matches(
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)
            )
            == QKeySequence.SequenceMatch.ExactMatch
        )
        if new and watched in (self.ui.runTab, self.ui.circlesList):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                self.new_circle()
            return True
        if watched is self.ui.runTab and plain and event.key() in self.RUN_KEYS:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                getattr(self, self.RUN_KEYS[event.key()])()
            return True
        note_keys = {
            Qt.Key.Key_Delete: self.delete_note,
            Qt.Key.Key_Insert: lambda: self.add_note(None),
            Qt.Key.Key_Return: self.edit_note,
            Qt.Key.Key_Enter: self.edit_note,
        }
        if watched is self.ui.notesTable and plain and event.key() in note_keys:
            if event.type() == QEvent.Type.KeyPress:
                note_keys[event.key()]()
            else:
                event.accept()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if self.ui.tabs.currentWidget() is self.ui.runTab:
            self.ui.runTab.setFocus()
