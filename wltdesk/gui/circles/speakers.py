"""The speakers list of the circle dialog: who sits in the circle, in what order.

The list always shows the order that will be saved. As seated and random
orders are worked out from the ticked people (random with a seed, so Shuffle
draws again and the saved circle keeps what was shown); dragging a speaker,
or Alt+Up/Down, makes the order hand-made and leaves it as it is.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget, QListWidgetItem

from wltdesk import circles
from wltdesk.gui.circles.labels import PersonRole
from wltdesk.store.models import Person


class SpeakerOrder(QObject):
    """Keeps the dialog's speakers list in the order its order combo asks for."""

    #: The ticked speakers or their order changed (the dialog's hint follows).
    changed = Signal()

    def __init__(
        self,
        speakers: QListWidget,
        order: QComboBox,
        shuffle_button: QAbstractButton,
        roster: Mapping[str, Person],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speakers = speakers
        self.order = order
        self.shuffle_button = shuffle_button
        self.roster = roster
        self.seed = random.randrange(1_000_000)
        self.seated: list[str] = []

    def start(self) -> None:
        """Follow the combo and the list from now on (not while the dialog fills them)."""
        self.order.currentIndexChanged.connect(lambda _i: self.arrange())
        self.shuffle_button.clicked.connect(self.shuffle)
        # later, not inside the item's own change: arranging replaces the items
        self.speakers.itemChanged.connect(lambda _item: QTimer.singleShot(0, self, self.arrange))
        self.speakers.model().rowsMoved.connect(lambda *_: self.moved_by_hand())
        self.speakers.installEventFilter(self)
        self.update_shuffle()

    def fill(self, chosen: list[str] | None, seated: list[str]) -> None:
        """Speakers ticked in order (``chosen``, or the seating), then everyone else."""
        self.seated = seated
        ticked = chosen if chosen is not None else self.seated
        rest = [p for p in self.roster if p not in ticked]
        widget = self.speakers
        widget.blockSignals(True)
        widget.clear()
        for person_id in [*ticked, *rest]:
            person = self.roster.get(person_id)
            if person is None:
                continue
            label = person.display_name
            if person.local_name and person.local_name != person.display_name:
                label += f" ({person.local_name})"
            item = QListWidgetItem(label, widget)
            item.setData(PersonRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in ticked else Qt.CheckState.Unchecked
            )
        widget.blockSignals(False)
        if chosen is None:
            self.arrange()
        self.changed.emit()

    def ticked(self) -> list[str]:
        """The ticked speakers, in the order shown."""
        widget = self.speakers
        return [
            widget.item(row).data(PersonRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def in_seat_order(self, person_ids: list[str]) -> list[str]:
        seat = {p: n for n, p in enumerate(self.seated)}
        names = {
            p: (self.roster[p].display_name.casefold() if p in self.roster else "")
            for p in person_ids
        }
        return sorted(person_ids, key=lambda p: (seat.get(p, len(seat)), names[p], p))

    def arrange(self) -> None:
        """Show the order the chosen rule gives (by hand: leave it as it is)."""
        mode = self.order.currentData()
        if mode == "manual":
            self.update_shuffle()
            self.changed.emit()
            return
        ticked = self.in_seat_order(self.ticked())
        order = circles.arrange(ticked, mode, self.seed) if mode == "random" else ticked
        widget = self.speakers
        rows = {widget.item(r).data(PersonRole): r for r in range(widget.count())}
        unticked = [p for p in rows if p not in order]
        unticked = self.in_seat_order(unticked)
        items = [widget.item(rows[p]).clone() for p in [*order, *unticked]]
        widget.blockSignals(True)
        widget.clear()
        for item in items:
            widget.addItem(item)
        widget.blockSignals(False)
        self.update_shuffle()
        self.changed.emit()

    def shuffle(self) -> None:
        self.seed = random.randrange(1_000_000)
        self.order.setCurrentIndex(self.order.findData("random"))
        self.arrange()

    def move(self, step: int) -> None:
        widget = self.speakers
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)
        self.moved_by_hand()

    def moved_by_hand(self) -> None:
        """Reordering by hand makes the order hand-made."""
        self.order.blockSignals(True)
        self.order.setCurrentIndex(self.order.findData("manual"))
        self.order.blockSignals(False)
        self.update_shuffle()
        self.changed.emit()

    def update_shuffle(self) -> None:
        self.shuffle_button.setEnabled(bool(self.ticked()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up/Down on the list moves the current speaker."""
        if watched is self.speakers and isinstance(event, QKeyEvent):
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if event.type() == QEvent.Type.KeyPress and alt:
                if event.key() == Qt.Key.Key_Up:
                    self.move(-1)
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self.move(1)
                    return True
        return super().eventFilter(watched, event)
