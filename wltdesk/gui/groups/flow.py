"""A round's groups in rows that fill the board's width, as many to a row as fit.

Groups stacked in one column per round showed 4 of 6 groups of a round on a
1366×768 laptop and 2½ at 1024×600: the facilitator scrolled to find a group.
:class:`GroupFlow` puts boxes side by side in equal columns (so the groups of a
row line up) and wraps to a new row when the next would not fit; the height
follows the width (``heightForWidth``), so a scroll area sizes the board right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class GroupFlow(QLayout):
    """Equal-width boxes, left to right (right to left in RTL), wrapping into rows."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ QLayout
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """One box wide: the narrowest the board can be without cutting a name."""
        margins = self.contentsMargins()
        width = self.column_width() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    # ------------------------------------------------------------ arranging
    def column_width(self) -> int:
        """The widest box's wish: names are not cut while the board has the room."""
        return max((item.sizeHint().width() for item in self._items), default=0)

    def columns_for(self, width: int) -> int:
        """How many boxes fit side by side in ``width``."""
        wanted = self.column_width()
        if not self._items or wanted <= 0:
            return 1
        fit = (width + self.spacing()) // (wanted + self.spacing())
        return max(1, min(len(self._items), fit))

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        columns = self.columns_for(inner.width())
        spacing = self.spacing()
        width = max(1, (inner.width() - spacing * (columns - 1)) // columns)
        right_to_left = self.parentWidget() is not None and (
            self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
        y = inner.y()
        for start in range(0, len(self._items), columns):
            row = self._items[start : start + columns]
            height = max(
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for item in row
            )
            for column, item in enumerate(row):
                x = inner.x() + column * (width + spacing)
                if right_to_left:
                    x = inner.x() + inner.width() - (column + 1) * width - column * spacing
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            y += height + spacing
        return y - spacing - rect.y() + margins.bottom() if self._items else 0
