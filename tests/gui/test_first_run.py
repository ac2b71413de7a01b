"""The first run: the welcome screen a facilitator meets when the store has no event.

Each test starts the real main window on a real, empty SQLite store and drives
it by keys — the number keys 1–4, Tab and Enter — through the real dialogs
(their ``exec`` replaced by showing them and typing into them), the real core
(demo, events, a join package made by the core, a second store file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from wltdesk import demo, events, people
from wltdesk.cli import main as wltdesk_cli
from wltdesk.gui.app import build_window, start_store
from wltdesk.gui.dialogs import EventDialog
from wltdesk.gui.settings import Settings
from wltdesk.gui.welcome import join as join_module
from wltdesk.gui.welcome.join import JoinTeamDialog
from wltdesk.gui.welcome.stores import OpenStoreDialog
from wltdesk.store import Store, open_store
from wltdesk.store.models import Base
from wltdesk.sync import bundle, eventkey

PASSPHRASE = "bhapa pitha at the venue"


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Warning boxes, answered at once; their texts, in order."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok
    )
    return shown


@pytest.fixture
def empty_store(tmp_path):
    store = open_store(tmp_path / "first.sqlite")
    yield store
    store.close()


@pytest.fixture
def first_window(qtbot, empty_store):
    """The main window as ``wltdesk`` opens it on a store with no event."""
    main = build_window(empty_store, None, Settings())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def show_dialog(qtbot, dialog) -> None:
    """A dialog as ``exec`` would show it: on top, with the keyboard."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def press(qtbot, window, key: Qt.Key) -> None:
    """A key pressed where the focus is, as on the keyboard."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


def fingerprint(store: Store) -> dict[str, int]:
    """Rows in every table: what an import that was refused must leave as it was."""
    with store.read() as db:
        return {
            table.name: db.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def shows_the_desk_on(window, event_id: str) -> bool:
    return (
        not window.welcome.showing
        and window.desk.event_id == event_id
        and window.ui.navRail.isVisible()
        and window.windowTitle().endswith("— WLT Desk")
    )


# ------------------------------------------------------------------ the screen
def test_an_empty_store_opens_on_the_welcome_screen_with_four_choices(qtbot, first_window):
    page = first_window.welcome
    assert page.showing and page.isVisible()
    assert not first_window.ui.navRail.isVisible()  # no empty check-in desk
    buttons = [page.ui.createButton, page.ui.demoButton, page.ui.joinButton, page.ui.storeButton]
    assert [b.text() for b in buttons] == [
        "&Create an event",
        "Try the &demo event",
        "&Join your team's event",
        "Open another &store",
    ]
    assert all(b.description() for b in buttons)
    # the first choice has the focus, Tab walks the choices in their order, and the
    # focused one's number is marked (the style draws no focus frame on these buttons)
    assert QApplication.focusWidget() is page.ui.createButton
    for following in buttons[1:]:
        press(qtbot, first_window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
        marked = [b for label, b, _ in page.choices if label.autoFillBackground()]
        assert marked == [following]
        assert page.choices[buttons.index(following)][0].backgroundRole() == (
            QPalette.ColorRole.Highlight
        )
    assert str(first_window.desk.store.path) in page.ui.storeLabel.text()


def test_the_welcome_screen_fits_a_small_laptop_and_mirrors_right_to_left(qtbot, first_window):
    page = first_window.welcome
    # the hidden desk's panes do not set the window's least size (200 % on a small screen)
    assert first_window.minimumSizeHint().height() < 300
    first_window.resize(1024, 600)
    qtbot.wait(10)
    viewport = page.ui.scrollArea.viewport()
    for _label, button, _chosen in page.choices:
        corner = button.mapTo(viewport, button.rect().bottomRight())
        assert viewport.rect().contains(corner), button.text()  # no scrolling needed
        assert button.height() >= button.heightForWidth(button.width())  # words not cut
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(10)
        for label, button, _chosen in page.choices:
            assert (
                label.mapToGlobal(label.rect().center()).x()
                > button.mapToGlobal(button.rect().center()).x()
            )
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_number_keys_are_on_the_shortcut_sheet(first_window, monkeypatch):
    monkeypatch.setattr("wltdesk.gui.help.ShortcutSheet.show", lambda self: None)
    first_window.show_shortcuts()
    sheet = first_window.shortcut_sheet.sheets["Everywhere"]
    rows = {
        sheet.topLevelItem(i).text(1): sheet.topLevelItem(i).text(0)
        for i in range(sheet.topLevelItemCount())
    }
    assert rows["Create an event"] == "1" and rows["Open another store"] == "4"


# ------------------------------------------------------------------ 2: the demo
def test_key_2_opens_the_demo_event_as_wltdesk_demo_makes_it(qtbot, first_window, tmp_path):
    press(qtbot, first_window, Qt.Key.Key_2)
    assert shows_the_desk_on(first_window, demo.DEMO_EVENT_ID)
    made_here = {
        p.display_name: p.badge_code
        for p in people.list_people(first_window.desk.store, demo.DEMO_EVENT_ID)
    }
    assert wltdesk_cli(["--db", str(tmp_path / "cli.sqlite"), "demo"]) == 0
    elsewhere = open_store(tmp_path / "cli.sqlite", backups=False)
    try:
        by_cli = {
            p.display_name: p.badge_code for p in people.list_people(elsewhere, demo.DEMO_EVENT_ID)
        }
    finally:
        elsewhere.close()
    assert len(made_here) == 44 and made_here == by_cli  # the stable badge codes


# ------------------------------------------------------------------ 1: a new event
def test_create_an_event_by_keys_and_the_desk_opens_on_it(qtbot, first_window, monkeypatch):
    seen: list[EventDialog] = []

    def type_in(dialog: EventDialog) -> int:
        seen.append(dialog)
        show_dialog(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.ui.nameEdit
        qtbot.keyClicks(dialog.ui.nameEdit, "Khulna Leadership Training")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)  # first day: today, as offered
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # OK
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", type_in)
    press(qtbot, first_window, Qt.Key.Key_Return)  # the focused choice: Create an event
    assert len(seen) == 1 and seen[0].windowTitle() == "New event"
    [made] = events.list_events(first_window.desk.store)
    assert made.name == "Khulna Leadership Training"
    assert shows_the_desk_on(first_window, made.id)


def test_a_cancelled_new_event_keeps_the_welcome_screen(qtbot, first_window, monkeypatch):
    def cancel(dialog: EventDialog) -> int:
        show_dialog(qtbot, dialog)
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", cancel)
    press(qtbot, first_window, Qt.Key.Key_1)
    assert first_window.welcome.showing and events.list_events(first_window.desk.store) == []


# ------------------------------------------------------------------ 3: join the team
def lead_facilitators_event(tmp_path: Path) -> tuple[str, Path, Path, str]:
    """On the lead's laptop: an event, its join package (passphrase), its plain
    package, and the event key's QR code text."""
    lead = open_store(tmp_path / "lead.sqlite", backups=False)
    try:
        event_id = events.create_event(lead, "Sylhet Cohort", date(2026, 5, 1), date(2026, 5, 2))
        people.add_person(lead, event_id, display_name="Nasrin Akter", region="Sylhet")
        people.add_person(lead, event_id, display_name="মোঃ রাকিব হাসান", region="Dhaka")
        join = bundle.export_bundle(lead, event_id, tmp_path / "join.wltx", passphrase=PASSPHRASE)
        package = bundle.export_bundle(lead, event_id, tmp_path / "package.wltx")
        key = eventkey.key_payload(event_id, eventkey.event_key(lead, event_id))
        return event_id, join.path, package.path, key
    finally:
        lead.close()


