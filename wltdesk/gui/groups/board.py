"""The rounds one under the other, a round's groups in rows across the width, people in lists.

A person can be dragged from one group's list to another of the same round;
the list tells the pane (:attr:`GroupList.dropped`), which moves them through
the groups service and rebuilds the board from the store. A group's coloured
header (:class:`GroupTitle`) asks for its name and room on a double-click or
from its context menu. Words outside a class of their own keep the
``GroupsPane`` translation context.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from wltdesk import groups
from wltdesk.gui import palette
from wltdesk.gui.groups.flow import GroupFlow
from wltdesk.language import format_count

MEMBER_MIME = "application/x-wltdesk-group-member"
PERSON_ROLE = Qt.ItemDataRole.UserRole
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupList(QListWidget):
    """The members of one group; people can be dragged out of it and dropped in."""

    #: person id, from group id, to group id
    dropped = Signal(str, str, str)

    def __init__(self, group: groups.GroupView, round_locked: bool, parent=None) -> None:
        super().__init__(parent)
        self.group = group
        self.round_locked = round_locked
        self.setObjectName("groupList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(not round_locked)
        self.setAcceptDrops(not round_locked)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if round_locked
            else QAbstractItemView.DragDropMode.DragDrop
        )
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(group.name)
        for member in group.members:
            text = member.display_name
            if member.local_name:
                text += f" · {member.local_name}"
            if member.locked:
                text = QCoreApplication.translate("GroupsPane", "{0} (locked)").format(text)
            elif member.moved:
                text = QCoreApplication.translate("GroupsPane", "{0} (moved)").format(text)
            item = QListWidgetItem(text, self)
            item.setData(PERSON_ROLE, member.person_id)
            item.setData(LOCKED_ROLE, member.locked)
            details = [v for v in (member.region, member.affiliation) if v]
            item.setToolTip(" · ".join([member.display_name, *details]))
            if member.locked:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        self.setFixedHeight((rows or self.fontMetrics().height()) + 2 * self.frameWidth() + 6)

    def sizeHint(self) -> QSize:
        """As wide as the longest name (with its local script), so none is cut."""
        names = self.sizeHintForColumn(0) if self.count() else 0
        return QSize(max(names + 2 * self.frameWidth() + 8, 160), self.height())

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            payload = {"person_id": items[0].data(PERSON_ROLE), "group_id": self.group.id}
            data.setData(MEMBER_MIME, json.dumps(payload).encode())
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MEMBER_MIME) and not self.round_locked:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MEMBER_MIME) and not self.round_locked:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Tell the pane; the lists are rebuilt from the store, not moved by Qt."""
        mime = event.mimeData()
        if not mime.hasFormat(MEMBER_MIME) or self.round_locked:
            event.ignore()
            return
        payload = json.loads(bytes(mime.data(MEMBER_MIME)).decode())
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing removed by Qt itself
        event.accept()
        if payload["group_id"] != self.group.id:
            self.dropped.emit(payload["person_id"], payload["group_id"], self.group.id)


class GroupTitle(QLabel):
    """A group's coloured header: double-click or its context menu edits name and room.

    Its colours are the group's card in the scheme in force (:func:`palette.group_card`),
    repainted when the scheme changes."""

    edit_requested = Signal()

    def __init__(self, text: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.colour = colour
        self.setToolTip(self.tr("Double-click to set the group's name and room"))
        palette.follow(self.restyle)

    def restyle(self) -> None:
        card = palette.group_card(self.colour)
        self.setStyleSheet(
            f"background: {card.surface}; color: {card.text}; font-weight: bold; padding: 2px 6px;"
        )

    def menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Name and room…"), self.edit_requested.emit)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu().exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.edit_requested.emit()
        else:
            super().mouseDoubleClickEvent(event)


def _group_box(group: groups.GroupView, round_locked: bool) -> tuple[QFrame, GroupTitle, GroupList]:
    box = QFrame()
    box.setObjectName("groupBox")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(2)
    room = f" · {group.room}" if group.room else ""
    title = GroupTitle(f"{group.name}{room} ({format_count(len(group.members))})", group.colour)
    title.setObjectName("groupTitle")
    title.setWordWrap(True)
    layout.addWidget(title)
    members = GroupList(group, round_locked)
    layout.addWidget(members)
    layout.addStretch(1)  # a box taller than its group (a row's tallest sets it): room below
    return box, title, members


def round_column(
    rnd: groups.RoundView, heading: str
) -> tuple[QFrame, list[GroupTitle], list[GroupList]]:
    """One round: its heading, then its groups in rows as wide as the board (headers and
    lists in order), so every group of a round shows at once on a laptop screen."""
    column = QFrame()
    column.setObjectName("roundColumn")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(2, 2, 2, 2)
    label = QLabel(heading)
    label.setStyleSheet("font-weight: bold;")
    layout.addWidget(label)
    boxes = QWidget()
    boxes.setObjectName("roundGroups")
    flow = GroupFlow(boxes)
    titles: list[GroupTitle] = []
    lists: list[GroupList] = []
    for group in rnd.groups:
        box, title, members = _group_box(group, rnd.locked)
        flow.addWidget(box)
        titles.append(title)
        lists.append(members)
    layout.addWidget(boxes)
    return column, titles, lists


def clear_columns(layout: QLayout) -> None:
    """Take every round's column off the board (the board is rebuilt from the store)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def selected_member(lists: Sequence[GroupList]) -> tuple[GroupList, QListWidgetItem] | None:
    """The person chosen: in the list with the focus first, else in any list."""
    for group_list in lists:
        items = group_list.selectedItems()
        if items and group_list.hasFocus():
            return group_list, items[0]
    for group_list in lists:
        items = group_list.selectedItems()
        if items:
            return group_list, items[0]
    return None


def member_name(lists: Sequence[GroupList], person_id: str) -> str:
    for group_list in lists:
        for member in group_list.group.members:
            if member.person_id == person_id:
                return member.display_name
    return person_id


def current_round(view: groups.GroupSetView | None) -> groups.RoundView | None:
    """The round the room is in: the first one not locked, else the last."""
    if view is None or not view.rounds:
        return None
    index = min(view.locked_rounds, len(view.rounds) - 1)
    return view.rounds[index]
