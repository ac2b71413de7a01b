"""``wltdesk session add|edit|delete`` and ``--session now|next``, on SQLite and PostgreSQL.

The command line runs in-process on the ``store`` fixture's database (``--db``
its URL). The event is in Asia/Dhaka and its sessions lie around the present
moment there, so ``now`` and ``next`` are read on the venue's clock, not the
machine's. Every error is one line on stderr, exit 1 and an unchanged store;
contradictory options are usage errors (exit 2).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cli_result import Result, invoke
from sqlalchemy import func, select

from wltdesk import agenda, events, people
from wltdesk.store.models import Change

DHAKA = ZoneInfo("Asia/Dhaka")


def dhaka_now() -> datetime:
    """The wall time at the venue, to the minute."""
    return datetime.now(DHAKA).replace(tzinfo=None, second=0, microsecond=0)


def minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def logged(store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()


@pytest.fixture
def wlt(store, capsys):
    """``wlt(*argv)``: the command line on the test's store."""

    def call(*argv: Any) -> Result:
        return invoke(capsys, ["--db", store.url, *argv])

    return call


@pytest.fixture
def room(store) -> dict[str, Any]:
    """A Dhaka event from yesterday to tomorrow: a session that ended, one running, one
    to come; two facilitators and two Rakibs (so "Rakib" names no one for sure)."""
    now = dhaka_now()
    event_id = events.create_event(
        store,
        "Desk Training",
        now.date() - timedelta(days=1),
        now.date() + timedelta(days=1),
        timezone="Asia/Dhaka",
    )
    ids = {
        key: people.add_person(store, event_id, **fields)
        for key, fields in {
            "lena": {"display_name": "Lena Vogel", "badge_code": "LEN234", "role": "facilitator"},
            "ayesha": {
                "display_name": "Ayesha Siddiqua",
                "badge_code": "AYE234",
                "role": "facilitator",
            },
            "rakib_h": {"display_name": "Rakib Hasan", "badge_code": "RAK234"},
            "rakib_a": {"display_name": "Rakib Ahmed", "badge_code": "RAK567"},
        }.items()
    }
    sessions = {
        "earlier": agenda.add_session(
            store, event_id, "Earlier", now - timedelta(hours=3), now - timedelta(hours=2)
        ),
        "running": agenda.add_session(
            store, event_id, "Running", now - timedelta(minutes=5), now + timedelta(minutes=55)
        ),
        "later": agenda.add_session(
            store, event_id, "Later", now + timedelta(hours=2), now + timedelta(hours=3)
        ),
    }
    return {"event": event_id, **ids, **sessions, "now": now}


def session(store, session_id: str):
    return agenda.get_session(store, session_id)


# ----------------------------------------------------------------- --session now / next
def test_now_and_next_name_sessions_by_the_venues_clock(wlt, room):
    assert (
        wlt("attendance", "--session", "now", "--json").json()["session"]["id"] == room["running"]
    )
    assert wlt("attendance", "--session", "next", "--json").json()["session"]["id"] == room["later"]
    checked = wlt("checkin", "--session", "Now", "--code", "RAK234", "--json").json()
    assert checked["session_id"] == room["running"]


def test_now_between_sessions_is_one_clear_line(wlt, store, room):
    agenda.delete_session(store, room["running"])
    before = logged(store)
    result = wlt("checkin", "--session", "now", "--code", "RAK234")
    line = result.error_line
    assert "--session now: no session is running at" in line and "(Asia/Dhaka)" in line
    assert "next is 'Later'" in line
    assert logged(store) == before


def test_next_after_the_last_session(wlt, store, room):
    agenda.delete_session(store, room["later"])
    assert (
        "--session next: no session starts after"
        in wlt("attendance", "--session", "next").error_line
    )


def test_other_commands_take_now_and_next_too(wlt, room):
    made = wlt("circle", "create", "--session", "next", "--title", "Closing")
    assert made.code == 0, made.err
    (circle,) = wlt("circle", "list", "--json").json()
    assert circle["session_id"] == room["later"]
    assert wlt("session", "edit", "now", "--room", "Hall B", "--json").json()["room"] == "Hall B"


def test_help_says_how_sessions_are_named(wlt):
    for argv in (["checkin", "--help"], ["attendance", "--help"], ["session", "edit", "--help"]):
        shown = wlt(*argv)
        assert shown.code == 0 and "now / next" in " ".join(shown.out.split())


