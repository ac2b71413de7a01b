"""The desk's colours: all in one palette module, readable in light and dark, switched live.

Contrast is checked with WCAG 2.x's own formulas, written out here (the spec),
not with the app's: relative luminance of sRGB, contrast (L1 + 0.05) / (L2 + 0.05),
AA is 4.5:1 for normal text and 3:1 for the border of a component.
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from wltdesk import attendance, groups
from wltdesk.gui import palette
from wltdesk.gui.checkin.card import CARD_STATES
from wltdesk.gui.dialogs import PreferencesDialog
from wltdesk.gui.forms.ui_group_set_dialog import Ui_GroupSetDialog
from wltdesk.gui.groups.board import GroupTitle

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "wltdesk" / "gui"
SCHEMES = (palette.LIGHT, palette.DARK)
AA_TEXT = 4.5
AA_COMPONENT = 3.0


# ------------------------------------------------------------------ WCAG 2.x
def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.x): sRGB channels linearised, weighted 0.2126/0.7152/0.0722."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, to tell how far apart two colours look."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def apart(first: str, second: str) -> float:
    """CIE76 ΔE: about 2 is the least one sees, 20 and more reads as another colour."""
    return math.dist(lab(first), lab(second))


def largest_group_count() -> int:
    """The most groups the New groups dialog lets a facilitator ask for."""
    holder = QDialog()
    form = Ui_GroupSetDialog()
    form.setupUi(holder)
    most = form.numberSpin.maximum()
    holder.deleteLater()
    return most


# ------------------------------------------------------------------ contrast
def test_every_group_card_reads_in_both_schemes(qapp):
    most = largest_group_count()
    assert most >= 100
    for scheme in SCHEMES:
        # group n gets the n-th colour, cycling (wltdesk.groups.making.write_round)
        cards = [
            palette.group_card(groups.GROUP_COLOURS[n % len(groups.GROUP_COLOURS)], scheme)
            for n in range(most)
        ]
        for number, card in enumerate(cards, 1):
            ratio = contrast(card.surface, card.text)
            assert ratio >= AA_TEXT, f"group {number}: {card.text} on {card.surface} is {ratio:.2f}"
        for number, (this, following) in enumerate(itertools.pairwise(cards), 1):
            assert this.surface != following.surface, f"groups {number} and {number + 1}"
        surfaces = {card.surface for card in cards}
        assert len(surfaces) == len(groups.GROUP_COLOURS)
        for first, second in itertools.combinations(sorted(surfaces), 2):
            assert apart(first, second) >= 20, f"{first} and {second} look alike"
    # every paper colour has its dark variant (palette.py spells out both sets)
    assert list(palette.DARK_GROUP_COLOURS) == list(groups.GROUP_COLOURS)


def hue_and_chroma(colour: str) -> tuple[float, float]:
    """The hue angle (degrees) and chroma of a colour in CIE LCh."""
    _lightness, a, b = lab(colour)
    return math.degrees(math.atan2(b, a)), math.hypot(a, b)


def test_light_cards_are_the_paper_colours_and_dark_cards_deep_ones_of_the_same_hue():
    for colour in groups.GROUP_COLOURS:
        assert palette.group_card(colour, palette.LIGHT).surface == colour  # as printed
        dark = palette.group_card(colour, palette.DARK)
        assert dark.text == palette.DARK.text
        assert luminance(dark.surface) < 0.2, f"{colour} stays bright on a dark desk"
        # "the orange group" is still orange: the same hue, or grey for the grey one
        (hue, chroma), (dark_hue, dark_chroma) = (
            hue_and_chroma(colour),
            hue_and_chroma(dark.surface),
        )
        if chroma < 5:
            assert dark_chroma < 5
        else:
            assert abs((hue - dark_hue + 180) % 360 - 180) <= 20, (colour, dark.surface)


def test_a_colour_outside_the_set_still_reads():
    """A group colour from another version's bundle: any #RRGGBB the store accepts."""
    steps = ("00", "33", "66", "99", "CC", "FF")
    for r, g, b in itertools.product(steps, repeat=3):
        colour = f"#{r}{g}{b}"
        for scheme in SCHEMES:
            card = palette.group_card(colour, scheme)
            assert contrast(card.surface, card.text) >= AA_TEXT, (colour, scheme.dark, card)


