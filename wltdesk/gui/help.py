"""Help in the window: the keyboard shortcuts (F1) and the user guides, offline.

:class:`ShortcutSheet` is made from the actions themselves: every
:class:`~PySide6.QtGui.QAction` with a shortcut that a section's pane owns (its
keys on the projector included) is a row of that section's sheet, with the
action's own words, and the window's menus and section keys make the
"Everywhere" sheet. A key added, changed or removed in code changes the sheet
with it; nothing is written twice.

:class:`GuideWindow` shows the guides shipped with the program
(``docs/*.md``, see :func:`wltdesk.resources.guides_dir`) in a
:class:`~PySide6.QtWidgets.QTextBrowser`, Markdown rendered by Qt, links
between guides followed; nothing needs the internet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMenuBar,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wltdesk.resources import guides_dir

#: The guides Help offers, in menu order: file in the guides folder, title.
GUIDES: tuple[tuple[str, str], ...] = (
    ("facilitator-guide.md", QT_TRANSLATE_NOOP("GuideWindow", "Facilitator's guide")),
    ("organizer-guide.md", QT_TRANSLATE_NOOP("GuideWindow", "Organizer's guide")),
    ("groups.md", QT_TRANSLATE_NOOP("GuideWindow", "Breakout groups")),
    ("circles.md", QT_TRANSLATE_NOOP("GuideWindow", "Reflection circles")),
    ("plans.md", QT_TRANSLATE_NOOP("GuideWindow", "Action plans")),
    ("printing.md", QT_TRANSLATE_NOOP("GuideWindow", "Printing")),
    ("paper.md", QT_TRANSLATE_NOOP("GuideWindow", "Sign-in sheets read back")),
    ("sync.md", QT_TRANSLATE_NOOP("GuideWindow", "Sync between laptops")),
    ("INSTALL.md", QT_TRANSLATE_NOOP("GuideWindow", "Installing and moving events")),
    ("export-format.md", QT_TRANSLATE_NOOP("GuideWindow", "The export format")),
)

#: Property an action may carry when its menu text changes with what it does
#: (Undo names the change it undoes): the words for the sheet.
SHEET_TEXT = "sheetText"


def guide_title(file_name: str) -> str:
    title = dict(GUIDES).get(file_name, file_name)
    return QCoreApplication.translate("GuideWindow", title)


def action_words(action: QAction) -> str:
    """What an action does, as its menu or the sheet says it (mnemonic removed)."""
    text = action.property(SHEET_TEXT) or action.text()
    return str(text).replace("&&", "\0").replace("&", "").replace("\0", "&")


ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_words(action: QAction) -> str:
    """The action's keys as the keyboard labels them: "→, Return"."""
    names = []
    for key in action.shortcuts():
        parts = key.toString(QKeySequence.SequenceFormat.NativeText).split("+")
        names.append("+".join([*parts[:-1], ARROWS.get(parts[-1], parts[-1])]))
    return ", ".join(names)


def keyed(actions: Iterable[QAction]) -> list[QAction]:
    """The actions that have a key, each once, in the order given."""
    seen: set[int] = set()
    found = []
    for action in actions:
        if action.shortcuts() and not action.isSeparator() and id(action) not in seen:
            seen.add(id(action))
            found.append(action)
    return found


def menu_actions(menu: QMenu | QMenuBar) -> list[QAction]:
    """The actions of a menu (or a menu bar's menus), submenus included."""
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub))
        else:
            found.append(action)
    return found


def fitting(window: QWidget, width: int, height: int) -> QSize:
    """A window size no larger than most of its screen (its frame must fit too)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None:
        return QSize(width, height)
    return QSize(min(width, room.width() * 9 // 10), min(height, room.height() * 85 // 100))


class ShortcutSheet(QDialog):
    """The keys of every section, one tab each, the section shown first (F1).

    ``everywhere`` are the window's own actions; ``sections`` maps each
    section's title to a function giving its pane (built when its tab is
    first opened, as the window builds it when first shown).
    """

    def __init__(
        self,
        everywhere: list[QAction],
        sections: Mapping[str, Callable[[], QWidget]],
        current: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tabs = QTabWidget(self)
        self._panes = dict(sections)
        self._filled: set[int] = set()
        self.sheets: dict[str, QTreeWidget] = {}
        for title in self._panes:
            self.sheets[title] = self._sheet(title)
        self.sheets[self.tr("Everywhere")] = self._sheet(self.tr("Everywhere"))
        self._fill(self.sheets[self.tr("Everywhere")], keyed(everywhere))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(self._tab_shown)
        titles = list(self.sheets)
        self.tabs.setCurrentIndex(titles.index(current) if current in titles else 0)
        self._tab_shown(self.tabs.currentIndex())
        self.resize(fitting(self, 720, 560))

    def _sheet(self, title: str) -> QTreeWidget:
        sheet = QTreeWidget(self.tabs)
        sheet.setColumnCount(2)
        sheet.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        sheet.setRootIsDecorated(False)
        sheet.setAlternatingRowColors(True)
        sheet.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        sheet.setAccessibleName(self.tr("Keyboard shortcuts: {0}").format(title))
        self.tabs.addTab(sheet, title)
        return sheet

    def _tab_shown(self, index: int) -> None:
        """Fill a section's sheet the first time its tab is shown."""
        if index < 0 or index in self._filled:
            return
        self._filled.add(index)
        title = self.tabs.tabText(index)
        if title in self._panes:
            pane = self._panes[title]()
            self._fill(self.sheets[title], keyed(pane.findChildren(QAction)))

    def _fill(self, sheet: QTreeWidget, actions: list[QAction]) -> None:
        for action in actions:
            QTreeWidgetItem(sheet, [key_words(action), action_words(action)])
        if not actions:
            QTreeWidgetItem(sheet, ["", self.tr("No keys of its own here.")])

    def rows(self, title: str) -> list[tuple[str, str]]:
        """(keys, words) of a sheet, as shown."""
        sheet = self.sheets[title]
        return [
            (sheet.topLevelItem(r).text(0), sheet.topLevelItem(r).text(1))
            for r in range(sheet.topLevelItemCount())
        ]


class GuideWindow(QDialog):
    """The user guides, read offline: a list of guides and the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("WLT Desk guides"))
        self.folder = guides_dir()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Guides"))
        for file_name, _title in GUIDES:
            if (self.folder / file_name).is_file():
                item = QListWidgetItem(guide_title(file_name), self.list)
                item.setData(Qt.ItemDataRole.UserRole, file_name)
        self.list.setMaximumWidth(260)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.setAccessibleName(self.tr("Guide"))
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._chosen)
        self.resize(fitting(self, 1000, 680))

    def _chosen(self, item: QListWidgetItem | None, _before: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_guide(item.data(Qt.ItemDataRole.UserRole))

    def open_guide(self, file_name: str) -> None:
        """Show one guide (a file name from :data:`GUIDES`) and choose it in the list."""
        url = QUrl.fromLocalFile(str(self.folder / file_name))
        if self.browser.source() != url:
            self.browser.setSource(url)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == file_name:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        self.setWindowTitle(self.tr("{0} — WLT Desk").format(guide_title(file_name)))
