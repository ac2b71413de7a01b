"""One page read back, straightened, with every tick box outlined by what it was read as.

Green: ticked; grey: empty; amber: unclear (never guessed: it waits for a
decision). The current box has a thick blue frame. A click on a box, or Space on
the current one, flips it (ticked ↔ empty; unclear becomes ticked); the arrow
keys move from box to box (Up and Down a row, Left and Right too). The decisions
the facilitator makes are kept by the view (:attr:`PageView.states`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from wltdesk.gui.palette import SHEET_MARKS
from wltdesk.paper.boxes import EMPTY, TICKED, UNCLEAR
from wltdesk.paper.record import MatchedPage

COLOURS = {
    TICKED: QColor(SHEET_MARKS["ticked"]),
    EMPTY: QColor(SHEET_MARKS["empty"]),
    UNCLEAR: QColor(SHEET_MARKS["unclear"]),
}
CURRENT = QColor(SHEET_MARKS["current"])
#: What a flip makes of each state.
FLIPPED = {TICKED: EMPTY, EMPTY: TICKED, UNCLEAR: TICKED}


class PageView(QWidget):
    """The straightened page of a :class:`MatchedPage`, its boxes to review."""

    #: The current box or a decision changed (the dialog updates its summary).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: MatchedPage | None = None
        self.pixmap = QPixmap()
        self.states: list[str] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(320, 420))

    def show_page(self, page: MatchedPage | None, states: list[str] | None = None) -> None:
        self.page = page
        if page is None:
            self.pixmap, self.states = QPixmap(), []
        else:
            image = page.reading.image
            raw = image.tobytes()
            grey = QImage.Format.Format_Grayscale8
            qimage = QImage(raw, image.width, image.height, image.width, grey)
            self.pixmap = QPixmap.fromImage(qimage.copy())
            self.states = list(states) if states else [row.box.state for row in page.rows]
        self.current = 0
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------ geometry
    def _scale(self) -> tuple[float, QPointF]:
        """Widget pixels per page mm, and where the page's corner is drawn."""
        if self.page is None:
            return 1.0, QPointF()
        layout = self.page.reading.layout
        scale = min(self.width() / layout.width, self.height() / layout.height)
        left = (self.width() - layout.width * scale) / 2
        top = (self.height() - layout.height * scale) / 2
        return scale, QPointF(left, top)

    def box_rect(self, index: int) -> QRectF:
        assert self.page is not None
        box = self.page.rows[index].box.box
        scale, corner = self._scale()
        grow = 1.2  # mm round the printed box, so the outline does not hide the ink
        return QRectF(
            corner.x() + (box.x - grow) * scale,
            corner.y() + (box.y - grow) * scale,
            (box.width + 2 * grow) * scale,
            (box.height + 2 * grow) * scale,
        )

    # ------------------------------------------------------------ decisions
    def flip(self, index: int | None = None) -> None:
        if not self.states:
            return
        chosen = self.current if index is None else index
        self.current = chosen
        self.states[chosen] = FLIPPED[self.states[chosen]]
        self.update()
        self.changed.emit()

    def move(self, step: int) -> None:
        if not self.states:
            return
        self.current = max(0, min(len(self.states) - 1, self.current + step))
        self.update()
        self.changed.emit()

    # ------------------------------------------------------------ events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.move(1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.move(-1)
        elif key == Qt.Key.Key_Space:
            self.flip()
        elif key == Qt.Key.Key_Home:
            self.move(-len(self.states))
        elif key == Qt.Key.Key_End:
            self.move(len(self.states))
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(len(self.states)):
            if self.box_rect(index).contains(event.position()):
                self.setFocus()
                self.flip(index)
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().mid())
        if self.page is None or self.pixmap.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, corner = self._scale()
        layout = self.page.reading.layout
        target = QRectF(corner.x(), corner.y(), layout.width * scale, layout.height * scale)
        painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
        for index, state in enumerate(self.states):
            rect = self.box_rect(index)
            painter.setPen(QPen(COLOURS[state], max(2.0, scale * 0.6)))
            painter.drawRect(rect)
        if self.states:
            rect = self.box_rect(self.current).adjusted(-3, -3, 3, 3)
            pen = QPen(CURRENT, 3 if self.hasFocus() else 2)
            if not self.hasFocus():
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect)