@pytest.mark.parametrize("scheme", SCHEMES, ids=("light", "dark"))
def test_states_and_coloured_words_meet_aa(scheme):
    for ground in (scheme.window, scheme.base):
        assert contrast(scheme.text, ground) >= AA_TEXT
        assert contrast(scheme.window_text, ground) >= AA_TEXT
        for role in ("success_text", "warning_text", "danger_text", "muted_text"):
            colour = getattr(scheme, role)
            assert contrast(colour, ground) >= AA_TEXT, f"{role} {colour} on {ground}"
    assert contrast(scheme.placeholder, scheme.base) >= AA_TEXT
    assert contrast(scheme.highlighted_text, scheme.highlight) >= AA_TEXT
    assert contrast(scheme.button_text, scheme.button) >= AA_TEXT
    assert contrast(scheme.tooltip_text, scheme.tooltip_base) >= AA_TEXT
    assert contrast(scheme.link, scheme.base) >= AA_TEXT
    # the check-in card, every kind of message it shows
    for kind, state in CARD_STATES.items():
        tone = scheme.tone(state)
        assert contrast(tone.text, tone.surface) >= AA_TEXT, f"{kind}: text on its card"
        assert contrast(tone.accent, scheme.window) >= AA_COMPONENT, f"{kind}: its border"


def test_the_projector_stage_reads():
    stage = palette.STAGE
    for colour in (stage.text, stage.warning, stage.danger):
        assert contrast(colour, stage.background) >= AA_TEXT
    for colour in groups.GROUP_COLOURS:  # the cards on the stage keep their paper colours
        card = palette.group_card(colour, palette.LIGHT)
        assert contrast(card.surface, card.text) >= AA_TEXT


# ------------------------------------------------------------------ one palette module
HEX = re.compile(r"(?<![&\w])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b")
COLOUR_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
STYLE_VALUE = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline|gridline-color)\s*:\s*"
    r"([^;{}\"'<>]*)",
    re.IGNORECASE,
)
COLOUR_CALLS = {
    "QColor",
    "fromRgb",
    "fromRgbF",
    "fromRgba",
    "fromRgba64",
    "fromHsv",
    "fromHsvF",
    "fromHsl",
    "fromHslF",
    "fromCmyk",
    "fromCmykF",
    "fromString",
}


def colour_names() -> set[str]:
    return {name.lower() for name in QColor.colorNames()} - {"transparent"}


def colours_in_text(text: str) -> list[str]:
    """Colours spelled in a string: #hex, rgb()/hsl(), a named colour in a style, or a
    string that is nothing but a colour's name (put into a style later)."""
    found = HEX.findall(text) + COLOUR_FUNCTION.findall(text)
    names = colour_names()
    if text.strip().lower() in names:
        found.append(text)
    for value in STYLE_VALUE.findall(text):
        found += [word for word in re.findall(r"[a-zA-Z]+", value) if word.lower() in names]
    return found


def docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def colours_in_python(source: str) -> list[str]:
    """Every colour a module spells: in strings (style sheets, rich text), Qt's global
    colours, and QColor built from constants."""
    tree = ast.parse(source)
    skip = docstrings(tree)
    qt_colours = {name.lower() for name in Qt.GlobalColor.__members__}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            found += colours_in_text(node.value)
        elif (isinstance(node, ast.Attribute) and node.attr == "GlobalColor") or (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "Qt"
            and node.attr.lower() in qt_colours
        ):
            found.append(ast.unparse(node))
        elif isinstance(node, ast.Call):
            callee = node.func
            name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            if name in COLOUR_CALLS and any(isinstance(a, ast.Constant) for a in node.args):
                found.append(ast.unparse(node))
    return found


def colours_in_form(text: str) -> list[str]:
    """Colours in a Designer form: its style sheets and rich text, or a palette property."""
    return colours_in_text(text) + re.findall(r'<color\b|name="palette"', text)


def test_no_colour_is_spelled_outside_the_palette_module():
    found = {}
    for path in sorted(GUI.rglob("*.py")):  # the compiled forms in wltdesk/gui/forms too
        if path == GUI / "palette.py":
            continue
        spelled = colours_in_python(path.read_text("utf-8"))
        if spelled:
            found[str(path.relative_to(ROOT))] = spelled
    for path in sorted((ROOT / "ui").glob("*.ui")):
        spelled = colours_in_form(path.read_text("utf-8"))
        if spelled:
            found[str(path.relative_to(ROOT))] = spelled
    assert not found, f"colours outside wltdesk/gui/palette.py: {found}"


