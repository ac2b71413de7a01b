"""``wltdesk groups``: make, show, list, move, lock, replan, add-round, rename on the demo event."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_result import invoke

from wltdesk.cli import main


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def changes_count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM changes").fetchone()[0]


def test_make_show_and_list(db, capsys):
    code, out, err = run(
        capsys,
        db,
        "groups",
        "make",
        "--session",
        "1",
        "--size",
        "4",
        "--rounds",
        "2",
        "--balance",
        "region,gender",
        "--time",
        "0.5",
        "--json",
    )
    assert code == 0, err
    made = json.loads(out)
    assert len(made["rounds"]) == 2
    for rnd in made["rounds"]:
        sizes = [len(g["members"]) for g in rnd["groups"]]
        assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 4
    assert made["report"][0].startswith("0 repeat meetings")
    code, out, _ = run(capsys, db, "groups", "list", "--json")
    listed = json.loads(out)
    # the demo event comes with one set already (the first hands-on lab)
    assert [s["name"] for s in listed] == [
        "Groups — Hands-on lab: organising an editathon",
        "Groups — Opening and introductions",
    ]
    assert listed[1]["id"] == made["id"]
    code, out, _ = run(capsys, db, "groups", "show", "2")
    assert code == 0
    assert "Round 2" in out and "Group 1" in out and "0 repeat meetings" in out
    code, out, _ = run(capsys, db, "groups", "show", made["id"][:8], "--round", "1")
    assert "Round 2" not in out


def test_constraints_by_badge_code_and_name(db, capsys):
    code, out, err = run(
        capsys,
        db,
        "groups",
        "make",
        "--session",
        "Opening",
        "--count",
        "6",
        "--apart",
        "Emon Kanti Dey,Moushumi Roy",
        "--together",
        "Shuvo Sarker,Tahmina Sultana",
        "--pin",
        "Anwar Hossain Babu,Arif Chowdhury",
        "--time",
        "0.3",
        "--json",
    )
    assert code == 0, err
    view = json.loads(out)
    names = [[m["display_name"] for m in g["members"]] for g in view["rounds"][0]["groups"]]
    assert "Anwar Hossain Babu" in names[0] and "Arif Chowdhury" in names[1]
    for group in names:
        assert not {"Emon Kanti Dey", "Moushumi Roy"} <= set(group)
        assert ("Shuvo Sarker" in group) == ("Tahmina Sultana" in group)
    assert "Every keep-apart, keep-together and pin request holds." in view["report"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--size", "3", "--together", "Emon Kanti Dey,Moushumi Roy,Shuvo Sarker,Tahmina"],
            "larger than a group",
        ),
        (
            [
                "--count",
                "4",
                "--apart",
                "Emon Kanti Dey,Moushumi Roy",
                "--together",
                "Emon Kanti Dey,Moushumi Roy",
            ],
            "both kept together and kept apart",
        ),
        (["--count", "2", "--pin", "Emon Kanti Dey,Moushumi Roy,Shuvo Sarker"], "only 2 groups"),
        (["--size", "4", "--apart", "Zebedee,Emon Kanti Dey"], "no one matches 'Zebedee'"),
        (["--size", "4", "--balance", "shoe"], "cannot balance 'shoe'"),
        (["--count", "99"], "cannot make 99 groups"),
        (
            ["--count", "2", "--apart", "Emon Kanti Dey,Moushumi Roy,Shuvo Sarker"],
            "Emon Kanti Dey, Moushumi Roy and Shuvo Sarker must all be in different groups, "
            "but there are only 2 groups",
        ),
    ],
)
def test_impossible_requests_exit_1_and_change_nothing(db, capsys, args, message):
    before = changes_count(db)
    code, _out, err = run(capsys, db, "groups", "make", "--session", "1", *args)
    assert code == 1
    assert err.count("\n") == 1 and message in err
    assert changes_count(db) == before


def test_usage_errors(db, capsys):
    code, _, err = run(capsys, db, "groups", "make", "--session", "1")
    assert code == 2 and "--size" in err
    code, _, err = run(capsys, db, "groups", "make", "--session", "1", "--size", "0")
    assert code == 2


def test_live_event_move_lock_replan_add_round(db, capsys):
    run(
        capsys,
        db,
        "groups",
        "make",
        "--session",
        "1",
        "--size",
        "4",
        "--rounds",
        "2",
        "--time",
        "0.3",
    )
    view = json.loads(run(capsys, db, "groups", "show", "2", "--json")[1])
    person = view["rounds"][1]["groups"][0]["members"][0]["display_name"]
    code, out, err = run(
        capsys, db, "groups", "move", "2", "--person", person, "--to", "2", "--round", "2"
    )
    assert code == 0, err
    assert f"{person}: Group 1 → Group 2 (round 2)" in out
    code, _, err = run(capsys, db, "groups", "move", "2", "--person", person, "--to", "3")
    assert code == 1 and "say which with --round" in err
    code, out, _ = run(capsys, db, "groups", "lock", "2", "--rounds", "1")
    assert code == 0
    code, _, err = run(
        capsys, db, "groups", "move", "2", "--person", person, "--to", "3", "--round", "1"
    )
    assert code == 1 and "round 1 is locked" in err
    code, out, _ = run(capsys, db, "groups", "lock", "2", "--person", person, "--round", "2")
    assert code == 0 and "locked in Group 2" in out
    code, out, err = run(capsys, db, "groups", "replan", "2", "--time", "0.3", "--json")
    assert code == 0, err
    after = json.loads(out)
    assert after["rounds"][0] == {**view["rounds"][0], "locked": True}
    group2 = [m["display_name"] for m in after["rounds"][1]["groups"][1]["members"]]
    assert person in group2  # locked where the facilitator put them
    code, out, err = run(capsys, db, "groups", "add-round", "2", "--time", "0.3")
    assert code == 0, err
    assert "Round 3" in out
    listed = json.loads(run(capsys, db, "groups", "list", "--json")[1])
    assert listed[1]["rounds"] == 3 and listed[1]["locked_rounds"] == 1


def test_unknown_set(db, capsys):
    code, _, err = run(capsys, db, "groups", "show", "7")
    assert code == 1 and "no group set number 7" in err


def rooms(db: Path, capsys) -> list[list[tuple[str, str | None]]]:
    """(name, room) of every group of the demo's set, round by round."""
    view = invoke(capsys, ["--db", db, "groups", "show", "1", "--json"]).json()
    return [[(g["name"], g["room"]) for g in rnd["groups"]] for rnd in view["rounds"]]


