"""Badge stock: the sheets badges are printed on, chosen by name (``print badges --stock``).

Each :class:`Stock` says exactly where its badges sit on the sheet — the numbers
of ``docs/printing.md``, which the tests hold the PDF to within half a millimetre:
pre-cut labels and perforated inserts at their maker's positions (no cut marks:
the sheet is already cut), plain paper with cut marks in the gaps between badges.

Three kinds of badge are printed:

* ``badge``: one face per place on the sheet;
* ``fold-over``: a front and a back face one above the other, the back turned
  upside down, with a fold line between them: folded along it, the badge shows the
  name on both sides as it turns on its lanyard;
* ``tent``: a table name tent, one per sheet: the name on both halves, the top one
  upside down, so it reads upright from both sides of the table once folded.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A6, LETTER
from reportlab.lib.units import inch, mm

from wltdesk.errors import UserError
from wltdesk.language import N_, _

SHEETS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER, "a6": A6}


@dataclass(frozen=True)
class Stock:
    """A badge stock: the size of one badge and where each sits on its sheet.

    ``paper`` is the sheet the stock comes on; None means plain paper, as the print
    asks for (A4 or Letter), with the badges centred on it. ``left`` and ``top`` are
    the distances from the sheet's left and top edges to the first badge (None:
    centred); ``pitch_x`` and ``pitch_y`` from one badge's left (top) edge to the
    next one's. A fold-over place holds two badges (``height`` is one face).
    """

    key: str
    label: str  # an N_ message: the stock's name in menus and help
    kind: str  # "badge", "fold-over" or "tent"
    paper: str | None
    width: float
    height: float
    columns: int
    rows: int
    pitch_x: float
    pitch_y: float
    left: float | None = None
    top: float | None = None
    cut_marks: bool = False
    inset: float = 0.0  # how far the design keeps from the badge's edge

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def place_height(self) -> float:
        """One place on the sheet: a fold-over badge takes two faces."""
        return self.height * (2 if self.kind == "fold-over" else 1)

    def sheet(self, paper: str = "a4") -> tuple[float, float]:
        """The page size (points) for this stock, printed on ``paper`` if it takes any."""
        return SHEETS[self.paper or paper]

    def places(self, paper: str = "a4") -> list[tuple[float, float]]:
        """Lower-left corners (PDF points, origin bottom left) of the places on a sheet,
        row by row from the top left."""
        page_width, page_height = self.sheet(paper)
        height = self.place_height
        grid_width = (self.columns - 1) * self.pitch_x + self.width
        grid_height = (self.rows - 1) * self.pitch_y + height
        left = self.left if self.left is not None else (page_width - grid_width) / 2
        top = self.top if self.top is not None else (page_height - grid_height) / 2
        return [
            (left + column * self.pitch_x, page_height - top - row * self.pitch_y - height)
            for row in range(self.rows)
            for column in range(self.columns)
        ]


#: Plain paper: 6 mm between badges leaves room for cut marks and a guillotine's blade.
GAP = 6 * mm
#: Labels and inserts sit edge to edge, and a printer places a page a millimetre or so
#: off: the design keeps this far inside each, so no band ends up on its neighbour.
LABEL_INSET = 2 * mm

STOCKS: dict[str, Stock] = {
    stock.key: stock
    for stock in (
        Stock(
            "pouch",
            N_("Card pouch badges, 86 × 54 mm, 8 to a sheet, to cut out"),
            "badge", None, 86 * mm, 54 * mm, 2, 4, 86 * mm + GAP, 54 * mm + GAP,
            cut_marks=True,
        ),
        # Avery's template: 2 × 4 labels of 86 × 55 mm butting together, 19 mm from the
        # sides and 38.5 mm from the top and bottom of the A4 sheet.
        Stock(
            "avery-l7418",
            N_("Avery L7418 name badge labels, 86 × 55 mm, 8 to an A4 sheet"),
            "badge", "a4", 86 * mm, 55 * mm, 2, 4, 86 * mm, 55 * mm,
            left=19 * mm, top=38.5 * mm, inset=LABEL_INSET,
        ),
        # gLabels' Avery template (avery-iso-templates.xml): 80 × 50 mm, corners of
        # 4 mm (the 2 mm inset keeps the design inside them), 2 × 5 from 18 mm left and
        # 13 mm top, 95 mm and 55 mm apart.
        Stock(
            "avery-l4785",
            N_("Avery L4785 name badge labels, 80 × 50 mm, 10 to an A4 sheet"),
            "badge", "a4", 80 * mm, 50 * mm, 2, 5, 95 * mm, 55 * mm,
            left=18 * mm, top=13 * mm, inset=LABEL_INSET,
        ),
        # Avery 5392 (and the 74459 kit's inserts): 4 × 3 in, 2 × 3 on Letter, a
        # quarter inch from the sides and an inch from the top, micro-perforated.
        Stock(
            "avery-5392",
            N_("Avery 5392 or 74459 name badge inserts, 4 × 3 in, 6 to a Letter sheet"),
            "badge", "letter", 4 * inch, 3 * inch, 2, 3, 4 * inch, 3 * inch,
            left=0.25 * inch, top=1 * inch, inset=LABEL_INSET,
        ),
        # An A6 card (a pouch size); most printers cannot reach the last 4 to 5 mm.
        Stock(
            "a6",
            N_("A6 card, one badge to a sheet"),
            "badge", "a6", 105 * mm, 148 * mm, 1, 1, 105 * mm, 148 * mm,
            left=0, top=0, inset=5 * mm,
        ),
        Stock(
            "fold-over",
            N_("Fold-over badges, 86 × 54 mm, the name on both sides, 4 to a sheet"),
            "fold-over", None, 86 * mm, 54 * mm, 2, 2, 86 * mm + GAP, 108 * mm + GAP,
            cut_marks=True,
        ),
        Stock(
            "tent",
            N_("Table name tents, one to a sheet, folded across the middle"),
            "tent", None, 0, 0, 1, 1, 0, 0, left=0, top=0, inset=12 * mm,
        ),
    )
}
DEFAULT_STOCK = "pouch"


def get_stock(key: str) -> Stock:
    """The stock called ``key``; a UserError names the stocks there are."""
    try:
        return STOCKS[key.strip().lower()]
    except KeyError:
        raise UserError(
            _("unknown badge stock {stock!r}; choose one of {stocks}").format(
                stock=key, stocks=", ".join(STOCKS)
            )
        ) from None

