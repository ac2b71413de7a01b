"""Reflection circles: prompts, a speaking order, a timed round, notes and a summary.

A circle belongs to a session (and optionally to one breakout group). Its
speaking order is fixed when it is set up — shuffled (deterministic for a
seed), as seated (the group's members, or the session's arrivals in check-in
order) or by hand — and stored as person ids, so every laptop shows the same
order. The round itself is driven by :class:`CircleRunner`, a plain state
machine the GUI and the command line both wrap; what it records (who spoke,
for how long, who passed) is saved in the circle's ``turns``.

Notes (:class:`~wltdesk.store.models.Reflection`) carry a visibility that decides
where they may go: ``private`` stays with the facilitator, ``organizers`` goes
to the organizing team, ``public`` may appear in the report. An anonymous note
never stores its speaker: the person id is not written at all (not written and
then cleared), so neither the row nor the change log that syncs can name them.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.agenda import session_row
from wltdesk.errors import UserError
from wltdesk.resources import resource
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import (
    VISIBILITIES,
    Attendance,
    Circle,
    EventSession,
    Group,
    GroupMember,
    Person,
    Prompt,
    Reflection,
)

ORDER_MODES = ("random", "seated", "manual")
#: Who a summary is for; each sees the notes of its own visibility and wider.
AUDIENCES = ("facilitator", "organizers", "public")
AUDIENCE_VISIBILITIES: dict[str, tuple[str, ...]] = {
    "facilitator": VISIBILITIES,
    "organizers": ("organizers", "public"),
    "public": ("public",),
}
PROMPT_LANGUAGES = ("en", "bn", "both")
MAX_SECONDS = 3600
BUILTIN_PREFIX = "builtin:"


# ------------------------------------------------------------------ results
@dataclass(frozen=True)
class Speaker:
    person_id: str
    display_name: str
    local_name: str | None


@dataclass(frozen=True)
class Turn:
    """One speaker's turn as recorded: seconds spoken, or a pass."""

    person_id: str
    display_name: str
    seconds: int
    passed: bool


@dataclass(frozen=True)
class Note:
    id: str
    circle_id: str
    person_id: str | None  # None: a note for the whole circle, or anonymous
    display_name: str | None
    anonymous: bool
    text: str
    themes: tuple[str, ...]
    visibility: str


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


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # None when the note is anonymous or for the whole circle
    themes: tuple[str, ...]
    visibility: str
    anonymous: bool = False


@dataclass(frozen=True)
class TimeShare:
    person_id: str
    name: str
    seconds: int
    passed: bool  # every turn this person had was a pass


@dataclass(frozen=True)
class SummaryTotals:
    speakers: int  # people in the speaking order
    spoke: int
    passed: int
    seconds: int  # time shared by everyone
    notes: int  # notes included for this audience


@dataclass(frozen=True)
class CircleSummary:
    """What a circle summary (screen or printout) shows to one audience."""

    circle_id: str
    title: str
    session_title: str | None
    group_name: str | None
    audience: str
    prompts: tuple[str, ...]
    themes: tuple[tuple[str, int], ...]  # most frequent first
    quotes: tuple[Quote, ...]
    time_shared: tuple[TimeShare, ...]
    totals: SummaryTotals


@dataclass(frozen=True)
class LibraryPrompt:
    """A prompt to choose from: built in (``builtin:<key>``) or the facilitator's own."""

    id: str
    text: str
    text_bn: str | None
    builtin: bool

    def wording(self, language: str = "both") -> str:
        """The prompt as a circle stores it: English, Bengali, or both on two lines."""
        if language not in PROMPT_LANGUAGES:
            raise UserError(f"prompt language must be one of {', '.join(PROMPT_LANGUAGES)}")
        if language == "en" or not self.text_bn:
            return self.text
        if language == "bn":
            return self.text_bn
        return f"{self.text}\n{self.text_bn}"


# ------------------------------------------------------------------ checks
def _clean_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise UserError("a circle needs a title")
    if len(title) > 200:
        raise UserError("a circle title can be at most 200 characters")
    return title


def _clean_prompts(prompts: Iterable[str]) -> list[str]:
    cleaned = [p.strip() for p in prompts if p and p.strip()]
    return cleaned


def _check_seconds(seconds: int) -> int:
    if not isinstance(seconds, int) or not 10 <= seconds <= MAX_SECONDS:
        raise UserError(f"seconds per speaker must be between 10 and {MAX_SECONDS}, not {seconds}")
    return seconds