def test_rename_sets_the_room_in_every_round(db, capsys):
    before = rooms(db, capsys)
    assert len(before) == 3 and before[0][2] == ("Group 3", None)
    done = invoke(capsys, ["--db", db, "groups", "rename", "1", "3", "--room", " Lab 2 "])
    assert done.code == 0, done.err
    assert done.out.splitlines() == [f"Round {n}: Group 3 · Lab 2" for n in (1, 2, 3)]
    after = rooms(db, capsys)
    assert [rnd[2] for rnd in after] == [("Group 3", "Lab 2")] * 3
    # nothing else changed
    assert [rnd[:2] + rnd[3:] for rnd in after] == [rnd[:2] + rnd[3:] for rnd in before]
    # the printed roster shows it too
    shown = invoke(capsys, ["--db", db, "groups", "show", "1", "--round", "2"])
    assert "  Group 3 [Lab 2] (" in shown.out


def test_rename_one_round_by_name_and_clear_the_room(db, capsys):
    invoke(capsys, ["--db", db, "groups", "rename", "1", "3", "--room", "Lab 2"])
    args = ["--db", db, "groups", "rename", "1", "group 3", "--name", "Tigers", "--round", "2"]
    done = invoke(capsys, [*args, "--json"])
    assert [(g["round"], g["name"], g["room"]) for g in done.json()] == [(2, "Tigers", "Lab 2")]
    assert [rnd[2][0] for rnd in rooms(db, capsys)] == ["Group 3", "Tigers", "Group 3"]
    # "Tigers" is only used in round 2 but still means the third group; '' clears the room
    done = invoke(capsys, ["--db", db, "groups", "rename", "1", "Tigers", "--room", ""])
    assert done.code == 0, done.err
    assert [rnd[2] for rnd in rooms(db, capsys)] == [
        ("Group 3", None),
        ("Tigers", None),
        ("Group 3", None),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "3"], "give --name, --room or both"),
        (["1", "3", "--name", "  "], "a group needs a name"),
        (["1", "9", "--room", "Lab"], "no group number 9 (the rounds have 8 groups)"),
        (["1", "Nowhere", "--room", "Lab"], "no group named 'Nowhere'"),
        (["1", "2", "--name", "group 1"], "round 1 already has a group named 'Group 1'"),
        (["1", "2", "--room", "Lab", "--round", "4"], "--round: the set has 3 rounds"),
        (["5", "2", "--room", "Lab"], "no group set number 5"),
    ],
)
def test_rename_bad_input_exits_1_and_changes_nothing(db, capsys, args, message):
    before = changes_count(db)
    done = invoke(capsys, ["--db", db, "groups", "rename", *args])
    assert message in done.error_line
    assert changes_count(db) == before


