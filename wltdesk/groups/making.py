"""Making a group set: plan it with the engine and store its rounds.

A :class:`Wish` is what a facilitator asks for; :func:`make_set` plans it for
the people checked in to a session (or chosen by hand) and stores the set
through the :class:`~wltdesk.store.changes.Writer`, so it syncs. What the set
was asked for is kept in ``GroupSet.constraints`` (JSON) for later re-plans.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from wltdesk import grouping
from wltdesk.agenda import session_row
from wltdesk.errors import UserError
from wltdesk.groups.colours import GROUP_COLOURS
from wltdesk.groups.members import check_balance, load_people, member, present_people
from wltdesk.groups.stored import met_before
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import Group, GroupMember, GroupSet, Person

#: Called as the plan improves, and polled to stop: the GUI runs planning off its thread.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Wish:
    """What a facilitator asks for, with people named by id (the CLI resolves names)."""

    size: int | None = None
    count: int | None = None
    rounds: int = 1
    apart: tuple[tuple[str, str], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    #: person id -> group number, 1-based
    pins: Mapping[str, int] = field(default_factory=dict)
    balance: tuple[str, ...] = ()
    seed: int = 0
    history: bool = False
    time_budget: float = 2.0
    #: the people were chosen by hand (not the session's check-ins): re-plans
    #: then keep to the set's own people rather than the session attendance
    chosen: bool = False


def _constraints_json(wish: Wish) -> dict[str, Any]:
    return {
        "apart": [list(pair) for pair in wish.apart],
        "together": [list(s) for s in wish.together],
        "pins": {pid: int(g) for pid, g in wish.pins.items()},
        "balance": list(wish.balance),
        "history": wish.history,
        "chosen": wish.chosen,
    }


def make_set(
    store: Store,
    event_id: str,
    wish: Wish,
    *,
    session_id: str | None = None,
    person_ids: Sequence[str] | None = None,
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """Plan a new group set and store it; returns its id.

    The people are ``person_ids`` or, by default, everyone checked in to
    ``session_id``. Nothing is written when the constraints cannot be met.
    """
    chosen = person_ids is not None
    if person_ids is None:
        if session_id is None:
            raise UserError(_("choose a session (its attendance) or the people to group"))
        person_ids = present_people(store, session_id)
        if not person_ids:
            raise UserError(_("nobody is checked in to this session yet"))
    with store.read() as db:
        title = None
        if session_id is not None:
            session = session_row(db, session_id)
            if session.event_id != event_id:
                raise UserError(_("no session with id {session_id} in this event").format(
                    session_id=session_id
                ))
            title = session.title
        people = load_people(db, event_id, person_ids)
        missing = [pid for pid in person_ids if pid not in people]
        if missing:
            raise UserError(_("no person with id {missing} in this event").format(
                missing=missing[0]
            ))
        named = [pid for pair in wish.apart for pid in pair]
        named += [pid for together in wish.together for pid in together] + list(wish.pins)
        stranger = next((pid for pid in named if pid not in people), None)
        if stranger is not None:
            who = db.get(Person, stranger)
            label = f"{who.display_name} ({who.badge_code})" if who else stranger
            where = _("among the people chosen") if session_id is None else _("checked in")
            raise UserError(
                _(
                    "{label} is not {where}: keep-apart, keep-together and pins can only name "
                    "people being grouped"
                ).format(
                    label=label, where=where
                )
            )
        history = met_before(db, event_id, None) if wish.history else {}
        existing = db.execute(
            select(GroupSet.name).where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
        ).scalars()
        taken = set(existing)
    balance = check_balance(wish.balance, people.values())
    ordered = [people[pid] for pid in dict.fromkeys(person_ids)]
    request = grouping.Request(
        members=[member(p) for p in ordered],
        rounds=wish.rounds,
        size=wish.size,
        count=wish.count,
        constraints=grouping.Constraints(
            apart=wish.apart,
            together=wish.together,
            pins={pid: g - 1 for pid, g in wish.pins.items()},
            balance=balance,
        ),
        seed=wish.seed,
        time_budget=wish.time_budget,
        history=history,
    )
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        return record_set(
            writer,
            event_id,
            replace(wish, balance=balance, chosen=chosen),
            planned,
            session_id,
            name or _free_name(taken, title),
        )


def _free_name(taken: set[str], title: str | None) -> str:
    base = _("Groups — {title}").format(title=title) if title else _("Groups")
    name, number = base, 2
    while name in taken:
        name, number = f"{base} ({number})", number + 1
    return name


def record_set(
    writer: Writer,
    event_id: str,
    wish: Wish,
    planned: grouping.Plan,
    session_id: str | None,
    name: str,
) -> str:
    """Store a planned set inside an open write (for :func:`make_set` and the demo)."""
    set_id = writer.create(
        GroupSet,
        {
            "event_id": event_id,
            "session_id": session_id,
            "name": name.strip()[:200],
            "strategy": "mixed",
            "rounds": len(planned.rounds),
            "group_size": wish.size,
            "group_count": wish.count,
            "constraints": _constraints_json(wish),
            "seed": wish.seed,
            "locked_rounds": 0,
        },
    )
    for number, rnd in enumerate(planned.rounds, 1):
        write_round(writer, event_id, set_id, number, rnd)
    return set_id


def write_round(
    writer: Writer,
    event_id: str,
    set_id: str,
    number: int,
    groups: Sequence[Sequence[str]],
    names: Sequence[tuple[str, str | None, str | None]] | None = None,
) -> None:
    group_rows = []
    for position, _members in enumerate(groups):
        name, colour, room = (
            names[position]
            if names and position < len(names)
            else (
                _("Group {number}").format(number=position + 1),
                GROUP_COLOURS[position % len(GROUP_COLOURS)],
                None,
            )
        )
        group_rows.append(
            {
                "event_id": event_id,
                "group_set_id": set_id,
                "round": number,
                "position": position,
                "name": name,
                "colour": colour,
                "room": room,
            }
        )
    group_ids = writer.create_many(Group, group_rows)
    writer.create_many(
        GroupMember,
        [
            {"event_id": event_id, "group_id": gid, "person_id": pid, "locked": False}
            for gid, members in zip(group_ids, groups, strict=True)
            for pid in members
        ],
    )
