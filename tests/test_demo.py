"""The demo event: ``wltdesk demo`` and ``demo.create_demo`` on SQLite files in temp folders.

The demo is what a new user sees first, so it is checked against its sources
(``resources/demo/roster.csv`` and ``agenda.json``): every person, every Bengali
name exactly, every session, and attendance that follows the clock.

The demo places its event and attendance around "now", so every test runs at a
fixed instant (the ``clock`` fixture), and the demo checked many ways is made
in the afternoon and either side of midnight at its venue (Dhaka, 18:00 UTC).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from clock_instants import CLOCK_INSTANTS
from sqlalchemy import select

from wltdesk import agenda, demo, events, people
from wltdesk.cli import main
from wltdesk.resources import resource
from wltdesk.store import Store, open_store
from wltdesk.store.models import Attendance

DHAKA = ZoneInfo("Asia/Dhaka")
REGIONS = {
    "Dhaka",
    "Chattogram",
    "Rajshahi",
    "Khulna",
    "Barishal",
    "Sylhet",
    "Rangpur",
    "Mymensingh",
}
FACILITATORS = {"Ayesha Siddiqua", "Kamrul Hasan Titu", "Lena Vogel", "Partha Sarathi Ghosh"}
DEMO_INSTANTS = ("0930utc", "1759utc-2359dhaka", "1801utc-0001dhaka")

pytestmark = pytest.mark.usefixtures("clock")


def roster_rows() -> list[dict[str, str]]:
    with resource("demo", "roster.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def agenda_plan() -> dict:
    return json.loads(resource("demo", "agenda.json").read_text(encoding="utf-8"))


def changes(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM changes").fetchone()[0]
    finally:
        connection.close()


def attendance_rows(store: Store) -> list[Attendance]:
    with store.read() as db:
        return list(db.execute(select(Attendance).where(Attendance.deleted.is_(False))).scalars())


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------- one demo, many checks
@pytest.fixture(scope="module", params=DEMO_INSTANTS)
def demo_file(request, tmp_path_factory) -> tuple[Path, datetime, datetime]:
    """A store made by ``wltdesk demo`` (once per instant), and when it was made."""
    folder = tmp_path_factory.mktemp("demo")
    instant = CLOCK_INSTANTS[request.param]
    with pytest.MonkeyPatch.context() as patch, time_machine.travel(instant, tick=True):
        patch.setenv("WLTDESK_HOME", str(folder / "home"))
        path = folder / "demo.sqlite"
        before = datetime.now(UTC)
        assert main(["--db", str(path), "demo"]) == 0
        after = datetime.now(UTC)
    return path, before, after


@pytest.fixture
def made(demo_file):
    path, _before, _after = demo_file
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def when(demo_file) -> tuple[datetime, datetime]:
    return demo_file[1], demo_file[2]


def test_one_event_named_as_the_agenda_says(made, when):
    (event,) = events.list_events(made)
    assert event.id == demo.DEMO_EVENT_ID
    assert event.name == "Demo Leadership Training (fictional)"
    assert event.timezone == "Asia/Dhaka"
    assert event.venue == agenda_plan()["event"]["venue"]
    today = when[0].astimezone(DHAKA).date()
    assert event.start_date == today - timedelta(days=1)  # day one was yesterday
    assert event.end_date == today
    assert demo.exists(made)


def test_people_participants_and_facilitators(made):
    roster = people.list_people(made, demo.DEMO_EVENT_ID)
    assert len(roster) == 44
    roles = Counter(p.role for p in roster)
    assert roles == {"participant": 40, "facilitator": 4}
    assert {p.display_name for p in roster if p.role == "facilitator"} == FACILITATORS
    assert {p.region for p in roster if p.role == "participant"} == REGIONS
    assert len({p.display_name for p in roster}) == 44


def test_every_person_has_a_unique_example_org_email(made):
    roster = people.list_people(made, demo.DEMO_EVENT_ID)
    emails = [p.email for p in roster]
    assert all(e and e.endswith("@example.org") for e in emails), emails
    assert len(set(emails)) == len(emails)


def test_badge_codes_are_unique_and_scannable(made):
    codes = [p.badge_code for p in people.list_people(made, demo.DEMO_EVENT_ID)]
    assert len(set(codes)) == 44
    for code in codes:
        assert len(code) == people.BADGE_LENGTH
        assert set(code) <= set(people.BADGE_ALPHABET), code


def test_bengali_names_are_exact(made):
    by_name = {p.display_name: p for p in people.list_people(made, demo.DEMO_EVENT_ID)}
    assert by_name["Rakib Hasan"].local_name == "মোঃ রাকিব হাসান"
    assert by_name["Nusrat Jahan"].local_name == "নুসরাত জাহান"
    assert by_name["Rakib Hasan"].local_name.encode("utf-8") == (
        "মোঃ রাকিব হাসান".encode()  # visarga (U+0983) and all, byte for byte
    )
    bengali = [
        p for p in by_name.values() if any("\u0980" <= c <= "\u09ff" for c in p.local_name or "")
    ]
    assert len(bengali) == 39  # the roster also has RTL and Latin-only names
    assert by_name["Sami Al-Haddad"].local_name == "سامي الحداد"
    assert by_name["Lena Vogel"].local_name is None


def test_everyone_matches_the_roster_file(made):
    """Each CSV row arrives whole: the import maps every column of the demo roster."""
    by_name = {p.display_name: p for p in people.list_people(made, demo.DEMO_EVENT_ID)}
    rows = roster_rows()
    assert set(by_name) == {row["Full name"] for row in rows}
    for row in rows:
        person = by_name[row["Full name"]]
        expected = {
            "local_name": row["Name in local script"] or None,  # an empty cell is no name
            "wiki_username": row["Wiki username"],
            "email": row["E-mail"],
            "region": row["Division"],
            "affiliation": row["Organisation"],
            "gender": row["Gender"],
            "role": row["Role"],
            "languages": row["Languages"],
            "photo_consent": row["Photo consent"] == "yes",
            "list_consent": row["Listed on wiki"] == "yes",
        }
        actual = {key: getattr(person, key) for key in expected}
        assert actual == expected, row["Full name"]
        assert not person.extra  # no column was left unmapped


def test_some_people_are_not_listed_on_the_wiki(made):
    """'Listed on wiki' only imports through the demo's explicit mapping; it must not be lost."""
    consent = Counter(p.list_consent for p in people.list_people(made, demo.DEMO_EVENT_ID))
    assert consent[True] > 0 and consent[False] > 0 and consent[None] == 0


