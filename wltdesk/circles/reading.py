"""Reading circles back: the event's circles in agenda order, and one circle in full.

A listing (:class:`CircleInfo`) is what pickers and ``circle list`` show; a
view (:class:`CircleView`) adds the speakers in order, the recorded turns and
every note, as the facilitator sees them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.circles.editing import Speaker, circle_row, event_people
from wltdesk.circles.notes import Note, circle_notes
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.models import VISIBILITIES, Circle, EventSession, Group, Reflection


@dataclass(frozen=True)
class Turn:
    """One speaker's turn as recorded: seconds spoken, or a pass."""

    person_id: str
    display_name: str
    seconds: int
    passed: bool


@dataclass(frozen=True)
class CircleInfo:
    """A circle as listings show it."""

    id: str
    title: str
    session_id: str | None
    session_title: str | None
    group_id: str | None
    group_name: str | None
    prompts: tuple[str, ...]
    order_mode: str
    seconds_per_speaker: int
    allow_pass: bool
    speakers: int
    turns: int
    notes: int


@dataclass(frozen=True)
class CircleView:
    """Everything about one circle (the facilitator's view: every note)."""

    info: CircleInfo
    speakers: tuple[Speaker, ...]
    turns: tuple[Turn, ...]
    notes: tuple[Note, ...]


# ------------------------------------------------------------------ listing
def _live_circles(db: Session, event_id: str) -> list[Circle]:
    rows = db.execute(
        select(Circle).where(Circle.event_id == event_id, Circle.deleted.is_(False))
    ).scalars()
    sessions = {
        s.id: s
        for s in db.execute(select(EventSession).where(EventSession.event_id == event_id)).scalars()
    }

    def key(circle: Circle) -> tuple[Any, ...]:
        session = sessions.get(circle.session_id or "")
        starts = session.starts_at if session is not None else datetime.max
        return (starts, circle.title.casefold(), circle.id)

    return sorted(rows, key=key)


def _info(db: Session, circle: Circle, note_count: int) -> CircleInfo:
    session = db.get(EventSession, circle.session_id) if circle.session_id else None
    group = db.get(Group, circle.group_id) if circle.group_id else None
    return CircleInfo(
        id=circle.id,
        title=circle.title,
        session_id=circle.session_id,
        session_title=session.title if session is not None and not session.deleted else None,
        group_id=circle.group_id,
        group_name=group.name if group is not None and not group.deleted else None,
        prompts=tuple(circle.prompts or ()),
        order_mode=circle.order_mode,
        seconds_per_speaker=circle.seconds_per_speaker,
        allow_pass=circle.allow_pass,
        speakers=len(circle.speaking_order or ()),
        turns=len(circle.turns or ()),
        notes=note_count,
    )


def _note_counts(db: Session, circle_ids: Sequence[str]) -> Counter[str]:
    if not circle_ids:
        return Counter()
    return Counter(
        db.execute(
            select(Reflection.circle_id).where(
                Reflection.circle_id.in_(list(circle_ids)), Reflection.deleted.is_(False)
            )
        ).scalars()
    )


def list_circles(store: Store, event_id: str) -> list[CircleInfo]:
    """The event's circles in agenda order (by their session's start), then by title."""
    with store.read() as db:
        circles = _live_circles(db, event_id)
        counts = _note_counts(db, [c.id for c in circles])
        return [_info(db, c, counts[c.id]) for c in circles]


def resolve_circle(store: Store, event_id: str, selector: str) -> CircleInfo:
    """The circle a command means: its number in ``circle list``, id, id prefix or title."""
    circles = list_circles(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(circles):
            return circles[int(text) - 1]
        raise UserError(
            _("no circle number {text} (the event has {count}; see 'wltdesk circle list')").format(
                text=text, count=len(circles)
            )
        )
    exact = [c for c in circles if c.id == text or c.title.casefold() == text.casefold()]
    found = exact or [c for c in circles if text and c.id.startswith(text)]
    if not found and len(text) >= 3:
        found = [c for c in circles if text.casefold() in c.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("no circle matches {selector!r} (see 'wltdesk circle list')").format(
            selector=selector
        ))
    titles = "; ".join(c.title for c in found[:5])
    raise UserError(_("{selector!r} matches {count} circles: {titles}").format(
        selector=selector, count=len(found), titles=titles
    ))


# ------------------------------------------------------------------ one circle
def _speakers(db: Session, circle: Circle) -> tuple[Speaker, ...]:
    people = event_people(db, circle.event_id, circle.speaking_order or ())
    return tuple(
        Speaker(pid, people[pid].display_name, people[pid].local_name)
        for pid in circle.speaking_order or ()
        if pid in people
    )


def _turns(db: Session, circle: Circle) -> tuple[Turn, ...]:
    raw = list(circle.turns or ())
    people = event_people(db, circle.event_id, [t["person_id"] for t in raw])
    return tuple(
        Turn(
            t["person_id"],
            people[t["person_id"]].display_name if t["person_id"] in people else "?",
            int(t.get("seconds", 0)),
            bool(t.get("passed", False)),
        )
        for t in raw
    )


def get_circle(store: Store, circle_id: str) -> CircleView:
    """One circle with its speakers, recorded turns and every note."""
    with store.read() as db:
        circle = circle_row(db, circle_id)
        notes = circle_notes(db, circle, VISIBILITIES)
        return CircleView(
            info=_info(db, circle, len(notes)),
            speakers=_speakers(db, circle),
            turns=_turns(db, circle),
            notes=notes,
        )
