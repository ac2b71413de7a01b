"""Setting a circle up: title, prompts, time per speaker and the speaking order.

The order is fixed when the circle is set up — shuffled (deterministic for a
seed), as seated (the group's members, or the session's arrivals in check-in
order) or by hand — and stored as person ids, so every laptop shows the same
order. The row look-ups here (:func:`circle_row`, :func:`event_people`) serve
the package's other modules too.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.agenda import session_row
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import ORDER_MODES, Attendance, Circle, Group, GroupMember, Person

MAX_SECONDS = 3600


@dataclass(frozen=True)
class Speaker:
    person_id: str
    display_name: str
    local_name: str | None


# ------------------------------------------------------------------ checks
def _clean_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise UserError(_("a circle needs a title"))
    if len(title) > 200:
        raise UserError(_("a circle title can be at most 200 characters"))
    return title


def _clean_prompts(prompts: Iterable[str]) -> list[str]:
    cleaned = [p.strip() for p in prompts if p and p.strip()]
    return cleaned


def _check_seconds(seconds: int) -> int:
    if not isinstance(seconds, int) or not 10 <= seconds <= MAX_SECONDS:
        raise UserError(_(
            "seconds per speaker must be between 10 and {MAX_SECONDS}, not {seconds}"
        ).format(
            MAX_SECONDS=MAX_SECONDS, seconds=seconds
        ))
    return seconds


def _check_mode(mode: str) -> str:
    if mode not in ORDER_MODES:
        raise UserError(_("speaking order must be one of {names}, not {mode!r}").format(
            names=', '.join(ORDER_MODES), mode=mode
        ))
    return mode


def circle_row(db: Session, circle_id: str) -> Circle:
    """A live circle inside an open transaction, or a UserError."""
    circle = db.get(Circle, circle_id)
    if circle is None or circle.deleted:
        raise UserError(_("no circle with id {circle_id}").format(circle_id=circle_id))
    return circle


def _group_row(db: Session, event_id: str, group_id: str) -> Group:
    group = db.get(Group, group_id)
    if group is None or group.deleted or group.event_id != event_id:
        raise UserError(_("no group with id {group_id} in this event").format(group_id=group_id))
    return group


def event_people(db: Session, event_id: str, person_ids: Iterable[str]) -> dict[str, Person]:
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
        raise UserError(_("person {twice} is in the speaking order twice").format(twice=twice))
    found = event_people(db, event_id, order)
    missing = [p for p in order if p not in found]
    if missing:
        raise UserError(_("no person with id {missing} in this event").format(missing=missing[0]))
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
            raise UserError(_("a hand-ordered circle needs its speakers, in order"))
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
        raise UserError(_("a circle has no field {unknown}").format(unknown=sorted(unknown)[0]))
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
            raise UserError(_("no circle with id {circle_id}").format(circle_id=circle_id))
        writer.update(Circle, circle_id, {"deleted": False})


# ------------------------------------------------------------------ pickers
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
        people = event_people(db, session.event_id, order)
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
            raise UserError(_("no one on the roster matches {text!r}").format(text=text))
        best = [m for m in matches if m.rank == matches[0].rank]
        if len(best) > 1:
            names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
            raise UserError(_(
                "{count} people match {text!r} ({names}); type more of the name"
            ).format(
                count=len(best), text=text, names=names
            ))
        found.append(best[0].person_id)
    return found
