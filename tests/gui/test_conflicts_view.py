"""The Conflicts view and the import dialog (issue #21), driven by keys as a facilitator
does: each version with its laptop, its time at the venue and what that laptop had
seen; keeping a value marks the conflict reviewed on every laptop; the organizer
imports every laptop's bundles from the team's WebDAV address without writing there.
"""

from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path

import pytest
from bundle_tools import key_of
from laptops import name_laptop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wltdesk import events, people
from wltdesk.gui.sync import dialogs as sync_dialogs
from wltdesk.store import open_store
from wltdesk.store.hlc import Stamp
from wltdesk.store.models import Event
from wltdesk.sync import bundle, conflicts, exchange, merge

#: The real WebDAV server's fixtures (``dav_server``, ``dav``).
pytest_plugins = ["webdav_fixtures"]


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes are answered at once and remembered (they would block the test)."""
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
def other(gui_store, live_event, tmp_path):
    """A second laptop, "Hall B", that joined the event with its package and key."""
    event_id = live_event["event_id"]
    with gui_store.write() as writer:  # the venue: Dhaka, six hours ahead of UTC
        writer.update(Event, event_id, {"timezone": "Asia/Dhaka"})
    name_laptop(gui_store, event_id, "Desk A")
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    laptop = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(laptop, [package], given_key=key_of(gui_store, event_id))
    name_laptop(laptop, event_id, "Hall B")
    yield laptop
    laptop.close()


def wait_job(qtbot, pane):
    with qtbot.waitSignal(pane.job_done, timeout=20_000):
        pass


def test_opening_an_event_shows_its_conflicts_and_laptops_read_off_the_gui_thread(
    qtbot, window, pane, gui_store, live_event, other, tmp_path, monkeypatch
):
    """Opening an event used to read its conflicts (every field written twice, a read
    of the change log: ~80 ms at 50,000 people) on the GUI thread."""
    event_id, person = live_event["event_id"], live_event["people"][0]
    people.update_person(gui_store, person, region="Chattogram")
    people.update_person(other, person, region="Barishal")
    merge.import_bundles(
        gui_store, [bundle.export_bundle(other, event_id, tmp_path / "b.wltx").path]
    )
    elsewhere = events.create_event(gui_store, "Elsewhere", date(2026, 3, 1), date(2026, 3, 2))
    window.open_event(elsewhere)
    qtbot.waitUntil(lambda: not pane.reading.busy)
    assert pane.ui.conflictsTree.topLevelItemCount() == 0
    read_on: list[threading.Thread] = []
    real = conflicts.conflicts

    def read(store, wanted):
        read_on.append(threading.current_thread())
        return real(store, wanted)

    monkeypatch.setattr(conflicts, "conflicts", read)
    window.open_event(event_id)  # as Event ▸ Open does
    assert not pane.ui.tabs.isEnabled()  # the other event's lists: nothing to pick there
    qtbot.waitUntil(lambda: not pane.reading.busy)
    assert pane.ui.tabs.isEnabled()
    assert read_on and threading.main_thread() not in read_on
    tree = pane.ui.conflictsTree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Rakib Hasan · Region"
    ]
    assert pane.ui.tabs.tabText(1) == "&Conflicts (1)"
    laptops = pane.devices.ui.devicesTree
    assert {laptops.topLevelItem(i).text(0) for i in range(laptops.topLevelItemCount())} == {
        "Desk A",
        "Hall B",
    }


def test_a_conflict_shows_who_when_at_the_venue_and_what_each_had_seen_and_is_kept_by_keys(
    qtbot, pane, gui_store, live_event, other, tmp_path, sync_read
):
    event_id, person = live_event["event_id"], live_event["people"][0]
    people.update_person(gui_store, person, region="Chattogram")
    people.update_person(other, person, region="Barishal")
    merge.import_bundles(
        gui_store, [bundle.export_bundle(other, event_id, tmp_path / "b.wltx").path]
    )
    sync_read(pane)
    pane.ui.tabs.setCurrentWidget(pane.ui.conflictsTab)
    tree = pane.ui.conflictsTree
    [top] = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert top.text(0) == "Rakib Hasan · Region"
    rows = [[top.child(i).text(c) for c in range(5)] for i in range(top.childCount())]
    assert [row[1:3] for row in rows] == [["Barishal", "Hall B"], ["Chattogram", "Desk A"]]
    # the clock says 09:30 UTC: 15:30 at the venue in Dhaka
    assert all(re.fullmatch(r"31 Dec 15:3\d", row[3]) for row in rows), rows
    assert [row[4] for row in rows] == ["Dhaka", "Dhaka"]  # both had seen the roster's
    assert tree.headerItem().text(3) == "When (venue time)"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the current version
    assert pane.ui.keepButton.isEnabled()
    qtbot.keyClick(tree, Qt.Key.Key_Tab)  # to "Keep the current value"
    assert pane.ui.keepButton.hasFocus()
    qtbot.keyClick(pane.ui.keepButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert tree.topLevelItemCount() == 0
    assert pane.ui.conflictsLabel.text() == "No conflicts to review."
    assert people.get_person(gui_store, person).region == "Barishal"
    # the review is a change of this laptop, which syncs like an edit...
    assert Stamp.parse(people.get_person(gui_store, person).hlc).device == gui_store.device_id
    review = bundle.export_bundle(gui_store, event_id, tmp_path / "review.wltx").path
    # ...and the other laptop stops listing the conflict once it has it
    merge.import_bundles(other, [review])
    assert conflicts.conflicts(other, event_id) == []


def test_the_import_dialog_takes_a_webdav_address_and_writes_nothing_there(
    qtbot, pane, gui_store, live_event, other, dav, dialogs, monkeypatch
):
    event_id = live_event["event_id"]
    people.add_person(other, event_id, display_name="Walk-in at Hall B")
    exchange.sync(other, event_id, dav["url"])
    before = {p: p.read_bytes() for p in sorted(dav["folder"].rglob("*")) if p.is_file()}
    folders = sorted(p for p in dav["folder"].rglob("*") if p.is_dir())

    def type_the_address(dialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.ui.placeEdit, dav["url"])
        qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(sync_dialogs.ImportTargetDialog, "exec", type_the_address)
    pane.ui.importFolderButton.setFocus()
    qtbot.keyClick(pane.ui.importFolderButton, Qt.Key.Key_Space)
    wait_job(qtbot, pane)
    assert dialogs["warning"] == []
    assert "new people: 1" in dialogs["information"][-1]
    assert "Walk-in at Hall B" in {p.display_name for p in people.list_people(gui_store, event_id)}
    after = {p: p.read_bytes() for p in sorted(dav["folder"].rglob("*")) if p.is_file()}
    assert after == before
    assert sorted(p for p in dav["folder"].rglob("*") if p.is_dir()) == folders


def test_the_import_dialog_says_when_the_folder_is_not_there(qtbot, pane, dialogs, tmp_path):
    dialog = sync_dialogs.ImportTargetDialog(pane)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.placeEdit, str(tmp_path / "no such folder"))
    qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Return)
    [said] = dialogs["warning"]
    assert said.startswith("There is no folder ") and "https://" in said
    assert dialog.result() == 0
    dialog.ui.placeEdit.clear()
    qtbot.keyClicks(dialog.ui.placeEdit, str(Path(tmp_path)))
    qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.place == str(tmp_path)
