"""The Sync pane: target, sync now and automatically, status bar, history, import, conflicts;
choosing a target, its WebDAV password, and saying how things stand in a facilitator's words."""

from __future__ import annotations

import json
import re
import threading
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bundle_tools import key_of
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from wltdesk import attendance, circles, events, people
from wltdesk.gui.sync import dialogs as sync_dialogs
from wltdesk.gui.sync import pane as sync_pane_module
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts, iter_changes
from wltdesk.sync import bundle, conflicts, eventkey, exchange, keychain, merge

#: The real WebDAV server (alice / s3cret) and the keychain fixtures.
pytest_plugins = ["webdav_fixtures"]
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes are answered at once and remembered (they would block the test):
    the static ones, and warnings opened window-modal with their details."""
    seen: dict[str, list[str]] = {"warning": [], "information": [], "details": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen["warning"].append(a[2]))
    monkeypatch.setattr(
        QMessageBox, "information", lambda *a, **k: seen["information"].append(a[2])
    )
    opened = QMessageBox.open

    def open_box(box: QMessageBox) -> None:
        if box.icon() != QMessageBox.Icon.Warning:
            opened(box)
            return
        seen["warning"].append(box.text())
        seen["details"].append(box.detailedText())

    monkeypatch.setattr(QMessageBox, "open", open_box)
    return seen


@pytest.fixture
def pane(window):
    window.show_section("sync")
    return window.sections["sync"]


def wait_job(qtbot, pane):
    with qtbot.waitSignal(pane.job_done, timeout=20_000):
        pass


def test_the_sync_section_replaces_the_placeholder(window, pane):
    assert isinstance(pane, sync_pane_module.SyncPane)
    assert window.sync_label.text() == "Sync: not set up"


def test_a_walk_in_shows_in_the_status_bar_read_off_the_gui_thread(
    qtbot, window, pane, gui_store, live_event, tmp_path, monkeypatch, sync_read
):
    """Issue #19, round two: every change anywhere reads the status line again; on a
    big event that read is a few ms, so it runs in the thread pool."""
    stick = tmp_path / "stick"
    stick.mkdir()
    exchange.add_target(gui_store, live_event["event_id"], str(stick))
    sync_read(pane)
    waiting = exchange.status(gui_store, live_event["event_id"]).waiting
    assert window.sync_label.text() == f"Not synced yet — {waiting} changes not yet sent"
    read_on: list[bool] = []
    status = exchange.status

    def read(store, event_id):
        read_on.append(threading.current_thread() is threading.main_thread())
        return status(store, event_id)

    monkeypatch.setattr(exchange, "status", read)
    window.show_section("checkin")
    checkin = window.sections["checkin"]
    checkin.ui.walkInName.setFocus()
    qtbot.keyClicks(checkin.ui.walkInName, "Nadia Afrin")
    with qtbot.waitSignal(pane.status_reading.settled):
        qtbot.keyClick(checkin.ui.walkInName, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.status_reading.busy)
    now_waiting = status(gui_store, live_event["event_id"]).waiting
    assert now_waiting > waiting
    assert window.sync_label.text() == f"Not synced yet — {now_waiting} changes not yet sent"
    assert read_on and not any(read_on)


def test_set_target_then_sync_now_updates_the_status_bar_and_history(
    qtbot, window, pane, tmp_path, dialogs
):
    share = tmp_path / "usb"
    share.mkdir()
    qtbot.keyClicks(pane.ui.targetEdit, str(share))
    qtbot.keyClick(pane.ui.targetEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert window.sync_label.text().startswith("Not synced yet — ")
    qtbot.mouseClick(pane.ui.syncButton, Qt.MouseButton.LeftButton)
    assert not pane.ui.syncButton.isEnabled()  # one job at a time; the UI stays live
    wait_job(qtbot, pane)
    assert window.sync_label.text() == "Synced just now — everything sent"
    assert pane.ui.historyTable.rowCount() == 1
    assert pane.ui.historyTable.item(0, 2).text() == "ok"
    assert list(share.glob("*/*/*.wltx"))
    assert dialogs["warning"] == []


def test_an_unplugged_target_says_offline_with_changes_waiting(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, sync_read
):
    stick = tmp_path / "stick"
    stick.mkdir()
    exchange.add_target(gui_store, live_event["event_id"], str(stick))
    stick.rmdir()  # unplugged
    sync_read(pane)
    pane.sync_now(quiet=True)  # what the timer does: no dialog
    wait_job(qtbot, pane)
    waiting = exchange.status(gui_store, live_event["event_id"]).waiting
    assert waiting > 0
    assert window.sync_label.text() == f"Offline — {waiting} changes not yet sent"
    assert dialogs["warning"] == []
    assert pane.ui.historyTable.item(0, 2).text() == "failed"
    assert "plug in the USB stick" in pane.ui.historyTable.item(0, 5).text()
    # started by hand, the same failure is a dialog
    qtbot.mouseClick(pane.ui.syncButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert len(dialogs["warning"]) == 1 and "plug in the USB stick" in dialogs["warning"][0]


def test_the_timer_syncs_when_the_target_comes_back(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, sync_read
):
    stick = tmp_path / "stick"
    stick.mkdir()
    exchange.add_target(gui_store, live_event["event_id"], str(stick))
    stick.rmdir()  # unplugged
    sync_read(pane)
    stick.mkdir()
    pane.auto_timer.setInterval(50)
    wait_job(qtbot, pane)
    pane.auto_timer.setInterval(sync_pane_module.AUTO_INTERVAL_MS)
    assert window.sync_label.text() == "Synced just now — everything sent"


def test_importing_another_laptops_bundle_shows_a_summary(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    event_id = live_event["event_id"]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    people.add_person(other, event_id, display_name="From the other laptop")
    path = bundle.export_bundle(other, event_id, tmp_path / "other.wltx", passphrase="chai").path
    other.close()
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("chai", True)
    )
    pane.import_paths([str(path)])
    wait_job(qtbot, pane)  # refused: encrypted → asks for the passphrase, runs again
    wait_job(qtbot, pane)
    assert asked == ["The file is locked with a passphrase. Passphrase:"]
    assert dialogs["warning"] == []
    assert "new people: 1" in dialogs["information"][-1]
    names = {p.display_name for p in people.list_people(gui_store, event_id)}
    assert "From the other laptop" in names


def test_an_import_runs_off_the_gui_thread_and_every_pane_shows_who_came(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    """Issue #19, round two: the desk never freezes. The merge and the Sync section's
    reading after it (its conflicts read the change log) run in the thread pool while
    the window's event loop keeps turning; then the check-in desk finds the people the
    other laptop registered, and the People table lists them."""
    event_id = live_event["event_id"]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    with other.read() as db:
        mark = max(change["seq"] for change in iter_changes(db))
    rows = [{"display_name": f"Guest {n:04d}", "region": "Barishal"} for n in range(2_000)]
    with other.write() as writer:
        people.create_people(writer, event_id, rows)
    path = bundle.export_bundle(other, event_id, tmp_path / "other.wltx", after_seq=mark).path
    other.close()
    gui = threading.get_ident()
    threads: dict[str, set[int]] = {"merge": set(), "conflicts": set()}

    def on_thread(name: str, work):
        def recorded(*args, **kwargs):
            threads[name].add(threading.get_ident())
            return work(*args, **kwargs)

        return recorded

    monkeypatch.setattr(merge, "import_bundles", on_thread("merge", merge.import_bundles))
    monkeypatch.setattr(conflicts, "conflicts", on_thread("conflicts", conflicts.conflicts))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.sections["people"]  # built: its table takes the merged people too
    window.show_section("sync")
    busy_beats: list[bool] = []  # a beat of the event loop while the pane's work ran
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: busy_beats.append(pane.jobs.busy or pane.reading.busy))
    timer.start()
    with qtbot.waitSignal(pane.job_done, timeout=60_000):
        qtbot.keyClick(pane, Qt.Key.Key_I, ALT)  # &Import files…
    timer.stop()
    assert threads["merge"] and gui not in threads["merge"]
    assert threads["conflicts"] and gui not in threads["conflicts"]
    assert any(busy_beats)
    assert "new people: 2,000" in dialogs["information"][-1]
    qtbot.waitUntil(lambda: not window.desk.roster.busy, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Check-in
    desk = window.sections["checkin"]
    qtbot.keyClicks(desk.ui.searchEdit, "Guest 1999")
    assert [m.display_name for m in desk.results.matches][:1] == ["Guest 1999"]
    qtbot.waitUntil(lambda: "expected 2,004" in desk.ui.countsLabel.text())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # People
    roster = window.sections["people"]
    assert roster.ui.countLabel.text() == "2,004 people"


def test_a_bad_bundle_is_a_dialog_and_changes_nothing(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs
):
    bad = tmp_path / "bad.wltx"
    bad.write_text("not a bundle")
    before = exchange.status(gui_store, live_event["event_id"]).waiting
    pane.import_paths([str(bad)])
    wait_job(qtbot, pane)
    assert len(dialogs["warning"]) == 1 and "not a ZIP" in dialogs["warning"][0]
    assert exchange.status(gui_store, live_event["event_id"]).waiting == before


def test_a_refused_bundle_among_good_ones_is_named_and_the_rest_merge(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs, sync_read
):
    """Issue #15: one bad bundle does not jam the import; the dialog and the history
    name it, with the line, the field and why."""
    event_id = live_event["event_id"]
    key = eventkey.event_key(gui_store, event_id)
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key)
    with other.read() as db:
        mark = max(change["seq"] for change in iter_changes(db))
    people.add_person(other, event_id, display_name="From the other laptop")
    good = bundle.export_bundle(other, event_id, tmp_path / "good.wltx", after_seq=mark).path
    with other.read() as db:
        changes = change_dicts(db, event_id, mark)
    other.close()
    for change in changes:
        if change["field"] == "display_name":
            change["value"] = json.dumps("x" * 300)
    bad = tmp_path / "bad.wltx"
    bundle.write_bundle(bad, changes, event_id=event_id, device="d", key=key, kind="incremental")
    pane.import_paths([str(good), str(bad)])
    wait_job(qtbot, pane)
    (said,) = dialogs["warning"]
    assert said.startswith("Files imported: 1.") and "Some files could not be imported" in said
    (details,) = dialogs["details"]
    assert re.search(r"bad\.wltx: line \d+: people\.display_name is longer than 200", details)
    names = {p.display_name for p in people.list_people(gui_store, event_id)}
    assert "From the other laptop" in names
    sync_read(pane)
    assert "bad.wltx: line" in pane.ui.historyTable.item(0, 5).text()


def test_conflicts_are_reviewed_and_the_other_value_picked(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs, sync_read
):
    event_id = live_event["event_id"]
    person = live_event["people"][0]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    people.update_person(other, person, region="Barishal")
    people.update_person(gui_store, person, region="Chattogram")
    incoming = bundle.export_bundle(other, event_id, tmp_path / "other.wltx").path
    other.close()
    merge.import_bundles(gui_store, [incoming])
    sync_read(pane)
    tree = pane.ui.conflictsTree
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).endswith("· Region")
    )
    values = [top.child(i).text(1) for i in range(top.childCount())]
    current = people.get_person(gui_store, person).region
    assert values[0] == current
    other_value = "Barishal" if current == "Chattogram" else "Chattogram"
    assert other_value in values
    tree.setCurrentItem(top.child(values.index(other_value)))
    assert pane.ui.pickButton.isEnabled()
    qtbot.mouseClick(pane.ui.pickButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert people.get_person(gui_store, person).region == other_value
    remaining = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert not any(text.endswith("· Region") for text in remaining)


def test_the_event_key_dialog_shows_a_qr_code(qtbot, pane, gui_store, live_event):
    qtbot.mouseClick(pane.ui.keyButton, Qt.MouseButton.LeftButton)
    box = pane.key_box
    assert not box.iconPixmap().isNull()
    assert live_event["event_id"] in box.detailedText()
    box.close()


def test_export_writes_a_bundle_in_the_background(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    out = tmp_path / "out.wltx"

    def fill(dialog):
        dialog.ui.fileEdit.setText(str(out))
        dialog.ui.redactCheck.setChecked(True)
        return 1

    monkeypatch.setattr(sync_dialogs.ExportDialog, "exec", fill)
    qtbot.mouseClick(pane.ui.exportButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert out.exists() and str(out) in dialogs["information"][0]
    with zipfile.ZipFile(out) as archive:
        assert b'"redacted": true' in archive.read(bundle.MANIFEST)
    assert Path(out).stat().st_size > 0


def _other_event_package(tmp_path: Path) -> tuple[Path, str, str]:
    """Another event's full bundle (its package), with the event id and key QR text."""
    elsewhere = open_store(tmp_path / "elsewhere.sqlite", backups=False)
    try:
        other = events.create_event(elsewhere, "Khulna Cohort", date(2026, 5, 1), date(2026, 5, 2))
        people.add_person(elsewhere, other, display_name="Nasrin")
        path = bundle.export_bundle(elsewhere, other, tmp_path / "khulna.wltx").path
        payload = eventkey.key_payload(other, eventkey.event_key(elsewhere, other))
        return path, other, payload
    finally:
        elsewhere.close()


