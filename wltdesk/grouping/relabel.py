"""Who sits at which point of a design: a search over relabellings.

A construction from :mod:`wltdesk.grouping.designs` is a pattern of cells in
which no two cells share a group twice. Any one-to-one assignment of people to
cells keeps that, so the search here changes nothing but which person sits in
which cell — it swaps two people's cells — and the plan stays free of repeats
at every step. What a swap changes, and what it is priced by (the costs of
:mod:`.problem`, so a relabelled plan and a searched one are judged alike):

* how each balanced value spreads over the design's groups, round by round;
* keep-apart pairs: their cells must never share a group;
* wishes (pins, and locks of one round): in every round, two people who wish
  for the same group must sit in one design group and two who wish for
  different groups in different ones — then the design's groups can be
  numbered so everyone's group carries the wished number;
* pairs who met in an earlier set: their cells had better not share a group.

:func:`initial` places the people with wishes first (a short backtracking over
cells), everyone else sorted by value so people sharing a value fill cells
that rarely meet; :class:`Relabelling` then runs a tabu search over swaps
(after Dotú & Van Hentenryck, as :mod:`.search` does over moves) until the
values are spread as evenly as the counts allow, it stops improving, or the
budget ends. :meth:`Relabelling.rounds` numbers the groups for the wishes.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from wltdesk.grouping.budget import Budget
from wltdesk.grouping.problem import HARD, Problem

Rounds = list[list[list[int]]]
#: Wishes per person: the group number wished in each design round (None: any).
Wishes = dict[int, list[int | None]]

#: Kinds of pair terms: never share a group; share one in round r; not in round r;
#: met in an earlier set (better not meet again).
APART, SAME, DIFFERENT, MET = range(4)
#: A pair term as one person holds it: (the other person, kind, round or -1, weight).
Term = tuple[int, int, int, int]


def wishes_of(problem: Problem, rounds: int, locks: Mapping[int, Mapping[int, int]]) -> Wishes:
    """Each pinned or locked person's wished group, round by round."""
    wishes: Wishes = {}
    for i in range(problem.n):
        pin = problem.pin[i]
        want = [pin if pin is not None else locks.get(r, {}).get(i) for r in range(rounds)]
        if any(w is not None for w in want):
            wishes[i] = want
    return wishes


def initial(
    problem: Problem, cells: Rounds, wishes: Wishes, rng: random.Random
) -> list[int] | None:
    """A first cell for every person (``cell_of``), wishes met; None when none is found.

    Backtracking over cells for the people with wishes, most wishes first: per
    round, design group and wished group must stay one-to-one. A budget of
    tries keeps a hopeless case short (two people pinned to one group share a
    group in every round, which no design allows: then the search plans it).
    """
    n = problem.n
    group_of = _group_of(cells, n)
    rounds = len(cells)
    wished = sorted(wishes, key=lambda i: -sum(w is not None for w in wishes[i]))
    cell_of: dict[int, int] = {}
    forward = [dict[int, int]() for _ in range(rounds)]
    backward = [dict[int, int]() for _ in range(rounds)]
    tries = [20_000]
    # Everyone's natural cell: their place in the order by value, where a value's
    # people fill groups of a spare round together. People with wishes try the
    # cells nearest theirs first, so they too sit among their value's cells.
    order = list(range(n))
    rng.shuffle(order)
    order.sort(key=lambda i: tuple(column[i] for column in problem.values))
    natural = [0] * n
    for c, i in enumerate(order):
        natural[i] = c
    shuffled = list(range(n))
    rng.shuffle(shuffled)

    def fits(i: int, c: int) -> bool:
        for r, want in enumerate(wishes[i]):
            if want is None:
                continue
            dg = group_of[r][c]
            if forward[r].get(dg, want) != want or backward[r].get(want, dg) != dg:
                return False
        return True

    def place(k: int) -> bool:
        if k == len(wished):
            return True
        i = wished[k]
        used = set(cell_of.values())
        for c in sorted(shuffled, key=lambda c: abs(c - natural[i])):
            tries[0] -= 1
            if tries[0] < 0:
                return False
            if c in used or not fits(i, c):
                continue
            added = []
            for r, want in enumerate(wishes[i]):
                dg = group_of[r][c]
                if want is not None and dg not in forward[r]:
                    forward[r][dg], backward[r][want] = want, dg
                    added.append((r, dg, want))
            cell_of[i] = c
            if place(k + 1):
                return True
            del cell_of[i]
            for r, dg, want in added:
                del forward[r][dg], backward[r][want]
        return False

    if not place(0):
        return None
    free = iter(i for i in order if i not in cell_of)
    taken = {c: i for i, c in cell_of.items()}
    person = [taken[c] if c in taken else next(free) for c in range(n)]
    result = [0] * n
    for c, i in enumerate(person):
        result[i] = c
    return result


