"""The Groups section: form breakout groups, see rounds side by side, move people, project.

Everything is done by :mod:`wltdesk.groups`; the pane shows a
:class:`~wltdesk.groups.GroupSetView` and turns gestures into service calls.
Dragging a person onto another group of the same round is a manual move, and
locking a person or a round goes on the Desk's undo stack like every other
edit. A group's header opens :class:`GroupDialog` (double-click, context menu
or F2) to set its name and room, by default for the same group in every round,
since "Group 3 meets in Lab 2" usually holds all day. Planning (a new set, a
re-plan, another round) runs in the thread pool, so the window never freezes
while the engine searches; each goes on the undo stack as a before/after
snapshot of the set, so Ctrl+Z brings back the groups a re-plan replaced.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QMouseEvent,
    QShortcut,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from wltdesk import agenda, grouping, groups
from wltdesk import people as people_service
from wltdesk.errors import UserError
from wltdesk.events import local_now
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_group_dialog import Ui_GroupDialog
from wltdesk.gui.forms.ui_group_set_dialog import Ui_GroupSetDialog
from wltdesk.gui.forms.ui_groups_pane import Ui_GroupsPane
from wltdesk.gui.jobs import Job
from wltdesk.gui.projector import Countdown, GroupsPage, ProjectorWindow, screens

MEMBER_MIME = "application/x-wltdesk-group-member"
PERSON_ROLE = Qt.ItemDataRole.UserRole
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 1


# ------------------------------------------------------------------ undo
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
        super().__init__(QCoreApplication.translate("GroupsPane", "Lock round {0}").format(after))
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


# ------------------------------------------------------------------ group lists
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
    """A group's coloured header: double-click or its context menu edits name and room."""

    edit_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(self.tr("Double-click to set the group's name and room"))

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
    ink = groups.ink_for(group.colour)
    room = f" · {group.room}" if group.room else ""
    title = GroupTitle(f"{group.name}{room} ({len(group.members)})")
    title.setObjectName("groupTitle")
    title.setWordWrap(True)
    title.setStyleSheet(
        f"background: {group.colour}; color: {ink}; font-weight: bold; padding: 2px 6px;"
    )
    layout.addWidget(title)
    members = GroupList(group, round_locked)
    layout.addWidget(members)
    return box, title, members


# ------------------------------------------------------------------ dialogs
class GroupDialog(QDialog):
    """Name and room of a group: the group at this position in every round, or in this one.

    Accepting checks the name (not empty, not another group's in a round it
    applies to) and leaves the dialog open with the reason when it is not;
    ``changes`` then holds (group id, before, after) for :class:`EditGroupCommand`.
    """

    def __init__(
        self,
        view: groups.GroupSetView,
        round_number: int,
        position: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self.view = view
        self.round_number = round_number
        self.position = position
        self.group = view.rounds[round_number - 1].groups[position]
        self.changes: list[tuple[str, NameAndRoom, NameAndRoom]] = []
        self.setWindowTitle(self.tr("Group: {0}").format(self.group.name))
        self.ui.nameEdit.setText(self.group.name)
        self.ui.roomEdit.setText(self.group.room or "")
        self.ui.everyRoundCheck.setVisible(len(view.rounds) > 1)
        self.ui.everyRoundCheck.setChecked(len(view.rounds) > 1)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.roomEdit.setFocus()

    def accept(self) -> None:
        name = self.ui.nameEdit.text().strip()
        room = self.ui.roomEdit.text().strip() or None
        if not name:
            QMessageBox.warning(self, self.windowTitle(), self.tr("A group needs a name."))
            return
        rounds = (
            self.view.rounds
            if self.ui.everyRoundCheck.isChecked()
            else [self.view.rounds[self.round_number - 1]]
        )
        changes = []
        for rnd in rounds:
            if self.position >= len(rnd.groups):
                continue
            group = rnd.groups[self.position]
            # only what was edited: a name or room another round has of its own stays
            after = (
                name if name != self.group.name else group.name,
                room if room != self.group.room else group.room,
            )
            clash = next(
                (
                    other
                    for other in rnd.groups
                    if other.id != group.id and other.name.casefold() == after[0].casefold()
                ),
                None,
            )
            if clash is not None:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("Round {0} already has a group named “{1}”.").format(
                        rnd.number, clash.name
                    ),
                )
                return
            if after != (group.name, group.room):
                changes.append((group.id, (group.name, group.room), after))
        self.changes = changes
        super().accept()


