"""The People table redrawn a turn after its rows move.

A change that moves rows (a name edited in the name order, the people a merge
brought handed over, a filter or an order chosen), or changes cells in several of
them, is work on the GUI thread, and
the whole redraw of the table that follows is a frame's worth more (7–8 ms at
1366×768, nearly all of it Qt's own drawing of some 250 cells). Done in one turn of
the event loop, the two together held the window still for longer than a frame.
:class:`RedrawNextTurn` holds the redraw until the loop's next turn, so the loop
handles what waited (keys, timers) between the two halves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView


class RedrawNextTurn(QObject):
    """Holds a view's redraw, when its model moves rows, until the next turn."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._viewport = view.viewport()
        # A timer, not a queued call: Qt delivers queued calls with the repaint
        # requests of the same turn. And 1 ms, not 0: a change made by a timer (the
        # roster feed's) would have a 0 ms timer go off in the same pass.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._release)
        model = view.model()
        for signal in (
            model.rowsAboutToBeMoved,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.layoutAboutToBeChanged,
            model.modelAboutToBeReset,
        ):
            signal.connect(self.hold)
        # One changed cell is redrawn alone, at once; several (the people a merge
        # changed, in place) make a whole redraw, held like a move.
        self._cells = 0
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._new_turn)
        model.dataChanged.connect(self._cell_changed)

    def _cell_changed(self, *_args: object) -> None:
        self._cells += 1
        if self._cells == 1:
            self._turn.start()
        elif self._cells == 2:
            self.hold()

    def _new_turn(self) -> None:
        self._cells = 0

    def hold(self, *_args: object) -> None:
        """Redraw nothing of the table until the event loop's next turn."""
        if self._viewport.isVisible():
            self._viewport.setUpdatesEnabled(False)
            self._timer.start()

    @property
    def holding(self) -> bool:
        return self._timer.isActive()

    def _release(self) -> None:
        self._viewport.setUpdatesEnabled(True)  # which asks for the whole redraw
