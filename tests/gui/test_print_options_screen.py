"""The Print pane's options as a facilitator sees them in the 1366×768 window, in English
and Bengali: the certificate details show whole signatory names and whole buttons, and
the options shown for each output give each Alt+letter once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from wltdesk.printing import OUTPUTS

SIGNATORIES = [
    ("Farhana Rahman", "Programme Director"),
    ("Dr. Anisul Hoque Chowdhury", "Country Coordinator"),
]


@pytest.fixture(params=["en", "bn"])
def language(request, qapp):
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)


@pytest.fixture
def printing(language, qtbot, gui_store, live_event):
    """The Print section of the main window at 1366×768, in ``language``."""
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    window = build_window(gui_store, live_event["event_id"], Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("print")
    return window.sections["print"]


def choose(pane, output: str) -> None:
    pane.ui.outputCombo.setCurrentIndex(pane.ui.outputCombo.findData(output))


def test_certificate_details_show_whole_names_and_whole_buttons(printing, qtbot, language):
    choose(printing, "certificates")
    details = printing.choices.details
    edits = [(details.ui.nameEdit1, details.ui.titleEdit1),
             (details.ui.nameEdit2, details.ui.titleEdit2)]  # fmt: skip
    for (name, title), (name_edit, title_edit) in zip(SIGNATORIES, edits, strict=True):
        for edit, text in ((name_edit, name), (title_edit, title)):
            edit.setFocus()
            qtbot.keyClicks(edit, text)
            qtbot.keyClick(edit, Qt.Key.Key_Tab)  # saved on leaving
    assert details.ui.nameEdit2.text() == "Dr. Anisul Hoque Chowdhury"
    column = printing.ui.optionsColumn
    for edit in column.findChildren(QLineEdit):
        if edit.isVisible() and edit.text():
            # the text, plus the frame and the text margins either side, in the field
            needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 10
            assert needed <= edit.width(), (language, edit.text(), edit.width())
    for button in column.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), (language, button.text())
    # and all of it above the bottom of the window
    assert column.sizeHint().height() <= column.height()


def mnemonic(text: str) -> str | None:
    found = [m for m in re.finditer(r"&&|&(?=.)", text) if m.group() == "&"]
    return text[found[0].end()].casefold() if found else None


@pytest.mark.parametrize("output", list(OUTPUTS))
def test_the_options_of_each_output_give_each_alt_letter_once(printing, language, output):
    choose(printing, output)
    texts = []
    for widget in printing.ui.optionsColumn.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    letters = [letter for text in texts if (letter := mnemonic(text))]
    repeated = {letter for letter in letters if letters.count(letter) > 1}
    assert not repeated, (language, output, texts)
