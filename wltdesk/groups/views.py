"""Reading group sets: the list of an event's sets and everything a screen shows of one.

:func:`set_view` is what the Groups pane, the projector, the command line and
the printed rosters all read: rounds, groups (name, colour, room), members with
their lock and moved marks, and the quality report as sentences and as data
(:func:`quality_data`). :func:`list_sets` numbers the sets the way the command
line names them, and :func:`resolve_set` finds the set a command means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk import grouping
from wltdesk.errors import UserError
from wltdesk.groups.colours import GROUP_COLOURS
from wltdesk.groups.members import load_people, member
from wltdesk.groups.stored import Layout, constraints_of, ids_of, met_before, read_layout, set_row
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.models import Change, EventSession, GroupSet


@dataclass(frozen=True)
class GroupSetSummary:
    id: str
    name: str
    session_id: str | None
    session_title: str | None
    rounds: int
    groups: int  # per round
    people: int
    locked_rounds: int


@dataclass(frozen=True)
class MemberView:
    person_id: str
    display_name: str
    local_name: str | None
    region: str | None
    affiliation: str | None
    locked: bool
    #: placed here by hand; a re-plan keeps them here unless told to discard moves
    moved: bool = False


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    colour: str
    room: str | None
    members: list[MemberView]


@dataclass(frozen=True)
class RoundView:
    number: int  # 1-based
    locked: bool
    groups: list[GroupView]


@dataclass(frozen=True)
class GroupSetView:
    id: str
    event_id: str
    name: str
    session_id: str | None
    session_title: str | None
    rounds: list[RoundView]
    report: list[str]
    group_size: int | None
    group_count: int | None
    seed: int
    locked_rounds: int
    constraints: dict[str, Any] = field(default_factory=dict)
    #: the report as data (for ``--json`` and other programs): see :func:`quality_data`
    quality: dict[str, Any] = field(default_factory=dict)


def _report(db: Session, row: GroupSet, layout: Layout) -> tuple[grouping.Quality, dict[str, str]]:
    """The quality of a set as stored, and the names of its people by id."""
    rounds = ids_of(layout)
    ids = {p for rnd in rounds for g in rnd for p in g}
    people = load_people(db, row.event_id, ids)
    members = [member(p) for p in people.values()]
    history = (
        met_before(db, row.event_id, row.id) if (row.constraints or {}).get("history") else None
    )
    quality = grouping.assess(rounds, members, constraints_of(row), history=history)
    return quality, {pid: p.display_name for pid, p in people.items()}


def quality_data(quality: grouping.Quality, names: Mapping[str, str]) -> dict[str, Any]:
    """The report's figures as plain data, so a program need not parse sentences.

    ``repeat_pairs`` lists each pair meeting more than once (ids, names,
    meetings); ``unavoidable_repeats`` is how many repeats keep-together sets
    and shared pins force; ``sizes`` are the group sizes round by round and
    ``uneven_rounds`` the rounds (1-based) whose sizes differ by more than one;
    ``mix`` gives each balanced field's pairs sharing a value in a group, the
    fewest an even spread allows and the fewest values in any group; and
    ``best_possible`` says no plan of these people can do better.
    """
    return {
        "repeats": quality.repeats,
        "unavoidable_repeats": quality.unavoidable_repeats,
        "history_repeats": quality.history_repeats,
        "max_meetings": quality.max_meetings,
        "pairs_over_twice": quality.pairs_over_twice,
        "unmet_pairs": quality.unmet_pairs,
        "repeat_pairs": [
            {"people": [a, b], "names": [names.get(a, a), names.get(b, b)], "meetings": m}
            for a, b, m in quality.repeat_pairs
        ],
        "violations": list(quality.violations),
        "sizes": [list(row) for row in quality.sizes],
        "uneven_rounds": [
            number for number, row in enumerate(quality.sizes, 1) if row and max(row) - min(row) > 1
        ],
        "mix": [
            {
                "field": mix.field,
                "same_pairs": mix.same_pairs,
                "fewest_pairs": mix.fewest_pairs,
                "fewest_values": mix.fewest_values,
            }
            for mix in quality.mix
        ],
        "best_possible": quality.best_possible,
    }


def list_sets(store: Store, event_id: str) -> list[GroupSetSummary]:
    """The event's group sets, oldest first.

    Oldest by creation — the stamp of a set's first change, the same on every
    laptop — not by its last change: a set's number in this list names it on
    the command line, and locking or re-planning a set must not renumber it.
    """
    with store.read() as db:
        created = (
            select(Change.row_id, func.min(Change.hlc).label("stamp"))
            .where(Change.event_id == event_id, Change.entity == GroupSet.__tablename__)
            .group_by(Change.row_id)
            .subquery()
        )
        rows = list(
            db.execute(
                select(GroupSet)
                .outerjoin(created, created.c.row_id == GroupSet.id)
                .where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
                .order_by(created.c.stamp, GroupSet.id)
            ).scalars()
        )
        titles = dict(
            db.execute(
                select(EventSession.id, EventSession.title).where(EventSession.event_id == event_id)
            ).all()
        )
        result = []
        for row in rows:
            layout = read_layout(db, row.id)
            people = {p for rnd in ids_of(layout) for g in rnd for p in g}
            result.append(
                GroupSetSummary(
                    row.id,
                    row.name,
                    row.session_id,
                    titles.get(row.session_id) if row.session_id else None,
                    len(layout),
                    len(layout[0]) if layout else 0,
                    len(people),
                    row.locked_rounds,
                )
            )
    return result


def resolve_set(store: Store, event_id: str, selector: str) -> GroupSetSummary:
    """The set a command means: its number in ``groups list``, id, id prefix or name."""
    sets = list_sets(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(sets):
            return sets[int(text) - 1]
        raise UserError(_("no group set number {text} (the event has {count})").format(
            text=text, count=len(sets)
        ))
    found = [s for s in sets if s.id == text or s.name.casefold() == text.casefold()]
    found = found or [s for s in sets if s.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("no group set matches {selector!r} (see 'wltdesk groups list')").format(
            selector=selector
        ))
    raise UserError(_("{selector!r} matches {count} group sets; give more of the id").format(
        selector=selector, count=len(found)
    ))


def set_view(store: Store, set_id: str) -> GroupSetView:
    """Everything a screen or a printout shows of a set: rounds, groups, members, report."""
    with store.read() as db:
        row = set_row(db, set_id)
        layout = read_layout(db, set_id)
        ids = {m.person_id for rnd in layout for _g, ms in rnd for m in ms}
        people = load_people(db, row.event_id, ids)
        title = None
        if row.session_id:
            session = db.get(EventSession, row.session_id)
            title = session.title if session is not None else None
        rounds = []
        for number, rnd in enumerate(layout, 1):
            groups = []
            for group, members in rnd:
                views = []
                for m in members:
                    person = people.get(m.person_id)
                    if person is None:
                        continue
                    views.append(
                        MemberView(
                            person.id,
                            person.display_name,
                            person.local_name,
                            person.region,
                            person.affiliation,
                            m.locked,
                            bool(m.moved),
                        )
                    )
                views.sort(key=lambda v: (v.display_name.casefold(), v.person_id))
                colour = group.colour or GROUP_COLOURS[group.position % len(GROUP_COLOURS)]
                groups.append(GroupView(group.id, group.name, colour, group.room, views))
            rounds.append(RoundView(number, number <= row.locked_rounds, groups))
        quality, names = _report(db, row, layout)
        return GroupSetView(
            row.id,
            row.event_id,
            row.name,
            row.session_id,
            title,
            rounds,
            list(quality.lines),
            row.group_size,
            row.group_count,
            row.seed,
            row.locked_rounds,
            dict(row.constraints or {}),
            quality_data(quality, names),
        )
