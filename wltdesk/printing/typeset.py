"""Typesetting text in any script: names fitted to their box, paragraphs, searchable.

* :class:`Line` fits a name or label to its box (shrunk, then wrapped), the
  fast path of badges and sign-in sheets: each line is laid out once by
  :func:`~.shaping.line_pieces` (fonts, bidi order, HarfBuzz shaping) and
  drawn directly.
* :func:`para`, :func:`rich` and :func:`stacked_text` make paragraphs of plain
  text in any mix of scripts. Latin text that needs no other font and no
  shaping becomes a ReportLab ``Paragraph`` (fast, and it reads back as it
  was typed); any other text a :class:`TextParagraph`, which breaks lines in
  reading order and draws them with :func:`~.shaping.draw_pieces`, so shaped
  Bengali, Arabic or emoji carry their text for search and copy (a
  ReportLab paragraph's shaped glyphs do not: ক্ষিতীশ came out as "তীশ").
* Alignment is the column's or the style's, whatever the direction of the
  text: a right-to-left name in a left-aligned column starts at the
  column's left edge like every other name (its letters still read right to
  left), so it never runs into the column on its right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from wltdesk.printing.fonts import LATIN, base_direction, face, has_rtl, is_plain
from wltdesk.printing.shaping import (
    Piece,
    Span,
    draw_pieces,
    line_pieces,
    pieces_width,
    span_pieces,
)
from wltdesk.printing.styles import INK

Word = TypeVar("Word")


def _x(align: int, free: float) -> float:
    """Where a line starts in its box, given the room left over."""
    return {TA_RIGHT: free, TA_CENTER: free / 2}.get(align, 0.0)


def wrap_words(
    words: Sequence[Word], widths: Sequence[float], space: float, width: float
) -> list[list[Word]]:
    """Greedy line breaking in reading order: as many words on each line as fit."""
    lines: list[list[Word]] = []
    current: list[Word] = []
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
    shrinks further rather than overflow: it never leaves its box. Text that
    reads right to left (its first strong letter is Arabic or Hebrew) reads
    right to left inside the line, which is aligned as ``align`` says, like
    every other name of its column.

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
        self.natural = pieces_width(self.pieces)
        self.used = size
        self.lines: list[list[Piece]] = [self.pieces] if self.text else []
        self.width = 0.0
        self.height = size * leading

    def _wrapped(self, width: float) -> tuple[float, list[list[Piece]]]:
        """The largest size (at most ``size``) at which the text fits ``max_lines`` lines."""
        words = self.text.split(" ")
        word_widths = [
            pieces_width(line_pieces(w, self.size, self.bold, self.base_level)) for w in words
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
        widest = max(pieces_width(pieces) for pieces in laid)
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
        canvas = self.canv
        canvas.setFillColor(self.colour)
        step = self.used * self.leading
        for number, pieces in enumerate(self.lines):
            width = pieces_width(pieces) * scale
            x = _x(self.align, self.width - width)
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


def _words(spans: Sequence[Span]) -> list[list[Span]]:
    """The words (stretches between blanks) of a line of spans, each as its own spans."""
    words: list[list[Span]] = []
    current: list[Span] = []
    for text, bold in spans:
        for index, chunk in enumerate(text.split()):
            if index or (text[:1].isspace() and current):
                words.append(current)
                current = []
            current.append((chunk, bold))
        if text[-1:].isspace() and current:
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


class TextParagraph(Flowable):
    """A paragraph of text in any script, broken into lines in reading order, searchable.

    ``lines`` are the source lines, each a sequence of (text, bold) spans and
    its size (a stacked heading's second language is smaller); every line
    takes the style's leading, as in a ReportLab paragraph. Words are broken
    into lines in logical order (as a reader reads them), measured with the
    same shaped advances they are drawn with, so a line never runs past its
    width (a single word wider than the column is shrunk). A line holding
    right-to-left text is laid out again as a whole by the bidi algorithm.
    It splits between lines across pages, never leaving its first line alone
    at the foot of a page.
    """

    def __init__(
        self, lines: Sequence[tuple[Sequence[Span], float]], paragraph_style: ParagraphStyle
    ) -> None:
        super().__init__()
        self.source = [(list(spans), size) for spans, size in lines]
        self.style = paragraph_style
        text = " ".join(part for spans, _size in self.source for part, _bold in spans)
        self.base_level = 1 if base_direction(text) == "rtl" else 0
        self.laid: list[tuple[float, list[Piece]]] = []
        self._laid_for: float | None = None  # the width laid out for; None: not yet
        self.width = 0.0
        self.height = 0.0

    @classmethod
    def _part(cls, whole: TextParagraph, laid: list[tuple[float, list[Piece]]]) -> TextParagraph:
        """One side of a split: lines already laid out, kept as they are."""
        part = cls([], whole.style)
        part.laid, part._laid_for, part.base_level = laid, whole._laid_for, whole.base_level
        part.source = []
        return part

    def _lay_out(self, width: float) -> list[tuple[float, list[Piece]]]:
        laid: list[tuple[float, list[Piece]]] = []
        for spans, size in self.source:
            words = _words(spans)
            word_pieces = [span_pieces(word, size, self.base_level) for word in words]
            space = pdfmetrics.stringWidth(" ", LATIN, size)
            widths = [pieces_width(pieces) for pieces in word_pieces]
            if not words:
                laid.append((size, []))
                continue
            for line in wrap_words(list(range(len(words))), widths, space, width):
                laid.append((size, self._line(words, word_pieces, line, size, space)))
        return laid

    def _line(
        self,
        words: list[list[Span]],
        word_pieces: list[list[Piece]],
        numbers: list[int],
        size: float,
        space: float,
    ) -> list[Piece]:
        """One line from its words: the words' own pieces, unless bidi must reorder them."""
        if self.base_level == 0 and not any(_has_rtl(words[n]) for n in numbers):
            pieces: list[Piece] = []
            for position, number in enumerate(numbers):
                if position:
                    pieces.append(Piece(face(LATIN, words[number][0][1]), " ", space))
                pieces.extend(word_pieces[number])
            return pieces
        spans: list[Span] = []
        for position, number in enumerate(numbers):
            if position:
                spans.append((" ", words[number][0][1]))
            spans.extend(words[number])
        return span_pieces(spans, size, self.base_level)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.source and self._laid_for != availWidth:
            self.laid = self._lay_out(availWidth)
            self._laid_for = availWidth
        self.width = availWidth
        self.height = self.style.leading * len(self.laid)
        return availWidth, self.height

    def minWidth(self) -> float:
        words = [
            span_pieces(word, size, self.base_level)
            for spans, size in self.source
            for word in _words(spans)
        ]
        return max((pieces_width(pieces) for pieces in words), default=0.0)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.style.textColor)
        baseline = self.height - self.style.fontSize
        for size, pieces in self.laid:
            natural = pieces_width(pieces)
            # a single word wider than the column is shrunk, never drawn past it
            scale = min(1.0, self.width / natural) if natural else 1.0
            x = _x(self.style.alignment, self.width - natural * scale)
            draw_pieces(canvas, pieces, x, baseline, scale, size)
            baseline -= self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits >= len(self.laid):
            return [self]
        if fits < 2:  # a lone first line at the foot of a page (an orphan)
            return []
        return [self._part(self, self.laid[:fits]), self._part(self, self.laid[fits:])]

    def __repr__(self) -> str:
        text = " / ".join("".join(part for part, _b in spans) for spans, _s in self.source)
        return f"TextParagraph({text!r})"