def _check_mode(mode: str) -> str:
    if mode not in ORDER_MODES:
        raise UserError(f"speaking order must be one of {', '.join(ORDER_MODES)}, not {mode!r}")
    return mode


def _check_visibility(visibility: str) -> str:
    if visibility not in VISIBILITIES:
        raise UserError(f"visibility must be one of {', '.join(VISIBILITIES)}, not {visibility!r}")
    return visibility


def clean_themes(themes: Iterable[str]) -> list[str]:
    """Themes as typed, trimmed, without a leading '#', each once (case-insensitively).

    A single string with commas is split, so "trust, time" gives two themes.
    """
    seen: set[str] = set()
    result: list[str] = []
    for item in themes:
        for part in str(item).split(","):
            theme = part.strip().lstrip("#").strip()
            if theme and theme.casefold() not in seen:
                seen.add(theme.casefold())
                result.append(theme)
    return result


def circle_row(db: Session, circle_id: str) -> Circle:
    """A live circle inside an open transaction, or a UserError."""
    circle = db.get(Circle, circle_id)
    if circle is None or circle.deleted:
        raise UserError(f"no circle with id {circle_id}")
    return circle


def _group_row(db: Session, event_id: str, group_id: str) -> Group:
    group = db.get(Group, group_id)
    if group is None or group.deleted or group.event_id != event_id:
        raise UserError(f"no group with id {group_id} in this event")
    return group


def _people(db: Session, event_id: str, person_ids: Iterable[str]) -> dict[str, Person]:
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        return {}
    rows = db.execute(
        select(Person).where(
            Person.id.in_(wanted), Person.event_id == event_id, Person.deleted.is_(False)
        )
    ).scalars()
    return {p.id: p for p in rows}


def _check_speakers(db: Session, event_id: str, person_ids: Sequence[str]) -> list[str]:
    order = list(person_ids)
    if len(set(order)) != len(order):
        twice = next(p for p in order if order.count(p) > 1)
        raise UserError(f"person {twice} is in the speaking order twice")
    found = _people(db, event_id, order)
    missing = [p for p in order if p not in found]
    if missing:
        raise UserError(f"no person with id {missing[0]} in this event")
    return order


# ------------------------------------------------------------------ speaking order
def seated_candidates(
    db: Session, event_id: str, session_id: str, group_id: str | None
) -> list[str]:
    """Who sits in the circle, in seating order.

    A group's members (by name, as its roster lists them); otherwise the
    people checked in to the session in the order they arrived, since people
    take seats as they come in; if no one is checked in yet, the event's
    participants by name, so a circle can be prepared before the room fills.
    """
    if group_id:
        rows = db.execute(
            select(Person.id, Person.display_name)
            .join(GroupMember, GroupMember.person_id == Person.id)
            .where(
                GroupMember.group_id == group_id,
                GroupMember.deleted.is_(False),
                Person.deleted.is_(False),
            )
        ).all()
        rows = sorted(rows, key=lambda r: (r[1].casefold(), r[0]))
        return list(dict.fromkeys(r[0] for r in rows))
    arrived = db.execute(
        select(Person.id)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(
            Attendance.session_id == session_id,
            Attendance.deleted.is_(False),
            Attendance.status.in_(("present", "late")),
            Person.deleted.is_(False),
        )
        .order_by(Attendance.checked_at, Person.display_name, Person.id)
    ).scalars()
    order = list(arrived)
    if order:
        return order
    rows = db.execute(
        select(Person.id, Person.display_name).where(
            Person.event_id == event_id,
            Person.deleted.is_(False),
            Person.role == "participant",
        )
    ).all()
    return [r[0] for r in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))]


def arrange(candidates: Sequence[str], mode: str, seed: int | None = None) -> list[str]:
    """The speaking order for a mode: shuffled by ``seed`` (same seed, same order) or as given."""
    _check_mode(mode)
    order = list(candidates)
    if mode == "random":
        random.Random(seed).shuffle(order)
    return order


def _order_for(
    db: Session,
    event_id: str,
    session_id: str,
    group_id: str | None,
    mode: str,
    speakers: Sequence[str] | None,
    seed: int | None,
) -> list[str]:
    if mode == "manual":
        if speakers is None:
            raise UserError("a hand-ordered circle needs its speakers, in order")
        return _check_speakers(db, event_id, speakers)
    if speakers is not None:
        candidates = _check_speakers(db, event_id, speakers)
    else:
        candidates = seated_candidates(db, event_id, session_id, group_id)
    return arrange(candidates, mode, seed)


