"""The fonts every PDF prints with, and which font each stretch of text needs.

* The bundled Noto fonts are registered with ReportLab once per process, so
  output never depends on the fonts a laptop has installed.
* ReportLab has no font fallback, and Noto Sans Bengali has no Latin letters
  (Noto Sans no Bengali), so :func:`markup` splits text into runs by script and
  gives each run its font. Digits and punctuation go with the letters of the
  word they touch, because ReportLab shapes a whole word with the font of its
  first run: a bracket in the Latin font before a Bengali word would make
  HarfBuzz look the Bengali letters up in the Latin font.

Laying text out in lines (bidi order, shaping) is :mod:`.typeset`'s part.
"""

from __future__ import annotations

import threading
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wltdesk.errors import UserError
from wltdesk.resources import resource

LATIN = "NotoSans"
BENGALI = "NotoSansBengali"
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
_FONT_FILES = {
    LATIN: "NotoSans",
    BENGALI: "NotoSansBengali",
    ARABIC: "NotoSansArabic",
    HEBREW: "NotoSansHebrew",
}

_registered = False
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled Noto fonts (regular and bold) with ReportLab, once."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, stem in _FONT_FILES.items():
            regular = resource("fonts", f"{stem}-Regular.ttf")
            bold = resource("fonts", f"{stem}-Bold.ttf")
            if not regular.is_file() or not bold.is_file():
                raise UserError(f"the font {stem} is missing from this install ({regular.parent})")
            pdfmetrics.registerFont(TTFont(name, str(regular)))
            pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(bold)))
            pdfmetrics.registerFontFamily(
                name, normal=name, bold=f"{name}-Bold", italic=name, boldItalic=f"{name}-Bold"
            )
        _registered = True


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


def script_font(char: str) -> str | None:
    """The font family a letter needs, or None for neutral characters.

    Neutral characters (blanks, digits, punctuation, joiners) take the font of
    the letters next to them.
    """
    code = ord(char)
    if 0x0980 <= code <= 0x09FF or code in (0x0964, 0x0965):
        return BENGALI
    if _is_arabic(code):
        return ARABIC
    if _is_hebrew(code):
        return HEBREW  # letters and their points (niqqud)
    if char.isalpha() or unicodedata.category(char) in ("Mn", "Mc"):
        return LATIN
    return None


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


def _covers(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def font_runs(text: str) -> list[tuple[str, str]]:
    """(font, text) runs covering ``text``, each run in a font that has its glyphs.

    Each word (a stretch between blanks) gives its neutral characters to the
    nearest letter before them in the word, else the nearest after, so a word
    is in one font wherever the font can draw it.
    """
    register_fonts()
    fonts: list[str] = [LATIN] * len(text)
    start = 0
    while start < len(text):
        if text[start].isspace():
            start += 1
            continue
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        strong = [script_font(c) for c in text[start:end]]
        previous: str | None = None
        for offset, found in enumerate(strong):
            if found is None:
                after = next((f for f in strong[offset:] if f is not None), None)
                found = previous or after or LATIN
            previous = found
            fonts[start + offset] = found
        start = end
    runs: list[tuple[str, str]] = []
    for char, font in zip(text, fonts, strict=True):
        if font != LATIN and not _covers(font, char):
            font = LATIN
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def markup(text: str | None, bold: bool = False) -> str:
    """Paragraph markup for plain text: escaped, every non-Latin run in its own font.

    Line breaks in the text stay line breaks (a bilingual prompt is stored as
    "English\nBengali"); a paragraph would otherwise run them into one line.
    """
    if not text:
        return ""
    if "\n" in text:
        return "<br/>".join(markup(line, bold) for line in text.splitlines())
    suffix = "-Bold" if bold else ""
    parts = []
    previous = ""
    for font, run in font_runs(text):
        if previous and not previous[-1].isspace() and not run[0].isspace():
            # A word in two fonts: HarfBuzz would shape it all in the first one.
            # A blank too narrow to see makes ReportLab shape the halves apart.
            parts.append(_HAIR_BREAK)
        if font == LATIN:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{font}{suffix}">{escape(run)}</font>')
        previous = run
    return "".join(parts)


_HAIR_BREAK = f'<font name="{LATIN}" size="0.5"> </font>'


def is_plain(text: str) -> bool:
    """Text that needs neither shaping nor another font: Latin letters, digits, punctuation.

    Such text can go straight to ``canvas.drawString`` unshaped, which is many
    times cheaper than shaping (long sign-in sheets and badge runs).
    """
    return text.isascii() or all(
        script_font(c) in (None, LATIN) and not unicodedata.combining(c) for c in text
    )


def has_rtl_letters(text: str) -> bool:
    """Right-to-left letters (not only Arabic-Indic digits or punctuation)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