def _group_of(cells: Rounds, n: int) -> list[list[int]]:
    group_of = [[0] * n for _ in cells]
    for r, rnd in enumerate(cells):
        for g, members in enumerate(rnd):
            for c in members:
                group_of[r][c] = g
    return group_of


def pair_terms(problem: Problem, wishes: Wishes, rounds: int) -> list[list[Term]]:
    """Per person: (other, kind, round, weight) for every pair a relabelling must watch."""
    p = problem
    terms: list[list[Term]] = [[] for _ in range(p.n)]

    def add(i: int, j: int, kind: int, r: int, weight: int) -> None:
        terms[i].append((j, kind, r, weight))
        terms[j].append((i, kind, r, weight))

    for i in range(p.n):
        for j in p.apart_of[i]:
            if i < j:
                add(i, j, APART, -1, HARD)
        for j, m in p.met_before[i].items():
            if i < j and j not in p.apart_of[i]:
                add(i, j, MET, -1, p.inc[m])
    wished = sorted(wishes)
    for a, i in enumerate(wished):
        for j in wished[a + 1 :]:
            for r in range(rounds):
                wi, wj = wishes[i][r], wishes[j][r]
                if wi is not None and wj is not None:
                    add(i, j, SAME if wi == wj else DIFFERENT, r, HARD)
    return terms