def _has_rtl(word: list[Span]) -> bool:
    return any(has_rtl(part) for part, _bold in word)


def _is_bold(paragraph_style: ParagraphStyle) -> bool:
    return str(paragraph_style.fontName).endswith("-Bold")


def para(text: str | None, paragraph_style: ParagraphStyle, bold: bool | None = None) -> Flowable:
    """A paragraph of plain text in any mix of scripts (right-to-left included).

    Line breaks in the text stay line breaks (a bilingual prompt is stored as
    "English\nBengali").
    """
    is_bold = _is_bold(paragraph_style) if bold is None else bold
    lines = (text or "").splitlines() or [""]
    if all(is_plain(line) for line in lines):
        return Paragraph("<br/>".join(escape(line) for line in lines), paragraph_style)
    size = paragraph_style.fontSize
    return TextParagraph([([(line, is_bold)], size) for line in lines], paragraph_style)


def rich(parts: Sequence[tuple[str | None, bool]], paragraph_style: ParagraphStyle) -> Flowable:
    """One paragraph from (text, bold) pieces, e.g. a bold label and a plain value."""
    spans = [(text, bold) for text, bold in parts if text]
    if all(is_plain(text) for text, _bold in spans):
        html = "".join(f"<b>{escape(text)}</b>" if bold else escape(text) for text, bold in spans)
        return Paragraph(html, paragraph_style)
    lines: list[list[Span]] = [[]]
    for text, bold in spans:
        for number, line in enumerate(text.split("\n")):
            if number:
                lines.append([])
            if line:
                lines[-1].append((line, bold))
    size = paragraph_style.fontSize
    return TextParagraph([(line, size) for line in lines], paragraph_style)


def stacked_text(lines: Sequence[tuple[str, float]], paragraph_style: ParagraphStyle) -> Flowable:
    """One paragraph of lines, each at its own size (a heading, its translation below it)."""
    bold = _is_bold(paragraph_style)
    if all(is_plain(text) for text, _size in lines):
        html = "<br/>".join(
            escape(text)
            if size == paragraph_style.fontSize
            else f'<font size="{size:.2f}">{escape(text)}</font>'
            for text, size in lines
        )
        return Paragraph(html, paragraph_style)
    return TextParagraph([([(text, bold)], size) for text, size in lines], paragraph_style)
