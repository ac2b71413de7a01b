"""Mnemonics that a Bengali keyboard user can use and that never break a Bengali word.

Qt underlines the letter after "&" and splits the text there for drawing, so a
"&" inside a Bengali word cuts a cluster in two: the vowel sign or the half of a
conjunct left alone is drawn on a dotted circle. Every Bengali label therefore
puts its mnemonic after the words, as "(&X)" with the Latin letter of the
English label ("গ্রুপ সেট (&S):"), which works on either keyboard layout. The
checks read the translation file itself (every string, now and later), shape
every translated string with HarfBuzz and the Bengali font the app ships, and
open the real menus and dialogs, by keys, in English and in Bengali.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
import uharfbuzz as hb
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from wltdesk import circles

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "wltdesk_bn.ts"
FONTS = ROOT / "resources" / "fonts"

VIRAMA = "\u09cd"
BENGALI = re.compile(r"[\u0980-\u09ff]")
#: The one mnemonic of a Bengali label: after the words, before a trailing ":" or "…".
SUFFIX = re.compile(r" \(&([A-Z0-9])\)[:…]?$")
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def translations() -> list[tuple[str, str, str]]:
    """(context, English source, finished Bengali translation) of every message."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("translation")
            kind = message.find("translation")
            if text and kind is not None and kind.get("type") is None:
                found.append((name, message.findtext("source") or "", text))
    return found


def ampersands(text: str) -> list[int]:
    """Where the mnemonic markers are ("&&" is a literal "&", not one)."""
    return [m.start() for m in re.finditer(r"&&|&(?=.)", text, re.S) if m.group() == "&"]


def mnemonic(text: str) -> str | None:
    found = ampersands(text)
    return text[found[0] + 1].casefold() if found else None


def displayed(text: str) -> tuple[str, int | None]:
    """The text as Qt draws it ("&" gone, "&&" one "&") and the underlined character."""
    marks = ampersands(text)
    at = marks[0] if marks else None
    shown = text.replace("&&", "\0")
    if at is not None:
        shown = shown[:at] + shown[at + 1 :]
    return shown.replace("\0", "&"), at


# ------------------------------------------------------------------ the .ts file
def test_no_mnemonic_splits_a_bengali_cluster():
    """"&" never stands before a vowel sign or other mark, nor inside a conjunct."""
    bad = []
    for context, source, text in translations():
        for at in ampersands(text):
            before = text[at - 1] if at else ""
            letter = text[at + 1]
            after = text[at + 2] if at + 2 < len(text) else ""
            marks = ("Mn", "Mc", "Cf")
            if (
                unicodedata.category(letter) in marks
                or letter == VIRAMA
                or before in (VIRAMA, "\u200d")
                or unicodedata.category(after or " ") in marks
                or after == VIRAMA
            ):
                bad.append(f"{context}: {source!r} → {text!r}")
    assert bad == []


def test_bengali_mnemonics_follow_the_words_with_the_english_letter():
    """"(&S)" after the words, the letter of the English label, never dropped."""
    bad = []
    for context, source, text in translations():
        english = mnemonic(source)
        if not BENGALI.search(text):
            if english != mnemonic(text):
                bad.append(f"{context}: {source!r} → {text!r}: not the English mnemonic")
            continue
        if english is None:
            if ampersands(text):
                bad.append(f"{context}: {source!r} → {text!r}: a mnemonic English has not")
            continue
        found = SUFFIX.search(text)
        if len(ampersands(text)) != 1 or found is None:
            bad.append(f"{context}: {source!r} → {text!r}: not “… (&{english.upper()})”")
        elif found.group(1).casefold() != english:
            bad.append(f"{context}: {source!r} → {text!r}: not the English letter {english!r}")
    assert bad == []


def font(name: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(FONTS / name))))


def bengali_runs(text: str, cut: int | None) -> Iterator[str]:
    """The Bengali runs Qt shapes on their own: split by script and at the underline."""
    pieces = [text] if cut is None else [text[:cut], text[cut : cut + 1], text[cut + 1 :]]
    for piece in pieces:
        yield from re.findall(r"[\u0980-\u09ff\u200c\u200d]+", piece)


def glyphs(shaper: hb.Font, text: str) -> list[int]:
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(shaper, buffer)
    return [info.codepoint for info in buffer.glyph_infos]


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_every_translation_shapes_without_dotted_circles_or_missing_glyphs(weight):
    """Shaped as Qt shapes a label (the underlined letter apart), with the bundled fonts."""
    bengali = font(f"NotoSansBengali-{weight}.ttf")
    others = [font(f"NotoSans-{weight}.ttf"), font(f"NotoSansArabic-{weight}.ttf")]
    dotted = bengali.get_nominal_glyph(0x25CC)
    bad = []
    for context, source, text in translations():
        shown, cut = displayed(text)
        for run in bengali_runs(shown, cut):
            found = glyphs(bengali, run)
            if 0 in found or dotted in found:
                bad.append(f"{context}: {source!r} → {text!r}: {run!r}")
        for char in set(BENGALI.sub("", shown)) - set(source) - set("\n\t\u200c\u200d"):
            if not any(f.get_nominal_glyph(ord(char)) for f in [bengali, *others]):
                bad.append(f"{context}: {text!r}: no bundled glyph for {char!r}")
    assert bad == []


