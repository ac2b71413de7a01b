"""The one look of every printed output, and text that prints right in any script.

Every PDF shares this module's page template (A4 or Letter; the event's name and
dates at the top, the output's title, page numbers and a small footer at the
bottom) and its text machinery:

* The bundled Noto fonts are registered with ReportLab once per process, so
  output never depends on the fonts a laptop has installed.
* ReportLab has no font fallback, and Noto Sans Bengali has no Latin letters
  (Noto Sans no Bengali), so :func:`markup` splits text into runs by script and
  gives each run its font. Digits and punctuation go with the letters of the
  word they touch, because ReportLab shapes a whole word with the font of its
  first run: a bracket in the Latin font before a Bengali word would make
  HarfBuzz look the Bengali letters up in the Latin font.
* Complex scripts need shaping (conjuncts, pre-base vowel signs): every style
  here has ``shaping=1``, which makes ReportLab run HarfBuzz (``uharfbuzz``).
  ``canvas.drawString`` never shapes, so text goes through paragraphs or
  through :func:`line_pieces`, which shapes with ``shapeStr`` itself.
* ReportLab reorders right-to-left text only with ``rlbidi``, which is not on
  PyPI. :func:`line_pieces` runs the Unicode bidi algorithm (python-bidi) on
  each line: runs of one font and one level are put in visual order, Arabic
  runs are shaped right to left by HarfBuzz (which mirrors brackets), and
  digits keep reading left to right. :class:`Line` and :class:`BidiParagraph`
  measure with the same shaped advances they draw, so text stays in its box.
"""

from __future__ import annotations

import io
import os
import secrets
import stat
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from wltdesk.errors import UserError
from wltdesk.resources import resource

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

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

#: The palette every output uses (ink, a muted grey, the accent of headings and rules).
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6672")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c7d0d9")
SHADE = colors.HexColor("#eef2f6")

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


# ------------------------------------------------------------------ styles
def style(
    name: str,
    size: float = 9.5,
    bold: bool = False,
    colour: Any = INK,
    align: int = TA_LEFT,
    leading: float | None = None,
    space_after: float = 0,
    space_before: float = 0,
) -> ParagraphStyle:
    """A paragraph style of the house look; shaping is always on (see the module docstring)."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=f"{LATIN}-Bold" if bold else LATIN,
        fontSize=size,
        leading=leading or size * 1.45,
        textColor=colour,
        alignment=align,
        spaceAfter=space_after,
        spaceBefore=space_before,
        shaping=1,
    )


@dataclass(frozen=True)
class Styles:
    """The handful of text styles every output draws from."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    muted: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    global _styles
    if _styles is None:
        _styles = Styles(
            title=style("title", 17, bold=True, colour=ACCENT, space_after=2 * mm),
            heading=style(
                "heading", 12.5, bold=True, colour=ACCENT, space_before=4 * mm, space_after=2 * mm
            ),
            subheading=style(
                "subheading", 10.5, bold=True, space_before=2 * mm, space_after=1 * mm
            ),
            body=style("body", 9.5, space_after=1.5 * mm),
            small=style("small", 8, colour=MUTED),
            cell=style("cell", 9),
            cell_bold=style("cell_bold", 9.5, bold=True),
            cell_head=style("cell_head", 8.5, bold=True, colour=colors.white),
            muted=style("muted", 8.5, colour=MUTED),
        )
    return _styles


def para(text: str | None, paragraph_style: ParagraphStyle, bold: bool | None = None) -> Flowable:
    """A paragraph of plain text in any mix of scripts (right-to-left included)."""
    is_bold = paragraph_style.fontName.endswith("-Bold") if bold is None else bold
    text = text or ""
    if has_rtl(text):
        return BidiParagraph(text, paragraph_style, is_bold)
    return Paragraph(markup(text, is_bold), paragraph_style)


def rich(parts: Sequence[tuple[str | None, bool]], paragraph_style: ParagraphStyle) -> Paragraph:
    """One paragraph from (text, bold) pieces, e.g. a bold label and a plain value."""
    html = "".join(
        f"<b>{markup(text, True)}</b>" if bold else markup(text) for text, bold in parts if text
    )
    return Paragraph(html, paragraph_style)


def is_plain(text: str) -> bool:
    """Text that needs neither shaping nor another font: Latin letters, digits, punctuation.

    Such text can go straight to ``canvas.drawString`` unshaped, which is many
    times cheaper than shaping (long sign-in sheets and badge runs).
    """
    return text.isascii() or all(
        script_font(c) in (None, LATIN) and not unicodedata.combining(c) for c in text
    )


