"""The agenda's undo commands: a session added, edited or deleted.

Each command is pushed after the pane or dialog has already written through the
agenda service, so its first redo does nothing; later redos and undos write
again and tell the desk ``agenda_changed``.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from wltdesk import agenda
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.store.models import EventSession


def session_fields(session: EventSession) -> dict[str, Any]:
    """The editable fields of a session, as ``agenda.update_session`` takes them."""
    return {
        "title": session.title,
        "starts_at": session.starts_at,
        "ends_at": session.ends_at,
        "kind": session.kind,
        "room": session.room,
        "facilitators": list(session.facilitators or []),
    }


def set_deleted(desk: Desk, session_id: str, deleted: bool) -> None:
    if deleted:
        agenda.delete_session(desk.store, session_id)
    else:
        agenda.restore_session(desk.store, session_id)


class _SessionExistsCommand(QUndoCommand):
    """A session added (exists afterwards) or deleted (a tombstone afterwards).

    The first redo is the action the pane already did; later ones repeat it,
    and undo does the opposite, always on the same session id.
    """

    exists_after: bool
    label: str

    def __init__(self, desk: Desk, session_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("AgendaPane", self.label).format(title))
        self.desk = desk
        self.session_id = session_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            set_deleted(self.desk, self.session_id, not self.exists_after)
        self.desk.agenda_changed.emit()

    def undo(self) -> None:
        set_deleted(self.desk, self.session_id, self.exists_after)
        self.desk.agenda_changed.emit()


class AddSessionCommand(_SessionExistsCommand):
    exists_after = True
    label = QT_TRANSLATE_NOOP("AgendaPane", "Add session “{0}”")


class EditSessionCommand(QUndoCommand):
    """A session's fields changed; undo writes the old values back."""

    def __init__(
        self,
        desk: Desk,
        session_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaPane", "Edit session “{0}”").format(title)
        )
        self.desk = desk
        self.session_id = session_id
        self.before = before
        self.after = after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._write(self.after)
        self.desk.agenda_changed.emit()

    def undo(self) -> None:
        self._write(self.before)
        self.desk.agenda_changed.emit()

    def _write(self, fields: dict[str, Any]) -> None:
        # A session deleted meanwhile (say, on another laptop) has nothing to restore.
        with contextlib.suppress(UserError):
            agenda.update_session(self.desk.store, self.session_id, **fields)


class DeleteSessionCommand(_SessionExistsCommand):
    exists_after = False
    label = QT_TRANSLATE_NOOP("AgendaPane", "Delete session “{0}”")
