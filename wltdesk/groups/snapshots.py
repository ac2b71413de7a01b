"""Snapshots of a set's groups and memberships: how the GUI undoes a re-plan.

:func:`snapshot_set` records a set's groups and who is in each (with their
lock and moved marks) before a re-plan or an added round; :func:`restore_snapshot`
puts exactly that back, through the writer, so the undo syncs too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from wltdesk.groups.stored import current_values, read_layout, set_row
from wltdesk.store import Store
from wltdesk.store.models import Group, GroupMember, GroupSet


@dataclass(frozen=True)
class SetSnapshot:
    """A set's groups and memberships at one moment: what undoing a re-plan or an
    added round puts back (see :func:`snapshot_set` and :func:`restore_snapshot`).

    ``groups`` are (id, round, position, name, colour, room); ``members`` are
    (group id, person id, locked, moved).
    """

    set_id: str
    rounds: int
    groups: tuple[tuple[str, int, int, str, str | None, str | None], ...]
    members: tuple[tuple[str, str, bool, bool], ...]


def snapshot_set(store: Store, set_id: str) -> SetSnapshot:
    """The set's groups and memberships now, for :func:`restore_snapshot`."""
    with store.read() as db:
        row = set_row(db, set_id)
        layout = read_layout(db, set_id)
        return SetSnapshot(
            set_id,
            row.rounds,
            tuple(
                (g.id, g.round, g.position, g.name, g.colour, g.room)
                for rnd in layout
                for g, _ms in rnd
            ),
            tuple(
                (g.id, m.person_id, bool(m.locked), bool(m.moved))
                for rnd in layout
                for g, ms in rnd
                for m in ms
            ),
        )


def restore_snapshot(store: Store, snapshot: SetSnapshot) -> None:
    """Put a set's groups and memberships back as :func:`snapshot_set` saw them.

    Undo of a re-plan or of an added round: groups added since are removed
    (tombstones, so the undo syncs), groups removed since come back, and each
    person is put back in their group of each round with their lock and moved
    marks. Names and rooms are left alone: they have their own undo steps.
    """
    with store.write() as writer:
        db = writer.db
        row = set_row(db, snapshot.set_id)
        existing = {
            g.id: g
            for g in db.execute(
                select(Group).where(Group.group_set_id == snapshot.set_id)
            ).scalars()
        }
        wanted_groups = {g[0]: g for g in snapshot.groups}
        for gid, (_gid, number, position, name, colour, room) in wanted_groups.items():
            group = existing.get(gid)
            if group is None:
                writer.create(
                    Group,
                    {
                        "id": gid,
                        "event_id": row.event_id,
                        "group_set_id": row.id,
                        "round": number,
                        "position": position,
                        "name": name,
                        "colour": colour,
                        "room": room,
                    },
                )
            elif group.deleted:
                writer.update(Group, gid, {"deleted": False})
        round_of = {gid: g[1] for gid, g in wanted_groups.items()}
        live = [g for gid, g in existing.items() if not g.deleted]
        for group in live:
            if group.id not in wanted_groups:
                writer.delete(Group, group.id)
        current: dict[tuple[int, str], GroupMember] = {}
        ids = list(existing)
        for start in range(0, len(ids), 400):
            for m in db.execute(
                select(GroupMember).where(
                    GroupMember.group_id.in_(ids[start : start + 400]),
                    GroupMember.deleted.is_(False),
                )
            ).scalars():
                number = existing[m.group_id].round
                if m.group_id not in wanted_groups or (number, m.person_id) in current:
                    writer.delete(GroupMember, m.id)
                else:
                    current[(number, m.person_id)] = m
        wanted = {
            (round_of[gid], pid): (gid, locked, moved)
            for gid, pid, locked, moved in snapshot.members
        }
        for key, m in current.items():
            if key not in wanted:
                writer.delete(GroupMember, m.id)
        for key, (gid, locked, moved) in wanted.items():
            m = current.get(key)
            values = {"group_id": gid, "locked": locked, "moved": moved}
            if m is None:
                writer.create(
                    GroupMember, {"event_id": row.event_id, "person_id": key[1], **values}
                )
            else:
                writer.update(
                    GroupMember,
                    m.id,
                    values,
                    current={
                        "event_id": m.event_id,
                        "group_id": m.group_id,
                        "locked": m.locked,
                        "moved": m.moved,
                    },
                )
        writer.update(GroupSet, row.id, {"rounds": snapshot.rounds}, current=current_values(row))