@pytest.mark.parametrize(
    "source",
    [
        'label.setStyleSheet("color: #b00020;")',
        'brush = QBrush(QColor("#1b7f3b"))',
        "item.setForeground(Qt.GlobalColor.darkRed)",
        "palette.setColor(role, Qt.black)",
        "colour = QColor(200, 0, 0)",
        "colour = QColor.fromRgb(200, 0, 0)",
        'label.setStyleSheet("color: gray;")',
        "text = f\"<br><span style='color:#a00'>{words}</span>\"",
        'frame.setStyleSheet("#card { background: rgb(10, 20, 30); }")',
        'frame.setStyleSheet(f"#card {{ border: 2px solid darkred; }} {rest}")',
        'colour = "gray" if paused else ""',
    ],
)
def test_a_spelled_colour_is_found(source):
    assert colours_in_python(source)


@pytest.mark.parametrize(
    "source",
    [
        'frame.setStyleSheet(f"#confirmFrame {{ border: 2px solid {tone.accent}; }}")',
        'label.setText("&#10003; done")',
        'label.setText("Group #12 and issue #16")',
        'title.setStyleSheet("font-weight: bold; padding: 2px 6px;")',
        "colour = QColor(value)",
        'def f():\n    """A colour as #RRGGBB, e.g. #E69F00 on paper."""\n',
        'label.setText("Drag people between groups; red pens are fine")',
    ],
)
def test_what_is_not_a_colour_passes(source):
    assert colours_in_python(source) == []


def test_a_colour_in_a_form_is_found():
    form = '<property name="styleSheet"><string notr="true">color: #b00020;</string></property>'
    assert colours_in_form(form)
    assert colours_in_form('<property name="palette"><palette><active><colorrole role="Base">')
    assert colours_in_form('<color alpha="255"><red>255</red></color>')


def test_hints_are_readable_grey_not_greyed_out(window, scheme):
    """The hints under the panes (keys, what a field takes) are for reading: not the
    disabled grey a style makes unreadable on purpose, but the muted role (AA)."""
    greyed = []
    for key in window.sections:
        window.show_section(key)
        greyed += [
            label.text()
            for label in window.sections[key].findChildren(QLabel)
            # disabled itself, not inside a part disabled for now (a plan not chosen)
            if label.isVisible() and label.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        ]
    assert greyed == []
    for scheme_name, colours in (("light", palette.LIGHT), ("dark", palette.DARK)):
        scheme.choose(scheme_name)
        hint = window.sections["agenda"].ui.hintLabel
        shown = hint.palette().color(QPalette.ColorRole.WindowText).name().upper()
        assert shown == colours.muted_text


# ------------------------------------------------------------------ the switch
@pytest.fixture
def scheme(qapp):
    """The app's appearance, back to following the system after the test."""
    appearance = palette.appearance()
    yield appearance
    appearance.choose("system")


def painted(widget: QWidget) -> str:
    """The colour actually drawn at a blank spot near the widget's bottom-left corner."""
    image = widget.grab().toImage()
    return image.pixelColor(6, image.height() - 6).name().upper()


@pytest.fixture
def grouped(gui_store, live_event):
    """Everyone checked in, and a set of two groups made of them."""
    for person_id in live_event["people"]:
        attendance.check_in(gui_store, live_event["session_id"], person_id)
    groups.make_set(
        gui_store,
        live_event["event_id"],
        groups.Wish(count=2, time_budget=0.3),
        session_id=live_event["session_id"],
    )
    return live_event


