"""How the circle screens say things: clock times, speakers and the labels of choices.

The pane, its dialogs, its notes and the projector page share these. The
words keep the ``CirclesPane`` translation context they have always had.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt

from wltdesk import circles
from wltdesk.language import locale_digits

#: The id a list item stands for (a person, a prompt, a circle).
PersonRole = Qt.ItemDataRole.UserRole + 1


def clock_text(seconds: float) -> str:
    """m:ss as a countdown reads (0.4 s left is still 0:01), with a minus sign once
    a speaker is over time, in the UI language's digits."""
    whole = math.ceil(seconds) if seconds >= 0 else math.floor(-seconds)
    sign = "−" if seconds < 0 and whole > 0 else ""
    return locale_digits(f"{sign}{whole // 60}:{whole % 60:02d}")


def visibility_labels() -> dict[str, str]:
    return {
        "private": QCoreApplication.translate("CirclesPane", "Private — only me"),
        "organizers": QCoreApplication.translate("CirclesPane", "Organizers"),
        "public": QCoreApplication.translate("CirclesPane", "Public — in the report"),
    }


def order_labels() -> dict[str, str]:
    return {
        "random": QCoreApplication.translate("CirclesPane", "Random"),
        "seated": QCoreApplication.translate("CirclesPane", "As seated"),
        "manual": QCoreApplication.translate("CirclesPane", "By hand"),
    }


def audience_labels() -> dict[str, str]:
    return {
        "facilitator": QCoreApplication.translate(
            "CirclesPane", "Me, the facilitator (every note)"
        ),
        "organizers": QCoreApplication.translate("CirclesPane", "Organizers"),
        "public": QCoreApplication.translate("CirclesPane", "The public report"),
    }


def language_labels() -> dict[str, str]:
    return {
        "both": QCoreApplication.translate("CirclesPane", "English and Bengali"),
        "en": QCoreApplication.translate("CirclesPane", "English"),
        "bn": QCoreApplication.translate("CirclesPane", "Bengali"),
    }


def speaker_text(speaker: circles.Speaker) -> str:
    if speaker.local_name and speaker.local_name != speaker.display_name:
        return f"{speaker.display_name} ({speaker.local_name})"
    return speaker.display_name


def short(text: str, length: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