# ------------------------------------------------------------------ circles
def create_circle(
    store: Store,
    session_id: str,
    title: str,
    prompts: Iterable[str] = (),
    *,
    group_id: str | None = None,
    order_mode: str = "random",
    speakers: Sequence[str] | None = None,
    seconds_per_speaker: int = 120,
    allow_pass: bool = True,
    seed: int | None = None,
) -> str:
    """Set up a circle for a session; returns its id.

    ``speakers`` is the hand order for ``manual``; for ``random`` and
    ``seated`` it optionally narrows who sits in the circle (by default the
    group or the session's arrivals, see :func:`seated_candidates`).
    """
    with store.write() as writer:
        return record_circle(
            writer,
            session_id,
            title,
            prompts,
            group_id=group_id,
            order_mode=order_mode,
            speakers=speakers,
            seconds_per_speaker=seconds_per_speaker,
            allow_pass=allow_pass,
            seed=seed,
        )


def record_circle(
    writer: Writer,
    session_id: str,
    title: str,
    prompts: Iterable[str] = (),
    *,
    group_id: str | None = None,
    order_mode: str = "random",
    speakers: Sequence[str] | None = None,
    seconds_per_speaker: int = 120,
    allow_pass: bool = True,
    seed: int | None = None,
) -> str:
    """:func:`create_circle` inside an open write (the demo builds one with the rest)."""
    title = _clean_title(title)
    _check_mode(order_mode)
    _check_seconds(seconds_per_speaker)
    session = session_row(writer.db, session_id)
    if group_id:
        _group_row(writer.db, session.event_id, group_id)
    order = _order_for(
        writer.db, session.event_id, session_id, group_id, order_mode, speakers, seed
    )
    return writer.create(
        Circle,
        {
            "event_id": session.event_id,
            "session_id": session_id,
            "group_id": group_id or None,
            "title": title,
            "prompts": _clean_prompts(prompts),
            "order_mode": order_mode,
            "speaking_order": order,
            "seconds_per_speaker": seconds_per_speaker,
            "allow_pass": bool(allow_pass),
            "turns": [],
        },
    )


def update_circle(store: Store, circle_id: str, **fields: Any) -> bool:
    """Change a circle's title, prompts, seconds, passing, group or hand order.

    ``speaking_order`` given alone keeps the mode unless ``order_mode`` says
    otherwise; reordering by rule goes through :func:`reorder`.
    """
    allowed = {
        "title",
        "prompts",
        "seconds_per_speaker",
        "allow_pass",
        "speaking_order",
        "order_mode",
        "group_id",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise UserError(f"a circle has no field {sorted(unknown)[0]}")
    values = dict(fields)
    with store.write() as writer:
        circle = circle_row(writer.db, circle_id)
        if "title" in values:
            values["title"] = _clean_title(values["title"])
        if "prompts" in values:
            values["prompts"] = _clean_prompts(values["prompts"])
        if "seconds_per_speaker" in values:
            _check_seconds(values["seconds_per_speaker"])
        if "allow_pass" in values:
            values["allow_pass"] = bool(values["allow_pass"])
        if "order_mode" in values:
            _check_mode(values["order_mode"])
        if "speaking_order" in values:
            values["speaking_order"] = _check_speakers(
                writer.db, circle.event_id, values["speaking_order"]
            )
        if values.get("group_id"):
            _group_row(writer.db, circle.event_id, values["group_id"])
        elif "group_id" in values:
            values["group_id"] = None
        return writer.update(Circle, circle_id, values)


def reorder(
    store: Store,
    circle_id: str,
    mode: str,
    *,
    speakers: Sequence[str] | None = None,
    seed: int | None = None,
) -> list[str]:
    """Set the speaking order again by a rule (or by hand); returns the new order.

    Without ``speakers``, ``random`` reshuffles the people already in the
    circle (a reshuffle never adds or drops anyone) and ``seated`` reads the
    seating again (the group, or the session's arrivals so far); pass
    ``speakers`` to choose who is in it.
    """
    _check_mode(mode)
    with store.write() as writer:
        circle = circle_row(writer.db, circle_id)
        if mode == "seated" and speakers is None:
            order = seated_candidates(
                writer.db, circle.event_id, circle.session_id or "", circle.group_id
            )
        else:
            pool = list(circle.speaking_order) if speakers is None else speakers
            order = _order_for(
                writer.db, circle.event_id, circle.session_id or "", None, mode, pool, seed
            )
        writer.update(Circle, circle_id, {"order_mode": mode, "speaking_order": order})
        return order


def delete_circle(store: Store, circle_id: str) -> None:
    """Remove a circle (a tombstone; its notes stay with it and come back on restore)."""
    with store.write() as writer:
        circle_row(writer.db, circle_id)
        writer.delete(Circle, circle_id)


def restore_circle(store: Store, circle_id: str) -> None:
    """Bring a deleted circle back: the undo of a delete."""
    with store.write() as writer:
        if writer.db.get(Circle, circle_id) is None:
            raise UserError(f"no circle with id {circle_id}")
        writer.update(Circle, circle_id, {"deleted": False})


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
            f"no circle number {text} (the event has {len(circles)}; see 'wltdesk circle list')"
        )
    exact = [c for c in circles if c.id == text or c.title.casefold() == text.casefold()]
    found = exact or [c for c in circles if text and c.id.startswith(text)]
    if not found and len(text) >= 3:
        found = [c for c in circles if text.casefold() in c.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"no circle matches {selector!r} (see 'wltdesk circle list')")
    titles = "; ".join(c.title for c in found[:5])
    raise UserError(f"{selector!r} matches {len(found)} circles: {titles}")


