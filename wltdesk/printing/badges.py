"""Name badges on the stock the organizer has, and the reprint log.

A badge carries what the room needs: the name large enough to read across a
table, the name in local script, region and affiliation, the role on a band of
its own, and the badge code twice — as a QR code for a phone and as a Code 128
barcode, which every USB scanner at the check-in desk reads (it "types" the
code). People who declined photos get a red "no photos" band that a
photographer sees from afar. One face is laid out by :mod:`.badge_face` (a tent
by :mod:`.tents`); where the faces go on the sheet is the stock's
(:mod:`.stock`): card pouches to cut out, Avery labels and inserts, A6 cards,
fold-over badges with the name on both sides, table name tents. Blank badges
for walk-ins can be added to any run.

Every badge printed leaves a :class:`~wltdesk.store.models.BadgePrint` row (through
the change log, so prints on other laptops count too). Printing a badge again
is allowed, but only when asked for: :func:`printed_before` tells who already
has one, and :func:`check_reprint` refuses unless the caller says ``reprint``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from wltdesk import events, people
from wltdesk.errors import UserError
from wltdesk.language import _, format_number, ngettext
from wltdesk.printing.badge_face import BadgeData, FacePainter, band_title, face_layout
from wltdesk.printing.handouts import Handout
from wltdesk.printing.stock import DEFAULT_STOCK, Stock, get_stock
from wltdesk.printing.styles import MUTED
from wltdesk.printing.tents import TentPainter
from wltdesk.printing.wording import joined, said
from wltdesk.store import Store
from wltdesk.store.models import BadgePrint, Person

#: The most blank badges one print adds (a box of cards, not a typo's worth).
MAX_BLANK = 500

@dataclass(frozen=True)
class PrintedBefore:
    """Someone whose badge was printed already: how often and when last."""

    person_id: str
    display_name: str
    times: int
    last_printed_at: datetime  # UTC, naive


def badge_people(
    store: Store, event_id: str, person_ids: Sequence[str] | None = None
) -> list[BadgeData]:
    """The badges to print, in roster order; ``None`` means everyone on the roster."""
    roster = people.list_people(store, event_id)
    if person_ids is not None:
        wanted = set(person_ids)
        unknown = wanted - {p.id for p in roster}
        if unknown:
            raise UserError(
                said(lambda: _("no person with id {id} in this event")).format(
                    id=sorted(unknown)[0]
                )
            )
        roster = [p for p in roster if p.id in wanted]
    return [
        BadgeData(
            p.id,
            p.display_name,
            p.local_name,
            p.region,
            p.affiliation,
            p.role,
            p.badge_code,
            p.photo_consent is False,
        )
        for p in roster
    ]


def people_by_codes(store: Store, event_id: str, codes: Iterable[str]) -> list[str]:
    """Person ids for badge codes as typed (case and blanks do not matter)."""
    by_code = {p.badge_code: p.id for p in people.list_people(store, event_id)}
    found = []
    for code in codes:
        wanted = people.normalize_code(code)
        if wanted not in by_code:
            raise UserError(
                said(lambda: _("no one in this event has badge code {code}")).format(code=wanted)
            )
        found.append(by_code[wanted])
    return found


def printed_before(
    store: Store, event_id: str, person_ids: Sequence[str] | None = None
) -> list[PrintedBefore]:
    """Who of the chosen people (everyone if None) already had a badge printed."""
    with store.read() as db:
        query = (
            select(
                BadgePrint.person_id,
                Person.display_name,
                func.count(BadgePrint.id),
                func.max(BadgePrint.printed_at),
            )
            .join(Person, Person.id == BadgePrint.person_id)
            .where(
                BadgePrint.event_id == event_id,
                BadgePrint.deleted.is_(False),
                Person.deleted.is_(False),
            )
            .group_by(BadgePrint.person_id, Person.display_name)
        )
        rows = db.execute(query).all()
    wanted = None if person_ids is None else set(person_ids)
    found = [
        PrintedBefore(person_id, name, times, last)
        for person_id, name, times, last in rows
        if wanted is None or person_id in wanted
    ]
    found.sort(key=lambda p: (p.display_name.casefold(), p.person_id))
    return found


def never_printed(store: Store, event_id: str) -> list[str]:
    """Ids of people on the roster who have no badge yet (walk-ins, late additions)."""
    done = {p.person_id for p in printed_before(store, event_id)}
    return [p.id for p in people.list_people(store, event_id) if p.id not in done]


def reprint_message(before: Sequence[PrintedBefore]) -> str:
    """One line that says whose badges were printed before."""
    names = ", ".join(p.display_name for p in before[:4])
    if len(before) > 4:
        names = _("{names} and {count} more").format(
            names=names, count=format_number(len(before) - 4)
        )
    return ngettext(
        "{count} badge was printed before ({names})",
        "{count} badges were printed before ({names})",
        len(before),
    ).format(count=format_number(len(before)), names=names)


def check_reprint(
    store: Store, event_id: str, person_ids: Sequence[str] | None, reprint: bool
) -> list[PrintedBefore]:
    """Refuse to print badges again unless ``reprint``; returns who is being reprinted."""
    before = printed_before(store, event_id, person_ids)
    if before and not reprint:
        raise UserError(
            said(
                lambda: _("{message}; add --reprint to print them again").format(
                    message=reprint_message(before)
                )
            )
        )
    return before


def record_prints(
    store: Store, event_id: str, person_ids: Sequence[str], now: datetime | None = None
) -> int:
    """Log one print per badge (call it once the PDF is saved or sent to the printer)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    with store.write() as writer:
        writer.create_many(
            BadgePrint,
            [
                {
                    "event_id": event_id,
                    "person_id": person_id,
                    "printed_at": moment,
                    "device_id": writer.device_id,
                }
                for person_id in person_ids
            ],
        )
    return len(person_ids)


