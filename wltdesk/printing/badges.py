"""Name badges, eight to a page with cut marks, and the reprint log.

A badge carries what the room needs: the name large enough to read across a
table, the name in local script, region and affiliation, and the badge code
twice — as a QR code for a phone and as a Code 128 barcode, which every USB
scanner at the check-in desk reads (it "types" the code). People who declined
photos get a red "no photos" band that a photographer sees from afar.

Every badge printed leaves a :class:`~wltdesk.store.models.BadgePrint` row (through
the change log, so prints on other laptops count too). Printing a badge again
is allowed, but only when asked for: :func:`printed_before` tells who already
has one, and :func:`check_reprint` refuses unless the caller says ``reprint``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak
from sqlalchemy import func, select

from wltdesk import events, people
from wltdesk.errors import UserError
from wltdesk.language import _, format_number, ngettext, speaking
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import ACCENT, INK, MUTED
from wltdesk.printing.typeset import Line
from wltdesk.printing.wording import joined, languages, said, value_word
from wltdesk.store import Store
from wltdesk.store.models import BadgePrint, Person

BADGE_WIDTH = 85 * mm
BADGE_HEIGHT = 57 * mm
GAP_X = 6 * mm
GAP_Y = 5 * mm
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
NO_PHOTOS = colors.HexColor("#c62828")
QR_MASK = 0
PAD = 4 * mm
QR_SIZE = 21 * mm
#: Where the QR code starts and the barcode ends, above the badge's bottom (or its band).
QR_BOTTOM = 8.5 * mm
BARCODE_TOP = 10 * mm
#: The names' column: left of the QR code, 3 mm clear of it.
TEXT_WIDTH = BADGE_WIDTH - 2 * PAD - QR_SIZE - 3 * mm
#: (size, smallest size, lines) of the name, the local name, region and affiliation.
NAME_FIT = (19.0, 12.0, 2)
LOCAL_FIT = (13.0, 9.0, 2)
REGION_FIT = (8.0, 6.5, 1)
AFFILIATION_FIT = (8.0, 6.0, 2)
DETAILS_GAP = 1.2 * mm
#: The languages the "no photos" band always speaks, whatever the printout's: a
#: photographer at the event may read only one of them.
NO_PHOTOS_LANGUAGES = ("en", "bn")
#: How wide the role may be in the badge's top band, right of the event's name.
ROLE_WIDTH = 26 * mm


@dataclass(frozen=True)
class BadgeData:
    person_id: str
    display_name: str
    local_name: str | None
    region: str | None
    affiliation: str | None
    role: str
    badge_code: str
    no_photos: bool


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


# ------------------------------------------------------------------ drawing
def role_label(role: str) -> str:
    """The role in the badge's top band ("FACILITATOR"); none for participants."""
    if role == "participant":
        return ""
    return joined(lambda: value_word(role).upper())


def no_photos_label() -> str:
    """The red band's words, in the printout's language first, then in the others of
    :data:`NO_PHOTOS_LANGUAGES` ("NO PHOTOS · ছবি তুলবেন না")."""
    found: list[str] = []
    for code in dict.fromkeys((*languages(), *NO_PHOTOS_LANGUAGES)):
        with speaking(code):
            words = _("NO PHOTOS")
        if words not in found:
            found.append(words)
    return " · ".join(found)


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """A QR code of ``code`` as filled rectangles, ``size`` wide, lower-left at (x, y)."""
    # Any of the eight masks scans; choosing one skips segno's scoring of all
    # eight, which is most of the time a QR code takes (1,000 badges: seconds).
    qr = segno.make_qr(code, error="m", mask=QR_MASK)
    matrix = qr.matrix
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
    canvas.drawPath(path, stroke=0, fill=1)


