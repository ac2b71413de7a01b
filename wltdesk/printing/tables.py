"""The house tables: an accent header row, light stripes, text in any script in every cell.

ReportLab draws a table's text cells with ``canvas.drawString`` in the one font
of the cell: no shaping and no other font, so a Bengali column head or a count
in Bengali digits would print as empty boxes. :func:`house_table` keeps plain
Latin text as it is (fast: a sign-in sheet has thousands of cells) and turns any
other text into a :class:`TableText`, laid out by :func:`~.shaping.line_pieces`
(each character in a font that has it, shaped, searchable), in the cell's colour
and the column's alignment, whichever way the text reads: a right-to-left name
in a left-aligned column starts at its left edge, as the other names do. A
column head with a line per language (:func:`~.wording.stacked`) shows the
second language a little smaller.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Flowable, Table, TableStyle

from wltdesk.printing.fonts import LATIN
from wltdesk.printing.shaping import Piece, draw_pieces, line_pieces
from wltdesk.printing.styles import ACCENT, INK, RULE, SHADE
from wltdesk.printing.wording import SECOND

BODY_SIZE = 9.0
HEAD_SIZE = 8.5


class TableText(Flowable):
    """Text of a table cell in any script, one or more lines, in the colour the cell sets.

    It is as wide as its widest line (so the table's ``ALIGN`` places it) and
    shrinks to the column when it is wider. Lines after the first are the
    same words in another language, :data:`~.wording.SECOND` times smaller.
    """

    def __init__(self, text: str, size: float, bold: bool = False, align: int = TA_LEFT) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.align = align
        self.laid: list[tuple[float, list[Piece]]] = []
        for number, line in enumerate(text.split("\n")):
            line_size = size if number == 0 else size * SECOND
            self.laid.append((line_size, line_pieces(line, line_size, bold)))
        self.natural = max((sum(p.width for p in pieces) for _s, pieces in self.laid), default=0)
        self.scale = 1.0
        self.width = self.natural
        self.height = sum(line_size * 1.2 for line_size, _p in self.laid)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.scale = min(1.0, availWidth / self.natural) if self.natural else 1.0
        self.width = self.natural * self.scale
        return self.width, self.height

    def draw(self) -> None:
        # no colour set: the table has set the cell's (white in the header row)
        top = self.height
        for line_size, pieces in self.laid:
            top -= line_size * 1.2
            width = sum(p.width for p in pieces) * self.scale
            x = {TA_RIGHT: self.width - width, TA_CENTER: (self.width - width) / 2}.get(
                self.align, 0
            )
            draw_pieces(self.canv, pieces, x, top + line_size * 0.28, self.scale, line_size)

    def __repr__(self) -> str:
        return f"TableText({self.text!r})"


def _cell(value: Any, size: float, bold: bool, align: int) -> Any:
    """A cell as the table can draw it: plain Latin text stays text."""
    if isinstance(value, str) and (not value.isascii() or "\n" in value):
        return TableText(value, size, bold, align)
    return value


def house_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    header: bool = True,
    heights: Sequence[float | None] | None = None,
    zebra: bool = True,
    right: Collection[int] = (),
) -> Table:
    """A table in the house look: accent header row repeated on each page, light stripes.

    ``heights`` fixes some rows' heights (None: as tall as the content);
    ``right`` names the columns aligned right (numbers), counted from 0.
    """
    columns = len(widths)
    on_right = {index % columns for index in right}
    cells = [
        [
            _cell(
                value,
                HEAD_SIZE if header and number == 0 else BODY_SIZE,
                header and number == 0,
                TA_RIGHT if column in on_right else TA_LEFT,
            )
            for column, value in enumerate(row)
        ]
        for number, row in enumerate(rows)
    ]
    table = Table(
        cells,
        colWidths=list(widths),
        rowHeights=list(heights) if heights else None,
        repeatRows=1 if header else 0,
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), LATIN, BODY_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in sorted(on_right)]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("FONT", (0, 0), (-1, 0), f"{LATIN}-Bold", HEAD_SIZE),
        ]
    if zebra:
        first = 1 if header else 0
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, SHADE]))
    table.setStyle(TableStyle(commands))
    return table
