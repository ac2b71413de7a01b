"""Sign-in sheet for one session, made to be read back from a photo or a scan.

Paper is the fallback when the laptop is not at the door, and the record some
funders ask for. Names are sorted as the roster sorts them, each with the name
in local script under it (a long name wraps onto a second line rather than
shrinking), the region and the badge code (so a facilitator can type a code in
later); blank rows at the end take walk-ins, with a cell each for name, region
and contact.

Each row has a tick box in a "Present" column, kept apart from the signature by
a column for the time in, and every page carries four corner marks and a QR code
naming the page (:mod:`wltdesk.paper.sheet`): ``wltdesk paper import`` and
*Print ▸ Read back sheets* find the page in a photo, straighten it and record
the ticked boxes. So the page is drawn at fixed positions: each page is one head
block and one table of at most ``rows_per_page`` rows, every row as tall as
:data:`~wltdesk.paper.sheet.ROW_HEIGHT`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from wltdesk import agenda, events, people
from wltdesk.errors import UserError
from wltdesk.language import _, format_date, format_number, format_time, ngettext
from wltdesk.paper import sheet
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import ACCENT, INK, MUTED, style
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import Line, para
from wltdesk.printing.wording import joined, lines, said, stacked_row, value_word
from wltdesk.store import Store

DEFAULT_WALK_IN_ROWS = 8
NAME_SIZE = 9.5
#: A long name wraps onto a second line before it shrinks, and never below this size.
NAME_MIN_SIZE = 8.0
HINT_SIZE = 5.5


@dataclass(frozen=True)
class SignInRow:
    person_id: str
    display_name: str
    local_name: str | None
    region: str | None
    badge_code: str
    role: str
    photo_consent: bool | None


def signin_rows(store: Store, event_id: str) -> list[SignInRow]:
    """Everyone on the roster in name order, as the sheet lists them."""
    return [
        SignInRow(
            p.id, p.display_name, p.local_name, p.region, p.badge_code, p.role, p.photo_consent
        )
        for p in people.list_people(store, event_id)
    ]


class TickBox(Flowable):
    """The "Present" box: a square with a thin outline, white inside on any stripe."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)


class WriteIn(Flowable):
    """An empty cell for a walk-in to write in, with a tiny word saying what goes there."""

    def __init__(self, hint: str) -> None:
        super().__init__()
        self.hint = Line(hint, HINT_SIZE, colour=MUTED)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.hint.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, self.hint.height
        return self.width, self.height

    def draw(self) -> None:
        self.hint.drawOn(self.canv, 0, 0)


class SheetHead(Flowable):
    """The top of every page: the session, what to do, and the page's marks and QR code.

    Always :data:`~wltdesk.paper.sheet.HEAD_HEIGHT` tall, so the rows below sit where
    the reader looks for them. The corner marks are drawn here (in page coordinates)
    rather than by the page template, which every other output shares.
    """

    def __init__(self, title: Flowable, notes: list[Flowable], code: str, page: sheet.SheetLayout):
        super().__init__()
        self.title = title
        self.notes = notes
        self.code = code
        self.page = page
        self.width = 0.0
        self.height = sheet.HEAD_HEIGHT * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_width = self.width - (sheet.QR_SIZE + 5) * mm
        top = self.height
        for flowable in (self.title, *self.notes):
            _w, height = flowable.wrap(text_width, top)
            top -= height
            flowable.drawOn(canvas, 0, top)
        # from here on, page coordinates (points from the bottom-left corner)
        x0, y0 = canvas.absolutePosition(0, 0)
        canvas.saveState()
        canvas.translate(-x0, -y0)
        page_height = self.page.height * mm
        canvas.setFillColor(colors.black)
        half = sheet.MARK_SIZE / 2
        for cx, cy in self.page.mark_centres():
            canvas.rect(
                (cx - half) * mm,
                page_height - (cy + half) * mm,
                sheet.MARK_SIZE * mm,
                sheet.MARK_SIZE * mm,
                stroke=0,
                fill=1,
            )
        qr = self.page.qr_box()
        bottom = page_height - (qr.y + qr.height) * mm
        draw_code(canvas, self.code, qr.x * mm, bottom, qr.width * mm)
        canvas.restoreState()


