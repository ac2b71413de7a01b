"""One face of a name badge, laid out for the size of its stock.

A face is read from across a room: the name is the largest thing on it and
runs across the whole badge; the role is a coloured band of its own at the
bottom (a colour per role, its name in capitals), with a red band under it for
people who declined photos; the event's short name sits in the top band. The
name in local script, the affiliation and the region come under the name, in
ink, never smaller than :data:`DETAIL_FLOOR` points unless nothing else fits.
The badge code is there twice: a QR code (bottom right, with its quiet zone
kept clear) and a Code 128 barcode with the code written beside it.

Every size is given for the 86 × 54 mm card and scaled to the stock
(:func:`face_layout`); an A6 card is laid out upright with larger type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wltdesk.language import _, speaking
from wltdesk.printing.codes import barcode, draw_qr, quiet_zone
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import ACCENT, INK, MUTED, RULE
from wltdesk.printing.typeset import Line
from wltdesk.printing.wording import joined, languages, value_word

#: Each role's band colour; the role's name is printed on it in white.
ROLE_COLOURS = {
    "participant": colors.HexColor("#2a6f55"),
    "facilitator": colors.HexColor("#a4501b"),
    "organizer": colors.HexColor("#5b3a8e"),
}
NO_PHOTOS = colors.HexColor("#c62828")
#: The languages the "no photos" band always speaks, whatever the printout's: a
#: photographer at the event may read only one of them.
NO_PHOTOS_LANGUAGES = ("en", "bn")
#: The smallest size (points, at the 86 × 54 mm scale) details shrink to before the
#: name gives way.
DETAIL_FLOOR = 8.0
#: How far below a line's box (in ems) marks under the letters may reach.
DESCENT = 0.12


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
    blank: bool = False  # a badge for a walk-in to write their name on


@dataclass(frozen=True)
class FaceLayout:
    """Sizes of one face (points); ``scale`` is against the 86 × 54 mm card."""

    width: float
    height: float
    upright: bool
    scale: float
    pad: float
    top_band: float
    role_band: float
    photo_band: float
    qr_size: float
    bar_width: float
    bar_height: float
    title_size: float
    role_size: float
    photo_size: float
    code_size: float
    #: (size, smallest size, lines) of the name, local name, affiliation and region
    name_fit: tuple[float, float, int]
    local_fit: tuple[float, float, int]
    detail_fit: tuple[float, float, int]


@dataclass(frozen=True)
class _Design:
    """A face's sizes before scaling: bands and codes in mm, type in points."""

    top_band: float
    role_band: float
    photo_band: float
    qr: float
    bar_height: float
    title: float  # the event in the top band
    role: float  # the role on its band
    photo: float  # the no-photos band's words
    code: float  # the badge code beside the barcode
    name: tuple[float, float, int]  # (size, smallest size, lines)
    local: tuple[float, float, int]
    detail: tuple[float, float, int]


#: The 86 × 54 mm card, and an upright A6 card inside its margin (95 × 138 mm).
LYING = _Design(8.5, 6.0, 5.0, 17.0, 6.0, 10.0, 10.5, 9.0, 10.0,
                (19.0, 11.0, 2), (12.5, 9.0, 2), (9.5, DETAIL_FLOOR, 2))  # fmt: skip
UPRIGHT = _Design(18.0, 12.0, 9.0, 30.0, 8.0, 17.0, 17.0, 13.0, 13.0,
                  (32.0, 20.0, 2), (21.0, 14.0, 2), (14.0, 11.0, 2))  # fmt: skip


