"""The circle screens' dialogs: set up a circle, and add or edit a note.

:class:`CircleDialog` owns the session, group, time, passing and prompts; its
speakers list is kept in order by :class:`~wltdesk.gui.circles.speakers.SpeakerOrder`.
:class:`NoteDialog` writes a note about a speaker or the whole circle. Both
call :mod:`wltdesk.circles` on OK and stay open with the reason when it refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from wltdesk import agenda, circles, people
from wltdesk.errors import UserError
from wltdesk.gui.agenda.model import RoomyDelegate
from wltdesk.gui.circles.labels import (
    PersonRole,
    language_labels,
    order_labels,
    speaker_text,
    visibility_labels,
)
from wltdesk.gui.circles.speakers import SpeakerOrder
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_circle_dialog import Ui_CircleDialog
from wltdesk.gui.forms.ui_note_dialog import Ui_NoteDialog
from wltdesk.language import format_count, format_date


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
        self.ui = Ui_CircleDialog()
        self.ui.setupUi(self)
        self.resize(900, 600)
        event_id = desk.current_event.id
        store = desk.store
        self.sessions = agenda.list_sessions(store, event_id)
        for session in self.sessions:
            self.ui.sessionCombo.addItem(
                f"{format_date(session.starts_at, 'EEEHm')} · {session.title}", session.id
            )
        self.ui.groupCombo.addItem(self.tr("— no group —"), None)
        for group_id, name in circles.group_choices(store, event_id):
            self.ui.groupCombo.addItem(name, group_id)
        for mode, label in order_labels().items():
            self.ui.orderCombo.addItem(label, mode)
        for language, label in language_labels().items():
            self.ui.languageCombo.addItem(label, language)
        # two-line items (English and Bengali) need room for the taller script
        for view_widget in (self.ui.libraryList, self.ui.chosenList):
            view_widget.setItemDelegate(RoomyDelegate(view_widget))
        self.library = circles.prompt_library(store, event_id)
        for prompt in self.library:
            text = prompt.text + (f"\n{prompt.text_bn}" if prompt.text_bn else "")
            item = QListWidgetItem(text, self.ui.libraryList)
            item.setData(PersonRole, prompt.id)
        roster = {p.id: p for p in people.list_people(store, event_id)}
        self.speakers = SpeakerOrder(
            self.ui.speakersList, self.ui.orderCombo, self.ui.shuffleButton, roster, self
        )
        self.speakers.changed.connect(self._update_hint)
        self.own_prompts: list[str] = []
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if view is None:
            self.setWindowTitle(self.tr("New circle"))
            ok.setText(self.tr("Create"))
            self._choose_session()
            self.ui.timeSpin.setValue(120)
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
            self.ui.timeSpin.setValue(info.seconds_per_speaker)
            self.ui.passCheck.setChecked(info.allow_pass)
            self.ui.orderCombo.setCurrentIndex(self.ui.orderCombo.findData(info.order_mode))
            for prompt_text in info.prompts:
                QListWidgetItem(prompt_text, self.ui.chosenList)
            self._fill_speakers([s.person_id for s in view.speakers])
        self.ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._fill_speakers(None))
        self.ui.groupCombo.currentIndexChanged.connect(lambda _i: self._fill_speakers(None))
        self.ui.libraryList.itemActivated.connect(lambda _item: self.use_prompt())
        self.ui.usePromptButton.clicked.connect(self.use_prompt)
        self.ui.addOwnButton.clicked.connect(self.add_own_prompt)
        self.ui.ownPromptEdit.installEventFilter(self)  # Enter adds the prompt, not OK
        self.ui.removePromptButton.clicked.connect(self.remove_prompt)
        self.ui.upButton.clicked.connect(lambda: self.speakers.move(-1))
        self.ui.downButton.clicked.connect(lambda: self.speakers.move(1))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.speakers.start()
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
        self.speakers.fill(chosen, self._seating())

    def ticked(self) -> list[str]:
        """The ticked speakers, in the order shown."""
        return self.speakers.ticked()

    def _update_hint(self) -> None:
        count = len(self.ticked())
        self.ui.speakersHint.setText(
            self.tr("Speakers ticked: {0}. Drag, or Alt+Up/Down, to reorder by hand.").format(
                format_count(count)
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.ownPromptEdit and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.type() == QEvent.Type.KeyPress:
                self.add_own_prompt()
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
        return self.ui.timeSpin.value()

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
            speakers = ticked if mode == "manual" else self.speakers.in_seat_order(ticked)
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
                seed=self.speakers.seed,
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
