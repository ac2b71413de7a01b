"""The agenda: sessions, their order, resolving --session, and the current session."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wltdesk import agenda
from wltdesk.errors import UserError


def dt(day, hour, minute=0):
    return datetime(2026, 3, day, hour, minute)


@pytest.fixture
def sessions(store, event_id):
    ids = [
        agenda.add_session(store, event_id, "Lab", dt(14, 11), dt(14, 12), kind="hands-on lab"),
        agenda.add_session(store, event_id, "Opening", dt(14, 9), dt(14, 10), room="Hall"),
        agenda.add_session(store, event_id, "Closing circle", dt(15, 16), dt(15, 17)),
    ]
    return ids


def test_sessions_are_listed_in_time_order_with_their_day(store, event_id, sessions):
    listed = agenda.list_sessions(store, event_id)
    assert [s.title for s in listed] == ["Opening", "Lab", "Closing circle"]
    assert listed[2].day.isoformat() == "2026-03-15"
    assert listed[0].room == "Hall" and listed[1].kind == "hands-on lab"


def test_resolve_by_number_title_id_prefix_and_fragment(store, event_id, sessions):
    assert agenda.resolve_session(store, event_id, "1").title == "Opening"
    assert agenda.resolve_session(store, event_id, "lab").title == "Lab"
    assert agenda.resolve_session(store, event_id, sessions[2][:8]).title == "Closing circle"
    assert agenda.resolve_session(store, event_id, "circ").title == "Closing circle"
    with pytest.raises(UserError, match="no session matches"):
        agenda.resolve_session(store, event_id, "nothing like it")


def test_update_and_delete(store, event_id, sessions):
    agenda.update_session(store, sessions[0], starts_at=dt(15, 8), ends_at=dt(15, 9))
    moved = agenda.get_session(store, sessions[0])
    assert moved.day.isoformat() == "2026-03-15"
    agenda.delete_session(store, sessions[1])
    assert [s.title for s in agenda.list_sessions(store, event_id)] == ["Lab", "Closing circle"]
    with pytest.raises(UserError):
        agenda.update_session(store, sessions[0], ends_at=dt(15, 7))


def test_bad_sessions_are_refused(store, event_id):
    with pytest.raises(UserError, match="end after it starts"):
        agenda.add_session(store, event_id, "Backwards", dt(14, 10), dt(14, 9))
    with pytest.raises(UserError, match="title"):
        agenda.add_session(store, event_id, "  ", dt(14, 9), dt(14, 10))
    assert agenda.list_sessions(store, event_id) == []


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt(14, 9, 30), "Opening"),  # running
        (dt(14, 10, 30), "Lab"),  # between: the next one today
        (dt(14, 18), "Lab"),  # evening: the last one of the day
        (dt(13, 12), "Opening"),  # the day before: the first one
        (dt(15, 16, 59), "Closing circle"),
    ],
)
def test_the_current_session_follows_the_clock(store, event_id, sessions, now, expected):
    found = agenda.current_session(agenda.list_sessions(store, event_id), now)
    assert found is not None and found.title == expected


# ----------------------------------------------------------------- --session now / next
def utc(day, hour, minute=0):
    """A moment given as Dhaka wall time (the test event's zone, UTC+6), in UTC."""
    return datetime(2026, 3, day, hour - 6, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("word", "now", "expected"),
    [
        ("now", utc(14, 9, 30), "Opening"),
        ("NOW", utc(14, 11), "Lab"),  # a session starts at its first minute
        ("next", utc(14, 9, 30), "Lab"),
        ("next", utc(14, 8), "Opening"),
        ("next", utc(14, 18), "Closing circle"),  # tomorrow's
        (" next ", utc(13, 23), "Opening"),
    ],
)
def test_now_and_next_follow_the_clock_at_the_venue(store, event_id, sessions, word, now, expected):
    assert agenda.resolve_session(store, event_id, word, now=now).title == expected


def test_now_is_read_in_the_venues_time_zone(store, event_id, sessions):
    # 09:30 in Dhaka is 03:30 UTC: a clock read as UTC would find nothing running
    moment = datetime(2026, 3, 14, 3, 30, tzinfo=UTC)
    assert agenda.resolve_session(store, event_id, "now", now=moment).title == "Opening"


@pytest.mark.parametrize(
    ("word", "now", "message"),
    [
        (
            "now",
            utc(14, 10, 30),
            "no session is running at Sat 14 Mar 10:30 (Asia/Dhaka); "
            "next is 'Lab' at Sat 11:00 (--session next)",
        ),
        (
            "now",
            utc(15, 18),
            "no session is running at Sun 15 Mar 18:00 (Asia/Dhaka); the agenda is over",
        ),
        (
            "next",
            utc(15, 16, 30),
            "no session starts after Sun 15 Mar 16:30 (Asia/Dhaka); the agenda is over",
        ),
    ],
)
def test_now_and_next_say_clearly_when_there_is_none(store, event_id, sessions, word, now, message):
    with pytest.raises(UserError) as caught:
        agenda.resolve_session(store, event_id, word, now=now)
    assert str(caught.value) == f"--session {word}: {message}"


def test_now_on_an_empty_agenda(store, event_id):
    with pytest.raises(UserError, match=r"no session is running .*; the agenda is empty$"):
        agenda.resolve_session(store, event_id, "now")
    with pytest.raises(UserError, match=r"the agenda is empty$"):
        agenda.resolve_session(store, event_id, "next")


def test_two_sessions_at_once_are_not_guessed(store, event_id, sessions):
    agenda.add_session(store, event_id, "Parallel lab", dt(14, 11), dt(14, 12))
    for word, now in (("now", utc(14, 11, 30)), ("next", utc(14, 10, 30))):
        with pytest.raises(UserError, match=f"--session {word}: 2 sessions at once .*name one"):
            agenda.resolve_session(store, event_id, word, now=now)
