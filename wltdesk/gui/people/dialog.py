"""The person dialog: add a person, or edit every field of one.

Saving goes through :class:`~wltdesk.gui.people.model.PeopleModel`, so the
change is checked, written by the ``people`` service and undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLineEdit, QWidget

from wltdesk.errors import UserError
from wltdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from wltdesk.gui.palette import Tint
from wltdesk.gui.people.fields import consent_label, field_limit, role_label
from wltdesk.gui.people.model import PeopleModel
from wltdesk.store.models import PERSON_ROLES, Person

#: Text fields of the form: field → line edit attribute of the compiled form.
FORM_EDITS = {
    "display_name": "nameEdit",
    "local_name": "localNameEdit",
    "badge_code": "badgeEdit",
    "region": "regionEdit",
    "affiliation": "affiliationEdit",
    "wiki_username": "wikiEdit",
    "email": "emailEdit",
    "phone": "phoneEdit",
    "gender": "genderEdit",
    "pronouns": "pronounsEdit",
    "languages": "languagesEdit",
}


class PersonDialog(QDialog):
    """Add a person, or edit all fields of one; saving goes through the model (undoable).

    ``person_id`` holds the saved person after the dialog is accepted. A
    refused save (an email that is not one, a badge code in use) is explained
    in the dialog, which stays open.
    """

    def __init__(
        self, model: PeopleModel, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.person = person
        self.person_id: str | None = person.id if person else None
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        for role in PERSON_ROLES:
            self.ui.roleCombo.addItem(role_label(role), role)
        for combo in (self.ui.photoCombo, self.ui.listCombo):
            for value in (None, True, False):
                combo.addItem(consent_label(value), value)
        for key, name in FORM_EDITS.items():
            limit = field_limit(key)
            if limit:
                getattr(self.ui, name).setMaxLength(limit)
        self._complete(self.ui.regionEdit, "region")
        self._complete(self.ui.affiliationEdit, "affiliation")
        Tint(self.ui.errorLabel, "danger_text")
        self.ui.errorLabel.hide()
        if person is None:
            self.setWindowTitle(self.tr("Add person"))
        else:
            self.setWindowTitle(self.tr("Edit {0}").format(person.display_name))
            self.ui.badgeEdit.setPlaceholderText("")
            self._fill(person)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.nameEdit.textChanged.connect(self._name_changed)
        self._name_changed(self.ui.nameEdit.text())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.setFocus()

    def _complete(self, edit: QLineEdit, key: str) -> None:
        known = sorted({getattr(p, key) for p in self.model.people if getattr(p, key)})
        completer = QCompleter(known, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def _fill(self, person: Person) -> None:
        for key, name in FORM_EDITS.items():
            getattr(self.ui, name).setText(getattr(person, key) or "")
        self.ui.roleCombo.setCurrentIndex(max(self.ui.roleCombo.findData(person.role), 0))
        self.ui.photoCombo.setCurrentIndex([None, True, False].index(person.photo_consent))
        self.ui.listCombo.setCurrentIndex([None, True, False].index(person.list_consent))
        self.ui.notesEdit.setPlainText(person.notes or "")

    def _name_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def values(self) -> dict[str, Any]:
        """The form as person fields (blank text as None)."""
        values: dict[str, Any] = {
            key: getattr(self.ui, name).text().strip() or None for key, name in FORM_EDITS.items()
        }
        values["role"] = self.ui.roleCombo.currentData()
        values["photo_consent"] = self.ui.photoCombo.currentData()
        values["list_consent"] = self.ui.listCombo.currentData()
        values["notes"] = self.ui.notesEdit.toPlainText().strip() or None
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            if self.person is None:
                self.person_id = self.model.add(values)
            else:
                if values["badge_code"] is None:  # left empty: keep the code on the badge
                    del values["badge_code"]
                changed = {k: v for k, v in values.items() if v != getattr(self.person, k)}
                if changed:
                    self.model.change(self.person.id, changed)
        except UserError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        super().accept()
