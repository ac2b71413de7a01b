"""The People table on a big roster's terms: read off the GUI thread, sorted and filtered
by the model itself (no proxy asking Python per comparison), in the order Qt's proxy gave."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from wltdesk import events, people
from wltdesk.gui.desk import Desk
from wltdesk.gui.people.dialog import PersonDialog
from wltdesk.gui.people.model import COLUMNS, shown_labels
from wltdesk.gui.people.pane import PeoplePane
from wltdesk.gui.people.rows import ID, RosterRows
from wltdesk.store import open_store

#: name, name in Bengali, region, role, photo consent: ties in region, role and
#: consent; names that fold alike ("rakib" / "Rakib"); people without a local name.
PEOPLE = [
    ("Rakib Hasan", "মোঃ রাকিব হাসান", "Dhaka", "participant", None),
    ("rakib Ahmed", "রাকিব আহমেদ", "Sylhet", "facilitator", True),
    ("Rakibul Islam", "রাকিবুল ইসলাম", "Sylhet", "participant", False),
    ("Farhana Akter", "ফারহানা আক্তার", "Khulna", "organizer", True),
    ("José Álvarez", None, "Rangpur", "participant", None),
    ("Ayesha Siddika", "আয়েশা সিদ্দিকা", "Dhaka", "participant", True),
    ("Émile Zola", None, "Dhaka", "facilitator", False),
    ("Nusrat Jahan", "নুসরাত জাহান", "Khulna", "participant", None),
    ("Tanvir Ahmed", "তানভীর আহমেদ", "Sylhet", "participant", False),
    ("Äsa Lind", "আসা লিন্ড", "Rangpur", "organizer", None),
]


def column(key: str) -> int:
    return COLUMNS.index(key)


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "table.sqlite")
    yield opened
    opened.close()


def make_event(store, name: str, roster) -> str:
    event_id = events.create_event(store, name, date(2026, 3, 14), date(2026, 3, 15))
    for display, local, region, role, consent in roster:
        people.add_person(
            store,
            event_id,
            display_name=display,
            local_name=local,
            region=region,
            role=role,
            photo_consent=consent,
        )
    return event_id


@pytest.fixture
def event_id(store):
    return make_event(store, "Roster Training", PEOPLE)


@pytest.fixture
def held(monkeypatch):
    """``people.list_people`` reads, then waits for ``release`` (set by the test), and
    notes the thread each read ran on and which event it read."""
    real = people.list_people
    state = {"release": threading.Event(), "threads": [], "events": [], "real": real}

    def list_people(store, event_id, *args, **kwargs):
        found = real(store, event_id, *args, **kwargs)
        state["threads"].append(threading.current_thread())
        state["events"].append(event_id)
        state["release"].wait(10)
        return found

    monkeypatch.setattr(people, "list_people", list_people)
    return state


def make_pane(qtbot, desk) -> PeoplePane:
    pane = PeoplePane(desk)
    qtbot.addWidget(pane)
    pane.resize(1180, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def loaded(qtbot, pane) -> None:
    qtbot.waitUntil(lambda: not pane.model.loading)


@pytest.fixture
def pane(qtbot, store, event_id):
    desk = Desk(store)
    desk.open_event(event_id)
    widget = make_pane(qtbot, desk)
    loaded(qtbot, widget)
    return widget


def shown_names(pane) -> list[str]:
    model = pane.model
    return [model.index(r, column("display_name")).data() for r in range(model.rowCount())]


# ----------------------------------------------------------------- loading
def test_the_roster_is_read_off_the_gui_thread_and_the_section_says_so(
    qtbot, store, event_id, held
):
    desk = Desk(store)
    desk.open_event(event_id)
    pane = make_pane(qtbot, desk)  # returns while the roster is still being read
    qtbot.waitUntil(lambda: bool(held["threads"]))
    assert pane.model.loading
    assert pane.ui.countLabel.text() == "Loading the roster…"
    assert not pane.ui.addButton.isEnabled()
    assert not pane.ui.editButton.isEnabled() and not pane.ui.deleteButton.isEnabled()
    assert pane.add_person() is None
    pane.ui.tableView.setFocus()
    qtbot.keyClick(pane.ui.tableView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert pane.findChildren(PersonDialog) == []
    held["release"].set()
    loaded(qtbot, pane)
    assert held["threads"] and all(t is not threading.main_thread() for t in held["threads"])
    assert pane.ui.countLabel.text() == "10 people"
    assert pane.ui.addButton.isEnabled()
    assert shown_names(pane)[:2] == ["Ayesha Siddika", "Farhana Akter"]


def test_changes_announced_while_the_roster_loads_are_shown_after(
    qtbot, store, event_id, held
):
    """A walk-in added, a person edited and one removed while the roster is read (after
    the read saw them as they were): the table shows all three once it is read."""
    desk = Desk(store)
    desk.open_event(event_id)
    pane = make_pane(qtbot, desk)
    qtbot.waitUntil(lambda: bool(held["threads"]))  # the roster is read, as it was
    assert pane.model.loading
    roster = {p.display_name: p.id for p in held["real"](store, event_id)}
    walk_in = people.add_person(store, event_id, display_name="Walk In", local_name="ওয়াক ইন")
    people.update_person(store, roster["Farhana Akter"], region="Barishal")
    people.delete_people(store, [roster["José Álvarez"]])
    desk.announce_people([walk_in, roster["Farhana Akter"]])
    desk.announce_people(None)  # as a merge does: the feed compares in the background
    qtbot.waitUntil(lambda: not desk.roster.busy)
    held["release"].set()
    loaded(qtbot, pane)
    names = shown_names(pane)
    assert "Walk In" in names and "José Álvarez" not in names
    assert len(names) == 10 and pane.ui.countLabel.text() == "10 people"
    farhana = pane.model.row_of(roster["Farhana Akter"])
    assert pane.model.index(farhana, column("region")).data() == "Barishal"
    assert names == sorted(names, key=str.casefold)  # each in its sorted place


def test_a_roster_read_for_an_event_left_is_dropped(qtbot, store, event_id, held):
    mitu = ("Mitu Das", None, "Dhaka", "participant", None)
    other = make_event(store, "Another Training", [mitu])
    desk = Desk(store)
    desk.open_event(event_id)
    pane = make_pane(qtbot, desk)
    qtbot.waitUntil(lambda: bool(held["threads"]))
    desk.open_event(other)  # while the first event's roster is still being read
    assert pane.model.loading and pane.model.rowCount() == 0
    held["release"].set()
    loaded(qtbot, pane)
    assert held["events"] == [event_id, other]
    assert shown_names(pane) == ["Mitu Das"]
    assert pane.ui.countLabel.text() == "1 person"


# ----------------------------------------------------------------- order
class OldTable:
    """The order the table had before: Qt's QSortFilterProxyModel over the roster (in
    ``list_people``'s order) sorting on each cell's folded text (0/1/2 for consent),
    first by name as the pane opened, then as each header click asks."""

    def __init__(self, store, event_id) -> None:
        self.source = QStandardItemModel()
        for person in people.list_people(store, event_id):
            items = []
            for key in COLUMNS:
                value = getattr(person, key)
                item = QStandardItem(person.id)
                sort = {True: 0, False: 1, None: 2}[value] if key == "photo_consent" else None
                item.setData((value or "").casefold() if sort is None else sort, SORT_ROLE)
                items.append(item)
            self.source.appendRow(items)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.sort(column("display_name"), Qt.SortOrder.AscendingOrder)

    def sort(self, section: int, order: Qt.SortOrder) -> list[str]:
        self.proxy.sort(section, order)
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def shown_ids(pane) -> list[str]:
    model = pane.model
    return [model.person(r).id for r in range(model.rowCount())]


@pytest.mark.parametrize("key", ["display_name", "local_name", "region", "role", "photo_consent"])
def test_a_header_click_sorts_as_qts_proxy_did_latin_and_bengali(qtbot, pane, store, key):
    header = pane.ui.tableView.horizontalHeader()
    section = column(key)
    spot = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, 5)
    old = OldTable(store, pane.desk.event_id)
    seen = set()
    for _ in range(2):  # one way, then the other
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert header.sortIndicatorSection() == section
        order = header.sortIndicatorOrder()
        seen.add(order)
        assert shown_ids(pane) == old.sort(section, order)
    assert len(seen) == 2


def test_the_chosen_person_stays_chosen_through_sorts_and_filters(qtbot, pane, store):
    roster = people.list_people(store, pane.desk.event_id)
    rakibul = next(p.id for p in roster if p.display_name == "Rakibul Islam")
    view = pane.ui.tableView
    view.setFocus()
    view.selectRow(pane.model.row_of(rakibul))
    header = view.horizontalHeader()
    for key in ("region", "local_name", "badge_code"):
        section = column(key)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder)
        assert pane.selected_ids() == [rakibul]
        assert pane.current_id() == rakibul
    qtbot.keyClicks(pane.ui.filterEdit, "raki")
    assert pane.selected_ids() == [rakibul]
    assert len(shown_names(pane)) == 3


# ----------------------------------------------------------------- filter
def test_the_filter_finds_bengali_and_latin_names_key_by_key(qtbot, pane):
    edit = pane.ui.filterEdit
    edit.insert("রাকিব")  # Bengali arrives whole, from an input method
    assert shown_names(pane) == ["rakib Ahmed", "Rakib Hasan", "Rakibul Islam"]
    assert pane.ui.countLabel.text() == "3 of 10 people"
    edit.insert("ুল")
    assert shown_names(pane) == ["Rakibul Islam"]
    edit.clear()
    # (needles with an I, L or O: badge codes never hold one)
    qtbot.keyClicks(edit, "L")  # Khulna, Sylhet, facilitator, Álvarez, Lind, Zola, Islam
    assert "Rakib Hasan" not in shown_names(pane) and len(shown_names(pane)) == 8
    qtbot.keyClicks(edit, "i")
    assert shown_names(pane) == ["rakib Ahmed", "Äsa Lind", "Émile Zola"]
    qtbot.keyClicks(edit, "n")
    assert shown_names(pane) == ["Äsa Lind"]
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # a letter less finds more again
    assert shown_names(pane) == ["rakib Ahmed", "Äsa Lind", "Émile Zola"]
    edit.clear()
    edit.insert("ÉMILE")  # any case, accents as typed
    assert shown_names(pane) == ["Émile Zola"]
    edit.clear()
    qtbot.keyClicks(edit, "ORGANIZER")  # a cell as shown: the role's name
    assert shown_names(pane) == ["Farhana Akter", "Äsa Lind"]
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert len(shown_names(pane)) == 10
    assert pane.ui.countLabel.text() == "10 people"


def test_a_change_under_the_filter_keeps_the_rows_that_match(qtbot, pane, store):
    roster = {p.display_name: p.id for p in people.list_people(store, pane.desk.event_id)}
    qtbot.keyClicks(pane.ui.filterEdit, "sylhet")
    assert shown_names(pane) == ["rakib Ahmed", "Rakibul Islam", "Tanvir Ahmed"]
    pane.model.change(roster["Tanvir Ahmed"], {"region": "Dhaka"})  # no longer matches
    pane.model.change(roster["Nusrat Jahan"], {"region": "Sylhet"})  # now matches
    assert shown_names(pane) == ["Nusrat Jahan", "rakib Ahmed", "Rakibul Islam"]
    assert pane.ui.countLabel.text() == "3 of 10 people"
    pane.desk.undo_stack.undo()
    pane.desk.undo_stack.undo()
    assert shown_names(pane) == ["rakib Ahmed", "Rakibul Islam", "Tanvir Ahmed"]


def test_orders_worked_out_ahead_are_the_orders_a_sort_gives(store, event_id):
    """Issue #19, round three: a header click takes its order ready made (a sort of
    50,000 text keys cost 8–13 ms as the click came); the orders worked out ahead are
    exactly what sorting then gives, every column both ways, ties included."""
    roster = people.list_people(store, event_id)
    rows = RosterRows.read(roster, shown_labels())
    assert rows.ordered_ahead
    orders = {}
    for section in range(len(COLUMNS)):
        for descending in (False, True):
            rows.sort(section, descending)
            orders[section, descending] = [rows[n][ID] for n in range(len(rows))]
    rows.put(rows.get(roster[0].id))  # a change: the orders ahead are dropped
    assert not rows.ordered_ahead
    for (section, descending), ids in orders.items():
        rows.sort(section, descending)
        assert [rows[n][ID] for n in range(len(rows))] == ids


def test_a_changed_roster_is_ordered_ahead_again_once_it_settles(qtbot, pane, store):
    model = pane.model
    assert model.rows.ordered_ahead
    rakib = next(p.id for p in model.people if p.display_name == "Rakib Hasan")
    model.change(rakib, {"region": "Barishal"})
    assert not model.rows.ordered_ahead
    qtbot.waitUntil(lambda: model.rows.ordered_ahead, timeout=5000)
    old = OldTable(store, pane.desk.event_id)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        pane.ui.tableView.sortByColumn(column("region"), order)
        assert shown_ids(pane) == old.sort(column("region"), order)
