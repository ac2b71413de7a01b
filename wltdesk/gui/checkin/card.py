"""The desk's card: the one message under the search field, in its state's colours.

Green for a check-in, amber for a late one or a question, grey for "already"
or an undo, red for a refusal: read from the colour scheme in force
(:mod:`wltdesk.gui.palette`) and painted again when the scheme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QLabel

from wltdesk.gui import palette

#: The card's colours (palette states) for each kind of message.
CARD_STATES = {
    "present": "success",
    "late": "warning",
    "already": "neutral",
    "excused": "neutral",
    "undone": "neutral",
    "ask": "warning",
    "loading": "warning",
    "error": "danger",
}


class ConfirmCard(QObject):
    """The check-in pane's ``confirmFrame`` and its ``confirmLabel``."""

    def __init__(self, frame: QFrame, label: QLabel) -> None:
        super().__init__(frame)
        self.frame = frame
        self.label = label
        palette.appearance().changed.connect(self.paint)

    @property
    def kind(self) -> str:
        """The kind of message shown ("" when the card is empty)."""
        return str(self.frame.property("kind") or "")

    def show(self, rich_text: str, kind: str = "") -> None:
        """Say ``rich_text`` as a message of ``kind`` (see :data:`CARD_STATES`); "" hides it."""
        self.label.setText(rich_text)
        self.frame.setVisible(bool(rich_text))
        self.frame.setProperty("kind", kind)
        self.paint()

    def paint(self) -> None:
        """The card in its state's colours (green, amber, red or grey) of the scheme in force."""
        state = CARD_STATES.get(self.kind)
        if state is None:
            self.frame.setStyleSheet("")
            return
        tone = palette.current().tone(state)
        self.frame.setStyleSheet(
            f"#confirmFrame {{ background: {tone.surface}; border: 2px solid {tone.accent};"
            f" border-radius: 6px; }} #confirmFrame QLabel {{ color: {tone.text}; }}"
        )
