"""Reading a stored group set: its row, its rounds of groups, what it was asked for.

A set's rounds come back as a :data:`Layout` — per round, in order, each group
row with its member rows — from which the other modules of the service build
views, requests for the engine and edits. The constraints a set was made with
are read back as :class:`wltdesk.grouping.Constraints`, and the meetings in the
event's other sets as the engine's ``history``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk import grouping
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store.models import Group, GroupMember, GroupSet

#: A set's rounds (in order) of (group, its members).
Layout = list[list[tuple[Group, list[GroupMember]]]]


def set_row(db: Session, set_id: str) -> GroupSet:
    """A live set's row, or a refusal that names the id."""
    row = db.get(GroupSet, set_id)
    if row is None or row.deleted:
        raise UserError(_("no group set with id {set_id}").format(set_id=set_id))
    return row


def read_layout(db: Session, set_id: str) -> Layout:
    """Rounds (1-based order) of (group, members) for a set."""
    groups = list(
        db.execute(
            select(Group)
            .where(Group.group_set_id == set_id, Group.deleted.is_(False))
            .order_by(Group.round, Group.position)
        ).scalars()
    )
    members: dict[str, list[GroupMember]] = defaultdict(list)
    ids = [g.id for g in groups]
    for start in range(0, len(ids), 400):
        for member in db.execute(
            select(GroupMember).where(
                GroupMember.group_id.in_(ids[start : start + 400]),
                GroupMember.deleted.is_(False),
            )
        ).scalars():
            members[member.group_id].append(member)
    rounds: dict[int, list[tuple[Group, list[GroupMember]]]] = defaultdict(list)
    for group in groups:
        rounds[group.round].append((group, members[group.id]))
    return [rounds[number] for number in sorted(rounds)]


def ids_of(layout: Layout) -> list[list[list[str]]]:
    """The layout as the engine's rounds: groups of person ids."""
    return [[[m.person_id for m in members] for _g, members in rnd] for rnd in layout]


def constraints_of(row: GroupSet) -> grouping.Constraints:
    """What the set was asked for, as the engine's constraints (pins become 0-based)."""
    data = row.constraints or {}
    pins = {pid: int(g) - 1 for pid, g in (data.get("pins") or {}).items()}
    return grouping.Constraints(
        apart=tuple(tuple(pair) for pair in data.get("apart") or ()),
        together=tuple(tuple(s) for s in data.get("together") or ()),
        pins=pins,
        balance=tuple(data.get("balance") or ()),
    )


def met_before(db: Session, event_id: str, exclude: str | None) -> dict[tuple[str, str], int]:
    """How often each pair met in the event's other group sets."""
    met: Counter[tuple[str, str]] = Counter()
    sets = db.execute(
        select(GroupSet.id).where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
    ).scalars()
    for other in sets:
        if other == exclude:
            continue
        for rnd in ids_of(read_layout(db, other)):
            for g in rnd:
                for a, b in combinations(sorted(g), 2):
                    met[(a, b)] += 1
    return dict(met)


def member_row(db: Session, group_id: str, person_id: str) -> GroupMember:
    """A person's live membership of a group, or a refusal."""
    member = db.execute(
        select(GroupMember).where(
            GroupMember.group_id == group_id,
            GroupMember.person_id == person_id,
            GroupMember.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if member is None:
        raise UserError(_("that person is not in that group"))
    return member


def group_row(db: Session, group_id: str) -> Group:
    """A live group's row, or a refusal that names the id."""
    group = db.get(Group, group_id)
    if group is None or group.deleted:
        raise UserError(_("no group with id {group_id}").format(group_id=group_id))
    return group


def current_values(row: GroupSet) -> dict[str, Any]:
    """The set row's present values, handed to :meth:`Writer.update` to save it a query."""
    return {"event_id": row.event_id, "locked_rounds": row.locked_rounds, "rounds": row.rounds}
