"""Typesetting text in any script: lines laid out, shaped and fitted to their box.

* Complex scripts need shaping (conjuncts, pre-base vowel signs): the house
  styles (:mod:`.styles`) make ReportLab run HarfBuzz on paragraphs, but
  ``canvas.drawString`` never shapes, so text drawn directly goes through
  :func:`line_pieces`, which shapes with ``shapeStr`` itself.
* ReportLab reorders right-to-left text only with ``rlbidi``, which is not on
  PyPI. :func:`line_pieces` runs the Unicode bidi algorithm (python-bidi) on
  each line: runs of one font and one level are put in visual order, Arabic
  runs are shaped right to left by HarfBuzz (which mirrors brackets), and
  digits keep reading left to right. :class:`Line` and :class:`BidiParagraph`
  measure with the same shaped advances they draw, so text stays in its box.

:func:`para` and :func:`rich` make paragraphs of plain text in any mix of
scripts, each run in its font (:func:`~wltdesk.printing.fonts.markup`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from wltdesk.printing.fonts import (
    ARABIC,
    LATIN,
    base_direction,
    font_runs,
    has_rtl,
    has_rtl_letters,
    is_plain,
    markup,
    register_fonts,
)
from wltdesk.printing.styles import INK


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
        elif font == ARABIC or is_plain(run) or _bengali_figures(run):
            # Arabic-Indic digits, Bengali figures and plain Latin need no shaping
            drawn = run
        else:
            drawn = shapeStr(run, name, size)  # Bengali; Latin with combining marks
        pieces.append(Piece(name, drawn, pdfmetrics.stringWidth(drawn, name, size)))
    return pieces


def _bengali_figures(run: str) -> bool:
    """A number in Bengali digits ("১২,৩৪৫", "৮০%"): each digit is a glyph of its own,
    so it is drawn unshaped, which is much cheaper (a sign-in sheet's row numbers)."""
    return all(char in _FIGURES for char in run)


_FIGURES = frozenset("০১২৩৪৫৬৭৮৯0123456789,.:%/–- ")


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
