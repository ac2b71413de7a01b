"""GUI fixtures: real windows on real SQLite stores, settings isolated in tmp_path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from wltdesk import agenda, events, people
from wltdesk.store import open_store

ROSTER = [
    ("Rakib Hasan", "মোঃ রাকিব হাসান", "Dhaka"),
    ("Rakibul Islam", "রাকিবুল ইসলাম", "Sylhet"),
    ("Farhana Akter", "ফারহানা আক্তার", "Khulna"),
    ("José Álvarez", None, "Rangpur"),
]


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
def live_event(gui_store):
    """An event running today (UTC) with four people and a session that started 5 min ago."""
    today = datetime.now(UTC).date()
    event_id = events.create_event(gui_store, "GUI Training", today, today + timedelta(days=1))
    ids = [
        people.add_person(gui_store, event_id, display_name=n, local_name=local, region=region)
        for n, local, region in ROSTER
    ]
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
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
    return main
