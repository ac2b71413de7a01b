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
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_WIDTH = 12
_COUNTER_WIDTH = 4
_COUNTER_MAX = 16**_COUNTER_WIDTH - 1


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
            raise ValueError(f"not an HLC stamp: {text!r}")
        return cls(int(parts[0], 16), int(parts[1], 16), parts[2])


class Clock:
    """Issues strictly increasing stamps for one device.

    ``observe`` must be called with every stamp that arrives from another
    device so that later local edits sort after what this device has seen.
    """

    def __init__(
        self, device: str, last: str | None = None, wall: Callable[[], float] = time.time
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

    def now(self) -> str:
        """A new stamp, greater than every stamp issued or observed so far."""
        with self._lock:
            wall = int(self._wall() * 1000)
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._advance_counter()
            return str(Stamp(self._millis, self._counter, self.device))

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp seen from any device."""
        seen = Stamp.parse(stamp)
        with self._lock:
            if (seen.millis, seen.counter) >= (self._millis, self._counter):
                self._millis, self._counter = seen.millis, seen.counter

    def _advance_counter(self) -> None:
        if self._counter >= _COUNTER_MAX:
            # 65,535 stamps in one millisecond: borrow the next millisecond.
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