def fill_join(qtbot, monkeypatch, steps) -> list[JoinTeamDialog]:
    """Join dialogs shown and typed into by ``steps(dialog)``; their exec returns
    once the dialog is closed."""
    seen: list[JoinTeamDialog] = []

    def run(dialog: JoinTeamDialog) -> int:
        seen.append(dialog)
        show_dialog(qtbot, dialog)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.job is None, timeout=60_000)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(JoinTeamDialog, "exec", run)
    return seen


def test_join_with_the_join_package_and_its_passphrase(
    qtbot, first_window, empty_store, tmp_path, monkeypatch, warnings
):
    event_id, join, _package, _key = lead_facilitators_event(tmp_path)
    before = fingerprint(empty_store)

    def steps(dialog: JoinTeamDialog) -> None:
        qtbot.keyClicks(dialog.ui.fileEdit, str(join))
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Tab)  # Browse…
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the key: none given
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # From a picture…
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.ui.passphraseEdit
        qtbot.keyClicks(dialog.ui.passphraseEdit, "bhapa pitha")  # half remembered
        qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.job is None and len(warnings) == 1, timeout=60_000)
        # refused in one line, nothing imported, the dialog open to try again
        assert warnings == ["join.wltx: wrong passphrase; nothing was imported"]
        assert fingerprint(empty_store) == before
        assert dialog.isVisible() and QApplication.focusWidget() is dialog.ui.passphraseEdit
        qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)  # replaces the selected text
        qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)

    seen = fill_join(qtbot, monkeypatch, steps)
    press(qtbot, first_window, Qt.Key.Key_3)
    assert len(seen) == 1 and len(warnings) == 1
    assert shows_the_desk_on(first_window, event_id)
    names = {p.display_name for p in people.list_people(empty_store, event_id)}
    assert names == {"Nasrin Akter", "মোঃ রাকিব হাসান"}


