"""Editing a set by hand: move people, lock them, rename groups, delete a set.

A manual move is marked on the member (``moved``) so that re-plans keep it —
a facilitator's move is a decision — and returns a :class:`Move` that
:func:`undo_move` takes back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wltdesk.errors import UserError
from wltdesk.groups.stored import group_row, member_row, set_row
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.models import Group, GroupMember, GroupSet, Person


@dataclass(frozen=True)
class Move:
    """A manual move, enough to undo it: the person went from one group to another.

    ``was_moved`` is whether the person had been placed by hand before this
    move, so an undo restores the mark as it was and a re-plan afterwards
    treats them exactly as before the move.
    """

    person_id: str
    from_group_id: str
    to_group_id: str
    was_moved: bool = False


def move_member(
    store: Store,
    person_id: str,
    from_group_id: str,
    to_group_id: str,
    *,
    redo: bool = False,
) -> Move:
    """Move a person to another group of the same round (a manual move).

    A locked person is refused — unless ``redo``: redoing a move the
    facilitator made and undid is their own decision again, and must work
    exactly when its undo did (see :func:`undo_move`), lock or no lock.
    """
    with store.write() as writer:
        db = writer.db
        source, target = group_row(db, from_group_id), group_row(db, to_group_id)
        if source.group_set_id != target.group_set_id or source.round != target.round:
            raise UserError(_("people move only between groups of the same round"))
        row = set_row(db, source.group_set_id)
        if source.round <= row.locked_rounds:
            raise UserError(_("round {round} is locked; unlock it to move people").format(
                round=source.round
            ))
        member = member_row(db, from_group_id, person_id)
        if member.locked and not redo:
            person = db.get(Person, person_id)
            name = person.display_name if person else person_id
            raise UserError(_("{name} is locked in {name2}; unlock them to move them").format(
                name=name, name2=source.name
            ))
        was_moved = bool(member.moved)
        if from_group_id != to_group_id:
            writer.update(
                GroupMember,
                member.id,
                {"group_id": to_group_id, "moved": True},
                current={
                    "event_id": member.event_id,
                    "group_id": member.group_id,
                    "moved": member.moved,
                },
            )
    return Move(person_id, from_group_id, to_group_id, was_moved)


def undo_move(store: Store, move: Move) -> None:
    """Take back a manual move: the person returns to the group they came from,
    with their moved mark as it was.

    Unlike :func:`move_member` this does not refuse a locked member: a lock set
    after the move (by hand, on the command line or from another laptop) says
    "keep them where they are", and taking the move back is the facilitator
    undoing their own decision, so the lock travels back with the person.
    A locked round still refuses, because its groups have been played.
    """
    with store.write() as writer:
        db = writer.db
        source, target = group_row(db, move.to_group_id), group_row(db, move.from_group_id)
        row = set_row(db, source.group_set_id)
        if source.round <= row.locked_rounds:
            raise UserError(_("round {round} is locked; unlock it to move people").format(
                round=source.round
            ))
        member = member_row(db, move.to_group_id, move.person_id)
        writer.update(
            GroupMember,
            member.id,
            {"group_id": target.id, "moved": move.was_moved},
            current={
                "event_id": member.event_id,
                "group_id": member.group_id,
                "moved": member.moved,
            },
        )


def set_locked(store: Store, group_id: str, person_id: str, locked: bool) -> bool:
    """Lock (or unlock) a person in their group: re-plans leave them there."""
    with store.write() as writer:
        member = member_row(writer.db, group_id, person_id)
        return writer.update(
            GroupMember,
            member.id,
            {"locked": locked},
            current={"event_id": member.event_id, "locked": member.locked},
        )


def update_group(
    store: Store, group_id: str, name: str | None = None, room: str | None = None
) -> bool:
    """Rename a group or give it a room (shown on the projector and on paper)."""
    values: dict[str, Any] = {}
    if name is not None:
        if not name.strip():
            raise UserError(_("a group needs a name"))
        values["name"] = name.strip()[:100]
    if room is not None:
        values["room"] = room.strip()[:100] or None
    with store.write() as writer:
        group_row(writer.db, group_id)
        return writer.update(Group, group_id, values)


def delete_set(store: Store, set_id: str) -> None:
    """Remove a group set (a tombstone that syncs; :func:`restore_set` brings it back)."""
    with store.write() as writer:
        set_row(writer.db, set_id)
        writer.delete(GroupSet, set_id)


def restore_set(store: Store, set_id: str) -> None:
    """Bring back a set :func:`delete_set` removed (the undo of a deletion)."""
    with store.write() as writer:
        writer.update(GroupSet, set_id, {"deleted": False})
