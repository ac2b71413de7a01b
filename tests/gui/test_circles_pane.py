"""The Circles pane driven as a facilitator does: a whole round by keys, notes, summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wltdesk import circles
from wltdesk.gui.circles import CirclesPane
from wltdesk.gui.circles.dialogs import CircleDialog, NoteDialog
from wltdesk.gui.circles.labels import clock_text
from wltdesk.gui.desk import Desk
from wltdesk.gui.sound import Chime


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


class SoundDevice:
    """Stands in for the speakers: records what would have played."""

    def __init__(self) -> None:
        self.played: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.played.append(path)
        return True


@pytest.fixture
def circle_id(gui_store, live_event):
    return circles.create_circle(
        gui_store,
        live_event["session_id"],
        "Closing circle",
        ["What are you taking home?"],
        order_mode="manual",
        speakers=live_event["people"],
        seconds_per_speaker=60,
    )


@pytest.fixture
def pane(qtbot, gui_store, live_event, circle_id):
    desk = Desk(gui_store)
    clock, device = FakeClock(), SoundDevice()
    widget = CirclesPane(desk, chime=Chime(player=device), clock=clock)
    widget.clock_for_test, widget.device_for_test = clock, device  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    desk.open_event(live_event["event_id"])
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def key(qtbot, pane, which: Qt.Key) -> None:
    qtbot.keyClick(pane.ui.runTab, which)


def test_a_whole_circle_by_keys(qtbot, pane, gui_store, circle_id, live_event):
    clock, device = pane.clock_for_test, pane.device_for_test
    ids = live_event["people"]
    ui = pane.ui
    assert ui.promptLabel.text() == "What are you taking home?"
    assert ui.currentLabel.text().startswith("Rakib Hasan")
    assert "Rakibul Islam" in ui.nextLabel.text()
    assert ui.countdownLabel.text() == "1:00"

    key(qtbot, pane, Qt.Key.Key_Space)  # start
    assert pane.runner.running and ui.startButton.text() == "Pause"
    clock.now += 30
    key(qtbot, pane, Qt.Key.Key_Space)  # pause: the next 100 s do not count
    clock.now += 100
    pane._tick()
    assert ui.countdownLabel.text() == "0:30"
    key(qtbot, pane, Qt.Key.Key_Space)  # resume
    clock.now += 35
    pane._tick()
    assert ui.countdownLabel.text() == "−0:05"
    assert len(device.played) == 1  # the chime, once
    pane._tick()
    assert len(device.played) == 1
    key(qtbot, pane, Qt.Key.Key_Right)  # next: Rakib spoke 65 s
    assert ui.currentLabel.text().startswith("Rakibul Islam")

    clock.now += 2
    key(qtbot, pane, Qt.Key.Key_P)  # Rakibul passes
    assert ui.currentLabel.text().startswith("Farhana Akter")
    key(qtbot, pane, Qt.Key.Key_Left)  # back: Rakibul wants to speak after all
    assert ui.currentLabel.text().startswith("Rakibul Islam")
    clock.now += 40
    key(qtbot, pane, Qt.Key.Key_Return)
    clock.now += 20
    key(qtbot, pane, Qt.Key.Key_P)  # Farhana passes
    assert ui.nextLabel.text() == "Last speaker"
    clock.now += 50
    key(qtbot, pane, Qt.Key.Key_Right)
    assert ui.currentLabel.text() == "The round is complete."
    assert not ui.nextButton.isEnabled()

    turns = circles.get_circle(gui_store, circle_id).turns
    assert [(t.person_id, t.seconds, t.passed) for t in turns] == [
        (ids[0], 65, False),
        (ids[1], 42, False),
        (ids[2], 20, True),
        (ids[3], 50, False),
    ]
    # the order list shows the record
    texts = [ui.orderList.item(r).text() for r in range(ui.orderList.count())]
    assert texts[0].endswith("1:05") and texts[2].endswith("passed")
    # the summary shows time shared
    ui.tabs.setCurrentWidget(ui.summaryTab)
    assert "Farhana Akter" in ui.summaryBrowser.toPlainText()


def test_the_runner_resumes_where_the_record_stops(qtbot, gui_store, live_event, circle_id):
    circles.record_turn(gui_store, circle_id, live_event["people"][0], 44)
    desk = Desk(gui_store)
    widget = CirclesPane(desk, chime=Chime(player=SoundDevice()), clock=FakeClock())
    qtbot.addWidget(widget)
    desk.open_event(live_event["event_id"])
    assert widget.ui.currentLabel.text().startswith("Rakibul Islam")


def test_no_passing_circle_says_so(qtbot, pane, gui_store, circle_id, monkeypatch):
    circles.update_circle(gui_store, circle_id, allow_pass=False)
    pane.reload()
    shown = []
    monkeypatch.setattr(
        "wltdesk.gui.circles.pane.QMessageBox.information",
        lambda _parent, _title, text: shown.append(text),
    )
    assert not pane.ui.passButton.isEnabled()
    key(qtbot, pane, Qt.Key.Key_P)
    assert shown == ["passing is not allowed in this circle"]
    assert circles.get_circle(gui_store, circle_id).turns == ()


def test_anonymous_note_by_keys_and_summary(qtbot, pane, gui_store, circle_id, live_event):
    key(qtbot, pane, Qt.Key.Key_N)
    dialog = pane.dialog
    assert isinstance(dialog, NoteDialog)
    assert dialog.ui.speakerCombo.currentData() == live_event["people"][0]
    qtbot.keyClicks(dialog.ui.textEdit, "Afraid to edit, less now")
    dialog.ui.anonymousCheck.setChecked(True)
    assert not dialog.ui.speakerCombo.isEnabled()
    qtbot.keyClicks(dialog.ui.themesEdit, "confidence, fear")
    dialog.ui.visibilityCombo.setCurrentIndex(dialog.ui.visibilityCombo.findData("public"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    [note] = circles.list_notes(gui_store, circle_id, "public")
    assert note.anonymous and note.person_id is None and note.themes == ("confidence", "fear")
    assert pane.ui.notesTable.item(0, 0).text() == "Anonymous"
    pane.ui.tabs.setCurrentWidget(pane.ui.summaryTab)
    text = pane.ui.summaryBrowser.toPlainText()
    assert "Afraid to edit, less now" in text and "anonymous" in text
    # undo removes the note, redo brings it back
    pane.desk.undo_stack.undo()
    assert circles.list_notes(gui_store, circle_id) == []
    pane.desk.undo_stack.redo()
    assert len(circles.list_notes(gui_store, circle_id)) == 1


def test_private_notes_stay_out_of_the_public_summary(qtbot, pane, gui_store, circle_id):
    circles.add_note(gui_store, circle_id, "only for me", visibility="private")
    circles.add_note(gui_store, circle_id, "for the report", visibility="public")
    pane.reload()
    combo = pane.ui.audienceCombo
    combo.setCurrentIndex(combo.findData("public"))
    text = pane.ui.summaryBrowser.toPlainText()
    assert "for the report" in text and "only for me" not in text
    combo.setCurrentIndex(combo.findData("facilitator"))
    assert "only for me" in pane.ui.summaryBrowser.toPlainText()


def test_an_empty_note_is_refused_in_a_dialog(qtbot, pane, gui_store, circle_id, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        "wltdesk.gui.circles.dialogs.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    pane.add_note(None)
    dialog = pane.dialog
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert warnings == ["a note needs some text"]
    assert dialog.isVisible()
    assert circles.list_notes(gui_store, circle_id) == []
    dialog.reject()


def test_set_up_a_circle_in_the_dialog(qtbot, pane, gui_store, live_event):
    pane.new_circle()
    dialog = pane.dialog
    assert isinstance(dialog, CircleDialog)
    ui = dialog.ui
    ui.titleEdit.selectAll()
    qtbot.keyClicks(ui.titleEdit, "Opening round")
    ui.timeSpin.selectAll()
    qtbot.keyClicks(ui.timeSpin, "1:30")
    ui.libraryList.setCurrentRow(1)  # "What surprised you most?"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.usePromptButton.click()
    qtbot.keyClicks(ui.ownPromptEdit, "What will you try first?")
    qtbot.keyClick(ui.ownPromptEdit, Qt.Key.Key_Return)
    ui.orderCombo.setCurrentIndex(ui.orderCombo.findData("seated"))
    # no one is checked in: the roster sits in the circle by name; untick José
    names = [ui.speakersList.item(r).text() for r in range(ui.speakersList.count())]
    assert names[0].startswith("Farhana Akter")
    jose = next(r for r, n in enumerate(names) if n.startswith("José"))
    ui.speakersList.item(jose).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(dialog.ticked()) == 3)
    qtbot.waitUntil(lambda: not ui.speakersList.item(2).text().startswith("José"))
    # move the last ticked speaker up by hand: the order becomes hand-made
    ui.speakersList.setCurrentRow(2)
    qtbot.keyClick(ui.speakersList, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ui.orderCombo.currentData() == "manual"
    expected = dialog.ticked()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    made = next(
        c
        for c in circles.list_circles(gui_store, live_event["event_id"])
        if c.title == "Opening round"
    )
    view = circles.get_circle(gui_store, made.id)
    assert view.info.prompts == ("What surprised you most?", "What will you try first?")
    assert view.info.seconds_per_speaker == 90 and view.info.order_mode == "manual"
    assert [s.person_id for s in view.speakers] == expected and len(expected) == 3
    # the own prompt went into the event's library
    library = circles.prompt_library(gui_store, live_event["event_id"])
    assert library[-1].text == "What will you try first?"
    assert pane.selected_circle_id() == made.id


def test_random_order_in_the_dialog_is_what_gets_saved(qtbot, pane, gui_store, live_event):
    pane.new_circle()
    dialog = pane.dialog
    dialog.ui.orderCombo.setCurrentIndex(dialog.ui.orderCombo.findData("random"))
    dialog.ui.shuffleButton.click()
    shown = dialog.ticked()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    made = circles.get_circle(gui_store, dialog.circle_id)
    assert [s.person_id for s in made.speakers] == shown
    assert made.info.order_mode == "random"


def test_delete_circle_and_undo(qtbot, pane, gui_store, circle_id, live_event, monkeypatch):
    monkeypatch.setattr(
        "wltdesk.gui.circles.pane.QMessageBox.question",
        lambda *args, **kwargs: (
            pane.ui.deleteButton
            and __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Yes
        ),
    )
    pane.delete_circle()
    assert circles.list_circles(gui_store, live_event["event_id"]) == []
    assert pane.ui.circlesList.count() == 0
    pane.desk.undo_stack.undo()
    assert pane.ui.circlesList.count() == 1


def test_without_a_sound_player_the_chime_beeps(monkeypatch, qapp):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    Chime(player=lambda _path: False).ring()
    assert beeps == [1]
    muted = Chime(player=SoundDevice())
    muted.muted = True
    muted.ring()
    assert muted.player.played == []  # type: ignore[union-attr]


def test_clock_text():
    assert clock_text(90) == "1:30"
    assert clock_text(-5.4) == "−0:05"


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_the_projector_shows_prompt_speaker_and_time(qtbot, pane):
    clock = pane.clock_for_test
    key(qtbot, pane, Qt.Key.Key_F5)
    window = pane.projector
    assert window is not None and window.isVisible()
    page = window.content()
    assert page is pane.projector_page
    assert page.ui.promptLabel.text() == "What are you taking home?"
    assert page.ui.speakerLabel.text().startswith("Rakib Hasan")
    assert page.ui.timeLabel.text() == "1:00"
    assert "Rakibul Islam" in page.ui.nextLabel.text()
    big = page.ui.timeLabel.font().pixelSize()
    assert big >= 5 * 12  # large type, in the window's unit
    key(qtbot, pane, Qt.Key.Key_Space)
    clock.now += 75
    pane._tick()
    assert page.ui.timeLabel.text() == "−0:15" and page.over
    key(qtbot, pane, Qt.Key.Key_Right)
    assert page.ui.speakerLabel.text().startswith("Rakibul Islam")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    key(qtbot, pane, Qt.Key.Key_F5)  # the same window comes back
    assert pane.projector is window and window.isVisible()
    window.close()


def test_notes_by_keys_edit_delete_undo(qtbot, pane, gui_store, circle_id, live_event):
    ids = live_event["people"]
    circles.add_note(gui_store, circle_id, "About Farhana", person_id=ids[2], themes=["time"])
    # Farhana leaves the speaking order: her note stays about her when edited
    circles.update_circle(gui_store, circle_id, speaking_order=ids[:2])
    pane.reload()
    pane.ui.tabs.setCurrentWidget(pane.ui.notesTab)
    table = pane.ui.notesTable
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = pane.dialog
    assert isinstance(dialog, NoteDialog)
    assert dialog.ui.speakerCombo.currentData() == ids[2]
    dialog.ui.visibilityCombo.setCurrentIndex(dialog.ui.visibilityCombo.findData("organizers"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    [note] = circles.list_notes(gui_store, circle_id)
    assert (note.person_id, note.visibility) == (ids[2], "organizers")
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert circles.list_notes(gui_store, circle_id) == []
    pane.desk.undo_stack.undo()
    assert len(circles.list_notes(gui_store, circle_id)) == 1
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert isinstance(pane.dialog, NoteDialog) and pane.dialog.note is None
    pane.dialog.reject()