def test_the_desk_turns_dark_and_back_while_it_runs(window, grouped, scheme, qtbot):
    window.show_section("groups")
    titles = window.findChildren(GroupTitle)
    assert len(titles) == 2
    assert groups.GROUP_COLOURS[0] in titles[0].styleSheet()
    window.show_section("checkin")
    pane = window.sections["checkin"]
    qtbot.keyClicks(pane.ui.searchEdit, "Farhana")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert pane.ui.confirmFrame.property("kind") == "already"
    list_before = painted(pane.ui.resultsView.viewport())
    assert luminance(list_before) > 0.5  # offscreen Qt starts light

    scheme.choose("dark")

    assert scheme.scheme() == Qt.ColorScheme.Dark
    # the new palette reaches the widgets through Qt's events
    qtbot.waitUntil(lambda: painted(pane.ui.resultsView.viewport()) == palette.DARK.base)
    assert painted(window.ui.navRail.viewport()) == palette.DARK.base
    assert pane.ui.searchEdit.palette().color(QPalette.ColorRole.Text).name().upper() == (
        palette.DARK.text
    )
    assert palette.DARK.neutral.surface in pane.ui.confirmFrame.styleSheet()
    for title in titles:
        dark_card = palette.DARK_GROUP_COLOURS[title.colour]
        assert dark_card in title.styleSheet() and palette.DARK.text in title.styleSheet()

    scheme.choose("system")

    qtbot.waitUntil(lambda: painted(pane.ui.resultsView.viewport()) == list_before)
    assert groups.GROUP_COLOURS[0] in titles[0].styleSheet()
    assert palette.LIGHT.neutral.surface in pane.ui.confirmFrame.styleSheet()


def test_the_platform_turning_dark_is_followed(window, scheme, monkeypatch, qtbot):
    """A desktop switched to dark while the app runs (Qt's colorSchemeChanged): this
    platform cannot report one, so its answer is stood in for."""
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(palette, "platform_scheme", lambda: Qt.ColorScheme.Dark)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert palette.current() is palette.DARK
    qtbot.waitUntil(
        lambda: (
            window.palette().color(QPalette.ColorRole.Window).name().upper() == palette.DARK.window
        )
    )
    monkeypatch.setattr(palette, "platform_scheme", lambda: Qt.ColorScheme.Light)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert palette.current() is palette.LIGHT
    qtbot.waitUntil(lambda: not palette.is_dark(window.palette()))


def test_the_preference_switches_at_once_and_is_kept(window, scheme, qtbot, monkeypatch):
    """Edit ▸ Preferences, Alt+S to the colour scheme, End for Dark, Enter: dark now,
    and the next start too."""

    def answer(dialog: PreferencesDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is dialog.ui.schemeCombo
        qtbot.keyClick(dialog.ui.schemeCombo, Qt.Key.Key_End)
        qtbot.keyClick(dialog.ui.schemeCombo, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    window.ui.actionPreferences.trigger()
    assert window.settings.colour_scheme == "dark"
    assert palette.current() is palette.DARK
    qtbot.waitUntil(lambda: palette.is_dark(window.palette()))


def test_tinted_text_follows_and_ends_with_its_widget(scheme, qtbot):
    holder = QWidget()
    label = QLabel("Name needed", holder)
    tint = palette.Tint(label, "danger_text")
    text = QPalette.ColorRole.WindowText
    assert label.palette().color(text).name().upper() == palette.current().danger_text
    scheme.choose("dark")
    assert label.palette().color(text).name().upper() == palette.DARK.danger_text
    tint.set_role(None)  # back to the ordinary text colour of the scheme
    qtbot.waitUntil(lambda: label.palette().color(text).name().upper() == palette.DARK.window_text)
    shiboken6.delete(holder)
    scheme.choose("light")  # a restyle of the label gone would raise here


def test_the_typed_grids_words_read_in_both_schemes(scheme, gui_store, qtbot):
    """In the typed sign-in grid, what was typed and what the desk had (kept) are words
    on the table's base: both meet AA on that base in light and in dark."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from paper_event import make_event

    from wltdesk.gui.desk import Desk
    from wltdesk.gui.paper.grid import TypedGrid

    event = make_event(gui_store, count=3)
    desk = Desk(gui_store)
    desk.open_event(event.event_id)
    grid = TypedGrid(desk)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.keyClick(grid.table, Qt.Key.Key_Space)  # the first cell typed: present
    model = grid.model
    for scheme_name in ("light", "dark"):
        scheme.choose(scheme_name)
        base = palette.current().base.lower()
        shown = grid.table.palette
        qtbot.waitUntil(lambda base=base, shown=shown: shown().base().color().name() == base)
        for row in (0, 1):  # typed, kept
            foreground = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
            colour = QBrush(foreground).color().name()
            assert contrast(colour, base) >= AA_TEXT, (scheme_name, row, colour, base)