class Relabelling:
    """People in a design's cells, the value counts of its groups, and a tabu search over swaps."""

    #: A person may not go back to a cell for TENURE + rand(TENURE_SPAN) steps.
    TENURE = 4
    TENURE_SPAN = 8
    #: Steps without a new best before a restart from the best, perturbed.
    STALL = 150
    STALL_PER_PERSON = 4
    #: Restarts in a row that find nothing better before the search settles.
    SETTLE = 6
    #: Movers whose swaps are priced per step.
    MOVERS = 3

    def __init__(
        self,
        problem: Problem,
        cells: Rounds,
        cell_of: list[int],
        wishes: Wishes,
        rng: random.Random,
    ) -> None:
        self.problem = problem
        self.cells = cells
        self.R = len(cells)
        self.groups_per_round = len(cells[0])
        n = problem.n
        self.group_of = _group_of(cells, n)
        self.cell_of = list(cell_of)
        self.wishes = wishes
        self.rng = rng
        self.terms: list[list[Term]] = pair_terms(problem, wishes, self.R)
        # Only people with no terms and the same values are interchangeable: their
        # swaps change nothing and are skipped.
        self.kind = [
            (tuple(column[i] for column in problem.values), bool(self.terms[i]), i)
            if self.terms[i]
            else (tuple(column[i] for column in problem.values), False, -1)
            for i in range(n)
        ]
        self.counts = self._count()

    # ------------------------------------------------------------ set-up
    def _count(self) -> list[list[list[list[int]]]]:
        p = self.problem
        counts = [
            [[[0] * len(names) for names in p.value_names] for _ in range(self.groups_per_round)]
            for _ in range(self.R)
        ]
        for i, c in enumerate(self.cell_of):
            for r in range(self.R):
                tally = counts[r][self.group_of[r][c]]
                for f, column in enumerate(p.values):
                    if column[i] >= 0:
                        tally[f][column[i]] += 1
        return counts

    # ------------------------------------------------------------ costs
    def _term_cost(self, kind: int, r: int, weight: int, c1: int, c2: int) -> int:
        group_of = self.group_of
        if kind == SAME:
            return weight if group_of[r][c1] != group_of[r][c2] else 0
        if kind == DIFFERENT:
            return weight if group_of[r][c1] == group_of[r][c2] else 0
        for rnd in group_of:
            if rnd[c1] == rnd[c2]:
                return weight
        return 0

    def cost(self) -> int:
        p = self.problem
        total = 0
        for per_round in self.counts:
            for per_field in per_round:
                for f, tally in enumerate(per_field):
                    vcost = p.vcost[f]
                    for v, count in enumerate(tally):
                        total += vcost[v][count]
        for i, terms in enumerate(self.terms):
            for j, kind, r, weight in terms:
                if i < j:
                    total += self._term_cost(kind, r, weight, self.cell_of[i], self.cell_of[j])
        return total

    def bound(self) -> int:
        """Every value spread evenly in every design round, and every term met."""
        total = 0
        G = self.groups_per_round
        for column in self.problem.values:
            tally: dict[int, int] = {}
            for v in column:
                if v >= 0:
                    tally[v] = tally.get(v, 0) + 1
            for count in tally.values():
                low, high = divmod(count, G)
                total += self.R * (high * (low + 1) ** 2 + (G - high) * low**2)
        return total

    def delta(self, x: int, y: int) -> int:
        """Cost change of swapping the cells of x and y."""
        p = self.problem
        cx, cy = self.cell_of[x], self.cell_of[y]
        d = 0
        if p.values:
            vcost, values = p.vcost, p.values
            for r, rnd in enumerate(self.group_of):
                a, b = rnd[cx], rnd[cy]
                if a == b:
                    continue
                ca, cb = self.counts[r][a], self.counts[r][b]
                for f, column in enumerate(values):
                    vx, vy = column[x], column[y]
                    if vx == vy:
                        continue
                    if vx >= 0:
                        vc = vcost[f][vx]
                        d += vc[ca[f][vx] - 1] - vc[ca[f][vx]] + vc[cb[f][vx] + 1] - vc[cb[f][vx]]
                    if vy >= 0:
                        vc = vcost[f][vy]
                        d += vc[cb[f][vy] - 1] - vc[cb[f][vy]] + vc[ca[f][vy] + 1] - vc[ca[f][vy]]
        cell_of, term_cost = self.cell_of, self._term_cost
        for z, kind, r, weight in self.terms[x]:
            if z != y:
                cz = cell_of[z]
                d += term_cost(kind, r, weight, cy, cz) - term_cost(kind, r, weight, cx, cz)
        for z, kind, r, weight in self.terms[y]:
            if z != x:
                cz = cell_of[z]
                d += term_cost(kind, r, weight, cx, cz) - term_cost(kind, r, weight, cy, cz)
        return d

    def swap(self, x: int, y: int) -> None:
        p = self.problem
        cx, cy = self.cell_of[x], self.cell_of[y]
        for r, rnd in enumerate(self.group_of):
            a, b = rnd[cx], rnd[cy]
            if a == b:
                continue
            ca, cb = self.counts[r][a], self.counts[r][b]
            for f, column in enumerate(p.values):
                if column[x] >= 0:
                    ca[f][column[x]] -= 1
                    cb[f][column[x]] += 1
                if column[y] >= 0:
                    cb[f][column[y]] -= 1
                    ca[f][column[y]] += 1
        self.cell_of[x], self.cell_of[y] = cy, cx

    def _hot(self, x: int) -> bool:
        """Whether x sits with more people sharing a value than an even spread needs,
        or breaks a term: the people whose swaps are worth pricing."""
        p = self.problem
        c = self.cell_of[x]
        for r, rnd in enumerate(self.group_of):
            tally = self.counts[r][rnd[c]]
            for f, column in enumerate(p.values):
                v = column[x]
                if v >= 0 and tally[f][v] > p.caps[f][v]:
                    return True
        cell_of = self.cell_of
        return any(
            self._term_cost(kind, r, weight, c, cell_of[z]) for z, kind, r, weight in self.terms[x]
        )

    # ------------------------------------------------------------ search
    def run(self, budget: Budget) -> tuple[int, bool]:
        """Improve the relabelling within ``budget``: (its cost, whether it is proven best).

        Leaves the best relabelling found in place. It ends when it reaches its
        bound, settles (restarts find nothing better) or the budget ends; the
        plan's search, which shares the budget, decides what comes next.
        """
        n = self.problem.n
        rng = self.rng
        # When the plan's search follows (the design leaves rounds, keep-together sets,
        # or a keep-apart pair still in cells that meet), it gets half the steps left.
        half = budget.steps + (budget.limit - budget.steps) // 2
        alone = self.R == self.problem.R and self.problem.singles
        cost, bound = self.cost(), self.bound()
        best_cost, best = cost, list(self.cell_of)
        tabu: dict[tuple[int, int], int] = {}
        since_best = restarts = 0
        stall = self.STALL + self.STALL_PER_PERSON * n
        people = list(range(n))
        while best_cost > bound and budget.take():
            if budget.steps > half and (not alone or best_cost >= HARD):
                break
            step = budget.steps
            movers = []
            for _ in range(self.MOVERS):
                x = rng.randrange(n)
                for _ in range(12):
                    if self._hot(x):
                        break
                    x = rng.randrange(n)
                movers.append(x)
            headroom = best_cost - cost
            chosen, chosen_delta, ties = None, 0, 0
            kind = self.kind
            for x in movers:
                kx, cx = kind[x], self.cell_of[x]
                for y in people:
                    if y == x or kind[y] == kx:
                        continue
                    d = self.delta(x, y)
                    if chosen is not None and d > chosen_delta:
                        continue
                    if d >= -headroom and (
                        tabu.get((x, self.cell_of[y]), 0) > step or tabu.get((y, cx), 0) > step
                    ):
                        continue
                    if chosen is None or d < chosen_delta:
                        chosen, chosen_delta, ties = (x, y), d, 1
                    else:
                        ties += 1
                        if rng.randrange(ties) == 0:
                            chosen = (x, y)
            if chosen is None:
                continue
            x, y = chosen
            tenure = self.TENURE + rng.randrange(self.TENURE_SPAN)
            tabu[(x, self.cell_of[x])] = step + tenure
            tabu[(y, self.cell_of[y])] = step + tenure
            self.swap(x, y)
            cost += chosen_delta
            if cost < best_cost:
                best_cost, best = cost, list(self.cell_of)
                since_best = restarts = 0
                continue
            since_best += 1
            if since_best > stall:
                restarts += 1
                if restarts > self.SETTLE:
                    break
                self._restore(best)
                self._perturb()
                cost = self.cost()
                tabu.clear()
                since_best = 0
        self._restore(best)
        return best_cost, best_cost <= bound

    def _restore(self, cell_of: list[int]) -> None:
        self.cell_of = list(cell_of)
        self.counts = self._count()

    def _perturb(self) -> None:
        """Swap a few people with no wish or keep-apart at random: a kick off a plateau."""
        free = [i for i in range(self.problem.n) if not self.terms[i]]
        if len(free) < 2:
            return
        for _ in range(max(2, len(free) // 10)):
            x, y = self.rng.sample(free, 2)
            self.swap(x, y)

    # ------------------------------------------------------------ result
    def rounds(self) -> Rounds:
        """The design's rounds with people in their cells, groups numbered for the wishes.

        In each round a design group holding someone with a wish takes the wished
        number; the others take the numbers left, in order.
        """
        person = [0] * self.problem.n
        for i, c in enumerate(self.cell_of):
            person[c] = i
        laid: Rounds = []
        for r, rnd in enumerate(self.cells):
            label: dict[int, int] = {}
            for i, want in self.wishes.items():
                if want[r] is not None:
                    label[self.group_of[r][self.cell_of[i]]] = want[r]
            taken = set(label.values())
            spare = iter(g for g in range(len(rnd)) if g not in taken)
            numbered: list[list[int]] = [[] for _ in rnd]
            for g, members in enumerate(rnd):
                numbered[label[g] if g in label else next(spare)] = [person[c] for c in members]
            laid.append(numbered)
        return laid

    def holds(self) -> bool:
        """Whether every wish holds, so the groups can be numbered for them.

        A keep-apart pair in cells that meet does not count: the search after the
        relabelling moves one of them, at the price of a repeat or two (in an
        affine plane every pair meets once, so keep-apart cannot hold in it).
        """
        cell_of = self.cell_of
        return not any(
            kind in (SAME, DIFFERENT) and self._term_cost(kind, r, weight, cell_of[i], cell_of[j])
            for i, terms in enumerate(self.terms)
            for j, kind, r, weight in terms
        )
