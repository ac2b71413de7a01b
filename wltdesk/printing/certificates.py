"""Certificates of participation: who earns one, their numbers, and checking a number.

Organizers print these after the event from the merged store (every laptop's
check-ins imported), so a person checked in on one laptop in the morning and on
another in the afternoon gets both counted. M is the number of sessions on the
agenda that take attendance (breaks do not); N defaults to three quarters of M,
rounded up, and is a command-line option. The certificate itself does not count:
it says the person took part (:mod:`.certificate_page` lays it out).

Every certificate carries a number (:func:`~wltdesk.printing.issuer.certificate_number`)
and a QR code of it. :func:`register` lists the certificates an event gives (``wltdesk
certificates list``: the organizer's register); :func:`verify` says whose a number is
and whether they earned it (``wltdesk certificates verify CODE``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from wltdesk import agenda, events, people
from wltdesk.attendance import PRESENT_STATUSES
from wltdesk.errors import UserError
from wltdesk.language import _, format_number
from wltdesk.printing.issuer import certificate_number, issuer, number_parts, person_part
from wltdesk.printing.wording import said
from wltdesk.store import Store
from wltdesk.store.models import Attendance, EventSession

#: Agenda items that are not sessions anyone attends.
NOT_ATTENDED = frozenset({"break"})
DEFAULT_SHARE = 0.75


@dataclass(frozen=True)
class Qualified:
    person_id: str
    display_name: str
    local_name: str | None
    attended: int
    of: int
    earned: bool = True


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
    return [q for q in attendance_counts(store, event_id, min_sessions)[0] if q.earned]


def attendance_counts(
    store: Store, event_id: str, min_sessions: int | None = None
) -> tuple[list[Qualified], int]:
    """Every participant with the sessions they attended, and the sessions needed."""
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
        found.append(
            Qualified(
                person.id, person.display_name, person.local_name, count, total, count >= needed
            )
        )
    return found, needed


@dataclass(frozen=True)
class Certificate:
    """A certificate the event gives: its number and whose it is."""

    number: str
    person: Qualified


def register(store: Store, event_id: str, min_sessions: int | None = None) -> list[Certificate]:
    """The certificates of an event, in name order: the organizer's register."""
    details = issuer(events.get_event(store, event_id))
    return [
        Certificate(certificate_number(details, event_id, q.person_id), q)
        for q in qualified(store, event_id, min_sessions)
    ]


@dataclass(frozen=True)
class Verdict:
    """What a certificate number says: whose it is, and whether they earned it."""

    number: str  # as the event writes it now
    person: Qualified
    needed: int
    code_matches: bool  # the code before the dash is the event's


def verify(
    store: Store, event_id: str, text: str, min_sessions: int | None = None
) -> Verdict:
    """Whose certificate ``text`` (a number as printed, typed or scanned) is.

    The person's part decides: it is made from the event's and the person's ids, so
    a number printed before the event's code was changed is still found (and said to
    carry another code). Raises a UserError when no participant has that number.
    """
    code, part = number_parts(text)
    if not part:
        raise UserError(
            _("{text!r} is not a certificate number (it looks like LTD26-7KQ2MX)").format(
                text=text
            )
        )
    details = issuer(events.get_event(store, event_id))
    found, needed = attendance_counts(store, event_id, min_sessions)
    for person in found:
        if person_part(event_id, person.person_id) == part:
            number = certificate_number(details, event_id, person.person_id)
            return Verdict(number, person, needed, code in ("", details.code))
    raise UserError(
        _("no certificate {number} in this event: no participant has that number").format(
            number=f"{code}-{part}" if code else part
        )
    )


def build_certificates(
    store: Store,
    event_id: str,
    min_sessions: int | None = None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One landscape certificate per qualifying participant, as PDF bytes."""
    from wltdesk.printing.certificate_page import CertificatePainter

    event = events.get_event(store, event_id)
    found = register(store, event_id, min_sessions)
    if not found:
        raise UserError(
            said(lambda: _("no participant attended enough sessions for a certificate"))
        )
    painter = CertificatePainter(event, issuer(event), paper)
    for index, certificate in enumerate(found):
        painter.draw(certificate.person, certificate.number)
        if progress:
            progress(index + 1, len(found))
    return painter.finish()
