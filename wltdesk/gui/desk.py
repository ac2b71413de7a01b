"""The open event, shared by every pane: store, event, undo stack and change signals.

Panes never talk to each other. When one changes something through a service
it tells the desk (``people_changed``, ``agenda_changed``,
``attendance_changed``), and every pane that shows that data refreshes. The
undo stack is app-wide: Ctrl+Z undoes the last action wherever it was done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from wltdesk import events
from wltdesk.store import Store
from wltdesk.store.models import Event


class Desk(QObject):
    event_opened = Signal()
    people_changed = Signal()
    agenda_changed = Signal()
    attendance_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_event: Event | None = None
        self.undo_stack = QUndoStack(self)
        self.late_grace_minutes: int | None = None
        #: A circle's next speaker's time starts on Next (the preference; on by default).
        self.auto_start_speakers = True

    @property
    def event_id(self) -> str | None:
        return self.current_event.id if self.current_event else None

    def open_event(self, event_id: str) -> None:
        self.current_event = events.get_event(self.store, event_id)
        self.undo_stack.clear()
        self.event_opened.emit()

    def replace_store(self, store: Store) -> None:
        """Switch to another store file; the caller opens an event in it next."""
        self.undo_stack.clear()
        self.store.close()
        self.store = store
        self.current_event = None
