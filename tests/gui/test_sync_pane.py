"""The Sync pane: target, sync now and automatically, status bar, history, import, conflicts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from wltdesk import bundle, merge, people, sync
from wltdesk.gui import sync_pane as sync_pane_module
from wltdesk.store import open_store


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


def wait_job(qtbot, pane):
    with qtbot.waitSignal(pane.job_done, timeout=20_000):
        pass


def test_the_sync_section_replaces_the_placeholder(window, pane):
    assert isinstance(pane, sync_pane_module.SyncPane)
    assert window.sync_label.text() == "Sync: not set up"


def test_set_target_then_sync_now_updates_the_status_bar_and_history(
    qtbot, window, pane, tmp_path, dialogs
):
    share = tmp_path / "usb"
    share.mkdir()
    qtbot.keyClicks(pane.ui.targetEdit, str(share))
    qtbot.keyClick(pane.ui.targetEdit, Qt.Key.Key_Return)
    assert window.sync_label.text().startswith("Not synced yet — ")
    qtbot.mouseClick(pane.ui.syncButton, Qt.MouseButton.LeftButton)
    assert not pane.ui.syncButton.isEnabled()  # one job at a time; the UI stays live
    wait_job(qtbot, pane)
    assert window.sync_label.text() == "Synced just now"
    assert pane.ui.historyTable.rowCount() == 1
    assert pane.ui.historyTable.item(0, 2).text() == "ok"
    assert list(share.glob("*/*/*.wltx"))
    assert dialogs["warning"] == []


def test_an_unplugged_target_says_offline_with_changes_waiting(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs
):
    stick = tmp_path / "stick"
    sync.add_target(gui_store, live_event["event_id"], str(stick))
    pane.refresh()
    pane.sync_now(quiet=True)  # what the timer does: no dialog
    wait_job(qtbot, pane)
    waiting = sync.status(gui_store, live_event["event_id"]).waiting
    assert waiting > 0
    assert window.sync_label.text() == f"Offline — {waiting} changes waiting"
    assert dialogs["warning"] == []
    assert pane.ui.historyTable.item(0, 2).text() == "failed"
    assert "not plugged in" in pane.ui.historyTable.item(0, 5).text()
    # started by hand, the same failure is a dialog
    qtbot.mouseClick(pane.ui.syncButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert len(dialogs["warning"]) == 1 and "not plugged in" in dialogs["warning"][0]


def test_the_timer_syncs_when_the_target_comes_back(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs
):
    stick = tmp_path / "stick"
    sync.add_target(gui_store, live_event["event_id"], str(stick))
    pane.refresh()
    stick.mkdir()
    pane.auto_timer.setInterval(50)
    wait_job(qtbot, pane)
    pane.auto_timer.setInterval(sync_pane_module.AUTO_INTERVAL_MS)
    assert window.sync_label.text() == "Synced just now"


def test_importing_another_laptops_bundle_shows_a_summary(
    qtbot, window, pane, gui_store, live_event, tmp_path, dialogs, monkeypatch
):
    event_id = live_event["event_id"]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package])
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
    assert asked == ["The bundle is encrypted. Passphrase:"]
    assert dialogs["warning"] == []
    assert "1 new people" in dialogs["information"][-1]
    names = {p.display_name for p in people.list_people(gui_store, event_id)}
    assert "From the other laptop" in names


def test_a_bad_bundle_is_a_dialog_and_changes_nothing(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs
):
    bad = tmp_path / "bad.wltx"
    bad.write_text("not a bundle")
    before = sync.status(gui_store, live_event["event_id"]).waiting
    pane.import_paths([str(bad)])
    wait_job(qtbot, pane)
    assert len(dialogs["warning"]) == 1 and "not a ZIP" in dialogs["warning"][0]
    assert sync.status(gui_store, live_event["event_id"]).waiting == before


def test_conflicts_are_reviewed_and_the_other_value_picked(
    qtbot, pane, gui_store, live_event, tmp_path, dialogs
):
    event_id = live_event["event_id"]
    person = live_event["people"][0]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package])
    people.update_person(other, person, region="Barishal")
    people.update_person(gui_store, person, region="Chattogram")
    incoming = bundle.export_bundle(other, event_id, tmp_path / "other.wltx").path
    other.close()
    merge.import_bundles(gui_store, [incoming])
    pane.refresh()
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

    monkeypatch.setattr(sync_pane_module.ExportDialog, "exec", fill)
    qtbot.mouseClick(pane.ui.exportButton, Qt.MouseButton.LeftButton)
    wait_job(qtbot, pane)
    assert out.exists() and str(out) in dialogs["information"][0]
    with zipfile.ZipFile(out) as archive:
        assert b'"redacted": true' in archive.read(bundle.MANIFEST)
    assert Path(out).stat().st_size > 0
