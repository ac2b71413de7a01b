"""The second window: full screen on a projector, large type, a countdown.

:class:`ProjectorWindow` is the one mechanism every feature uses to show
something to the room (groups now, the circle runner too): put any widget in
it with :meth:`ProjectorWindow.set_content`, show it full screen on a chosen
screen with :meth:`ProjectorWindow.show_on`, and Esc closes it. Its font
scales with the window height (:meth:`ProjectorWindow.unit`), so what is
readable at 1280×720 stays readable on any projector; content widgets size
their text in multiples of that unit.

:class:`Countdown` is a plain timer (start, pause, add time, finished) and
:class:`CountdownView` shows one in large digits; both are reusable on their
own. :class:`GroupsPage` is the groups' projector page: one round, every group
in its colour with its name, room and members in both scripts, and the
breakout countdown.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wltdesk.groups import GroupView, RoundView
from wltdesk.gui.palette import LIGHT, STAGE, group_card
from wltdesk.language import format_count, locale_digits

#: Names smaller than this share of the unit (18 px at 720 lines) are hard to
#: read from the back of a room; groups that would need smaller type are paged.
READABLE = 0.6
#: How long a page of groups stays before the next one turns in.
PAGE_SECONDS = 12


def screens() -> list[QScreen]:
    """The screens a projector window can go to, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return [primary, *others] if primary is not None else others


def default_screen() -> QScreen | None:
    """The screen a projector most likely is: the last non-primary one, else the primary."""
    found = screens()
    return found[-1] if found else None


class Countdown(QObject):
    """A countdown in whole seconds that survives pauses and a busy GUI thread.

    Time is measured with a monotonic clock, not by counting ticks, so a slow
    repaint never makes the room's timer run late.
    """

    #: Seconds left, emitted at least once a second while running and on every change.
    changed = Signal(int)
    finished = Signal()

    def __init__(self, seconds: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total = max(0, seconds)
        self._left_at_start = self._total
        self._started: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._tick)
        self._last = self._total

    @property
    def running(self) -> bool:
        return self._started is not None

    def remaining(self) -> int:
        if self._started is None:
            return self._left_at_start
        elapsed = time.monotonic() - self._started
        return max(0, math.ceil(self._left_at_start - elapsed))

    def set_seconds(self, seconds: int) -> None:
        """Reset to ``seconds`` and stop."""
        self._timer.stop()
        self._started = None
        self._total = self._left_at_start = max(0, seconds)
        self._emit()

    def start(self) -> None:
        if self._started is None and self._left_at_start > 0:
            self._started = time.monotonic()
            self._timer.start()
            self._emit()

    def pause(self) -> None:
        if self._started is not None:
            self._left_at_start = self.remaining()
            self._started = None
            self._timer.stop()
            self._emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: int) -> None:
        """Give more (or, negative, less) time, running or not."""
        left = max(0, self.remaining() + seconds)
        if self._started is not None:
            self._started = time.monotonic()
        self._left_at_start = left
        self._emit()

    def reset(self) -> None:
        self.set_seconds(self._total)

    def _tick(self) -> None:
        self._emit()
        if self.remaining() == 0 and self._started is not None:
            self._started = None
            self._left_at_start = 0
            self._timer.stop()
            self.finished.emit()

    def _emit(self) -> None:
        left = self.remaining()
        self._last = left
        self.changed.emit(left)


def clock_text(seconds: int) -> str:
    """``m:ss`` (or ``h:mm:ss``), the way a room reads a timer, in the UI language's digits."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return locale_digits(text)


class CountdownView(QLabel):
    """Large digits for a :class:`Countdown`; amber in the last minute, red at zero."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("countdown")
        countdown.changed.connect(self._show)
        self._show(countdown.remaining())

    def _show(self, seconds: int) -> None:
        self.setText(clock_text(seconds))
        colour = STAGE.danger if seconds == 0 else STAGE.warning if seconds <= 60 else STAGE.text
        self.setStyleSheet(f"color: {colour}; font-weight: 700;")