# ------------------------------------------------------------------ lines of text
@dataclass(frozen=True)
class Piece:
    """A stretch of one line in one font and one direction, ready for ``drawString``.

    ``text`` is what is drawn left to right: plain characters, or the glyphs
    HarfBuzz returned (a ``ShapedStr``) for text that needs shaping.
    ``width`` is its advance at the size the line was laid out in.
    """

    font: str
    text: str
    width: float


_RTL_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI"))


def bidi_levels(text: str, base_level: int | None = None) -> list[int]:
    """The Unicode bidi embedding level of each character of one line (UAX #9, up to L1).

    python-bidi's reference algorithm resolves the levels; its ``get_display``
    would also reorder and mirror characters, but shaping needs each
    right-to-left run in logical order (HarfBuzz reorders and mirrors it
    itself), so this stops before reordering. Text with nothing right-to-left
    (no Arabic or Hebrew letters, no Arabic-Indic digits) is all at the base level.
    """
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text):
        return [base_level or 0] * len(text)
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    level = algorithm.get_base_level(text) if base_level is None else base_level
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [char["level"] for char in storage["chars"]]
    # L1: blanks at the end of the line go back to the base level
    index = len(text) - 1
    while index >= 0 and text[index].isspace():
        levels[index] = level
        index -= 1
    return levels


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: indices of items in the order they stand on paper, left to right."""
    order = list(range(len(levels)))
    odd = [lvl for lvl in levels if lvl % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


def _mirror(text: str) -> str:
    """Characters of a right-to-left run that needs no shaping, as they stand on paper."""
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(c, c) for c in reversed(text))


def line_pieces(
    text: str, size: float, bold: bool = False, base_level: int | None = None
) -> list[Piece]:
    """One line of text laid out left to right as it stands on paper.

    The line is cut into runs of one font (:func:`font_runs`) and one bidi
    level (:func:`bidi_levels`); the runs are put in visual order (rule L2).
    Runs that need shaping (Bengali, Arabic, Hebrew letters) are shaped once
    with ``shapeStr`` (HarfBuzz, which also returns a right-to-left run in
    visual order with brackets mirrored); digits and punctuation are drawn as
    they are, reversed and mirrored when they sit at a right-to-left level.
    The widths are the shaped advances, so what is measured is what is drawn.
    """
    register_fonts()
    suffix = "-Bold" if bold else ""
    if text.isascii():
        name = LATIN + suffix
        return [Piece(name, text, pdfmetrics.stringWidth(text, name, size))] if text else []
    levels = bidi_levels(text, base_level)
    runs: list[tuple[str, int, str]] = []  # font, level, text
    position = 0
    for font, run in font_runs(text):
        for offset, char in enumerate(run):
            level = levels[position + offset]
            if runs and runs[-1][0] == font and runs[-1][1] == level:
                runs[-1] = (font, level, runs[-1][2] + char)
            else:
                runs.append((font, level, char))
        position += len(run)
    pieces = []
    for index in _visual_order([level for _font, level, _text in runs]):
        font, level, run = runs[index]
        name = font + suffix
        if has_rtl_letters(run):
            drawn: str = shapeStr(run, name, size)
        elif level % 2:
            drawn = _mirror(run)
        elif font == ARABIC or is_plain(run):
            drawn = run  # Arabic-Indic digits and plain Latin need no shaping
        else:
            drawn = shapeStr(run, name, size)  # Bengali; Latin with combining marks
        pieces.append(Piece(name, drawn, pdfmetrics.stringWidth(drawn, name, size)))
    return pieces


def has_rtl_letters(text: str) -> bool:
    """Right-to-left letters (not only Arabic-Indic digits or punctuation)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def draw_pieces(
    canvas: Canvas, pieces: Sequence[Piece], x: float, y: float, scale: float, size: float
) -> None:
    """Draw a laid-out line from ``x`` at baseline ``y``, at ``scale`` times its layout size."""
    for piece in pieces:
        canvas.setFont(piece.font, size * scale)
        canvas.drawString(x, y, piece.text)
        x += piece.width * scale


def _pieces_width(pieces: Sequence[Piece]) -> float:
    return sum(piece.width for piece in pieces)