def test_join_with_the_event_key_read_from_its_qr_code_picture(
    qtbot, first_window, empty_store, tmp_path, monkeypatch, warnings
):
    event_id, _join, package, key = lead_facilitators_event(tmp_path)
    picture = eventkey.key_qr(event_id, key.rsplit(":", 1)[1], tmp_path / "sylhet-key.png")
    chosen: list[str] = []

    def pick(_parent, title, *_args, **_kwargs):
        chosen.append(title)
        return (str(package) if title == "Event package" else str(picture)), ""

    monkeypatch.setattr(join_module.QFileDialog, "getOpenFileName", pick)

    def steps(dialog: JoinTeamDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Browse…
        qtbot.waitUntil(lambda: dialog.ui.fileEdit.text() == str(package))
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # From a p&icture…
        qtbot.waitUntil(lambda: dialog.ui.keyEdit.text() == key)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    seen = fill_join(qtbot, monkeypatch, steps)
    press(qtbot, first_window, Qt.Key.Key_3)
    assert chosen == ["Event package", "Picture of the event key"] and len(seen) == 1
    assert warnings == []
    assert shows_the_desk_on(first_window, event_id)


def test_a_wrong_event_key_is_one_line_and_changes_nothing(
    qtbot, first_window, empty_store, tmp_path, monkeypatch, warnings
):
    event_id, _join, package, _key = lead_facilitators_event(tmp_path)
    before = fingerprint(empty_store)

    def steps(dialog: JoinTeamDialog) -> None:
        qtbot.keyClicks(dialog.ui.fileEdit, str(package))
        dialog.ui.keyEdit.setFocus()
        qtbot.keyClicks(dialog.ui.keyEdit, eventkey.key_payload(event_id, "f" * 64))
        qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.job is None and len(warnings) == 1, timeout=60_000)
        qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Escape)

    fill_join(qtbot, monkeypatch, steps)
    press(qtbot, first_window, Qt.Key.Key_3)
    [line] = warnings
    assert line.startswith("package.wltx: wrong event key") and "\n" not in line
    assert fingerprint(empty_store) == before
    assert first_window.welcome.showing


def test_a_package_without_its_key_is_explained_before_anything_runs(
    qtbot, first_window, empty_store, tmp_path, monkeypatch, warnings
):
    _event_id, _join, package, _key = lead_facilitators_event(tmp_path)

    def steps(dialog: JoinTeamDialog) -> None:
        qtbot.keyClicks(dialog.ui.fileEdit, str(package))
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
        assert dialog.job is None and QApplication.focusWidget() is dialog.ui.keyEdit
        qtbot.keyClick(dialog.ui.keyEdit, Qt.Key.Key_Escape)

    fill_join(qtbot, monkeypatch, steps)
    press(qtbot, first_window, Qt.Key.Key_3)
    assert warnings == [
        "This package needs the event key: scan or paste the text of its QR code, "
        "or read it from a picture."
    ]


def test_a_picture_without_an_event_key_is_one_line(
    qtbot, empty_store, tmp_path, monkeypatch, warnings
):
    import segno

    other = tmp_path / "poster.png"
    segno.make("https://example.org/training").save(str(other), scale=6)
    monkeypatch.setattr(
        join_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), "")
    )
    dialog = JoinTeamDialog(empty_store)
    qtbot.addWidget(dialog)
    dialog.ui.pictureButton.click()
    assert warnings == ["There is no event key QR code in poster.png."]
    assert dialog.ui.keyEdit.text() == ""


# ------------------------------------------------------------------ 4: another store
@pytest.fixture
def second_store(tmp_path) -> tuple[Path, str]:
    """A store file handed over on a USB stick, with an event in it."""
    path = tmp_path / "stick" / "rangpur.sqlite"
    path.parent.mkdir()
    store = open_store(path, backups=False)
    try:
        event_id = events.create_event(store, "Rangpur Camp", date(2026, 6, 1), date(2026, 6, 2))
    finally:
        store.close()
    return path, event_id


