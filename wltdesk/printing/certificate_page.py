"""The certificate page: a landscape sheet an organizer is glad to sign and hand out.

From the top: the organizers' logos, the title, "This certifies that", the name
— large (up to 44 pt), fitted to the width and set on two lines rather than
shrunk below 34 pt — the name in local script, and a statement that says the
person took part (it praises; it does not count sessions), with the event's name
on a line of its own. The signatures stand on lines whose place never moves,
whatever the length of the name or the statement: up to three signatories, each
with name and title. Under them, on the left, the date of issue; on the right the
certificate's number and a QR code of it (its quiet zone kept clear), which
``wltdesk certificates verify`` checks. Nothing on the page names the software.

In a bilingual printout the title, the lead and the statement come in English
and then in Bengali (a statement in each language's own order). Whatever does
not fit is made smaller a step at a time, the statement first and the name last.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wltdesk.language import _, format_date, speaking
from wltdesk.printing.codes import draw_qr, quiet_zone
from wltdesk.printing.document import PAPERS, event_dates
from wltdesk.printing.handouts import Handout
from wltdesk.printing.issuer import Issuer, Signatory, logo_bytes
from wltdesk.printing.styles import ACCENT, INK, MUTED, style
from wltdesk.printing.typeset import Line, rich
from wltdesk.printing.wording import each, joined, languages
from wltdesk.store.models import Event

GOLD = colors.HexColor("#b08a3e")
#: From the sheet's edge: the outer border, the inner one, and the content.
OUTER, INNER, CONTENT = 9 * mm, 12.5 * mm, 22 * mm
#: Where the signature lines stand, above the content's bottom edge (fixed).
SIGNATURE_LINE = 25 * mm
#: Room left above a signature line for the signature itself.
SIGNING_ROOM = 16 * mm
#: The longest a signature line is, and the room between two.
SIGNATURE_WIDTH, SIGNATURE_GAP = 60 * mm, 10 * mm
#: The corners keep this much for the date of issue (left) and the number (right).
CORNER = 42 * mm
LOGO_HEIGHT, LOGO_WIDTH, LOGO_GAP = 20 * mm, 55 * mm, 12 * mm
QR_SIZE = 17 * mm
#: (name size, its smallest): the name is set on two lines rather than below this.
NAME_SIZE, NAME_SMALLEST = 44.0, 34.0


@dataclass(frozen=True)
class _Shared:
    """What every certificate of an event says, laid out at one scale."""

    title: list[Line]
    lead: Line
    statement: list[tuple[Flowable, float]]  # each paragraph with the gap above it


def statement(event: Event) -> list[list[tuple[str, bool]]]:
    """What a certificate says of a person, in the language spoken: its lines, each as
    (text, bold) parts; a line that is only the event's name is the event line.

    The whole statement is one message, so a language may order its lines as its
    grammar needs (Bengali puts the days and the place before the event).
    """
    dates = event_dates(event.start_date, event.end_date)
    if event.venue:
        text = _(
            "took part with commitment and enthusiasm in\n{event}\nheld on {dates} at {venue}."
        )
    else:
        text = _("took part with commitment and enthusiasm in\n{event}\nheld on {dates}.")
    laid = []
    for line in text.splitlines():
        parts: list[tuple[str, bool]] = []
        for index, piece in enumerate(line.split("{event}")):
            if index:
                parts.append((event.name, True))
            if piece:
                parts.append((piece.format(dates=dates, venue=event.venue or ""), False))
        laid.append(parts)
    return laid


def _centred(name: str, size: float, bold: bool = False, colour: Any = INK) -> ParagraphStyle:
    return style(name, size, bold=bold, colour=colour, align=TA_CENTER, leading=size * 1.32)


class CertificatePainter:
    """Draws the certificates of one event; what every page shares is laid out once."""

    def __init__(self, event: Event, details: Issuer, paper: str) -> None:
        self.event = event
        self.details = details
        self.handout = Handout(landscape(PAPERS[paper]), self._title())
        self.width, self.height = self.handout.size
        self.left, self.right = CONTENT, self.width - CONTENT
        self.inner = self.right - self.left
        self.logos = [ImageReader(io.BytesIO(logo_bytes(logo))) for logo in details.logos]
        self.logo_boxes = self._logo_boxes()
        count = len(details.signatories) or 2
        #: how wide a signatory's name and title may be: their column, less a gap
        self.signature_room = (self.inner - 2 * CORNER) / count - 4 * mm
        self.signatures = self._signatures()
        top = self.height - CONTENT
        if self.logo_boxes:
            top -= LOGO_HEIGHT + 5 * mm
        self.top = top
        self.bottom = CONTENT + SIGNATURE_LINE + SIGNING_ROOM
        self.shared: dict[int, _Shared] = {}

    def _title(self) -> str:
        return f"{joined(lambda: _('Certificate of participation'))} — {self.event.name}"

    # -------------------------------------------------------------- laid out once
    def _shared(self, scale: float) -> _Shared:
        """Title, lead and statement at ``scale``, wrapped to the content's width."""
        title: list[Line] = []
        for number, words in enumerate(each(lambda: _("Certificate of participation"))):
            size = 30 * scale * (1 if number == 0 else 0.72)
            line = Line(words.upper(), size, bold=True, colour=ACCENT, align=TA_CENTER)
            line.wrap(self.inner, size * 2)
            title.append(line)
        lead = Line(joined(lambda: _("This certifies that")), 14 * scale, colour=MUTED,
                    align=TA_CENTER)  # fmt: skip
        lead.wrap(self.inner, 40)
        sentences: list[tuple[Flowable, float]] = []
        body = _centred("cert-body", 15 * scale)
        headline = _centred("cert-event", 22 * scale, bold=True, colour=ACCENT)
        for number, code in enumerate(languages()):
            with speaking(code):
                for index, parts in enumerate(statement(self.event)):
                    # the event's own line stands out; punctuation may go with it
                    alone = all(bold or not text.strip(" ,.;:।") for text, bold in parts)
                    paragraph = rich(parts, headline if alone else body)
                    paragraph.wrap(self.inner - 20 * mm, self.height)
                    # apart from what is above it: the first line, and the second
                    # language's statement from the first
                    gap = 6 * mm * scale if not index and not number else 0.0
                    gap += 4 * mm * scale if number and not index else 0.0
                    sentences.append((paragraph, gap))
        return _Shared(title, lead, sentences)

    def _logo_boxes(self) -> list[tuple[ImageReader, float, float, float, float]]:
        """Each logo's place: as tall as :data:`LOGO_HEIGHT` (narrower if too wide), in a
        centred row at the top."""
        sized = []
        for logo in self.logos:
            width, height = logo.getSize()
            w = LOGO_HEIGHT * width / height
            h = LOGO_HEIGHT
            if w > LOGO_WIDTH:
                w, h = LOGO_WIDTH, LOGO_WIDTH * height / width
            sized.append((logo, w, h))
        total = sum(w for _logo, w, _h in sized) + LOGO_GAP * max(0, len(sized) - 1)
        x = (self.width - total) / 2
        top = self.height - CONTENT
        boxes = []
        for logo, w, h in sized:
            boxes.append((logo, x, top - LOGO_HEIGHT + (LOGO_HEIGHT - h) / 2, w, h))
            x += w + LOGO_GAP
        return boxes

    def _signatures(self) -> list[tuple[Line, Line | None]]:
        """Each signatory's name and title (or, with none set, the two roles that sign)."""
        signatories = self.details.signatories or (
            Signatory(joined(lambda: _("Facilitator"))),
            Signatory(joined(lambda: _("Organizer"))),
        )
        named = bool(self.details.signatories)
        laid = []
        for person in signatories:
            name = Line(person.name, 11 if named else 9.5, bold=named,
                        colour=INK if named else MUTED, align=TA_CENTER)  # fmt: skip
            name.wrap(self.signature_room, 20)
            title = None
            if person.title:
                title = Line(person.title, 9, colour=MUTED, align=TA_CENTER, max_lines=2,
                             min_size=7.5, leading=1.2)  # fmt: skip
                title.wrap(self.signature_room, 30)
            laid.append((name, title))
        return laid

    # -------------------------------------------------------------- each page
    def draw(self, person: Any, number: str) -> None:
        canvas = self.handout.next_page()
        self._frame(canvas)
        for logo, x, y, w, h in self.logo_boxes:
            canvas.drawImage(logo, x, y, w, h, mask="auto")
        self._middle(canvas, person)
        self._signature_row(canvas)
        self._issued(canvas)
        self._number(canvas, number)

    def _frame(self, canvas: Canvas) -> None:
        w, h = self.width, self.height
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.4)
        canvas.rect(OUTER, OUTER, w - 2 * OUTER, h - 2 * OUTER)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(INNER, INNER, w - 2 * INNER, h - 2 * INNER)
        canvas.setFillColor(GOLD)
        for cx in (INNER, w - INNER):
            for cy in (INNER, h - INNER):
                _diamond(canvas, cx, cy, 2.2 * mm)
        canvas.restoreState()

    def _middle(self, canvas: Canvas, person: Any) -> None:
        """Title, lead, name, local name and statement, centred between the logos and
        the signatures; a step smaller at a time when they do not fit."""
        step = 0
        while True:
            scale = 0.93**step
            if step not in self.shared:
                self.shared[step] = self._shared(scale)
            shared = self.shared[step]
            # the name gives way last, and less
            name_scale = min(1.0, scale + 0.1)
            name = Line(person.display_name, NAME_SIZE * name_scale, bold=True,
                        min_size=NAME_SMALLEST * name_scale, max_lines=2, leading=1.12,
                        align=TA_CENTER)  # fmt: skip
            name.wrap(self.inner, 200)
            blocks: list[tuple[Flowable, float]] = [(line, 0.0) for line in shared.title]
            blocks.append((_Ornament(), 3 * mm * scale))
            blocks.append((shared.lead, 5 * mm * scale))
            blocks.append((name, 3 * mm * scale))
            if person.local_name:
                local = Line(person.local_name, 22 * scale, align=TA_CENTER,
                             min_size=14, max_lines=2, leading=1.25)  # fmt: skip
                local.wrap(self.inner - 10 * mm, 120)
                blocks.append((local, 1 * mm))
            blocks += shared.statement
            used = sum(f.height + gap for f, gap in blocks)
            room = self.top - self.bottom
            if used <= room or step >= 8:
                break
            step += 1
        y = self.top - max(0.0, (room - used) / 2)
        for flowable, gap in blocks:
            y -= gap + flowable.height
            x = self.left + (self.inner - flowable.width) / 2
            flowable.drawOn(canvas, x, y)

    def _signature_row(self, canvas: Canvas) -> None:
        """The signature lines, always at the same height; names and titles under them."""
        count = len(self.signatures)
        span = self.inner - 2 * CORNER
        length = min(SIGNATURE_WIDTH, span / count - SIGNATURE_GAP)
        line_y = CONTENT + SIGNATURE_LINE
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        for index, (name, title) in enumerate(self.signatures):
            centre = self.left + CORNER + span * (index + 0.5) / count
            canvas.line(centre - length / 2, line_y, centre + length / 2, line_y)
            y = line_y - 1.5 * mm - name.height
            name.drawOn(canvas, centre - name.width / 2, y)
            if title is not None:
                title.drawOn(canvas, centre - title.width / 2, y - title.height)
        canvas.restoreState()

    def _issued(self, canvas: Canvas) -> None:
        """The date of issue in the bottom left corner."""
        label = Line(joined(lambda: _("Date of issue")), 8, colour=MUTED, align=TA_LEFT)
        label.wrap(CORNER, 20)
        day = Line(format_date(self.details.issued, "yMMMMd"), 11, bold=True, align=TA_LEFT)
        day.wrap(CORNER + 10 * mm, 20)
        y = CONTENT + 2 * mm
        day.drawOn(canvas, self.left, y)
        label.drawOn(canvas, self.left, y + day.height)

    def _number(self, canvas: Canvas, number: str) -> None:
        """The QR code of the number in the bottom right corner, the number beside it
        (out of the code's quiet zone)."""
        x = self.right - QR_SIZE
        y = CONTENT
        canvas.saveState()
        canvas.setFillColor(INK)
        draw_qr(canvas, number, x, y, QR_SIZE)
        canvas.restoreState()
        text_right = x - quiet_zone(number, QR_SIZE) - 1 * mm
        label = Line(joined(lambda: _("Certificate no.")), 8, colour=MUTED, align=TA_RIGHT)
        label.wrap(CORNER, 20)
        code = Line(number, 11, bold=True, align=TA_RIGHT)
        code.wrap(CORNER, 20)
        code.drawOn(canvas, text_right - CORNER, y + 2 * mm)
        label.drawOn(canvas, text_right - CORNER, y + 2 * mm + code.height)

    def finish(self) -> bytes:
        return self.handout.finish()


class _Ornament(Flowable):
    """A short gold rule with a diamond in its middle, under the title."""

    def __init__(self) -> None:
        super().__init__()
        self.width, self.height = 70 * mm, 4 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(GOLD)
        canvas.setFillColor(GOLD)
        canvas.setLineWidth(0.8)
        middle = self.height / 2
        canvas.line(0, middle, self.width / 2 - 3 * mm, middle)
        canvas.line(self.width / 2 + 3 * mm, middle, self.width, middle)
        _diamond(canvas, self.width / 2, middle, 1.6 * mm)
        canvas.restoreState()


def _diamond(canvas: Canvas, x: float, y: float, size: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