def test_joining_another_event_with_its_key_while_an_event_is_open(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    """A co-facilitator with the demo event open joins a second event: the package
    is checked with the key the scanner typed, merged, and opened on request."""
    path, other, payload = _other_event_package(tmp_path)

    def fill(dialog):
        dialog.ui.fileEdit.setText(str(path))
        qtbot.keyClicks(dialog.ui.keyEdit, payload)  # what a USB scanner does
        assert dialog.ui.keyStateLabel.text() == f"Key for event {other[:8]}."
        return 1

    asked: list[str] = []
    monkeypatch.setattr(sync_dialogs.JoinDialog, "exec", fill)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    qtbot.mouseClick(pane.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert dialogs["warning"] == []
    assert "new people: 1" in dialogs["information"][-1]
    assert asked == ["The imported files belong to the event “Khulna Cohort”. Open it now?"]
    assert window.desk.event_id == other
    assert [p.display_name for p in people.list_people(gui_store, other)] == ["Nasrin"]


def test_joining_with_the_wrong_key_is_refused_and_imports_nothing(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    path, other, _payload = _other_event_package(tmp_path)
    forged = eventkey.key_payload(other, "f" * 64)

    def fill(dialog):
        dialog.ui.fileEdit.setText(str(path))
        dialog.ui.keyEdit.setText(forged)
        return 1

    monkeypatch.setattr(sync_dialogs.JoinDialog, "exec", fill)
    qtbot.mouseClick(pane.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert dialogs["warning"] == [
        "This event key does not open the file: it is the key of another event, or an old "
        "one. Scan the QR code of this event again."
    ]
    assert "wrong event key" in dialogs["details"][0]  # what the check said, for a technician
    assert [e.id for e in events.list_events(gui_store)] == [live_event["event_id"]]


def test_the_join_dialog_says_when_the_text_is_not_a_key(qtbot, pane):
    dialog = sync_dialogs.JoinDialog(pane)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.keyEdit, "wltdesk-key:1:")
    assert dialog.ui.keyStateLabel.text() == "This is not an event key: scan the QR code again."
    dialog.ui.keyEdit.clear()
    assert dialog.ui.keyStateLabel.text().startswith("The key is needed to join an event")


def test_targets_are_listed_made_default_and_removed(
    qtbot, pane, gui_store, live_event, tmp_path, monkeypatch, sync_read
):
    event_id = live_event["event_id"]
    first, second = tmp_path / "usb", tmp_path / "share"
    first.mkdir()
    second.mkdir()
    exchange.add_target(gui_store, event_id, str(first))
    exchange.add_target(gui_store, event_id, str(second))  # the newest is the default
    sync_read(pane)
    listing = pane.ui.targetsList
    rows = [(listing.topLevelItem(i).text(0), listing.topLevelItem(i).text(1)) for i in range(2)]
    assert rows == [(str(first), ""), (str(second), "yes")]
    assert not pane.ui.defaultTargetButton.isEnabled()  # nothing chosen yet
    listing.setCurrentItem(listing.topLevelItem(0))
    qtbot.mouseClick(pane.ui.defaultTargetButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert exchange.default_target(gui_store, event_id).location == str(first)
    assert pane.ui.targetEdit.text() == str(first)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    listing.setCurrentItem(listing.topLevelItem(1))
    qtbot.mouseClick(pane.ui.removeTargetButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert [t.location for t in exchange.list_targets(gui_store, event_id)] == [str(first)]
    assert listing.topLevelItemCount() == 1


def test_the_event_key_can_be_saved_as_a_picture_to_print(
    qtbot, pane, gui_store, live_event, tmp_path, monkeypatch
):
    out = tmp_path / "key"
    monkeypatch.setattr(sync_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(pane.ui.keyButton, Qt.MouseButton.LeftButton)
    box = pane.key_box
    save = next(b for b in box.buttons() if b.text() == "&Save QR code…")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = tmp_path / "key.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert box.isVisible()  # saving does not close the key
    box.close()


def test_a_check_in_conflict_is_one_row_with_each_laptops_outcome_and_time(
    qtbot, pane, gui_store, live_event, tmp_path, sync_read
):
    event_id, session = live_event["event_id"], live_event["session_id"]
    person = live_event["people"][0]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    attendance.check_in(other, session, person, "late")
    incoming = bundle.export_bundle(other, event_id, tmp_path / "other.wltx").path
    other.close()
    attendance.check_in(gui_store, session, person, "present")
    merge.import_bundles(gui_store, [incoming])
    sync_read(pane)
    tree = pane.ui.conflictsTree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    [check_in] = [r for r in rows if r.text(0).startswith("Rakib Hasan · Opening")]
    assert check_in.text(0) == "Rakib Hasan · Opening · check-in"
    values = sorted(check_in.child(i).text(1) for i in range(check_in.childCount()))
    assert [v.split(" at ")[0] for v in values] == ["late", "present"]
    assert all(re.fullmatch(r"\w+ at \d\d:\d\d", v) for v in values)


def test_picking_back_a_check_in_another_laptop_changed(
    qtbot, pane, gui_store, live_event, tmp_path, monkeypatch, sync_read
):
    """This laptop checked Rakib in and the other imported it; then this laptop took
    the check-in back while the other changed it to late, neither aware of the other.
    Picking "undone" back works and settles the conflict (a pick once raised an
    unhandled NOT NULL error)."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warnings.append(a[2]))
    event_id, session = live_event["event_id"], live_event["session_id"]
    person = live_event["people"][0]
    done = attendance.check_in(gui_store, session, person, "present")
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    attendance.undo(gui_store, done)
    attendance.check_in(other, session, person, "late")
    incoming = bundle.export_bundle(other, event_id, tmp_path / "other.wltx").path
    other.close()
    merge.import_bundles(gui_store, [incoming])
    sync_read(pane)
    tree = pane.ui.conflictsTree
    [row] = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert pane.ui.conflictsLabel.text().startswith("1 field was written differently")
    # both laptops had seen this laptop's check-in: the "Had seen" column says so
    assert [row.child(i).text(4) for i in range(row.childCount())] == ["present", "present"]
    undone = next(
        row.child(i) for i in range(row.childCount()) if row.child(i).text(1) == "check-in undone"
    )
    tree.setCurrentItem(undone)
    assert pane.ui.pickButton.isEnabled()
    qtbot.mouseClick(pane.ui.pickButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    assert warnings == []
    assert person not in attendance.statuses(gui_store, session)
    assert tree.topLevelItemCount() == 0


def _fill_and_press_ok(path: Path):
    """A Join dialog filled with a package (no key) and OK pressed, as a user would."""

    def fill(dialog) -> int:
        dialog.ui.fileEdit.setText(str(path))
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    return fill


def test_joining_without_the_key_explains_that_it_is_needed(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    """The key never travels inside a package: the dialog asks for it, in plain
    words, before anything runs; a package of this laptop's own event needs none."""
    path, _other, _payload = _other_event_package(tmp_path)
    monkeypatch.setattr(sync_dialogs.JoinDialog, "exec", _fill_and_press_ok(path))
    qtbot.mouseClick(pane.ui.joinButton, Qt.MouseButton.LeftButton)
    assert pane.jobs.job is None  # nothing started
    [warning] = dialogs["warning"]
    assert warning.startswith("This package belongs to an event this laptop does not have yet")
    assert "scan its QR code into the Event key field" in warning
    assert [e.id for e in events.list_events(gui_store)] == [live_event["event_id"]]
    own = bundle.export_bundle(gui_store, live_event["event_id"], tmp_path / "own.wltx").path
    monkeypatch.setattr(sync_dialogs.JoinDialog, "exec", _fill_and_press_ok(own))
    qtbot.mouseClick(pane.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert len(dialogs["warning"]) == 1 and "New changes: 0" in dialogs["information"][-1]


def test_joining_with_a_passphrase_package_needs_no_key(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    """A join package (a full bundle made with a passphrase) carries the event key
    sealed inside: the passphrase alone joins, and the laptop keeps the key."""
    elsewhere = open_store(tmp_path / "elsewhere.sqlite", backups=False)
    other = events.create_event(elsewhere, "Khulna Cohort", date(2026, 5, 1), date(2026, 5, 2))
    people.add_person(elsewhere, other, display_name="Nasrin", email="nasrin@example.org")
    path = bundle.export_bundle(
        elsewhere, other, tmp_path / "join.wltx", passphrase="bhapa pitha"
    ).path
    key = eventkey.event_key(elsewhere, other)
    elsewhere.close()
    asked: list[str] = []
    monkeypatch.setattr(sync_dialogs.JoinDialog, "exec", _fill_and_press_ok(path))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("bhapa pitha", True)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.ui.joinButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)  # refused: encrypted → asks for the passphrase, runs again
    wait_job(qtbot, pane)
    assert asked == ["The file is locked with a passphrase. Passphrase:"]
    assert dialogs["warning"] == []
    assert [p.display_name for p in people.list_people(gui_store, other)] == ["Nasrin"]
    assert key_of(gui_store, other) == key
    assert window.desk.event_id == other


# ----------------------------------------------------------------- issue #16, finding 8
def type_target(qtbot, pane, text: str) -> None:
    """What a facilitator does: type the target into the field and press Enter."""
    pane.ui.targetEdit.clear()
    qtbot.keyClicks(pane.ui.targetEdit, text)
    qtbot.keyClick(pane.ui.targetEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread


def sync_by_keys(qtbot, window, pane) -> None:
    """Alt+N: Sync now, then wait for it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(pane.job_done, timeout=20_000):
        qtbot.keyClick(pane, Qt.Key.Key_N, ALT)


def store_bytes(folder: Path) -> bytes:
    """Everything the desk's store has written to disk (the file and its write-ahead log)."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("gui.sqlite*")))


def test_a_folder_that_is_not_there_is_refused_and_made_only_on_request(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs
):
    """Finding 8.1: the Target box took a folder that did not exist, and every sync
    then failed. Now it says so, and creates the folder only if asked (Alt+C)."""
    event_id = live_event["event_id"]
    stick = tmp_path / "usb" / "wlt"
    type_target(qtbot, pane, str(stick))
    box = pane.targets.create_box
    assert box.isVisible() and box.text() == f"The folder {stick} does not exist."
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel is the default: nothing is made
    assert not stick.exists() and exchange.list_targets(gui_store, event_id) == []
    assert window.sync_label.text() == "Sync: not set up"
    type_target(qtbot, pane, str(stick))
    box = pane.targets.create_box
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_C, ALT)  # &Create folder (Qt animates the click)
    qtbot.waitUntil(stick.is_dir)
    assert exchange.default_target(gui_store, event_id).location == str(stick)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Not synced yet — "))
    # a file, a WebDAV address that is not one, a path from nowhere: one line each
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    type_target(qtbot, pane, str(a_file))
    type_target(qtbot, pane, "ftp://cloud.example.org/wlt")
    type_target(qtbot, pane, "usb/wlt")
    assert dialogs["warning"][0] == f"{a_file} is a file, not a folder: choose a folder."
    assert dialogs["warning"][1].startswith(
        "“ftp://cloud.example.org/wlt” is not a WebDAV address: it must start with https://"
    )
    assert dialogs["warning"][2].startswith("Give the whole path of the folder (such as ")
    assert [t.location for t in exchange.list_targets(gui_store, event_id)] == [str(stick)]


def test_not_yet_sent_is_the_figure_the_history_then_shows_as_sent(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs
):
    """Finding 8.2: the status bar said "3825 changes waiting", the history "Sent
    3811": the status counted every row of the log, the bundle left private circle
    notes out. Both now count what leaves the laptop, in the same words."""
    session, (first, second) = live_event["session_id"], live_event["people"][:2]
    circle = circles.create_circle(
        gui_store, session, "Day one", order_mode="manual", speakers=[first]
    )
    circles.add_note(gui_store, circle, "Mine only", visibility="private")
    circles.add_note(gui_store, circle, "For the team", visibility="organizers")
    share = tmp_path / "share"
    share.mkdir()
    type_target(qtbot, pane, str(share))
    said = re.fullmatch(r"Not synced yet — (\d+) changes not yet sent", window.sync_label.text())
    assert said is not None
    assert pane.ui.targetsList.topLevelItem(0).text(3) == said[1]
    sync_by_keys(qtbot, window, pane)
    assert pane.ui.historyTable.item(0, 3).text() == said[1]  # Sent
    assert window.sync_label.text() == "Synced just now — everything sent"
    attendance.check_in(gui_store, session, second, "present")  # at the desk, after the sync
    circles.add_note(gui_store, circle, "Also mine only", visibility="private")
    with qtbot.waitSignal(pane.status_reading.settled):  # read off the GUI thread
        window.desk.attendance_changed.emit()
    said = re.fullmatch(r"Synced just now — (\d+) changes? not yet sent", window.sync_label.text())
    assert said is not None
    sync_by_keys(qtbot, window, pane)
    assert pane.ui.historyTable.item(0, 3).text() == said[1]
    assert window.sync_label.text() == "Synced just now — everything sent"
    assert dialogs["warning"] == []


def test_when_a_target_last_synced_is_said_as_people_say_it(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, clock, sync_read
):
    """Finding 8.3: "0 min ago". Babel's words in the UI language, its digits too."""
    share = tmp_path / "share"
    share.mkdir()
    type_target(qtbot, pane, str(share))
    sync_by_keys(qtbot, window, pane)
    synced_at = datetime.now(ZoneInfo("UTC"))  # the venue of this event is in UTC
    row = pane.ui.targetsList.topLevelItem(0)
    assert row.text(2) == "just now"
    clock.shift(timedelta(minutes=2))
    sync_read(pane)
    assert pane.ui.targetsList.topLevelItem(0).text(2) == "2 minutes ago"
    assert window.sync_label.text() == "Synced 2 minutes ago — everything sent"
    sent = pane.ui.historyTable.item(0, 3).text()
    QLocale.setDefault(QLocale("bn_BD"))  # the Bengali UI
    try:
        sync_read(pane)
        assert pane.ui.targetsList.topLevelItem(0).text(2) == "২ মিনিট আগে"
        bengali_digits = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
        assert pane.ui.historyTable.item(0, 3).text() == sent.translate(bengali_digits)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    clock.shift(timedelta(days=1))
    sync_read(pane)
    assert pane.ui.targetsList.topLevelItem(0).text(2) == f"yesterday at {synced_at:%H:%M}"


def test_the_history_shows_the_venues_time_on_a_laptop_set_to_another_zone(
    qtbot, window, pane, gui_store, tmp_path, dialogs, clock
):
    """Finding 8.4: the history showed the laptop's time, the desk the venue's. A
    laptop still set to Los Angeles time at a training in Dhaka shows Dhaka time."""
    clock.move_to(datetime(2026, 12, 31, 1, 30, tzinfo=ZoneInfo("America/Los_Angeles")))
    dhaka = events.create_event(
        gui_store, "Dhaka Training", date(2026, 12, 31), date(2027, 1, 1), timezone="Asia/Dhaka"
    )
    window.open_event(dhaka)
    qtbot.waitUntil(lambda: not pane.reading.busy)  # the section is read off the GUI thread
    share = tmp_path / "share"
    share.mkdir()
    type_target(qtbot, pane, str(share))
    sync_by_keys(qtbot, window, pane)
    assert pane.ui.historyTable.item(0, 0).text() == "31 Dec 2026, 15:30"  # 09:30 UTC


def test_a_webdav_password_is_typed_into_its_dialog_and_kept_in_the_keychain(
    qtbot, window, pane, gui_store, live_event, dav, dav_server, memory_keychain, tmp_path, dialogs
):
    """Finding 8.5: a password field, the OS keychain (here an in-memory keyring
    backend), never the store; a later sync takes it from the keychain."""
    address = dav["url"].replace("alice:s3cret@", "alice@")
    type_target(qtbot, pane, address)
    dialog = pane.targets.password_dialog
    assert dialog.isVisible()
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.ui.keychainLabel.text() == (
        "It is kept in this computer's keychain, not in WLT Desk's files."
    )
    qtbot.keyClicks(dialog.ui.passwordEdit, "s3cret")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    account = f"alice@127.0.0.1:{dav_server['port']}"
    assert memory_keychain.passwords == {(keychain.SERVICE, account): "s3cret"}
    event_id = live_event["event_id"]
    assert exchange.default_target(gui_store, event_id).location == address
    keychain.forget_session()  # as after a restart: only the keychain has it
    sync_by_keys(qtbot, window, pane)
    assert dialogs["warning"] == []
    assert pane.ui.historyTable.item(0, 2).text() == "ok"
    assert list(dav["folder"].glob("*/*/*.wltx"))
    assert b"s3cret" not in store_bytes(tmp_path)


def test_with_no_keychain_the_password_is_used_for_this_session_only(
    qtbot, window, pane, gui_store, live_event, dav, dav_server, no_keychain, tmp_path, dialogs
):
    """No Secret Service (this machine, CI): one line says so, the password works
    until the app closes, is written nowhere, and a refusal is plain words with the
    technical part behind Show Details…."""
    address = dav["url"].replace("alice:s3cret@", "alice@")
    type_target(qtbot, pane, address)
    dialog = pane.targets.password_dialog
    assert dialog.ui.keychainLabel.text() == (
        "This computer has no keychain (password store) that WLT Desk can use, so the "
        "password cannot be saved. It can be used until you close WLT Desk, and is asked "
        "for again the next time."
    )
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Use for this &session only" and not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.passwordEdit, "s3cret")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    sync_by_keys(qtbot, window, pane)
    assert dialogs["warning"] == [] and list(dav["folder"].glob("*/*/*.wltx"))
    keychain.forget_session()  # WLT Desk was closed and opened again
    sync_by_keys(qtbot, window, pane)
    server = f"127.0.0.1:{dav_server['port']}"
    assert dialogs["warning"] == [
        f"The server {server} did not accept the user name and password: set the target "
        "again to enter the password."
    ]
    assert "HTTP 401" in dialogs["details"][0] and "Traceback" not in dialogs["details"][0]
    assert pane.ui.historyTable.item(0, 5).text() == dialogs["warning"][0]
    assert "HTTP 401" in pane.ui.historyTable.item(0, 5).toolTip()
    assert b"s3cret" not in store_bytes(tmp_path)
