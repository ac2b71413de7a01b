"""Fixtures shared by every test: isolated data folders and real stores."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Backups, default stores and settings go to a temp folder, never the real home."""
    home = tmp_path_factory.mktemp("wltdesk-home")
    monkeypatch.setenv("WLTDESK_HOME", str(home))
    return home


@pytest.fixture
def store(tmp_path):
    """A fresh SQLite store in a temp folder."""
    from wltdesk.store import open_store

    opened = open_store(tmp_path / "store.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def event_id(store):
    """An event in ``store``, with no people or sessions yet."""
    from wltdesk.events import create_event

    return create_event(
        store, "Test Training", date(2026, 3, 14), date(2026, 3, 15), timezone="Asia/Dhaka"
    )
