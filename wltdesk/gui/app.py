"""The desktop app's entry point: QApplication set-up, fonts, language, first window."""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.gui.display import PlatformStart, display_problem
from wltdesk.gui.main_window import MainWindow
from wltdesk.gui.settings import Settings
from wltdesk.gui.welcome.stores import store_file
from wltdesk.language import set_language
from wltdesk.resources import resources_dir
from wltdesk.store import Store, open_store

#: Families tried in order for every character, so Latin, Bengali and Arabic all render.
#: Bengali comes first: Qt tries the first family for every script in a line and,
#: for a script that needs OpenType shaping (Bengali does; Latin and Arabic do not
#: in Qt's reckoning), logs "OpenType support missing" when that family has none,
#: before it falls back. The Bengali font has no Latin letters, so Latin and
#: Arabic text fall through to Noto Sans and Noto Sans Arabic glyph by glyph,
#: silently.
UI_FAMILIES = ("Noto Sans Bengali", "Noto Sans", "Noto Sans Arabic")


def register_fonts() -> None:
    """Make the bundled Noto fonts the UI font, so Bengali renders on any machine."""
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QGuiApplication.font()
    font.setFamilies([*UI_FAMILIES, *QFont().families()])
    QGuiApplication.setFont(font)


def app_icon() -> QIcon:
    """The app's icon in every size shipped (title bar, task bar, Alt+Tab)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("wltdesk-*.png")):
        icon.addFile(str(png))
    return icon


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak ``language`` ('' = the system's): in Qt's widgets and in the core's words.

    Loads our translations (which also carry Qt's own words that Qt ships no
    Bengali for: standard buttons, edit menus, the file dialog — see
    :mod:`wltdesk.gui.qt_words`) and Qt's, if it has them; makes the locale the
    default, so spin boxes and date fields write its digits; and sets the
    core's language (:func:`wltdesk.language.set_language`), so that messages
    from the core (a group quality report, an import summary, an error) and the
    numbers, dates and times the GUI writes with ``wltdesk.language.format_*``
    come in the same language as the widgets around them.
    """
    locale = QLocale(language) if language else QLocale.system()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "wltdesk", "_", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        loaded.append(qt_own)
    QLocale.setDefault(locale)
    set_language(locale.name())
    return loaded


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translations`: English in Qt and in the core again."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    set_language("en")


def start_store(db: str | None, settings: Settings) -> tuple[Store, str]:
    """The store to open, and a note for the status bar when it is not the one expected.

    ``--db`` if given; else the store last chosen in the app, if it is still
    there (a USB stick may be out, a server may not answer); else the default
    store in the data folder. A missing file is never made anew: that would
    hide the facilitator's events behind an empty store.
    """
    if db is not None:
        return open_store(db), ""
    chosen = settings.chosen_store
    if not chosen:
        return open_store(None), ""
    file = store_file(chosen)
    if file is not None and not file.is_file():
        note = QCoreApplication.translate(
            "App", "The store {0} is not there (is the USB stick in?): this is the default store."
        ).format(file)
    else:
        try:
            return open_store(chosen), ""
        except UserError as exc:
            note = QCoreApplication.translate("App", "{0} — this is the default store.").format(exc)
    return open_store(None), note


def choose_event(store: Store, selector: str | None, settings: Settings) -> str | None:
    """--event if given; else the last event if it is in this store; else the newest."""
    if selector is not None:
        return events.resolve_event(store, selector).id
    found = events.list_events(store)
    ids = {e.id for e in found}
    if settings.last_store == store.url and settings.last_event in ids:
        return settings.last_event
    return found[0].id if found else None


def build_window(store: Store, event: str | None, settings: Settings) -> MainWindow:
    desk = Desk(store)
    desk.late_grace_minutes = settings.late_grace_minutes
    desk.auto_start_speakers = settings.auto_start_speakers
    window = MainWindow(desk, settings)
    desk.setParent(window)
    event_id = choose_event(store, event, settings)
    if event_id is not None:
        window.open_event(event_id)
    return window


def run(db: str | None, event: str | None, exit_after_show: bool = False) -> int:
    """Open the app; ``exit_after_show`` quits once the window is up (start-up checks).

    Without a display, says so in one line on stderr and returns 1, instead of
    Qt's platform-plugin report and an abort.
    """
    problem = display_problem()
    if problem is not None and QApplication.instance() is None:
        print(f"wltdesk: {problem}", file=sys.stderr)
        return 1
    with PlatformStart():
        app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("WLT Desk")
    app.setOrganizationName("WLT")
    app.setWindowIcon(app_icon())
    # Wayland names the window after its desktop entry (packaging/wltdesk.desktop).
    app.setDesktopFileName("wltdesk")
    settings = Settings()
    install_translations(app, settings.language)
    register_fonts()
    palette.appearance().choose(settings.colour_scheme)
    try:
        store, note = start_store(db, settings)
        window = build_window(store, event, settings)
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "WLT Desk"), str(exc))
        return 1
    if note:
        window.statusBar().showMessage(note, 60_000)
    window.show()
    if exit_after_show:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        # Work still running in the pool (a read, a sync's merge) finishes and commits
        # before its store closes under it.
        QThreadPool.globalInstance().waitForDone()
        window.desk.store.close()
