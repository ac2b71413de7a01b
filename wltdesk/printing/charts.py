"""Charts for printouts, drawn with ReportLab's graphics: bar charts in a :class:`Chart`.

ReportLab's charts draw their labels with ``drawString`` in one font: no shaping
and no second script, so a Bengali day name, or a region typed in Bengali, would
print as broken letters or empty boxes. A :class:`Chart` is a ReportLab
``Drawing``: the chart classes draw the bars, axes and grid, and the numbers on
the value axis (digits need no shaping; each language's digits are in their
font); every word is set by the chart itself as a :class:`~.typeset.Line` —
shaped, each script in its font, shrunk rather than run out of its box.

Two kinds serve the event report (:mod:`.turnout`, :mod:`.report`):

* :func:`columns` — upright bars, one per session, grouped under their day,
  stacked by series (present, late), with a dashed line for how many could
  have come;
* :func:`bars` — one row per category (a region, a gender, a day), its label
  on the left, a bar stacked by series and a note at its end ("7 · 18 %").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.graphics.shapes import Line as Rule
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.validators import isAnything

from wltdesk.language import format_number
from wltdesk.printing.fonts import LATIN, font_runs, register_fonts
from wltdesk.printing.styles import INK, MUTED, RULE
from wltdesk.printing.typeset import Line, line_pieces

#: The colours of a chart's series, in order (none is a colour of the house tables,
#: so a chart is told from a table on a rendered page).
SERIES = (
    colors.HexColor("#3b82c4"),  # present, came on the first day
    colors.HexColor("#f2a93b"),  # late, came later
    colors.HexColor("#8fc1e8"),
)
#: A bar that stands for "not given".
UNKNOWN_BAR = colors.HexColor("#b8c0c8")

LABEL = 7.5  # size of a chart's words
GAP = 3.0  # between a label and what it labels


@dataclass(frozen=True)
class Words:
    """Words a chart sets itself: ``text`` in a box ``width`` wide whose bottom-left is
    (``x``, ``y``), or, turned a quarter to the left, whose bottom-right is (x, y)."""

    text: str
    x: float
    y: float
    width: float
    size: float = LABEL
    bold: bool = False
    colour: Any = MUTED
    align: int = TA_LEFT
    turned: bool = False


@dataclass(frozen=True)
class Series:
    """One stacked part of every bar, named in the legend."""

    name: str
    colour: Any


class Chart(Drawing):
    """A ReportLab drawing that also sets words in any script (see the module docstring)."""

    _attrMap = AttrMap(BASE=Drawing, words=AttrMapValue(isAnything))

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        register_fonts()
        # the renderer names a starting font; Helvetica would be a base font never embedded
        self.initialFontName = LATIN
        self.words: list[Words] = []

    def say(self, words: Words) -> None:
        self.words.append(words)

    def draw(self, showBoundary: Any = False) -> None:
        super().draw(showBoundary=showBoundary)
        canvas = self.canv
        for words in self.words:
            line = Line(words.text, words.size, words.bold, words.colour, 4.5, words.align)
            line.wrap(words.width, words.size * 2)
            canvas.saveState()
            canvas.translate(words.x, words.y)
            if words.turned:
                canvas.rotate(90)
                line.drawOn(canvas, -words.width, 0)
            else:
                line.drawOn(canvas, 0, 0)
            canvas.restoreState()


def text_width(text: str, size: float = LABEL, bold: bool = False) -> float:
    """How wide a line of text is when set (shaped, each script in its font)."""
    return sum(piece.width for piece in line_pieces(text, size, bold))


def nice_step(top: float, ticks: int = 5) -> int:
    """A step of 1, 2 or 5 times a power of ten that gives at most ``ticks`` steps to ``top``."""
    rough = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


def _digits_font(text: str) -> str:
    """The font of a figure as the printout writes it (Bengali digits, or Latin)."""
    register_fonts()
    runs = font_runs(text)
    return runs[0][0] if runs else LATIN


def _legend(chart: Chart, series: Sequence[Series], x: float, top: float) -> None:
    """Swatches and names of the series in one row, from ``x`` at the chart's top."""
    for one in series:
        chart.add(Rect(x, top - LABEL, LABEL, LABEL, fillColor=one.colour, strokeColor=None))
        width = text_width(one.name) + 1
        chart.say(Words(one.name, x + LABEL + GAP, top - LABEL - 0.6, width, colour=INK))
        x += LABEL + GAP + width + 4 * GAP


@dataclass(frozen=True)
class Column:
    """One upright bar: its label (a time) and its stacked values."""

    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class ColumnGroup:
    """Bars that belong together (a day's sessions), named under them."""

    label: str
    columns: tuple[Column, ...]