def wrap_words(
    words: Sequence[str], widths: Sequence[float], space: float, width: float
) -> list[list[str]]:
    """Greedy line breaking in reading order: as many words on each line as fit."""
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word, size in zip(words, widths, strict=True):
        if current and used + space + size > width:
            lines.append(current)
            current, used = [], 0.0
        used += (space if current else 0) + size
        current.append(word)
    lines.append(current)
    return lines


class Line(Flowable):
    """Text in any script that fits its width: shrunk, then (if allowed) wrapped.

    Names on badges and sheets must never run past their box into the next
    column or over a QR code. The text keeps ``size`` when it fits. With
    ``max_lines`` 1 it shrinks to fit. With more lines it shrinks a little (to
    80 % of ``size``, not below ``min_size``), else wraps at blanks into at
    most that many lines at the largest size that fits, not below
    ``min_size``, whichever is larger. When even that does not fit, it
    shrinks further rather than overflow: it never leaves its box. Text that reads right to left
    (its first strong letter is Arabic or Hebrew) is right-aligned unless
    another alignment is asked for.

    Each line is laid out by :func:`line_pieces` (shaped once with HarfBuzz
    and drawn directly), which costs a fraction of a paragraph: long sign-in
    sheets and badge runs are made of these.
    """

    def __init__(
        self,
        text: str | None,
        size: float,
        bold: bool = False,
        colour: Any = INK,
        min_size: float = 6.5,
        align: int = TA_LEFT,
        max_lines: int = 1,
        leading: float = 1.3,
    ) -> None:
        super().__init__()
        self.text = " ".join((text or "").split())
        self.size = size
        self.bold = bold
        self.colour = colour
        self.min_size = min(min_size, size)
        self.align = align
        self.max_lines = max(1, max_lines)
        self.leading = leading
        self.base_level = 1 if base_direction(self.text) == "rtl" else 0
        self.pieces = line_pieces(self.text, size, bold, self.base_level)
        self.natural = _pieces_width(self.pieces)
        self.used = size
        self.lines: list[list[Piece]] = [self.pieces] if self.text else []
        self.width = 0.0
        self.height = size * leading

    def _wrapped(self, width: float) -> tuple[float, list[list[Piece]]]:
        """The largest size (at most ``size``) at which the text fits ``max_lines`` lines."""
        words = self.text.split(" ")
        word_widths = [
            _pieces_width(line_pieces(w, self.size, self.bold, self.base_level)) for w in words
        ]
        space = pdfmetrics.stringWidth(" ", LATIN, self.size)
        size = self.size
        while True:
            scale = size / self.size
            lines = wrap_words(words, [w * scale for w in word_widths], space * scale, width)
            if len(lines) <= self.max_lines or size <= self.min_size:
                break
            size = max(self.min_size, size - 0.5)
        if len(lines) > self.max_lines:
            # even at the smallest size: fill the lines evenly, then shrink to fit
            lines = _balanced(words, word_widths, space, self.max_lines)
        laid = [line_pieces(" ".join(ws), self.size, self.bold, self.base_level) for ws in lines]
        widest = max(_pieces_width(pieces) for pieces in laid)
        size = min(size, self.size * width / widest) if widest else size
        return size, laid

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        if not self.text:
            self.height = self.size * self.leading
            return availWidth, self.height
        shrunk = self.size * availWidth / self.natural if self.natural else self.size
        if shrunk >= self.size:
            self.used, self.lines = self.size, [self.pieces]
        elif self.max_lines == 1 or " " not in self.text:
            self.used, self.lines = max(shrunk, 0.1), [self.pieces]
        else:
            # one line a little smaller beats two lines, two lines beat one tiny line
            size, lines = self._wrapped(availWidth)
            if shrunk >= min(size, max(self.min_size, self.size * 0.8)):
                size, lines = shrunk, [self.pieces]
            self.used, self.lines = size, lines
        self.height = self.used * self.leading * max(1, len(self.lines))
        return availWidth, self.height

    def draw(self) -> None:
        scale = self.used / self.size
        align = self.align
        if align == TA_LEFT and self.base_level == 1:
            align = TA_RIGHT
        canvas = self.canv
        canvas.setFillColor(self.colour)
        step = self.used * self.leading
        for number, pieces in enumerate(self.lines):
            width = _pieces_width(pieces) * scale
            x = {TA_RIGHT: self.width - width, TA_CENTER: (self.width - width) / 2}.get(align, 0)
            baseline = self.height - step * (number + 1) + self.used * 0.3
            draw_pieces(canvas, pieces, x, baseline, scale, self.size)


