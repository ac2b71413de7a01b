"""The agenda: sessions, their order, resolving --session, and the current session."""

from __future__ import annotations

from datetime import datetime

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