def draw_code(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text``, ``size`` wide, lower-left at (x, y), as one filled path."""
    matrix = segno.make_qr(text, error="m", boost_error=False).matrix
    modules = len(matrix)
    cell = size / modules
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * cell
        column = 0
        while column < modules:
            if row[column]:
                start = column
                while column < modules and row[column]:
                    column += 1
                path.rect(x + start * cell, top, (column - start) * cell, cell * 1.02)
            else:
                column += 1
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def _name_cell(row: SignInRow) -> Flowable | list[Flowable]:
    """The name, wrapped onto a second line (a third without a local name) before it
    shrinks; only a name too long for that many lines at NAME_MIN_SIZE shrinks further."""
    lines_free = 2 if row.local_name else 3
    name = Line(
        row.display_name, NAME_SIZE, bold=True, min_size=NAME_MIN_SIZE,
        max_lines=lines_free, leading=1.2,
    )
    if not row.local_name:
        return name
    return [name, Line(row.local_name, 9, min_size=NAME_MIN_SIZE)]


def _region_cell(row: SignInRow) -> Flowable | list[Flowable] | str:
    region = Line(row.region, 8.5, max_lines=2, min_size=7) if row.region else ""
    if row.role == "participant":
        return region
    role = Line(value_word(row.role), 7.5, colour=MUTED)
    return [region, role] if region else role


def _consent(row: SignInRow) -> str:
    if row.photo_consent is None:
        return ""
    return _("yes") if row.photo_consent else _("no")


def _instructions(on_roster: int, walk_in_rows: int) -> str:
    roster = _("{count} on the roster").format(count=format_number(on_roster))
    rows = ngettext(
        "{count} row for walk-ins (write name, region and contact)",
        "{count} rows for walk-ins (write name, region and contact)",
        walk_in_rows,
    ).format(count=format_number(walk_in_rows))
    return f"{roster} · {rows}"


def _how_to_tick() -> str:
    return _(
        "Tick or cross the Present box inside its square, then sign. A mistake? "
        "Scribble the box out: it will be checked by hand."
    )


def _heads() -> list[str]:
    return [
        _("#"),
        _("Name"),
        _("Region"),
        _("Badge"),
        _("Present"),
        _("Time in"),
        _("Signature"),
        _("Photos?"),
    ]


def _check_ids(rows: list[SignInRow]) -> None:
    """Two people whose ids begin alike could not be told apart on paper: say so."""
    seen: dict[str, str] = {}
    alike: tuple[str, str] | None = None
    for row in rows:
        short = sheet.short_id(row.person_id)
        if short in seen:
            alike = (seen[short], row.display_name)
            break
        seen[short] = row.display_name
    if alike is not None:
        first, second = alike
        raise UserError(
            said(
                lambda: _("{first} and {second} cannot share a sheet (ids alike)").format(
                    first=first, second=second
                )
            )
        )


def _table(page: sheet.SheetLayout, cells: list[list[object]], walk_in_from: int) -> Flowable:
    widths = [w * mm for w in page.column_widths]
    heights = [sheet.HEADER_ROW * mm] + [sheet.ROW_HEIGHT * mm] * (len(cells) - 1)
    table = house_table(cells, widths, heights=heights)
    box = sheet.PRESENT_COLUMN
    commands: list[tuple[object, ...]] = [
        ("FONT", (3, 1), (3, -1), f"{LATIN}-Bold", 9.5),
        ("ALIGN", (box, 0), (box, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("LINEBEFORE", (box + 1, 1), (-1, -1), 0.4, MUTED),
        ("LINEAFTER", (box, 1), (box, -1), 0.4, MUTED),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]
    if walk_in_from < len(cells):
        commands += [
            ("VALIGN", (1, walk_in_from), (3, -1), "TOP"),
            ("LINEBEFORE", (1, walk_in_from), (4, -1), 0.4, MUTED),
        ]
    table.setStyle(commands)
    return table


def build_signin(
    store: Store,
    event_id: str,
    session_id: str,
    paper: str = "a4",
    walk_in_rows: int = DEFAULT_WALK_IN_ROWS,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The sign-in sheet of one session as PDF bytes."""
    event = events.get_event(store, event_id)
    session = agenda.get_session(store, session_id)
    # the session's times are the venue's wall times, as the agenda holds them
    when = (
        f"{format_date(session.starts_at, 'yMMMEd')}, "
        f"{format_time(session.starts_at)}–{format_time(session.ends_at)}"
    )
    room = f" · {session.room}" if session.room else ""
    head = letterhead(event, joined(lambda: _("Sign-in sheet")), f"{when}{room}")
    doc = Document(head, paper)
    page = sheet.layout(paper)
    rows = signin_rows(store, event_id)
    _check_ids(rows)
    entries: list[SignInRow | None] = [*rows, *([None] * walk_in_rows)]
    per_page = page.rows_per_page
    title_style = style("signin-title", 15, bold=True, colour=ACCENT, leading=19)
    note_style = style("signin-note", 8, colour=MUTED, leading=10)
    how_style = style("signin-how", 8, colour=INK, leading=10)
    story: list[Flowable] = []
    hints = (_("name"), _("region"), _("phone or email"))
    for start in range(0, max(1, len(entries)), per_page):
        chunk = entries[start : start + per_page]
        code = sheet.SheetCode(
            page.paper,
            sheet.short_id(event_id),
            sheet.short_id(session_id),
            start // per_page + 1,
            start + 1,
            tuple(sheet.short_id(r.person_id) for r in chunk if r is not None),
            sum(1 for r in chunk if r is None),
        )
        cells: list[list[object]] = [stacked_row(_heads)]
        walk_in_from = len(cells) + sum(1 for r in chunk if r is not None)
        for number, row in enumerate(chunk, start + 1):
            tick = TickBox(sheet.BOX_SIZE * mm)
            if row is None:
                write_ins: list[object] = [WriteIn(hint) for hint in hints]
                cells.append([format_number(number), *write_ins, tick, "", "", ""])
                continue
            cells.append(
                [
                    format_number(number),
                    _name_cell(row),
                    _region_cell(row),
                    row.badge_code,
                    tick,
                    "",
                    "",
                    _consent(row),
                ]
            )
        notes = [
            lines(lambda: _instructions(len(rows), walk_in_rows), note_style),
            lines(_how_to_tick, how_style),
        ]
        story += [
            SheetHead(para(session.title, title_style), notes, code.text(), page),
            _table(page, cells, walk_in_from),
            PageBreak(),
        ]
        if progress:
            progress(min(start + per_page, len(rows)), len(rows))
    data = doc.build(story[:-1])
    if progress:
        progress(len(rows), len(rows))
    return data

