"""The check-in desk, driven by keystrokes as at the door of a training room.

The desk chooses the session by the clock and marks late arrivals by it, so
every test runs at several instants, either side of midnight (``around_midnight``).
"""

from __future__ import annotations

import threading
from collections import Counter
from types import SimpleNamespace

import pytest
from bundle_tools import key_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from wltdesk import agenda, attendance, events, people
from wltdesk.errors import UserError
from wltdesk.gui.people.dialog import PersonDialog
from wltdesk.search import PeopleIndex
from wltdesk.store import open_store
from wltdesk.sync import bundle, merge

pytestmark = pytest.mark.around_midnight


def desk_of(window):
    return window.sections["checkin"]


def type_text(qtbot, line_edit, text):
    """Type like a user; non-Latin text arrives whole, as from an input method."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.insert(text)  # QTest can only synthesize keys for ASCII


def type_in(qtbot, pane, text):
    pane.ui.searchEdit.clear()
    type_text(qtbot, pane.ui.searchEdit, text)


def test_the_desk_opens_on_the_running_session_with_focus_in_search(qtbot, window, live_event):
    pane = desk_of(window)
    assert window.current_section() == "checkin"
    assert pane.session_id() == live_event["session_id"]
    assert QApplication.focusWidget() is pane.ui.searchEdit
    qtbot.waitUntil(lambda: "expected 4" in pane.ui.countsLabel.text())  # counted in the pool


def test_results_follow_every_keystroke(qtmodeltester, qtbot, window):
    pane = desk_of(window)
    qtbot.keyClicks(pane.ui.searchEdit, "k")
    assert pane.results.rowCount() == 3  # Rakib, Rakibul, Farhana Akter: any part of a name
    pane.ui.searchEdit.clear()
    qtbot.keyClicks(pane.ui.searchEdit, "rakibu")
    assert [m.display_name for m in pane.results.matches] == ["Rakibul Islam"]
    type_in(qtbot, pane, "রাকিব")
    assert {m.display_name for m in pane.results.matches} == {"Rakib Hasan", "Rakibul Islam"}
    qtmodeltester.check(pane.results, force_py=True)


def test_enter_checks_in_the_top_match_and_clears_the_field(qtbot, window, gui_store, live_event):
    pane = desk_of(window)
    type_in(qtbot, pane, "jose")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    marks = attendance.statuses(gui_store, live_event["session_id"])
    assert marks[live_event["people"][3]][0] == "present"
    assert pane.ui.searchEdit.text() == ""
    assert "José Álvarez" in pane.ui.confirmLabel.text()
    assert "present" in pane.ui.confirmLabel.text()
    qtbot.waitUntil(lambda: "Present 1" in pane.ui.countsLabel.text())


def test_a_walk_in_is_recorded_at_once_and_the_session_counted_in_the_pool(
    qtbot, window, gui_store, live_event, monkeypatch
):
    """Issue #19, round two: the card says "Checked in" once the check-in is in the
    store; the session's counts (a count over the whole roster) come from the
    thread pool, so a 50,000-person roster never holds the desk still."""
    pane = desk_of(window)
    qtbot.waitUntil(lambda: not pane.tally.busy)
    counted_on: set[int] = set()
    count = attendance.counts

    def counts(*args, **kwargs):
        counted_on.add(threading.get_ident())
        return count(*args, **kwargs)

    monkeypatch.setattr(attendance, "counts", counts)
    pane.ui.walkInName.setFocus()
    qtbot.keyClicks(pane.ui.walkInName, "Nadia Afrin")
    qtbot.keyClick(pane.ui.walkInName, Qt.Key.Key_Return)
    assert "Checked in" in pane.ui.confirmLabel.text()
    roster = {p.display_name: p.id for p in people.list_people(gui_store, live_event["event_id"])}
    assert roster["Nadia Afrin"] in attendance.statuses(gui_store, live_event["session_id"])
    qtbot.waitUntil(lambda: "Present 1 (late 0) / expected 5" in pane.ui.countsLabel.text())
    assert counted_on and threading.get_ident() not in counted_on


def test_arrow_keys_choose_another_match(qtbot, window, gui_store, live_event):
    pane = desk_of(window)
    type_in(qtbot, pane, "rakib")
    second = pane.results.matches[1].person_id
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, live_event["session_id"])) == {second}


def test_a_scanned_badge_code_checks_in_directly(qtbot, window, gui_store, live_event):
    pane = desk_of(window)
    person_id = live_event["people"][2]
    code = people.get_person(gui_store, person_id).badge_code
    type_in(qtbot, pane, code)  # a USB scanner types the code, then Enter
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, live_event["session_id"])) == {person_id}
    assert "ফারহানা আক্তার" in pane.ui.confirmLabel.text()


def test_checking_in_twice_says_already_and_keeps_one(qtbot, window, gui_store, live_event):
    pane = desk_of(window)
    for _ in range(2):
        type_in(qtbot, pane, "farhana")
        qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert "Already checked in" in pane.ui.confirmLabel.text()
    assert attendance.counts(gui_store, live_event["session_id"]).arrived == 1
    assert window.desk.undo_stack.count() == 1  # nothing to undo for the second


def test_ctrl_z_undoes_the_check_in_and_ctrl_shift_z_redoes(qtbot, window, gui_store, live_event):
    pane = desk_of(window)
    session = live_event["session_id"]
    type_in(qtbot, pane, "rakib hasan")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert attendance.counts(gui_store, session).arrived == 1
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert attendance.counts(gui_store, session).arrived == 0
    qtbot.waitUntil(lambda: "Present 0" in pane.ui.countsLabel.text())
    window.redo_action.trigger()
    assert attendance.counts(gui_store, session).arrived == 1


def test_no_match_offers_a_walk_in_and_registers_without_leaving(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    type_in(qtbot, pane, "Nadia Afrin")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert "walk-in" in pane.ui.confirmLabel.text()
    assert pane.ui.walkInName.text() == "Nadia Afrin"
    qtbot.mouseClick(pane.ui.walkInLocalName, Qt.MouseButton.LeftButton)  # into the box
    type_text(qtbot, pane.ui.walkInLocalName, "নাদিয়া আফরিন")
    qtbot.keyClick(pane.ui.walkInLocalName, Qt.Key.Key_Return)
    roster = {p.display_name: p for p in people.list_people(gui_store, live_event["event_id"])}
    assert roster["Nadia Afrin"].local_name == "নাদিয়া আফরিন"
    marks = attendance.statuses(gui_store, live_event["session_id"])
    assert roster["Nadia Afrin"].id in marks
    assert pane.ui.walkInName.text() == ""
    # the new person is searchable at once
    type_in(qtbot, pane, "nadia")
    assert [m.display_name for m in pane.results.matches] == ["Nadia Afrin"]


def test_already_checked_in_people_are_marked_in_the_results(qtbot, window, live_event):
    pane = desk_of(window)
    type_in(qtbot, pane, "rakibul")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    type_in(qtbot, pane, "rakib")
    shown = [pane.results.index(r).data() for r in range(pane.results.rowCount())]
    assert any("Rakibul" in text and "✓" in text for text in shown)
    assert any("Rakib Hasan" in text and "✓" not in text for text in shown)


def test_late_after_the_preferred_grace_period(qtbot, window, gui_store, live_event):
    window.desk.late_grace_minutes = 0  # the session started five minutes ago
    pane = desk_of(window)
    type_in(qtbot, pane, "rakib hasan")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    person = live_event["people"][0]
    assert attendance.statuses(gui_store, live_event["session_id"])[person][0] == "late"


def test_an_empty_search_shows_the_latest_check_ins_newest_first(qtbot, window):
    pane = desk_of(window)
    assert pane.ui.resultsLabel.text() == "No check-ins yet"
    for name in ("jose", "farhana"):
        type_in(qtbot, pane, name)
        qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert pane.ui.resultsLabel.text() == "Latest check-ins"
    assert [m.display_name for m in pane.results.matches] == ["Farhana Akter", "José Álvarez"]
    type_in(qtbot, pane, "rak")
    assert pane.ui.resultsLabel.text() == "Matches: 2"


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_says_the_check_in_was_undone_and_redo_says_it_again(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    type_in(qtbot, pane, "rakib hasan")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert "Checked in: present" in pane.ui.confirmLabel.text()
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Z, CTRL)
    card = pane.ui.confirmLabel.text()
    assert "Rakib Hasan" in card and "undone" in card
    assert "Checked in" not in card
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Checked in: present" in pane.ui.confirmLabel.text()
    assert attendance.counts(gui_store, live_event["session_id"]).arrived == 1


def test_enter_on_a_name_several_people_share_asks_before_checking_in(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    session = live_event["session_id"]
    type_in(qtbot, pane, "rakib")  # Rakib Hasan and Rakibul Islam fit equally well
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert attendance.statuses(gui_store, session) == {}
    card = pane.ui.confirmLabel.text()
    assert "2 people match" in card and "Enter again checks in Rakib Hasan" in card
    # the command line refuses the same text
    with pytest.raises(UserError, match="people match"):
        attendance.check_in_by_query(gui_store, session, "rakib")
    # the facilitator looks, chooses the other one and presses Enter
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, session)) == {live_event["people"][1]}
    # asked, a second Enter checks in the one the card named
    type_in(qtbot, pane, "rakib")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, session)) == {live_event["people"][1]}
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert live_event["people"][0] in attendance.statuses(gui_store, session)


def test_esc_empties_the_search_field(qtbot, window):
    pane = desk_of(window)
    qtbot.keyClicks(pane.ui.searchEdit, "jahan")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Escape)
    assert pane.ui.searchEdit.text() == ""
    qtbot.keyClicks(pane.ui.searchEdit, "nusrat")
    assert pane.ui.searchEdit.text() == "nusrat"


def test_a_failed_search_leaves_the_walk_in_box_once_someone_is_checked_in(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    qtbot.keyClicks(pane.ui.searchEdit, "Farhna")  # a typo: no one matches
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert pane.ui.walkInName.text() == "Farhna"
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Escape)
    qtbot.keyClicks(pane.ui.searchEdit, "farhana")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, live_event["session_id"])) == {
        live_event["people"][2]
    }
    assert pane.ui.walkInName.text() == ""  # nothing left to become a bogus person


def test_undoing_a_walk_in_takes_the_new_person_off_the_roster(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    event_id = live_event["event_id"]
    qtbot.keyClicks(pane.ui.searchEdit, "Nadia Afrn")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(pane.ui.walkInName, Qt.MouseButton.LeftButton)
    qtbot.keyClick(pane.ui.walkInName, Qt.Key.Key_Return)
    assert "Nadia Afrn" in {p.display_name for p in people.list_people(gui_store, event_id)}
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Z, CTRL)  # oops, a typo
    assert "Nadia Afrn" not in {p.display_name for p in people.list_people(gui_store, event_id)}
    removed = people.list_people(gui_store, event_id, include_deleted=True)
    assert [p.deleted for p in removed if p.display_name == "Nadia Afrn"] == [True]
    assert "Walk-in undone" in pane.ui.confirmLabel.text()
    qtbot.keyClicks(pane.ui.searchEdit, "nadia")
    assert pane.results.matches == []
    assert attendance.counts(gui_store, live_event["session_id"]).arrived == 0


# ---------------------------------------------------------------- the roster changes
@pytest.fixture
def roster_reads(monkeypatch):
    """Counts reads of the whole roster and search indexes built from one (both still run)."""
    counts: Counter[str] = Counter()
    real_build = PeopleIndex.build.__func__
    real_list = people.list_people

    def build(cls, roster):
        counts["index built"] += 1
        return real_build(cls, roster)

    def list_people(*args, **kwargs):
        counts["roster read"] += 1
        return real_list(*args, **kwargs)

    monkeypatch.setattr(PeopleIndex, "build", classmethod(build))
    monkeypatch.setattr(people, "list_people", list_people)
    return counts


def fresh_results(store, event_id, queries):
    """What an index built afresh from the store finds (the oracle)."""
    index = PeopleIndex.build(people.list_people(store, event_id))
    return {text: index.search(text, 50) for text in queries}


def test_a_walk_in_is_found_by_the_next_keys_without_rebuilding_the_index(
    qtbot, window, roster_reads
):
    pane = desk_of(window)
    roster_reads.clear()
    qtbot.keyClicks(pane.ui.searchEdit, "Nadia Afrin")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)  # no one: offered as a walk-in
    qtbot.mouseClick(pane.ui.walkInName, Qt.MouseButton.LeftButton)
    qtbot.keyClick(pane.ui.walkInName, Qt.Key.Key_Return)
    assert "Nadia Afrin" in pane.ui.confirmLabel.text()
    qtbot.keyClicks(pane.ui.searchEdit, "afri")
    assert [m.display_name for m in pane.results.matches] == ["Nadia Afrin"]
    assert roster_reads == Counter()  # one person went into the index, not everyone again


def test_edits_in_the_people_section_reach_the_desk_search_without_a_rebuild(
    qtbot, window, gui_store, live_event, roster_reads
):
    """Name, local name and badge code changed in the person dialog, by keys."""
    roster_pane = window.sections["people"]  # built (and read) the first time it is shown
    window.show_section("people")
    qtbot.waitUntil(lambda: not roster_pane.model.loading)  # read in the thread pool
    roster_reads.clear()
    view = roster_pane.ui.tableView
    view.setFocus()
    names = [roster_pane.model.index(row, 1).data() for row in range(roster_pane.model.rowCount())]
    view.selectRow(names.index("José Álvarez"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = next(d for d in roster_pane.findChildren(PersonDialog) if d.isVisible())
    for edit, text in (
        (dialog.ui.nameEdit, "Josefina Alvarado"),
        (dialog.ui.badgeEdit, "JQ7ALV"),
    ):
        edit.selectAll()
        qtbot.keyClicks(edit, text)
    dialog.ui.localNameEdit.insert("হোসেফিনা")  # an input method gives whole words
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.desk.roster.settled):  # told as the event loop turns
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
    window.activateWindow()  # the dialog has gone (offscreen, no window is active then)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_section("checkin")
    pane = desk_of(window)
    type_in(qtbot, pane, "alvarez")  # the old name is gone from the search
    assert pane.results.matches == []
    type_in(qtbot, pane, "josefina")
    assert [m.display_name for m in pane.results.matches] == ["Josefina Alvarado"]
    type_in(qtbot, pane, "হোসেফি")
    assert [m.display_name for m in pane.results.matches] == ["Josefina Alvarado"]
    type_in(qtbot, pane, "jq7alv")  # the new badge code, as a scanner types it
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert live_event["people"][3] in attendance.statuses(gui_store, live_event["session_id"])
    assert roster_reads == Counter()


def test_a_name_edited_in_the_table_is_searched_at_the_desk_and_undo_brings_the_old_back(
    qtbot, window, gui_store, live_event, roster_reads
):
    """F2, a new name, Enter in the People table: the desk's search has it once the
    event loop has turned (the table tells the other panes a turn after it shows the
    edit), and Ctrl+Z puts the old name back in the store, the table and the search."""
    roster_pane = window.sections["people"]
    window.show_section("people")
    qtbot.waitUntil(lambda: not roster_pane.model.loading)  # read in the thread pool
    roster_reads.clear()
    view = roster_pane.ui.tableView
    names = [roster_pane.model.index(row, 1).data() for row in range(roster_pane.model.rowCount())]
    view.setFocus()
    view.setCurrentIndex(roster_pane.model.index(names.index("José Álvarez"), 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Josefina Alvarado")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    index = desk_of(window).index
    qtbot.waitUntil(lambda: [m.display_name for m in index.search("josefina", 5)] != [])
    assert [m.display_name for m in index.search("josefina", 5)] == ["Josefina Alvarado"]
    assert index.search("álvarez", 5) == []
    assert people.get_person(gui_store, live_event["people"][3]).display_name == (
        "Josefina Alvarado"
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people.get_person(gui_store, live_event["people"][3]).display_name == "José Álvarez"
    shown = [roster_pane.model.index(row, 1).data() for row in range(roster_pane.model.rowCount())]
    assert "José Álvarez" in shown and "Josefina Alvarado" not in shown
    qtbot.waitUntil(lambda: index.search("josefina", 5) == [])
    assert [m.display_name for m in index.search("álvarez", 5)] == ["José Álvarez"]
    assert roster_pane.ui.countLabel.text() == "4 people"
    assert roster_reads == Counter()


def test_people_changed_or_removed_by_a_sync_are_searched_as_they_are_now(
    qtbot, window, gui_store, live_event, tmp_path, roster_reads, monkeypatch
):
    """Another laptop renames one person, removes another and registers a third; the
    bundle merges through the Sync section. The desk finds exactly what a freshly
    built index finds, and was updated person by person."""
    event_id = live_event["event_id"]
    rakib, rakibul, farhana, _jose = live_event["people"]
    package = bundle.export_bundle(gui_store, event_id, tmp_path / "package.wltx").path
    other = open_store(tmp_path / "other.sqlite", backups=False)
    merge.import_bundles(other, [package], given_key=key_of(gui_store, event_id))
    people.update_person(other, rakib, display_name="Rakib Chowdhury", local_name=None)
    people.delete_person(other, rakibul)
    people.add_person(other, event_id, display_name="Sumaiya Rahman", local_name="সুমাইয়া")
    path = bundle.export_bundle(other, event_id, tmp_path / "other.wltx").path
    other.close()
    pane = desk_of(window)
    roster_reads.clear()
    sync = window.sections["sync"]
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)  # the summary
    with qtbot.waitSignal(window.desk.roster.settled, timeout=20_000):
        sync.import_paths([str(path)])
    assert roster_reads == Counter()
    queries = ["rakib", "chowdhury", "রাকিব", "sumaiya", "সুমা", "a", "farhana", "k"]
    expected = fresh_results(gui_store, event_id, queries)
    for text in queries:
        type_in(qtbot, pane, text)
        assert pane.results.matches == expected[text], text
    type_in(qtbot, pane, "rakib")
    assert [m.person_id for m in pane.results.matches] == [rakib]  # Rakibul is gone
    assert farhana in {m.person_id for m in expected["a"]}


def test_someone_arriving_from_elsewhere_keeps_the_match_chosen_with_the_arrows(
    qtbot, window, gui_store, live_event
):
    pane = desk_of(window)
    type_in(qtbot, pane, "rakib")
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Down)  # Rakibul Islam, chosen by hand
    chosen = pane.results.matches[1].person_id
    newcomer = people.add_person(gui_store, live_event["event_id"], display_name="Rakiba Sultana")
    window.desk.announce_people([newcomer])  # as a merge or another window announces it
    assert [m.display_name for m in pane.results.matches] == [
        "Rakib Hasan", "Rakiba Sultana", "Rakibul Islam"
    ]
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, live_event["session_id"])) == {chosen}


# ---------------------------------------------------------------- opening an event
@pytest.fixture
def day_two(gui_store, live_event):
    """A second event running now, with its own two people and a session begun."""
    opening = attendance.get_session(gui_store, live_event["session_id"])
    event = events.get_event(gui_store, live_event["event_id"])
    event_id = events.create_event(gui_store, "Day Two", event.start_date, event.end_date)
    ids = [
        people.add_person(gui_store, event_id, display_name=name)
        for name in ("Nadia Afrin", "Tanvir Ahmed")
    ]
    session_id = agenda.add_session(
        gui_store, event_id, "Planning", opening.starts_at, opening.ends_at
    )
    return {"event_id": event_id, "people": ids, "session_id": session_id}


@pytest.fixture
def held_build(window, monkeypatch):
    """Holds every build of the desk's search index until the test lets it go, and
    notes the thread each ran on (the window's first event is built already)."""
    gate = threading.Event()
    threads: list[threading.Thread] = []
    real_build = PeopleIndex.build.__func__

    def build(cls, roster):
        threads.append(threading.current_thread())
        gate.wait(5)
        return real_build(cls, roster)

    monkeypatch.setattr(PeopleIndex, "build", classmethod(build))
    yield SimpleNamespace(gate=gate, threads=threads)
    gate.set()  # before the pool is drained


def test_opening_an_event_builds_its_search_index_off_the_gui_thread(
    qtbot, window, held_build, day_two
):
    pane = desk_of(window)
    window.open_event(day_two["event_id"])  # as Event ▸ Open does
    assert pane.ui.resultsLabel.text() == "Loading the roster…"
    held_build.gate.set()
    qtbot.waitUntil(lambda: not pane.loading.loading)
    assert held_build.threads
    assert threading.main_thread() not in held_build.threads
    qtbot.keyClicks(pane.ui.searchEdit, "tanv")
    assert [m.display_name for m in pane.results.matches] == ["Tanvir Ahmed"]


def test_a_name_typed_while_the_roster_loads_is_found_once_it_is_in(
    qtbot, window, gui_store, held_build, day_two
):
    """Nothing typed is lost: Enter before the matches show says to wait and keeps the
    text; once the roster is in, the matches show and Enter checks in as ever."""
    pane = desk_of(window)
    window.open_event(day_two["event_id"])
    qtbot.keyClicks(pane.ui.searchEdit, "nadia")
    assert pane.ui.resultsLabel.text() == "Loading the roster…"
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert "still loading" in pane.ui.confirmLabel.text()
    assert pane.ui.searchEdit.text() == "nadia"
    assert pane.ui.walkInName.text() == ""  # not offered as a walk-in: nobody was searched
    assert attendance.statuses(gui_store, day_two["session_id"]) == {}
    with qtbot.waitSignal(pane.loading.loaded):
        held_build.gate.set()
    assert pane.ui.searchEdit.text() == "nadia"
    assert [m.display_name for m in pane.results.matches] == ["Nadia Afrin"]
    assert pane.ui.resultsLabel.text() == "Matches: 1"
    assert not pane.ui.confirmFrame.isVisible()  # the wait is over
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, day_two["session_id"])) == {day_two["people"][0]}
    assert "Nadia Afrin" in pane.ui.confirmLabel.text()
    assert pane.ui.searchEdit.text() == ""


