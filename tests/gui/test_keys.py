"""Every key means one thing where it is pressed, and every mnemonic one widget.

The checks read the actions and widgets themselves, so a key or a label added
anywhere later is checked too: in every section (and every tab of it), in the
projector windows, in every Designer form, in English and in Bengali.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)

import wltdesk.gui.forms as forms
from wltdesk import circles
from wltdesk.gui.help import action_words, key_words

CTRL = Qt.KeyboardModifier.ControlModifier


# ------------------------------------------------------------------ shortcuts
def menu_window(menu: QMenu) -> QWidget | None:
    """The window whose menu bar holds ``menu`` (through its parent menus)."""
    for holder in menu.menuAction().associatedObjects():
        if isinstance(holder, QMenuBar) and holder.isVisible():
            return holder.window()
        if isinstance(holder, QMenu) and holder is not menu:
            return menu_window(holder)
    return None


def live_keys() -> dict[QWidget, dict[str, set[QAction | QShortcut]]]:
    """For each window on screen: key → the actions it can fire there now."""
    actions = {
        a
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w)
        for a in w.findChildren(QAction)
        if shiboken6.isValid(a)
    }
    windows: dict[QWidget, dict[str, set[QAction | QShortcut]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for action in actions:
        try:
            if not action.shortcuts() or not action.isVisible():
                continue
        except RuntimeError:  # a wrapper PySide kept for an object Qt has deleted
            continue
        for holder in action.associatedObjects():
            if isinstance(holder, QMenu):
                window = menu_window(holder)
            elif isinstance(holder, QWidget) and holder.isVisible():
                window = holder.window()
            else:
                window = None
            if window is None:
                continue
            for key in action.shortcuts():
                windows[window][key.toString()].add(action)
    # keys made without an action count too (and are a reason the sheet misses them)
    for top in QApplication.topLevelWidgets():
        for shortcut in top.findChildren(QShortcut):
            holder = shortcut.parentWidget()
            if shortcut.isEnabled() and holder is not None and holder.isVisible():
                for key in shortcut.keys():  # noqa: SIM118 (a Qt method, not a dict's)
                    windows[holder.window()][key.toString()].add(shortcut)
    return windows


def clashes() -> list[str]:
    found = []
    for window, keys in live_keys().items():
        for key, actions in keys.items():
            if len(actions) > 1:
                names = sorted(
                    action_words(a) if isinstance(a, QAction) else "a QShortcut" for a in actions
                )
                found.append(f"{window.windowTitle()}: {key} is {names}")
    return found


def tab_states(widget: QWidget):
    """Each tab of each tab widget in ``widget`` shown in turn (and first as it is)."""
    yield None
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


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


def test_no_two_actions_share_a_key_in_any_section_or_window(qtbot, window, circle_id):
    for number, key in enumerate(window.sections, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), CTRL)
        assert window.current_section() == key
        pane = window.sections[key]
        for tab in tab_states(pane):
            assert clashes() == [], f"in {key}, tab {tab}"
    # the circle's projector: the runner's keys and nothing else on them
    window.show_section("circles")
    pane = window.sections["circles"]
    pane.ui.tabs.setCurrentWidget(pane.ui.runTab)
    qtbot.keyClick(pane.ui.runTab, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: pane.projector is not None and pane.projector.isVisible())
    assert clashes() == []
    assert set(live_keys()[pane.projector]) >= {"Space", "Right", "P", "Left", "N"}
    pane.projector.close()


def test_every_key_has_words_for_the_help_sheet(window):
    for key in window.sections:
        window.sections[key]  # builds the pane
    for top in QApplication.topLevelWidgets():
        for action in top.findChildren(QAction):
            if action.shortcuts():
                assert action_words(action).strip(), f"{key_words(action)} has no words"


def test_ctrl_n_means_new_in_the_section_shown(qtbot, window, monkeypatch):
    """Ctrl+N in Groups was an ambiguous overload (New event and New groups) and did nothing."""
    opened = []
    monkeypatch.setattr(
        "wltdesk.gui.groups.pane.GroupSetDialog.exec",
        lambda dialog: opened.append(dialog) or QDialog.DialogCode.Rejected,
    )
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    pane = window.sections["groups"]
    qtbot.keyClick(pane.ui.setCombo, Qt.Key.Key_N, CTRL)
    assert len(opened) == 1
    # in Circles it sets up a circle
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    circles_pane = window.sections["circles"]
    qtbot.keyClick(circles_pane.ui.runTab, Qt.Key.Key_N, CTRL)
    assert circles_pane.dialog is not None and circles_pane.dialog.isVisible()
    circles_pane.dialog.reject()
    assert window.ui.actionNewEvent.shortcut().toString() == "Ctrl+Shift+N"


# ------------------------------------------------------------------ mnemonics
def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def widget_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic → the texts of the visible widgets in ``window`` that claim it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        text = None
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if letter := mnemonic(widget.tabText(index)):
                    found[letter].append(widget.tabText(index))
        if text and (letter := mnemonic(text)):
            found[letter].append(text)
    return found


def menu_mnemonics(actions: list[QAction]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isVisible() and (letter := mnemonic(action.text())):
            found[letter].append(action.text())
    return found


def repeated(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


@pytest.fixture(params=["en", "bn"])
def language(request, qapp):
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)


def test_menus_and_sections_give_each_mnemonic_once(language, qtbot, gui_store, live_event):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    main = build_window(gui_store, None, Settings())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    bar = main.ui.menuBar
    assert repeated(menu_mnemonics(bar.actions())) == {}, "menu bar"
    for menu in bar.findChildren(QMenu):
        assert repeated(menu_mnemonics(menu.actions())) == {}, menu.title()
    # The menu bar's letters are taken in every section too: Alt+V cannot both open
    # the Event menu and press a button (Qt would call it ambiguous and do neither).
    menus = menu_mnemonics(bar.actions())
    for key in main.sections:
        main.show_section(key)
        for tab in tab_states(main.sections[key]):
            found = widget_mnemonics(main)
            for letter, texts in menus.items():
                found[letter] = [*found.get(letter, []), *texts]
            assert repeated(found) == {}, f"{language}: {key}, tab {tab}"


def form_names() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(forms.__path__))


@pytest.mark.parametrize("form", form_names())
def test_every_form_gives_each_mnemonic_once(language, qtbot, form, request):
    module = importlib.import_module(f"wltdesk.gui.forms.{form}")
    ui = next(getattr(module, name) for name in dir(module) if name.startswith("Ui_"))()
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    base = (
        QMainWindow
        if "setCentralWidget" in source
        else QDialog
        if "Dialog" in type(ui).__name__
        else QGroupBox  # a form whose top is a group box (the certificate details)
        if ".setTitle(" in source.split("def retranslateUi", 1)[-1].split("\n", 2)[1]
        else QWidget
    )
    widget = base()
    ui.setupUi(widget)
    qtbot.addWidget(widget)
    widget.show()
    for tab in tab_states(widget):
        assert repeated(widget_mnemonics(widget)) == {}, f"{language}: {form}, tab {tab}"
