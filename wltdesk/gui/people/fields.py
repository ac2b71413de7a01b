"""A person's fields as the GUI shows and checks them: labels, limits, form checks.

The People pane, the person dialog, the roster import's column choices and the
Sync pane's conflict review all name person fields the same way, in the UI
language (translation context ``People``). The checks are the ones a form
makes before the ``people`` service is asked: what the service lets through
but a facilitator should be told about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from wltdesk import people
from wltdesk.errors import UserError
from wltdesk.language import format_count


def field_label(key: str) -> str:
    """A person field's name in the UI language (column headers, forms, mapping)."""
    labels = {
        "role": QCoreApplication.translate("People", "Role"),
        "display_name": QCoreApplication.translate("People", "Name"),
        "local_name": QCoreApplication.translate("People", "Name in local script"),
        "wiki_username": QCoreApplication.translate("People", "Wiki username"),
        "email": QCoreApplication.translate("People", "Email"),
        "phone": QCoreApplication.translate("People", "Phone"),
        "region": QCoreApplication.translate("People", "Region"),
        "affiliation": QCoreApplication.translate("People", "Affiliation"),
        "gender": QCoreApplication.translate("People", "Gender"),
        "pronouns": QCoreApplication.translate("People", "Pronouns"),
        "languages": QCoreApplication.translate("People", "Languages"),
        "photo_consent": QCoreApplication.translate("People", "Photo consent"),
        "list_consent": QCoreApplication.translate("People", "On the published list"),
        "badge_code": QCoreApplication.translate("People", "Badge code"),
        "notes": QCoreApplication.translate("People", "Notes"),
    }
    return labels.get(key, key)


def role_label(role: str | None) -> str:
    labels = {
        "participant": QCoreApplication.translate("People", "participant"),
        "facilitator": QCoreApplication.translate("People", "facilitator"),
        "organizer": QCoreApplication.translate("People", "organizer"),
    }
    return labels.get(role or "", role or "")


def consent_label(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("People", "not asked")
    return (
        QCoreApplication.translate("People", "yes")
        if value
        else QCoreApplication.translate("People", "no")
    )


def field_limit(key: str) -> int | None:
    """The most characters a field holds."""
    return people.FIELD_LENGTHS.get(key)


def check_values(values: Mapping[str, Any]) -> None:
    """What the people service lets through but a form should not: raises UserError."""
    if "badge_code" in values and not (values["badge_code"] or "").strip():
        raise UserError(QCoreApplication.translate("People", "A badge code cannot be empty."))
    email = (values.get("email") or "").strip()
    if email and not people.valid_email(email):
        raise UserError(
            QCoreApplication.translate("People", "“{0}” is not an email address.").format(email)
        )
    for key, value in values.items():
        limit = field_limit(key)
        if isinstance(value, str) and limit and len(value.strip()) > limit:
            raise UserError(
                QCoreApplication.translate("People", "{0} is longer than {1} characters.").format(
                    field_label(key), format_count(limit)
                )
            )
