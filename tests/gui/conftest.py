"""GUI fixtures: real windows on real SQLite stores, settings isolated in tmp_path.

No test may open a modal dialog that nobody answers: offscreen, nothing would
close it and the test would wait forever. Every blocking dialog call fails the
test instead, with the dialog's text, unless the test monkeypatches it with
the answer it wants.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from wltdesk import agenda, events, people
from wltdesk.store import open_store

ROSTER = [
    ("Rakib Hasan", "মোঃ রাকিব হাসান", "Dhaka"),
    ("Rakibul Islam", "রাকিবুল ইসলাম", "Sylhet"),
    ("Farhana Akter", "ফারহানা আক্তার", "Khulna"),
    ("José Álvarez", None, "Rangpur"),
]


BLOCKING_CALLS: dict[type, tuple[str, ...]] = {
    QMessageBox: ("about", "aboutQt", "critical", "information", "question", "warning"),
    QFileDialog: (
        "getExistingDirectory",
        "getExistingDirectoryUrl",
        "getOpenFileName",
        "getOpenFileNames",
        "getOpenFileUrl",
        "getOpenFileUrls",
        "getSaveFileName",
        "getSaveFileUrl",
    ),
    QInputDialog: ("getDouble", "getInt", "getItem", "getMultiLineText", "getText"),
    QDialog: ("exec",),
    QPrintDialog: ("exec",),
    QPageSetupDialog: ("exec",),
}


class ModalDialogInTest(AssertionError):
    """A test opened a modal dialog it did not answer (monkeypatch the call)."""


def _refuse(owner: type, name: str):
    def blocking_call(*args: Any, **kwargs: Any) -> None:
        if name == "exec" and args:  # a dialog instance: say which one
            dialog = args[0]
            what = f"{type(dialog).__name__} {dialog.windowTitle()!r}"
            if isinstance(dialog, QMessageBox):
                what += f": {dialog.text()!r}"
        else:
            what = " | ".join(str(a) for a in args if isinstance(a, str))
        raise ModalDialogInTest(
            f"{owner.__name__}.{name} would wait for an answer nobody gives ({what}); "
            "monkeypatch it in the test"
        )

    return blocking_call


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs(monkeypatch):
    """Blocking dialog calls fail the test loudly instead of hanging it.

    Raised inside a slot (a button's ``clicked``), the error reaches pytest-qt,
    which fails the test with it when the test ends.
    """
    for owner, names in BLOCKING_CALLS.items():
        for name in names:
            monkeypatch.setattr(owner, name, _refuse(owner, name))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    """QSettings of the app go to tmp_path; the thread pool is drained after the test."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def gui_store(tmp_path):
    store = open_store(tmp_path / "gui.sqlite")
    yield store
    store.close()


@pytest.fixture
def live_event(gui_store, clock):
    """An event running today (UTC) with four people and a session that started 5 min ago.

    The event begins the day before, so a session that started before midnight
    lies within it.
    """
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()
    event_id = events.create_event(
        gui_store, "GUI Training", today - timedelta(days=1), today + timedelta(days=1)
    )
    ids = [
        people.add_person(gui_store, event_id, display_name=n, local_name=local, region=region)
        for n, local, region in ROSTER
    ]
    session_id = agenda.add_session(
        gui_store, event_id, "Opening", now - timedelta(minutes=5), now + timedelta(hours=1)
    )
    return {"event_id": event_id, "people": ids, "session_id": session_id}


@pytest.fixture
def window(qtbot, gui_store, live_event):
    from wltdesk.gui.app import build_window
    from wltdesk.gui.settings import Settings

    main = build_window(gui_store, None, Settings())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    wait_for_reads(qtbot, main)
    return main


def wait_for_reads(qtbot, main) -> None:
    """Until every pane shows the open event: the desk's search index, the People
    table and the Sync section are read off the GUI thread when an event opens."""
    checkin, sync = main.sections["checkin"], main.sections["sync"]
    table = main.sections["people"].model
    qtbot.waitUntil(
        lambda: not checkin.loading.loading
        and not table.loading
        and not sync.reading.busy
        and not sync.status_reading.busy
    )


@pytest.fixture
def sync_read(qtbot):
    """Reads the Sync section again, as opening an event or a change there does, and
    waits until it shows what it read: the reading runs in the thread pool."""

    def read(pane) -> None:
        with qtbot.waitSignal(pane.reading.settled, timeout=10_000):
            pane.refresh()

    return read