def _speakers(db: Session, circle: Circle) -> tuple[Speaker, ...]:
    people = _people(db, circle.event_id, circle.speaking_order or ())
    return tuple(
        Speaker(pid, people[pid].display_name, people[pid].local_name)
        for pid in circle.speaking_order or ()
        if pid in people
    )


def _turns(db: Session, circle: Circle) -> tuple[Turn, ...]:
    raw = list(circle.turns or ())
    people = _people(db, circle.event_id, [t["person_id"] for t in raw])
    return tuple(
        Turn(
            t["person_id"],
            people[t["person_id"]].display_name if t["person_id"] in people else "?",
            int(t.get("seconds", 0)),
            bool(t.get("passed", False)),
        )
        for t in raw
    )


def _notes(db: Session, circle: Circle, visibilities: Sequence[str]) -> tuple[Note, ...]:
    rows = list(
        db.execute(
            select(Reflection).where(
                Reflection.circle_id == circle.id,
                Reflection.deleted.is_(False),
                Reflection.visibility.in_(list(visibilities)),
            )
        ).scalars()
    )
    people = _people(db, circle.event_id, [r.person_id for r in rows if r.person_id])
    order = {pid: n for n, pid in enumerate(circle.speaking_order or ())}
    # speakers' notes in speaking order, then notes for the whole circle; stable by stamp
    rows.sort(key=lambda r: (order.get(r.person_id or "", len(order)), r.hlc))
    return tuple(
        Note(
            id=r.id,
            circle_id=r.circle_id,
            person_id=None if r.anonymous else r.person_id,
            display_name=(
                people[r.person_id].display_name
                if r.person_id in people and not r.anonymous
                else None
            ),
            anonymous=r.anonymous,
            text=r.text,
            themes=tuple(r.themes or ()),
            visibility=r.visibility,
        )
        for r in rows
    )


def get_circle(store: Store, circle_id: str) -> CircleView:
    """One circle with its speakers, recorded turns and every note."""
    with store.read() as db:
        circle = circle_row(db, circle_id)
        notes = _notes(db, circle, VISIBILITIES)
        return CircleView(
            info=_info(db, circle, len(notes)),
            speakers=_speakers(db, circle),
            turns=_turns(db, circle),
            notes=notes,
        )


def group_choices(store: Store, event_id: str) -> list[tuple[str, str]]:
    """(id, name) of the event's groups a circle can belong to, for pickers."""
    with store.read() as db:
        rows = db.execute(
            select(Group.id, Group.name, Group.round, Group.position).where(
                Group.event_id == event_id, Group.deleted.is_(False)
            )
        ).all()
    rows = sorted(rows, key=lambda r: (r[2], r[3], r[1].casefold()))
    return [(r[0], r[1]) for r in rows]


def seating(store: Store, session_id: str, group_id: str | None = None) -> list[Speaker]:
    """Who sits in a circle for this session (and group), in seating order.

    The same people, in the same order, that a ``seated`` circle gets; pickers
    show them first and may add anyone else from the roster.
    """
    with store.read() as db:
        session = session_row(db, session_id)
        if group_id:
            _group_row(db, session.event_id, group_id)
        order = seated_candidates(db, session.event_id, session_id, group_id)
        people = _people(db, session.event_id, order)
    return [Speaker(p, people[p].display_name, people[p].local_name) for p in order]