def badge_text(
    badge: BadgeData, width: float, room: float, above_qr: tuple[float, float] | None = None
) -> list[tuple[Line, float]]:
    """The badge's text lines, laid out to fit ``width`` × ``room`` points, with the gap
    above each.

    ``above_qr`` is (width, height) of the space above the QR code: a long
    name that fits there whole takes the badge's full width.

    A name shrinks to fit its line, then wraps onto a second line; the local
    name and affiliation do the same, the region shrinks. When all of it is
    still taller than the room between the top band and the barcode, every
    size comes down a step at a time, then everything goes back to one line:
    text never runs over the QR code, the barcode or the badge's edge.
    """
    fields = [
        (badge.display_name, NAME_FIT, True, INK),
        (badge.local_name, LOCAL_FIT, False, INK),
        (badge.region, REGION_FIT, False, MUTED),
        (badge.affiliation, AFFILIATION_FIT, False, MUTED),
    ]
    laid: list[tuple[Line, float]] = []
    for name_scale, other_scale, wrap_others in _fallbacks():
        laid = []
        names = 0
        for index, (text, (size, smallest, lines), bold, colour) in enumerate(fields):
            if not text:
                continue
            scale = name_scale if index == 0 else other_scale
            line = Line(
                text,
                size * scale,
                bold=bold,
                colour=colour,
                min_size=smallest * scale,
                max_lines=lines if index == 0 or wrap_others else 1,
                leading=1.22,
            )
            line.wrap(width, room)
            if index == 0 and above_qr and (line.used < size * scale or len(line.lines) > 1):
                wide = Line(
                    text, size * scale, bold=True, colour=colour,
                    min_size=smallest * scale, max_lines=lines, leading=1.22,
                )  # fmt: skip
                wide.wrap(*above_qr)
                better = (wide.used, -len(wide.lines)) > (line.used, -len(line.lines))
                if wide.height <= above_qr[1] and better:
                    line = wide
            names += index < 2
            # region and affiliation sit a little apart from the names
            gap = DETAILS_GAP if index >= 2 and names and len(laid) == names else 0.0
            laid.append((line, gap))
        if sum(line.height + gap for line, gap in laid) <= room:
            break
    return laid


def _fallbacks() -> list[tuple[float, float, bool]]:
    """(name scale, scale of the rest, whether the rest may wrap), best first.

    The name is what a badge is read for from across a room: the local name,
    region and affiliation give way first, then the name.
    """
    steps = [(1.0, 0.9**k, True) for k in range(5)]
    steps += [(1.0, 0.9**4, False)]
    steps += [(0.9**k, 0.9**4, False) for k in range(1, 8)]
    steps += [(0.9**7, 0.9**k, False) for k in range(5, 10)]
    return steps