# ----------------------------------------------------------------- session add --facilitator
def test_session_add_with_facilitators_by_code_name_and_id(wlt, room):
    added = wlt(
        "session",
        "add",
        "--title",
        "Lab",
        "--start",
        minute(room["now"] + timedelta(hours=4)),
        "--end",
        minute(room["now"] + timedelta(hours=5)),
        "--facilitator",
        "LEN234",
        "--facilitator",
        "Ayesha",
        "--facilitator",
        room["lena"],  # the same person twice counts once
        "--json",
    ).json()
    assert added["facilitators"] == [room["lena"], room["ayesha"]]
    listing = wlt("session", "list").out
    assert "Lena Vogel, Ayesha Siddiqua" in listing


@pytest.mark.parametrize(
    ("who", "message"),
    [("Nobody Known", "no one matches 'Nobody Known'"), ("Rakib", "matches 2 people")],
)
def test_session_add_with_an_unclear_facilitator_adds_nothing(wlt, store, room, who, message):
    before = logged(store)
    result = wlt(
        "session",
        "add",
        "--title",
        "Lab",
        "--start",
        minute(room["now"]),
        "--end",
        minute(room["now"] + timedelta(hours=1)),
        "--facilitator",
        who,
    )
    assert message in result.error_line
    assert logged(store) == before


# ----------------------------------------------------------------- session edit
def test_session_edit_title_kind_room_and_facilitators(wlt, store, room):
    edited = wlt(
        "session",
        "edit",
        "Later",
        "--title",
        "Later still",
        "--kind",
        "workshop",
        "--room",
        "Lab 2",
        "--facilitator",
        "AYE234",
        "--json",
    ).json()
    assert edited["changed"] is True
    after = session(store, room["later"])
    assert (after.title, after.kind, after.room) == ("Later still", "workshop", "Lab 2")
    assert after.facilitators == [room["ayesha"]]
    text = wlt("session", "edit", "3", "--room", "", "--no-facilitators")
    assert text.out.startswith("updated: Later still (")
    cleared = session(store, room["later"])
    assert cleared.room is None and cleared.facilitators == []
    again = wlt("session", "edit", "3", "--room", "")
    assert again.out.startswith("nothing to change: Later still")


def test_session_edit_start_alone_moves_the_session(wlt, store, room):
    start = room["now"] + timedelta(hours=6)
    wlt("session", "edit", room["later"][:8], "--start", minute(start))
    moved = session(store, room["later"])
    assert (moved.starts_at, moved.ends_at) == (start, start + timedelta(hours=1))
    wlt("session", "edit", "Later", "--end", minute(start + timedelta(minutes=30)))
    assert session(store, room["later"]).ends_at == start + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["Later"], "session edit: give --title, --start"),
        (["Later", "--title", "  "], "a session needs a title"),
        (["Later", "--kind", " "], "a session needs a kind"),
        (["Nothing like it", "--room", "X"], "no session matches 'Nothing like it'"),
        (["Later", "--facilitator", "Rakib"], "matches 2 people"),
        (["Later", "--end", "2020-01-01T10:00"], "must end after it starts"),
        (
            ["Later", "--start", "2020-01-01T10:00", "--end", "2020-01-01T11:00"],
            "outside the event",
        ),
    ],
)
def test_session_edit_errors_change_nothing(wlt, store, room, argv, message):
    before = logged(store)
    assert message in wlt("session", "edit", *argv).error_line
    assert logged(store) == before


def test_session_edit_facilitators_and_no_facilitators_is_a_usage_error(wlt, store, room):
    before = logged(store)
    result = wlt("session", "edit", "Later", "--facilitator", "LEN234", "--no-facilitators")
    assert result.code == 2 and "not allowed with argument" in result.err
    assert logged(store) == before


# ----------------------------------------------------------------- session delete
def test_session_delete_keeps_its_check_ins(wlt, store, room):
    wlt("checkin", "--session", "Running", "--code", "RAK234")
    deleted = wlt("session", "delete", "Running")
    assert deleted.out.startswith("deleted: Running (")
    assert "its 1 check-in stays in the store" in deleted.out
    titles = [s["title"] for s in wlt("session", "list", "--json").json()]
    assert titles == ["Earlier", "Later"]
    agenda.restore_session(store, room["running"])  # the check-in came back with it
    assert wlt("attendance", "--session", "Running", "--json").json()["counts"]["present"] == 1


def test_session_delete_json_and_errors(wlt, store, room):
    gone = wlt("session", "delete", "Later", "--json").json()
    assert (gone["id"], gone["deleted"], gone["check_ins"]) == (room["later"], True, 0)
    before = logged(store)
    assert "no session matches 'Later'" in wlt("session", "delete", "Later").error_line
    assert logged(store) == before
    assert wlt("session", "delete").code == 2  # which session is a usage error