def test_twelve_sessions_as_the_agenda_says(made):
    (event,) = events.list_events(made)
    sessions = agenda.list_sessions(made, event.id)
    plan = agenda_plan()["sessions"]
    assert len(sessions) == 12
    kinds = {s.kind for s in sessions}
    assert {"hands-on lab", "group planning", "reflection circle"} <= kinds
    assert kinds <= set(agenda.SESSION_KINDS)
    by_title = {s.title: s for s in sessions}
    assert set(by_title) == {item["title"] for item in plan}
    for item in plan:
        session = by_title[item["title"]]
        day = event.start_date + timedelta(days=item["day"] - 1)
        assert session.day == day
        assert session.starts_at == datetime.combine(
            day, datetime.strptime(item["start"], "%H:%M").time()
        )
        assert session.ends_at == datetime.combine(
            day, datetime.strptime(item["end"], "%H:%M").time()
        )
        assert session.kind == item["kind"]
        assert session.room == item["room"]
    assert [s.day for s in sessions].count(event.start_date) == 6
    assert [s.day for s in sessions].count(event.end_date) == 6


def test_session_facilitators_are_facilitator_ids(made):
    roster = {p.id: p for p in people.list_people(made, demo.DEMO_EVENT_ID)}
    plan = {item["title"]: item["facilitators"] for item in agenda_plan()["sessions"]}
    for session in agenda.list_sessions(made, demo.DEMO_EVENT_ID):
        assert session.facilitators, session.title
        for person_id in session.facilitators:
            assert roster[person_id].role == "facilitator"
        names = [roster[person_id].display_name for person_id in session.facilitators]
        assert names == plan[session.title]


