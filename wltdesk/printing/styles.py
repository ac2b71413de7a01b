"""The house look of every PDF: its palette and its text styles (tables: :mod:`.tables`).

Every style has ``shaping=1``, which makes ReportLab run HarfBuzz
(``uharfbuzz``) on its paragraphs (Latin ligatures and accents); text in other
scripts, whose glyphs must carry their letters for search and copy, is laid
out by :class:`~.typeset.TextParagraph` with the same styles (:func:`~.typeset.para`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from wltdesk.printing.fonts import LATIN, register_fonts

#: The palette every output uses (ink, a muted grey, the accent of headings and rules).
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6672")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c7d0d9")
SHADE = colors.HexColor("#eef2f6")


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


def centred(paragraph_style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{paragraph_style.name}-c", parent=paragraph_style, alignment=TA_CENTER)
