"""Live changes to a set's plan: lock finished rounds, re-plan the rest, add a round.

Finished rounds are locked (``locked_rounds`` counts them from the first) and
count as meetings; :func:`replan` re-plans only the rounds after them, for the
people present now, keeping locked members — and people moved by hand, unless
told to discard manual moves — where they are; :func:`add_round` plans one
more round against all the earlier ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from wltdesk import grouping
from wltdesk.errors import UserError
from wltdesk.groups.making import Cancelled, Progress, write_round
from wltdesk.groups.members import load_people, member, present_people
from wltdesk.groups.stored import (
    Layout,
    constraints_of,
    current_values,
    ids_of,
    met_before,
    read_layout,
    set_row,
)
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import GroupMember, GroupSet


def lock_rounds(store: Store, set_id: str, count: int) -> None:
    """Mark the first ``count`` rounds finished: kept as they are by every re-plan."""
    with store.write() as writer:
        row = set_row(writer.db, set_id)
        total = len(read_layout(writer.db, set_id))
        if not 0 <= count <= total:
            raise UserError(_("the set has {total} rounds; cannot lock {count}").format(
                total=total, count=count
            ))
        writer.update(GroupSet, set_id, {"locked_rounds": count}, current=current_values(row))


def _present_now(store: Store, row: GroupSet, layout: Layout) -> list[str]:
    """Who a re-plan or a new round is for by default: the people checked in to
    the set's session now, or — for a set of chosen people, or one with no
    session — the set's own people, so people left out on purpose stay out."""
    if row.session_id and not (row.constraints or {}).get("chosen"):
        return present_people(store, row.session_id)
    return list(dict.fromkeys(p for rnd in ids_of(layout) for g in rnd for p in g))


def _request_for(
    db: Session,
    row: GroupSet,
    layout: Layout,
    present: Sequence[str],
    first: int,
    count: int,
    seed: int,
    time_budget: float,
    keep_moves: bool = True,
) -> grouping.Request:
    """A request that re-plans rounds ``first..first+count-1`` (0-based) of a set.

    Locked members, and with ``keep_moves`` people placed by hand, are held
    in their groups for that round: a manual move is the facilitator's
    decision, and a re-plan that quietly undid it would be a surprise.
    """
    people = load_people(db, row.event_id, present)
    rounds = ids_of(layout)
    groups_per_round = len(layout[0]) if layout else row.group_count or 1
    constraints = constraints_of(row)
    present_set = set(people)
    groups_now = min(groups_per_round, max(1, len(people)))
    small, spare = divmod(len(people), groups_now)
    pinned = Counter(g for p, g in constraints.pins.items() if p in present_set)
    locks: dict[tuple[int, str], int] = {}
    for r in range(first, min(first + count, len(layout))):
        load = Counter(pinned)
        moved: list[tuple[str, int]] = []
        for position, (_group, members) in enumerate(layout[r]):
            for m in members:
                if m.person_id not in people:
                    continue
                if m.locked:
                    locks[(r - first, m.person_id)] = position
                    load[position] += 1
                elif keep_moves and m.moved:
                    moved.append((m.person_id, position))
        # Manual moves are held as far as the groups can still be even: moves
        # that crowded a group past that (the report said so) are re-planned.
        for pid, position in moved:
            big = sum(1 for g, n in load.items() if n > small)
            if load[position] < small or (load[position] == small and spare and big < spare):
                locks[(r - first, pid)] = position
                load[position] += 1
    constraints = grouping.Constraints(
        apart=tuple(p for p in constraints.apart if set(p) <= present_set),
        together=tuple(
            kept
            for s in constraints.together
            if len(kept := tuple(p for p in s if p in present_set)) > 1
        ),
        pins={p: g for p, g in constraints.pins.items() if p in present_set},
        balance=constraints.balance,
    )
    history = met_before(db, row.event_id, row.id) if (row.constraints or {}).get("history") else {}
    return grouping.Request(
        members=[member(people[pid]) for pid in dict.fromkeys(present) if pid in people],
        rounds=count,
        count=groups_now,
        constraints=constraints,
        seed=seed,
        time_budget=time_budget,
        fixed=rounds[:first],
        history=history,
        locks=locks,
    )


