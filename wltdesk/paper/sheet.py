"""What a sign-in sheet made to be read back is: its code and where everything sits on it.

The printed sheet (:mod:`wltdesk.printing.signin`) and the reader (:mod:`.reading`)
share this module and nothing else, so a page read back is measured exactly as it
was drawn. Every page carries:

- four solid square registration marks in its corners, which fix the page in a
  photo (rotation, perspective);
- a QR code, the :class:`SheetCode`: the event and session (the first eight hex
  digits of their ids), the paper, the page's number, the number of its first row,
  the people in row order (eight hex digits of each person's id, unique in the
  event when printed) and how many walk-in rows follow. A sheet is read on any
  laptop that has the event: nothing of the print is kept in the store;
- per row a tick box in the "Present" column (7 mm, a thin outline), at the
  positions :func:`layout` gives.

Lengths are millimetres from the page's top-left corner, y downwards (as a photo's
pixels run). The page template's body starts :data:`BODY_TOP` below the top edge
(``printing.document``'s margin and header: a test holds them equal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wltdesk.errors import UserError
from wltdesk.language import _

#: The first word of every sheet code; the digit is the layout's version.
CODE_PREFIX = "WLT1"
#: Paper sizes in mm (width, height), by the letter the code names them with.
PAPERS: dict[str, tuple[float, float]] = {"A": (210.0, 297.0), "L": (215.9, 279.4)}
PAPER_LETTERS = {"a4": "A", "letter": "L"}
#: How many hex digits of an id the code carries.
ID_DIGITS = 8

MARK_SIZE = 6.0  # the side of a registration mark
MARK_INSET = 5.0  # from the page's edges to the mark's outer edges
BODY_TOP = 29.0  # where the page template's body starts
BODY_BOTTOM = 14.0  # ... and ends, above the bottom edge
SIDE = 14.0  # the page template's left and right margins
HEAD_HEIGHT = 27.5  # the block with the session, the instructions and the QR code
QR_SIZE = 24.0
HEADER_ROW = 10.0  # the table's column heads (two languages fit)
ROW_HEIGHT = 12.0
BOX_SIZE = 7.0
#: The columns' shares of the body's width: number, name, region, badge (or contact for
#: a walk-in), present (the tick box), time in, signature, photos OK.
COLUMN_SHARES = (7, 50, 24, 22, 15, 14, 33, 17)
PRESENT_COLUMN = 4
NAME_COLUMN = 1


@dataclass(frozen=True)
class Box:
    """A rectangle on the page (mm from the top-left corner)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class SheetLayout:
    """Where the marks, the QR code, each row's tick box and name cell are on a page."""

    paper: str  # "A" or "L"
    width: float
    height: float
    rows_per_page: int
    column_widths: tuple[float, ...]

    def mark_centres(self) -> list[tuple[float, float]]:
        """Top-left, top-right, bottom-right, bottom-left: the order a QR code reports."""
        near = MARK_INSET + MARK_SIZE / 2
        return [
            (near, near),
            (self.width - near, near),
            (self.width - near, self.height - near),
            (near, self.height - near),
        ]

    def qr_box(self) -> Box:
        return Box(self.width - SIDE - QR_SIZE, BODY_TOP + 0.5, QR_SIZE, QR_SIZE)

    def table_top(self) -> float:
        """The top of the first row under the column heads."""
        return BODY_TOP + HEAD_HEIGHT + HEADER_ROW

    def column_left(self, column: int) -> float:
        return SIDE + sum(self.column_widths[:column])

    def tick_box(self, row: int) -> Box:
        """The tick box of the page's ``row``-th row (from 0)."""
        centre_x = self.column_left(PRESENT_COLUMN) + self.column_widths[PRESENT_COLUMN] / 2
        centre_y = self.table_top() + (row + 0.5) * ROW_HEIGHT
        return Box(centre_x - BOX_SIZE / 2, centre_y - BOX_SIZE / 2, BOX_SIZE, BOX_SIZE)

    def name_cell(self, row: int) -> Box:
        """Where a walk-in writes their name (the cell, less a little of its edges)."""
        top = self.table_top() + row * ROW_HEIGHT
        left = self.column_left(NAME_COLUMN)
        return Box(left + 1.0, top + 1.5, self.column_widths[NAME_COLUMN] - 2.0, ROW_HEIGHT - 3.0)


def layout(paper: str) -> SheetLayout:
    """The layout of a sheet on ``paper`` ("A" or "L", or "a4"/"letter")."""
    letter = PAPER_LETTERS.get(paper.lower(), paper.upper())
    width, height = PAPERS[letter]
    body = width - 2 * SIDE
    total = sum(COLUMN_SHARES)
    widths = tuple(body * share / total for share in COLUMN_SHARES)
    room = height - BODY_TOP - BODY_BOTTOM - HEAD_HEIGHT - HEADER_ROW
    return SheetLayout(letter, width, height, int(room // ROW_HEIGHT), widths)


@dataclass(frozen=True)
class SheetCode:
    """What a page's QR code says (see the module docstring)."""

    paper: str  # "A" or "L"
    event: str  # ID_DIGITS hex digits, upper case
    session: str
    page: int  # from 1
    first_row: int  # the number printed in the first row's "#" cell
    people: tuple[str, ...]  # ID_DIGITS hex digits of each roster row's person, in order
    walk_in_rows: int

    def text(self) -> str:
        """The code as printed: only QR alphanumeric characters, so the symbol stays small."""
        return ":".join(
            (
                CODE_PREFIX,
                self.paper,
                self.event,
                self.session,
                str(self.page),
                str(self.first_row),
                str(self.walk_in_rows),
                "".join(self.people),
            )
        )

    @property
    def rows(self) -> int:
        return len(self.people) + self.walk_in_rows


_CODE = re.compile(
    rf"{CODE_PREFIX}:([AL]):([0-9A-F]{{{ID_DIGITS}}}):([0-9A-F]{{{ID_DIGITS}}}):"
    rf"([1-9][0-9]{{0,4}}):([1-9][0-9]{{0,5}}):([0-9]{{1,3}}):((?:[0-9A-F]{{{ID_DIGITS}}})*)"
)


def short_id(full: str) -> str:
    """The part of an id a sheet code carries."""
    return full.replace("-", "")[:ID_DIGITS].upper()


def is_sheet_code(text: str) -> bool:
    return text.startswith(CODE_PREFIX + ":")


def parse_code(text: str) -> SheetCode:
    """A page's code back from the QR text; refuses anything a WLT Desk sheet did not print."""
    found = _CODE.fullmatch(text.strip())
    if found is None:
        raise UserError(_("the QR code is not a WLT Desk sign-in sheet's"))
    paper, event, session, page, first, walk_ins, people = found.groups()
    ids = tuple(people[i : i + ID_DIGITS] for i in range(0, len(people), ID_DIGITS))
    code = SheetCode(paper, event, session, int(page), int(first), ids, int(walk_ins))
    if code.rows > layout(paper).rows_per_page:
        raise UserError(_("the QR code is not a WLT Desk sign-in sheet's"))
    return code
