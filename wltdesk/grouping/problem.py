"""A request in the search's own terms: people as numbers, constraints checked.

:class:`Problem` turns a :class:`~wltdesk.grouping.request.Request` into what
the search works on — people as indices, attribute values as small integers,
keep-together sets merged into units, pins per unit, meetings before the
planned rounds — and refuses, naming the people, a request that no plan can
meet. It also holds the cost scale every part of the search shares.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from wltdesk.errors import UserError
from wltdesk.grouping.request import Constraints, Request, group_count
from wltdesk.language import _

#: Cost of one extra meeting of a pair (the first objective).
REPEAT = 100
#: Extra cost of a third (fourth…) meeting: fairness.
THIRD = 300
#: A keep-apart pair in one group: never acceptable.
HARD = 1_000_000


def _cost_tables(limit: int) -> tuple[list[int], list[int], list[int]]:
    cost = [0] * (limit + 2)
    for m in range(2, limit + 2):
        cost[m] = REPEAT * (m - 1) + THIRD * max(0, m - 2) ** 2
    inc = [cost[m + 1] - cost[m] for m in range(limit + 1)]
    dec = [0] + [cost[m - 1] - cost[m] for m in range(1, limit + 1)]
    return cost, inc, dec


def _union_blocks(n: int, sets: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in sets:
        for other in members[1:]:
            parent[find(other)] = find(members[0])
    return [find(x) for x in range(n)]


class Problem:
    """What one search plans: the people, groups, rounds, constraints and cost tables."""

    #: Extra cost of a group crowded beyond an even spread of a value: OVER × (people
    #: over)². Squared, so crowding is shared out rather than piled into one group (the
    #: count of same-value pairs alone would not mind: five from one region in one group
    #: make as many pairs as ten groups with two each). One person over costs 14 with its
    #: pair, a repeat meeting 100; a group three over costs more than a repeat, so the
    #: search would rather repeat a meeting than seat four from one region together.
    OVER = 12

    def __init__(self, request: Request) -> None:
        self.request = request
        members = list(request.members)
        ids = [m.id for m in members]
        if len(set(ids)) != len(ids):
            raise UserError(_("a person is listed twice"))
        self.ids = ids
        self.names = [m.name or m.id for m in members]
        self.index = {pid: i for i, pid in enumerate(ids)}
        n = self.n = len(ids)
        self.G = group_count(n, request.size, request.count)
        self.q, self.extra = divmod(n, self.G)
        self.max_size = self.q + (1 if self.extra else 0)
        if request.rounds < 1:
            raise UserError(_("the number of rounds must be at least 1"))
        self.R = request.rounds
        c = request.constraints
        self._check_constraints(c)
        # Meetings before the planned rounds (fixed rounds of this set, plus one for a
        # pair who met in an earlier set), sparse: only pairs who met are stored, so a
        # large room costs memory in the meetings it has, not in its n² pairs.
        self.met_before: list[dict[int, int]] = [{} for _ in range(n)]
        for (a, b), times in request.history.items():
            if a in self.index and b in self.index and a != b and times > 0:
                i, j = self.index[a], self.index[b]
                self.met_before[i][j] = self.met_before[j][i] = 1
        self.fixed: list[list[list[int]]] = []
        for played in request.fixed:
            groups = [[self.index[p] for p in g if p in self.index] for g in played]
            self.fixed.append(groups)
            for g in groups:
                for a, b in combinations(g, 2):
                    self.met_before[a][b] = self.met_before[a].get(b, 0) + 1
                    self.met_before[b][a] = self.met_before[b].get(a, 0) + 1
        limit = self.R + len(self.fixed) + 2
        self.cost_of, self.inc, self.dec = _cost_tables(limit)
        # Attribute values coded as small integers per balanced field.
        self.fields = list(dict.fromkeys(c.balance))
        self.values: list[list[int]] = []
        self.value_names: list[list[str]] = []
        for name in self.fields:
            codes: dict[str, int] = {}
            column = []
            for m in members:
                raw = m.attributes.get(name)
                text = str(raw).strip() if raw is not None else ""
                if not text:
                    column.append(-1)
                    continue
                key = text.casefold()
                if key not in codes:
                    codes[key] = len(codes)
                column.append(codes[key])
            names = [""] * len(codes)
            for m, code in zip(members, column, strict=True):
                if code >= 0 and not names[code]:
                    names[code] = str(m.attributes.get(name)).strip()
            self.values.append(column)
            self.value_names.append(names)
        #: The most people sharing a value that an even spread puts in one group.
        self.caps = [
            [-(-sum(1 for c in column if c == v) // self.G) for v in range(len(names))]
            for column, names in zip(self.values, self.value_names, strict=True)
        ]
        #: Cost of c people sharing a value in one group: c² (c plus two per pair
        #: sharing it, so even spreads are cheapest), plus OVER × (c - cap)² beyond
        #: what an even spread needs.
        self.vcost = [
            [
                [c * c + self.OVER * max(0, c - cap) ** 2 for c in range(self.max_size + 2)]
                for cap in caps
            ]
            for caps in self.caps
        ]

    # ------------------------------------------------------------ constraints
    def _person(self, pid: str, what: str) -> int:
        if pid not in self.index:
            raise UserError(_("{what}: {pid} is not among the people being grouped").format(
                what=what, pid=pid
            ))
        return self.index[pid]

    def _label(self, i: int) -> str:
        return self.names[i]

    def _check_constraints(self, c: Constraints) -> None:
        n, G = self.n, self.G
        self.apart_of: list[set[int]] = [set() for _ in range(n)]
        for a, b in c.apart:
            i, j = self._person(a, "keep apart"), self._person(b, "keep apart")
            if i == j:
                raise UserError(_("keep apart: {label} cannot be kept apart from themself").format(
                    label=self._label(i)
                ))
            self.apart_of[i].add(j)
            self.apart_of[j].add(i)
        together = [[self._person(p, "keep together") for p in s] for s in c.together]
        for s in together:
            if len(set(s)) > self.max_size:
                names = ", ".join(self._label(i) for i in s)
                raise UserError(
                    _(
                        "keep together: {names} ({count} people) is larger than a group (at "
                        "most {max_size})"
                    ).format(
                        names=names, count=len(set(s)), max_size=self.max_size
                    )
                )
        roots = _union_blocks(n, together)
        blocks: dict[int, list[int]] = {}
        for i, root in enumerate(roots):
            blocks.setdefault(root, []).append(i)
        self.blocks = list(blocks.values())
        self.singles = all(len(b) == 1 for b in self.blocks)
        self.block_of = [0] * n
        for b, members in enumerate(self.blocks):
            for i in members:
                self.block_of[i] = b
            if len(members) > self.max_size:
                names = ", ".join(self._label(i) for i in members)
                raise UserError(
                    _(
                        "keep together: the overlapping sets {names} make {count} people, more "
                        "than a group holds (at most {max_size})"
                    ).format(
                        names=names, count=len(members), max_size=self.max_size
                    )
                )
            for i, j in combinations(members, 2):
                if j in self.apart_of[i]:
                    raise UserError(
                        _("{label} and {label2} are both kept together and kept apart").format(
                            label=self._label(i), label2=self._label(j)
                        )
                    )
        self.pin: list[int | None] = [None] * n
        for pid, group in c.pins.items():
            i = self._person(pid, "pin")
            if not 0 <= group < G:
                raise UserError(
                    _(
                        "pin: {label} is pinned to group {group}, but there are only {G} groups"
                    ).format(
                        label=self._label(i), group=group + 1, G=G
                    )
                )
            self.pin[i] = group
        # A block goes wherever a pinned member of it is pinned.
        self.block_pin: list[int | None] = [None] * len(self.blocks)
        for b, members in enumerate(self.blocks):
            pinned = {self.pin[i] for i in members if self.pin[i] is not None}
            if len(pinned) > 1:
                names = ", ".join(self._label(i) for i in members)
                raise UserError(_(
                    "{names} are kept together but pinned to different groups"
                ).format(
                    names=names
                ))
            if pinned:
                self.block_pin[b] = pinned.pop()
        load = Counter()
        for b, group in enumerate(self.block_pin):
            if group is not None:
                load[group] += len(self.blocks[b])
        for group, count in load.items():
            if count > self.max_size:
                raise UserError(
                    _(
                        "pin: {count} people are pinned to group {group}, more than a group "
                        "holds (at most {max_size})"
                    ).format(
                        count=count, group=group + 1, max_size=self.max_size
                    )
                )
        self._check_apart_fits()
        pinned_people = [i for i in range(n) if self.pin[i] is not None]
        for i, j in combinations(pinned_people, 2):
            if self.pin[i] == self.pin[j] and j in self.apart_of[i]:
                raise UserError(
                    _("{label} and {label2} are pinned to the same group but kept apart").format(
                        label=self._label(i), label2=self._label(j)
                    )
                )

    def _check_apart_fits(self) -> None:
        """Refuse up front when more people must be mutually apart than there are groups.

        Such a request can never hold, and the search would only find out after
        its whole time budget; naming the people says what to change. A
        keep-together set counts as one unit (apart from someone if any of its
        members is). The largest such set is a maximum clique of the keep-apart
        graph: Bron–Kerbosch with a pivot, cut short once one exceeds the group
        count (keep-apart lists are short, so this is instant).
        """
        G = self.G
        unit_apart: dict[int, set[int]] = {}
        for i in range(self.n):
            for j in self.apart_of[i]:
                a, b = self.block_of[i], self.block_of[j]
                unit_apart.setdefault(a, set()).add(b)
                unit_apart.setdefault(b, set()).add(a)
        if len(unit_apart) <= G:
            return
        # Only units apart from at least G others can be in a clique of G + 1.
        alive = {u for u, others in unit_apart.items() if len(others) >= G}
        found: list[int] = []

        def expand(clique: list[int], candidates: set[int], excluded: set[int]) -> bool:
            if len(clique) > G:
                found.extend(clique)
                return True
            if len(clique) + len(candidates) <= G:
                return False
            pivot = max(candidates | excluded, key=lambda u: len(unit_apart[u] & candidates))
            for u in sorted(candidates - unit_apart[pivot]):
                if expand([*clique, u], candidates & unit_apart[u], excluded & unit_apart[u]):
                    return True
                candidates = candidates - {u}
                excluded = excluded | {u}
            return False

        if not expand([], alive, set()):
            return
        names = sorted(
            (
                ", ".join(sorted((self._label(i) for i in self.blocks[u]), key=str.casefold))
                for u in found
            ),
            key=str.casefold,
        )
        listed = ", ".join(names[:-1]) + " and " + names[-1]
        raise UserError(
            _(
                "keep apart: {listed} must all be in different groups, but there are only {G} "
                "groups"
            ).format(
                listed=listed, G=G
            )
        )

    def lower_bound(self) -> int:
        """A cost no plan can go below, so a search that reaches it can stop: proven best.

        Three parts, each a floor of its own share of the cost. Meetings already
        made (fixed rounds, earlier sets) cost what they cost. Planned rounds add
        meetings no plan avoids, the larger of two counts: pairs that must meet in
        every round (a keep-together set, people pinned to one group), and, for
        every two rounds, people of one group who must meet again because a group
        of ``s`` people spread over ``G`` groups of the other round puts at least
        ``s mod G`` pairs together once ``s > G`` (17 people in groups of 5,4,4,4:
        one repeat per two rounds) — a pair meeting ``m`` times costs at least
        ``REPEAT × C(m, 2)``, the count of round pairs it shares. Values cost at
        least an even spread in every round (it may be unreachable together with
        no repeats; then the search runs to its budget).
        """
        n = self.n
        cost_of = self.cost_of
        before = sum(cost_of[m] for i in range(n) for j, m in self.met_before[i].items() if j > i)
        forced = 0
        for i, j in self._forced_pairs():
            m = self.met_before[i].get(j, 0)
            forced += cost_of[m + self.R] - cost_of[m]
        sizes = [self.q + 1] * self.extra + [self.q] * (self.G - self.extra)
        earlier = [[len(g) for g in groups] for groups in self.fixed]
        crowded = 0
        for _planned in range(self.R):
            for other in earlier:
                crowded += crowding(sizes, other)
            earlier.append(sizes)
        bound = before + max(forced, REPEAT * crowded)
        for column in self.values:
            totals = Counter(v for v in column if v >= 0)
            for total in totals.values():
                low, high = divmod(total, self.G)
                bound += self.R * (high * (low + 1) ** 2 + (self.G - high) * low**2)
        return bound

    def _forced_pairs(self) -> set[tuple[int, int]]:
        """Pairs that share a group in every planned round: kept together or pinned together."""
        pairs = {(i, j) for block in self.blocks for i, j in combinations(sorted(block), 2)}
        by_group: dict[int, list[int]] = {}
        for b, group in enumerate(self.block_pin):
            if group is not None:
                by_group.setdefault(group, []).extend(self.blocks[b])
        for members in by_group.values():
            pairs.update(combinations(sorted(members), 2))
        return pairs


def spread_pairs(people: int, groups: int) -> int:
    """Pairs sharing a group when ``people`` are spread as evenly as can be over ``groups``."""
    low, high = divmod(people, groups)
    return high * (low + 1) * low // 2 + (groups - high) * low * (low - 1) // 2


def crowding(sizes: list[int], other: list[int]) -> int:
    """Pairs that meet in both of two rounds with these group sizes, at the least."""
    if not sizes or not other:
        return 0
    return max(
        sum(spread_pairs(s, len(other)) for s in sizes),
        sum(spread_pairs(s, len(sizes)) for s in other),
    )