def resolve_people(store: Store, event_id: str, texts: Iterable[str]) -> list[str]:
    """Person ids for what a command typed: an id, a badge code or a name to search.

    Refuses when nobody matches or several people match equally well, so a
    speaker is never guessed.
    """
    wanted = [t.strip() for t in texts if t and t.strip()]
    if not wanted:
        return []
    with store.read() as db:
        roster = list(
            db.execute(
                select(Person).where(Person.event_id == event_id, Person.deleted.is_(False))
            ).scalars()
        )
    by_id = {p.id: p for p in roster}
    index = PeopleIndex.build(roster)
    found: list[str] = []
    for text in wanted:
        code = index.by_code(text)
        if text in by_id or code is not None:
            found.append(text if text in by_id else str(code))
            continue
        matches = index.search(text, limit=6)
        if not matches:
            raise UserError(f"no one on the roster matches {text!r}")
        best = [m for m in matches if m.rank == matches[0].rank]
        if len(best) > 1:
            names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
            raise UserError(f"{len(best)} people match {text!r} ({names}); type more of the name")
        found.append(best[0].person_id)
    return found


# ------------------------------------------------------------------ turns
def _clean_turns(db: Session, circle: Circle, turns: Iterable[dict[str, Any]]) -> list[dict]:
    cleaned: list[dict[str, Any]] = []
    for turn in turns:
        person_id = turn.get("person_id")
        seconds = turn.get("seconds", 0)
        passed = bool(turn.get("passed", False))
        if not person_id:
            raise UserError("a turn needs the person who spoke")
        if not isinstance(seconds, int) or seconds < 0 or seconds > 24 * 3600:
            raise UserError(f"a turn lasts a whole number of seconds (0 or more), not {seconds!r}")
        if passed and not circle.allow_pass:
            raise UserError(f"passing is not allowed in the circle “{circle.title}”")
        cleaned.append({"person_id": person_id, "seconds": seconds, "passed": passed})
    found = _people(db, circle.event_id, [t["person_id"] for t in cleaned])
    for turn in cleaned:
        if turn["person_id"] not in found:
            raise UserError(f"no person with id {turn['person_id']} in this event")
    return cleaned


def record_turn(
    store: Store, circle_id: str, person_id: str, seconds: int, passed: bool = False
) -> None:
    """Add one turn to the circle's record (who spoke, how long, or a pass)."""
    with store.write() as writer:
        circle = circle_row(writer.db, circle_id)
        new = _clean_turns(
            writer.db, circle, [{"person_id": person_id, "seconds": seconds, "passed": passed}]
        )
        writer.update(Circle, circle_id, {"turns": [*(circle.turns or []), *new]})


def set_turns(store: Store, circle_id: str, turns: Iterable[dict[str, Any]]) -> bool:
    """Replace the circle's record with ``turns`` (what the runner has so far)."""
    with store.write() as writer:
        return record_turns(writer, circle_id, turns)


def record_turns(writer: Writer, circle_id: str, turns: Iterable[dict[str, Any]]) -> bool:
    """:func:`set_turns` inside an open write."""
    circle = circle_row(writer.db, circle_id)
    return writer.update(Circle, circle_id, {"turns": _clean_turns(writer.db, circle, turns)})


# ------------------------------------------------------------------ notes
def add_note(
    store: Store,
    circle_id: str,
    text: str,
    *,
    person_id: str | None = None,
    anonymous: bool = False,
    themes: Iterable[str] = (),
    visibility: str = "private",
) -> str:
    """Add a note for a speaker or the whole circle; returns its id.

    An anonymous note keeps no person: whoever it came from is not written
    to the row or the log, even if ``person_id`` was given.
    """
    with store.write() as writer:
        return record_note(
            writer,
            circle_id,
            text,
            person_id=person_id,
            anonymous=anonymous,
            themes=themes,
            visibility=visibility,
        )


def record_note(
    writer: Writer,
    circle_id: str,
    text: str,
    *,
    person_id: str | None = None,
    anonymous: bool = False,
    themes: Iterable[str] = (),
    visibility: str = "private",
) -> str:
    """:func:`add_note` inside an open write."""
    text = (text or "").strip()
    if not text:
        raise UserError("a note needs some text")
    _check_visibility(visibility)
    circle = circle_row(writer.db, circle_id)
    values: dict[str, Any] = {
        "event_id": circle.event_id,
        "circle_id": circle_id,
        "anonymous": bool(anonymous),
        "text": text,
        "themes": clean_themes(themes),
        "visibility": visibility,
    }
    if person_id and not anonymous:
        if person_id not in _people(writer.db, circle.event_id, [person_id]):
            raise UserError(f"no person with id {person_id} in this event")
        values["person_id"] = person_id
    return writer.create(Reflection, values)


