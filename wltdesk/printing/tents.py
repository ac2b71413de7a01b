"""Table name tents: a sheet folded across the middle, the name on both halves.

The lower half reads upright as printed; the upper half is printed upside down,
so once the sheet is folded into a tent both sides read upright, one for the
person sitting behind it and one for the room. A dashed line marks the fold.
Names are as large as the half allows (two lines for long ones), the name in
local script under them, the affiliation and region under that.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wltdesk.printing.badge_face import BadgeData, fitted_name
from wltdesk.printing.styles import ACCENT, INK, RULE
from wltdesk.printing.typeset import Line

#: (size, smallest size, lines) of the name on a tent: readable across a table.
NAME_FIT = (66.0, 36.0, 2)
LOCAL_SIZE = 34.0
DETAIL_SIZE = 17.0
TITLE_SIZE = 13.0


class TentPainter:
    """Draws tents on pages ``width`` × ``height``, ``inset`` clear of every edge."""

    def __init__(self, width: float, height: float, inset: float, title: str) -> None:
        self.width, self.height, self.inset = width, height, inset
        self.half = height / 2
        self.inner = width - 2 * inset
        self.title = Line(title, TITLE_SIZE, bold=True, colour=ACCENT, align=TA_CENTER)
        self.title.wrap(self.inner, self.half)

    def draw(self, canvas: Canvas, badge: BadgeData) -> None:
        """One tent: the lower half upright, the upper half turned, the fold between."""
        self._half(canvas, badge)
        canvas.saveState()
        canvas.translate(self.width, self.height)
        canvas.rotate(180)
        self._half(canvas, badge)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(4, 3)
        canvas.line(0, self.half, self.width, self.half)
        canvas.restoreState()

    def _half(self, canvas: Canvas, badge: BadgeData) -> None:
        """The lower half of the page: the event at the fold, the name in the middle."""
        inset, inner = self.inset, self.inner
        top = self.half - inset * 0.75
        self.title.drawOn(canvas, inset, top - self.title.height)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        rule_y = top - self.title.height - 2 * mm
        canvas.line(self.width / 2 - 20 * mm, rule_y, self.width / 2 + 20 * mm, rule_y)
        room = rule_y - inset - 4 * mm
        lines: list[Line] = []
        if badge.blank:
            lines.append(Line(" ", NAME_FIT[0]))
        else:
            lines.append(fitted_name(badge.display_name, NAME_FIT, inner, room * 0.7, TA_CENTER))
        for text, size, bold in (
            (badge.local_name, LOCAL_SIZE, False),
            (" · ".join(t for t in (badge.affiliation, badge.region) if t), DETAIL_SIZE, False),
        ):
            if text and not badge.blank:
                line = Line(text, size, bold=bold, colour=INK, align=TA_CENTER,
                            min_size=size * 0.6, max_lines=2, leading=1.2)  # fmt: skip
                line.wrap(inner, room)
                lines.append(line)
        total = sum(line.height for line in lines)
        while total > room and len(lines) > 1:
            total -= lines.pop().height
        y = inset + (room - total) / 2 + total
        for line in lines:
            y -= line.height
            line.drawOn(canvas, inset, y)
        if badge.blank:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(inset, inset + room * 0.35, self.width - inset, inset + room * 0.35)
