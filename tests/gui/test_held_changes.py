"""The Sync pane and clocks: work from a laptop a year ahead is held for review in the
Conflicts tab (accepted or dropped with the keyboard), and a clock that looks wrong
shows in the status bar."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wltdesk import people
from wltdesk.store import hlc, open_store
from wltdesk.store.hlc import MAX_SKEW_MS, Stamp
from wltdesk.sync import bundle, eventkey, merge

DAY = 24 * 3600.0
YEAR = 365 * DAY


@pytest.fixture
def dialogs(monkeypatch):
    seen: dict[str, list[str]] = {"warning": [], "information": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen["warning"].append(a[2]))
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: seen["information"].append(a[2])
    )
    return seen


@pytest.fixture
def pane(window):
    window.show_section("sync")
    return window.sections["sync"]


@pytest.fixture
def hall_b(gui_store, live_event, tmp_path, monkeypatch) -> Path:
    """Laptop "Hall B" joins the event on time, then its clock jumps a year ahead and
    it renames the first person's region and adds a walk-in: its bundle."""
    event_id = live_event["event_id"]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "hall-b.sqlite", backups=False)
    node = platform.node
    monkeypatch.setattr(platform, "node", lambda: "Hall B")
    key = eventkey.event_key(gui_store, event_id)
    merge.import_bundles(other, [package], given_key=key)
    monkeypatch.setattr(platform, "node", node)
    real = hlc.wall_clock
    monkeypatch.setattr(hlc, "wall_clock", lambda: real() + YEAR)
    people.update_person(other, live_event["people"][0], region="Bogura")
    people.add_person(other, event_id, display_name="Walk-in from Hall B")
    path = bundle.export_bundle(other, event_id, tmp_path / "hall-b.wltx").path
    monkeypatch.setattr(hlc, "wall_clock", real)
    other.close()
    return path


def wait_job(qtbot, pane):
    with qtbot.waitSignal(pane.job_done, timeout=20_000):
        pass


def import_hall_b(qtbot, pane, hall_b, dialogs) -> None:
    pane.import_paths([str(hall_b)])
    wait_job(qtbot, pane)
    assert dialogs["warning"] == []
    assert "changes were held for review" in dialogs["information"][-1]


def names(gui_store, event_id) -> set[str]:
    return {p.display_name for p in people.list_people(gui_store, event_id)}


def test_held_changes_are_explained_and_accepted_with_the_keyboard(
    qtbot, pane, gui_store, live_event, hall_b, dialogs
):
    event_id, first = live_event["event_id"], live_event["people"][0]
    region = people.get_person(gui_store, first).region
    import_hall_b(qtbot, pane, hall_b, dialogs)
    assert people.get_person(gui_store, first).region == region  # not applied
    assert "Walk-in from Hall B" not in names(gui_store, event_id)
    pane.ui.tabs.setCurrentWidget(pane.ui.conflictsTab)
    box, listed = pane.held.box, pane.held.list
    assert box.isVisible() and listed.count() == 1
    words = listed.item(0).text()
    assert words.startswith("Laptop “Hall B” made ")
    assert "changes while its clock was 365 days ahead of this laptop's" in words
    assert words.endswith("its clock is probably wrong.")
    assert pane.ui.tabs.tabText(1) == "&Conflicts (1)"
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Home)
    assert pane.held.accept_button.isEnabled()
    qtbot.keyClick(pane.held.accept_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert people.get_person(gui_store, first).region == "Bogura"
    assert "Walk-in from Hall B" in names(gui_store, event_id)
    assert not box.isVisible() and listed.count() == 0
    assert dialogs["warning"] == []
    # accepted as this laptop's own change, stamped now: the clock stayed
    stamp = Stamp.parse(gui_store.clock.now())
    assert stamp.millis < hlc.wall_clock() * 1000 + MAX_SKEW_MS
    assert Stamp.parse(people.get_person(gui_store, first).hlc).device == gui_store.device_id


def test_held_changes_are_dropped_with_the_keyboard_and_stay_out(
    qtbot, pane, gui_store, live_event, hall_b, dialogs
):
    event_id, first = live_event["event_id"], live_event["people"][0]
    region = people.get_person(gui_store, first).region
    import_hall_b(qtbot, pane, hall_b, dialogs)
    pane.ui.tabs.setCurrentWidget(pane.ui.conflictsTab)
    assert pane.held.box.isVisible()
    listed = pane.held.list
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Home)
    qtbot.keyClick(pane.held.drop_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert not pane.held.box.isVisible()
    assert pane.ui.tabs.tabText(1) == "&Conflicts"
    pane.import_paths([str(hall_b)])  # the same bundle again: nothing new is held
    wait_job(qtbot, pane)
    assert "held for review" not in dialogs["information"][-1]
    assert listed.count() == 0
    assert people.get_person(gui_store, first).region == region
    assert "Walk-in from Hall B" not in names(gui_store, event_id)


def test_a_clock_a_week_behind_what_the_store_has_seen_shows_in_the_status_bar(
    qtbot, window, pane, monkeypatch
):
    with qtbot.waitSignal(pane.status_changed):  # read off the GUI thread
        pane.refresh_status()
    assert "clock" not in window.sync_label.text()
    real = hlc.wall_clock
    monkeypatch.setattr(hlc, "wall_clock", lambda: real() - 7 * DAY)
    with qtbot.waitSignal(pane.status_changed):
        pane.refresh_status()
    assert window.sync_label.text() == "Sync: not set up — check this laptop's clock"
    assert (
        "This laptop's clock looks wrong: changes in this store are stamped up to 7 days "
        "ahead of it. Check its date, time and time zone."
        in html.unescape(pane.ui.statusLabel.text())
    )