class BadgeSheet(Flowable):
    """One page of badges in a fixed grid, with cut marks at every corner."""

    def __init__(self, badges: Sequence[BadgeData], event_name: str, page_width: float) -> None:
        super().__init__()
        self.badges = list(badges)
        self.event_name = event_name
        self.width = page_width
        self.height = ROWS * BADGE_HEIGHT + (ROWS - 1) * GAP_Y

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        grid_width = COLUMNS * BADGE_WIDTH + (COLUMNS - 1) * GAP_X
        left = (self.width - grid_width) / 2
        for index, badge in enumerate(self.badges):
            row, column = divmod(index, COLUMNS)
            x = left + column * (BADGE_WIDTH + GAP_X)
            y = self.height - (row + 1) * BADGE_HEIGHT - row * GAP_Y
            self._cut_marks(x, y)
            self._badge(badge, x, y)

    def _cut_marks(self, x: float, y: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        reach = 2.2 * mm
        for cx in (x, x + BADGE_WIDTH):
            for cy in (y, y + BADGE_HEIGHT):
                dx = -1 if cx == x else 1
                dy = -1 if cy == y else 1
                canvas.line(cx + dx * 0.8 * mm, cy, cx + dx * (0.8 * mm + reach), cy)
                canvas.line(cx, cy + dy * 0.8 * mm, cx, cy + dy * (0.8 * mm + reach))
        canvas.restoreState()

    def _badge(self, badge: BadgeData, x: float, y: float) -> None:
        canvas = self.canv
        pad = PAD
        band = 7.5 * mm
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#d5dce3"))
        canvas.setLineWidth(0.4)
        canvas.rect(x, y, BADGE_WIDTH, BADGE_HEIGHT, stroke=1, fill=0)
        # top band: the event, and the role when it is not "participant"
        canvas.setFillColor(ACCENT)
        canvas.rect(x, y + BADGE_HEIGHT - band, BADGE_WIDTH, band, stroke=0, fill=1)
        role = role_label(badge.role)
        said_role = Line(role, 7.5, bold=True, colour=colors.white, align=TA_RIGHT)
        # the role takes what it needs of the band (at most ROLE_WIDTH), the event the rest
        role_width = min(said_role.natural, ROLE_WIDTH) + 2 * mm if role else 0
        event = Line(self.event_name, 7.5, bold=True, colour=colors.white)
        event.wrap(BADGE_WIDTH - 2 * pad - role_width, band)
        event.drawOn(canvas, x + pad, y + BADGE_HEIGHT - band / 2 - event.height / 2)
        if role:
            said_role.wrap(ROLE_WIDTH, band)
            said_role.drawOn(
                canvas,
                x + BADGE_WIDTH - pad - ROLE_WIDTH,
                y + BADGE_HEIGHT - band / 2 - said_role.height / 2,
            )
        bottom = y
        if badge.no_photos:
            strip = 7 * mm
            canvas.setFillColor(NO_PHOTOS)
            canvas.rect(x, y, BADGE_WIDTH, strip, stroke=0, fill=1)
            label = Line(no_photos_label(), 9, bold=True, colour=colors.white, align=TA_CENTER)
            label.wrap(BADGE_WIDTH, strip)
            label.drawOn(canvas, x, y + strip / 2 - label.height / 2)
            bottom = y + strip
        # right: QR code with the code under it
        qr_x = x + BADGE_WIDTH - pad - QR_SIZE
        qr_y = bottom + QR_BOTTOM
        canvas.setFillColor(INK)
        draw_qr(canvas, badge.badge_code, qr_x, qr_y, QR_SIZE)
        canvas.setFont(f"{LATIN}-Bold", 10)
        canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 4.2 * mm, badge.badge_code)
        # left: names, region and affiliation between the band and the barcode
        top = y + BADGE_HEIGHT - band - 2.5 * mm
        room = top - (bottom + BARCODE_TOP + 1.5 * mm)
        above_qr = (BADGE_WIDTH - 2 * pad, top - (qr_y + QR_SIZE + 1 * mm))
        for line, gap in badge_text(badge, TEXT_WIDTH, room, above_qr):
            top -= line.height + gap
            line.drawOn(canvas, x + pad, top)
        barcode = Code128(badge.badge_code, barHeight=7 * mm, barWidth=0.3 * mm, quiet=False)
        barcode.drawOn(canvas, x + pad, bottom + BARCODE_TOP - 7 * mm)
        canvas.restoreState()


def build_badges(
    store: Store,
    event_id: str,
    person_ids: Sequence[str] | None = None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Badges of the chosen people (everyone if None) as PDF bytes; logs nothing."""
    event = events.get_event(store, event_id)
    chosen = badge_people(store, event_id, person_ids)
    if not chosen:
        raise UserError(said(lambda: _("there is no one to print a badge for")))
    count = len(chosen)
    subtitle = ngettext("{count} badge", "{count} badges", count).format(count=format_number(count))
    head = letterhead(event, joined(lambda: _("Badges")), subtitle)
    doc = Document(head, paper, heading_on_pages=False)
    story: list[Flowable] = []
    for start in range(0, count, PER_PAGE):
        if cancelled and cancelled():
            raise UserError(said(lambda: _("printing was cancelled")))
        if story:
            story.append(PageBreak())
        story.append(BadgeSheet(chosen[start : start + PER_PAGE], event.name, doc.frame_width))
        if progress:
            progress(min(start + PER_PAGE, count), count)
    return doc.build(story)


def barcode_width(code: str) -> float:
    """How wide the Code 128 barcode of a code is (for tests and layout checks)."""
    return Code128(code, barHeight=7 * mm, barWidth=0.3 * mm, quiet=False).width
