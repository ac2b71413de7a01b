"""``wltdesk print`` and ``wltdesk badge-log``: files written whole, one-line errors, no debris."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from printing_data import PEOPLE, build_event, pdf_text

from wltdesk.cli import main
from wltdesk.store import open_store


@pytest.fixture
def setup(tmp_path):
    db = tmp_path / "store.sqlite"
    store = open_store(db, backups=False)
    try:
        data = build_event(store)
    finally:
        store.close()
    return str(db), data


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("wltdesk: "), err
    return lines[0]


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".pdf" or ".part" in p.name)


def test_every_output_prints(setup, tmp_path, capsys):
    db, _data = setup
    outputs = {
        "signin": ["--session", "Opening circle"],
        "badges": [],
        "groups": ["--set", "1"],
        "circle": ["--circle", "1", "--audience", "organizers"],
        "plans": [],
        "certificates": ["--min-sessions", "3"],
        "report": ["--paper", "letter"],
    }
    for output, extra in outputs.items():
        target = tmp_path / f"{output}.pdf"
        code, out, err = run(capsys, "--db", db, "print", output, "--out", str(target), *extra)
        assert code == 0, err
        assert out.startswith(f"{target}: ") and "page" in out
        assert target.read_bytes().startswith(b"%PDF")
    assert "badges logged" not in out
    assert "Opening circle" in pdf_text((tmp_path / "signin.pdf").read_bytes(), tmp_path)


def test_badges_ask_before_a_reprint(setup, tmp_path, capsys):
    db, _data = setup
    first = tmp_path / "badges.pdf"
    code, out, _err = run(capsys, "--db", db, "print", "badges", "--out", str(first), "--json")
    assert code == 0
    assert json.loads(out)["badges_logged"] == len(PEOPLE)
    again = tmp_path / "again.pdf"
    code, _out, err = run(capsys, "--db", db, "print", "badges", "--out", str(again))
    assert code == 1
    assert "printed before" in one_error(err) and "--reprint" in err
    assert not again.exists() and only(tmp_path) == ["badges.pdf"]
    code, out, _err = run(capsys, "--db", db, "print", "badges", "--out", str(again), "--reprint")
    assert code == 0 and f"{len(PEOPLE)} badges logged" in out
    code, out, _err = run(capsys, "--db", db, "badge-log", "--json")
    log = json.loads(out)
    assert {row["times"] for row in log} == {2}
    assert all(row["last_printed_at"].endswith("+00:00") for row in log)
    code, out, _err = run(capsys, "--db", db, "badge-log")
    assert f"{len(PEOPLE)} people have a printed badge; 0 have none yet" in out


def test_badges_by_code_and_new_only(setup, tmp_path, capsys):
    db, data = setup
    store = open_store(db, backups=False)
    try:
        from wltdesk import people

        code_of = people.get_person(store, data.people["Rakib Hasan"]).badge_code
    finally:
        store.close()
    target = tmp_path / "one.pdf"
    code, out, err = run(
        capsys, "--db", db, "print", "badges", "--code", code_of.lower(), "--out", str(target)
    )
    assert code == 0, err
    assert "1 page; 1 badges logged" in out
    assert "Rakib Hasan" in pdf_text(target.read_bytes(), tmp_path)
    code, out, err = run(
        capsys, "--db", db, "print", "badges", "--new-only", "--out", str(tmp_path / "new.pdf")
    )
    assert code == 0, err
    assert f"{len(PEOPLE) - 1} badges logged" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["signin"], "give --session"),
        (["signin", "--session", "99"], "no session matches"),
        (["report", "--session", "1"], "--session is for the sign-in sheet only"),
        (["certificates", "--min-sessions", "9"], "between 1 and 5"),
        (["groups", "--set", "nope"], "no group set matches"),
        (["circle", "--circle", "nope"], "no circle matches"),
        (["signin", "--reprint", "--session", "1"], "for badges only"),
        (["badges", "--code", "ZZZZZZ"], "badge code ZZZZZZ"),
    ],
)
def test_bad_input_is_one_line_and_no_file(setup, tmp_path, capsys, args, message):
    db, _data = setup
    target = tmp_path / "out.pdf"
    code, out, err = run(capsys, "--db", db, "print", *args, "--out", str(target))
    assert code == 1 and out == ""
    assert message in one_error(err)
    assert only(tmp_path) == []


def test_out_into_a_missing_folder(setup, tmp_path, capsys):
    db, _data = setup
    code, _out, err = run(
        capsys, "--db", db, "print", "report", "--out", str(tmp_path / "no" / "r.pdf")
    )
    assert code == 1 and "does not exist" in one_error(err)


def test_usage_errors_exit_2(setup, capsys):
    db, _data = setup
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, "print", "posters", "--out", "x.pdf"])
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main(["--db", db, "print", "report", "--out", "x.pdf", "--paper", "a3"])
    assert stop.value.code == 2
    capsys.readouterr()
