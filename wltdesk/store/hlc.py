"""Hybrid logical clock (HLC) stamps for the change log.

Several laptops edit the same event without talking to each other, and their
wall clocks disagree. An HLC (Kulkarni et al., 2014) keeps stamps close to
wall-clock time while guaranteeing that a device never issues a stamp lower
than one it has already issued or seen. The merge rule ("per field the
greatest stamp wins, ties broken by device id") needs a total order, so the
device id is part of the stamp itself.

A stamp is a fixed-width text ``"<ms:12 hex>-<counter:4 hex>-<device>"``, so
plain string comparison (in Python and in SQL ``max()``) orders stamps by
(physical time, counter, device).

Clock hygiene (``docs/sync.md``): a stamp's time must lie between
:data:`FLOOR_MS` and :data:`CEILING_MS`, so every stamp a store holds converts to
a date; a clock never observes a stamp more than :data:`MAX_SKEW_MS` ahead of
its own wall clock (one laptop whose clock runs a year ahead must not drag every
other laptop a year ahead); and its own stamps stay within the range whatever
the wall clock says. Every stamp's "now" comes from :func:`wall_clock`, which
tests replace to play a laptop whose clock is wrong.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from wltdesk.language import _

_MS_WIDTH = 12
_COUNTER_WIDTH = 4
_COUNTER_MAX = 16**_COUNTER_WIDTH - 1

#: The earliest time a stamp may carry: 2020-01-01 00:00 UTC (WLT Desk is younger).
FLOOR_MS = 1_577_836_800_000
#: The latest: 3000-01-01 00:00 UTC. Far beyond any real clock (a stamp past the
#: skew is held for review, not refused), far below what a date can hold.
CEILING_MS = 32_503_680_000_000
#: The bounds as the 12 hex digits that begin a stamp (compared as text).
FLOOR_HEX = f"{FLOOR_MS:0{_MS_WIDTH}x}"
CEILING_HEX = f"{CEILING_MS:0{_MS_WIDTH}x}"
#: How far ahead of this laptop's clock another laptop's stamp may be: 24 hours.
#: More than any time-zone mistake (a clock set to local time as if it were UTC
#: is at most 14 h off), less than a clock set to the wrong day.
MAX_SKEW_MS = 24 * 60 * 60 * 1000


def wall_clock() -> float:
    """This laptop's clock, in seconds since 1970: the one source of "now" for stamps."""
    return time.time()


def in_range(millis: int) -> bool:
    """Whether a stamp's time lies between :data:`FLOOR_MS` and :data:`CEILING_MS`."""
    return FLOOR_MS <= millis <= CEILING_MS


def stamp_time(stamp: str) -> datetime:
    """The moment a stamp claims, as naive UTC (held within the allowed range, so that
    a stamp from a store older than these rules still converts)."""
    millis = min(max(Stamp.parse(stamp).millis, FLOOR_MS), CEILING_MS)
    return datetime.fromtimestamp(millis / 1000, UTC).replace(tzinfo=None)


@dataclass(frozen=True, order=True)
class Stamp:
    """A decoded HLC stamp; orders exactly like its text form."""

    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:0{_MS_WIDTH}x}-{self.counter:0{_COUNTER_WIDTH}x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Decode a stamp, raising ValueError for anything malformed."""
        parts = text.split("-", 2)
        if (
            len(parts) != 3
            or len(parts[0]) != _MS_WIDTH
            or len(parts[1]) != _COUNTER_WIDTH
            or not parts[2]
        ):
            raise ValueError(_("not an HLC stamp: {text!r}").format(text=text))
        return cls(int(parts[0], 16), int(parts[1], 16), parts[2])


class Clock:
    """Issues strictly increasing stamps for one device.

    ``observe`` must be called with every stamp that arrives from another
    device so that later local edits sort after what this device has seen.
    ``wall`` is the clock to follow (seconds); by default :func:`wall_clock`.
    """

    def __init__(
        self, device: str, last: str | None = None, wall: Callable[[], float] | None = None
    ) -> None:
        if "-" in device:
            raise ValueError("device ids used in stamps must not contain '-'")
        self.device = device
        self._wall = wall
        self._lock = threading.Lock()
        self._millis = 0
        self._counter = 0
        if last:
            self.observe(last)

    def wall_millis(self) -> int:
        """Now by the wall clock in milliseconds, held between :data:`FLOOR_MS` and
        :data:`CEILING_MS`: a laptop whose clock says 1970 (a flat clock battery) or
        the year 9999 still issues stamps every other laptop can read."""
        seconds = (self._wall or wall_clock)()
        return min(max(int(seconds * 1000), FLOOR_MS), CEILING_MS)

    def now(self) -> str:
        """A new stamp, greater than every stamp issued or observed so far."""
        with self._lock:
            wall = self.wall_millis()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._advance_counter()
            return str(Stamp(self._millis, self._counter, self.device))

    def observe(self, stamp: str) -> bool:
        """Move the clock past a stamp seen from any device, unless that stamp is more
        than :data:`MAX_SKEW_MS` ahead of the wall clock: such a stamp comes from a
        clock that is wrong (or from this one being wrong) and is not followed.
        Returns whether the stamp was observed."""
        seen = Stamp.parse(stamp)
        if seen.millis > self.wall_millis() + MAX_SKEW_MS:
            return False
        with self._lock:
            if (seen.millis, seen.counter) >= (self._millis, self._counter):
                self._millis, self._counter = seen.millis, seen.counter
        return True

    def _advance_counter(self) -> None:
        if self._counter >= _COUNTER_MAX:
            # 65,535 stamps in one millisecond: borrow the next millisecond.
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