def _note_row(db: Session, note_id: str) -> Reflection:
    note = db.get(Reflection, note_id)
    if note is None or note.deleted:
        raise UserError(f"no note with id {note_id}")
    return note


def update_note(store: Store, note_id: str, **fields: Any) -> bool:
    """Change a note's text, themes, visibility or (for a named note) its speaker.

    Anonymity is fixed when a note is written: a named note made anonymous
    later would still name its speaker in the change log that has already
    recorded it, so that is refused; add the note again as anonymous instead.
    """
    allowed = {"text", "themes", "visibility", "person_id", "anonymous"}
    unknown = set(fields) - allowed
    if unknown:
        raise UserError(f"a note has no field {sorted(unknown)[0]}")
    values = dict(fields)
    with store.write() as writer:
        note = _note_row(writer.db, note_id)
        if "anonymous" in values and bool(values.pop("anonymous")) != note.anonymous:
            raise UserError(
                "a note cannot change between anonymous and named once saved; "
                "delete it and add it again (a deleted note travels only as its deletion)"
            )
        if "text" in values:
            values["text"] = (values["text"] or "").strip()
            if not values["text"]:
                raise UserError("a note needs some text")
        if "themes" in values:
            values["themes"] = clean_themes(values["themes"])
        if "visibility" in values:
            _check_visibility(values["visibility"])
        if "person_id" in values:
            if note.anonymous:
                if values.pop("person_id"):
                    raise UserError("an anonymous note cannot name a speaker")
            elif values["person_id"]:
                circle = circle_row(writer.db, note.circle_id)
                found = _people(writer.db, circle.event_id, [values["person_id"]])
                if values["person_id"] not in found:
                    raise UserError(f"no person with id {values['person_id']} in this event")
            else:
                values["person_id"] = None
        return writer.update(Reflection, note_id, values)


def delete_note(store: Store, note_id: str) -> None:
    with store.write() as writer:
        _note_row(writer.db, note_id)
        writer.delete(Reflection, note_id)


def restore_note(store: Store, note_id: str) -> None:
    """Bring a deleted note back: the undo of a delete."""
    with store.write() as writer:
        if writer.db.get(Reflection, note_id) is None:
            raise UserError(f"no note with id {note_id}")
        writer.update(Reflection, note_id, {"deleted": False})


def _check_audience(audience: str) -> tuple[str, ...]:
    if audience not in AUDIENCE_VISIBILITIES:
        raise UserError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    return AUDIENCE_VISIBILITIES[audience]


def list_notes(store: Store, circle_id: str, audience: str = "facilitator") -> list[Note]:
    """The circle's notes this audience may see (speakers' in speaking order, then the rest)."""
    visibilities = _check_audience(audience)
    with store.read() as db:
        return list(_notes(db, circle_row(db, circle_id), visibilities))


def known_themes(store: Store, event_id: str) -> list[str]:
    """Every theme used in the event's notes, most used first (for completion)."""
    with store.read() as db:
        lists = db.execute(
            select(Reflection.themes).where(
                Reflection.event_id == event_id, Reflection.deleted.is_(False)
            )
        ).scalars()
        counted = _count_themes(theme for themes in lists for theme in themes or ())
    return [theme for theme, _count in counted]


def _count_themes(themes: Iterable[str]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for theme in themes:
        key = theme.casefold()
        counts[key] += 1
        shown.setdefault(key, theme)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(shown[key], count) for key, count in ranked]


# ------------------------------------------------------------------ summary
def summary(store: Store, circle_id: str, audience: str = "public") -> CircleSummary:
    """The circle summary for one audience.

    ``public`` (the report) includes only public notes; ``organizers`` adds the
    organizers' notes; ``facilitator`` sees everything, private notes too.
    Themes are counted over the included notes only. Anonymous notes are
    quoted without a name.
    """
    visibilities = _check_audience(audience)
    view = get_circle(store, circle_id)
    notes = [n for n in view.notes if n.visibility in visibilities]
    shares: dict[str, list[Any]] = {}
    for turn in view.turns:
        share = shares.setdefault(turn.person_id, [turn.display_name, 0, True])
        share[1] += turn.seconds
        share[2] = share[2] and turn.passed
    time_shared = tuple(
        TimeShare(pid, name, seconds, passed) for pid, (name, seconds, passed) in shares.items()
    )
    info = view.info
    return CircleSummary(
        circle_id=info.id,
        title=info.title,
        session_title=info.session_title,
        group_name=info.group_name,
        audience=audience,
        prompts=info.prompts,
        themes=tuple(_count_themes(t for n in notes for t in n.themes)),
        quotes=tuple(
            Quote(n.text, n.display_name, n.themes, n.visibility, n.anonymous) for n in notes
        ),
        time_shared=time_shared,
        totals=SummaryTotals(
            speakers=len(view.speakers),
            spoke=sum(1 for s in time_shared if not s.passed),
            passed=sum(1 for s in time_shared if s.passed),
            seconds=sum(s.seconds for s in time_shared),
            notes=len(notes),
        ),
    )


