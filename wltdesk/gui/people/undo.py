"""The People section's undo steps: an edit, an added person, removed people.

Each change is already made when its command is pushed (the first ``redo``
does nothing); undo and redo go through the ``people`` service again and let
the :class:`~wltdesk.gui.people.model.PeopleModel` announce it (its rows show it
at once, the other panes a turn later).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import people
from wltdesk.errors import UserError

if TYPE_CHECKING:  # the model pushes these commands; they only call it back
    from wltdesk.gui.people.model import PeopleModel


class EditPersonCommand(QUndoCommand):
    """Changed fields of one person; undo writes the old values back."""

    def __init__(
        self,
        model: PeopleModel,
        person_id: str,
        name: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
    ) -> None:
        super().__init__(QCoreApplication.translate("People", "Edit {0}").format(name))
        self.model = model
        self.person_id = person_id
        self.old = dict(old)
        self.new = dict(new)
        self._first = True  # the edit is done before the command is pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, values: Mapping[str, Any]) -> None:
        try:
            people.update_person(self.model.desk.store, self.person_id, **values)
        except UserError as exc:  # e.g. the old badge code was given to someone since
            self.model.edit_failed.emit(str(exc))
        self.model.announce([self.person_id])


class AddPersonCommand(QUndoCommand):
    def __init__(self, model: PeopleModel, person_id: str, name: str) -> None:
        super().__init__(QCoreApplication.translate("People", "Add {0}").format(name))
        self.model = model
        self.person_id = person_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        people.restore_people(self.model.desk.store, [self.person_id])
        self.model.announce([self.person_id])

    def undo(self) -> None:
        people.delete_person(self.model.desk.store, self.person_id)
        self.model.announce([self.person_id])


class DeletePeopleCommand(QUndoCommand):
    """Removed people (tombstoned); undo brings them back with their badge codes."""

    def __init__(self, model: PeopleModel, person_ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self.model = model
        self.person_ids = list(person_ids)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        people.delete_people(self.model.desk.store, self.person_ids)
        self.model.announce(self.person_ids)

    def undo(self) -> None:
        people.restore_people(self.model.desk.store, self.person_ids)
        self.model.announce(self.person_ids)