def face_layout(width: float, height: float) -> FaceLayout:
    """The sizes of a face ``width`` × ``height`` points: the card's (or the upright
    card's), scaled to fit."""
    upright = height > width
    if upright:
        scale, design = min(width / (95 * mm), height / (138 * mm)), UPRIGHT
    else:
        scale, design = min(width / (86 * mm), height / (54 * mm)), LYING

    def fit(sizes: tuple[float, float, int]) -> tuple[float, float, int]:
        return sizes[0] * scale, sizes[1] * scale, sizes[2]

    return FaceLayout(
        width=width,
        height=height,
        upright=upright,
        scale=scale,
        pad=(6 if upright else 3.5) * mm * scale,
        top_band=design.top_band * mm * scale,
        role_band=design.role_band * mm * scale,
        photo_band=design.photo_band * mm * scale,
        qr_size=design.qr * mm * scale,
        bar_width=max(0.25 * mm, (0.34 if upright else 0.28) * mm * scale),
        bar_height=design.bar_height * mm * scale,
        title_size=design.title * scale,
        role_size=design.role * scale,
        photo_size=design.photo * scale,
        code_size=design.code * scale,
        name_fit=fit(design.name),
        local_fit=fit(design.local),
        detail_fit=fit(design.detail),
    )


# ------------------------------------------------------------------ words
def role_label(role: str) -> str:
    """The role on its band, in capitals, in every language of the printout."""
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


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def abbreviation(name: str) -> str | None:
    """A long event name as its initials and year ("Wikipedia Leadership Training South
    Asia 2026" → "WLTSA 2026"); None when the name has too few Latin words for it."""
    words = name.split()
    initials = "".join(
        w[0].upper()
        for w in words
        if w[0].isascii() and w[0].isalpha() and w.casefold() not in _SMALL_WORDS
    )
    if len(initials) < 2:
        return None
    year = next((w for w in words if _YEAR.fullmatch(w.strip("(),"))), None)
    return f"{initials} {year.strip('(),')}" if year else initials


def band_title(name: str, short_name: str | None, layout: FaceLayout) -> str:
    """What the top band says: the short name the organizer set; else the event's name
    when it fits on one line at a readable size; else its initials and year; else the
    name, on two smaller lines."""
    if short_name:
        return short_name
    line = Line(name, layout.title_size, bold=True)
    if line.natural * 0.8 <= layout.width - 2 * layout.pad:
        return name
    return abbreviation(name) or name


