"""Planning rounds of groups: the rules, and the tabu search that meets them.

:func:`plan` takes a :class:`~wltdesk.grouping.request.Request` and returns a
:class:`~wltdesk.grouping.request.Plan`: the rounds of groups with their
:class:`~wltdesk.grouping.request.Quality` report
(:func:`~wltdesk.grouping.assess.assess`). The parts of the search live beside
this module: the request in numbers (:mod:`.problem`), the plan being changed
and its costs (:mod:`.state`), the first plan (:mod:`.start`) and the choice of
each move (:mod:`.moves`); :class:`Search` drives them.

**Rules.** Every round places everyone exactly once, in ``G`` groups whose
sizes differ by at most one (never an empty seat). Hard constraints always
hold or the engine refuses with a :class:`~wltdesk.errors.UserError`:
keep-apart pairs never share a group, keep-together sets always do, pinned
people stay in their group in every round, locked members stay where they are.
Then, in this order of weight: no pair meets twice (counting earlier rounds
that are kept and, if asked, earlier group sets), attribute values spread as
evenly as the numbers allow, and fairness — a pair meets a third time only
at a high price, so nobody meets the same person three times while others
have not met at all.

**Method.**

1. *Constructions* (:mod:`wltdesk.grouping.designs`). When the groups are equal
   and no round is fixed, a design gives rounds with no repeat at all:
   resolvable transversal designs over GF(q) (affine planes, mutually orthogonal
   Latin squares) when the group count is a prime power — up to ``G`` or ``G+1``
   rounds, e.g. 200 people in 25 groups of 8 — and Kirkman's packing of
   PG(3,2) for 15 people in threes over 7 days; plus tables of perfect
   rotations this search found offline with more time (30 in 6 fives for 6
   rounds, 32 golfers in 8 fours for 10 weeks).
2. *Relabelling* (:mod:`wltdesk.grouping.relabel`). A design is a pattern of
   cells, so any assignment of people to its cells is free of repeats too; a
   tabu search over swaps of two people's cells chooses the one that spreads
   the balanced values best and keeps keep-apart pairs in cells that never
   meet. Pins and locks become wishes: people wishing for one group sit in
   one design group, people wishing for different groups in different ones,
   and each round's groups are numbered so the wished numbers hold. People
   sorted by value start in cells that form the groups of a round the plan
   does not use, so people sharing a region begin apart (30 people from 6
   regions of 5 get 5 regions in every group at once). A keep-together set is
   then gathered into one group per round, and the search below continues.
   When no cells meet the wishes (two people pinned to one group meet in
   every round, which no design allows), the greedy start below is used.
3. *Greedy start* otherwise (and for rounds a design does not cover): units
   (a keep-together set is one unit) are dealt largest first, people sharing
   a value one after another, each into the cheapest of the next few open
   groups in turn: O(n log n) for any number of groups.
4. *Tabu search over swaps* (after Dotú & Van Hentenryck's social golfer
   search). Each step picks a person in conflict (in a group with someone they
   already met, or with an unbalanced value), evaluates every swap of their
   unit with a unit of another group of the same round — and plain moves
   between a larger and a smaller group — in O(group size) each, and takes the
   best one that is not tabu (moving a person back into a group they just
   left is forbidden for a few steps unless it beats the best plan so far).
   When the search stalls it restarts from the best plan with a random
   perturbation.

**When it stops** (:mod:`wltdesk.grouping.budget`). At a proven optimum: the
plan's cost reaches :meth:`~wltdesk.grouping.problem.Problem.lower_bound` — no
repeat beyond those the group sizes force (17 people in groups of 5,4,4,4 must
repeat a meeting for every two rounds), every value spread as evenly as its
count allows. When it has settled: several restarts in a row found nothing
better. Or after ``max_steps`` steps (a default that grows with people ×
rounds), with the time budget (2 s by default) only as a ceiling. Steps, not
seconds, bound the work, so the same request with the same seed gives the same
groups on any machine unless the ceiling cuts in (``Plan.stopped`` says
``"time"`` then).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from wltdesk.errors import UserError
from wltdesk.grouping.assess import assess
from wltdesk.grouping.budget import OPTIMAL, SETTLED, TIME, Budget, default_steps
from wltdesk.grouping.moves import Moves, Tabu
from wltdesk.grouping.problem import HARD, Problem
from wltdesk.grouping.request import Plan, Request
from wltdesk.grouping.start import Start
from wltdesk.grouping.state import Placement
from wltdesk.language import _


class Search:
    """One tabu search over a request: start, step, restart when stalled, keep the best."""

    #: Tabu tenure: a person may not return to a group for TENURE + rand(SPAN) steps.
    TENURE = 5
    TENURE_SPAN = 10
    #: Steps without a new best before restarting from the best with a perturbation.
    STALL = 300
    STALL_PER_PERSON = 20
    #: Restarts in a row that find nothing better before the search settles.
    SETTLE = 4
    #: The most people in conflict whose moves one step prices (the drawn one and a
    #: sample of the others), so a step costs O(people), however crowded the round.
    MOVERS = 24
    #: People looked at for those in conflict: everyone, or a sample in a large room.
    POOL = 240
    #: Share of the people swapped at random by a perturbation.
    PERTURB = 0.1

    def __init__(self, request: Request) -> None:
        self.request = request
        self.problem = Problem(request)
        self.rng = random.Random(request.seed)
        self.placement = Placement(self.problem)
        steps = request.max_steps
        if steps is None:
            problem = self.problem
            steps = default_steps(problem.n, problem.G, problem.max_size, problem.singles)
        self.budget = Budget(steps, request.time_budget)

    def rounds(self) -> list[list[list[str]]]:
        """The planned rounds as groups of person ids."""
        ids = self.problem.ids
        return [[[ids[i] for i in g] for g in groups] for groups in self.placement.groups]

    def run(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, bool]:
        """Search until optimal, settled, out of steps or time, or cancelled: (steps, optimal)."""
        problem, placement, budget = self.problem, self.placement, self.budget
        budget.cancelled = cancelled
        start = Start(placement, self.rng)
        start.fill(budget)
        bound = problem.lower_bound()
        cost = placement.total_cost()
        if start.proven or cost <= bound:
            budget.stop(OPTIMAL)
            return budget.steps, True
        n, G, R = problem.n, problem.G, problem.R
        candidates = [(r, i) for r in range(R) for i in range(n) if placement.movable[r][i]]
        if not candidates or G < 2 or (start.designed == R and problem.singles and cost < HARD):
            # Nothing can move, or a design laid every round and its relabelling
            # was the search: a move in a round would only add a repeat.
            budget.stop(SETTLED)
            return budget.steps, False
        moves = Moves(placement, self.rng)
        best_cost = cost
        best = placement.snapshot()
        tabu: Tabu = {}
        since_best = restarts = 0
        stall = self.STALL + self.STALL_PER_PERSON * n
        while best_cost > bound and budget.take():
            step = budget.steps
            # A round with a conflict, and every movable person in conflict in it.
            r, x = candidates[self.rng.randrange(len(candidates))]
            for _tries in range(12):
                if placement.conflicted(r, x):
                    break
                r, x = candidates[self.rng.randrange(len(candidates))]
            pool = range(n) if n <= self.POOL else self.rng.sample(range(n), self.POOL)
            movers = [
                y for y in pool if y != x and placement.movable[r][y] and placement.conflicted(r, y)
            ]
            if len(movers) >= self.MOVERS:
                movers = self.rng.sample(movers, self.MOVERS - 1)
            movers.append(x)
            best_move, best_delta = moves.best(r, movers, tabu, step, best_cost - cost)
            if best_move is None or best_delta is None:
                continue
            S, A, T, B = best_move
            placement.apply(r, list(S), A, list(T), B)
            cost += best_delta
            tenure = self.TENURE + self.rng.randrange(self.TENURE_SPAN)
            for s in S:
                tabu[(r, s, A)] = step + tenure
            for t in T:
                tabu[(r, t, B)] = step + tenure
            if cost < best_cost:
                best_cost, best = cost, placement.snapshot()
                since_best = restarts = 0
                if progress is not None:
                    progress(step, 0)
                continue
            since_best += 1
            if since_best > stall:
                restarts += 1
                if restarts > self.SETTLE:
                    budget.stop(SETTLED)
                    break
                placement.restore(best)
                self._perturb(candidates)
                cost = placement.total_cost()
                tabu.clear()
                since_best = 0
        placement.restore(best)
        if best_cost <= bound:
            budget.stop(OPTIMAL)
        return budget.steps, best_cost <= bound

    def _perturb(self, candidates: list[tuple[int, int]]) -> None:
        """Swap a few random units of equal size: a kick out of a stalled neighbourhood."""
        problem, placement = self.problem, self.placement
        for _kick in range(max(2, int(problem.n * self.PERTURB))):
            r, x = candidates[self.rng.randrange(len(candidates))]
            y_round = [y for y in range(problem.n) if placement.movable[r][y]]
            y = y_round[self.rng.randrange(len(y_round))]
            S, T = problem.blocks[problem.block_of[x]], problem.blocks[problem.block_of[y]]
            A, B = placement.where[r][x], placement.where[r][y]
            if A != B and len(S) == len(T):
                placement.apply(r, list(S), A, list(T), B)


def plan(
    request: Request,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Plan:
    """Form the rounds of groups a request asks for; see this module's docstring.

    ``progress(step, 0)`` is called when the plan improves and ``cancelled()``
    is polled, so the GUI can run this off its thread and stop it.
    """
    started = time.perf_counter()
    search = Search(request)
    steps, optimal = search.run(progress, cancelled)
    rounds = search.rounds()
    quality = assess(
        rounds,
        request.members,
        request.constraints,
        fixed=request.fixed,
        history=request.history,
    )
    budget = search.budget
    if quality.violations and budget.stopped == TIME:
        raise UserError(
            _(
                "the time ran out before the search met every request ({violation}): "
                "give it more time"
            ).format(violation=quality.violations[0])
        )
    if quality.violations:
        raise UserError(_("the constraints cannot all be met: {violations}").format(
            violations=quality.violations[0]
        ))
    return Plan(
        rounds,
        quality,
        steps,
        time.perf_counter() - started,
        optimal,
        budget=budget.limit,
        stopped=budget.stopped,
    )
