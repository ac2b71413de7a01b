"""The Sync section's figures and times in the UI language, worded by the core.

The status line ("Synced 2 minutes ago — 12 changes not yet sent"), how long
ago a target was synced and when each sync of the history ran are the core's
words (:mod:`wltdesk.sync.exchange`, :mod:`wltdesk.language`), so that the
status bar, the Sync pane and ``wltdesk sync --status`` say the same thing; here
they are asked for in the language the window speaks (Qt's default locale, set
from the language preference), with the venue's time zone and the language's
own digits. :func:`clock_words` says why this laptop's clock looks wrong (in the
Sync pane's words, translation context ``SyncPane``). :func:`message_box` shows a
message with its technical part behind *Show Details…*.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from wltdesk.language import (
    format_ago,
    format_count,
    format_moment,
    format_number,
    normalise_language,
    speaking,
)
from wltdesk.sync import clockwatch, exchange


def ui_language() -> str:
    """The core's code for the language the window speaks ("bn" for a Bengali UI)."""
    return normalise_language(QLocale().name())


def in_ui_language() -> AbstractContextManager[str]:
    """Inside it, the core words its messages in the window's language (on this
    thread: a background job enters it in its own thread)."""
    return speaking(ui_language())


def status_line(state: exchange.SyncStatus) -> str:
    with in_ui_language():
        return state.describe()


def ago(moment: datetime, zone: str) -> str:
    """ "just now", "2 minutes ago", "yesterday at 15:03" — at the venue."""
    return format_ago(moment, zone=zone, language=ui_language())


def when(moment: datetime, zone: str) -> str:
    """The date and time at the venue ("31 Dec 2026, 15:30")."""
    return format_moment(moment, zone, ui_language())


def number(value: int) -> str:
    return format_number(value, ui_language())


def refused_words(refused: tuple[str, ...]) -> tuple[str, str]:
    """Files a sync could not take: a plain line, and each one with why."""
    with in_ui_language():
        return exchange.failure_parts(exchange.refused_text(refused))


def message_box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
) -> QMessageBox:
    """A message window-modal over ``parent``, not waiting for it (the window stays
    live); ``details`` — what went wrong technically — behind *Show Details…*."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def clock_words(warning: clockwatch.ClockWarning) -> str:
    """Why this laptop's clock looks wrong, in the user's language."""
    days = format_count(max(1, round(abs(warning.behind_ms) / 86_400_000)))
    if warning.source == clockwatch.LOG:
        return QCoreApplication.translate(
            "SyncPane",
            "This laptop's clock looks wrong: changes in this store are stamped up to "
            "{0} days ahead of it. Check its date, time and time zone.",
        ).format(days)
    if warning.behind_ms > 0:
        return QCoreApplication.translate(
            "SyncPane",
            "This laptop's clock looks wrong: it is {0} days behind the sync target's "
            "clock. Check its date, time and time zone.",
        ).format(days)
    return QCoreApplication.translate(
        "SyncPane",
        "This laptop's clock looks wrong: it is {0} days ahead of the sync target's "
        "clock. Check its date, time and time zone.",
    ).format(days)