# ------------------------------------------------------------------ drawing
class FacePainter:
    """Draws faces of one layout; the words every face shares are laid out once."""

    def __init__(self, layout: FaceLayout, title: str) -> None:
        self.layout = layout
        inner = layout.width - 2 * layout.pad
        align = TA_CENTER if layout.upright else TA_LEFT
        self.title = Line(title, layout.title_size, bold=True, colour=colors.white,
                          min_size=layout.title_size * 0.7, max_lines=2, leading=1.12,
                          align=align)  # fmt: skip
        self.title.wrap(inner, layout.top_band)
        self.roles: dict[str, Line] = {}
        self.no_photos = Line(no_photos_label(), layout.photo_size, bold=True,
                              colour=colors.white, align=TA_CENTER)  # fmt: skip
        self.no_photos.wrap(inner, layout.photo_band)
        self.blank_captions = (
            Line(joined(lambda: _("Name")), layout.code_size * 0.75, colour=MUTED),
            Line(joined(lambda: _("Affiliation")), layout.code_size * 0.75, colour=MUTED),
        )

    def role_line(self, role: str) -> Line:
        if role not in self.roles:
            line = Line(role_label(role), self.layout.role_size, bold=True,
                        colour=colors.white, align=TA_CENTER)  # fmt: skip
            line.wrap(self.layout.width - 2 * self.layout.pad, self.layout.role_band)
            self.roles[role] = line
        return self.roles[role]

    def draw(self, canvas: Canvas, badge: BadgeData, x: float, y: float) -> None:
        """One face with its lower-left corner at (x, y)."""
        lay = self.layout
        w, h = lay.width, lay.height
        canvas.saveState()
        # top band: the event
        canvas.setFillColor(ACCENT)
        canvas.rect(x, y + h - lay.top_band, w, lay.top_band, stroke=0, fill=1)
        self.title.drawOn(
            canvas, x + lay.pad, y + h - lay.top_band / 2 - self.title.height / 2
        )
        bottom = y
        if badge.no_photos:
            canvas.setFillColor(NO_PHOTOS)
            canvas.rect(x, y, w, lay.photo_band, stroke=0, fill=1)
            label = self.no_photos
            label.drawOn(canvas, x + lay.pad, y + lay.photo_band / 2 - label.height / 2)
            bottom += lay.photo_band
        if not badge.blank:
            colour = ROLE_COLOURS.get(badge.role, ROLE_COLOURS["participant"])
            canvas.setFillColor(colour)
            canvas.rect(x, bottom, w, lay.role_band, stroke=0, fill=1)
            role = self.role_line(badge.role)
            role.drawOn(canvas, x + lay.pad, bottom + lay.role_band / 2 - role.height / 2)
            bottom += lay.role_band
        top = y + h - lay.top_band
        if badge.blank:
            self._blank(canvas, x, bottom, top)
        else:
            self._person(canvas, badge, x, y)
        canvas.restoreState()

    def _blank(self, canvas: Canvas, x: float, bottom: float, top: float) -> None:
        """Two ruled lines to write on: the name, then the affiliation."""
        lay = self.layout
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        room = top - bottom
        for caption, share in zip(self.blank_captions, (0.42, 0.8), strict=True):
            line_y = top - room * share
            canvas.line(x + lay.pad, line_y, x + lay.width - lay.pad, line_y)
            caption.wrap(lay.width, room)
            caption.drawOn(canvas, x + lay.pad, line_y - caption.height)

    def body(self, badge: BadgeData, y: float) -> tuple[float, float]:
        """The bottom and top of the room between a face's bands (face at height ``y``)."""
        lay = self.layout
        bottom = y + (lay.photo_band if badge.no_photos else 0.0)
        bottom += 0.0 if badge.blank else lay.role_band
        return bottom, y + lay.height - lay.top_band

    def code_places(self, badge: BadgeData, x: float, y: float) -> CodePlaces:
        """Where a face's QR code, barcode and written code go (face at (x, y)).

        Lying: the QR code bottom right, its quiet zone clear of the band and the
        edge; the barcode bottom left, the code written between them. Upright: the
        barcode and its code centred at the bottom, the QR code centred above them,
        clear of them. The code is written out of the bars' quiet zone of ten bars.
        """
        lay = self.layout
        bottom, top = self.body(badge, y)
        code = badge.badge_code
        qr = min(lay.qr_size, (top - bottom) * 0.5)
        quiet = quiet_zone(code, qr)
        bars_width = barcode(code, lay.bar_width, lay.bar_height).width
        gap = 10 * lay.bar_width
        bar_y = bottom + 2.2 * mm * lay.scale
        written = stringWidth(code, f"{LATIN}-Bold", lay.code_size)
        if lay.upright:
            bar_x = x + (lay.width - bars_width - gap - written) / 2
            qr_x = x + (lay.width - qr) / 2
            qr_y = bar_y + lay.bar_height + quiet
            return CodePlaces(qr_x, qr_y, qr, quiet, bar_x, bar_y, gap, lay.code_size,
                              qr_y + qr + quiet)  # fmt: skip
        bar_x = x + lay.pad
        qr_x = x + lay.width - max(lay.pad, quiet) - qr
        room = qr_x - quiet - (bar_x + bars_width + gap)
        size = min(lay.code_size, lay.code_size * room / written)
        floor = bar_y + lay.bar_height + 1.2 * mm * lay.scale
        return CodePlaces(qr_x, bottom + quiet, qr, quiet, bar_x, bar_y, gap, size, floor)

    def _person(self, canvas: Canvas, badge: BadgeData, x: float, y: float) -> None:
        lay = self.layout
        code = badge.badge_code
        _bottom, top = self.body(badge, y)
        places = self.code_places(badge, x, y)
        canvas.setFillColor(INK)
        draw_qr(canvas, code, places.qr_x, places.qr_y, places.qr)
        bars = barcode(code, lay.bar_width, lay.bar_height)
        bars.drawOn(canvas, places.bar_x, places.bar_y)
        canvas.setFont(f"{LATIN}-Bold", places.code_size)
        canvas.drawString(
            places.bar_x + bars.width + places.gap, places.bar_y + 0.5 * mm * lay.scale, code
        )
        # the name across the badge, above the QR code's quiet zone
        text_top = top - 2.2 * mm * lay.scale
        inner = lay.width - 2 * lay.pad
        qr_top = places.qr_y + places.qr + places.quiet
        align = TA_CENTER if lay.upright else TA_LEFT
        # marks below the line (Bengali ু, ৃ; descenders) reach further down than a line
        # of text counts: room for them under the name
        below = DESCENT * lay.name_fit[0]
        name = fitted_name(
            badge.display_name, lay.name_fit, inner, text_top - qr_top - below, align
        )
        # under it, beside the QR code (across the badge when upright): the rest
        # (a millimetre short of the quiet zone: a glyph may reach past its advance)
        column = inner if lay.upright else (places.qr_x - places.quiet - mm) - (x + lay.pad)
        room = text_top - name.height - below - places.floor
        details = detail_lines(badge, lay, column, room, align)
        if lay.upright:  # the words in the middle of the room above the codes
            used = name.height + sum(line.height + space for line, space in details)
            text_top -= max(0.0, (text_top - places.floor - used) / 2)
        text_top -= name.height
        name.drawOn(canvas, x + lay.pad, text_top)
        text_top -= below
        for line, space in details:
            text_top -= line.height + space
            line.drawOn(canvas, x + lay.pad, text_top)


