"""Certificates of participation for people who attended at least N of the M sessions.

Organizers print these after the event from the merged store (every laptop's
check-ins imported), so a person checked in on one laptop in the morning and on
another in the afternoon gets both counted. M is the number of sessions on the
agenda that take attendance (breaks do not); N defaults to three quarters of M,
rounded up, and is a command-line option.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from sqlalchemy import select

from wltdesk import agenda, events, people
from wltdesk.attendance import PRESENT_STATUSES
from wltdesk.errors import UserError
from wltdesk.language import _, format_number, ngettext, speaking
from wltdesk.printing.document import Document, event_dates, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import ACCENT, MUTED, RULE, centred, style
from wltdesk.printing.typeset import para, rich
from wltdesk.printing.wording import bilingual, joined, languages, lines, said
from wltdesk.store import Store
from wltdesk.store.models import Attendance, Event, EventSession

#: Agenda items that are not sessions anyone attends.
NOT_ATTENDED = frozenset({"break"})
DEFAULT_SHARE = 0.75
#: How far the certificate's text keeps from each side of its border.
TEXT_INSET = 16 * mm


@dataclass(frozen=True)
class Qualified:
    person_id: str
    display_name: str
    local_name: str | None
    attended: int
    of: int


def counted_sessions(store: Store, event_id: str) -> list[EventSession]:
    """The sessions attendance counts over (the agenda without breaks)."""
    return [s for s in agenda.list_sessions(store, event_id) if s.kind not in NOT_ATTENDED]


def attendance_by_person(store: Store, event_id: str) -> dict[str, set[str]]:
    """Session ids each person was present (or late) at, from the whole (merged) store."""
    with store.read() as db:
        rows = db.execute(
            select(Attendance.person_id, Attendance.session_id)
            .join(EventSession, EventSession.id == Attendance.session_id)
            .where(
                Attendance.event_id == event_id,
                Attendance.deleted.is_(False),
                Attendance.status.in_(PRESENT_STATUSES),
                EventSession.deleted.is_(False),
            )
        ).all()
    found: dict[str, set[str]] = {}
    for person_id, session_id in rows:
        found.setdefault(person_id, set()).add(session_id)
    return found


def default_minimum(total: int) -> int:
    return max(1, math.ceil(total * DEFAULT_SHARE))


def qualified(store: Store, event_id: str, min_sessions: int | None = None) -> list[Qualified]:
    """Participants who attended at least ``min_sessions`` sessions, in name order."""
    sessions = counted_sessions(store, event_id)
    total = len(sessions)
    if total == 0:
        raise UserError(
            said(lambda: _("the agenda has no sessions yet, so no one can have attended"))
        )
    needed = default_minimum(total) if min_sessions is None else min_sessions
    if not 1 <= needed <= total:
        raise UserError(
            said(
                lambda: _(
                    "--min-sessions must be between 1 and {total} (the sessions), not {needed}"
                ).format(total=format_number(total), needed=format_number(needed))
            )
        )
    wanted = {s.id for s in sessions}
    attended = attendance_by_person(store, event_id)
    found = []
    for person in people.list_people(store, event_id):
        if person.role != "participant":
            continue
        count = len(attended.get(person.id, set()) & wanted)
        if count >= needed:
            found.append(Qualified(person.id, person.display_name, person.local_name, count, total))
    return found


class _Frame(Flowable):
    """The double border of a certificate page (drawn behind the text that follows)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.2)
        canvas.rect(0, -self.height, self.width, self.height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        inset = 2.5 * mm
        canvas.rect(inset, -self.height + inset, self.width - 2 * inset, self.height - 2 * inset)
        canvas.restoreState()


def statement(event: Event, person: Qualified) -> list[list[tuple[str, bool]]]:
    """What a certificate says of a person, in the printout's language: its lines, each
    as (text, bold) parts, the event's name in bold.

    The whole statement is one message, so a language may order its lines as its
    grammar needs (Bengali puts the place and the days before the event).
    """
    dates = event_dates(event.start_date, event.end_date)
    if event.venue:
        text = ngettext(
            "took part in {event}\nheld on {dates} at {venue},\n"
            "attending {attended} of its {sessions} session.",
            "took part in {event}\nheld on {dates} at {venue},\n"
            "attending {attended} of its {sessions} sessions.",
            person.of,
        )
    else:
        text = ngettext(
            "took part in {event}\nheld on {dates},\n"
            "attending {attended} of its {sessions} session.",
            "took part in {event}\nheld on {dates},\n"
            "attending {attended} of its {sessions} sessions.",
            person.of,
        )
    values = {
        "dates": dates,
        "venue": event.venue or "",
        "attended": format_number(person.attended),
        "sessions": format_number(person.of),
    }
    laid = []
    for line in text.splitlines():
        parts: list[tuple[str, bool]] = []
        for index, piece in enumerate(line.split("{event}")):
            if index:
                parts.append((event.name, True))
            if piece:
                parts.append((piece.format(**values), False))
        laid.append(parts)
    return laid


def _statement_story(event: Event, person: Qualified, body: ParagraphStyle) -> list[Flowable]:
    """The statement in every language of the printout, one block after the other."""
    story: list[Flowable] = []
    for number, code in enumerate(languages()):
        if number:
            story.append(Spacer(1, 3 * mm))
        with speaking(code):
            story += [rich(parts, body) for parts in statement(event, person)]
    return story


def _inside(paragraph_style: ParagraphStyle) -> ParagraphStyle:
    """Centred, and kept well inside the border: a long event or venue name wraps
    before it comes near the frame (a statement in two languages has long lines)."""
    return ParagraphStyle(
        f"{paragraph_style.name}-in",
        parent=centred(paragraph_style),
        leftIndent=TEXT_INSET,
        rightIndent=TEXT_INSET,
    )


def build_certificates(
    store: Store,
    event_id: str,
    min_sessions: int | None = None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One landscape certificate per qualifying participant, as PDF bytes."""
    event = events.get_event(store, event_id)
    found = qualified(store, event_id, min_sessions)
    if not found:
        raise UserError(
            said(lambda: _("no participant attended enough sessions for a certificate"))
        )
    doc = Document(
        letterhead(event, joined(lambda: _("Certificate of participation"))),
        paper,
        turned=True,
        numbered=False,
        heading_on_pages=False,
    )
    width, height = doc.frame_width, doc.body_height
    title = _inside(style("cert-title", 30, bold=True, colour=ACCENT, leading=38))
    lead = _inside(style("cert-lead", 12, colour=MUTED, leading=17))
    name_style = _inside(style("cert-name", 28, bold=True, leading=36))
    local_style = _inside(style("cert-local", 18, leading=26))
    body = _inside(style("cert-body", 12.5, leading=19))
    sign = centred(style("cert-sign", 9, colour=MUTED))
    # two languages take more lines: less air above the title and the signatures
    above, below = (16 * mm, 14 * mm) if bilingual() else (30 * mm, 26 * mm)
    story: list[Flowable] = []
    for index, person in enumerate(found):
        if story:
            story.append(PageBreak())
        signatures = Table(
            [
                ["", "", ""],
                [lines(lambda: _("Facilitator"), sign), "", lines(lambda: _("Organizer"), sign)],
            ],
            colWidths=[width * 0.3, width * 0.15, width * 0.3],
            rowHeights=[14 * mm, None],
        )
        signatures.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), LATIN),  # not the unembedded Helvetica
                    ("LINEBELOW", (0, 0), (0, 0), 0.6, MUTED),
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, MUTED),
                    ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ]
            )
        )
        story += [
            _Frame(width, height),
            Spacer(1, above),
            lines(lambda: _("Certificate of participation"), title),
            Spacer(1, 6 * mm),
            lines(lambda: _("This certifies that"), lead),
            Spacer(1, 5 * mm),
            para(person.display_name, name_style),
        ]
        if person.local_name:
            story.append(para(person.local_name, local_style))
        story += [
            Spacer(1, 6 * mm),
            *_statement_story(event, person, body),
            Spacer(1, below),
            signatures,
        ]
        if progress:
            progress(index + 1, len(found))
    return doc.build(story)
