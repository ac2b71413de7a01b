"""The fonts every PDF prints with, and which font each character needs.

* The bundled fonts are registered with ReportLab, so output never depends on
  the fonts a laptop has installed: the script families (Noto Sans, Bengali,
  Devanagari, Arabic, Hebrew; regular and bold) the first time a PDF is made,
  the fallback fonts (Noto Sans Symbols 2, Noto Sans Math, monochrome Noto
  Emoji, Droid Sans Fallback for Chinese, Japanese and Korean; one weight
  each) the first time a character needs one, so a Latin or Bengali printout
  never loads them.
* ReportLab has no font fallback: a character its font lacks prints as an empty
  box ("tofu", the ``.notdef`` glyph). :func:`font_runs` therefore gives every
  character a font that has it, read from the fonts' own character maps: a
  letter goes to its script's font, a neutral character (digit, punctuation,
  symbol) to the font of the letters of its word when that font has it, else
  to the first font of :data:`CHAIN` that has it. A character no bundled font
  has prints as the replacement character (U+FFFD), never as a box; the PDF
  still carries what was typed (see :mod:`.typeset`).
* Digits and punctuation go with the letters of the word they touch, because
  shaping sees a run in one font at a time: a bracket in the Latin font before
  a Bengali word would make HarfBuzz look the Bengali letters up in the Latin
  font.

Laying text out in lines (bidi order, shaping) is :mod:`.typeset`'s part.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.resources import resource

LATIN = "NotoSans"
BENGALI = "NotoSansBengali"
DEVANAGARI = "NotoSansDevanagari"
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
SYMBOLS = "NotoSansSymbols2"
MATH = "NotoSansMath"
EMOJI = "NotoEmoji"
CJK = "DroidSansFallback"

#: Fonts with a regular and a bold face (``<stem>-Regular.ttf``, ``<stem>-Bold.ttf``).
_FAMILIES = {
    LATIN: "NotoSans",
    BENGALI: "NotoSansBengali",
    DEVANAGARI: "NotoSansDevanagari",
    ARABIC: "NotoSansArabic",
    HEBREW: "NotoSansHebrew",
}
#: Fonts for what the families lack, one weight each (bold text uses it too).
_FALLBACKS = {
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    CJK: "DroidSansFallback.ttf",
}
#: The order in which fonts are tried for a character the font of its word lacks.
CHAIN = (LATIN, BENGALI, DEVANAGARI, ARABIC, HEBREW, SYMBOLS, MATH, EMOJI, CJK)
#: What prints for a character no bundled font has (Noto Sans has it).
REPLACEMENT = "\ufffd"

_cmaps: dict[str, frozenset[int]] = {}
_lock = threading.RLock()


def register_fonts() -> None:
    """Register the bundled script fonts (regular and bold) with ReportLab, once."""
    if LATIN in _cmaps:
        return
    with _lock:
        if LATIN in _cmaps:
            return
        found: dict[str, frozenset[int]] = {}
        for name, stem in _FAMILIES.items():
            regular = resource("fonts", f"{stem}-Regular.ttf")
            bold = resource("fonts", f"{stem}-Bold.ttf")
            if not regular.is_file() or not bold.is_file():
                raise _missing(regular)
            font = TTFont(name, str(regular))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(bold)))
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=f"{name}-Bold", italic=name, boldItalic=f"{name}-Bold"
            )
            # a snapshot: ReportLab adds private-use codes to the map for shaped glyphs
            found[name] = frozenset(font.face.charToGlyph)
        _cmaps.update(found)  # LATIN last in, so the check above sees all or none


def _missing(path: Path) -> UserError:
    return UserError(
        _("the font {name} is missing from this install ({folder})").format(
            name=path.stem.split("-")[0], folder=path.parent
        )
    )


def _register_fallback(name: str) -> frozenset[int]:
    with _lock:
        if name not in _cmaps:
            path = resource("fonts", _FALLBACKS[name])
            if not path.is_file():
                raise _missing(path)
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _cmaps[name] = frozenset(font.face.charToGlyph)
        return _cmaps[name]


def cmap(font: str) -> frozenset[int]:
    """The characters ``font`` has a glyph for (registering the font if need be)."""
    found = _cmaps.get(font)
    if found is None:
        if font in _FALLBACKS:
            return _register_fallback(font)
        register_fonts()
        found = _cmaps[font]
    return found


def covers(font: str, char: str) -> bool:
    return ord(char) in cmap(font)


def face(font: str, bold: bool = False) -> str:
    """The registered name to draw ``font`` with: its bold face if it has one."""
    return f"{font}-Bold" if bold and font in _FAMILIES else font


# ------------------------------------------------------------------ scripts
def _is_arabic(code: int) -> bool:
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_hebrew(code: int) -> bool:
    return 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F


def _is_cjk(code: int) -> bool:
    """Han, kana, Hangul, and the punctuation and full-width forms written with them."""
    return (
        0x1100 <= code <= 0x11FF
        or 0x2E80 <= code <= 0x2FDF
        or 0x3000 <= code <= 0x9FFF
        or 0xA960 <= code <= 0xA97F
        or 0xAC00 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3134F
    )


def _is_emoji(code: int) -> bool:
    """Pictographs, emoji, skin tones and regional indicators (flags)."""
    return 0x1F000 <= code <= 0x1FAFF


@lru_cache(maxsize=8192)
def home_font(char: str) -> str | None:
    """The font a letter belongs in, or None for neutral characters.

    Neutral characters (blanks, digits, punctuation, symbols, joiners,
    combining marks outside a script's block) take the font of the letters
    next to them (:func:`font_runs`). The dandas (।, ॥) are shared by Bengali
    and Devanagari, so they are neutral too.
    """
    code = ord(char)
    if 0x0980 <= code <= 0x09FF:
        return BENGALI
    if code in (0x0964, 0x0965):
        return None
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF:
        return DEVANAGARI
    if _is_arabic(code):
        return ARABIC
    if _is_hebrew(code):
        return HEBREW  # letters and their points (niqqud)
    if _is_emoji(code):
        return EMOJI
    if _is_cjk(code):
        return CJK if char.isalpha() else None
    if char.isalpha() or unicodedata.category(char) == "Mc":
        return LATIN if code in cmap(LATIN) else fallback_font(char)
    return None


@lru_cache(maxsize=8192)
def fallback_font(char: str) -> str | None:
    """The first font of :data:`CHAIN` that has ``char`` (emoji try Noto Emoji first)."""
    code = ord(char)
    if _is_emoji(code) and code in cmap(EMOJI):
        return EMOJI
    return next((font for font in CHAIN if code in cmap(font)), None)


def is_ignorable(char: str) -> bool:
    """Invisible characters (joiners, variation selectors, bidi marks, soft hyphen).

    Shaping hides them; drawn unshaped, a font that lacks them would show a box.
    """
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x034F
    )


IGNORABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufe00-\ufe0f\ufeff\U000e0000-\U000e0fff]"
)


def is_rtl_char(char: str) -> bool:
    code = ord(char)
    return _is_arabic(code) or _is_hebrew(code)


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(c) for c in text)


def base_direction(text: str) -> str:
    """ "rtl" when the first strong letter is right-to-left (Unicode's rule P2), else "ltr"."""
    for char in text:
        if is_rtl_char(char):
            return "rtl"
        if char.isalpha():
            return "ltr"
    return "ltr"


def font_runs(text: str) -> list[tuple[str, str]]:
    """(font, text) runs covering ``text``, each run in a font that has its glyphs.

    Each word (a stretch between blanks) gives its neutral characters to the
    nearest letter before them in the word, else the nearest after, so a word
    is in one font wherever the font can draw it. A character that font lacks
    goes to the first font of :data:`CHAIN` that has it; a symbol asking for
    emoji presentation (U+FE0F after it) to Noto Emoji; an invisible character
    (:func:`is_ignorable`) stays with the character before it. One no font
    has becomes :data:`REPLACEMENT`. The runs have the text's length, character
    for character, so each run's source is the slice of ``text`` it stands for.
    """
    if text.isascii() and text.isprintable():
        return [(LATIN, text)] if text else []
    register_fonts()
    assigned = _word_fonts(text)
    runs: list[tuple[str, str]] = []
    previous = LATIN
    last = len(text) - 1
    for index, char in enumerate(text):
        font = assigned[index]
        code = ord(char)
        if index < last and text[index + 1] == "\ufe0f" and code in cmap(EMOJI):
            font = EMOJI
        elif code not in cmap(font):
            if is_ignorable(char):
                font = previous if index and not text[index - 1].isspace() else font
            elif char.isspace():
                char = " "
            else:
                found = fallback_font(char)
                font, char = (found, char) if found else (LATIN, REPLACEMENT)
        previous = font
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def _word_fonts(text: str) -> list[str]:
    """Each character's font by script: neutrals take their word's letters' font."""
    fonts: list[str] = [LATIN] * len(text)
    start = 0
    while start < len(text):
        if text[start].isspace():
            start += 1
            continue
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        strong = [home_font(c) for c in text[start:end]]
        previous: str | None = None
        for offset, found in enumerate(strong):
            if found is None:
                after = next((f for f in strong[offset:] if f is not None), None)
                found = previous or after or LATIN
            previous = found
            fonts[start + offset] = found
        start = end
    # a blank between two words in one font goes with them: one run to shape and draw
    start = 0
    while start < len(text):
        if not text[start].isspace():
            start += 1
            continue
        end = start
        while end < len(text) and text[end].isspace():
            end += 1
        if start > 0 and end < len(text) and fonts[start - 1] == fonts[end] != LATIN:
            glyphs = cmap(fonts[end])
            if all(ord(c) in glyphs for c in text[start:end]):
                fonts[start:end] = [fonts[end]] * (end - start)
        start = end
    return fonts


def markup(text: str | None, bold: bool = False) -> str:
    """Paragraph markup for plain text: escaped, every non-Latin run in its own font.

    Line breaks in the text stay line breaks (a bilingual prompt is stored as
    "English\nBengali"); a paragraph would otherwise run them into one line.
    The house outputs make paragraphs with :func:`.typeset.para`, which keeps
    shaped text searchable; this is for a ReportLab ``Paragraph`` of any text.
    """
    if not text:
        return ""
    if "\n" in text:
        return "<br/>".join(markup(line, bold) for line in text.splitlines())
    parts = []
    previous = ""
    for font, run in font_runs(text):
        if previous and not previous[-1].isspace() and not run[0].isspace():
            # A word in two fonts: HarfBuzz would shape it all in the first one.
            # A blank too narrow to see makes ReportLab shape the halves apart.
            parts.append(_HAIR_BREAK)
        run = IGNORABLE.sub("", run) if font not in (BENGALI, DEVANAGARI, ARABIC) else run
        if font == LATIN:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{face(font, bold)}">{escape(run)}</font>')
        previous = run or previous
    return "".join(parts)


_HAIR_BREAK = f'<font name="{LATIN}" size="0.5"> </font>'


def is_plain(text: str) -> bool:
    """Text that needs neither shaping nor another font: Latin letters, digits, punctuation.

    Such text can go straight to ``canvas.drawString`` unshaped, which is many
    times cheaper than shaping (long sign-in sheets and badge runs), and a PDF
    reader reads it back as it was typed.
    """
    if text.isascii():
        return text.isprintable()
    register_fonts()
    latin = cmap(LATIN)
    return all(
        ord(c) in latin
        and home_font(c) in (None, LATIN)
        and not unicodedata.combining(c)
        and not is_ignorable(c)
        for c in text
    )


def has_rtl_letters(text: str) -> bool:
    """Right-to-left letters (not only Arabic-Indic digits or punctuation)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