class ProjectorWindow(QWidget):
    """A top-level window for the room; see the module docstring."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("WLT Desk — projector"))
        self.setObjectName("projector")
        # The window itself takes the focus (see show_on), so that keys given to
        # it (Esc, and the actions a pane adds, e.g. the circle runner's) work.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the stage is dark whatever the desk's scheme (see palette.Stage)
        self.setStyleSheet(f"#projector {{ background: {STAGE.background}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(STAGE.background))
        self.setPalette(palette)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The screen decides the size, never the content: the pages shrink
        # their type to fit (a window taller than a 720-line projector would
        # put the last row of groups off screen).
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._content: QWidget | None = None
        self.resize(1280, 720)

    def content(self) -> QWidget | None:
        return self._content

    def set_content(self, widget: QWidget) -> None:
        """Show ``widget`` (the window takes it over; the previous content is deleted)."""
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.deleteLater()
        self._content = widget
        self._layout.addWidget(widget)
        self._rescale()

    def show_on(self, screen: QScreen | None = None, full_screen: bool = True) -> None:
        """Show on ``screen`` (the likely projector by default), full screen."""
        target = screen or default_screen()
        if target is not None:
            self.setScreen(target)
            self.move(target.geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        # Qt gives a window without focusable children no focus widget, and keys
        # meant for the window's actions would go nowhere: it takes the focus itself.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot
            self.raise_()

    def unit(self) -> int:
        """The base text size in pixels: 1/24 of the window height (30 px at 720)."""
        return max(12, self.height() // 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.unit())
        self.setFont(font)
        rescale = getattr(self._content, "rescale", None)
        if callable(rescale):
            rescale(self.unit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class _GroupCard(QFrame):
    """One group on the projector: its colour, name, room and members."""

    def __init__(self, group: GroupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        card = group_card(group.colour, LIGHT)  # the paper colours, on the dark stage too
        self.setObjectName("groupCard")
        self.setStyleSheet(
            f"#groupCard {{ background: {card.surface}; border-radius: 10px; }}"
            f" QLabel {{ color: {card.text}; background: transparent; }}"
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.title = QLabel(group.name)
        self.title.setObjectName("groupTitle")
        self.room = QLabel(group.room or "")
        self.room.setVisible(bool(group.room))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.room)
        layout.addLayout(head)
        self.names: list[QLabel] = []
        for member in group.members:
            text = member.display_name
            if member.local_name and member.local_name != member.display_name:
                text = f"{member.display_name} · {member.local_name}"
            label = QLabel(text)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
            self.names.append(label)
        layout.addStretch(1)

    def rescale(self, pixels: int) -> None:
        for label in (self.title, self.room):
            font = QFont(label.font())
            font.setPixelSize(int(pixels * 1.15))
            font.setBold(True)
            label.setFont(font)
        for label in self.names:
            font = QFont(label.font())
            font.setPixelSize(pixels)
            label.setFont(font)


def breakout_keys(
    owner: QObject, countdown: Countdown, turn: Callable[[int], None]
) -> list[QAction]:
    """The facilitator's keys while the room watches the groups: Space starts or
    pauses the breakout time, + and - give or take a minute, R starts it over,
    Page Down and Page Up turn the pages. Add them to the window that shows the
    groups; ``owner`` keeps them (a pane lists them on its Help sheet)."""
    translate = QCoreApplication.translate
    keys: list[tuple[str, list[Qt.Key], Callable[[], None]]] = [
        (
            translate("GroupsPage", "Projector: start or pause the breakout time"),
            [Qt.Key.Key_Space],
            countdown.toggle,
        ),
        (
            translate("GroupsPage", "Projector: a minute more"),
            [Qt.Key.Key_Plus, Qt.Key.Key_Equal],
            lambda: countdown.add(60),
        ),
        (
            translate("GroupsPage", "Projector: a minute less"),
            [Qt.Key.Key_Minus],
            lambda: countdown.add(-60),
        ),
        (
            translate("GroupsPage", "Projector: start the time over"),
            [Qt.Key.Key_R],
            countdown.reset,
        ),
        (
            translate("GroupsPage", "Projector: next page of groups"),
            [Qt.Key.Key_PageDown],
            lambda: turn(1),
        ),
        (
            translate("GroupsPage", "Projector: previous page of groups"),
            [Qt.Key.Key_PageUp],
            lambda: turn(-1),
        ),
    ]
    actions = []
    for text, shortcuts, slot in keys:
        action = QAction(text, owner)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        actions.append(action)
    return actions


class GroupsPage(QWidget):
    """A round of groups for the room, with the breakout countdown on top.

    It takes the breakout keys (:func:`breakout_keys`) itself unless ``keys`` is
    False: the Groups pane gives them to its projector window instead, so they
    are on its Help sheet."""

    def __init__(
        self,
        title: str,
        round_view: RoundView,
        countdown: Countdown,
        parent: QWidget | None = None,
        keys: bool = True,
    ) -> None:
        super().__init__(parent)
        self.countdown = countdown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        top = QHBoxLayout()
        self.heading = QLabel(title)
        self.heading.setStyleSheet(f"color: {STAGE.text}; font-weight: 700;")
        self.clock = CountdownView(countdown)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.heading, 1)
        top.addSpacing(24)
        top.addWidget(self.clock)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.title = title
        self.all_cards = [_GroupCard(group) for group in round_view.groups]
        #: The cards on screen: all of them, or one page's when they do not fit.
        self.cards = list(self.all_cards)
        self._measure()
        self.columns = self.rows = 0
        self.page = 0
        self.pages = 1
        self._per_page = len(self.all_cards)
        self._unit = 0
        self._busy = False
        layout.addLayout(self.grid, 1)
        # Many groups would need type too small to read from the back of the
        # room: they are shown a page at a time, turning by themselves.
        self.turner = QTimer(self)
        self.turner.setInterval(PAGE_SECONDS * 1000)
        self.turner.timeout.connect(lambda: self.turn(1))
        if keys:
            self.addActions(breakout_keys(self, countdown, self.turn))

    def _show_cards(self, cards: list[_GroupCard]) -> None:
        """Put ``cards`` on screen (the others leave the grid, hidden)."""
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
        self.cards = cards
        self.columns = 0
        for card in cards:
            card.show()
        self._measure()

    def _measure(self) -> None:
        """What :meth:`_fit` needs of the cards on screen, measured once per page
        rather than once per column count tried: the longest group and the
        widest line at 100 px."""
        self._most = max((len(card.names) for card in self.cards), default=1)
        probe = QFont(self.font())
        probe.setPixelSize(100)
        metrics = QFontMetrics(probe)
        texts = [label.text() for card in self.cards for label in card.names] + [
            card.title.text() + "  " + card.room.text() for card in self.cards
        ]
        self._widest = max((metrics.horizontalAdvance(t) for t in texts), default=1)

    def _page_cards(self, per_page: int, page: int) -> list[_GroupCard]:
        return self.all_cards[page * per_page : (page + 1) * per_page]

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
            card.show()  # a layout hides a widget it takes until told otherwise
        self.columns = columns
        self.rows = max(1, math.ceil(len(self.cards) / columns))
        for c in range(len(self.cards) + 1):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
            self.grid.setRowStretch(c, 1 if c < self.rows else 0)

    def _fit(self, unit: int, columns: int) -> int:
        """The largest name size (pixels) that fits the cards with ``columns`` columns."""
        rows = max(1, math.ceil(len(self.cards) / columns))
        height = max(1, self.height() - 3 * unit - 12 * rows)
        by_height = height / (rows * (self._most + 1.6)) / 1.3
        width = max(1, (self.width() - 32 - 12 * (columns - 1)) / columns - 22)
        by_width = width * 100 / max(1, self._widest)
        return int(min(unit * 1.4, by_height, by_width))

    def rescale(self, unit: int) -> None:
        """The fewest pages whose names are readable (at least :data:`READABLE` of
        the unit), each laid out with the largest type that fits."""
        if not self.all_cards or self._busy:
            return  # laying out resizes the page, which would come back here
        self._busy = True
        try:
            self._paginate(unit)
        finally:
            self._busy = False

    def _paginate(self, unit: int) -> None:
        self._unit = unit
        for label, factor in ((self.heading, 1.3), (self.clock, 1.8)):
            font = QFont(label.font())
            font.setPixelSize(int(unit * factor))
            label.setFont(font)
        readable = unit * READABLE
        total = len(self.all_cards)
        pages = 1
        while True:
            per_page = math.ceil(total / pages)
            self._show_cards(self._page_cards(per_page, 0))
            # the estimate first, which is cheap; the real layout has the last word
            estimate = max(self._fit(unit, c) for c in range(1, per_page + 1))
            last = per_page == 1
            if (estimate >= readable or last) and (self._layout_page(unit) >= readable or last):
                break
            pages = math.ceil(total / (per_page - 1))
        self.pages = math.ceil(total / per_page)
        self._per_page = per_page
        self.page = min(self.page, self.pages - 1)
        if self.page:
            self._show_cards(self._page_cards(per_page, self.page))
            self._layout_page(unit)
        self._heading_text()
        if self.pages > 1 and not self.turner.isActive():
            self.turner.start()
        elif self.pages == 1:
            self.turner.stop()

    def turn(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) page of groups."""
        if self.pages < 2 or self._busy:
            return
        self._busy = True
        try:
            self.page = (self.page + step) % self.pages
            self._show_cards(self._page_cards(self._per_page, self.page))
            self._layout_page(self._unit)
            self._heading_text()
        finally:
            self._busy = False
        self.turner.start()  # a page turned by hand stays its full time

    def _heading_text(self) -> None:
        if self.pages > 1:
            self.heading.setText(
                self.tr("{0} · page {1} of {2}").format(
                    self.title, format_count(self.page + 1), format_count(self.pages)
                )
            )
        else:
            self.heading.setText(self.title)

    def _layout_page(self, unit: int) -> int:
        """Lay out the cards on screen; the name size (pixels) reached."""
        # The estimate in _fit cannot know each script's line height (Bengali
        # lines are taller), so each likely column count is laid out for real
        # and shrunk until the page fits; the one with the largest type wins.
        # A window taller than a 720-line projector would cut off the last row.
        ranked = sorted(range(1, len(self.cards) + 1), key=lambda c: (-self._fit(unit, c), c))
        best = (0, ranked[0])
        for columns in ranked[:4]:
            pixels = self._settle(unit, columns)
            best = max(best, (pixels, -columns))
        if self.columns != -best[1]:
            self._settle(unit, -best[1])
        return best[0]

    def _settle(self, unit: int, columns: int) -> int:
        """Lay the cards out in ``columns`` with the largest type that fits; its size."""
        self._arrange(columns)
        pixels = max(11, self._fit(unit, columns))
        for card in self.cards:
            card.rescale(pixels)
        while pixels > 11 and self._needed_height() > self.height():
            pixels = max(11, int(pixels * 0.92))
            for card in self.cards:
                card.rescale(pixels)
        return pixels

    def _needed_height(self) -> int:
        """The height the page needs at the current type sizes (layouts cache
        their sizes, so each card's is worked out afresh)."""
        for card in self.cards:
            card.layout().invalidate()
            card.layout().activate()
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        return layout.minimumSize().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        window = self.window()
        unit = (
            window.unit() if isinstance(window, ProjectorWindow) else max(12, self.height() // 24)
        )
        self.rescale(unit)
