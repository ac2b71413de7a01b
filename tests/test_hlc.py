"""The hybrid logical clock: monotonic, ahead of what it saw, totally ordered."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wltdesk.store.hlc import Clock, Stamp


def frozen(value: float):
    return lambda: value


def test_stamps_increase_when_the_wall_clock_stands_still():
    clock = Clock("dev1", wall=frozen(1_700_000_000.0))
    stamps = [clock.now() for _ in range(1000)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 1000


def test_stamps_never_go_back_when_the_wall_clock_does():
    times = iter([100.0, 50.0, 49.0, 101.0])
    clock = Clock("dev1", wall=lambda: next(times))
    first, second, third, fourth = (clock.now() for _ in range(4))
    assert first < second < third < fourth
    assert Stamp.parse(fourth).millis == 101_000


def test_observing_a_stamp_from_the_future_moves_the_clock_past_it():
    ahead = Clock("fast", wall=frozen(2_000.0)).now()
    slow = Clock("slow", wall=frozen(1_000.0))
    slow.observe(ahead)
    mine = slow.now()
    assert mine > ahead
    assert Stamp.parse(mine).device == "slow"


def test_a_clock_restored_from_the_last_stamp_continues_after_it():
    last = Clock("d", wall=frozen(5_000.0)).now()
    restored = Clock("d", last=last, wall=frozen(10.0))
    assert restored.now() > last


def test_ties_on_time_are_broken_by_device():
    a = Clock("aaaa", wall=frozen(1.0)).now()
    b = Clock("bbbb", wall=frozen(1.0)).now()
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
