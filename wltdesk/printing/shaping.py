"""One line of text in any script: in visual order, shaped, measured, and drawn searchable.

* ``canvas.drawString`` neither shapes nor reorders, and ReportLab reorders
  right-to-left text only with ``rlbidi``, which is not on PyPI.
  :func:`line_pieces` runs the Unicode bidi algorithm (python-bidi) on the
  line: runs of one font, one weight and one bidi level are put in visual
  order; runs that need shaping (Bengali, Devanagari, Arabic, Hebrew, emoji
  sequences) are shaped once with ReportLab's ``shapeStr`` (HarfBuzz, which
  also returns a right-to-left run in visual order with its brackets
  mirrored); digits keep reading left to right. The widths are the shaped
  advances, so what is measured is what is drawn.
* Shaped glyphs do not say which characters they stand for (a conjunct such
  as ক্ষ is one glyph, the vowel sign of কি is drawn before its consonant), so
  a PDF reader would copy ক্ষিতীশ as "তীশ". :func:`draw_pieces` wraps each run
  whose glyphs are not its characters in a marked-content span with
  ``/ActualText`` (PDF 1.5, 14.9.4): search, copy and ``pdftotext`` get the
  text as it was typed.
* :func:`draw_line` is the one way to put a line of text on a canvas
  directly (a badge's code, a caption): fonts, shaping, order, searchability.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from wltdesk.printing.fonts import (
    ARABIC,
    BENGALI,
    DEVANAGARI,
    EMOJI,
    HEBREW,
    IGNORABLE,
    LATIN,
    cmap,
    face,
    font_runs,
    has_rtl_letters,
    register_fonts,
)

#: A stretch of text and whether it is bold: a line may mix weights (a bold label, a value).
Span = tuple[str, bool]


@dataclass(frozen=True)
class Piece:
    """A stretch of one line in one font and one direction, ready for ``drawString``.

    ``text`` is what is drawn left to right: plain characters, or the glyphs
    HarfBuzz returned (a ``ShapedStr``) for text that needs shaping.
    ``width`` is its advance at the size the line was laid out in.
    ``source`` is the text as typed when what is drawn differs from it
    (shaped or replaced), for the PDF's ``/ActualText``; else None. For a
    right-to-left run it is reversed: readers take a span's text as standing
    left to right, as its glyphs do, and put right-to-left text in reading
    order themselves.
    """

    font: str
    text: str
    width: float
    source: str | None = None


_RTL_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI"))
#: Fonts whose runs need shaping even at a left-to-right level (conjuncts, emoji
#: sequences). Arabic and Hebrew runs are shaped when they hold right-to-left
#: letters; their digits alone are drawn as they are (HarfBuzz would run them
#: right to left).
_SHAPED_FONTS = frozenset((BENGALI, DEVANAGARI, EMOJI))
_FIGURES = frozenset("০১২৩৪৫৬৭৮৯०१२३४५६७८९0123456789,.:%/–- ")


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
    """One line of text laid out left to right as it stands on paper (see the module)."""
    if text.isascii() and text.isprintable():
        if not text:
            return []
        name = face(LATIN, bold)
        register_fonts()
        return [Piece(name, text, pdfmetrics.stringWidth(text, name, size))]
    return span_pieces([(text, bold)], size, base_level)


def span_pieces(spans: Sequence[Span], size: float, base_level: int | None = None) -> list[Piece]:
    """One line made of (text, bold) spans, laid out as :func:`line_pieces` lays out text.

    The line is cut into runs of one font (:func:`~.fonts.font_runs`), one
    weight and one bidi level (:func:`bidi_levels`), which are put in visual
    order (rule L2) and shaped where they need it. Lines already laid out are
    remembered (a region or a name comes back on every page of a report).
    """
    if not any(part for part, _bold in spans):
        return []
    register_fonts()
    return list(_laid_out(tuple(spans), size, base_level))


@lru_cache(maxsize=4096)
def _laid_out(spans: tuple[Span, ...], size: float, base_level: int | None) -> tuple[Piece, ...]:
    text = "".join(part for part, _bold in spans)
    weights = [bold for part, bold in spans for _char in part]
    levels = bidi_levels(text, base_level)
    runs: list[list] = []  # font, level, bold, drawn text, start
    position = 0
    for font, run in font_runs(text):
        for char in run:
            key = (font, levels[position], weights[position])
            if runs and tuple(runs[-1][:3]) == key:
                runs[-1][3] += char
            else:
                runs.append([*key, char, position])
            position += 1
    return tuple(
        _piece(font, bold, level, drawn, text[start : start + len(drawn)], size)
        for font, level, bold, drawn, start in (
            runs[index] for index in _visual_order([run[1] for run in runs])
        )
    )


def _piece(font: str, bold: bool, level: int, run: str, source: str, size: float) -> Piece:
    """A run shaped (or not) and measured; ``source`` is the typed text it stands for."""
    name = face(font, bold)
    drawn: str
    if has_rtl_letters(run):
        drawn = _shaped(run, name, size)
        # PDF readers (poppler, PDFium) take the text of a span as standing left to
        # right, like the glyphs, and reorder right-to-left text themselves
        source = source[::-1]
    elif level % 2:
        drawn = source = _mirror(_visible(run, font))  # as a reader expects it
    elif _needs_shaping(font, run):
        drawn = _shaped(run, name, size)  # Bengali, Devanagari, emoji; Latin with marks
    else:
        drawn = _visible(run, font)
    # ReportLab writes a character beyond U+FFFF into the font's ToUnicode map cut to four
    # hex digits (😀 reads back as ὠ), so such text always carries its own
    plain = str(drawn) == source and (source.isascii() or max(source) <= "\uffff")
    return Piece(name, drawn, _advance(drawn, name, size), None if plain else source)


def _shaped(run: str, name: str, size: float) -> str:
    """``run`` shaped by HarfBuzz: a ``ShapedStr`` of glyphs with their positions.

    ``force``: ReportLab keeps the text unshaped when the glyphs it gets back
    start like the characters it gave, and so missed that 👍🏽 (thumbs up, skin
    tone) became one glyph, drawing a thumb and a colour swatch.
    """
    return shapeStr(run, name, size, force=True)


def _advance(drawn: str, name: str, size: float) -> float:
    """How far the pen moves over ``drawn``: the shaped advances, as ReportLab draws them.

    (Measured by characters, a glyph HarfBuzz made that has no character of its
    own, like a ligature in a font of 2,048 units to the em, came out twice as wide.)
    """
    data = getattr(drawn, "__shapeData__", None)
    if data:
        return sum(glyph.x_advance for glyph in data) * size / 1000
    return pdfmetrics.stringWidth(drawn, name, size)


def _needs_shaping(font: str, run: str) -> bool:
    if font in (ARABIC, HEBREW):
        return False
    if font in _SHAPED_FONTS:
        # Arabic-Indic digits, Bengali and Devanagari figures are a glyph each: much
        # cheaper unshaped (a sign-in sheet's row numbers)
        return font == EMOJI or not all(char in _FIGURES for char in run)
    return any(unicodedata.combining(char) for char in run)


def _visible(run: str, font: str) -> str:
    """A run drawn unshaped, without the invisible characters its font has no glyph for."""
    if IGNORABLE.search(run) is None:
        return run
    glyphs = cmap(font)
    return "".join(c for c in run if ord(c) in glyphs or not IGNORABLE.match(c))


def _actual_text(text: str) -> str:
    """``text`` as a PDF text string: UTF-16BE with its byte-order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_pieces(
    canvas: Canvas, pieces: Sequence[Piece], x: float, y: float, scale: float, size: float
) -> None:
    """Draw a laid-out line from ``x`` at baseline ``y``, at ``scale`` times its layout size.

    A piece whose glyphs are not its characters is drawn inside a marked-content
    span whose ``/ActualText`` is the text as typed, so the PDF reads back right.
    """
    for piece in pieces:
        if piece.source is None and piece.text.isspace():
            pass  # a blank has no ink: readers see the gap as a word space
        elif piece.source is None:
            canvas.setFont(piece.font, size * scale)
            canvas.drawString(x, y, piece.text)
        else:
            canvas.setFont(piece.font, size * scale)
            canvas.addLiteral(f"/Span <</ActualText {_actual_text(piece.source)}>> BDC")
            canvas.drawString(x, y, piece.text)
            canvas.addLiteral("EMC")
        x += piece.width * scale


def pieces_width(pieces: Sequence[Piece]) -> float:
    return sum(piece.width for piece in pieces)


def draw_line(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    bold: bool = False,
    align: int | str = "left",
) -> float:
    """Draw one line of text in any script on a canvas; returns its width.

    The replacement for ``canvas.drawString`` / ``drawCentredString`` /
    ``drawRightString``: every character in a font that has it, shaped, in
    bidi order, searchable. ``align`` says where ``x`` is: the line's left
    end ("left", ``TA_LEFT``), its middle ("centre", ``TA_CENTER``) or its
    right end ("right", ``TA_RIGHT``). The fill colour is the canvas's.
    """
    pieces = line_pieces(text, size, bold)
    width = pieces_width(pieces)
    if align in ("centre", "center", TA_CENTER):
        x -= width / 2
    elif align in ("right", TA_RIGHT):
        x -= width
    draw_pieces(canvas, pieces, x, y, 1.0, size)
    return width
