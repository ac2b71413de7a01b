"""``wltdesk plan …``: creating plans and items, follow-up, and the .ics/.csv exports."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date
from typing import Any

import pytest
from cli_result import Result, invoke
from icalendar import Calendar

from wltdesk import events, people
from wltdesk.store import open_store


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "store.sqlite")


@pytest.fixture
def setup(db):
    """An event that ended on 15 March 2026 with three people."""
    store = open_store(db)
    try:
        event_id = events.create_event(store, "Training", date(2026, 3, 14), date(2026, 3, 15))
        ids = {
            "rakib": people.add_person(
                store,
                event_id,
                display_name="Rakib Hasan",
                local_name="মোঃ রাকিব হাসান",
                badge_code="RAK234",
            ),
            "rakibul": people.add_person(store, event_id, display_name="Rakibul Islam"),
            "nusrat": people.add_person(
                store, event_id, display_name="Nusrat Jahan", badge_code="NUS234"
            ),
        }
    finally:
        store.close()
    return {"event_id": event_id, **ids}


@pytest.fixture
def wlt(capsys, db, setup):
    def call(*argv: Any) -> Result:
        return invoke(capsys, ["--db", db, *argv])

    return call


def changes(db: str) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM changes").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def filled(wlt):
    """Two plans: one typed in, one from the editathon template."""
    assert wlt("plan", "create", "--title", "Dhaka outreach", "--region", "Dhaka").code == 0
    add = wlt(
        "plan", "item", "add", "Dhaka outreach", "--what", "Book the hall",
        "--owner", "RAK234", "--owner", "nusrat", "--due", "2026-03-20",
        "--resources", "Budget", "--indicator", "Hall booked",
    )  # fmt: skip
    assert add.code == 0, add.err
    second = wlt("plan", "item", "add", "1", "--what", "Send invitations", "--due", "2026-04-20")
    assert second.code == 0, second.err
    template = wlt(
        "plan", "create", "--template", "editathon", "--region", "Sylhet", "--language", "bn"
    )
    assert template.code == 0, template.err
    return {"item": add.out.strip(), "second": second.out.strip()}


def test_list_and_show_give_plans_items_owners_and_overdue(wlt, filled, setup):
    listed = wlt("plan", "list", "--json", "--today", "2026-04-01").json()
    assert [p["title"] for p in listed] == ["Dhaka outreach", "এডিটাথন"]
    first = listed[0]
    assert first["region"] == "Dhaka" and len(first["items"]) == 2
    item = first["items"][0]
    assert item["id"] == filled["item"] and item["number"] == 1
    assert item["owners"] == ["Rakib Hasan (মোঃ রাকিব হাসান)", "Nusrat Jahan"]
    assert item["owner_ids"] == [setup["rakib"], setup["nusrat"]]
    assert item["due_date"] == "2026-03-20" and item["overdue"] is True
    assert item["success_indicator"] == "Hall booked"
    assert len(listed[1]["items"]) == 5 and listed[1]["items"][0]["due_date"] == "2026-03-25"
    shown = wlt("plan", "show", "Dhaka outreach", "--today", "2026-04-01")
    assert shown.code == 0
    assert "OVERDUE" in shown.out and "Book the hall" in shown.out
    text = wlt("plan", "list", "--today", "2026-04-01").out
    assert "Dhaka outreach" in text and "এডিটাথন" in text


def test_item_update_changes_status_owner_and_order(wlt, filled, setup):
    done = wlt("plan", "item", "update", "1", "1", "--status", "in_progress", "--owner", "rakibul")
    assert done.out.strip() == "updated"
    moved = wlt("plan", "item", "update", "1", filled["second"][:8], "--position", "1")
    assert moved.code == 0, moved.err
    items = wlt("plan", "show", "1", "--json").json()["items"]
    assert [i["what"] for i in items] == ["Send invitations", "Book the hall"]
    assert items[1]["status"] == "in progress" and items[1]["owners"] == ["Rakibul Islam"]
    assert wlt("plan", "item", "update", "1", "2", "--no-owners", "--no-due").code == 0
    item = wlt("plan", "show", "1", "--json").json()["items"][1]
    assert item["owners"] == [] and item["due_date"] is None
    assert wlt("plan", "item", "delete", "1", "2").code == 0
    assert [i["what"] for i in wlt("plan", "show", "1", "--json").json()["items"]] == [
        "Send invitations"
    ]


def test_follow_up_filters(wlt, filled, setup):
    def whats(*filters):
        found = wlt("plan", "follow-up", "--json", "--today", "2026-04-01", *filters).json()
        return [f["what"] for f in found]

    everything = whats()
    assert everything[0] == "Book the hall" and len(everything) == 7
    assert whats("--owner", "NUS234") == ["Book the hall"]
    assert whats("--region", "dhaka") == ["Book the hall", "Send invitations"]
    overdue = whats("--overdue")  # the hall, and two template items due 25 and 29 March
    assert overdue[0] == "Book the hall" and len(overdue) == 3
    assert "Send invitations" not in overdue
    assert whats("--due-before", "2026-03-21") == ["Book the hall"]
    wlt("plan", "item", "update", "1", "1", "--status", "done")
    assert whats("--status", "done") == ["Book the hall"]
    assert "Book the hall" not in whats("--overdue")
    first = wlt("plan", "follow-up", "--json", "--region", "Dhaka").json()[0]
    assert first["plan"] == "Dhaka outreach" and first["region"] == "Dhaka"
    text = wlt("plan", "follow-up", "--today", "2026-04-01")
    assert "OVERDUE" in text.out and "overdue" in text.out.splitlines()[-1]


def test_export_writes_ics_that_icalendar_reads_and_csv_for_excel(wlt, filled, tmp_path):
    ics, sheet = tmp_path / "plans.ics", tmp_path / "plans.csv"
    done = wlt("plan", "export", "--ical", ics, "--csv", sheet, "--region", "Dhaka")
    assert done.code == 0, done.err
    assert "2 due dates" in done.out and "2 items" in done.out
    todos = Calendar.from_ical(ics.read_bytes()).walk("VTODO")
    assert sorted(str(t["SUMMARY"]) for t in todos) == ["Book the hall", "Send invitations"]
    uids = {str(t["UID"]) for t in todos}
    assert f"{filled['item']}@wltdesk" in uids
    hall = next(t for t in todos if str(t["SUMMARY"]) == "Book the hall")
    assert hall.decoded("DUE") == date(2026, 3, 20)
    assert "Nusrat Jahan" in str(hall["DESCRIPTION"])
    # exporting again rewrites the same tasks (same UIDs), not new ones
    assert wlt("plan", "export", "--ical", ics).code == 0
    again = Calendar.from_ical(ics.read_bytes()).walk("VTODO")
    assert uids <= {str(t["UID"]) for t in again} and len(again) == 7
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["what"] for r in rows] == ["Book the hall", "Send invitations"]
    assert rows[0]["owners"] == "Rakib Hasan (মোঃ রাকিব হাসান); Nusrat Jahan"
    assert rows[0]["plan"] == "Dhaka outreach" and rows[0]["resources"] == "Budget"


def test_templates_listing(wlt):
    found = wlt("plan", "templates", "--json").json()
    assert [t["key"] for t in found] == ["outreach", "glam", "editathon", "mentorship"]
    assert "মেন্টরশিপ" in wlt("plan", "templates").out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("plan", "create"), "needs --title"),
        (("plan", "create", "--template", "hackathon"), "no plan template"),
        (("plan", "create", "--title", "X", "--group", "North"), "no group matches"),
        (("plan", "show", "9"), "no plan number 9"),
        (("plan", "show", "Nothing like it"), "no plan matches"),
        (("plan", "item", "add", "1", "--what", "x", "--owner", "rakib"), "2 people match"),
        (("plan", "item", "add", "1", "--what", "x", "--owner", "Nobody"), "no one on the roster"),
        (("plan", "item", "add", "1", "--what", "  "), "say what"),
        (("plan", "item", "update", "1", "7", "--status", "done"), "has no item 7"),
        (("plan", "item", "update", "1", "1"), "nothing to change"),
        (("plan", "update", "1"), "nothing to change"),
        (("plan", "export"), "needs --ical"),
        (("plan", "export", "--csv", "/no/such/folder/x.csv"), "does not exist"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_nothing_written(wlt, filled, db, argv, message):
    before = changes(db)
    result = wlt(*argv)
    assert result.code == 1
    assert message in result.error_line
    assert changes(db) == before


def test_a_bad_status_or_date_is_a_usage_error(wlt, filled):
    assert wlt("plan", "item", "add", "1", "--what", "x", "--status", "someday").code == 2
    assert wlt("plan", "item", "add", "1", "--what", "x", "--due", "tomorrow").code == 2