def _rewrite(
    writer: Writer,
    row: GroupSet,
    layout: Layout,
    first: int,
    planned: Sequence,
    discard_moves: bool = False,
) -> None:
    """Put planned rounds into existing rows: move members, add arrivals, drop leavers.

    With ``discard_moves`` the marks of manual moves in these rounds go too:
    the plan no longer follows them, so they must not hold the next re-plan.
    """
    for offset, groups in enumerate(planned):
        r = first + offset
        existing = layout[r]
        by_person = {m.person_id: (m, g) for g, ms in existing for m in ms}
        wanted: set[str] = set()
        for position, members in enumerate(groups):
            group = existing[position][0]
            for pid in members:
                wanted.add(pid)
                if pid in by_person:
                    member, _old = by_person[pid]
                    values: dict[str, Any] = {"group_id": group.id}
                    if discard_moves:
                        values["moved"] = False
                    writer.update(
                        GroupMember,
                        member.id,
                        values,
                        current={
                            "event_id": member.event_id,
                            "group_id": member.group_id,
                            "moved": member.moved,
                        },
                    )
                else:
                    writer.create(
                        GroupMember,
                        {
                            "event_id": row.event_id,
                            "group_id": group.id,
                            "person_id": pid,
                            "locked": False,
                        },
                    )
        for pid, (member, _group) in by_person.items():
            if pid not in wanted:
                writer.delete(GroupMember, member.id)


def replan(
    store: Store,
    set_id: str,
    present: Sequence[str] | None = None,
    seed: int | None = None,
    time_budget: float = 2.0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    keep_moves: bool = True,
) -> int:
    """Re-plan the rounds after the locked ones for the people here now.

    ``present`` defaults to the people checked in to the set's session (or, for
    a set of chosen people or one with no session, the set's current people).
    Locked members stay in their groups, and so do people moved there by hand
    unless ``keep_moves`` is False (their marks are then cleared). Returns how
    many rounds were re-planned.
    """
    with store.read() as db:
        row = set_row(db, set_id)
        layout = read_layout(db, set_id)
        first = row.locked_rounds
        count = len(layout) - first
        if count <= 0:
            raise UserError(_("every round is locked; add a round or unlock one first"))
        if present is None:
            present = _present_now(store, row, layout)
        if not present:
            raise UserError(_("nobody is present to put into groups"))
        request = _request_for(
            db,
            row,
            layout,
            present,
            first,
            count,
            row.seed if seed is None else seed,
            time_budget,
            keep_moves,
        )
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        row = set_row(writer.db, set_id)
        _rewrite(writer, row, read_layout(writer.db, set_id), first, planned.rounds, not keep_moves)
    return count


def add_round(
    store: Store,
    set_id: str,
    present: Sequence[str] | None = None,
    time_budget: float = 2.0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Plan one more round against all earlier ones (which stay); returns its number."""
    with store.read() as db:
        row = set_row(db, set_id)
        layout = read_layout(db, set_id)
        if present is None:
            present = _present_now(store, row, layout)
        if not present:
            raise UserError(_("nobody is present to put into groups"))
        number = len(layout) + 1
        request = _request_for(
            db, row, layout, present, len(layout), 1, row.seed + number, time_budget
        )
        names = [(g.name, g.colour, g.room) for g, _ms in layout[-1]] if layout else None
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        row = set_row(writer.db, set_id)
        write_round(writer, row.event_id, set_id, number, planned.rounds[0], names)
        writer.update(GroupSet, set_id, {"rounds": number}, current=current_values(row))
    return number