@dataclass(frozen=True)
class CodePlaces:
    """Where a face's codes go (:meth:`FacePainter.code_places`), in points."""

    qr_x: float
    qr_y: float
    qr: float  # the QR code's width
    quiet: float  # its quiet zone
    bar_x: float
    bar_y: float
    gap: float  # between the bars and the written code
    code_size: float
    floor: float  # the details stay above this


def fitted_name(text: str, fit: tuple[float, float, int], width: float, room: float,
                align: int) -> Line:  # fmt: skip
    """The name as large as it fits: shrunk a little, else on two lines, and smaller
    still when two lines at the smallest size are taller than ``room``."""
    size, smallest, lines = fit
    while True:
        line = Line(text, size, bold=True, min_size=smallest, max_lines=lines,
                    leading=1.16, align=align)  # fmt: skip
        line.wrap(width, room)
        if line.height <= room or size <= 6:
            return line
        size *= 0.92
        smallest *= 0.92


def detail_lines(
    badge: BadgeData, lay: FaceLayout, width: float, room: float, align: int
) -> list[tuple[Line, float]]:
    """The local name, affiliation and region, each with the gap above it, as large as
    they fit in ``room``: the details shrink to their floor and onto one line before
    everything shrinks together (text never runs into the codes or the bands)."""
    fields: list[tuple[str | None, tuple[float, float, int], bool, object]] = [
        (badge.local_name, lay.local_fit, False, INK),
        (badge.affiliation, lay.detail_fit, False, INK),
        (badge.region, lay.detail_fit, True, ACCENT),
    ]
    laid: list[tuple[Line, float]] = []
    for factor, wrap in FALLBACKS:
        laid = []
        for text, (size, smallest, lines), bold, colour in fields:
            if not text:
                continue
            line = Line(text, size * factor, bold=bold, colour=colour,
                        min_size=smallest * factor, max_lines=lines if wrap else 1,
                        leading=1.2, align=align)  # fmt: skip
            line.wrap(width, room)
            gap = 0.6 * mm * lay.scale if laid else 0.0
            laid.append((line, gap))
        if sum(line.height + gap for line, gap in laid) <= room:
            break
    return laid


#: (size factor of the details, whether the affiliation may wrap), best first: a
#: little smaller, then on one line, then smaller until they fit.
FALLBACKS: tuple[tuple[float, bool], ...] = (
    *((0.93**k, True) for k in range(4)),
    (0.93**3, False),
    *((0.93**3 * 0.9**k, False) for k in range(1, 10)),
)
