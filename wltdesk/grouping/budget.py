"""How much work a plan may take: steps, with the clock only as an upper bound.

A search's result must not depend on the machine: the same request and seed
give the same groups on a fast laptop and a slow one. So the search counts its
work in steps (one move chosen and made, after pricing its neighbours) and
stops on a step budget; the time budget (``--time``, 2 s by default) is only a
ceiling, for a machine so slow or a request so large that the steps would take
longer. Stopping early is the point: a search that reaches its lower bound is
done, and one that has stopped improving is too.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

#: Why a search stopped, as :attr:`Budget.stopped` and ``Plan.stopped`` say it.
OPTIMAL = "optimal"  # reached a lower bound: nothing better exists
SETTLED = "settled"  # stopped improving: restarts found nothing better
STEPS = "steps"  # used its step budget
TIME = "time"  # hit the time ceiling (the only machine-dependent ending)
CANCELLED = "cancelled"

#: Moves a default budget may price in all (about a second of work on a laptop).
DEFAULT_WORK = 1_200_000
#: The fewest and the most steps a default budget gives.
STEPS_LEAST = 1_000
STEPS_MOST = 50_000


def default_steps(people: int, groups: int, size: int, singles: bool = True) -> int:
    """The step budget of a request that names none: :data:`DEFAULT_WORK` over the
    moves one step prices (up to 24 people in conflict, each with up to 16 other
    groups of ``size``), so a large room gets fewer, dearer steps and a default
    plan takes about as long on every room — counted, not timed. With keep-together
    sets a move is priced person by person (O(size), not O(1))."""
    per_step = min(people, 24) * min(groups - 1, 16) * size
    if not singles:
        per_step *= max(1, size // 2)
    return max(STEPS_LEAST, min(STEPS_MOST, DEFAULT_WORK // max(1, per_step)))


class Budget:
    """Steps taken and allowed, the time ceiling, and the GUI's cancel check.

    :meth:`take` is called once per step; it reads the clock and polls
    ``cancelled`` only every 64 steps, so neither costs the search anything.
    """

    #: How often (in steps) the clock and the cancel check are read.
    POLL = 64

    def __init__(
        self,
        steps: int,
        seconds: float,
        cancelled: Callable[[], bool] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.limit = steps
        self.seconds = seconds
        self.cancelled = cancelled
        self.clock = clock if clock is not None else perf_counter
        self.started = self.clock()
        self.steps = 0
        self.stopped = ""

    def take(self) -> bool:
        """Count one step; False (and :attr:`stopped` set) when the work must end."""
        if self.stopped:
            return False
        if self.steps >= self.limit:
            self.stopped = STEPS
            return False
        if self.steps % self.POLL == 0:
            if self.clock() - self.started > self.seconds:
                self.stopped = TIME
                return False
            if self.cancelled is not None and self.cancelled():
                self.stopped = CANCELLED
                return False
        self.steps += 1
        return True

    def stop(self, reason: str) -> None:
        """End the work for ``reason`` (:data:`OPTIMAL` or :data:`SETTLED`) unless it has ended."""
        if not self.stopped:
            self.stopped = reason