def columns(
    groups: Sequence[ColumnGroup],
    series: Sequence[Series],
    width: float,
    height: float,
    ceiling: tuple[int, str] | None = None,
) -> Chart:
    """Upright stacked bars grouped under their labels, a gap between groups.

    ``ceiling`` (value, words) draws a dashed line across at that value (how many
    could have come), named at its right end.
    """
    chart = Chart(width, height)
    slots: list[Column | None] = []
    for number, group in enumerate(groups):
        if number:
            slots.append(None)  # a gap between days
        slots += group.columns
    count = max(1, len(slots))
    top_value = max([sum(c.values) for c in slots if c] + [ceiling[0] if ceiling else 0, 1])
    step = nice_step(top_value)
    top = step * math.ceil(top_value / step)
    left = max(text_width(format_number(top)), text_width(format_number(step))) + 2 * GAP
    ceiling_words = ceiling[1] if ceiling else ""
    right = text_width(ceiling_words) + GAP if ceiling else 0
    plot_width = max(10.0, width - left - right)
    slot = plot_width / count
    widest = max((text_width(c.label) for c in slots if c), default=0)
    turned = widest + GAP > slot
    under = (widest + GAP if turned else LABEL + GAP) + LABEL * 1.5 + GAP
    legend = LABEL + 3 * GAP if series else 0
    plot = VerticalBarChart()
    plot.x, plot.y = left, under
    plot.width, plot.height = plot_width, max(10.0, height - under - legend)
    plot.data = [
        [c.values[index] if c and index < len(c.values) else None for c in slots]
        for index in range(len(series))
    ]
    plot.categoryAxis.style = "stacked"
    plot.categoryAxis.visibleLabels = 0
    plot.categoryAxis.visibleTicks = 0
    plot.categoryAxis.strokeColor = MUTED
    plot.categoryAxis.strokeWidth = 0.6
    plot.barWidth, plot.groupSpacing = 10, 4
    axis = plot.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.visibleAxis = 0
    axis.visibleGrid = 1
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.4
    axis.visibleTicks = 0
    axis.labelTextFormat = format_number
    axis.labels.fontName = _digits_font(format_number(step))
    axis.labels.fontSize = LABEL
    axis.labels.fillColor = MUTED
    for index, one in enumerate(series):
        plot.bars[index].fillColor = one.colour
        plot.bars[index].strokeColor = None
    chart.add(plot)
    for index, column in enumerate(slots):
        if column is None:
            continue
        centre = plot.x + slot * (index + 0.5)
        if turned:
            chart.say(
                Words(
                    column.label,
                    centre + LABEL * 0.65,
                    under - GAP,
                    widest,
                    align=TA_RIGHT,
                    turned=True,
                )
            )
        else:
            chart.say(
                Words(
                    column.label,
                    centre - slot / 2,
                    under - GAP - LABEL * 1.2,
                    slot,
                    align=TA_CENTER,
                )
            )
    first = 0
    for group in groups:
        last = first + len(group.columns)
        x0, x1 = plot.x + slot * first + 1, plot.x + slot * last - 1
        chart.add(Rule(x0, LABEL * 1.5 + 1, x1, LABEL * 1.5 + 1, strokeColor=RULE, strokeWidth=0.8))
        chart.say(Words(group.label, x0, 0, x1 - x0, bold=True, colour=INK, align=TA_CENTER))
        first = last + 1
    if ceiling:
        y = plot.y + plot.height * ceiling[0] / top
        chart.add(
            Rule(
                plot.x,
                y,
                plot.x + plot_width,
                y,
                strokeColor=INK,
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
        chart.say(Words(ceiling_words, plot.x + plot_width + GAP, y - LABEL * 0.45, right))
    if series:
        _legend(chart, series, plot.x, height)
    return chart


@dataclass(frozen=True)
class Row:
    """One row of a :func:`bars` chart: its label, its stacked values and the note at
    the bar's end; ``unknown`` rows ("not given") are grey."""

    label: str
    values: tuple[int, ...]
    note: str
    unknown: bool = False


def bars(
    rows: Sequence[Row],
    width: float,
    series: Sequence[Series] = (),
    row_height: float = 13.0,
) -> Chart:
    """Rows of horizontal bars, top to bottom in the order given; a legend on top when
    there are several series."""
    legend = LABEL + 3 * GAP if len(series) > 1 else 0
    height = row_height * max(1, len(rows)) + legend + 2
    chart = Chart(width, height)
    label_width = min(width * 0.32, max((text_width(r.label) for r in rows), default=0) + GAP)
    note_width = max((text_width(r.note) for r in rows), default=0) + 2 * GAP
    plot = HorizontalBarChart()
    plot.x, plot.y = label_width + GAP, 1
    plot.width = max(10.0, width - plot.x - note_width)
    plot.height = row_height * max(1, len(rows))
    parts = max((len(r.values) for r in rows), default=1)
    plot.data = [[r.values[i] if i < len(r.values) else 0 for r in rows] for i in range(parts)]
    plot.categoryAxis.style = "stacked"
    plot.categoryAxis.reverseDirection = 1  # the first row on top
    plot.categoryAxis.visibleLabels = 0
    plot.categoryAxis.visibleTicks = 0
    plot.categoryAxis.strokeColor = MUTED
    plot.categoryAxis.strokeWidth = 0.6
    plot.barWidth, plot.groupSpacing = 10, 3.5
    top = max([sum(r.values) for r in rows] + [1])
    plot.valueAxis.valueMin, plot.valueAxis.valueMax = 0, top
    plot.valueAxis.visible = 0
    colours = [s.colour for s in series] or [SERIES[0]]
    for part in range(parts):
        plot.bars[part].fillColor = colours[part % len(colours)]
        plot.bars[part].strokeColor = None
        for index, row in enumerate(rows):
            if row.unknown:
                plot.bars[(part, index)].fillColor = UNKNOWN_BAR
    chart.add(plot)
    for index, row in enumerate(rows):
        bottom = plot.y + plot.height - row_height * (index + 1)
        baseline = bottom + (row_height - LABEL) / 2 - 0.5
        colour = MUTED if row.unknown else INK
        chart.say(Words(row.label, 0, baseline, label_width, colour=colour, align=TA_RIGHT))
        end = plot.x + plot.width * sum(row.values) / top + GAP
        chart.say(Words(row.note, end, baseline, note_width, colour=colour))
    if legend:
        _legend(chart, series, plot.x, height)
    return chart