def fill_store(qtbot, monkeypatch, text: str) -> list[OpenStoreDialog]:
    seen: list[OpenStoreDialog] = []

    def run(dialog: OpenStoreDialog) -> int:
        seen.append(dialog)
        show_dialog(qtbot, dialog)
        dialog.ui.fileEdit.setFocus()
        qtbot.keyClicks(dialog.ui.fileEdit, text)
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
        if dialog.isVisible():
            qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(OpenStoreDialog, "exec", run)
    return seen


def test_open_another_store_and_the_next_start_opens_it_again(
    qtbot, first_window, second_store, monkeypatch, warnings
):
    path, event_id = second_store
    seen = fill_store(qtbot, monkeypatch, str(path))
    press(qtbot, first_window, Qt.Key.Key_4)
    assert len(seen) == 1 and warnings == []
    assert first_window.desk.store.path == path
    assert shows_the_desk_on(first_window, event_id)
    first_window.close()
    store, note = start_store(None, Settings())  # the next start, without --db
    try:
        assert store.path == path and note == ""
    finally:
        store.close()


def test_a_file_that_is_no_store_is_one_line_and_stays_as_it_was(
    qtbot, first_window, empty_store, tmp_path, monkeypatch, warnings
):
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b"name,region\nNasrin Akter,Sylhet\n")
    fill_store(qtbot, monkeypatch, str(roster))
    press(qtbot, first_window, Qt.Key.Key_4)
    [line] = warnings
    assert "roster.csv" in line and "not a database" in line and "\n" not in line
    assert roster.read_bytes() == b"name,region\nNasrin Akter,Sylhet\n"
    assert first_window.welcome.showing and first_window.desk.store is empty_store
    assert Settings().chosen_store == ""


def test_a_mistyped_store_file_is_refused_and_not_made(
    qtbot, first_window, tmp_path, monkeypatch, warnings
):
    missing = tmp_path / "rangpr.sqlite"
    fill_store(qtbot, monkeypatch, str(missing))
    press(qtbot, first_window, Qt.Key.Key_4)
    assert warnings == [f"There is no file {missing}."]
    assert not missing.exists() and first_window.welcome.showing


def test_a_store_left_on_a_stick_that_is_out_opens_the_default_store(tmp_path, qapp):
    gone = tmp_path / "stick" / "rangpur.sqlite"
    Settings().remember_store(f"sqlite:///{gone}")
    store, note = start_store(None, Settings())
    try:
        assert store.path is not None and store.path.name == "wltdesk.sqlite"
        assert str(gone) in note and not gone.exists()
    finally:
        store.close()


def test_an_empty_store_chosen_later_brings_the_welcome_screen_back(
    qtbot, gui_store, live_event, tmp_path, monkeypatch, warnings
):
    """From an open event, Event ▸ Open another store… on a store with no event."""
    main = build_window(gui_store, None, Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert not main.welcome.showing
    empty = tmp_path / "empty.sqlite"
    open_store(empty, backups=False).close()
    fill_store(qtbot, monkeypatch, str(empty))
    main.ui.actionOpenStore.trigger()
    assert main.welcome.showing and main.desk.event_id is None
    assert main.focusWidget() is main.welcome.ui.createButton


@pytest.mark.postgres
def test_an_organizer_opens_a_postgresql_store_by_its_address(
    qtbot, first_window, postgres_database, monkeypatch, warnings
):
    seen: list[OpenStoreDialog] = []

    def run(dialog: OpenStoreDialog) -> int:
        seen.append(dialog)
        show_dialog(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Postgre&SQL
        qtbot.waitUntil(dialog.ui.serverRadio.isChecked)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.ui.urlEdit
        qtbot.keyClicks(dialog.ui.urlEdit, postgres_database)
        qtbot.keyClick(dialog.ui.urlEdit, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(OpenStoreDialog, "exec", run)
    press(qtbot, first_window, Qt.Key.Key_4)
    assert len(seen) == 1 and warnings == []
    assert first_window.desk.store.url == postgres_database
    assert first_window.welcome.showing  # a new database: no event yet
    assert first_window.welcome.ui.storeLabel.text() == f"This store: {postgres_database}"
    assert Settings().chosen_store == postgres_database
    first_window.close()
    first_window.desk.store.close()  # before the database is dropped
    store, note = start_store(None, Settings())
    try:
        assert store.url == postgres_database and note == ""
    finally:
        store.close()
