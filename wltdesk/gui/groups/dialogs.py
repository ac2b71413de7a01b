"""The Groups pane's dialogs: what groups to form, and a group's name and room.

:class:`GroupSetDialog` gathers a :class:`wltdesk.groups.Wish` (session or
chosen people, size or count, rounds, balance fields, constraints by name);
:class:`GroupDialog` renames a group or gives it a room, in one round or all.
Both explain a refusal and stay open. :func:`ask_keep_moves` asks before a
re-plan whether people moved by hand stay where they were put; its words keep
the ``GroupsPane`` translation context.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from wltdesk import agenda, grouping, groups
from wltdesk import people as people_service
from wltdesk.errors import UserError
from wltdesk.events import local_now
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_group_dialog import Ui_GroupDialog
from wltdesk.gui.forms.ui_group_set_dialog import Ui_GroupSetDialog
from wltdesk.gui.groups.board import PERSON_ROLE
from wltdesk.gui.groups.undo import NameAndRoom
from wltdesk.language import format_count, format_date


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
                        format_count(rnd.number), clash.name
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
                format_date(session.starts_at, "EEEHm"), session.title, format_count(count)
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
            text = self.tr("{0} — {1} values").format(label, format_count(choice.values))
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
        sizes = (
            f"{format_count(small)}–{format_count(small + 1)}" if extra else format_count(small)
        )
        self.ui.countLabel.setText(
            self.tr("{0} people in {1} groups of {2}").format(
                format_count(people), format_count(count), sizes
            )
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


def _local_now(desk: Desk) -> datetime:
    assert desk.current_event is not None
    return local_now(desk.current_event)


def ask_keep_moves(parent: QWidget, view: groups.GroupSetView) -> bool | None:
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
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("GroupsPane", "Re-plan"))
    box.setText(
        QCoreApplication.translate(
            "GroupsPane",
            "1 person was moved by hand. Keep them where you put them, or re-plan them too?",
        )
        if moved == 1
        else QCoreApplication.translate(
            "GroupsPane",
            "{0} people were moved by hand. Keep them where you put them, or re-plan them too?",
        ).format(format_count(moved))
    )
    keep = box.addButton(
        QCoreApplication.translate("GroupsPane", "Keep manual moves"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("GroupsPane", "Discard manual moves"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is keep:
        return True
    if box.clickedButton() is discard:
        return False
    return None