# ------------------------------------------------------------------ sheets
def blank_badges(count: int) -> list[BadgeData]:
    """``count`` badges with no one's name, for walk-ins to write on."""
    return [BadgeData("", "", None, None, None, "participant", "", False, True)] * count


def default_title(event_name: str, stock: str = DEFAULT_STOCK) -> str:
    """What badges on ``stock`` say in their top band when the event has no short name."""
    sheet = get_stock(stock)
    layout = face_layout(sheet.width - 2 * sheet.inset, sheet.height - 2 * sheet.inset)
    return band_title(event_name, None, layout)


def build_badges(
    store: Store,
    event_id: str,
    person_ids: Sequence[str] | None = None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    stock: str = DEFAULT_STOCK,
    blank: int = 0,
) -> bytes:
    """Badges of the chosen people (everyone if None), and ``blank`` blank ones, on
    ``stock``, as PDF bytes; logs nothing."""
    sheet = get_stock(stock)
    if not 0 <= blank <= MAX_BLANK:
        raise UserError(
            said(lambda: _("--blank takes 0 to {limit} badges").format(limit=MAX_BLANK))
        )
    event = events.get_event(store, event_id)
    chosen = badge_people(store, event_id, person_ids) if person_ids != () else []
    chosen += blank_badges(blank)
    if not chosen:
        raise UserError(said(lambda: _("there is no one to print a badge for")))
    title = joined(lambda: _("Badges"))
    handout = Handout(sheet.sheet(paper), f"{title} — {event.name}")
    if sheet.kind == "tent":
        width, height = handout.size
        tents = TentPainter(width, height, sheet.inset, band_title(
            event.name, event.short_name, face_layout(width - 2 * sheet.inset, height / 2)
        ))  # fmt: skip
        for index, badge in enumerate(chosen):
            _check(cancelled)
            tents.draw(handout.next_page(), badge)
            if progress and (index % 8 == 7 or index + 1 == len(chosen)):
                progress(index + 1, len(chosen))
        return handout.finish()
    layout = face_layout(sheet.width - 2 * sheet.inset, sheet.height - 2 * sheet.inset)
    painter = FacePainter(layout, band_title(event.name, event.short_name, layout))
    places = sheet.places(paper)
    for start in range(0, len(chosen), len(places)):
        _check(cancelled)
        canvas = handout.next_page()
        for (x, y), badge in zip(places, chosen[start : start + len(places)], strict=False):
            _place(canvas, sheet, painter, badge, x, y)
        if progress:
            progress(min(start + len(places), len(chosen)), len(chosen))
    return handout.finish()


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise UserError(said(lambda: _("printing was cancelled")))


def _place(
    canvas: Canvas, sheet: Stock, painter: FacePainter, badge: BadgeData, x: float, y: float
) -> None:
    """One place on the sheet: a face (two, back to back, for a fold-over), the cut marks
    and, on a fold-over, the fold line."""
    if sheet.kind == "fold-over":
        painter.draw(canvas, badge, x, y)
        canvas.saveState()  # the back: upside down above the front, the fold between
        canvas.translate(x + sheet.width, y + 2 * sheet.height)
        canvas.rotate(180)
        painter.draw(canvas, badge, 0, 0)
        canvas.restoreState()
        canvas.saveState()  # the fold, marked outside the badge like the cuts
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 1)
        fold = y + sheet.height
        canvas.line(x - 4 * mm, fold, x - 1 * mm, fold)
        canvas.line(x + sheet.width + 1 * mm, fold, x + sheet.width + 4 * mm, fold)
        canvas.restoreState()
    else:
        painter.draw(canvas, badge, x + sheet.inset, y + sheet.inset)
    if sheet.cut_marks:
        cut_marks(canvas, x, y, sheet.width, sheet.place_height)


def cut_marks(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Short lines at each corner, outside the badge, where the blade goes."""
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.3)
    gap, reach = 1 * mm, 1.8 * mm
    for cx in (x, x + width):
        for cy in (y, y + height):
            dx = -1 if cx == x else 1
            dy = -1 if cy == y else 1
            canvas.line(cx + dx * gap, cy, cx + dx * (gap + reach), cy)
            canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + reach))
    canvas.restoreState()
