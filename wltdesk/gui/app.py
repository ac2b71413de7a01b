"""The desktop app's entry point: QApplication set-up and the first window.

The full desk (navigation rail, people, agenda, check-in) is built on top of
this in ``wltdesk.gui``; until then the window shows the open event and what
it holds, so the launch path (store, event, fonts) is already the real one.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from wltdesk import agenda, events, people
from wltdesk.errors import UserError
from wltdesk.resources import resources_dir
from wltdesk.store import Store, open_store


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def register_fonts() -> None:
    """Make the bundled Noto fonts available, so Bengali renders on any machine."""
    families: list[str] = []
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        font = QApplication.font()
        font.setFamilies([*dict.fromkeys(families), *QFont().families()])
        QApplication.setFont(font)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, event_id: str | None) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(tr("WLT Desk"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.setCentralWidget(body)
        self.show_event(event_id)
        self.resize(1024, 640)

    def show_event(self, event_id: str | None) -> None:
        if event_id is None:
            self.summary.setText(tr("No event yet. Create one, or run 'wltdesk demo'."))
            return
        event = events.get_event(self.store, event_id)
        self.setWindowTitle(tr("WLT Desk — {0}").format(event.name))
        count_people = len(people.list_people(self.store, event_id))
        count_sessions = len(agenda.list_sessions(self.store, event_id))
        self.summary.setText(
            tr("{0}\n{1} people · {2} sessions\nStore: {3}").format(
                event.name, count_people, count_sessions, self.store.url
            )
        )


def pick_event(store: Store, selector: str | None) -> str | None:
    found = events.list_events(store)
    if selector is not None or len(found) == 1:
        return events.resolve_event(store, selector).id
    return found[0].id if found else None


def run(db: str | None, event: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("WLT Desk")
    register_fonts()
    try:
        store = open_store(db)
        window = MainWindow(store, pick_event(store, event))
    except UserError as exc:
        QMessageBox.critical(None, tr("WLT Desk"), str(exc))
        return 1
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