def _balanced(
    words: Sequence[str], widths: Sequence[float], space: float, count: int
) -> list[list[str]]:
    """Words split into ``count`` lines with the widest line as narrow as it can be."""
    total = sum(widths) + space * (len(words) - 1)
    low, high = max(widths), total
    for _ in range(30):  # bisection on the line width
        middle = (low + high) / 2
        if len(wrap_words(words, widths, space, middle)) <= count:
            high = middle
        else:
            low = middle
    return wrap_words(words, widths, space, high)


# ------------------------------------------------------------------ right to left
class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text, broken into lines in reading order.

    The words are broken into lines at the width the layout offers in
    logical order (as a reader reads them); each line is then laid out with
    the Unicode bidi algorithm (:func:`line_pieces`), shaped and measured
    with the same HarfBuzz advances it is drawn with, so a line never runs
    past its width. Text whose base direction is right-to-left is
    right-aligned when the style says left.
    """

    def __init__(self, text: str, paragraph_style: ParagraphStyle, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = paragraph_style
        self.bold = bold
        self.direction = base_direction(text)
        self.base_level = 1 if self.direction == "rtl" else 0
        self.lines: list[list[Piece]] = []

    @property
    def alignment(self) -> int:
        if self.direction == "rtl" and self.style.alignment == TA_LEFT:
            return TA_RIGHT
        return int(self.style.alignment)

    def _lines(self, width: float) -> list[list[str]]:
        size = self.style.fontSize
        space = pdfmetrics.stringWidth(" ", LATIN, size)
        lines: list[list[str]] = []
        for source_line in self.text.splitlines() or [""]:
            words = source_line.split()
            widths = [
                _pieces_width(line_pieces(w, size, self.bold, self.base_level)) for w in words
            ]
            lines.extend(wrap_words(words, widths, space, width))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = self.style.fontSize
        self.lines = [
            line_pieces(" ".join(words), size, self.bold, self.base_level)
            for words in self._lines(availWidth)
        ]
        self.width = availWidth
        self.height = self.style.leading * len(self.lines)
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.style.textColor)
        size = self.style.fontSize
        for number, pieces in enumerate(self.lines):
            natural = _pieces_width(pieces)
            # a single word wider than the column is shrunk, never drawn past it
            scale = min(1.0, self.width / natural) if natural else 1.0
            width = natural * scale
            x = {TA_RIGHT: self.width - width, TA_CENTER: (self.width - width) / 2}.get(
                self.alignment, 0
            )
            baseline = self.height - self.style.leading * (number + 1) + self.style.leading * 0.3
            draw_pieces(canvas, pieces, x, baseline, scale, size)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


# ------------------------------------------------------------------ pages
@dataclass(frozen=True)
class Letterhead:
    """What the top and bottom of every page say."""

    event_name: str
    start: date
    end: date
    venue: str | None
    title: str  # the output, e.g. "Sign-in sheet"
    subtitle: str | None = None  # e.g. the session


def date_range(start: date, end: date) -> str:
    """ "14–15 March 2026", "30 March – 2 April 2026" or "14 March 2026"."""
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def page_size(paper: str, turned: bool = False) -> tuple[float, float]:
    try:
        size = PAPERS[paper.lower()]
    except KeyError:
        raise UserError(f"paper must be a4 or letter, not {paper!r}") from None
    return landscape(size) if turned else size


MARGIN = 14 * mm
HEADER = 15 * mm
FOOTER = 10 * mm


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "page 2 of 5"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.footer_text = ""
        self.numbered = True

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._draw_number(number, total)
            super().showPage()
        super().save()

    def _draw_number(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(LATIN, 7.5)
        self.setFillColor(MUTED)
        if self.numbered:
            self.drawRightString(width - MARGIN, FOOTER - 2 * mm, f"page {number} of {total}")
        self.restoreState()


class Document:
    """A PDF in the house look: build it from flowables, get bytes back."""

    def __init__(
        self,
        head: Letterhead,
        paper: str = "a4",
        turned: bool = False,
        numbered: bool = True,
        heading_on_pages: bool = True,
    ) -> None:
        register_fonts()
        self.head = head
        self.size = page_size(paper, turned)
        self.numbered = numbered
        self.heading_on_pages = heading_on_pages

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * MARGIN

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.size
        head = self.head
        canvas.saveState()
        canvas.numbered = self.numbered  # type: ignore[attr-defined]
        top = height - MARGIN + 4 * mm
        if self.heading_on_pages:
            s = styles()
            name = para(head.event_name, style("head-event", 10, bold=True, colour=INK))
            name.wrapOn(canvas, width * 0.6, 20 * mm)
            name.drawOn(canvas, MARGIN, top - name.height)
            when = date_range(head.start, head.end)
            place = f"{when} · {head.venue}" if head.venue else when
            line = para(place, s.small)
            line.wrapOn(canvas, width * 0.6, 20 * mm)
            line.drawOn(canvas, MARGIN, top - name.height - line.height)
            right = style("head-right", 10, bold=True, colour=ACCENT, align=TA_RIGHT)
            title = para(head.title, right)
            title.wrapOn(canvas, width * 0.36, 20 * mm)
            title.drawOn(canvas, width - MARGIN - width * 0.36, top - title.height)
            if head.subtitle:
                sub = para(head.subtitle, style("head-sub", 8, colour=MUTED, align=TA_RIGHT))
                sub.wrapOn(canvas, width * 0.36, 20 * mm)
                sub.drawOn(canvas, width - MARGIN - width * 0.36, top - title.height - sub.height)
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.8)
            rule = height - MARGIN - HEADER + 4 * mm
            canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER + 1.5 * mm, width - MARGIN, FOOTER + 1.5 * mm)
        canvas.setFont(LATIN, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, FOOTER - 2 * mm, f"{head.title} · printed with WLT Desk")
        canvas.restoreState()

    def build(self, story: list[Flowable]) -> bytes:
        """The finished PDF as bytes (nothing touches the disk)."""
        out = io.BytesIO()
        width, height = self.size
        top_space = HEADER if self.heading_on_pages else 0
        frame = Frame(
            MARGIN,
            FOOTER + 4 * mm,
            width - 2 * MARGIN,
            height - MARGIN - top_space - FOOTER - 4 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        template = BaseDocTemplate(
            out,
            pagesize=self.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{self.head.title} — {self.head.event_name}",
            author="WLT Desk",
            creator="WLT Desk",
            # the canvas names a starting font on every page; Helvetica would be a
            # PDF base font that is never embedded
            initialFontName=LATIN,
        )
        template.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        template.build(story or [Paragraph("", styles().body)], canvasmaker=_NumberedCanvas)
        return out.getvalue()

    @property
    def body_height(self) -> float:
        top_space = HEADER if self.heading_on_pages else 0
        return self.size[1] - MARGIN - top_space - FOOTER - 4 * mm


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _new_part_file(path: Path) -> tuple[Path, int]:
    """A new temporary file next to ``path``, opened for writing, with the usual permissions.

    ``tempfile.mkstemp`` makes files only the owner can read (0600), and the
    rename would hand that to the PDF; opening with 0666 lets the user's umask
    decide (0644 with the common umask 022), as for any file a program saves.
    """
    for _attempt in range(100):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return candidate, os.open(candidate, _CREATE, 0o666)
        except FileExistsError:
            continue
    raise UserError(f"--out: cannot make a temporary file next to {path}")


def save_pdf(data: bytes, target: str | os.PathLike[str]) -> Path:
    """Write a PDF atomically: a temporary name in the same folder, then a rename.

    A crash or a full disk half-way leaves either the old file or none, never
    half a PDF under the name the user chose.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"--out: the folder {folder} does not exist")
    if path.is_dir():
        raise UserError(f"--out: {path} is a folder, not a file name")
    temporary, handle = _new_part_file(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            # replacing a PDF keeps its permissions
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def centred(paragraph_style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{paragraph_style.name}-c", parent=paragraph_style, alignment=TA_CENTER)


def letterhead(event: Any, title: str, subtitle: str | None = None) -> Letterhead:
    """The letterhead of an output for an event row."""
    return Letterhead(event.name, event.start_date, event.end_date, event.venue, title, subtitle)


def house_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    header: bool = True,
    heights: Sequence[float | None] | None = None,
    zebra: bool = True,
) -> Any:
    """A table in the house look: accent header row repeated on each page, light stripes.

    ``heights`` fixes some rows' heights (None: as tall as the content).
    """
    from reportlab.platypus import Table, TableStyle

    table = Table(
        rows,
        colWidths=list(widths),
        rowHeights=list(heights) if heights else None,
        repeatRows=1 if header else 0,
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), LATIN, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONT", (0, 0), (-1, 0), f"{LATIN}-Bold", 8.5),
        ]
    if zebra:
        first = 1 if header else 0
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, SHADE]))
    table.setStyle(TableStyle(commands))
    return table
