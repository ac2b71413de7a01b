"""A spin box for a short duration, typed the way people say it: "3" is three minutes.

A :class:`~PySide6.QtWidgets.QTimeEdit` takes digits only section by section,
two at a time, and drops them when the cursor sits at the end of a full
section (where a mouse click leaves it): facilitators typed "3" and kept
2:00. :class:`DurationSpinBox` holds seconds and shows ``m:ss``; it reads
"3" as 3:00, "1:30" as a minute and a half and ":45" as 45 seconds, Up and
Down step by a quarter minute, and a click selects the whole text so typing
replaces it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from wltdesk.language import locale_digits

_TYPED = re.compile(r"^\s*(\d{0,2})\s*(?::\s*(\d{0,2}))?\s*$")


def parse_duration(text: str) -> int | None:
    """Seconds in ``m``, ``m:ss`` or ``:ss`` (a bare number is minutes); None if not one."""
    found = _TYPED.match(text)
    if found is None or not (found.group(1) or found.group(2)):
        return None
    minutes = int(found.group(1) or 0)
    seconds = int(found.group(2) or 0)
    if seconds > 59:
        return None
    return minutes * 60 + seconds


def duration_text(seconds: int) -> str:
    """``m:ss`` in the UI language's digits (typing takes Latin and Bengali digits alike)."""
    return locale_digits(f"{seconds // 60}:{seconds % 60:02d}")


class DurationSpinBox(QSpinBox):
    """Seconds, shown and typed as ``m:ss``; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(10, 59 * 60 + 59)
        self.setSingleStep(15)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def textFromValue(self, value: int) -> str:
        return duration_text(value)

    def valueFromText(self, text: str) -> int:
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> QValidator.State:
        if not _TYPED.match(text):
            return QValidator.State.Invalid
        seconds = parse_duration(text)
        if seconds is None:
            # "", "3:" or "1:7" on the way to "1:75"? seconds over 59 are refused
            found = _TYPED.match(text)
            late = found.group(2) if found else None
            if late and int(late) > 59:
                return QValidator.State.Invalid
            return QValidator.State.Intermediate
        if seconds > self.maximum():
            return QValidator.State.Invalid
        if seconds < self.minimum():
            return QValidator.State.Intermediate  # "0" on the way to "0:45"
        return QValidator.State.Acceptable

    def fixup(self, text: str) -> str:
        seconds = parse_duration(text)
        if seconds is None:
            return duration_text(self.value())
        return duration_text(min(max(seconds, self.minimum()), self.maximum()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            # after the click has placed the cursor: select all, so typing replaces
            QTimer.singleShot(0, self.selectAll)