def test_a_badge_scanned_while_the_roster_loads_checks_its_person_in_at_once(
    qtbot, window, gui_store, held_build, day_two
):
    pane = desk_of(window)
    window.open_event(day_two["event_id"])
    tanvir = day_two["people"][1]
    code = people.get_person(gui_store, tanvir).badge_code
    assert pane.ui.resultsLabel.text() == "Loading the roster…"
    qtbot.keyClicks(pane.ui.searchEdit, code.lower())  # a scanner types the code, then Enter
    qtbot.keyClick(pane.ui.searchEdit, Qt.Key.Key_Return)
    assert set(attendance.statuses(gui_store, day_two["session_id"])) == {tanvir}
    assert "Tanvir Ahmed" in pane.ui.confirmLabel.text()
    assert "Checked in" in pane.ui.confirmLabel.text()
    assert pane.ui.searchEdit.text() == ""
    with qtbot.waitSignal(pane.loading.loaded):
        held_build.gate.set()
    assert [m.display_name for m in pane.results.matches] == ["Tanvir Ahmed"]  # latest


def test_a_walk_in_registered_while_the_roster_loads_is_in_the_index_after(
    qtbot, window, gui_store, held_build, day_two
):
    pane = desk_of(window)
    window.open_event(day_two["event_id"])
    pane.ui.walkInName.setFocus()
    qtbot.keyClicks(pane.ui.walkInName, "Shirin Sultana")
    qtbot.keyClick(pane.ui.walkInName, Qt.Key.Key_Return)
    assert "Shirin Sultana" in pane.ui.confirmLabel.text()
    with qtbot.waitSignal(pane.loading.loaded):
        held_build.gate.set()
    qtbot.waitUntil(lambda: not window.desk.roster.busy)
    qtbot.keyClicks(pane.ui.searchEdit, "shir")
    assert [m.display_name for m in pane.results.matches] == ["Shirin Sultana"]


def test_a_roster_from_an_event_left_meanwhile_is_not_used(
    qtbot, window, held_build, day_two, live_event
):
    pane = desk_of(window)
    window.open_event(day_two["event_id"])
    window.open_event(live_event["event_id"])  # back before Day Two's roster came in
    held_build.gate.set()
    qtbot.waitUntil(lambda: not pane.loading.loading and not pane.loading.reading.busy)
    qtbot.keyClicks(pane.ui.searchEdit, "nadia")
    assert pane.results.matches == []
    pane.ui.searchEdit.clear()
    qtbot.keyClicks(pane.ui.searchEdit, "farhana")
    assert [m.display_name for m in pane.results.matches] == ["Farhana Akter"]