class GroupSetDialog(QDialog):
    """What to form: session, size or count, rounds, balance fields and constraints.

    Accepting resolves every name through the groups service; a name that
    finds nobody, or several people, is explained and the dialog stays open.
    ``wish``, ``session_id`` and ``name`` hold the answer.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_GroupSetDialog()
        self.ui.setupUi(self)
        self.wish: groups.Wish | None = None
        self.session_id: str | None = None
        #: the ticked people when choosing them; None: the session's check-ins
        self.person_ids: list[str] | None = None
        self.name = ""
        self.ui.byCombo.addItem(self.tr("People per group:"), "size")
        self.ui.byCombo.addItem(self.tr("Number of groups:"), "count")
        event_id = desk.event_id
        self._fill_balance(event_id)
        self.ui.peopleCombo.addItem(self.tr("Everyone checked in to the session"), "session")
        self.ui.peopleCombo.addItem(self.tr("People I choose"), "chosen")
        self.ui.peopleList.setVisible(False)
        self._roster = people_service.list_people(desk.store, event_id) if event_id else []
        sessions = agenda.list_sessions(desk.store, event_id) if event_id else []
        for session in sessions:
            count = len(groups.present_people(desk.store, session.id))
            label = self.tr("{0} — {1} · {2} checked in").format(
                session.starts_at.strftime("%a %H:%M"), session.title, count
            )
            self.ui.sessionCombo.addItem(label, session.id)
        now = agenda.current_session(sessions, _local_now(desk)) if sessions else None
        if now is not None:
            self.ui.sessionCombo.setCurrentIndex(self.ui.sessionCombo.findData(now.id))
        self.ui.sessionCombo.currentIndexChanged.connect(self._session_changed)
        self.ui.peopleCombo.currentIndexChanged.connect(self._people_mode_changed)
        self.ui.peopleList.itemChanged.connect(lambda _item: self._update_count())
        self.ui.byCombo.currentIndexChanged.connect(self._update_count)
        self.ui.numberSpin.valueChanged.connect(self._update_count)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_count()

    def _fill_balance(self, event_id: str | None) -> None:
        """Offer the fields the roster actually holds (from the groups service),
        standard ones under their usual names, imported columns as they are named."""
        labels = {
            "region": self.tr("Region"),
            "gender": self.tr("Gender"),
            "affiliation": self.tr("Affiliation"),
            "role": self.tr("Role"),
            "languages": self.tr("Languages"),
            "pronouns": self.tr("Pronouns"),
        }
        found = groups.balance_fields(self.desk.store, event_id) if event_id else []
        for choice in found:
            label = labels.get(choice.name, choice.name.replace("_", " "))
            text = self.tr("{0} — {1} values").format(label, choice.values)
            item = QListWidgetItem(text, self.ui.balanceList)
            item.setData(Qt.ItemDataRole.UserRole, choice.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.name == "region" else Qt.CheckState.Unchecked
            )

    def _choosing(self) -> bool:
        return self.ui.peopleCombo.currentData() == "chosen"

    def _people_mode_changed(self) -> None:
        """Choosing people shows the roster, ticked as the session's check-ins."""
        self.ui.peopleList.setVisible(self._choosing())
        if self._choosing():
            self._fill_people()
        self._update_count()

    def _session_changed(self) -> None:
        if self._choosing():
            self._fill_people()
        self._update_count()

    def _fill_people(self) -> None:
        session_id = self.ui.sessionCombo.currentData()
        here = set(groups.present_people(self.desk.store, session_id)) if session_id else set()
        people_list = self.ui.peopleList
        people_list.blockSignals(True)
        people_list.clear()
        for person in self._roster:
            text = person.display_name
            if person.local_name:
                text += f" · {person.local_name}"
            item = QListWidgetItem(text, people_list)
            item.setData(PERSON_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in here else Qt.CheckState.Unchecked
            )
        people_list.blockSignals(False)

    def chosen_people(self) -> list[str]:
        """The ticked people, in roster order (only when choosing people)."""
        people_list = self.ui.peopleList
        return [
            people_list.item(i).data(PERSON_ROLE)
            for i in range(people_list.count())
            if people_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _present(self) -> int:
        if self._choosing():
            return len(self.chosen_people())
        session_id = self.ui.sessionCombo.currentData()
        return len(groups.present_people(self.desk.store, session_id)) if session_id else 0

    def _update_count(self) -> None:
        people = self._present()
        number = self.ui.numberSpin.value()
        by_size = self.ui.byCombo.currentData() == "size"
        if people == 0:
            self.ui.countLabel.setText(
                self.tr("Tick the people to put into groups.")
                if self._choosing()
                else self.tr("Nobody is checked in to this session yet.")
            )
            return
        try:
            count = grouping.group_count(
                people, number if by_size else None, None if by_size else number
            )
        except UserError as exc:
            self.ui.countLabel.setText(str(exc))
            return
        small, extra = divmod(people, count)
        sizes = f"{small}–{small + 1}" if extra else f"{small}"
        self.ui.countLabel.setText(
            self.tr("{0} people in {1} groups of {2}").format(people, count, sizes)
        )

    def _lines(self, text: str) -> list[list[str]]:
        rows = []
        for line in text.splitlines():
            names = [n.strip() for n in line.split(",") if n.strip()]
            if names:
                rows.append(names)
        return rows

    def accept(self) -> None:
        event_id = self.desk.event_id
        session_id = self.ui.sessionCombo.currentData()
        if not event_id or not (session_id or self._choosing()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a session first."))
            return

        def who(name: str) -> str:
            return groups.resolve_person(self.desk.store, event_id, name).id

        try:
            apart: list[tuple[str, str]] = []
            for names in self._lines(self.ui.apartEdit.toPlainText()):
                ids = [who(n) for n in names]
                if len(ids) < 2:
                    raise UserError(f"keep apart needs two or more people: {names[0]}")
                apart.extend((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
            together = []
            for names in self._lines(self.ui.togetherEdit.toPlainText()):
                if len(names) < 2:
                    raise UserError(f"keep together needs two or more people: {names[0]}")
                together.append(tuple(who(n) for n in names))
            pins: dict[str, int] = {}
            pin_lines = self._lines(self.ui.pinEdit.toPlainText())
            for line_number, names in enumerate(pin_lines, 1):
                for name in names:
                    person, sep, group = name.partition("=")
                    if sep and not group.strip().isdigit():
                        raise UserError(f"pin: {group.strip()!r} is not a group number")
                    pins[who(person)] = int(group) if sep else line_number
            by_size = self.ui.byCombo.currentData() == "size"
            number = self.ui.numberSpin.value()
            balance = tuple(
                self.ui.balanceList.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.ui.balanceList.count())
                if self.ui.balanceList.item(i).checkState() == Qt.CheckState.Checked
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.wish = groups.Wish(
            size=number if by_size else None,
            count=None if by_size else number,
            rounds=self.ui.roundsSpin.value(),
            apart=tuple(apart),
            together=tuple(together),
            pins=pins,
            balance=balance,
            seed=self.ui.seedSpin.value(),
            history=self.ui.historyCheck.isChecked(),
        )
        self.session_id = session_id
        self.person_ids = self.chosen_people() if self._choosing() else None
        if self.person_ids is not None and not self.person_ids:
            self.wish = None
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Tick the people to put into groups.")
            )
            return
        self.name = self.ui.nameEdit.text().strip()
        super().accept()


def _local_now(desk: Desk):
    assert desk.current_event is not None
    return local_now(desk.current_event)


# ------------------------------------------------------------------ pane
class GroupsPane(QWidget):
    """See the module docstring."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_GroupsPane()
        self.ui.setupUi(self)
        self.view: groups.GroupSetView | None = None
        self.lists: list[GroupList] = []
        self.titles: list[GroupTitle] = []  # the group headers, in the order of ``lists``
        self.job: Job | None = None
        self.projector: ProjectorWindow | None = None
        self.countdown = Countdown(15 * 60, self)
        self._rounds_layout = QHBoxLayout(self.ui.roundsHost)
        self._rounds_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.newButton.clicked.connect(self.new_set)
        self.ui.deleteButton.clicked.connect(self.delete_set)
        self.ui.lockRoundButton.clicked.connect(self.lock_next_round)
        self.ui.replanButton.clicked.connect(self.replan)
        self.ui.addRoundButton.clicked.connect(self.add_round)
        self.ui.lockMemberButton.clicked.connect(self.toggle_lock)
        self.ui.projectorButton.clicked.connect(self.show_projector)
        self.ui.setCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.minutesSpin.valueChanged.connect(
            lambda minutes: self.countdown.set_seconds(minutes * 60)
        )
        for key, action in (
            (QKeySequence("Ctrl+N"), self.new_set),
            (QKeySequence("L"), self.toggle_lock),
            (QKeySequence("F2"), self.edit_selected_group),
            (QKeySequence("F5"), self.show_projector),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        for number, screen in enumerate(screens(), 1):
            self.ui.screenCombo.addItem(
                self.tr("Screen {0}: {1}").format(number, screen.name()), number - 1
            )
        if self.ui.screenCombo.count() > 1:
            self.ui.screenCombo.setCurrentIndex(self.ui.screenCombo.count() - 1)
        desk.event_opened.connect(self.reload_sets)
        desk.people_changed.connect(self.refresh)  # names and regions shown may change
        self.reload_sets()

    # ------------------------------------------------------------ data
    def current_set_id(self) -> str | None:
        return self.ui.setCombo.currentData()

    def reload_sets(self, select: str | None = None) -> None:
        keep = select or self.current_set_id()
        combo = self.ui.setCombo
        combo.blockSignals(True)
        combo.clear()
        if self.desk.event_id:
            for summary in groups.list_sets(self.desk.store, self.desk.event_id):
                label = self.tr("{0} — {1} people, {2} rounds").format(
                    summary.name, summary.people, summary.rounds
                )
                combo.addItem(label, summary.id)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the rounds from the store (after any change, here or elsewhere)."""
        set_id = self.current_set_id()
        try:
            self.view = groups.set_view(self.desk.store, set_id) if set_id else None
        except UserError:
            self.view = None
        while self._rounds_layout.count():
            item = self._rounds_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lists = []
        self.titles = []
        view = self.view
        has_set = view is not None
        for button in (
            self.ui.deleteButton,
            self.ui.replanButton,
            self.ui.addRoundButton,
            self.ui.lockMemberButton,
            self.ui.projectorButton,
            self.ui.lockRoundButton,
        ):
            button.setEnabled(has_set and self.job is None)
        self.ui.newButton.setEnabled(self.job is None and self.desk.event_id is not None)
        if view is None:
            self.ui.lockRoundButton.setText(self.tr("Lock round"))
            self.ui.reportLabel.setText(
                self.tr("No groups yet. “New groups…” forms them from a session's check-ins.")
            )
            self._follow_on_projector()
            return
        following = view.locked_rounds + 1
        if following <= len(view.rounds):
            self.ui.lockRoundButton.setText(self.tr("Lock round {0}").format(following))
        else:
            self.ui.lockRoundButton.setText(self.tr("All rounds locked"))
            self.ui.lockRoundButton.setEnabled(False)
            self.ui.replanButton.setEnabled(False)
        for rnd in view.rounds:
            column = QFrame()
            column.setObjectName("roundColumn")
            layout = QVBoxLayout(column)
            layout.setContentsMargins(2, 2, 2, 2)
            title = (
                self.tr("Round {0} (locked)").format(rnd.number)
                if rnd.locked
                else self.tr("Round {0}").format(rnd.number)
            )
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            layout.addWidget(heading)
            for group in rnd.groups:
                box, title, members = _group_box(group, rnd.locked)
                members.dropped.connect(self.drop_person)
                title.edit_requested.connect(lambda n=rnd.number, g=group.id: self.edit_group(n, g))
                layout.addWidget(box)
                self.lists.append(members)
                self.titles.append(title)
            layout.addStretch(1)
            column.setMinimumWidth(220)
            self._rounds_layout.addWidget(column)
        self.ui.reportLabel.setText("\n".join(view.report))
        self._follow_on_projector()

    def _name(self, person_id: str) -> str:
        for group_list in self.lists:
            for member in group_list.group.members:
                if member.person_id == person_id:
                    return member.display_name
        return person_id

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Groups"), message)

    def attempt(self, action: Callable[[], object]) -> None:
        """Run a service call for an undo step; explain, never crash, if the data moved on
        (a round locked since, a set deleted on another laptop), then show the store."""
        try:
            action()
        except UserError as exc:
            self._error(str(exc))
        self.refresh()

    # ------------------------------------------------------------ gestures
    def drop_person(self, person_id: str, from_group_id: str, to_group_id: str) -> None:
        """A person dropped on another group: a manual move, undoable."""
        try:
            move = groups.move_member(self.desk.store, person_id, from_group_id, to_group_id)
        except UserError as exc:
            self._error(str(exc))
            self.refresh()
            return
        self.desk.undo_stack.push(MoveMemberCommand(self, move, self._name(person_id)))

    def selected_member(self) -> tuple[GroupList, QListWidgetItem] | None:
        for group_list in self.lists:
            items = group_list.selectedItems()
            if items and group_list.hasFocus():
                return group_list, items[0]
        for group_list in self.lists:
            items = group_list.selectedItems()
            if items:
                return group_list, items[0]
        return None

    def toggle_lock(self) -> None:
        found = self.selected_member()
        if found is None:
            self._error(self.tr("Choose a person in a group first."))
            return
        group_list, item = found
        if group_list.round_locked:
            self._error(self.tr("This round is locked; its groups stay as they are."))
            return
        person_id = item.data(PERSON_ROLE)
        locked = not bool(item.data(LOCKED_ROLE))
        self.desk.undo_stack.push(
            LockMemberCommand(self, group_list.group.id, person_id, locked, self._name(person_id))
        )

    def edit_group(self, round_number: int, group_id: str) -> None:
        """Name and room of a group, through :class:`GroupDialog`; undoable."""
        view = self.view
        if view is None or not 1 <= round_number <= len(view.rounds):
            return
        ids = [g.id for g in view.rounds[round_number - 1].groups]
        if group_id not in ids:
            return
        dialog = GroupDialog(view, round_number, ids.index(group_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changes:
            return
        self.desk.undo_stack.push(EditGroupCommand(self, dialog.changes, dialog.group.name))

    def edit_selected_group(self) -> None:
        """F2: name and room of the chosen person's group."""
        found = self.selected_member()
        view = self.view
        if found is None or view is None:
            self._error(self.tr("Choose a person in a group first."))
            return
        group_id = found[0].group.id
        for rnd in view.rounds:
            if any(g.id == group_id for g in rnd.groups):
                self.edit_group(rnd.number, group_id)
                return

    def lock_next_round(self) -> None:
        view = self.view
        if view is None or view.locked_rounds >= len(view.rounds):
            return
        self.desk.undo_stack.push(
            LockRoundsCommand(self, view.id, view.locked_rounds, view.locked_rounds + 1)
        )

    def delete_set(self) -> None:
        view = self.view
        if view is None:
            return
        self.desk.undo_stack.push(DeleteSetCommand(self, view.id, view.name))

    # ------------------------------------------------------------ planning
    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        job = Job(lambda _progress, _cancelled: work())
        job.signals.finished.connect(lambda result, j=job: self._job_done(j, done, result))
        job.signals.failed.connect(lambda message, j=job: self._job_failed(j, message))
        self.job = job
        self.ui.reportLabel.setText(self.tr("Planning the groups…"))
        self.refresh_buttons_busy()
        job.start()

    def refresh_buttons_busy(self) -> None:
        for button in (
            self.ui.newButton,
            self.ui.deleteButton,
            self.ui.replanButton,
            self.ui.addRoundButton,
            self.ui.lockRoundButton,
            self.ui.lockMemberButton,
        ):
            button.setEnabled(False)

    def _job_done(self, job: Job, done: Callable[[object], None], result: object) -> None:
        if job is self.job:
            self.job = None
        done(result)

    def _job_failed(self, job: Job, message: str) -> None:
        if job is self.job:
            self.job = None
        self.refresh()
        self._error(message)

    def new_set(self) -> None:
        if self.job is not None or not self.desk.event_id:
            return
        dialog = GroupSetDialog(self.desk, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.wish is None:
            return
        store, event_id = self.desk.store, self.desk.event_id
        wish, session_id, name = dialog.wish, dialog.session_id, dialog.name or None
        person_ids = dialog.person_ids

        def work() -> str:
            return groups.make_set(
                store, event_id, wish, session_id=session_id, person_ids=person_ids, name=name
            )

        self._run(work, lambda set_id: self.reload_sets(select=str(set_id)))

    def _ask_keep_moves(self, view: groups.GroupSetView) -> bool | None:
        """Whether a re-plan keeps the people moved by hand where they were put
        (None: cancelled). Only asked when an open round has such moves."""
        moved = sum(
            1
            for rnd in view.rounds
            if not rnd.locked
            for g in rnd.groups
            for m in g.members
            if m.moved and not m.locked
        )
        if not moved:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Re-plan"))
        box.setText(
            self.tr(
                "1 person was moved by hand. Keep them where you put them, or re-plan them too?"
            )
            if moved == 1
            else self.tr(
                "{0} people were moved by hand. Keep them where you put them, or re-plan them too?"
            ).format(moved)
        )
        keep = box.addButton(self.tr("Keep manual moves"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Discard manual moves"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return True
        if box.clickedButton() is discard:
            return False
        return None

    def _undoable(self, text: str, work: Callable[[], object], set_id: str) -> None:
        """Run a planning job on a set and put it on the undo stack, so Ctrl+Z
        brings back the groups as they were before it."""
        store = self.desk.store
        before = groups.snapshot_set(store, set_id)

        def done(_result: object) -> None:
            try:
                after = groups.snapshot_set(store, set_id)
            except UserError:
                self.reload_sets()
                return
            self.desk.undo_stack.push(SnapshotCommand(self, text, before, after))
            self.reload_sets()

        self._run(work, done)

    def replan(self) -> None:
        view = self.view
        if view is None or self.job is not None:
            return
        keep_moves = self._ask_keep_moves(view)
        if keep_moves is None:
            return
        store = self.desk.store
        self._undoable(
            self.tr("Re-plan “{0}”").format(view.name),
            lambda: groups.replan(store, view.id, keep_moves=keep_moves),
            view.id,
        )

    def add_round(self) -> None:
        view = self.view
        if view is None or self.job is not None:
            return
        store = self.desk.store
        self._undoable(
            self.tr("Add a round to “{0}”").format(view.name),
            lambda: groups.add_round(store, view.id),
            view.id,
        )

    # ------------------------------------------------------------ projector
    def current_round(self) -> groups.RoundView | None:
        """The round the room is in: the first one not locked, else the last."""
        view = self.view
        if view is None or not view.rounds:
            return None
        index = min(view.locked_rounds, len(view.rounds) - 1)
        return view.rounds[index]

    def show_projector(self) -> None:
        view, rnd = self.view, self.current_round()
        if view is None or rnd is None:
            return
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(self._projector_closed)
        self.countdown.set_seconds(self.ui.minutesSpin.value() * 60)
        self._project(view, rnd)
        available = screens()
        index = self.ui.screenCombo.currentData()
        screen = available[index] if isinstance(index, int) and index < len(available) else None
        self.projector.show_on(screen)
        self.countdown.start()

    def _project(self, view: groups.GroupSetView, rnd: groups.RoundView) -> None:
        assert self.projector is not None
        title = self.tr("Round {0} — {1}").format(rnd.number, view.session_title or view.name)
        self.projector.set_content(GroupsPage(title, rnd, self.countdown))

    def _follow_on_projector(self) -> None:
        """The room sees what the facilitator sees: moves, re-plans and locks
        reach an open projector at once (the countdown runs on)."""
        rnd = self.current_round()
        if self.projector is None or not self.projector.isVisible():
            return
        if self.view is None or rnd is None:
            self.projector.close()
            return
        self._project(self.view, rnd)

    def _projector_closed(self) -> None:
        self.countdown.pause()
