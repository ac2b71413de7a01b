"""The main window: a navigation rail of the desk's sections, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.checkin import CheckInPane
from wltdesk.gui.desk import Desk
from wltdesk.gui.dialogs import EventDialog, PreferencesDialog
from wltdesk.gui.forms.ui_main_window import Ui_MainWindow
from wltdesk.gui.help import (
    GUIDES,
    SHEET_TEXT,
    GuideWindow,
    ShortcutSheet,
    guide_title,
    menu_actions,
)
from wltdesk.gui.settings import Settings
from wltdesk.gui.sync.devices import show_copy_notice
from wltdesk.gui.sync.pane import SyncPane
from wltdesk.gui.welcome import OpenStoreDialog, WelcomePage
from wltdesk.language import format_date, format_date_range
from wltdesk.provenance import provenance
from wltdesk.store import open_store


class ComingPane(QWidget):
    """A section whose screen arrives in a later release: says what, shows no fake data."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(text, self)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class Sections(Mapping[str, QWidget]):
    """The desk's sections in rail order, each pane built the first time it is needed.

    Start-up pays only for the section shown first (and Sync, whose timer runs in
    the background): the other panes and the libraries behind them (ReportLab for
    printing, the grouping engine, ...) load when the facilitator first goes there.
    """

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._holders: dict[str, QWidget] = {}
        self._panes: dict[str, QWidget] = {}

    def add(self, key: str, build: Callable[[], QWidget]) -> None:
        holder = QWidget(self._stack)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(holder)
        self._builders[key] = build
        self._holders[key] = holder

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._panes:
            pane = self._builders[key]()
            self._holders[key].layout().addWidget(pane)
            self._panes[key] = pane
        return self._panes[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)

    def built(self, key: str) -> bool:
        return key in self._panes


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings: Settings) -> None:
        super().__init__()
        self.desk = desk
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.sections = Sections(self.ui.pages)
        self._build_sections()
        self._build_actions()
        self.store_label = QLabel(self)
        self.event_label = QLabel(self)
        self.sync_label = QLabel(self.tr("Sync: not set up"), self)
        for label in (self.event_label, self.store_label):
            self.ui.statusBar.addWidget(label)
        self.ui.statusBar.addPermanentWidget(self.sync_label)
        self.sections["sync"].status_changed.connect(self.sync_label.setText)
        self.sync_label.setText(self.sections["sync"].status_text)
        self.welcome = WelcomePage(desk, self)  # shown instead of the desk while no event is open
        self.welcome.create_event.connect(self.new_event)
        self.welcome.try_demo.connect(self.open_demo)
        self.welcome.open_store.connect(self.choose_store)
        self.welcome.show_in(self)
        desk.event_opened.connect(self._event_opened)
        self._update_status()
        show_copy_notice(self.ui.statusBar, desk.store)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

    # ------------------------------------------------------------ sections
    def _build_sections(self) -> None:
        # Panes are imported when first shown, so start-up does not load them all.
        def agenda() -> QWidget:
            from wltdesk.gui.agenda.pane import AgendaPane

            return AgendaPane(self.desk)

        def people() -> QWidget:
            from wltdesk.gui.people.pane import PeoplePane

            return PeoplePane(self.desk)

        def groups() -> QWidget:
            from wltdesk.gui.groups import GroupsPane

            return GroupsPane(self.desk)

        def circles() -> QWidget:
            from wltdesk.gui.circles import CirclesPane

            return CirclesPane(self.desk)

        def plans() -> QWidget:
            from wltdesk.gui.plans import PlansPane

            return PlansPane(self.desk)

        def printing() -> QWidget:
            from wltdesk.gui.printing.pane import PrintPane

            return PrintPane(self.desk)

        self.section_titles: dict[str, str] = {}
        sections: list[tuple[str, str, Callable[[], QWidget]]] = [
            ("agenda", self.tr("Agenda"), agenda),
            ("people", self.tr("People"), people),
            ("checkin", self.tr("Check-in"), lambda: CheckInPane(self.desk)),
            ("groups", self.tr("Groups"), groups),
            ("circles", self.tr("Circles"), circles),
            ("plans", self.tr("Plans"), plans),
            ("print", self.tr("Print"), printing),
            ("sync", self.tr("Sync"), lambda: SyncPane(self.desk)),
        ]
        for number, (key, title, build) in enumerate(sections, 1):
            self.sections.add(key, build)
            self.section_titles[key] = title
            item = QListWidgetItem(title, self.ui.navRail)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{title} (Ctrl+{number})")
            action = QAction(self.tr("Go to {0}").format(title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.addAction(action)
        self.ui.navRail.currentRowChanged.connect(self._section_chosen)
        font = self.ui.navRail.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.navRail.setFont(font)
        self.ui.navRail.setSpacing(4)
        self.show_section("checkin")

    def _section_chosen(self, row: int) -> None:
        if row >= 0:
            self.sections[list(self.sections)[row]]  # the first look builds the pane
        self.ui.pages.setCurrentIndex(row)

    def show_section(self, key: str) -> None:
        keys = list(self.sections)
        self.ui.navRail.setCurrentRow(keys.index(key))

    def current_section(self) -> str:
        return list(self.sections)[self.ui.pages.currentIndex()]

    # ------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        undo = self.desk.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setProperty(SHEET_TEXT, self.tr("Undo the last change, in any section"))
        redo = self.desk.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z, which the guides name, as well as Ctrl+Y (the standard key
        # gives only the platform's first binding)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setProperty(SHEET_TEXT, self.tr("Redo what was undone"))
        first = self.ui.menuEdit.actions()[0] if self.ui.menuEdit.actions() else None
        self.ui.menuEdit.insertActions(first, [undo, redo])
        self.ui.menuEdit.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo
        self.ui.actionNewEvent.triggered.connect(self.new_event)
        self.ui.actionOpenEvent.triggered.connect(self.choose_event)
        self.ui.actionEventDetails.triggered.connect(self.edit_event)
        self.ui.actionDemoEvent.triggered.connect(self.open_demo)
        self.ui.actionOpenStore.triggered.connect(self.choose_store)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionPreferences.triggered.connect(self.edit_preferences)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.ui.menuRecent.aboutToShow.connect(self._fill_recent)
        for file_name, _title in GUIDES:
            guide = self.ui.menuGuides.addAction(guide_title(file_name))
            guide.triggered.connect(lambda _=False, f=file_name: self.show_guide(f))
        self.shortcut_sheet: ShortcutSheet | None = None
        self.guides: GuideWindow | None = None

    def new_event(self) -> None:
        dialog = EventDialog(self.desk.store, self)
        if dialog.exec() and dialog.event_id:
            self.open_event(dialog.event_id)

    def edit_event(self) -> None:
        """Name, venue, dates and photo credits of the open event."""
        event = self.desk.current_event
        if event is None:
            return
        dialog = EventDialog(self.desk.store, self, event)
        if dialog.exec():
            self.open_event(event.id)  # every pane and the title show the new name

    def choose_event(self) -> None:
        found = events.list_events(self.desk.store)
        if not found:
            self.new_event()
            return
        labels = [f"{e.name} ({format_date(e.start_date)})" for e in found]
        label, ok = QInputDialog.getItem(
            self, self.tr("Open event"), self.tr("Event:"), labels, 0, False
        )
        if ok:
            self.open_event(found[labels.index(label)].id)

    def open_demo(self) -> None:
        try:
            from wltdesk import demo

            if not demo.exists(self.desk.store):
                demo.create_demo(self.desk.store)
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.open_event(demo.DEMO_EVENT_ID)

    def choose_store(self) -> None:
        dialog = OpenStoreDialog(self.settings.last_store or self.desk.store.url, self)
        if dialog.exec():
            self.switch_store(dialog.target, None)

    def switch_store(self, url_or_path: str, event_id: str | None) -> None:
        try:
            store = open_store(url_or_path)
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.desk.replace_store(store)
        self.settings.remember_store(store.url)  # the next start opens it again
        show_copy_notice(self.ui.statusBar, store)
        found = events.list_events(store)
        wanted = event_id or (found[0].id if found else None)
        if wanted:
            self.open_event(wanted)
        else:
            self._update_status()

    def open_event(self, event_id: str) -> None:
        try:
            self.desk.open_event(event_id)
        except UserError as exc:
            self.show_error(str(exc))

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for store_url, event_id, name in self.settings.recent():
            action = menu.addAction(name)
            action.setToolTip(store_url)
            action.triggered.connect(
                lambda _=False, s=store_url, e=event_id: self._open_recent(s, e)
            )
        if menu.isEmpty():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _open_recent(self, store_url: str, event_id: str) -> None:
        if store_url == self.desk.store.url:
            self.open_event(event_id)
        else:
            self.switch_store(store_url, event_id)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.desk.late_grace_minutes = self.settings.late_grace_minutes
            self.desk.auto_start_speakers = self.settings.auto_start_speakers
            palette.appearance().choose(self.settings.colour_scheme)  # at once, no restart

    def show_shortcuts(self) -> None:
        """F1: the keys of the section shown (a tab each for the others)."""
        everywhere = [*menu_actions(self.ui.menuBar), *self.actions()]
        if self.welcome.showing:
            everywhere += self.welcome.actions()  # its number keys
        panes = {
            title: (lambda k=key: self.sections[k]) for key, title in self.section_titles.items()
        }
        current = self.section_titles[self.current_section()]
        if self.shortcut_sheet is not None:
            self.shortcut_sheet.deleteLater()
        self.shortcut_sheet = ShortcutSheet(everywhere, panes, current, self)
        self.shortcut_sheet.show()

    def show_guide(self, file_name: str) -> None:
        if self.guides is None:
            self.guides = GuideWindow(self)
        self.guides.open_guide(file_name)
        self.guides.show()
        self.guides.raise_()

    def about(self) -> None:
        build = provenance()  # which build this is, for a bug report from the field
        if build.is_build:
            detail = self.tr("Commit {0}, built {1}").format(build.short_commit or "-", build.built)
        elif build.commit:
            detail = self.tr("Development version, commit {0}").format(build.short_commit)
        else:
            detail = self.tr("Development version")
        QMessageBox.about(
            self,
            self.tr("About WLT Desk"),
            self.tr(
                "WLT Desk {0}\nAttendance, breakout groups, reflection circles and action "
                "plans for trainings, offline."
            ).format(build.version)
            + "\n\n"
            + detail,
        )

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("WLT Desk"), message)

    # ------------------------------------------------------------ state
    def _event_opened(self) -> None:
        event = self.desk.current_event
        if event is not None:
            self.settings.remember_event(self.desk.store.url, event.id, event.name)
        self._update_status()

    def _update_status(self) -> None:
        event = self.desk.current_event
        self.ui.actionEventDetails.setEnabled(event is not None)
        if event is None:
            self.setWindowTitle(self.tr("WLT Desk"))
            self.event_label.setText(self.tr("No event open — Event ▸ New event or demo event"))
        else:
            self.setWindowTitle(self.tr("{0} — WLT Desk").format(event.name))
            dates = format_date_range(event.start_date, event.end_date)
            self.event_label.setText(f"{event.name}, {dates}")
        self.welcome.follow_desk()
        path = self.desk.store.path
        where = path.name if path else self.tr("server")  # PostgreSQL has no file
        self.store_label.setText(self.tr("Store: {0}").format(where))
        self.store_label.setToolTip(str(path) if path else self.desk.store.url)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
