"""Undo and redo for the Groups pane: moves, locks, re-plans, deletions, names and rooms.

Each command calls :mod:`wltdesk.groups` through the pane's
:meth:`~wltdesk.gui.groups.pane.GroupsPane.attempt`, which explains instead
of crashing when the data moved on (a round locked since, a set deleted on
another laptop) and then shows the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import groups
from wltdesk.language import format_count

if TYPE_CHECKING:
    from wltdesk.gui.groups.pane import GroupsPane


class MoveMemberCommand(QUndoCommand):
    """A person dragged to another group; undo moves them back."""

    def __init__(self, pane: GroupsPane, move: groups.Move, name: str) -> None:
        super().__init__(QCoreApplication.translate("GroupsPane", "Move {0}").format(name))
        self.pane = pane
        self.move = move
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.pane.refresh()
            return
        move = self.move
        self.pane.attempt(
            lambda: groups.move_member(
                self.pane.desk.store,
                move.person_id,
                move.from_group_id,
                move.to_group_id,
                redo=True,
            )
        )

    def undo(self) -> None:
        # undo_move, not a move back: it restores the moved mark and is not
        # refused by a lock set on the person since the move.
        self.pane.attempt(lambda: groups.undo_move(self.pane.desk.store, self.move))


class SnapshotCommand(QUndoCommand):
    """A re-plan or an added round, done already by a job; undo puts the set's
    groups back as they were before it, redo as they were after it."""

    def __init__(
        self, pane: GroupsPane, text: str, before: groups.SetSnapshot, after: groups.SetSnapshot
    ) -> None:
        super().__init__(text)
        self.pane = pane
        self.before = before
        self.after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.pane.attempt(lambda: groups.restore_snapshot(self.pane.desk.store, self.after))

    def undo(self) -> None:
        self.pane.attempt(lambda: groups.restore_snapshot(self.pane.desk.store, self.before))


class LockMemberCommand(QUndoCommand):
    def __init__(
        self, pane: GroupsPane, group_id: str, person_id: str, locked: bool, name: str
    ) -> None:
        text = (
            QCoreApplication.translate("GroupsPane", "Lock {0}")
            if locked
            else QCoreApplication.translate("GroupsPane", "Unlock {0}")
        )
        super().__init__(text.format(name))
        self.pane = pane
        self.group_id = group_id
        self.person_id = person_id
        self.locked = locked

    def redo(self) -> None:
        self.pane.attempt(
            lambda: groups.set_locked(
                self.pane.desk.store, self.group_id, self.person_id, self.locked
            )
        )

    def undo(self) -> None:
        self.pane.attempt(
            lambda: groups.set_locked(
                self.pane.desk.store, self.group_id, self.person_id, not self.locked
            )
        )


class LockRoundsCommand(QUndoCommand):
    def __init__(self, pane: GroupsPane, set_id: str, before: int, after: int) -> None:
        super().__init__(
            QCoreApplication.translate("GroupsPane", "Lock round {0}").format(format_count(after))
        )
        self.pane = pane
        self.set_id = set_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.pane.attempt(lambda: groups.lock_rounds(self.pane.desk.store, self.set_id, self.after))

    def undo(self) -> None:
        self.pane.attempt(
            lambda: groups.lock_rounds(self.pane.desk.store, self.set_id, self.before)
        )


class DeleteSetCommand(QUndoCommand):
    def __init__(self, pane: GroupsPane, set_id: str, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("GroupsPane", "Delete groups “{0}”").format(name)
        )
        self.pane = pane
        self.set_id = set_id

    def redo(self) -> None:
        groups.delete_set(self.pane.desk.store, self.set_id)
        self.pane.reload_sets()

    def undo(self) -> None:
        groups.restore_set(self.pane.desk.store, self.set_id)
        self.pane.reload_sets(select=self.set_id)


# A group's (name, room) before and after an edit.
NameAndRoom = tuple[str, str | None]


class EditGroupCommand(QUndoCommand):
    """New names and rooms for one group in one or more rounds; undo restores each one."""

    def __init__(
        self, pane: GroupsPane, changes: list[tuple[str, NameAndRoom, NameAndRoom]], name: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("GroupsPane", "Name and room of {0}").format(name)
        )
        self.pane = pane
        self.changes = changes  # (group id, before, after)

    def _apply(self, which: int) -> None:
        store = self.pane.desk.store

        def write() -> None:
            for change in self.changes:
                name, room = change[which]
                groups.update_group(store, change[0], name=name, room=room or "")

        self.pane.attempt(write)

    def redo(self) -> None:
        self._apply(2)

    def undo(self) -> None:
        self._apply(1)
