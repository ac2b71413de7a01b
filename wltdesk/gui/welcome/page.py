"""The welcome screen: what the window shows while no event is open.

A facilitator who starts WLT Desk for the first time (or opens a store with no
event in it) meets four choices instead of an empty check-in desk: create an
event, try the demo, join the team's event, open another store. Each is a
large button with a line saying what it is for, reached by Tab, Enter, its
number key (1–4) or its mnemonic. The page shares the window's centre with the
desk (:meth:`WelcomePage.show_in`) and steps aside once an event is open.

Creating an event, the demo and opening a store are the main window's own
actions (its Event menu does the same), so the page only asks for them by
signal; joining is the page's own dialog (:mod:`.join`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_welcome_page import Ui_WelcomePage
from wltdesk.gui.help import SHEET_TEXT
from wltdesk.gui.welcome.join import JoinTeamDialog


class WelcomePage(QWidget):
    """Four ways to begin; shown by the main window while the desk has no event."""

    create_event = Signal()
    try_demo = Signal()
    open_store = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self._front: QStackedWidget | None = None
        self._desk_area: QWidget | None = None
        intro = self.ui.introLabel.font()
        intro.setPointSizeF(QApplication.font().pointSizeF() * 1.15)
        self.ui.introLabel.setFont(intro)
        heading = self.ui.headingLabel.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.8)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.choices = [
            (self.ui.createKeyLabel, self.ui.createButton, self.create_event.emit),
            (self.ui.demoKeyLabel, self.ui.demoButton, self.try_demo.emit),
            (self.ui.joinKeyLabel, self.ui.joinButton, self.join_event),
            (self.ui.storeKeyLabel, self.ui.storeButton, self.open_store.emit),
        ]
        number_font = self.ui.createKeyLabel.font()
        number_font.setPointSizeF(number_font.pointSizeF() * 1.6)
        number_font.setBold(True)
        # Qt draws a command link's words at 9 pt unless its font says otherwise
        choice_font = self.ui.createButton.font()
        choice_font.setPointSizeF(QApplication.font().pointSizeF() * 1.15)
        for number, (label, button, chosen) in enumerate(self.choices, 1):
            label.setFont(number_font)
            label.setMinimumWidth(QFontMetrics(number_font).horizontalAdvance("0") * 3)
            button.setFont(choice_font)
            label.setBuddy(button)
            button.clicked.connect(chosen)
            button.setToolTip(self.tr("Key {0}").format(number))
            key = QAction(button.text(), self)
            key.setShortcut(QKeySequence(str(number)))
            key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.setProperty(SHEET_TEXT, button.text())
            key.triggered.connect(button.click)
            self.addAction(key)
        # The style draws no focus frame on a command link: the focused choice's
        # number is marked instead, so that Enter's choice shows.
        for _label, button, _chosen in self.choices:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            for label, button, _chosen in self.choices:
                if button is watched and shiboken6.isValid(label):  # not while closing
                    self._mark(label, event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(watched, event)

    @staticmethod
    def _mark(label: QLabel, focused: bool) -> None:
        label.setAutoFillBackground(focused)
        label.setBackgroundRole(
            QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Window
        )
        label.setForegroundRole(
            QPalette.ColorRole.HighlightedText if focused else QPalette.ColorRole.WindowText
        )

    def show_in(self, window: QMainWindow) -> None:
        """Share the window's centre with the desk: this page while no event is open."""
        self._desk_area = window.takeCentralWidget()
        self._front = QStackedWidget(window)
        self._front.addWidget(self._desk_area)
        self._front.addWidget(self)
        window.setCentralWidget(self._front)
        self.follow_desk()

    @property
    def showing(self) -> bool:
        return self._front is not None and self._front.currentWidget() is self

    def follow_desk(self) -> None:
        """This page while the desk has no event (a new or empty store), else the desk."""
        if self._front is None or self._desk_area is None:
            return
        if self.desk.current_event is not None:
            self._show(self._desk_area, hidden=self)
            return
        self.ui.storeLabel.setText(self.tr("This store: {0}").format(self._store_words()))
        if not self.showing:
            self._show(self, hidden=self._desk_area)
            self.ui.createButton.setFocus()

    def _show(self, shown: QWidget, hidden: QWidget) -> None:
        """A stack is as large as its largest page: the hidden one's size is ignored, so
        that the welcome page fits a small screen at 200 % that the desk's panes do not."""
        assert self._front is not None
        ignored = QSizePolicy.Policy.Ignored
        hidden.setSizePolicy(ignored, ignored)
        shown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._front.setCurrentWidget(shown)

    def _store_words(self) -> str:
        path = self.desk.store.path
        if path is not None:
            return str(path)
        url = QUrl(self.desk.store.url)
        url.setPassword("")  # a server's address, never its password
        return url.toDisplayString()

    def join_event(self) -> None:
        """The team's event package, with its key or passphrase; the desk opens on it."""
        dialog = JoinTeamDialog(self.desk.store, self)
        if dialog.exec() and dialog.event_id is not None:
            self.desk.open_event(dialog.event_id)
