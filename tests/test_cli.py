"""The ``wltdesk`` command line, driven in-process and, for exit codes, as a real process.

Every test works on SQLite files in ``tmp_path`` given with ``--db``. The
contract under test (see ``wltdesk/cli.py``): plain text or ``--json`` on
stdout; bad input or data gives exactly one line on stderr, exit code 1 and
an unchanged store; usage errors exit 2.

Check-ins and sessions "now" read the wall clock, so every test runs at a
fixed instant (the ``clock`` fixture); the late rule and the venue's time
at several, either side of midnight in UTC and in Dhaka.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cli_result import Result, invoke

import wltdesk
from wltdesk import people
from wltdesk.cli import COMMAND_MODULES, COMMANDS, CommandLine
from wltdesk.provenance import provenance
from wltdesk.store import open_store
from wltdesk.store.models import EventSession

pytestmark = pytest.mark.usefixtures("clock")

# ----------------------------------------------------------------- helpers


@pytest.fixture
def db(tmp_path) -> str:
    """Path of this test's store file (created by the first command)."""
    return str(tmp_path / "store.sqlite")


@pytest.fixture
def run(capsys):
    """``run(*argv)``: call ``wltdesk.cli.main`` and capture code, stdout and stderr."""

    def call(*argv: Any) -> Result:
        return invoke(capsys, argv)

    return call


@pytest.fixture
def wlt(run, db):
    """``wlt(*argv)``: ``run`` with ``--db`` of this test's store in front."""

    def call(*argv: Any) -> Result:
        return run("--db", db, *argv)

    return call


