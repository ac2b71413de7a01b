"""Titles of tables that run over several pages: "(continued)" on the pages after the first.

ReportLab repeats a table's first rows (``repeatRows``) on every page the table
runs onto with the very same cells, so a heading cell cannot be told apart by
the table. A :class:`ContinuedTitle` in such a cell remembers the page it was
first drawn on and draws its second wording on any later page: a group's
coloured bar on a roster ("Group 3 (continued)"), a plan's line in the
follow-up list.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from wltdesk.printing.typeset import Line


class ContinuedTitle(Flowable):
    """``text`` on the first page it is drawn on, ``continued`` on any later page.

    Each is one line that shrinks to fit its cell (:class:`~.typeset.Line`), so
    the cell keeps its height whichever is drawn.
    """

    def __init__(
        self, text: str, continued: str, size: float, colour: Any, bold: bool = True
    ) -> None:
        super().__init__()
        self.lines = (Line(text, size, bold, colour), Line(continued, size, bold, colour))
        self.first_page: int | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights = [line.wrap(availWidth, availHeight)[1] for line in self.lines]
        self.width, self.height = availWidth, max(heights)
        return self.width, self.height

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        if self.first_page is None:
            self.first_page = page
        line = self.lines[0] if page == self.first_page else self.lines[1]
        line.drawOn(self.canv, 0, (self.height - line.height) / 2)
