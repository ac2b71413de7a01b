"""The Groups section: form breakout groups, see each round's groups at once, move people, project.

Everything is done by :mod:`wltdesk.groups`; the pane shows a
:class:`~wltdesk.groups.GroupSetView` and turns gestures into service calls.
Dragging a person onto another group of the same round is a manual move, and
locking a person or a round goes on the Desk's undo stack like every other
edit. A group's header opens :class:`~wltdesk.gui.groups.dialogs.GroupDialog`
(double-click, context menu or F2) to set its name and room, by default for
the same group in every round, since "Group 3 meets in Lab 2" usually holds
all day. Planning (a new set, a re-plan, another round) runs in the thread
pool, so the window never freezes while the engine searches; each goes on the
undo stack as a before/after snapshot of the set, so Ctrl+Z brings back the
groups a re-plan replaced.

The parts live next to it: the board of rounds in
:mod:`~wltdesk.gui.groups.board`, the dialogs in
:mod:`~wltdesk.gui.groups.dialogs`, buttons and shortcuts in
:mod:`~wltdesk.gui.groups.controls`, undo in :mod:`~wltdesk.gui.groups.undo`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from wltdesk import groups
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_groups_pane import Ui_GroupsPane
from wltdesk.gui.groups.board import (
    LOCKED_ROLE,
    PERSON_ROLE,
    GroupList,
    GroupTitle,
    clear_columns,
    current_round,
    member_name,
    round_column,
    selected_member,
)
from wltdesk.gui.groups.controls import GroupControls
from wltdesk.gui.groups.dialogs import GroupDialog, GroupSetDialog, ask_keep_moves
from wltdesk.gui.groups.undo import (
    DeleteSetCommand,
    EditGroupCommand,
    LockMemberCommand,
    LockRoundsCommand,
    MoveMemberCommand,
    SnapshotCommand,
)
from wltdesk.gui.jobs import Job
from wltdesk.gui.projector import Countdown, GroupsPage, ProjectorWindow, screens
from wltdesk.language import format_count


class GroupsPane(QWidget):
    """See the module docstring."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_GroupsPane()
        self.ui.setupUi(self)
        palette.hint(self.ui.hintLabel)
        self.view: groups.GroupSetView | None = None
        self.lists: list[GroupList] = []
        self.titles: list[GroupTitle] = []  # the group headers, in the order of ``lists``
        self.job: Job | None = None
        self.projector: ProjectorWindow | None = None
        self.countdown = Countdown(15 * 60, self)
        self._rounds_layout = QVBoxLayout(self.ui.roundsHost)
        self._rounds_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.controls = GroupControls(self)
        for number, screen in enumerate(screens(), 1):
            self.ui.screenCombo.addItem(
                self.tr("Screen {0}: {1}").format(format_count(number), screen.name()), number - 1
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
                    summary.name, format_count(summary.people), format_count(summary.rounds)
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
        clear_columns(self._rounds_layout)
        self.lists = []
        self.titles = []
        view = self.view
        self.controls.update_buttons()
        if view is None:
            self.ui.lockRoundButton.setText(self.tr("Lock round"))
            self.ui.reportLabel.setText(
                self.tr("No groups yet. “New groups…” forms them from a session's check-ins.")
            )
            self._follow_on_projector()
            return
        following = view.locked_rounds + 1
        if following <= len(view.rounds):
            text = self.tr("Lock round {0}").format(format_count(following))
            self.ui.lockRoundButton.setText(text)
        else:
            self.ui.lockRoundButton.setText(self.tr("All rounds locked"))
        for rnd in view.rounds:
            heading = (
                self.tr("Round {0} (locked)").format(format_count(rnd.number))
                if rnd.locked
                else self.tr("Round {0}").format(format_count(rnd.number))
            )
            column, titles, lists = round_column(rnd, heading)
            for group, title, members in zip(rnd.groups, titles, lists, strict=True):
                members.dropped.connect(self.drop_person)
                title.edit_requested.connect(lambda n=rnd.number, g=group.id: self.edit_group(n, g))
            self.lists += lists
            self.titles += titles
            self._rounds_layout.addWidget(column)
        self.ui.reportLabel.setText("\n".join(view.report))
        self._follow_on_projector()

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
        self.desk.undo_stack.push(MoveMemberCommand(self, move, member_name(self.lists, person_id)))

    def toggle_lock(self) -> None:
        found = selected_member(self.lists)
        if found is None:
            self._error(self.tr("Choose a person in a group first."))
            return
        group_list, item = found
        if group_list.round_locked:
            self._error(self.tr("This round is locked; its groups stay as they are."))
            return
        person_id = item.data(PERSON_ROLE)
        locked = not bool(item.data(LOCKED_ROLE))
        name = member_name(self.lists, person_id)
        self.desk.undo_stack.push(
            LockMemberCommand(self, group_list.group.id, person_id, locked, name)
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
        found = selected_member(self.lists)
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
        self.controls.busy()
        job.start()

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
        keep_moves = ask_keep_moves(self, view)
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
    def show_projector(self) -> None:
        view, rnd = self.view, current_round(self.view)
        if view is None or rnd is None:
            return
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(self._projector_closed)
            self.controls.follow_projector(self.projector)
        self.countdown.set_seconds(self.ui.minutesSpin.value() * 60)
        self._project(view, rnd)
        available = screens()
        index = self.ui.screenCombo.currentData()
        screen = available[index] if isinstance(index, int) and index < len(available) else None
        self.projector.show_on(screen)
        self.countdown.start()

    def _project(self, view: groups.GroupSetView, rnd: groups.RoundView) -> None:
        assert self.projector is not None
        title = self.tr("Round {0} — {1}").format(
            format_count(rnd.number), view.session_title or view.name
        )
        self.projector.set_content(GroupsPage(title, rnd, self.countdown, keys=False))

    def turn_page(self, step: int) -> None:
        """Page Down / Page Up on the projector: the next or previous page of groups."""
        page = self.projector.content() if self.projector is not None else None
        if isinstance(page, GroupsPage):
            page.turn(step)

    def _follow_on_projector(self) -> None:
        """The room sees what the facilitator sees: moves, re-plans and locks
        reach an open projector at once (the countdown runs on)."""
        rnd = current_round(self.view)
        if self.projector is None or not self.projector.isVisible():
            return
        if self.view is None or rnd is None:
            self.projector.close()
            return
        self._project(self.view, rnd)

    def _projector_closed(self) -> None:
        self.countdown.pause()
