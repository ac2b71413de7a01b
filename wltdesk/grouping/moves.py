"""Choosing the next move of the tabu search: the best swap or move in one round.

:class:`Moves` looks at the people in conflict in a round and prices every
swap of their unit with a unit of another group (and every plain move from a
larger group to a smaller one), skipping moves that are tabu unless they would
beat the best plan so far. Ties are broken at random, so the search wanders
across plateaus instead of circling.
"""

from __future__ import annotations

import random

from wltdesk.grouping.problem import HARD
from wltdesk.grouping.state import Placement

#: A move: unit S leaves group A for B while unit T (maybe empty) goes from B to A.
Move = tuple[list[int], int, list[int], int]
#: Tabu list: (round, person, group) -> the step until which the person may not rejoin.
Tabu = dict[tuple[int, int, int], int]


class Moves:
    """Finds the best non-tabu move in a round of a placement."""

    #: The most groups a mover's swaps are priced with in one step.
    GROUPS = 16

    def __init__(self, placement: Placement, rng: random.Random) -> None:
        self.placement = placement
        self.problem = placement.problem
        self.rng = rng

    def best(
        self, r: int, movers: list[int], tabu: Tabu, step: int, headroom: int
    ) -> tuple[Move | None, int | None]:
        """The best move of one of ``movers`` in round ``r``, and its cost change.

        ``headroom`` is how much worse than the best plan the current one is: a
        tabu move is allowed when it would beat the best (aspiration).
        """
        if self.problem.singles:
            return self._best_swap(r, movers, tabu, step, headroom)
        return self._best_unit_move(r, movers, tabu, step, headroom)

    def _targets(self, A: int) -> list[int]:
        """The groups a person in group ``A`` may move to this step: all of them, or a
        sample of :attr:`GROUPS` when there are more, so a step's cost does not grow
        with the room (a conflict is as likely to be solved in any group)."""
        G = self.problem.G
        if G <= self.GROUPS + 1:
            return [B for B in range(G) if B != A]
        return [B for B in self.rng.sample(range(G), self.GROUPS + 1) if B != A][: self.GROUPS]

    def _tabu(self, tabu: Tabu, r: int, people: list[int], group: int, step: int) -> bool:
        return any(tabu.get((r, p, group), -1) > step for p in people)

    def _best_unit_move(
        self, r: int, movers: list[int], tabu: Tabu, step: int, headroom: int
    ) -> tuple[Move | None, int | None]:
        """The best non-tabu move of a mover's unit (keep-together sets move whole)."""
        problem, placement = self.problem, self.placement
        q, extra = problem.q, problem.extra
        best_move, best_delta, ties = None, None, 0
        for x in movers:
            S = problem.blocks[problem.block_of[x]]
            A = placement.where[r][x]
            size_a = len(placement.groups[r][A])
            for B in self._targets(A):
                size_b = len(placement.groups[r][B])
                options = placement.units_in(r, B)
                options.append([])
                for T in options:
                    new_a = size_a - len(S) + len(T)
                    new_b = size_b - len(T) + len(S)
                    if extra:
                        if not (q <= new_a <= q + 1 and q <= new_b <= q + 1):
                            continue
                    elif new_a != q or new_b != q:
                        continue
                    d = placement.delta(r, S, A, T, B)
                    if best_delta is not None and d > best_delta:
                        continue
                    if d >= -headroom and (
                        self._tabu(tabu, r, S, B, step) or self._tabu(tabu, r, T, A, step)
                    ):
                        continue
                    if best_delta is None or d < best_delta:
                        best_move, best_delta, ties = (S, A, T, B), d, 1
                    else:
                        ties += 1
                        if self.rng.randrange(ties) == 0:
                            best_move = (S, A, T, B)
        return best_move, best_delta

    def _best_swap(
        self, r: int, movers: list[int], tabu: Tabu, step: int, headroom: int
    ) -> tuple[Move | None, int | None]:
        """:meth:`_best_unit_move` when everyone moves alone: O(1) per candidate swap.

        Per round it sums, once, what each person loses by leaving their group
        (``leave``) and gains by joining each group (``join``); a swap's cost is
        then four look-ups and a correction for the pair itself.
        """
        problem, placement = self.problem, self.placement
        groups, where, movable = placement.groups[r], placement.where[r], placement.movable[r]
        meet, inc, dec, apart_of = placement.meet, problem.inc, problem.dec, problem.apart_of
        q, extra = problem.q, problem.extra
        values, counts = problem.values, placement.counts[r]

        def leave(p: int) -> int:
            row, apart = meet[p], apart_of[p]
            total = 0
            for z in groups[where[p]]:
                if z != p:
                    total += dec[row.get(z, 0)]
                    if apart and z in apart:
                        total -= HARD
            return total

        def join(p: int, g: int) -> int:
            row, apart = meet[p], apart_of[p]
            total = 0
            for z in groups[g]:
                total += inc[row.get(z, 0)]
                if apart and z in apart:
                    total += HARD
            return total

        vcost = problem.vcost
        fields = range(len(values))

        def shift(p: int, src: int, dst: int) -> list[int]:
            """Per balanced field, the value cost change of p going from src to dst."""
            out = []
            for f, column in enumerate(values):
                v = column[p]
                if v < 0:
                    out.append(0)
                    continue
                vc, a, b = vcost[f][v], counts[src][f][v], counts[dst][f][v]
                out.append(vc[a - 1] - vc[a] + vc[b + 1] - vc[b])
            return out

        leaves: dict[int, int] = {}
        join_cache: dict[tuple[int, int], int] = {}
        shift_cache: dict[tuple[int, int], list[int]] = {}
        best_move, best_delta, ties = None, None, 0
        sizes = [len(g) for g in groups]
        for x in movers:
            A = where[x]
            mx, ax = meet[x], apart_of[x]
            vx = [column[x] for column in values]
            targets = self._targets(A)
            joins_x = {B: join(x, B) for B in targets}
            base = leave(x)
            for B in targets:
                sx = shift(x, A, B) if values else []
                # A plain move when sizes allow it (a larger group gives to a smaller).
                if extra and sizes[A] == q + 1 and sizes[B] == q:
                    d = base + joins_x[B] + sum(sx)
                    if (best_delta is None or d <= best_delta) and not (
                        d >= -headroom and tabu.get((r, x, B), -1) > step
                    ):
                        if best_delta is None or d < best_delta:
                            best_move, best_delta, ties = ([x], A, [], B), d, 1
                        else:
                            ties += 1
                            if self.rng.randrange(ties) == 0:
                                best_move = ([x], A, [], B)
                for y in groups[B]:
                    if not movable[y]:
                        continue
                    key = (y, A)
                    jy = join_cache.get(key)
                    if jy is None:
                        jy = join_cache[key] = join(y, A)
                    my = meet[y]
                    ly = leaves.get(y)
                    if ly is None:
                        ly = leaves[y] = leave(y)
                    pair = inc[mx.get(y, 0)] + (HARD if ax and y in ax else 0)
                    d = (
                        base
                        + ly
                        + joins_x[B]
                        - pair
                        + jy
                        - inc[my.get(x, 0)]
                        - (HARD if ax and y in ax else 0)
                    )
                    if values:
                        # A field where x and y share the value changes nothing.
                        sy = shift_cache.get(key)
                        if sy is None:
                            sy = shift_cache[key] = shift(y, B, A)
                        for f in fields:
                            if values[f][y] != vx[f]:
                                d += sx[f] + sy[f]
                    if best_delta is not None and d > best_delta:
                        continue
                    if d >= -headroom and (
                        tabu.get((r, x, B), -1) > step or tabu.get((r, y, A), -1) > step
                    ):
                        continue
                    if best_delta is None or d < best_delta:
                        best_move, best_delta, ties = ([x], A, [y], B), d, 1
                    else:
                        ties += 1
                        if self.rng.randrange(ties) == 0:
                            best_move = ([x], A, [y], B)
        return best_move, best_delta