def test_day_one_sessions_have_attendance(made):
    (event,) = events.list_events(made)
    roster = {p.id: p for p in people.list_people(made, event.id)}
    marks = attendance_rows(made)
    for session in agenda.list_sessions(made, event.id):
        if session.day != event.start_date:
            continue
        here = [a for a in marks if a.session_id == session.id]
        assert 30 <= len(here) <= 40, session.title  # most of the 40 participants
        assert all(roster[a.person_id].role == "participant" for a in here)
        assert {a.status for a in here} <= {"present", "late"}


def test_no_attendance_before_a_session_starts(made, when):
    _before, after = when
    (event,) = events.list_events(made)
    started = set()
    for session in agenda.list_sessions(made, event.id):
        if session.starts_at.replace(tzinfo=DHAKA) <= after:
            started.add(session.id)
    for mark in attendance_rows(made):
        assert mark.session_id in started
        assert mark.checked_at.replace(tzinfo=UTC) <= after  # nobody arrives in the future


def test_attendance_follows_the_late_rule(made):
    (event,) = events.list_events(made)
    sessions = {s.id: s for s in agenda.list_sessions(made, event.id)}
    grace = timedelta(minutes=event.late_grace_minutes)
    for mark in attendance_rows(made):
        local = mark.checked_at.replace(tzinfo=UTC).astimezone(DHAKA).replace(tzinfo=None)
        expected = "late" if local > sessions[mark.session_id].starts_at + grace else "present"
        assert mark.status == expected


