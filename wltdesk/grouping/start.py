"""The first plan a search starts from: a design where one applies, greedy otherwise.

:class:`Start` fills a :class:`~wltdesk.grouping.state.Placement` with the
planned rounds. When everyone moves alone and no round is fixed, a construction
from :mod:`wltdesk.grouping.designs` gives rounds with no repeat at all; people
are laid into its cells (pinned and locked people first, into cells that keep
their wishes apart) sorted by their balance values. Rounds a design does not
cover are filled greedily, unit by unit, each where it adds the least cost.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from wltdesk.errors import UserError
from wltdesk.grouping import designs
from wltdesk.grouping.problem import HARD
from wltdesk.grouping.state import Placement
from wltdesk.language import _, locale_digits


class Start:
    """Lays the first planned rounds into a placement, drawing on the search's random source."""

    def __init__(self, placement: Placement, rng: random.Random) -> None:
        self.placement = placement
        self.problem = placement.problem
        self.rng = rng

    def fill(self) -> None:
        """Initial planned rounds: a design where it applies, greedy otherwise."""
        p = self.problem
        n, G, R = p.n, p.G, p.R
        locks: dict[int, dict[int, int]] = {}
        for (r, pid), group in p.request.locks.items():
            if pid in p.index and 0 <= r < R and 0 <= group < G:
                locks.setdefault(r, {})[p.index[pid]] = group
        for r in range(R):
            self._check_held_fit(r, locks.get(r, {}))
        designed: list[list[list[int]]] = []
        if p.singles and not p.fixed:
            made = designs.perfect_rounds(n, G, R)
            if made is not None:
                designed = self._lay_into(made[0], locks)
        for r in range(R):
            if r < len(designed):
                groups = [list(g) for g in designed[r]]
            else:
                groups = self._greedy_round(locks.get(r, {}))
            self.placement.add_round(groups, locks.get(r, {}))

    def _check_held_fit(self, r: int, locks: Mapping[int, int]) -> None:
        """Refuse when the people held in place in round ``r`` (pinned, or locked
        there) crowd a group past the sizes every round keeps — more than
        ``q + 1`` in one group, or more groups above ``q`` than there are
        people to spare — rather than plan groups that differ by two."""
        p = self.problem
        load = [0] * p.G
        for b, block in enumerate(p.blocks):
            target = p.block_pin[b]
            if target is None:
                held = {locks[i] for i in block if i in locks}
                target = held.pop() if len(held) == 1 else None
            if target is not None:
                load[target] += len(block)
        big = [g for g in range(p.G) if load[g] > p.q]
        worst = max(range(p.G), key=lambda g: load[g])
        if load[worst] > p.max_size or len(big) > p.extra:
            sizes = locale_digits(f"{p.q}{'–' + str(p.q + 1) if p.extra else ''}")
            more = (
                _(" and {n} groups hold more than {size}").format(n=len(big), size=p.q)
                if len(big) > 1
                else ""
            )
            raise UserError(
                _(
                    "round {number}: the pinned and locked people do not fit into {groups} "
                    "groups of {sizes}: {held} are held in group {group}{more}"
                ).format(
                    number=r + 1, groups=p.G, sizes=sizes, held=load[worst], group=worst + 1,
                    more=more,
                )
            )

    def _lay_into(
        self, cells: list[list[list[int]]], locks: Mapping[int, Mapping[int, int]]
    ) -> list[list[list[int]]]:
        """Put people into a design's cells; [] when pins and locks cannot be met.

        A design is a pattern of cells, so it serves any labelling: pinned and
        locked people get cells that the design places in different groups
        whenever their wishes differ (and the same group when they are the
        same), round by round; then each round's groups are renumbered so those
        groups carry the wished numbers. Everyone else fills the other cells
        sorted by their balance values, as without pins.
        """
        p = self.problem
        n = p.n
        rounds = len(cells)
        group_of = [[0] * n for _ in range(rounds)]
        for r, rnd in enumerate(cells):
            for g, members in enumerate(rnd):
                for c in members:
                    group_of[r][c] = g
        wishes: dict[int, list[int | None]] = {}
        for i in range(n):
            want = [
                p.pin[i] if p.pin[i] is not None else locks.get(r, {}).get(i) for r in range(rounds)
            ]
            if any(w is not None for w in want):
                wishes[i] = want
        wished = sorted(wishes, key=lambda i: -sum(w is not None for w in wishes[i]))
        cell_of: dict[int, int] = {}
        if wished:
            # Backtracking over cells: per round, design group <-> wished group
            # must stay one-to-one. A budget of tries keeps a hopeless case short.
            forward = [dict[int, int]() for _ in range(rounds)]
            backward = [dict[int, int]() for _ in range(rounds)]
            tries = [20_000]
            candidates = list(range(n))
            self.rng.shuffle(candidates)

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
                for c in candidates:
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
                return []
        order = [i for i in range(n) if i not in cell_of]
        self.rng.shuffle(order)
        order.sort(key=lambda i: tuple(column[i] for column in p.values))
        free = iter(order)
        taken = {c: i for i, c in cell_of.items()}
        person = [taken[c] if c in taken else next(free) for c in range(n)]
        laid: list[list[list[int]]] = []
        for r, rnd in enumerate(cells):
            label: dict[int, int] = {}
            for i, c in cell_of.items():
                want = wishes[i][r]
                if want is not None:
                    label[group_of[r][c]] = want
            spare = iter(g for g in range(p.G) if g not in set(label.values()))
            numbered: list[list[int]] = [[] for _ in range(p.G)]
            for g, members in enumerate(rnd):
                numbered[label[g] if g in label else next(spare)] = [person[c] for c in members]
            laid.append(numbered)
        return laid

    def _greedy_round(self, locks: Mapping[int, int]) -> list[list[int]]:
        p = self.problem
        G = p.G
        groups: list[list[int]] = [[] for _ in range(G)]
        full_big = 0  # groups that reached the larger size

        def capacity(g: int) -> int:
            if p.extra and (len(groups[g]) >= p.q + 1):
                return 0
            limit = p.q + 1 if p.extra and full_big < p.extra else p.q
            return limit - len(groups[g])

        def place(unit: list[int], g: int) -> None:
            nonlocal full_big
            before = len(groups[g])
            groups[g].extend(unit)
            if p.extra and before <= p.q < len(groups[g]):
                full_big += 1

        fixed_units: list[tuple[list[int], int]] = []
        free_units: list[list[int]] = []
        for b, block in enumerate(p.blocks):
            target = p.block_pin[b]
            if target is None:
                locked = {locks[i] for i in block if i in locks}
                if len(locked) == 1:
                    target = locked.pop()
            if target is None:
                free_units.append(block)
            else:
                fixed_units.append((block, target))
        for unit, g in fixed_units:
            place(unit, g)
        self.rng.shuffle(free_units)
        free_units.sort(key=len, reverse=True)
        for unit in free_units:
            best, best_cost = -1, None
            for g in range(G):
                if capacity(g) < len(unit):
                    continue
                cost = self._join_cost(unit, groups[g])
                if best_cost is None or cost < best_cost:
                    best, best_cost = g, cost
            if best < 0:
                sizes = locale_digits(f"{p.q}{'–' + str(p.q + 1) if p.extra else ''}")
                raise UserError(
                    _("the keep-together sets and pins do not fit into {n} groups of {sizes}")
                    .format(n=G, sizes=sizes)
                )
            place(unit, best)
        return groups

    def _join_cost(self, unit: list[int], group: list[int]) -> int:
        p = self.problem
        cost = 0
        for i in unit:
            row = self.placement.meet[i]
            apart = p.apart_of[i]
            for z in group:
                cost += p.inc[row[z]]
                if z in apart:
                    cost += HARD
            for column in p.values:
                v = column[i]
                if v >= 0:
                    cost += 2 * sum(1 for z in group if column[z] == v) + 1
        return cost
