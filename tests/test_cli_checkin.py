"""``wltdesk checkin --walk-in`` and ``--undo``, on SQLite and PostgreSQL.

The command line runs in-process on the ``store`` fixture's database, which is
this laptop: its device id is the store's. A walk-in is someone not on the
roster, added and checked in by one command; ``--undo`` takes back this laptop's
last check-in still in effect, through the change log, so the undo syncs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cli_result import Result, invoke
from sqlalchemy import func, select

from wltdesk import agenda, attendance, events, people
from wltdesk.store.models import Change


def logged(store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()


@pytest.fixture
def wlt(store, capsys):
    def call(*argv: Any) -> Result:
        return invoke(capsys, ["--db", store.url, *argv])

    return call


@pytest.fixture
def desk(store) -> dict[str, Any]:
    """A UTC event with two sessions running now and two people on the roster."""
    now = datetime.now(UTC).replace(tzinfo=None, second=0, microsecond=0)
    event_id = events.create_event(
        store, "Desk Training", now.date() - timedelta(days=1), now.date() + timedelta(days=1)
    )
    opening = agenda.add_session(
        store, event_id, "Opening", now - timedelta(minutes=2), now + timedelta(hours=1)
    )
    lab = agenda.add_session(
        store, event_id, "Lab", now - timedelta(minutes=1), now + timedelta(hours=1)
    )
    nusrat = people.add_person(
        store, event_id, display_name="Nusrat Jahan", local_name="নুসরাত জাহান", badge_code="NUS234"
    )
    rakib = people.add_person(store, event_id, display_name="Rakib Hasan", badge_code="RAK234")
    return {"event": event_id, "opening": opening, "lab": lab, "nusrat": nusrat, "rakib": rakib}


def status(store, session_id: str, person_id: str) -> str | None:
    return attendance.statuses(store, session_id).get(person_id, (None,))[0]


def roster_names(wlt) -> list[str]:
    return [p["display_name"] for p in wlt("roster", "list", "--json").json()]


# ----------------------------------------------------------------- walk-in
def test_walk_in_adds_and_checks_in(wlt, store, desk):
    done = wlt(
        "checkin", "--session", "Opening", "--walk-in", " Sadia Rahman ", "--local-name",
        "সাদিয়া রহমান", "--json",
    ).json()  # fmt: skip
    assert done["walk_in"] is True and done["status"] == "present"
    assert (done["display_name"], done["local_name"]) == ("Sadia Rahman", "সাদিয়া রহমান")
    person = people.get_person(store, done["person_id"])
    assert person.badge_code == done["badge_code"] and person.role == "participant"
    assert status(store, desk["opening"], person.id) == "present"
    text = wlt("checkin", "--session", "Lab", "--walk-in", "Joy Barua", "--status", "late")
    assert text.code == 0, text.err
    assert text.out.startswith("Joy Barua: late at ") and "(walk-in, badge " in text.out


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("nusrat jahan", "Nusrat Jahan is on the roster already (badge NUS234); "
         "check them in with --code NUS234"),
        ("   ", "--walk-in: give the person's name"),
    ],
)  # fmt: skip
def test_walk_in_errors_add_no_one(wlt, store, desk, name, message):
    before = logged(store)
    assert wlt("checkin", "--session", "1", "--walk-in", name).error_line == f"wltdesk: {message}"
    assert logged(store) == before


def test_local_name_without_walk_in_is_a_usage_error(wlt, store, desk):
    before = logged(store)
    result = wlt("checkin", "--session", "1", "--code", "NUS234", "--local-name", "নুসরাত")
    assert result.code == 2 and "--local-name goes with --walk-in" in result.err
    assert logged(store) == before


def test_walk_in_and_code_together_is_a_usage_error(wlt, desk):
    result = wlt("checkin", "--session", "1", "--code", "NUS234", "--walk-in", "X")
    assert result.code == 2 and "not allowed with argument" in result.err


# ----------------------------------------------------------------- undo
def test_undo_takes_back_the_last_check_ins_one_by_one(wlt, store, desk):
    wlt("checkin", "--session", "Opening", "--code", "NUS234")
    wlt("checkin", "--session", "Opening", "--code", "RAK234")
    before = logged(store)
    undone = wlt("checkin", "--undo")
    assert undone.out == "undone: Rakib Hasan at Opening (present) — not checked in\n"
    assert logged(store) > before  # written to the change log: the undo syncs
    assert status(store, desk["opening"], desk["rakib"]) is None
    assert status(store, desk["opening"], desk["nusrat"]) == "present"
    again = wlt("checkin", "--undo", "--json").json()
    assert again == {
        "person_id": desk["nusrat"],
        "display_name": "Nusrat Jahan",
        "local_name": "নুসরাত জাহান",
        "session_id": desk["opening"],
        "undone_status": "present",
        "status": None,
        "walk_in_removed": False,
    }
    before = logged(store)
    nothing = wlt("checkin", "--undo")
    assert nothing.error_line == ("wltdesk: nothing to undo: this laptop has no check-in in effect")
    assert logged(store) == before


def test_undo_puts_back_an_earlier_status(wlt, store, desk):
    wlt("checkin", "--session", "Opening", "--code", "NUS234", "--status", "excused")
    wlt("checkin", "--session", "Opening", "--code", "NUS234", "--status", "late")
    assert wlt("checkin", "--undo").out.endswith("(late) — back to excused\n")
    assert status(store, desk["opening"], desk["nusrat"]) == "excused"


def test_undo_in_one_session(wlt, store, desk):
    wlt("checkin", "--session", "Opening", "--code", "NUS234")
    wlt("checkin", "--session", "Lab", "--code", "NUS234")
    assert wlt("checkin", "--undo", "--session", "Opening").code == 0
    assert status(store, desk["opening"], desk["nusrat"]) is None
    assert status(store, desk["lab"], desk["nusrat"]) == "present"
    assert "no check-in to this session" in wlt("checkin", "--undo", "--session", "1").error_line


def test_undo_of_a_walk_in_takes_them_off_the_roster(wlt, store, desk):
    wlt("checkin", "--session", "Opening", "--walk-in", "Sadia Rahman")
    assert "Sadia Rahman" in roster_names(wlt)
    undone = wlt("checkin", "--undo")
    assert undone.out.endswith("— not checked in; the walk-in is off the roster again\n")
    assert "Sadia Rahman" not in roster_names(wlt)


@pytest.mark.parametrize("extra", [["--status", "late"], ["--local-name", "x"]])
def test_undo_with_check_in_options_is_a_usage_error(wlt, store, desk, extra):
    before = logged(store)
    result = wlt("checkin", "--undo", *extra)
    assert result.code == 2 and "--undo takes no" in result.err
    assert logged(store) == before


def test_check_in_without_a_session_is_a_usage_error(wlt, desk):
    result = wlt("checkin", "--code", "NUS234")
    assert result.code == 2 and "required: --session" in result.err