def test_rename_a_name_two_rounds_use_for_different_groups_needs_round(db, capsys):
    invoke(capsys, ["--db", db, "groups", "rename", "1", "1", "--name", "Red", "--round", "1"])
    invoke(capsys, ["--db", db, "groups", "rename", "1", "2", "--name", "Red", "--round", "2"])
    before = changes_count(db)
    done = invoke(capsys, ["--db", db, "groups", "rename", "1", "Red", "--room", "Hall"])
    assert "'Red' names different groups in different rounds; add --round" in done.error_line
    assert changes_count(db) == before
    done = invoke(
        capsys, ["--db", db, "groups", "rename", "1", "Red", "--room", "Hall", "--round", "2"]
    )
    assert done.out.strip() == "Round 2: Red · Hall"


def test_replan_keeps_a_manual_move_unless_discard_moves(db, capsys):
    args = ("groups", "make", "--session", "1", "--size", "4", "--rounds", "2", "--time", "0.3")
    assert run(capsys, db, *args)[0] == 0
    view = json.loads(run(capsys, db, "groups", "show", "2", "--json")[1])
    person = view["rounds"][1]["groups"][0]["members"][0]["display_name"]
    run(capsys, db, "groups", "move", "2", "--person", person, "--to", "2", "--round", "2")

    def group_of(shown: dict) -> tuple[int, bool]:
        for index, group in enumerate(shown["rounds"][1]["groups"]):
            for m in group["members"]:
                if m["display_name"] == person:
                    return index, m["moved"]
        raise AssertionError(person)

    for seed in ("1", "2", "3"):
        code, out, err = run(capsys, db, "groups", "replan", "2", "--seed", seed, "--json")
        assert code == 0, err
        assert group_of(json.loads(out)) == (1, True)
    assert f"{person} · " in run(capsys, db, "groups", "show", "2", "--round", "2")[1]
    assert "(moved)" in run(capsys, db, "groups", "show", "2", "--round", "2")[1]
    code, out, err = run(
        capsys, db, "groups", "replan", "2", "--seed", "5", "--discard-moves", "--json"
    )
    assert code == 0, err
    assert group_of(json.loads(out))[1] is False
    assert "(moved)" not in run(capsys, db, "groups", "show", "2")[1]


def test_show_names_the_session_once_and_json_has_the_figures(db, capsys):
    code, out, _ = run(capsys, db, "groups", "show", "1")
    assert code == 0
    assert out.splitlines()[0] == "Groups — Hands-on lab: organising an editathon"
    view = json.loads(run(capsys, db, "groups", "show", "1", "--json")[1])
    quality = view["quality"]
    assert quality["repeats"] == sum(p["meetings"] - 1 for p in quality["repeat_pairs"])
    assert quality["violations"] == [] and quality["uneven_rounds"] == []
    assert quality["sizes"] == [[len(g["members"]) for g in r["groups"]] for r in view["rounds"]]
    assert {"unavoidable_repeats", "history_repeats", "max_meetings", "unmet_pairs"} <= set(quality)
    # The demo balances regions: its spread, in figures and in a sentence.
    (mix,) = quality["mix"]
    assert mix["field"] == "region" and 0 <= mix["fewest_pairs"] <= mix["same_pairs"]
    assert mix["fewest_values"] >= 1 and isinstance(quality["best_possible"], bool)
    assert any(
        "with the same region share a group" in line or "No two people with the same region" in line
        for line in view["report"]
    )
    # A move that makes the groups uneven shows in the figures and the sentences.
    person = view["rounds"][0]["groups"][0]["members"][0]["display_name"]
    for _ in range(2):
        shown = json.loads(run(capsys, db, "groups", "show", "1", "--json")[1])
        first = shown["rounds"][0]["groups"][0]["members"]
        who = next(m["display_name"] for m in first if m["display_name"] != person)
        run(capsys, db, "groups", "move", "1", "--person", who, "--to", "2", "--round", "1")
    view = json.loads(run(capsys, db, "groups", "show", "1", "--json")[1])
    assert view["quality"]["uneven_rounds"] == [1]
    assert any("sizes differ by more than one" in line for line in view["report"])
