"""The hybrid logical clock: monotonic, ahead of what it saw, totally ordered, and
never dragged by a stamp from a clock that is wrong."""

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wltdesk.store import hlc
from wltdesk.store.hlc import CEILING_MS, FLOOR_MS, MAX_SKEW_MS, Clock, Stamp

#: Some time in 2023: wall clocks in these tests are this plus a few seconds.
T = 1_700_000_000.0
YEAR = 365 * 24 * 3600.0


def frozen(value: float):
    return lambda: value


def test_stamps_increase_when_the_wall_clock_stands_still():
    clock = Clock("dev1", wall=frozen(1_700_000_000.0))
    stamps = [clock.now() for _ in range(1000)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 1000


def test_stamps_never_go_back_when_the_wall_clock_does():
    times = iter([T + 100.0, T + 50.0, T + 49.0, T + 101.0])
    clock = Clock("dev1", wall=lambda: next(times))
    first, second, third, fourth = (clock.now() for _ in range(4))
    assert first < second < third < fourth
    assert Stamp.parse(fourth).millis == (T + 101) * 1000


def test_observing_a_stamp_from_the_future_moves_the_clock_past_it():
    ahead = Clock("fast", wall=frozen(T + 2_000.0)).now()
    slow = Clock("slow", wall=frozen(T + 1_000.0))
    slow.observe(ahead)
    mine = slow.now()
    assert mine > ahead
    assert Stamp.parse(mine).device == "slow"


def test_a_clock_restored_from_the_last_stamp_continues_after_it():
    last = Clock("d", wall=frozen(T + 5_000.0)).now()
    restored = Clock("d", last=last, wall=frozen(T + 10.0))
    assert restored.now() > last


def test_ties_on_time_are_broken_by_device():
    a = Clock("aaaa", wall=frozen(T)).now()
    b = Clock("bbbb", wall=frozen(T)).now()
    assert a < b


@pytest.mark.parametrize("bad", ["", "x", "0-0-d", "00000000000z-0000-d", "000000000001-0000-"])
def test_malformed_stamps_are_rejected(bad):
    with pytest.raises(ValueError):
        Stamp.parse(bad)


def test_device_ids_with_dashes_are_refused():
    with pytest.raises(ValueError):
        Clock("a-b")


@given(
    st.lists(st.tuples(st.integers(0, 2**40), st.integers(0, 2**16 - 1), st.sampled_from("abc")))
)
def test_text_order_equals_tuple_order(parts):
    stamps = [Stamp(ms, counter, device) for ms, counter, device in parts]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(Stamp.parse(str(s)) == s for s in stamps)


# ----------------------------------------------------------------- clock hygiene
def test_a_stamp_more_than_a_day_ahead_is_not_observed():
    clock = Clock("here", wall=frozen(T))
    year_ahead = str(Stamp(int((T + YEAR) * 1000), 0, "fast"))
    assert clock.observe(year_ahead) is False
    mine = clock.now()
    assert Stamp.parse(mine).millis == T * 1000  # the clock stayed with its wall
    within = str(Stamp(int(T * 1000) + MAX_SKEW_MS - 1, 0, "fast"))
    assert clock.observe(within) is True
    assert clock.now() > within


def test_a_store_restored_from_a_year_ahead_stamp_keeps_its_own_time():
    last = str(Stamp(int((T + YEAR) * 1000), 5, "fast"))
    clock = Clock("here", last=last, wall=frozen(T))
    assert Stamp.parse(clock.now()).millis == T * 1000


def test_the_greatest_stamp_is_ignored_and_the_clock_never_overflows():
    clock = Clock("here", last="ffffffffffff-ffff-evil", wall=frozen(T))
    assert clock.observe("ffffffffffff-ffff-evil") is False
    assert Stamp.parse(clock.now()).millis == T * 1000
    # a wall clock past the ceiling (or before the floor) still stamps within range
    far = Clock("far", wall=frozen(10**12))
    stamps = [far.now() for _ in range(70_000)]  # more than one millisecond's counter
    assert all(FLOOR_MS <= Stamp.parse(s).millis <= CEILING_MS + 1 for s in stamps)
    assert all(len(s.split("-")[0]) == 12 for s in stamps)
    assert stamps == sorted(stamps)
    flat_battery = Clock("old", wall=frozen(0.0))
    assert Stamp.parse(flat_battery.now()).millis == FLOOR_MS


def test_stamp_times_convert_to_dates_even_beyond_the_range():
    assert hlc.stamp_time("ffffffffffff-ffff-evil") == datetime(3000, 1, 1)
    assert hlc.stamp_time("000000000001-0000-old") == datetime(2020, 1, 1)
    assert hlc.in_range(FLOOR_MS) and hlc.in_range(CEILING_MS)
    assert not hlc.in_range(FLOOR_MS - 1) and not hlc.in_range(CEILING_MS + 1)


def test_the_wall_clock_of_every_clock_can_be_set_wrong(monkeypatch):
    """What the clock-skew tests rely on: one function is every store's "now"."""
    monkeypatch.setattr(hlc, "wall_clock", lambda: T + YEAR)
    assert Stamp.parse(Clock("fast").now()).millis == (T + YEAR) * 1000
