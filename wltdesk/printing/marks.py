"""Marks that say who may read a page: "internal — do not publish", "facilitator copy".

Paper travels further than a screen, and a page is read on its own (pinned,
photographed, scanned into a report), so a mark that matters is on every page
it applies to, in the letterhead under the output's title, where a reader
looks first:

* :class:`Internal` wraps the part of a story that must not be published (the
  event report's list of who declined photos): every page any piece of it is
  drawn on gets the stamp — a long list that runs onto a second page marks
  both — and no other page does.
* :class:`MarkedDocument` stamps every page of a document (a circle summary
  that holds private notes is a facilitator's copy from its first page to its
  last).
* :func:`banner` is the boxed line that opens such a copy, before its content.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Table, TableStyle

from wltdesk.printing.document import MARGIN, Document, Letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import style
from wltdesk.printing.typeset import Line, para

#: The colour of every "do not share" mark.
ALERT = colors.HexColor("#b3261e")
ALERT_TINT = colors.HexColor("#fbeae9")

STAMP_SIZE = 8.5
STAMP_HEIGHT = 13.0


def stamp(canvas: Canvas, text: str) -> None:
    """The stamp in the letterhead of the page being drawn, right-aligned under its title.

    Drawn in page coordinates whatever the flowable drawing it has moved the
    origin to; a page gets it once, however many marked pieces it holds.
    """
    page = canvas.getPageNumber()
    done: set[int] = canvas.__dict__.setdefault("_wltdesk_stamped", set())
    if page in done:
        return
    done.add(page)
    width, height = canvas._pagesize
    line = Line(text, STAMP_SIZE, bold=True, colour=colors.white, min_size=5)
    line.wrap(width * 0.5, STAMP_HEIGHT)
    drawn = min(width * 0.5, sum(p.width for p in line.pieces) * line.used / line.size)
    box = drawn + 8
    right = width - MARGIN
    top = height - MARGIN + 4 * mm - 16  # under the title's line
    x0, y0 = canvas.absolutePosition(0, 0)
    canvas.saveState()
    canvas.translate(-x0, -y0)
    canvas.setFillColor(ALERT)
    canvas.roundRect(right - box, top - STAMP_HEIGHT, box, STAMP_HEIGHT, 2, stroke=0, fill=1)
    line.width = drawn
    line.drawOn(canvas, right - box + 4, top - STAMP_HEIGHT + (STAMP_HEIGHT - line.height) / 2)
    canvas.restoreState()


class Internal(Flowable):
    """A flowable (a table, usually) whose every page carries the stamp ``text``."""

    def __init__(self, content: Flowable, text: str) -> None:
        super().__init__()
        self.content = content
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [Internal(part, self.text) for part in self.content.split(availWidth, availHeight)]

    def getSpaceBefore(self) -> float:
        return float(self.content.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.content.getSpaceAfter())

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)
        stamp(self.canv, self.text)


class MarkedDocument(Document):
    """A document whose every page carries the stamp ``mark`` in its letterhead."""

    def __init__(self, head: Letterhead, paper: str, mark: str) -> None:
        super().__init__(head, paper)
        self.mark = mark

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._decorate(canvas, doc)
        stamp(canvas, self.mark)


def banner(title: str, text: str, width: float) -> Table:
    """A boxed warning across the page: a bold line, then what to do about it."""
    head = style("banner-head", 10.5, bold=True, colour=ALERT)
    body = style("banner-body", 9, colour=ALERT)
    cells: list[Any] = [[[para(title, head), para(text, body)]]]
    table = Table(cells, colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), LATIN),  # not the unembedded Helvetica
                ("BOX", (0, 0), (-1, -1), 1.4, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), ALERT_TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