def test_the_shaping_check_sees_a_split_cluster():
    """The check above is not blind: "&" before a vowel sign or in a conjunct shows."""
    bengali = font("NotoSansBengali-Regular.ttf")
    dotted = bengali.get_nominal_glyph(0x25CC)
    for broken in ("প&রিকল্পনা", "&কি", "ক&্ষমা"):
        shown, cut = displayed(broken)
        assert any(dotted in glyphs(bengali, run) for run in bengali_runs(shown, cut)), broken
    shown, cut = displayed("খোলা রাউন্ডগুলো আবার পরিকল্পনা করুন (&R)")
    assert not any(dotted in glyphs(bengali, run) for run in bengali_runs(shown, cut))


# ------------------------------------------------------------------ the real windows
@pytest.fixture(params=["en", "bn"])
def language(request, qapp):
    from wltdesk.gui.app import install_translations, remove_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)


@pytest.fixture
def main(language, window):
    """The main window in ``language``, showing the open event in every pane (the
    Sync section's buttons wait for what it reads in the background)."""
    return window


def repeated(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def test_the_menu_bar_and_each_menu_give_each_accelerator_once(main, language):
    bar = main.ui.menuBar
    titles = [a.text() for a in bar.actions() if a.isVisible()]
    assert repeated(titles) == {}, titles
    assert mnemonic(main.ui.menuEvent.title()) != mnemonic(main.ui.menuEdit.title())
    main._fill_recent()
    for menu in bar.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if a.isVisible() and a.text()]
        assert repeated(texts) == {}, f"{language}: {menu.title()}: {texts}"
    if language == "bn":
        assert titles == ["ইভেন্ট (&V)", "সম্পাদনা (&E)", "সাহায্য (&H)"]


def labels(dialog: QWidget) -> list[str]:
    """The texts in ``dialog`` that can carry a mnemonic (buttons, buddies, boxes, tabs)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not dialog:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
    return found


@pytest.fixture
def opened(monkeypatch):
    """Dialogs run with exec() are shown instead, and answered with Cancel afterwards."""
    shown: list[QDialog] = []

    def show_instead(dialog: QDialog) -> int:
        dialog.show()
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", show_instead)
    return shown


def open_dialogs() -> list[QDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


@pytest.mark.qt_log_ignore("grabbing the keyboard", r"support raise\(\)")  # a menu, offscreen
def test_every_dialog_opened_by_key_gives_each_mnemonic_once(
    main, language, qtbot, opened, gui_store, live_event
):
    circles.create_circle(
        gui_store, live_event["session_id"], "Closing circle", ["What are you taking home?"],
        order_mode="manual", speakers=live_event["people"], seconds_per_speaker=60,
    )
    keys = [
        (None, Qt.Key.Key_Comma, CTRL),  # Preferences
        (None, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier),  # New event
        ("agenda", Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier),  # Add session
        ("people", Qt.Key.Key_N, CTRL),  # Add person
        ("groups", Qt.Key.Key_N, CTRL),  # New groups
        ("circles", Qt.Key.Key_N, CTRL),  # New circle
        ("plans", Qt.Key.Key_N, CTRL),  # New plan
        ("sync", Qt.Key.Key_J, ALT),  # Join an event
        ("sync", Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),  # Export, focused
    ]
    seen = []
    for section, key, modifiers in keys:
        if section is not None:
            main.show_section(section)
            target = QApplication.focusWidget() or main.sections[section]
            if key == Qt.Key.Key_Space:
                target = main.sections[section].ui.exportButton
                target.setFocus()
        else:
            target = main
        qtbot.keyClick(target, key, modifiers)
        qtbot.waitUntil(lambda: bool(open_dialogs()), timeout=2000)
        for dialog in open_dialogs():
            texts = labels(dialog)
            assert repeated(texts) == {}, f"{language}: {dialog.windowTitle()}: {texts}"
            seen.append(type(dialog).__name__)
            dialog.reject()
            dialog.close()
        opened.clear()
    assert len(set(seen)) == len(keys), seen
    # Event details, through the menu by its accelerators (Alt+V, then T)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_V, ALT)
    menu = main.ui.menuEvent
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: bool(open_dialogs()))
    (details,) = open_dialogs()
    assert repeated(labels(details)) == {}
    if language == "bn":
        assert details.windowTitle() == "ইভেন্টের বিবরণ"
    details.reject()
