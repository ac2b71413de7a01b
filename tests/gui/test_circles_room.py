"""A circle run as in a room: in the real window, with the projector, by keys only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wltdesk import circles
from wltdesk.gui.circles.dialogs import CircleDialog
from wltdesk.gui.dialogs import PreferencesDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


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


def active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def circles_section(qtbot, window):
    active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    pane = window.sections["circles"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.ui.runTab)
    return pane


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_the_runner_keys_work_while_the_projector_has_the_focus(qtbot, window, circle_id):
    """On a single or mirrored screen the projector covers the window: its keys run the round."""
    pane = circles_section(qtbot, window)
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_F5)
    projector = pane.projector
    assert projector is not None and projector.isVisible()
    active(qtbot, projector)
    page = pane.projector_page
    assert page.ui.speakerLabel.text().startswith("Rakib Hasan")
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert pane.runner.running
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert page.ui.speakerLabel.text().startswith("Rakibul Islam")
    qtbot.keyClick(projector, Qt.Key.Key_P)  # Rakibul passes
    assert page.ui.speakerLabel.text().startswith("Farhana Akter")
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert page.ui.speakerLabel.text().startswith("Rakibul Islam")
    turns = circles.get_circle(window.desk.store, circle_id).turns
    assert [t.person_id for t in turns] == [pane.runner.speakers[0].person_id]
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_next_starts_the_next_speakers_time_by_itself(qtbot, window, circle_id):
    pane = circles_section(qtbot, window)
    assert not pane.runner.running  # the first speaker starts with Space, or with →
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_Right)
    assert pane.ui.currentLabel.text().startswith("Rakibul Islam")
    assert pane.runner.running and pane.timer.isActive()
    assert pane.ui.startButton.text() == "Pause"
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_Space)  # a pause, then P: the next one runs
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_P)
    assert pane.ui.currentLabel.text().startswith("Farhana Akter")
    assert pane.runner.running


def test_a_preference_lets_each_speaker_start_with_space(qtbot, window, circle_id, monkeypatch):
    shown = []

    def answer(dialog: PreferencesDialog) -> int:  # exec() without its own event loop
        shown.append(dialog)
        dialog.show()
        active(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)  # the Circles box, by its mnemonic
        qtbot.waitUntil(lambda: not dialog.ui.autoStartCheck.isChecked())
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    assert shown and not window.settings.auto_start_speakers
    pane = circles_section(qtbot, window)
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_Space)
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_Right)
    assert pane.ui.currentLabel.text().startswith("Rakibul Islam")
    assert not pane.runner.running  # waits for Space
    assert pane.ui.startButton.text() == "Start"
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_Space)
    assert pane.runner.running


def test_time_per_speaker_takes_typed_minutes(qtbot, window, gui_store, live_event):
    pane = circles_section(qtbot, window)
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_N, CTRL)
    dialog = pane.dialog
    assert isinstance(dialog, CircleDialog)
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # T&ime per speaker
    field = QApplication.focusWidget()
    assert field is dialog.ui.timeSpin
    qtbot.keyClicks(field, "3")
    assert field.value() == 180
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "1:30")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = circles.get_circle(gui_store, dialog.circle_id)
    assert made.info.seconds_per_speaker == 90
