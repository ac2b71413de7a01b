"""The first plan a search starts from: a relabelled design where one applies, greedy otherwise.

:class:`Start` fills a :class:`~wltdesk.grouping.state.Placement` with the
planned rounds. When everyone moves alone and no round is fixed, a construction
from :mod:`wltdesk.grouping.designs` gives rounds with no repeat at all, and
:mod:`wltdesk.grouping.relabel` chooses who sits in which of its cells — for
the balance, keep-apart, pins and locks — without ever making a repeat. Rounds
a design does not cover are filled greedily, unit by unit, each into the best
of a few open groups taken in turn (so the start costs O(n log n) however many
groups there are, not O(n²)). A keep-together set is moved into one group per
round after the design is laid; the search does the rest.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from wltdesk.errors import UserError
from wltdesk.grouping import designs
from wltdesk.grouping.budget import Budget
from wltdesk.grouping.problem import HARD
from wltdesk.grouping.relabel import Relabelling, initial, wishes_of
from wltdesk.grouping.state import Placement
from wltdesk.language import _, locale_digits


class Start:
    """Lays the first planned rounds into a placement, drawing on the search's random source."""

    #: Open groups, taken in turn from a rotating start, that the greedy start compares.
    LOOK = 12

    def __init__(self, placement: Placement, rng: random.Random) -> None:
        self.placement = placement
        self.problem = placement.problem
        self.rng = rng
        #: The relabelled design's rounds (0 when none was laid) and whether it is proven best.
        self.designed = 0
        self.proven = False

    def fill(self, budget: Budget) -> None:
        """Initial planned rounds: a relabelled design where it applies, greedy otherwise."""
        p = self.problem
        n, G, R = p.n, p.G, p.R
        locks: dict[int, dict[int, int]] = {}
        for (r, pid), group in p.request.locks.items():
            if pid in p.index and 0 <= r < R and 0 <= group < G:
                locks.setdefault(r, {})[p.index[pid]] = group
        for r in range(R):
            self._check_held_fit(r, locks.get(r, {}))
        designed: list[list[list[int]]] = []
        if not p.fixed:
            made = designs.perfect_rounds(n, G, R)
            if made is not None:
                designed = self._relabel(made[0], locks, budget)
        gathered = p.singles or all(
            self._gather(designed, r, locks.get(r, {})) for r in range(len(designed))
        )
        if not gathered:
            # No one free to swap out of a keep-together set's group: plan greedily.
            designed, self.designed, self.proven = [], 0, False
        for r in range(R):
            if r < len(designed):
                groups = [list(g) for g in designed[r]]
            else:
                groups = self._greedy_round(locks.get(r, {}))
            self.placement.add_round(groups, locks.get(r, {}))

    def _relabel(
        self, cells: list[list[list[int]]], locks: Mapping[int, Mapping[int, int]], budget: Budget
    ) -> list[list[list[int]]]:
        """A design's rounds with people in its cells; [] when wishes cannot be met in it."""
        p = self.problem
        wishes = wishes_of(p, len(cells), locks)
        for block in p.blocks:
            # A keep-together set is gathered into its first member's group round by
            # round once the design is laid, so that member carries the set's wishes.
            if len(block) > 1 and any(i in wishes for i in block):
                merged = [
                    next(
                        (wishes[i][r] for i in block if i in wishes and wishes[i][r] is not None),
                        None,
                    )
                    for r in range(len(cells))
                ]
                for i in block:
                    wishes.pop(i, None)
                wishes[block[0]] = merged
        cell_of = initial(p, cells, wishes, self.rng)
        if cell_of is None:
            return []
        relabelling = Relabelling(p, cells, cell_of, wishes, self.rng)
        _, proven = relabelling.run(budget)
        if not relabelling.holds():
            return []
        self.designed = len(cells)
        self.proven = proven and p.singles and len(cells) == p.R
        return relabelling.rounds()

    def _gather(self, rounds: list[list[list[int]]], r: int, locks: Mapping[int, int]) -> bool:
        """Bring each keep-together set into its first member's group in round ``r``;
        False when a group has nobody free to make room.

        Each member elsewhere swaps with someone free to move in that group; of
        those, the one who has met the fewest of the member's old group in the
        other rounds, so the swap adds as few repeats as it can.
        """
        p = self.problem
        groups = rounds[r]
        where = [{i: g for g, members in enumerate(rnd) for i in members} for rnd in rounds]
        held = {i for i in range(p.n) if p.pin[i] is not None or i in locks}
        bound = {i for block in p.blocks if len(block) > 1 for i in block}

        def met(a: int, b: int) -> int:
            return sum(1 for t, placed in enumerate(where) if t != r and placed[a] == placed[b])

        for block in p.blocks:
            if len(block) < 2:
                continue
            home = where[r][block[0]]
            for i in block:
                away = where[r][i]
                if away == home:
                    continue
                free = [z for z in groups[home] if z not in held and z not in bound]
                if not free:
                    return False
                out = min(free, key=lambda z: sum(met(z, y) for y in groups[away] if y != i))
                groups[home].remove(out)
                groups[away].remove(i)
                groups[home].append(i)
                groups[away].append(out)
                where[r][i], where[r][out] = home, away
        return True

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

    def _greedy_round(self, locks: Mapping[int, int]) -> list[list[int]]:
        """One round, unit by unit (largest first, people sharing values one after the
        other), each into the cheapest of the next :attr:`LOOK` open groups in turn.

        Dealing people who share a value to groups in turn spreads the value; the
        look-ahead steps around groups holding someone a person already met or
        must stay apart from. Only those people (a sparse few) and ``LOOK`` groups
        are looked at per unit, so a round costs O(n log n) for the sort.
        """
        p = self.problem
        G, q, extra = p.G, p.q, p.extra
        groups: list[list[int]] = [[] for _ in range(G)]
        counts = [[[0] * len(names) for names in p.value_names] for _ in range(G)]
        where: dict[int, int] = {}
        big = 0  # groups that reached the larger size
        opened = list(range(G))  # groups with a free seat, in turn order
        closed: set[int] = set()

        def room(g: int) -> int:
            size = len(groups[g])
            if not extra:
                return q - size
            if size > q:
                return 0
            return (q + 1 if big < extra else q) - size

        def place(unit: list[int], g: int) -> None:
            nonlocal big, opened
            before = len(groups[g])
            groups[g].extend(unit)
            for i in unit:
                where[i] = g
                for f, column in enumerate(p.values):
                    if column[i] >= 0:
                        counts[g][f][column[i]] += 1
            if extra and before <= q < len(groups[g]):
                big += 1
                if big == extra:  # the last larger group: those at q are full now
                    closed.update(h for h in opened if room(h) <= 0)
                    opened = [h for h in opened if h not in closed]
            if room(g) <= 0 and g not in closed:
                closed.add(g)
                opened.remove(g)

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
                place(block, target)
        self.rng.shuffle(free_units)
        free_units.sort(key=lambda u: (-len(u), tuple(column[u[0]] for column in p.values)))
        turn = 0
        meet, inc, vcost = self.placement.meet, p.inc, p.vcost
        for unit in free_units:
            clash: dict[int, int] = {}
            for i in unit:
                for z, m in meet[i].items():
                    g = where.get(z)
                    if g is not None and m:
                        clash[g] = clash.get(g, 0) + inc[m]
                for z in p.apart_of[i]:
                    g = where.get(z)
                    if g is not None:
                        clash[g] = clash.get(g, 0) + HARD
            best, best_at, best_cost, looked = -1, 0, 0, 0
            for k in range(len(opened)):
                at = (turn + k) % len(opened)
                g = opened[at]
                if room(g) < len(unit):
                    continue
                cost = clash.get(g, 0)
                for i in unit:
                    for f, column in enumerate(p.values):
                        v = column[i]
                        if v >= 0:
                            c = counts[g][f][v]
                            cost += vcost[f][v][c + 1] - vcost[f][v][c]
                if best < 0 or cost < best_cost:
                    best, best_at, best_cost = g, at, cost
                looked += 1
                if looked >= self.LOOK or cost == 0:
                    break
            if best < 0:
                sizes = locale_digits(f"{p.q}{'–' + str(p.q + 1) if p.extra else ''}")
                raise UserError(
                    _("the keep-together sets and pins do not fit into {n} groups of {sizes}")
                    .format(n=G, sizes=sizes)
                )
            size = len(opened)
            place(unit, best)
            # Next turn: the group after this one (it is gone from the list if now full).
            turn = best_at if len(opened) < size else best_at + 1
        return groups