def changes(db: str) -> int:
    """Rows in the store's change log: every logged write adds some."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM changes").fetchone()[0]
    finally:
        connection.close()


def add_people(db: str, event_id: str, *rows: dict[str, Any]) -> list[str]:
    """Put people on the roster through the service (independent of roster import)."""
    store = open_store(db)
    try:
        return [people.add_person(store, event_id, **row) for row in rows]
    finally:
        store.close()


def utc_wall_now(zone: str = "UTC") -> datetime:
    """The wall time in ``zone`` now, to the minute (as the CLI takes it); tests that
    call it use the ``clock`` fixture, so "now" is a fixed instant."""
    return datetime.now(ZoneInfo(zone)).replace(tzinfo=None, second=0, microsecond=0)


def minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


NUSRAT = {
    "display_name": "Nusrat Jahan",
    "local_name": "নুসরাত জাহান",
    "email": "nusrat.jahan@example.org",
    "region": "Dhaka",
    "badge_code": "NUS234",
}
RAKIB_HASAN = {
    "display_name": "Rakib Hasan",
    "local_name": "মোঃ রাকিব হাসান",
    "email": "rakib.hasan@example.org",
    "region": "Khulna",
    "badge_code": "RAK234",
}
RAKIB_AHMED = {
    "display_name": "Rakib Ahmed",
    "local_name": "রাকিব আহমেদ",
    "email": "rakib.ahmed@example.org",
    "region": "Sylhet",
    "badge_code": "RAK567",
}


@pytest.fixture
def event(wlt, clock) -> str:
    """One event (UTC) from 14 March to tomorrow, so sessions can run now; returns its id."""
    made = wlt(
        "event",
        "create",
        "--name",
        "Test Training",
        "--start",
        "2026-03-14",
        "--end",
        str(utc_wall_now().date() + timedelta(days=1)),
        "--venue",
        "Hall",
        "--timezone",
        "UTC",
    )
    assert made.code == 0, made.err
    return made.out.strip()


@pytest.fixture
def desk(wlt, db, event) -> dict[str, Any]:
    """An event with three people and two sessions: one running, one starting later."""
    ids = add_people(db, event, NUSRAT, RAKIB_HASAN, RAKIB_AHMED)
    now = utc_wall_now()
    running = wlt(
        "session",
        "add",
        "--title",
        "Opening",
        "--start",
        minute(now - timedelta(minutes=2)),
        "--end",
        minute(now + timedelta(hours=1)),
        "--kind",
        "plenary",
    )
    later = wlt(
        "session",
        "add",
        "--title",
        "Lab",
        "--start",
        minute(now + timedelta(hours=2)),
        "--end",
        minute(now + timedelta(hours=3)),
        "--kind",
        "hands-on lab",
    )
    assert running.code == 0 and later.code == 0, running.err + later.err
    return {
        "event": event,
        "nusrat": ids[0],
        "rakib_hasan": ids[1],
        "rakib_ahmed": ids[2],
        "opening": running.out.strip(),
        "lab": later.out.strip(),
    }


def attendance_json(wlt, session: str = "1") -> dict[str, Any]:
    return wlt("attendance", "--session", session, "--json").json()


def status_of(report: dict[str, Any], person_id: str) -> str | None:
    (row,) = [p for p in report["people"] if p["person_id"] == person_id]
    return row["status"]


# ----------------------------------------------------------------- events
def test_event_create_prints_an_id_that_event_list_shows(wlt, db):
    made = wlt(
        "event",
        "create",
        "--name",
        "Leadership Training",
        "--start",
        "2026-03-14",
        "--end",
        "2026-03-15",
        "--venue",
        "Riverside Centre",
        "--timezone",
        "Asia/Dhaka",
    )
    assert made.code == 0, made.err
    event_id = made.out.strip()
    assert len(event_id) == 36 and event_id.count("-") == 4  # a UUID, nothing else
    assert made.err == ""

    listed = wlt("event", "list", "--json").json()
    assert listed == [
        {
            "id": event_id,
            "name": "Leadership Training",
            "start": "2026-03-14",
            "end": "2026-03-15",
            "venue": "Riverside Centre",
            "timezone": "Asia/Dhaka",
            "photo_credits": [],
            "output_language": "en",
            "short_name": None,
        }
    ]
    text = wlt("event", "list")
    assert text.code == 0
    assert event_id[:8] in text.out and "Leadership Training" in text.out
    assert "2026-03-14" in text.out and "Riverside Centre" in text.out


def test_event_list_on_an_empty_store(wlt):
    assert wlt("event", "list", "--json").json() == []
    empty = wlt("event", "list")
    assert empty.code == 0 and "no events yet" in empty.out


def test_event_list_newest_first(wlt):
    wlt("event", "create", "--name", "Old", "--start", "2025-01-10", "--end", "2025-01-11")
    wlt("event", "create", "--name", "New", "--start", "2026-05-01", "--end", "2026-05-02")
    assert [e["name"] for e in wlt("event", "list", "--json").json()] == ["New", "Old"]


def test_event_edit_sets_name_venue_and_photo_credits(wlt):
    wlt("event", "create", "--name", "Training", "--start", "2026-03-14", "--end", "2026-03-15")
    done = wlt(
        "event",
        "edit",
        "--venue",
        "Khulna",
        "--photo-credit",
        "Rakib Hasan — CC BY-SA 4.0",
        "--photo-credit",
        "ফারহানা আক্তার — CC BY 4.0",
    )
    assert done.code == 0 and done.out.strip() == "updated", done.err
    [event] = wlt("event", "list", "--json").json()
    assert event["venue"] == "Khulna"
    assert event["photo_credits"] == ["Rakib Hasan — CC BY-SA 4.0", "ফারহানা আক্তার — CC BY 4.0"]
    assert wlt("event", "edit", "--venue", "Khulna").out.strip() == "nothing to change"
    assert wlt("event", "edit", "--no-photo-credits").code == 0
    assert wlt("event", "list", "--json").json()[0]["photo_credits"] == []
    nothing = wlt("event", "edit")
    assert nothing.code == 1 and "give --name, --venue" in nothing.error_line
    blank = wlt("event", "edit", "--name", " ")
    assert blank.code == 1 and "an event needs a name" in blank.error_line


def test_event_edit_moves_the_dates_and_the_agenda_with_them(wlt):
    wlt("event", "create", "--name", "Training", "--start", "2026-03-14", "--end", "2026-03-15")
    for title, start, end in (
        ("Opening", "2026-03-14T09:00", "2026-03-14T09:45"),
        ("Closing", "2026-03-15T16:00", "2026-03-15T17:00"),
    ):
        assert wlt("session", "add", "--title", title, "--start", start, "--end", end).code == 0
    # put off by a week: the programme keeps its days and hours
    moved = wlt("event", "edit", "--start", "2026-03-21")
    assert moved.code == 0 and moved.out.strip() == "updated", moved.err
    [event] = wlt("event", "list", "--json").json()
    assert (event["start"], event["end"]) == ("2026-03-21", "2026-03-22")
    listed = wlt("session", "list", "--json").json()
    assert [s["start"][:16] for s in listed] == ["2026-03-21T09:00", "2026-03-22T16:00"]
    # a day shorter would drop "Closing": refused, named, nothing changed
    shorter = wlt("event", "edit", "--end", "2026-03-21")
    assert shorter.code == 1 and "'Closing'" in shorter.error_line
    assert "outside the event" in shorter.error_line
    assert wlt("event", "list", "--json").json()[0]["end"] == "2026-03-22"
    # a day longer is fine
    assert wlt("event", "edit", "--end", "2026-03-23").code == 0
    assert wlt("event", "list", "--json").json()[0]["end"] == "2026-03-23"


def test_event_create_bengali_name_round_trips(wlt):
    made = wlt(
        "event", "create", "--name", "নেতৃত্ব প্রশিক্ষণ", "--start", "2026-03-14", "--end", "2026-03-14"
    )
    assert made.code == 0, made.err
    assert wlt("event", "list", "--json").json()[0]["name"] == "নেতৃত্ব প্রশিক্ষণ"


@pytest.mark.parametrize("bad", ["2026-13-01", "14/03/2026", "tomorrow", ""])
def test_event_create_bad_date_is_a_usage_error(wlt, bad):
    result = wlt("event", "create", "--name", "X", "--start", bad, "--end", "2026-03-15")
    assert result.code == 2
    assert "not a date" in result.err and "usage: wltdesk event create" in result.err
    assert result.out == ""


def test_event_create_end_before_start_creates_nothing(wlt, db):
    wlt("event", "list")  # the store exists, so its change log can be compared
    before = changes(db)
    result = wlt(
        "event", "create", "--name", "Backwards", "--start", "2026-03-15", "--end", "2026-03-14"
    )
    assert result.code == 1
    assert "before it starts" in result.error_line
    assert result.out == ""
    assert wlt("event", "list", "--json").json() == []
    assert changes(db) == before


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "UTC+6", "../../etc/passwd"])
def test_event_create_unknown_timezone(wlt, db, zone):
    wlt("event", "list")
    before = changes(db)
    result = wlt(
        "event",
        "create",
        "--name",
        "X",
        "--start",
        "2026-03-14",
        "--end",
        "2026-03-15",
        "--timezone",
        zone,
    )
    assert result.code == 1
    assert "unknown time zone" in result.error_line
    assert wlt("event", "list", "--json").json() == []
    assert changes(db) == before


# ----------------------------------------------------------------- sessions
def test_session_add_and_list_json(wlt, event):
    added = wlt(
        "session",
        "add",
        "--title",
        "Hands-on lab: photos",
        "--start",
        "2026-03-14T15:30",
        "--end",
        "2026-03-14T16:45",
        "--kind",
        "hands-on lab",
        "--room",
        "Lab 1",
    )
    assert added.code == 0, added.err
    first = wlt(
        "session",
        "add",
        "--title",
        "Opening",
        "--start",
        "2026-03-14T09:00",
        "--end",
        "2026-03-14T09:45",
    )
    listed = wlt("session", "list", "--json").json()
    assert [s["id"] for s in listed] == [first.out.strip(), added.out.strip()]  # time order
    lab = listed[1]
    assert lab["title"] == "Hands-on lab: photos"
    assert lab["kind"] == "hands-on lab"
    assert lab["room"] == "Lab 1"
    assert lab["day"] == "2026-03-14"
    assert datetime.fromisoformat(lab["start"]) == datetime(2026, 3, 14, 15, 30)
    assert datetime.fromisoformat(lab["end"]) == datetime(2026, 3, 14, 16, 45)
    assert lab["facilitators"] == []
    assert listed[0]["kind"] == "session" and listed[0]["room"] is None  # the defaults

    text = wlt("session", "list")
    assert text.code == 0
    lines = text.out.splitlines()
    assert lines[0].startswith("1 ") and "09:00–09:45" in lines[0] and "Opening" in lines[0]
    assert lines[1].startswith("2 ") and "Lab 1" in lines[1] and "hands-on lab" in lines[1]


def test_session_json_times_are_iso_8601(wlt, event):
    wlt(
        "session",
        "add",
        "--title",
        "Opening",
        "--start",
        "2026-03-14T09:00",
        "--end",
        "2026-03-14T09:45",
    )
    (session,) = wlt("session", "list", "--json").json()
    assert session["start"] == "2026-03-14T09:00:00"
    assert session["end"] == "2026-03-14T09:45:00"


def test_session_list_empty(wlt, event):
    assert wlt("session", "list", "--json").json() == []
    assert "no sessions yet" in wlt("session", "list").out


def test_session_add_end_before_start_creates_nothing(wlt, db, event):
    before = changes(db)
    for end in ("2026-03-14T08:00", "2026-03-14T09:00"):  # before, and equal to, the start
        result = wlt(
            "session", "add", "--title", "Backwards", "--start", "2026-03-14T09:00", "--end", end
        )
        assert result.code == 1
        assert "must end after it starts" in result.error_line
    assert wlt("session", "list", "--json").json() == []
    assert changes(db) == before


@pytest.mark.parametrize("bad", ["2026-03-14 9am", "2026-03-14T09:00+06:00", "09:00"])
def test_session_add_bad_time_is_a_usage_error(wlt, db, event, bad):
    before = changes(db)
    result = wlt("session", "add", "--title", "X", "--start", bad, "--end", "2026-03-14T10:00")
    assert result.code == 2
    assert "argument --start" in result.err
    assert changes(db) == before


def test_session_add_without_an_event(wlt, db):
    result = wlt(
        "session", "add", "--title", "X", "--start", "2026-03-14T09:00", "--end", "2026-03-14T10:00"
    )
    assert result.code == 1
    assert "no event yet" in result.error_line


@pytest.fixture
def two_events(wlt, event) -> dict[str, str]:
    second = wlt(
        "event",
        "create",
        "--name",
        "Second Training",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-02",
    )
    return {"first": event, "second": second.out.strip()}


def test_event_is_required_when_the_store_has_two(wlt, db, two_events):
    before = changes(db)
    result = wlt(
        "session",
        "add",
        "--title",
        "Where?",
        "--start",
        "2026-03-14T09:00",
        "--end",
        "2026-03-14T10:00",
    )
    assert result.code == 1
    line = result.error_line
    assert "--event" in line
    assert "Test Training" in line and "Second Training" in line
    assert two_events["first"][:8] in line and two_events["second"][:8] in line
    assert changes(db) == before
    listed = wlt("session", "list")
    assert listed.code == 1 and "--event" in listed.error_line


@pytest.mark.parametrize("how", ["name", "casefolded name", "id", "id prefix"])
def test_event_selected_by_name_or_id(wlt, two_events, how):
    second = two_events["second"]
    selector = {
        "name": "Second Training",
        "casefolded name": "second training",
        "id": second,
        "id prefix": second[:6],
    }[how]
    added = wlt(
        "--event",
        selector,
        "session",
        "add",
        "--title",
        "Only in second",
        "--start",
        "2026-04-01T09:00",
        "--end",
        "2026-04-01T10:00",
    )
    assert added.code == 0, added.err
    assert [s["title"] for s in wlt("session", "list", "--json", "--event", selector).json()] == [
        "Only in second"
    ]
    assert wlt("session", "list", "--json", "--event", two_events["first"]).json() == []


def test_event_selector_that_matches_nothing(wlt, db, two_events):
    before = changes(db)
    result = wlt(
        "--event",
        "Third",
        "session",
        "add",
        "--title",
        "X",
        "--start",
        "2026-04-01T09:00",
        "--end",
        "2026-04-01T10:00",
    )
    assert result.code == 1
    assert "no event matches 'Third'" in result.error_line
    assert changes(db) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "{db}", "--event", "Second Training", "session", "list", "--json"],
        ["session", "list", "--json", "--db", "{db}", "--event", "Second Training"],
        ["--db", "{db}", "session", "list", "--event", "Second Training", "--json"],
        ["--event", "Second Training", "session", "list", "--db", "{db}", "--json"],
    ],
    ids=["before", "after", "db-before-event-after", "event-before-db-after"],
)
def test_db_and_event_before_or_after_the_command(run, wlt, db, two_events, argv):
    wlt(
        "--event",
        "Second Training",
        "session",
        "add",
        "--title",
        "Day one",
        "--start",
        "2026-04-01T09:00",
        "--end",
        "2026-04-01T10:00",
    )
    result = run(*[a.format(db=db) for a in argv])
    assert result.code == 0, result.err
    assert [s["title"] for s in json.loads(result.out)] == ["Day one"]


def test_event_after_the_command_wins_over_before(run, db, two_events):
    result = run(
        "--db",
        db,
        "--event",
        "Second Training",
        "session",
        "add",
        "--title",
        "X",
        "--start",
        "2026-03-14T09:00",
        "--end",
        "2026-03-14T10:00",
        "--event",
        two_events["first"],
    )
    assert result.code == 0, result.err
    first = json.loads(
        run("--db", db, "--event", two_events["first"], "session", "list", "--json").out
    )
    assert [s["title"] for s in first] == ["X"]


# ----------------------------------------------------------------- roster import
ROSTER_CSV = (
    "Full name,Name in local script,Wiki username,E-mail,Division,Organisation,Role\n"
    "Nusrat Jahan,নুসরাত জাহান,NusratJahan51,nusrat.jahan@example.org,Dhaka,"
    "Open Knowledge Circle,participant\n"
    "Rakib Hasan,মোঃ রাকিব হাসান,RakibHasan78,rakib.hasan@example.org,Khulna,"
    "Riverbank Student Club,participant\n"
    ",,NoName,noname@example.org,Sylhet,,participant\n"
    "Ayesha Siddiqua,আয়েশা সিদ্দিকা,AyeshaS,ayesha@example.org,Dhaka,,facilitator\n"
)


@pytest.fixture
def roster_file(tmp_path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER_CSV, encoding="utf-8")
    return path


def test_roster_import_text_output_lists_rejected_rows(wlt, event, roster_file):
    result = wlt("roster", "import", roster_file)
    assert result.code == 0, result.err
    assert "3 new" in result.out and "1 rejected" in result.out
    assert "line 4:" in result.out  # the header is line 1: the nameless row is line 4


def test_roster_import_json_then_list(wlt, db, event, roster_file):
    report = wlt("roster", "import", roster_file, "--json").json()
    assert report["created"] == 3
    assert report["updated"] == 0 and report["unchanged"] == 0
    assert [r["line"] for r in report["rejected"]] == [4]
    assert report["rejected"][0]["reason"]

    listed = wlt("roster", "list", "--json").json()
    by_name = {p["display_name"]: p for p in listed}
    assert set(by_name) == {"Nusrat Jahan", "Rakib Hasan", "Ayesha Siddiqua"}
    rakib = by_name["Rakib Hasan"]
    assert rakib["local_name"] == "মোঃ রাকিব হাসান"  # exactly as written, visarga included
    assert rakib["email"] == "rakib.hasan@example.org"
    assert rakib["wiki_username"] == "RakibHasan78"
    assert rakib["region"] == "Khulna"
    assert rakib["affiliation"] == "Riverbank Student Club"
    assert by_name["Ayesha Siddiqua"]["role"] == "facilitator"
    assert by_name["Ayesha Siddiqua"]["local_name"] == "আয়েশা সিদ্দিকা"
    codes = [p["badge_code"] for p in listed]
    assert all(codes) and len(set(codes)) == 3

    text = wlt("roster", "list")
    assert "মোঃ রাকিব হাসান" in text.out and rakib["badge_code"] in text.out


def test_roster_import_again_changes_nothing(wlt, db, event, roster_file):
    wlt("roster", "import", roster_file)
    before = changes(db)
    again = wlt("roster", "import", roster_file, "--json").json()
    assert again["created"] == 0 and again["updated"] == 0
    assert again["unchanged"] == 3
    assert len(wlt("roster", "list", "--json").json()) == 3
    assert changes(db) == before


def test_roster_import_with_column_mapping(wlt, event, tmp_path):
    path = tmp_path / "custom.csv"
    path.write_text(
        "Naam,Bangla naam,Zilla,Shirt size\n"
        "Tanvir Ahmed,তানভীর আহমেদ,Chattogram,L\n"
        "Farhana Akter,ফারহানা আক্তার,Rajshahi,M\n",
        encoding="utf-8",
    )
    result = wlt(
        "roster",
        "import",
        path,
        "--map",
        "Naam=display_name",
        "--map",
        "Bangla naam=local_name",
        "--map",
        "Zilla=region",
        "--map",
        "Shirt size=-",
        "--json",
    )
    report = result.json()
    assert report["created"] == 2 and report["rejected"] == []
    listed = {p["display_name"]: p for p in wlt("roster", "list", "--json").json()}
    assert set(listed) == {"Tanvir Ahmed", "Farhana Akter"}
    assert listed["Tanvir Ahmed"]["local_name"] == "তানভীর আহমেদ"
    assert listed["Farhana Akter"]["region"] == "Rajshahi"
    assert "Shirt size" not in json.dumps(listed["Tanvir Ahmed"]["extra"])  # '-' drops it


@pytest.mark.parametrize("bad", ["Naam", "=display_name", "Naam=", "  =  "])
def test_roster_import_bad_map_is_a_usage_error(wlt, event, roster_file, bad):
    result = wlt("roster", "import", roster_file, "--map", bad)
    assert result.code == 2
    assert "--map wants COLUMN=field" in result.err


@pytest.mark.parametrize("problem", ["missing", "folder", "garbage xlsx", "empty"])
def test_roster_import_unreadable_file_leaves_the_store_unchanged(
    wlt, db, event, roster_file, tmp_path, problem
):
    wlt("roster", "import", roster_file)
    before_people = wlt("roster", "list", "--json").json()
    before = changes(db)
    if problem == "missing":
        target = tmp_path / "no-such-roster.csv"
    elif problem == "folder":
        target = tmp_path
    elif problem == "garbage xlsx":
        target = tmp_path / "roster.xlsx"
        target.write_bytes(b"PK\x03\x04 this is not a workbook" + bytes(range(256)))
    else:
        target = tmp_path / "empty.csv"
        target.write_bytes(b"")
    result = wlt("roster", "import", target)
    assert result.code == 1
    assert result.error_line
    assert result.out == ""
    assert wlt("roster", "list", "--json").json() == before_people
    assert changes(db) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--map", "Naam=display_name"], "no column 'Naam' to map"),
        (["--map", "E-mail=shoe_size"], "no such field"),
        (
            ["--map", "E-mail=display_name", "--map", "Full name=display_name"],
            "both mapped to display_name",
        ),
        (["--map", "Full name=-"], "no column gives the name"),
    ],
    ids=["missing column", "unknown field", "two names", "name ignored"],
)
def test_roster_import_bad_mapping_changes_nothing(wlt, db, event, roster_file, argv, message):
    before = changes(db)
    result = wlt("roster", "import", roster_file, *argv)
    assert result.code == 1
    assert message in result.error_line
    assert wlt("roster", "list", "--json").json() == []
    assert changes(db) == before


def test_roster_import_rejects_bad_rows_and_keeps_good_ones(wlt, event, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Name,Email,Role,Photo consent\n"
        "Good One,good@example.org,participant,yes\n"
        "Bad Mail,not-an-address,participant,yes\n"
        "Bad Role,role@example.org,astronaut,no\n"
        "Bad Consent,consent@example.org,participant,maybe\n"
        "Good Two,two@example.org,facilitator,হ্যাঁ\n",
        encoding="utf-8",
    )
    report = wlt("roster", "import", path, "--json").json()
    assert report["created"] == 2
    assert [r["line"] for r in report["rejected"]] == [3, 4, 5]
    reasons = [r["reason"] for r in report["rejected"]]
    assert "invalid email" in reasons[0] and "astronaut" in reasons[1] and "maybe" in reasons[2]
    listed = {p["display_name"]: p for p in wlt("roster", "list", "--json").json()}
    assert set(listed) == {"Good One", "Good Two"}
    assert listed["Good Two"]["photo_consent"] is True


def test_roster_list_empty(wlt, event):
    assert wlt("roster", "list", "--json").json() == []
    assert "the roster is empty" in wlt("roster", "list").out


# ----------------------------------------------------------------- check-in
def test_checkin_by_code(wlt, desk):
    result = wlt("checkin", "--session", "1", "--code", "nus234", "--json")
    done = result.json()
    assert done["person_id"] == desk["nusrat"]
    assert done["session_id"] == desk["opening"]
    assert done["display_name"] == "Nusrat Jahan" and done["local_name"] == "নুসরাত জাহান"
    assert done["status"] == "present"  # the session started two minutes ago
    assert done["already"] is False
    assert status_of(attendance_json(wlt), desk["nusrat"]) == "present"


def test_checkin_text_output(wlt, desk):
    result = wlt("checkin", "--session", "Opening", "--code", "RAK234")
    assert result.code == 0, result.err
    assert result.out.startswith("Rakib Hasan (মোঃ রাকিব হাসান): present at ")
    assert "Opening" in result.out


@pytest.mark.parametrize("query", ["Nusrat", "nusrat jah", "নুসরাত", "nusrat.jahan@example"])
def test_checkin_by_unique_query(wlt, desk, query):
    done = wlt("checkin", "--session", "1", "--query", query, "--json").json()
    assert done["person_id"] == desk["nusrat"]


def test_checkin_ambiguous_query_checks_in_no_one(wlt, db, desk):
    before = changes(db)
    result = wlt("checkin", "--session", "1", "--query", "Rakib")
    assert result.code == 1
    line = result.error_line
    assert "Rakib Hasan" in line and "Rakib Ahmed" in line
    assert changes(db) == before
    report = attendance_json(wlt)
    assert all(p["status"] is None for p in report["people"])


def test_checkin_query_that_matches_no_one(wlt, db, desk):
    before = changes(db)
    result = wlt("checkin", "--session", "1", "--query", "Zzyzx")
    assert result.code == 1 and "no one matches" in result.error_line
    assert changes(db) == before


def test_checkin_by_person_id_and_session_id_prefix(wlt, desk):
    done = wlt(
        "checkin", "--session", desk["lab"][:8], "--person", desk["rakib_ahmed"], "--json"
    ).json()
    assert done["session_id"] == desk["lab"]
    assert done["person_id"] == desk["rakib_ahmed"]
    assert done["status"] == "present"  # before the lab starts: not late
    assert status_of(attendance_json(wlt, "Lab"), desk["rakib_ahmed"]) == "present"
    assert status_of(attendance_json(wlt, "Opening"), desk["rakib_ahmed"]) is None


def test_second_checkin_is_reported_and_not_duplicated(wlt, db, desk):
    first = wlt("checkin", "--session", "1", "--code", "NUS234", "--json").json()
    before = changes(db)
    again = wlt("checkin", "--session", "1", "--code", "NUS234")
    assert again.code == 0, again.err
    assert "already checked in" in again.out
    again_json = wlt("checkin", "--session", "1", "--query", "Nusrat", "--json").json()
    assert again_json["already"] is True
    assert again_json["attendance_id"] == first["attendance_id"]
    assert again_json["checked_at"] == first["checked_at"]  # the first arrival stands
    assert changes(db) == before  # nothing written
    report = attendance_json(wlt)
    checked = [p for p in report["people"] if p["status"] is not None]
    assert [p["person_id"] for p in checked] == [desk["nusrat"]]
    assert report["counts"]["present"] == 1


def test_checkin_with_status_excused(wlt, desk):
    done = wlt(
        "checkin", "--session", "1", "--code", "RAK567", "--status", "excused", "--json"
    ).json()
    assert done["status"] == "excused"
    report = attendance_json(wlt)
    assert status_of(report, desk["rakib_ahmed"]) == "excused"
    assert report["counts"]["excused"] == 1 and report["counts"]["present"] == 0


def test_explicit_status_overwrites_an_earlier_checkin(wlt, desk):
    wlt("checkin", "--session", "1", "--code", "NUS234")
    changed = wlt(
        "checkin", "--session", "1", "--code", "NUS234", "--status", "excused", "--json"
    ).json()
    assert changed["already"] is False and changed["status"] == "excused"
    report = attendance_json(wlt)
    assert status_of(report, desk["nusrat"]) == "excused"
    assert report["counts"]["present"] == 0 and report["counts"]["excused"] == 1


def test_checkin_bad_status_is_a_usage_error(wlt, db, desk):
    before = changes(db)
    result = wlt("checkin", "--session", "1", "--code", "NUS234", "--status", "sleeping")
    assert result.code == 2 and "invalid choice" in result.err
    assert changes(db) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--code", "ZZZ999"], "no one in this event has badge code ZZZ999"),
        (["--person", "00000000-0000-4000-8000-000000000000"], "no person with id"),
    ],
    ids=["unknown code", "unknown person"],
)
def test_checkin_unknown_person(wlt, db, desk, argv, message):
    before = changes(db)
    result = wlt("checkin", "--session", "1", *argv)
    assert result.code == 1
    assert message in result.error_line
    assert changes(db) == before


@pytest.mark.parametrize("session", ["Closing", "zz", "-1"])
def test_checkin_unknown_session(wlt, db, desk, session):
    before = changes(db)
    result = wlt("checkin", "--session", session, "--code", "NUS234")
    assert result.code == 1
    assert "no session matches" in result.error_line
    assert changes(db) == before


def test_out_of_range_session_number_is_not_taken_for_an_id_prefix(wlt, db, desk):
    """``--session 7`` with three sessions is a typo, not the session whose id starts with 7."""
    store = open_store(db)
    try:
        start = utc_wall_now() + timedelta(hours=5)
        with store.write() as writer:
            writer.create(
                EventSession,
                {
                    "id": "7" + str(uuid.uuid4())[1:],
                    "event_id": desk["event"],
                    "title": "Closing",
                    "day": start.date(),
                    "starts_at": start,
                    "ends_at": start + timedelta(hours=1),
                    "kind": "plenary",
                    "facilitators": [],
                },
            )
    finally:
        store.close()
    before = changes(db)
    result = wlt("checkin", "--session", "7", "--code", "NUS234")
    assert result.code == 1
    assert "no session matches" in result.error_line
    assert changes(db) == before


def test_checkin_needs_one_way_to_name_the_person(wlt, desk):
    missing = wlt("checkin", "--session", "1")
    assert missing.code == 2 and "one of the arguments" in missing.err
    both = wlt("checkin", "--session", "1", "--code", "NUS234", "--query", "Nusrat")
    assert both.code == 2 and "not allowed with" in both.err


def test_checkin_of_a_person_from_another_event(wlt, db, desk):
    other = wlt(
        "event", "create", "--name", "Other", "--start", "2026-04-01", "--end", "2026-04-01"
    ).out.strip()
    (stranger,) = add_people(db, other, {"display_name": "Stranger", "badge_code": "STR234"})
    before = changes(db)
    by_id = wlt("--event", desk["event"], "checkin", "--session", "1", "--person", stranger)
    assert by_id.code == 1 and "no person with id" in by_id.error_line
    by_code = wlt("--event", desk["event"], "checkin", "--session", "1", "--code", "STR234")
    assert by_code.code == 1 and "badge code STR234" in by_code.error_line
    assert changes(db) == before


# ----------------------------------------------------------------- the late rule
@pytest.mark.parametrize(
    ("zone", "start_offset", "expected"),
    [
        ("UTC", timedelta(hours=-3), "late"),
        ("UTC", timedelta(minutes=-5), "present"),  # inside the 10 minutes of grace
        ("UTC", timedelta(hours=1), "present"),  # early
        ("Asia/Dhaka", timedelta(hours=-3), "late"),  # UTC+6: wrong if read as UTC
        ("Asia/Dhaka", timedelta(minutes=30), "present"),
        ("America/Los_Angeles", timedelta(hours=1), "present"),  # wrong if read as UTC
    ],
)
@pytest.mark.around_midnight
def test_late_rule_uses_the_event_time_zone(wlt, db, clock, zone, start_offset, expected):
    event = wlt(
        "event",
        "create",
        "--name",
        "Zoned",
        "--start",
        "2026-01-01",
        "--end",
        "2030-12-31",
        "--timezone",
        zone,
    ).out.strip()
    add_people(db, event, NUSRAT)
    start = utc_wall_now(zone) + start_offset
    added = wlt(
        "session",
        "add",
        "--title",
        "Now-ish",
        "--start",
        minute(start),
        "--end",
        minute(start + timedelta(hours=4)),
    )
    assert added.code == 0, added.err
    before = datetime.now(UTC).replace(microsecond=0)
    done = wlt("checkin", "--session", "1", "--code", "NUS234", "--json").json()
    after = datetime.now(UTC)
    assert done["status"] == expected
    checked_at = datetime.fromisoformat(done["checked_at"])
    assert checked_at.utcoffset() == timedelta(0)  # an unambiguous UTC moment
    assert before <= checked_at <= after
    report = attendance_json(wlt)
    assert report["counts"][expected] == 1
    assert datetime.fromisoformat(report["people"][0]["checked_at"]) == checked_at


@pytest.mark.around_midnight
def test_checkin_text_shows_the_time_at_the_venue(wlt, db, clock):
    event = wlt(
        "event",
        "create",
        "--name",
        "Dhaka",
        "--start",
        "2026-01-01",
        "--end",
        "2030-12-31",
        "--timezone",
        "Asia/Dhaka",
    ).out.strip()
    add_people(db, event, NUSRAT)
    start = utc_wall_now("Asia/Dhaka")
    wlt(
        "session",
        "add",
        "--title",
        "Opening",
        "--start",
        minute(start),
        "--end",
        minute(start + timedelta(hours=1)),
    )
    before = datetime.now(ZoneInfo("Asia/Dhaka"))
    result = wlt("checkin", "--session", "1", "--code", "NUS234")
    after = datetime.now(ZoneInfo("Asia/Dhaka"))
    assert result.code == 0, result.err
    assert f"at {before:%H:%M}," in result.out or f"at {after:%H:%M}," in result.out


# ----------------------------------------------------------------- attendance
def test_attendance_json_counts_and_people(wlt, desk):
    wlt("checkin", "--session", "1", "--code", "NUS234")
    wlt("checkin", "--session", "1", "--code", "RAK567", "--status", "excused")
    report = attendance_json(wlt, "Opening")
    assert report["session"]["id"] == desk["opening"]
    assert report["session"]["kind"] == "plenary"
    assert report["counts"] == {"expected": 3, "present": 1, "late": 0, "excused": 1, "absent": 0}
    rows = {p["display_name"]: p for p in report["people"]}
    assert set(rows) == {"Nusrat Jahan", "Rakib Hasan", "Rakib Ahmed"}
    assert rows["Nusrat Jahan"]["status"] == "present"
    assert rows["Nusrat Jahan"]["badge_code"] == "NUS234"
    assert rows["Nusrat Jahan"]["checked_at"] is not None
    assert rows["Rakib Ahmed"]["status"] == "excused"
    assert rows["Rakib Hasan"]["status"] is None and rows["Rakib Hasan"]["checked_at"] is None
    assert rows["Rakib Hasan"]["local_name"] == "মোঃ রাকিব হাসান"

    text = wlt("attendance", "--session", "1")
    assert text.code == 0
    assert text.out.startswith("Opening — ")
    assert "present 1 · late 0 · excused 1 · absent 0 · not yet 1 · expected 3" in text.out
    assert "মোঃ রাকিব হাসান" in text.out


def test_attendance_of_another_session_is_separate(wlt, desk):
    wlt("checkin", "--session", "1", "--code", "NUS234")
    lab = attendance_json(wlt, "2")
    assert lab["session"]["id"] == desk["lab"]
    assert lab["counts"]["present"] == 0 and lab["counts"]["expected"] == 3


# ----------------------------------------------------------------- store, version, usage
def test_db_pointing_to_a_folder(run, tmp_path):
    result = run("--db", tmp_path, "event", "list")
    assert result.code == 1
    assert "is a folder" in result.error_line


def test_db_in_a_missing_folder_creates_nothing(run, tmp_path):
    missing = tmp_path / "nope" / "deeper"
    result = run("event", "list", "--db", missing / "store.sqlite")
    assert result.code == 1
    assert "does not exist" in result.error_line
    assert not (tmp_path / "nope").exists()


def test_db_as_sqlite_url(run, tmp_path):
    url = f"sqlite:///{tmp_path / 'url.sqlite'}"
    made = run(
        "--db",
        url,
        "event",
        "create",
        "--name",
        "By URL",
        "--start",
        "2026-03-14",
        "--end",
        "2026-03-14",
    )
    assert made.code == 0, made.err
    assert (tmp_path / "url.sqlite").is_file()
    listed = run("--db", tmp_path / "url.sqlite", "event", "list", "--json")
    assert [e["name"] for e in json.loads(listed.out)] == ["By URL"]


def test_db_with_an_unknown_url_scheme(run):
    result = run("--db", "nosuchdb://somewhere/x", "event", "list")
    assert result.code == 1
    assert result.error_line


def test_db_that_is_not_a_store(run, tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("these are my notes, not a database\n" * 100)
    result = run("--db", bogus, "event", "list")
    assert result.code == 1
    assert result.error_line
    assert bogus.read_text().startswith("these are my notes")


def test_version(run):
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"wltdesk {provenance().describe()}"
    assert result.out.startswith(f"wltdesk {wltdesk.__version__} (")


@pytest.mark.parametrize(
    "argv",
    [
        ["event", "create", "--name", "X", "--start", "2026-03-14"],  # no --end
        ["session", "add", "--title", "X"],
        ["attendance"],
        ["roster", "import"],
        ["event"],  # no action
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2(wlt, db, argv):
    result = wlt(*argv)
    assert result.code == 2
    assert "usage: wltdesk" in result.err and "error:" in result.err
    assert result.out == ""
    assert not Path(db).exists()  # the store is not even opened


# ----------------------------------------------------------------- as a real process
def wltdesk_process(tmp_path, *argv: Any, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wltdesk", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={**os.environ, **env},
        timeout=120,
    )


def test_process_error_exit_code_and_one_stderr_line(tmp_path, db):
    made = wltdesk_process(
        tmp_path,
        "--db",
        db,
        "event",
        "create",
        "--name",
        "Backwards",
        "--start",
        "2026-03-15",
        "--end",
        "2026-03-14",
    )
    assert made.returncode == 1
    assert made.stdout == ""
    assert made.stderr == ("wltdesk: the event ends (2026-03-14) before it starts (2026-03-15)\n")
    assert changes(db) == 0


def test_process_usage_error_and_version(tmp_path, db):
    usage = wltdesk_process(
        tmp_path,
        "--db",
        db,
        "event",
        "create",
        "--name",
        "X",
        "--start",
        "14.03.2026",
        "--end",
        "2026-03-15",
    )
    assert usage.returncode == 2
    assert usage.stderr.startswith("usage: wltdesk event create")
    assert "error: argument --start: not a date" in usage.stderr
    assert not Path(db).exists()

    version = wltdesk_process(tmp_path, "--version")
    assert version.returncode == 0
    assert version.stdout == f"wltdesk {provenance().describe()}\n"

    folder = wltdesk_process(tmp_path, "--db", tmp_path, "event", "list")
    assert folder.returncode == 1
    assert folder.stderr.count("\n") == 1 and "is a folder" in folder.stderr


def test_process_check_in_round_trip_in_bengali(tmp_path, db):
    made = wltdesk_process(
        tmp_path,
        "event",
        "create",
        "--db",
        db,
        "--name",
        "T",
        "--start",
        "2026-01-01",
        "--end",
        "2099-12-31",
    )
    event = made.stdout.strip()
    add_people(db, event, RAKIB_HASAN)
    # The process reads the real clock, which no fixture sets: a session far ahead
    # makes the check-in early, so "present" whatever the time of day.
    start = datetime(2099, 12, 31, 9, 0)
    wltdesk_process(
        tmp_path,
        "--db",
        db,
        "session",
        "add",
        "--title",
        "Opening",
        "--start",
        minute(start),
        "--end",
        minute(start + timedelta(hours=1)),
    )
    done = wltdesk_process(tmp_path, "--db", db, "checkin", "--session", "1", "--query", "রাকিব")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Rakib Hasan (মোঃ রাকিব হাসান): present at ")
    assert done.stderr == ""


def test_process_output_to_a_non_utf8_pipe_does_not_crash(tmp_path, db):
    """Windows pipes and old consoles are not UTF-8: names must not crash the output."""
    event = wltdesk_process(
        tmp_path,
        "--db",
        db,
        "event",
        "create",
        "--name",
        "T",
        "--start",
        "2026-03-14",
        "--end",
        "2026-03-15",
    ).stdout.strip()
    add_people(db, event, RAKIB_HASAN)
    as_json = wltdesk_process(
        tmp_path, "--db", db, "roster", "list", "--json", PYTHONIOENCODING="cp1252"
    )
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)[0]["local_name"] == "মোঃ রাকিব হাসান"  # exact
    as_text = wltdesk_process(tmp_path, "--db", db, "roster", "list", PYTHONIOENCODING="cp1252")
    assert as_text.returncode == 0, as_text.stderr
    assert "Rakib Hasan" in as_text.stdout and "RAK234" in as_text.stdout


def test_event_dates_in_json_are_iso(wlt, event):
    (listed,) = wlt("event", "list", "--json").json()
    assert date.fromisoformat(listed["start"]) == date(2026, 3, 14)


def test_db_and_event_work_between_group_and_action(run, db, event):
    result = run("event", "--db", db, "list", "--json")
    assert result.code == 0, result.err
    assert [e["id"] for e in json.loads(result.out)] == [event]


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--db", "x.sqlite"], True),
        (["--db", "roster", "--event", "gui"], True),
        (["gui", "--exit-after-show"], True),
        (["--db", "x.sqlite", "roster", "list"], False),
        (["print", "badges", "--out", "b.pdf"], False),
        (["--version"], False),
        (["-h"], False),
    ],
)
def test_which_arguments_just_open_the_gui(argv, gui):
    from wltdesk.cli import opens_the_gui

    assert opens_the_gui(argv) is gui


#: What the first window does not need: ReportLab and friends (start-up target ≤ 1 s).
HEAVY_FOR_THE_GUI = (
    "reportlab",
    "wltdesk.printing",
    "wltdesk.grouping",
    "icalendar",
    "pypdfium2",
    "cryptography",
    "charset_normalizer",
)
#: What ``wltdesk --version`` and ``--help`` must not load either (target: ≤ 4× a bare
#: Python start, bench/bench_cli_startup.py): the store, SQLAlchemy, the command
#: modules, the installed metadata, Qt.
HEAVY_FOR_HELP = (
    *HEAVY_FOR_THE_GUI,
    "sqlalchemy",
    "wltdesk.store",
    "importlib.metadata",
    "PySide6",
    *(f"wltdesk.cli.{module}" for module in COMMAND_MODULES),
)
#: A command loads its own module (and the services it calls), not the others'.
HEAVY_FOR_CHECKIN = (
    *HEAVY_FOR_THE_GUI,
    "PySide6",
    *(f"wltdesk.cli.{m}" for m in COMMAND_MODULES if m not in ("attendance", "sessions")),
)


@pytest.mark.parametrize(
    ("start", "heavy"),
    [
        (
            "args = build_parser(()).parse_args(['gui', '--exit-after-show'])\n"
            "assert args.exit_after_show\n"
            "import wltdesk.gui.main_window",
            HEAVY_FOR_THE_GUI,
        ),
        ("main(['--version'])", HEAVY_FOR_HELP),
        ("main(['--help'])", HEAVY_FOR_HELP),
        ("main(['checkin', '--help'])", HEAVY_FOR_CHECKIN),
    ],
    ids=["gui", "version", "help", "checkin-help"],
)
def test_start_up_loads_only_what_it_needs(start, heavy):
    """The first window must not wait for ReportLab and friends; ``--version`` and
    ``--help`` need nothing but argparse; a command needs its own module only."""
    probe = (
        "import contextlib, io, sys\n"
        "from wltdesk.cli import build_parser, main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        + "".join(f"    {line}\n" for line in start.splitlines())
        + f"heavy = sorted(m for m in {heavy!r} if m in sys.modules)\n"
        "print(heavy)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"


def test_the_command_index_matches_what_the_modules_register():
    """``wltdesk --help`` lists commands from COMMANDS without importing their modules:
    each must be registered by the module named there, with the same help line."""
    for module in COMMAND_MODULES:
        commands = argparse.ArgumentParser().add_subparsers()
        cli = CommandLine(commands, argparse.ArgumentParser(add_help=False))
        importlib.import_module(f"wltdesk.cli.{module}").register(cli)
        registered = {name: command.description for name, command in commands.choices.items()}
        indexed = {name: text for name, (owner, text) in COMMANDS.items() if owner == module}
        assert registered == indexed, module


def test_help_lists_every_command_and_version_is_the_projects(run):
    shown = run("--help")
    assert shown.code == 0
    for name, (_module, text) in COMMANDS.items():
        assert name in shown.out and " ".join(text.split()) in " ".join(shown.out.split())
    assert run("checkin", "--help").out.startswith("usage: wltdesk checkin")


def test_a_reader_that_leaves_early_is_not_an_error(tmp_path, db):
    """`wltdesk roster list | head -1`: no message, no traceback, exit 0."""
    assert wltdesk_process(tmp_path, "--db", db, "demo").returncode == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "wltdesk", "--db", db, "roster", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    listing.stdout.close()  # the reader is gone before the first line
    stderr = listing.stderr.read()
    assert listing.wait(timeout=60) == 0
    assert stderr == b""