# ------------------------------------------------------------------ prompt library
@cache
def builtin_prompts() -> tuple[LibraryPrompt, ...]:
    """The prompts WLT Desk ships (``resources/prompts.json``), English and Bengali."""
    data = json.loads(resource("prompts.json").read_text(encoding="utf-8"))
    return tuple(
        LibraryPrompt(BUILTIN_PREFIX + p["key"], p["text"], p.get("text_bn"), True)
        for p in data["prompts"]
    )


def _own_prompts(db: Session, event_id: str) -> list[Prompt]:
    rows = db.execute(
        select(Prompt).where(Prompt.event_id == event_id, Prompt.deleted.is_(False))
    ).scalars()
    return sorted(rows, key=lambda p: (p.position, p.hlc))


def prompt_library(store: Store, event_id: str) -> list[LibraryPrompt]:
    """Built-in prompts first, then the facilitator's own for this event."""
    with store.read() as db:
        own = [LibraryPrompt(p.id, p.text, p.text_bn, False) for p in _own_prompts(db, event_id)]
    return [*builtin_prompts(), *own]


def resolve_prompt(store: Store, event_id: str, selector: str) -> LibraryPrompt:
    """A library prompt by its number in the list, its id or key, or an id prefix."""
    library = prompt_library(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(library):
            return library[int(text) - 1]
        raise UserError(f"no prompt number {text} (the library has {len(library)})")
    exact = [p for p in library if text in (p.id, p.id.removeprefix(BUILTIN_PREFIX))]
    found = exact or [p for p in library if not p.builtin and text and p.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"no prompt matches {selector!r} (see 'wltdesk circle prompts list')")
    raise UserError(f"{selector!r} matches {len(found)} prompts; give more of the id")


def add_prompt(store: Store, event_id: str, text: str, text_bn: str | None = None) -> str:
    """Add the facilitator's own prompt to the event's library; returns its id."""
    text = (text or "").strip()
    if not text:
        raise UserError("a prompt needs some text")
    with store.write() as writer:
        own = _own_prompts(writer.db, event_id)
        if any(p.text.casefold() == text.casefold() for p in own):
            raise UserError(f"the library already has the prompt {text!r}")
        return writer.create(
            Prompt,
            {
                "event_id": event_id,
                "text": text,
                "text_bn": (text_bn or "").strip() or None,
                "position": max((p.position for p in own), default=0) + 1,
            },
        )


def _own_prompt_row(db: Session, prompt_id: str) -> Prompt:
    if prompt_id.startswith(BUILTIN_PREFIX):
        raise UserError("built-in prompts cannot be changed; add your own instead")
    prompt = db.get(Prompt, prompt_id)
    if prompt is None or prompt.deleted:
        raise UserError(f"no prompt with id {prompt_id}")
    return prompt


def update_prompt(
    store: Store, prompt_id: str, text: str | None = None, text_bn: str | None = None
) -> bool:
    """Reword one of the facilitator's own prompts (``text_bn=""`` clears the Bengali)."""
    values: dict[str, Any] = {}
    if text is not None:
        if not text.strip():
            raise UserError("a prompt needs some text")
        values["text"] = text.strip()
    if text_bn is not None:
        values["text_bn"] = text_bn.strip() or None
    with store.write() as writer:
        _own_prompt_row(writer.db, prompt_id)
        return writer.update(Prompt, prompt_id, values) if values else False


def delete_prompt(store: Store, prompt_id: str) -> None:
    """Remove an own prompt from the library (circles that use it keep their wording)."""
    with store.write() as writer:
        _own_prompt_row(writer.db, prompt_id)
        writer.delete(Prompt, prompt_id)


# ------------------------------------------------------------------ the runner
@dataclass
class _Record:
    seconds: float = 0.0
    passed: bool = False
    done: bool = False


@dataclass
class CircleRunner:
    """The round in the room: whose turn it is, their time, next / pass / pause / back.

    Plain Python with an injectable clock, so the GUI (a QTimer calling
    :meth:`tick`) and the terminal runner share the rules and tests need no
    sleeping. Time counts only while running; a speaker's time keeps adding
    up if the facilitator goes back to them. :meth:`turns` is what
    :func:`set_turns` saves.
    """

    speakers: Sequence[Speaker]
    seconds_per_speaker: int
    allow_pass: bool = True
    clock: Callable[[], float] = time.monotonic
    position: int = 0
    running: bool = False
    _records: list[_Record] = field(default_factory=list)
    _since: float | None = None
    _alerted: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.speakers = list(self.speakers)
        if not self._records:
            self._records = [_Record() for _ in self.speakers]

    @classmethod
    def for_circle(
        cls, view: CircleView, clock: Callable[[], float] = time.monotonic
    ) -> CircleRunner:
        """A runner over a circle's order, resuming after the turns already recorded."""
        runner = cls(view.speakers, view.info.seconds_per_speaker, view.info.allow_pass, clock)
        at = {s.person_id: n for n, s in enumerate(runner.speakers)}
        for turn in view.turns:
            if turn.person_id in at:
                runner._records[at[turn.person_id]] = _Record(turn.seconds, turn.passed, True)
                runner._alerted.add(at[turn.person_id])
        runner.position = next(
            (n for n, r in enumerate(runner._records) if not r.done), len(runner.speakers)
        )
        return runner

    # ------------------------------------------------------------ state
    @property
    def finished(self) -> bool:
        return self.position >= len(self.speakers)

    @property
    def current(self) -> Speaker | None:
        return None if self.finished else self.speakers[self.position]

    @property
    def upcoming(self) -> Speaker | None:
        """Who speaks after the current speaker (None at the end)."""
        at = self.position + 1
        return self.speakers[at] if at < len(self.speakers) else None

    def _bank(self) -> None:
        """Add the time since the last look to the current speaker."""
        now = self.clock()
        if self.running and self._since is not None and not self.finished:
            self._records[self.position].seconds += now - self._since
        self._since = now

    def elapsed(self) -> float:
        """Seconds the current speaker has had so far."""
        if self.finished:
            return 0.0
        self._bank()
        return self._records[self.position].seconds

    def remaining(self) -> float:
        """Seconds left for the current speaker; negative once over time."""
        return self.seconds_per_speaker - self.elapsed()

    def tick(self) -> bool:
        """Update the time; True exactly once per speaker, when their time runs out."""
        if self.finished or self.position in self._alerted:
            return False
        if self.remaining() <= 0:
            self._alerted.add(self.position)
            return True
        return False

    # ------------------------------------------------------------ keys
    def start(self) -> None:
        if not self.finished and not self.running:
            self._since = self.clock()
            self.running = True

    def pause(self) -> None:
        if self.running:
            self._bank()
            self.running = False

    def toggle_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def _finish_turn(self, passed: bool) -> None:
        self._bank()
        record = self._records[self.position]
        record.passed = passed
        record.done = True
        self.position += 1
        self._since = self.clock()
        if self.finished:
            self.running = False

    def next(self) -> None:
        """The current speaker has spoken; the next one's time starts."""
        if self.finished:
            return
        was_running = self.running
        self._finish_turn(passed=False)
        if was_running and not self.finished:
            self.running = True

    def pass_turn(self) -> None:
        """The current speaker passes (when the circle allows it)."""
        if self.finished:
            return
        if not self.allow_pass:
            raise UserError("passing is not allowed in this circle")
        was_running = self.running
        self._finish_turn(passed=True)
        if was_running and not self.finished:
            self.running = True

    def back(self) -> None:
        """Return to the previous speaker, whose time goes on from where it stopped."""
        if self.position == 0:
            return
        self._bank()
        self.position -= 1
        record = self._records[self.position]
        record.done = False
        record.passed = False
        self._since = self.clock()
        if self._records[self.position].seconds < self.seconds_per_speaker:
            self._alerted.discard(self.position)

    # ------------------------------------------------------------ record
    def record(self, position: int) -> tuple[int, bool] | None:
        """(seconds, passed) of a finished turn, or None while not yet done."""
        r = self._records[position]
        return (round(r.seconds), r.passed) if r.done else None

    def turns(self) -> list[dict[str, Any]]:
        """The finished turns in speaking order, as :func:`set_turns` takes them."""
        return [
            {"person_id": s.person_id, "seconds": round(r.seconds), "passed": r.passed}
            for s, r in zip(self.speakers, self._records, strict=True)
            if r.done
        ]
