"""The Plans pane's dialog: a new plan, blank or from a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from wltdesk import plans
from wltdesk.errors import UserError
from wltdesk.gui.forms.ui_plan_dialog import Ui_PlanDialog

if TYPE_CHECKING:
    from wltdesk.gui.plans.pane import PlansPane


class PlanDialog(QDialog):
    """A new plan, blank or from a template; ``plan_id`` holds it once accepted."""

    def __init__(self, pane: PlansPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.plan_id: str | None = None
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self.ui.templateCombo.addItem(self.tr("Blank plan"), "")
        for template in plans.templates():
            self.ui.templateCombo.addItem(f"{template.title} — {template.title_bn}", template.key)
        self.ui.languageCombo.addItem(self.tr("English"), "en")
        self.ui.languageCombo.addItem("বাংলা (Bengali)", "bn")
        self.ui.groupCombo.addItem(self.tr("(no group)"), "")
        desk = pane.desk
        event_id = desk.event_id or ""
        self.groups = plans.group_choices(desk.store, event_id)
        for group in self.groups:
            label = f"{group.name} ({group.region})" if group.region else group.name
            self.ui.groupCombo.addItem(f"{label} — {group.set_name}", group.id)
        self.ui.regionCombo.addItem("")
        self.ui.regionCombo.addItems(plans.regions(desk.store, event_id))
        self.ui.regionCombo.setCurrentText("")
        self.ui.templateCombo.currentIndexChanged.connect(self._template_chosen)
        self.ui.languageCombo.currentIndexChanged.connect(self._template_chosen)
        self.ui.groupCombo.currentIndexChanged.connect(self._group_chosen)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._template_chosen()

    def _template_chosen(self) -> None:
        key = self.ui.templateCombo.currentData()
        self.ui.languageCombo.setEnabled(bool(key))
        if key:
            title, goal = plans.get_template(key).localized(self.ui.languageCombo.currentData())
            self.ui.titleEdit.setPlaceholderText(title)
            self.ui.goalEdit.setPlaceholderText(goal)
        else:
            self.ui.titleEdit.setPlaceholderText(self.tr("e.g. Rangpur outreach 2026"))
            self.ui.goalEdit.setPlaceholderText(self.tr("The goal or vision of the plan"))

    def _group_chosen(self) -> None:
        group_id = self.ui.groupCombo.currentData()
        group = next((g for g in self.groups if g.id == group_id), None)
        if group is not None and group.region and not self.ui.regionCombo.currentText():
            self.ui.regionCombo.setCurrentText(group.region)

    def accept(self) -> None:
        desk = self.pane.desk
        if desk.event_id is None:
            return
        key = self.ui.templateCombo.currentData()
        title = self.ui.titleEdit.text().strip()
        region = self.ui.regionCombo.currentText().strip() or None
        group_id = self.ui.groupCombo.currentData() or None
        goal = self.ui.goalEdit.toPlainText().strip() or None
        try:
            if key:
                self.plan_id = plans.create_from_template(
                    desk.store,
                    desk.event_id,
                    key,
                    title=title or None,
                    region=region,
                    group_id=group_id,
                    goal=goal,
                    language=self.ui.languageCombo.currentData(),
                )
            else:
                self.plan_id = plans.create_plan(
                    desk.store, desk.event_id, title, goal=goal, region=region, group_id=group_id
                )
        except UserError as exc:
            self.pane.show_error(str(exc))
            return
        super().accept()