def test_demo_attendance_is_visible_through_the_cli(demo_file, capsys):
    path = demo_file[0]
    code, out, err = run_cli(capsys, "--db", path, "attendance", "--session", "1", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["session"]["title"] == "Opening and introductions"
    assert report["counts"]["expected"] == 40  # participants; facilitators run the session
    assert 30 <= report["counts"]["present"] + report["counts"]["late"] <= 40


# ----------------------------------------------------------------- a fixed day
@pytest.fixture
def store(tmp_path):
    """A fresh SQLite file store of our own (the demo needs no PostgreSQL variant)."""
    opened = open_store(tmp_path / "store.sqlite")
    yield opened
    opened.close()


def test_demo_on_a_fixed_day_in_the_past(store):
    event_id = demo.create_demo(store, today=date(2024, 3, 10))
    event = events.get_event(store, event_id)
    assert (event.start_date, event.end_date) == (date(2024, 3, 9), date(2024, 3, 10))
    sessions = agenda.list_sessions(store, event_id)
    assert [s.day for s in sessions] == [date(2024, 3, 9)] * 6 + [date(2024, 3, 10)] * 6
    marks = attendance_rows(store)
    per_session = Counter(a.session_id for a in marks)
    assert set(per_session) == {s.id for s in sessions}  # every session is over: all have some
    day_one = {a.person_id for a in marks if a.session_id in {s.id for s in sessions[:6]}}
    day_two = {a.person_id for a in marks if a.session_id in {s.id for s in sessions[6:]}}
    assert day_two < day_one
    assert len(day_one - day_two) >= 6  # a few did not come back on day two
    statuses = Counter(a.status for a in marks)
    assert statuses["present"] > statuses["late"] > 0  # a few arrive late, most on time
    assert set(statuses) == {"present", "late"}


def test_demo_on_a_day_still_to_come_has_no_attendance(store):
    today = datetime.now(DHAKA).date() + timedelta(days=30)
    demo.create_demo(store, today=today)
    assert len(agenda.list_sessions(store, demo.DEMO_EVENT_ID)) == 12
    assert attendance_rows(store) == []


def test_demo_is_the_same_for_the_same_seed(tmp_path):
    def pattern(name: str) -> set[tuple[str, str, str]]:
        store = open_store(tmp_path / name)
        try:
            demo.create_demo(store, today=date(2024, 3, 10), seed=7)
            names = {p.id: p.display_name for p in people.list_people(store, demo.DEMO_EVENT_ID)}
            titles = {s.id: s.title for s in agenda.list_sessions(store, demo.DEMO_EVENT_ID)}
            return {
                (titles[a.session_id], names[a.person_id], a.status) for a in attendance_rows(store)
            }
        finally:
            store.close()

    assert pattern("one.sqlite") == pattern("two.sqlite")


# ----------------------------------------------------------------- running it again
def test_demo_command_prints_the_event_id(tmp_path, capsys):
    code, out, err = run_cli(capsys, "--db", tmp_path / "s.sqlite", "demo")
    assert code == 0, err
    assert out.strip() == demo.DEMO_EVENT_ID


def test_demo_if_missing_twice(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    first = run_cli(capsys, "demo", "--if-missing", "--db", path)
    assert first[0] == 0 and first[1].strip() == demo.DEMO_EVENT_ID
    before = changes(path)
    code, out, err = run_cli(capsys, "demo", "--if-missing", "--db", path)
    assert code == 0, err
    assert "already" in out and err == ""
    assert changes(path) == before
    store = open_store(path)
    try:
        assert len(events.list_events(store)) == 1
        assert len(people.list_people(store, demo.DEMO_EVENT_ID)) == 44
        assert len(agenda.list_sessions(store, demo.DEMO_EVENT_ID)) == 12
    finally:
        store.close()


def test_demo_twice_is_an_error_that_changes_nothing(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    assert run_cli(capsys, "--db", path, "demo")[0] == 0
    before = changes(path)
    code, out, err = run_cli(capsys, "--db", path, "demo")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("wltdesk: ") and "already exists" in err
    assert changes(path) == before


def test_demo_beside_another_event(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    run_cli(
        capsys,
        "--db",
        path,
        "event",
        "create",
        "--name",
        "Real Training",
        "--start",
        "2026-03-14",
        "--end",
        "2026-03-15",
    )
    assert run_cli(capsys, "--db", path, "demo", "--if-missing")[0] == 0
    code, out, _err = run_cli(capsys, "--db", path, "event", "list", "--json")
    assert sorted(e["name"] for e in json.loads(out)) == [
        "Demo Leadership Training (fictional)",
        "Real Training",
    ]
    code, out, _err = run_cli(
        capsys, "--db", path, "--event", "Real Training", "roster", "list", "--json"
    )
    assert code == 0 and json.loads(out) == []  # the demo's people stay in the demo


def test_a_demo_that_fails_half_way_leaves_nothing_behind(store, monkeypatch):
    """The demo is one transaction: a failure after the roster import writes nothing."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo.agenda, "record_session", broken)
    with pytest.raises(RuntimeError):
        demo.create_demo(store)
    assert not demo.exists(store)
    assert events.list_events(store) == []
    with store.read() as db:
        assert db.execute(select(Attendance)).first() is None
    monkeypatch.undo()
    assert demo.create_demo(store) == demo.DEMO_EVENT_ID  # and it can be made again


def test_badge_codes_and_ids_are_the_same_in_every_store(tmp_path):
    """Documentation quotes the demo (badge codes, ids): a demo made on another day, in
    another store, has the same ones, and the codes are those of the roster file."""

    def identities(name: str, today: date) -> tuple[dict, dict]:
        store = open_store(tmp_path / name)
        try:
            demo.create_demo(store, today=today)
            roster = {
                p.display_name: (p.id, p.badge_code)
                for p in people.list_people(store, demo.DEMO_EVENT_ID)
            }
            sessions = {s.title: s.id for s in agenda.list_sessions(store, demo.DEMO_EVENT_ID)}
            return roster, sessions
        finally:
            store.close()

    first = identities("one.sqlite", date(2024, 3, 10))
    assert identities("two.sqlite", date(2026, 7, 1)) == first
    roster, _sessions = first
    assert {name: code for name, (_id, code) in roster.items()} == {
        row["Full name"]: row["Badge code"] for row in roster_rows()
    }
    assert roster["Nusrat Jahan"][1] == "K7M2QX"
    assert {roster["Ayesha Siddiqua"][1], roster["Kamrul Hasan Titu"][1]} == {"TVWHGH", "S952FT"}
