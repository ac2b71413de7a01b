"""The plan a search is changing: its rounds of groups and what they cost.

A :class:`Placement` holds the planned rounds (groups of person indices), who
sits where, how often each pair has met (earlier rounds and history
included) and how many people share each value in each group. It keeps those
counts in step as units move, so the search can price a move in O(group size)
and tell who is in conflict without recounting the plan. Meetings are kept per
person as a dict of the people met (a pair never met is absent), so a room of
thousands costs memory and time in the meetings it has, not in its n² pairs.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations

from wltdesk.grouping.problem import HARD, Problem


class Placement:
    """Planned rounds with their meeting and value counts, kept in step by :meth:`apply`."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self._reset()

    def _reset(self) -> None:
        """No planned round yet: only the meetings of fixed rounds and history."""
        self.meet: list[dict[int, int]] = [dict(row) for row in self.problem.met_before]
        self.groups: list[list[list[int]]] = []
        self.where: list[list[int]] = []
        self.counts: list[list[list[list[int]]]] = []
        self.movable: list[list[bool]] = []

    def add_round(self, groups: list[list[int]], locks: Mapping[int, int]) -> None:
        """Append a planned round; pinned and ``locks``-ed people (and their units) stay put."""
        p = self.problem
        n = p.n
        where = [0] * n
        counts = []
        for g, members in enumerate(groups):
            for i in members:
                where[i] = g
            per_field = []
            for f, column in enumerate(p.values):
                tally = [0] * len(p.value_names[f])
                for i in members:
                    if column[i] >= 0:
                        tally[column[i]] += 1
                per_field.append(tally)
            counts.append(per_field)
            for a, b in combinations(members, 2):
                self.meet[a][b] = self.meet[a].get(b, 0) + 1
                self.meet[b][a] = self.meet[b].get(a, 0) + 1
        movable = [p.pin[i] is None and i not in locks for i in range(n)]
        # A unit moves only as a whole.
        for block in p.blocks:
            if not all(movable[i] for i in block):
                for i in block:
                    movable[i] = False
        self.groups.append(groups)
        self.where.append(where)
        self.counts.append(counts)
        self.movable.append(movable)

    # ------------------------------------------------------------ costs
    def total_cost(self) -> int:
        p = self.problem
        n = p.n
        cost = 0
        for i in range(n):
            apart = p.apart_of[i]
            for j, m in self.meet[i].items():
                if j > i and m:
                    cost += p.cost_of[m]
                    if j in apart:
                        cost += HARD * self._planned_meetings(i, j)
        for counts in self.counts:
            for per_field in counts:
                for f, tally in enumerate(per_field):
                    for v, c in enumerate(tally):
                        cost += p.vcost[f][v][c]
        return cost

    def _planned_meetings(self, i: int, j: int) -> int:
        return sum(1 for where in self.where if where[i] == where[j]) + sum(
            1 for groups in self.problem.fixed for g in groups if i in g and j in g
        )

    def delta(self, r: int, S: list[int], A: int, T: list[int], B: int) -> int:
        """Cost change of moving unit S from group A to B and unit T from B to A."""
        p = self.problem
        groups = self.groups[r]
        inc, dec = p.inc, p.dec
        meet = self.meet
        d = 0
        stay_a = [z for z in groups[A] if z not in S] if len(S) > 1 else None
        stay_b = [z for z in groups[B] if z not in T] if len(T) > 1 else None
        for x in S:
            row = meet[x]
            apart = p.apart_of[x]
            for z in stay_a if stay_a is not None else groups[A]:
                if z == x:
                    continue
                d += dec[row.get(z, 0)]
                if apart and z in apart:
                    d -= HARD
            for z in stay_b if stay_b is not None else groups[B]:
                if T and z in T:
                    continue
                d += inc[row.get(z, 0)]
                if apart and z in apart:
                    d += HARD
        for y in T:
            row = meet[y]
            apart = p.apart_of[y]
            for z in stay_b if stay_b is not None else groups[B]:
                if z == y:
                    continue
                d += dec[row.get(z, 0)]
                if apart and z in apart:
                    d -= HARD
            for z in stay_a if stay_a is not None else groups[A]:
                if z in S:
                    continue
                d += inc[row.get(z, 0)]
                if apart and z in apart:
                    d += HARD
        if p.values:
            counts = self.counts[r]
            for f, column in enumerate(p.values):
                change: dict[int, int] = {}
                for x in S:
                    if column[x] >= 0:
                        change[column[x]] = change.get(column[x], 0) + 1
                for y in T:
                    if column[y] >= 0:
                        change[column[y]] = change.get(column[y], 0) - 1
                ca, cb = counts[A][f], counts[B][f]
                for v, k in change.items():
                    if k:
                        a, b, vc = ca[v], cb[v], p.vcost[f][v]
                        d += vc[a - k] - vc[a] + vc[b + k] - vc[b]
        return d

    # ------------------------------------------------------------ moves
    def apply(self, r: int, S: list[int], A: int, T: list[int], B: int) -> None:
        """Move unit S from group A to B and unit T from B to A in round ``r``."""
        groups = self.groups[r]
        meet = self.meet
        for x in S:
            groups[A].remove(x)
        for y in T:
            groups[B].remove(y)
        for x in S:
            row = meet[x]
            for z in groups[A]:
                row[z] -= 1
                meet[z][x] -= 1
            for z in groups[B]:
                row[z] = row.get(z, 0) + 1
                meet[z][x] = meet[z].get(x, 0) + 1
        for y in T:
            row = meet[y]
            for z in groups[B]:
                row[z] -= 1
                meet[z][y] -= 1
            for z in groups[A]:
                row[z] = row.get(z, 0) + 1
                meet[z][y] = meet[z].get(y, 0) + 1
        groups[A].extend(T)
        groups[B].extend(S)
        where = self.where[r]
        for x in S:
            where[x] = B
        for y in T:
            where[y] = A
        counts = self.counts[r]
        for f, column in enumerate(self.problem.values):
            for x in S:
                if column[x] >= 0:
                    counts[A][f][column[x]] -= 1
                    counts[B][f][column[x]] += 1
            for y in T:
                if column[y] >= 0:
                    counts[B][f][column[y]] -= 1
                    counts[A][f][column[y]] += 1

    def units_in(self, r: int, g: int) -> list[list[int]]:
        """The movable units (keep-together sets, or single people) of one group."""
        p = self.problem
        seen: set[int] = set()
        units = []
        movable = self.movable[r]
        for z in self.groups[r][g]:
            b = p.block_of[z]
            if b in seen or not movable[z]:
                continue
            seen.add(b)
            units.append(p.blocks[b])
        return units

    def conflicted(self, r: int, x: int) -> bool:
        """Whether ``x`` meets someone again (or someone kept apart) in round ``r``."""
        p = self.problem
        row = self.meet[x]
        apart = p.apart_of[x]
        g = self.where[r][x]
        if any(z != x and (row.get(z, 0) > 1 or z in apart) for z in self.groups[r][g]):
            return True
        # Or one of too many people sharing a value in this group.
        for f, column in enumerate(p.values):
            v = column[x]
            if v >= 0 and self.counts[r][g][f][v] > p.caps[f][v]:
                return True
        return False

    # ------------------------------------------------------------ best so far
    def snapshot(self) -> list[list[list[int]]]:
        return [[list(g) for g in groups] for groups in self.groups]

    def restore(self, snapshot: list[list[list[int]]]) -> None:
        """Go back to a :meth:`snapshot`, recounting; who may move stays as it is."""
        movable = self.movable
        self._reset()
        for r, groups in enumerate(snapshot):
            self.add_round([list(g) for g in groups], {})
            self.movable[r] = movable[r]
