"""The round as the facilitator and the room see it: the Run tab and the projector page.

:class:`RoundView` draws a :class:`wltdesk.circles.CircleRunner` on the pane's
Run tab (the prompt, who speaks now and next, the speaking order with the
record so far, the countdown) and on a :class:`CircleProjectorPage`. It only
shows; the pane drives the runner. Its words keep the ``CirclesPane``
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from wltdesk import circles
from wltdesk.gui.circles.labels import clock_text, speaker_text
from wltdesk.gui.forms.ui_circle_projector import Ui_CircleProjectorPage
from wltdesk.gui.forms.ui_circles_pane import Ui_CirclesPane
from wltdesk.gui.palette import STAGE, Tint
from wltdesk.language import format_count


def scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QFont().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def prompt_text(view: circles.CircleView | None) -> str:
    return "\n".join(view.info.prompts) if view else ""


class CircleProjectorPage(QWidget):
    """What the room sees in the projector window: the prompt, who speaks, the time
    left, who is next.

    Text sizes are multiples of the projector window's unit (:meth:`rescale`),
    so the page reads at the back of a hall at 1280×720 and on any projector.
    """

    SIZES = ((1.3, False), (2.6, True), (5.0, True), (1.1, False))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CircleProjectorPage()
        self.ui.setupUi(self)
        self.over = False
        self._labels = (
            self.ui.promptLabel,
            self.ui.speakerLabel,
            self.ui.timeLabel,
            self.ui.nextLabel,
        )
        for label in self._labels:
            label.setStyleSheet(f"color: {STAGE.text};")
        self.rescale(30)

    def show_state(
        self, prompt: str, speaker: str, time_left: str, upcoming: str, over: bool
    ) -> None:
        self.ui.promptLabel.setText(prompt)
        self.ui.speakerLabel.setText(speaker)
        self.ui.timeLabel.setText(time_left)
        self.ui.nextLabel.setText(upcoming)
        if over != self.over:
            self.over = over
            colour = STAGE.danger if over else STAGE.text
            self.ui.timeLabel.setStyleSheet(f"color: {colour};")

    def rescale(self, unit: int) -> None:
        """Called by the projector window whenever its size changes."""
        for label, (factor, bold) in zip(self._labels, self.SIZES, strict=True):
            font = QFont(label.font())
            font.setPixelSize(max(8, round(unit * factor)))
            font.setBold(bold)
            label.setFont(font)


class RoundView:
    """The Run tab's picture of the round, in type the facilitator reads from a step away."""

    def __init__(self, ui: Ui_CirclesPane) -> None:
        self.ui = ui
        scaled(ui.promptLabel, 1.3, bold=True)
        scaled(ui.currentLabel, 2.0, bold=True)
        scaled(ui.nextLabel, 1.15)
        scaled(ui.countdownLabel, 3.6, bold=True)
        #: red over time, grey while paused, in the scheme in force
        self.countdown_tint = Tint(ui.countdownLabel)

    def show(
        self,
        view: circles.CircleView | None,
        runner: circles.CircleRunner | None,
        has_event: bool,
    ) -> None:
        ui = self.ui
        ui.promptLabel.setText(prompt_text(view))
        if view is None or runner is None:
            message = (
                QCoreApplication.translate(
                    "CirclesPane", "Open or create an event (Event menu) first."
                )
                if not has_event
                else QCoreApplication.translate(
                    "CirclesPane", "No circle yet — New… (Ctrl+N) sets one up for a session."
                )
            )
            ui.currentLabel.setText(message)
            ui.nextLabel.clear()
            ui.countdownLabel.clear()
            ui.orderList.clear()
            return
        if not runner.speakers:
            ui.currentLabel.setText(
                QCoreApplication.translate(
                    "CirclesPane", "No speakers — Edit… to tick who sits in the circle."
                )
            )
            ui.nextLabel.clear()
        elif runner.finished:
            turns = runner.turns()
            passed = sum(1 for t in turns if t["passed"])
            ui.currentLabel.setText(
                QCoreApplication.translate("CirclesPane", "The round is complete.")
            )
            ui.nextLabel.setText(
                QCoreApplication.translate(
                    "CirclesPane", "{0} spoke, {1} passed. Back (←) returns to the last speaker."
                ).format(format_count(len(turns) - passed), format_count(passed))
            )
        else:
            assert runner.current is not None
            ui.currentLabel.setText(speaker_text(runner.current))
            upcoming = runner.upcoming
            ui.nextLabel.setText(
                QCoreApplication.translate("CirclesPane", "Next: {0}").format(
                    speaker_text(upcoming)
                )
                if upcoming
                else QCoreApplication.translate("CirclesPane", "Last speaker")
            )
        self.show_order(runner)
        self.show_time(runner)

    def show_order(self, runner: circles.CircleRunner | None) -> None:
        widget = self.ui.orderList
        widget.clear()
        if runner is None:
            return
        for position, speaker in enumerate(runner.speakers):
            record = runner.record(position)
            if position == runner.position:
                state = QCoreApplication.translate("CirclesPane", "◀ now")
            elif record is None:
                state = ""
            elif record[1]:
                state = QCoreApplication.translate("CirclesPane", "passed")
            else:
                state = clock_text(record[0])
            text = f"{format_count(position + 1)}. {speaker_text(speaker)}"
            item = QListWidgetItem(f"{text}   {state}".rstrip(), widget)
            if position == runner.position:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not runner.finished:
            widget.scrollToItem(widget.item(runner.position))

    def show_time(self, runner: circles.CircleRunner | None) -> None:
        ui = self.ui
        if runner is None or runner.finished or not runner.speakers:
            ui.countdownLabel.setText("")
            ui.startButton.setText(QCoreApplication.translate("CirclesPane", "Start"))
            return
        remaining = runner.remaining()
        ui.countdownLabel.setText(clock_text(remaining))
        self.countdown_tint.set_role(
            "danger_text" if remaining < 0 else None if runner.running else "muted_text"
        )
        if runner.running:
            ui.startButton.setText(QCoreApplication.translate("CirclesPane", "Pause"))
        elif runner.elapsed() > 0:
            ui.startButton.setText(QCoreApplication.translate("CirclesPane", "Resume"))
        else:
            ui.startButton.setText(QCoreApplication.translate("CirclesPane", "Start"))

    def project(
        self,
        page: CircleProjectorPage,
        view: circles.CircleView | None,
        runner: circles.CircleRunner | None,
    ) -> None:
        """The same moment on the projector page, in the room's words."""
        if runner is None or runner.finished or runner.current is None:
            done = (
                QCoreApplication.translate("CirclesPane", "The round is complete.")
                if runner and runner.finished
                else ""
            )
            page.show_state(prompt_text(view), done, "", "", False)
            return
        upcoming = runner.upcoming
        remaining = runner.remaining()
        page.show_state(
            prompt_text(view),
            speaker_text(runner.current),
            clock_text(remaining),
            QCoreApplication.translate("CirclesPane", "Next: {0}").format(speaker_text(upcoming))
            if upcoming
            else "",
            remaining < 0,
        )
