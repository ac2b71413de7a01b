"""``wltdesk paper import`` and the paper records: photos of real sheets into check-ins.

The photos are tests/paper_photos.py's (real sheets, marked and photographed by
OpenCV); the store is a real SQLite file. Refusals are one line, exit 1, with the
store's tables unchanged (compared by a dump of every row).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime, time

import pytest
from cli_result import invoke
from paper_event import make_event
from paper_photos import photos
from sqlalchemy import select, text

from wltdesk import attendance, printing
from wltdesk.paper import record, sheet
from wltdesk.printing import PrintOptions
from wltdesk.store import open_store
from wltdesk.store.models import Attendance

# page 1 of the Opening circle's sheet: rows 1-18; what each box holds
PAGE_ONE = ["tick", "empty", "cross", "filled", "empty", "pencil", "stray", "scribble", "tick"]
PAGE_ONE += ["empty"] * (18 - len(PAGE_ONE))


@pytest.fixture(scope="module")
def _made(tmp_path_factory):
    """The store file with the event, and photos of its Opening circle sheet (2 pages):
    made once (rendering and photographing is most of the time), copied for each test."""
    folder = tmp_path_factory.mktemp("paper")
    path = folder / "store.sqlite"
    store = open_store(path)
    event = make_event(store)
    pdf = printing.render(
        store, event.event_id, "signin", PrintOptions(session_id=event.sessions[0])
    )
    store.close()
    shots = photos(pdf, seed=5, marks={0: PAGE_ONE})
    files = []
    for number, shot in enumerate(shots[:2], 1):
        file = folder / f"sheet-{number}.jpg"
        file.write_bytes(shot.jpeg)
        files.append(file)
    return path, event, files, shots


@pytest.fixture
def paper(_made, tmp_path):
    """A copy of the made store for one test, with the photos."""
    made, event, files, shots = _made
    path = tmp_path / "store.sqlite"
    shutil.copyfile(made, path)
    return path, event, files, shots


def _dump(path) -> str:
    """Every row of every table, as a digest: "the store is unchanged"."""
    with open_store(path).engine.connect() as connection:
        tables = [
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            )
        ]
        digest = hashlib.sha256()
        for table in tables:
            if table in ("devices", "store_identity"):
                continue
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _rows(path, session_id):
    store = open_store(path)
    try:
        with store.read() as db:
            return {
                a.person_id: a
                for a in db.execute(
                    select(Attendance).where(Attendance.session_id == session_id)
                ).scalars()
            }
    finally:
        store.close()


def _roster_order(path, event) -> list[str]:
    from wltdesk import people

    store = open_store(path)
    try:
        return [p.id for p in people.list_people(store, event.event_id)]
    finally:
        store.close()


def test_import_checks_in_the_ticked_at_the_start_from_paper(capsys, paper):
    path, event, files, shots = paper
    result = invoke(capsys, ["--db", path, "paper", "import", *files, "--json"])
    assert result.code == 3, result.err  # the scribbled box and the walk-ins need a look
    data = json.loads(result.out)
    assert data["needs_review"] is True
    order = _roster_order(path, event)
    wanted = {
        order[i]
        for shot_index, shot in enumerate(shots[:2])
        for i in [shot_index * 18 + r for r, m in enumerate(shot.marks)
                  if m in ("tick", "cross", "filled", "pencil")]
        if i < len(order)
    }
    rows = _rows(path, event.sessions[0])
    assert set(rows) == wanted
    start = datetime(2026, 3, 14, 3, 0)  # 09:00 in Dhaka, in UTC as the store keeps it
    for row in rows.values():
        assert (row.status, row.source, row.checked_at) == ("present", "paper", start)
    listed = invoke(capsys, ["--db", path, "attendance", "--session", "1", "--json"]).json()
    assert {p["person_id"]: p["source"] for p in listed["people"] if p["status"]} == dict.fromkeys(
        wanted, "paper"
    )
    page_one = data["pages"][0]["rows"]
    assert [r["state"] for r in page_one[:9]] == [
        "ticked", "empty", "ticked", "ticked", "empty", "ticked", "empty", "unclear", "ticked"
    ]
    assert page_one[7]["person_id"] == order[7] and page_one[7]["person_id"] not in rows


def test_reading_the_same_photos_again_changes_nothing(capsys, paper):
    path, _event, files, _shots = paper
    first = invoke(capsys, ["--db", path, "paper", "import", *files])
    assert first.code == 3 and "checked in from paper" in first.out
    before = _dump(path)
    again = invoke(capsys, ["--db", path, "paper", "import", *files])
    assert again.code == 3
    assert "0 checked in from paper" in again.out
    assert _dump(path) == before


def test_a_desk_check_in_stays_as_the_desk_made_it(capsys, paper):
    path, event, files, _shots = paper
    first_ticked = _roster_order(path, event)[0]  # row 1 is ticked on the photo
    store = open_store(path)
    late = attendance.check_in(
        store, event.sessions[0], first_ticked, "late", now=datetime(2026, 3, 14, 3, 20, tzinfo=UTC)
    )
    store.close()
    invoke(capsys, ["--db", path, "paper", "import", files[0]])
    row = _rows(path, event.sessions[0])[first_ticked]
    assert (row.status, row.source, row.checked_at) == ("late", None, late.checked_at)


def test_a_time_given_is_recorded_and_can_be_late(capsys, paper):
    path, event, files, _shots = paper
    result = invoke(capsys, ["--db", path, "paper", "import", files[0], "--time", "09:40"])
    assert result.code == 3
    rows = _rows(path, event.sessions[0])
    assert {r.status for r in rows.values()} == {"late"}  # 40 min after a 09:00 start
    assert {r.checked_at for r in rows.values()} == {datetime(2026, 3, 14, 3, 40)}  # UTC


def test_dry_run_records_nothing(capsys, paper):
    path, _event, files, _shots = paper
    before = _dump(path)
    result = invoke(capsys, ["--db", path, "paper", "import", *files, "--dry-run"])
    assert result.code == 3 and "would be checked in" in result.out
    assert _dump(path) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"garbage", "not a picture WLT Desk can read"), (b"%PDF-1.4 broken", "not a PDF")],
)
def test_an_unreadable_file_records_nothing(capsys, paper, tmp_path, content, words):
    """One bad file among good ones: one line naming it, exit 1, nothing recorded."""
    path, _event, files, _shots = paper
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(content)
    before = _dump(path)
    result = invoke(capsys, ["--db", path, "paper", "import", files[0], bad])
    line = result.error_line
    assert "broken.jpg" in line and words in line
    assert _dump(path) == before


def test_another_events_sheet_is_refused(capsys, paper, tmp_path):
    path, _event, files, _shots = paper
    store = open_store(path)
    other = make_event(store, count=3, name="Another Training")
    store.close()
    before = _dump(path)
    result = invoke(
        capsys, ["--db", path, "--event", other.event_id, "paper", "import", files[0]]
    )
    assert "another event (Paper Training)" in result.error_line
    assert _dump(path) == before
    elsewhere = tmp_path / "elsewhere.sqlite"
    fresh = open_store(elsewhere)
    make_event(fresh, count=3)
    fresh.close()
    result = invoke(capsys, ["--db", elsewhere, "paper", "import", files[0]])
    assert "this sheet is from another event" in result.error_line


def test_a_sheet_of_another_session_is_refused(capsys, paper):
    path, _event, files, _shots = paper
    before = _dump(path)
    result = invoke(capsys, ["--db", path, "paper", "import", files[0], "--session", "2"])
    assert "this sheet is for Opening circle" in result.error_line
    assert _dump(path) == before


@pytest.mark.parametrize("given", ["9.40", "25:00", "noon"])
def test_a_bad_time_is_one_line(capsys, paper, given):
    path, _event, files, _shots = paper
    result = invoke(capsys, ["--db", path, "paper", "import", files[0], "--time", given])
    assert "--time" in result.error_line


def test_typed_marks_undo_and_redo_as_one_step(store):
    """The typed grid's marks: the time given, 'paper-typed', and back in one undo."""
    event = make_event(store, count=4, name="Typed")
    session = event.sessions[1]
    before = attendance.check_in(
        store, session, event.person_ids[3], "excused", now=datetime(2026, 3, 14, 4, tzinfo=UTC)
    )
    marks = {event.person_ids[0]: "present", event.person_ids[1]: "late",
             event.person_ids[3]: "present"}  # fmt: skip
    done = record.record_typed(store, session, marks, time(10, 5))
    assert len(done) == 3
    rows = {r.person_id: r for r in attendance.session_attendance(store, session)}
    assert rows[event.person_ids[0]].status == "present"
    assert rows[event.person_ids[1]].status == "late"
    assert {rows[p].source for p in marks} == {"paper-typed"}
    assert rows[event.person_ids[0]].checked_at == datetime(2026, 3, 14, 4, 5)  # 10:05 Dhaka
    assert record.record_typed(store, session, marks, time(10, 5)) == []  # nothing new
    record.undo_all(store, done)
    rows = {r.person_id: r for r in attendance.session_attendance(store, session)}
    assert rows[event.person_ids[0]].status is None and rows[event.person_ids[1]].status is None
    assert (rows[event.person_ids[3]].status, rows[event.person_ids[3]].source) == (
        "excused", None,
    )
    assert rows[event.person_ids[3]].checked_at == before.checked_at
    record.redo_all(store, done)
    rows = {r.person_id: r for r in attendance.session_attendance(store, session)}
    assert rows[event.person_ids[3]].source == "paper-typed"
    with pytest.raises(Exception, match="status must be one of"):
        record.record_typed(store, session, {event.person_ids[2]: "absent"})


def test_codes_are_refused_unless_a_sheet_printed_them():
    good = sheet.SheetCode("A", "0123ABCD", "89ABCDEF", 2, 19, ("00112233",), 3)
    assert sheet.parse_code(good.text()) == good
    wrong_paper = "WLT1:Q" + good.text()[6:]
    for bad in ["WLT1:A:0123", "https://example.org", good.text() + "X", wrong_paper]:
        with pytest.raises(Exception, match="not a WLT Desk sign-in sheet"):
            sheet.parse_code(bad)
    too_many = sheet.SheetCode("L", "0123ABCD", "89ABCDEF", 1, 1, ("00112233",) * 17, 0)
    with pytest.raises(Exception, match="not a WLT Desk sign-in sheet"):
        sheet.parse_code(too_many.text())
