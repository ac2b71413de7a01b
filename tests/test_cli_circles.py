"""``wltdesk circle …`` driven in-process on a SQLite file, as a facilitator would type it."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cli_result import Result, invoke

from wltdesk import agenda, attendance, events, people
from wltdesk.store import open_store

NAMES = [("Anika Rahman", "ANI111"), ("Babul Mia", "BAB222"), ("Chandra Das", "CHA333")]


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "store.sqlite")


@pytest.fixture
def room(db, clock) -> dict[str, Any]:
    store = open_store(db)
    try:
        today = datetime.now(UTC).date()
        event_id = events.create_event(store, "CLI Training", today, today + timedelta(days=1))
        ids = [
            people.add_person(store, event_id, display_name=name, badge_code=code)
            for name, code in NAMES
        ]
        start = datetime.combine(today, datetime.min.time()) + timedelta(hours=16)
        session_id = agenda.add_session(
            store, event_id, "Closing circle", start, start + timedelta(hours=1)
        )
        for n, person in enumerate(ids):
            attendance.check_in(
                store, session_id, person, "present", now=datetime.now(UTC) + timedelta(seconds=n)
            )
    finally:
        store.close()
    return {"event_id": event_id, "people": ids}


@pytest.fixture
def wlt(db, capsys, monkeypatch):
    def call(*argv: Any, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return invoke(capsys, ["--db", db, *argv])

    return call


def changes(db: str) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM changes").fetchone()[0]
    finally:
        connection.close()


def create(wlt, *extra: str) -> str:
    made = wlt("circle", "create", "--session", "1", "--title", "Closing", *extra)
    assert made.code == 0, made.err
    return made.out.strip()


def test_create_list_show(wlt, room):
    circle_id = create(
        wlt,
        "--library",
        "surprise",
        "--language",
        "en",
        "--prompt",
        "What will you try first?",
        "--order",
        "manual",
        "--speaker",
        "Chandra",
        "--speaker",
        "ANI111",
        "--seconds",
        "1:30",
        "--no-pass",
    )
    [listed] = wlt("circle", "list", "--json").json()
    assert listed["id"] == circle_id
    assert listed["prompts"] == ["What surprised you most?", "What will you try first?"]
    assert (listed["seconds_per_speaker"], listed["allow_pass"]) == (90, False)
    shown = wlt("circle", "show", "Closing", "--json").json()
    assert [s["display_name"] for s in shown["speaking_order"]] == ["Chandra Das", "Anika Rahman"]
    text = wlt("circle", "show", "1")
    assert "1:30 per speaker · manual order · no passing" in text.out
    assert "Chandra Das" in text.out


def test_seated_order_and_bilingual_library_prompt(wlt, room):
    create(wlt, "--order", "seated", "--library", "1")
    shown = wlt("circle", "show", "1", "--json").json()
    assert [s["person_id"] for s in shown["speaking_order"]] == room["people"]
    assert "\n" in shown["prompts"][0]  # English and Bengali
    assert "আজকের" in shown["prompts"][0]


def test_turns_notes_and_summary(wlt, room):
    create(wlt, "--order", "seated")
    assert wlt("circle", "turn", "1", "--person", "Anika", "--seconds", "95").code == 0
    assert wlt("circle", "turn", "1", "--person", "BAB222", "--passed").code == 0
    noted = wlt(
        "circle", "note", "1", "--text", "Libraries want help", "--person", "Anika",
        "--theme", "GLAM", "--theme", "partners", "--visibility", "public",
    )  # fmt: skip
    assert noted.code == 0, noted.err
    anon = wlt(
        "circle", "note", "1", "--text", "Scared of tech", "--person", "Chandra",
        "--anonymous", "--theme", "glam,fear", "--visibility", "public",
    )  # fmt: skip
    assert anon.code == 0
    wlt("circle", "note", "1", "--text", "private thought", "--theme", "budget")
    public = wlt("circle", "summary", "1", "--json").json()
    assert [(q["text"], q["speaker"]) for q in public["quotes"]] == [
        ("Libraries want help", "Anika Rahman"),
        ("Scared of tech", None),
    ]
    assert public["themes"][0] == {"theme": "GLAM", "count": 2}
    assert [(t["name"], t["seconds"], t["passed"]) for t in public["time_shared"]] == [
        ("Anika Rahman", 95, False),
        ("Babul Mia", 0, True),
    ]
    everything = wlt("circle", "summary", "1", "--audience", "facilitator", "--json").json()
    assert everything["totals"]["notes"] == 3
    listed = wlt("circle", "notes", "1", "--json").json()
    assert [n["person_id"] for n in listed][1] is None
    text = wlt("circle", "summary", "1")
    assert "“Scared of tech” — anonymous" in text.out
    assert "private thought" not in text.out
    # edit and delete a note by its number
    assert wlt("circle", "note-edit", "1", "3", "--visibility", "organizers").code == 0
    assert wlt("circle", "notes", "1", "--audience", "organizers", "--json").json()[-1]["text"] == (
        "private thought"
    )
    assert wlt("circle", "note-delete", "1", "3").code == 0
    assert len(wlt("circle", "notes", "1", "--json").json()) == 2


def test_run_in_the_terminal(wlt, room):
    create(wlt, "--order", "seated")
    ran = wlt("circle", "run", "1", stdin="\np\nb\nn\nn\n")
    assert ran.code == 0, ran.err
    assert "▶ Anika Rahman" in ran.out and "next: Babul Mia" in ran.out
    turns = wlt("circle", "show", "1", "--json").json()["turns"]
    assert [(t["display_name"], t["passed"]) for t in turns] == [
        ("Anika Rahman", False),
        ("Babul Mia", False),  # passed, then back, then spoke after all
        ("Chandra Das", False),
    ]
    assert "recorded 3 of 3 turns (0 passed)" in ran.out
    # stopping half-way keeps what was recorded
    assert wlt("circle", "clear-turns", "1").code == 0
    wlt("circle", "run", "1", stdin="p\nq\n")
    turns = wlt("circle", "show", "1", "--json").json()["turns"]
    assert [(t["display_name"], t["passed"]) for t in turns] == [("Anika Rahman", True)]


def test_prompt_library_commands(wlt, room):
    added = wlt("circle", "prompts", "add", "--text", "What gave you energy?", "--bn", "শক্তি?")
    assert added.code == 0
    library = wlt("circle", "prompts", "list", "--json").json()
    assert library[-1]["text"] == "What gave you energy?" and not library[-1]["builtin"]
    number = str(len(library))
    assert wlt("circle", "prompts", "edit", number, "--bn", "কী আপনাকে শক্তি দিল?").code == 0
    assert "কী আপনাকে শক্তি দিল?" in wlt("circle", "prompts", "list").out
    refused = wlt("circle", "prompts", "delete", "1")
    assert "built-in prompts cannot be changed" in refused.error_line
    assert wlt("circle", "prompts", "delete", number).code == 0
    assert len(wlt("circle", "prompts", "list", "--json").json()) == len(library) - 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("circle", "create", "--session", "9", "--title", "x"), "no session matches"),
        (("circle", "create", "--session", "1", "--title", " "), "needs a title"),
        (
            ("circle", "create", "--session", "1", "--title", "x", "--seconds", "3"),
            "seconds per speaker",
        ),
        (
            ("circle", "create", "--session", "1", "--title", "x", "--order", "manual"),
            "needs its speakers",
        ),
        (
            ("circle", "create", "--session", "1", "--title", "x", "--speaker", "Zed"),
            "no one on the roster matches 'Zed'",
        ),
        (
            ("circle", "create", "--session", "1", "--title", "x", "--library", "99"),
            "no prompt number 99",
        ),
        (("circle", "show", "7"), "no circle number 7"),
        (("circle", "note", "1", "--text", ""), "needs some text"),
        (("circle", "turn", "1", "--person", "Anika", "--seconds", "-5"), "0 or more"),
        (("circle", "note-delete", "1", "5"), "no note number 5"),
        (("circle", "edit", "1"), "nothing to change"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(wlt, room, db, argv, message):
    if argv[1] != "create":
        create(wlt)
    before = changes(db)
    result = wlt(*argv)
    assert message in result.error_line
    assert changes(db) == before


def test_no_pass_circle_refuses_a_pass(wlt, room, db):
    create(wlt, "--no-pass")
    before = changes(db)
    refused = wlt("circle", "turn", "1", "--person", "Anika", "--passed")
    assert "passing is not allowed" in refused.error_line
    assert changes(db) == before


def test_edit_order_delete(wlt, room):
    create(wlt, "--order", "seated")
    assert wlt("circle", "edit", "1", "--title", "Evening", "--seconds", "60", "--pass").code == 0
    info = wlt("circle", "list", "--json").json()[0]
    assert (info["title"], info["seconds_per_speaker"]) == ("Evening", 60)
    ordered = wlt("circle", "order", "1", "--mode", "manual", "--speaker", "Babul")
    assert ordered.out.strip() == "1. Babul Mia"
    assert wlt("circle", "delete", "Evening").code == 0
    assert wlt("circle", "list", "--json").json() == []


def test_help_lists_the_circle_command(wlt):
    shown = wlt("--help")
    assert "circle" in shown.out
    actions = wlt("circle", "--help").out
    for action in ("create", "run", "note", "summary", "prompts"):
        assert action in actions
