"""Forming breakout groups: balanced, mixed groups over one or more rounds.

The engine is plain Python with no database: :func:`plan` takes the people
(with whatever attributes should be spread), a group size or count, a number
of rounds and the hard constraints, and returns the rounds of groups with a
:class:`Quality` report in plain language. :mod:`wltdesk.groups` stores the
result; :func:`assess` re-reports a plan after manual moves.

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

1. *Constructions* (:mod:`wltdesk.grouping.designs`). When the groups are equal, no
   round is fixed and nobody is kept together, a design gives rounds with no
   repeat at all:
   resolvable transversal designs over GF(q) (affine planes, mutually orthogonal
   Latin squares) when the group count is a prime power — up to ``G`` or ``G+1``
   rounds, e.g. 200 people in 25 groups of 8 — and Kirkman's packing of
   PG(3,2) for 15 people in threes over 7 days; plus tables of perfect
   rotations this search found offline with more time (30 in 6 fives for 5
   rounds, 32 golfers in 8 fours for 10 weeks). People are laid into the
   design's cells sorted by their balance attributes (people sharing a region
   fill one row of a transversal design, and rows never meet), then the search
   below evens out what the order did not. Pinned and locked people first get
   cells the design keeps apart whenever their groups differ (a short
   backtracking; one row of a transversal design holds a facilitator per
   group), and each round's groups are renumbered so theirs carry the wished
   numbers. When no such cells exist (two people pinned to one group meet in
   every round, which no design allows), the greedy start below is used.
2. *Greedy start* otherwise (and for rounds a design does not cover): units
   (a keep-together set is one unit) are placed largest first, each into the
   open group where it adds the least cost.
3. *Tabu search over swaps* (after Dotú & Van Hentenryck's social golfer
   search). Each step picks a person in conflict (in a group with someone they
   already met, or with an unbalanced value), evaluates every swap of their
   unit with a unit of another group of the same round — and plain moves
   between a larger and a smaller group — in O(group size) each, and takes the
   best one that is not tabu (moving a person back into a group they just
   left is forbidden for a few steps unless it beats the best plan so far).
   When the search stalls it restarts from the best plan with a random
   perturbation. It stops at a proven optimum (no repeat and every value
   spread as evenly as the counts allow), after ``max_steps`` steps, or when
   the time budget (2 s by default) runs out.

The random choices come from ``random.Random(seed)``: the same request with
the same seed gives the same groups, unless the time budget cuts a long
search short at a different step on a slower machine (give ``max_steps`` for
strict repeatability).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from wltdesk.errors import UserError
from wltdesk.grouping import designs

#: Cost of one extra meeting of a pair (the first objective).
REPEAT = 100
#: Extra cost of a third (fourth…) meeting: fairness.
THIRD = 300
#: A keep-apart pair in one group: never acceptable.
HARD = 1_000_000

Rounds = list[list[list[str]]]


@dataclass(frozen=True)
class Member:
    """A person to place: an id and the attributes to spread (region, gender...)."""

    id: str
    name: str = ""
    attributes: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Constraints:
    """The hard constraints and the attributes to balance.

    ``pins`` maps a person to a group number (0-based) for every round;
    ``balance`` names attributes of :class:`Member` to spread.
    """

    apart: tuple[tuple[str, str], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    pins: Mapping[str, int] = field(default_factory=dict)
    balance: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    """Everything :func:`plan` needs.

    ``fixed`` are rounds already played (locked): they stay as they are and
    count as meetings. ``history`` counts meetings of pairs in earlier group
    sets (any pair key order). ``locks`` keeps a person in a group in one of
    the rounds being planned: ``(round index among the planned rounds, person
    id) -> group number``. Exactly one of ``size`` and ``count``.
    """

    members: Sequence[Member]
    rounds: int = 1
    size: int | None = None
    count: int | None = None
    constraints: Constraints = field(default_factory=Constraints)
    seed: int = 0
    time_budget: float = 2.0
    max_steps: int | None = None
    fixed: Sequence[Sequence[Sequence[str]]] = ()
    history: Mapping[tuple[str, str], int] = field(default_factory=dict)
    locks: Mapping[tuple[int, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class Quality:
    """How good a plan is, as numbers and as sentences a facilitator reads."""

    repeats: int  # extra meetings within this set (a pair meeting twice counts 1)
    history_repeats: int  # meetings of pairs who met in an earlier set
    max_meetings: int
    pairs_over_twice: int
    unmet_pairs: int
    violations: tuple[str, ...]
    lines: tuple[str, ...]
    #: pairs meeting more than once: (person id, person id, meetings), most first
    repeat_pairs: tuple[tuple[str, str, int], ...] = ()
    #: repeats no plan can avoid: keep-together sets and people pinned to one group
    unavoidable_repeats: int = 0
    #: group sizes, round by round (fixed rounds first)
    sizes: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class Plan:
    rounds: Rounds  # planned rounds only (after ``fixed``); groups of person ids
    quality: Quality
    steps: int
    seconds: float
    optimal: bool


def group_count(people: int, size: int | None, count: int | None) -> int:
    """How many groups: ``count``, or the count whose sizes come closest to ``size``.

    With a size, ``people // size`` groups (each at least ``size``) unless
    ``ceil`` gives sizes nearer the wish: 17 in fours is 4 groups (5,4,4,4),
    11 in fours is 3 (4,4,3).
    """
    if (size is None) == (count is None):
        raise UserError("give either a group size or a group count")
    if people < 1:
        raise UserError("there is no one to put into groups")
    if count is not None:
        if count < 1:
            raise UserError("the group count must be at least 1")
        if count > people:
            raise UserError(f"cannot make {count} groups from {people} people")
        return count
    assert size is not None
    if size < 1:
        raise UserError("the group size must be at least 1")
    low = max(1, people // size)
    high = min(people, -(-people // size))

    def spread(g: int) -> int:
        big, small = -(-people // g), people // g
        return max(abs(big - size), abs(small - size))

    return low if spread(low) <= spread(high) else high


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


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


class _Search:
    """The state of one search: planned rounds, meeting counts, value counts."""

    #: Tabu tenure: a person may not return to a group for TENURE + rand(SPAN) steps.
    TENURE = 5
    TENURE_SPAN = 10
    #: Steps without a new best before restarting from the best with a perturbation.
    STALL = 300
    STALL_PER_PERSON = 20
    #: Share of the people swapped at random by a perturbation.
    PERTURB = 0.1
    #: Extra cost per person beyond an even spread of a value in a group.
    OVER = 12

    def __init__(self, request: Request) -> None:
        self.request = request
        members = list(request.members)
        ids = [m.id for m in members]
        if len(set(ids)) != len(ids):
            raise UserError("a person is listed twice")
        self.ids = ids
        self.names = [m.name or m.id for m in members]
        self.index = {pid: i for i, pid in enumerate(ids)}
        n = self.n = len(ids)
        self.G = group_count(n, request.size, request.count)
        self.q, self.extra = divmod(n, self.G)
        self.max_size = self.q + (1 if self.extra else 0)
        if request.rounds < 1:
            raise UserError("the number of rounds must be at least 1")
        self.R = request.rounds
        self.rng = random.Random(request.seed)
        c = request.constraints
        self._check_constraints(c)
        # Meetings before the planned rounds: fixed rounds of this set + history.
        self.base: list[list[int]] = [[0] * n for _ in range(n)]
        self.history: list[list[int]] = [[0] * n for _ in range(n)]
        for (a, b), times in request.history.items():
            if a in self.index and b in self.index and a != b and times > 0:
                i, j = self.index[a], self.index[b]
                self.history[i][j] = self.history[j][i] = 1
        self.fixed: list[list[list[int]]] = []
        for played in request.fixed:
            groups = [[self.index[p] for p in g if p in self.index] for g in played]
            self.fixed.append(groups)
            for g in groups:
                for a, b in combinations(g, 2):
                    self.base[a][b] += 1
                    self.base[b][a] += 1
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
        #: Cost of c people sharing a value in one group: c² (even spreads are
        #: cheapest), plus OVER for each one beyond what an even spread needs.
        self.vcost = [
            [[c * c + self.OVER * max(0, c - cap) for c in range(n + 2)] for cap in caps]
            for caps in self.caps
        ]

    # ------------------------------------------------------------ constraints
    def _person(self, pid: str, what: str) -> int:
        if pid not in self.index:
            raise UserError(f"{what}: {pid} is not among the people being grouped")
        return self.index[pid]

    def _label(self, i: int) -> str:
        return self.names[i]

    def _check_constraints(self, c: Constraints) -> None:
        n, G = self.n, self.G
        self.apart_of: list[set[int]] = [set() for _ in range(n)]
        for a, b in c.apart:
            i, j = self._person(a, "keep apart"), self._person(b, "keep apart")
            if i == j:
                raise UserError(f"keep apart: {self._label(i)} cannot be kept apart from themself")
            self.apart_of[i].add(j)
            self.apart_of[j].add(i)
        together = [[self._person(p, "keep together") for p in s] for s in c.together]
        for s in together:
            if len(set(s)) > self.max_size:
                names = ", ".join(self._label(i) for i in s)
                raise UserError(
                    f"keep together: {names} ({len(set(s))} people) is larger than a group "
                    f"(at most {self.max_size})"
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
                    f"keep together: the overlapping sets {names} make {len(members)} people, "
                    f"more than a group holds (at most {self.max_size})"
                )
            for i, j in combinations(members, 2):
                if j in self.apart_of[i]:
                    raise UserError(
                        f"{self._label(i)} and {self._label(j)} are both kept together "
                        "and kept apart"
                    )
        self.pin: list[int | None] = [None] * n
        for pid, group in c.pins.items():
            i = self._person(pid, "pin")
            if not 0 <= group < G:
                raise UserError(
                    f"pin: {self._label(i)} is pinned to group {group + 1}, "
                    f"but there are only {G} groups"
                )
            self.pin[i] = group
        # A block goes wherever a pinned member of it is pinned.
        self.block_pin: list[int | None] = [None] * len(self.blocks)
        for b, members in enumerate(self.blocks):
            pinned = {self.pin[i] for i in members if self.pin[i] is not None}
            if len(pinned) > 1:
                names = ", ".join(self._label(i) for i in members)
                raise UserError(f"{names} are kept together but pinned to different groups")
            if pinned:
                self.block_pin[b] = pinned.pop()
        load = Counter()
        for b, group in enumerate(self.block_pin):
            if group is not None:
                load[group] += len(self.blocks[b])
        for group, count in load.items():
            if count > self.max_size:
                raise UserError(
                    f"pin: {count} people are pinned to group {group + 1}, "
                    f"more than a group holds (at most {self.max_size})"
                )
        self._check_apart_fits()
        pinned_people = [i for i in range(n) if self.pin[i] is not None]
        for i, j in combinations(pinned_people, 2):
            if self.pin[i] == self.pin[j] and j in self.apart_of[i]:
                raise UserError(
                    f"{self._label(i)} and {self._label(j)} are pinned to the same group "
                    "but kept apart"
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
            f"keep apart: {listed} must all be in different groups, but there are only {G} groups"
        )

    # ------------------------------------------------------------ state
    def _start(self) -> None:
        """Initial planned rounds: a design where it applies, greedy otherwise."""
        n, G, R = self.n, self.G, self.R
        req = self.request
        self.meet = [row[:] for row in self.base]
        for i in range(n):
            for j in range(n):
                if self.history[i][j]:
                    self.meet[i][j] += 1
        self.groups: list[list[list[int]]] = []
        self.where: list[list[int]] = []
        self.counts: list[list[list[list[int]]]] = []
        self.movable: list[list[bool]] = []
        locks: dict[int, dict[int, int]] = {}
        for (r, pid), group in req.locks.items():
            if pid in self.index and 0 <= r < R and 0 <= group < G:
                locks.setdefault(r, {})[self.index[pid]] = group
        for r in range(R):
            self._check_held_fit(r, locks.get(r, {}))
        designed: list[list[list[int]]] = []
        if self.singles and not self.fixed:
            made = designs.perfect_rounds(n, G, R)
            if made is not None:
                designed = self._lay_into(made[0], locks)
        for r in range(R):
            if r < len(designed):
                groups = [list(g) for g in designed[r]]
            else:
                groups = self._greedy_round(locks.get(r, {}))
            self._add_round(groups, locks.get(r, {}))

    def _check_held_fit(self, r: int, locks: Mapping[int, int]) -> None:
        """Refuse when the people held in place in round ``r`` (pinned, or locked
        there) crowd a group past the sizes every round keeps — more than
        ``q + 1`` in one group, or more groups above ``q`` than there are
        people to spare — rather than plan groups that differ by two."""
        load = [0] * self.G
        for b, block in enumerate(self.blocks):
            target = self.block_pin[b]
            if target is None:
                held = {locks[i] for i in block if i in locks}
                target = held.pop() if len(held) == 1 else None
            if target is not None:
                load[target] += len(block)
        big = [g for g in range(self.G) if load[g] > self.q]
        worst = max(range(self.G), key=lambda g: load[g])
        if load[worst] > self.max_size or len(big) > self.extra:
            sizes = f"{self.q}{'–' + str(self.q + 1) if self.extra else ''}"
            raise UserError(
                f"round {r + 1}: the pinned and locked people do not fit into {self.G} "
                f"groups of {sizes}: {load[worst]} are held in group {worst + 1}"
                + (f" and {len(big)} groups hold more than {self.q}" if len(big) > 1 else "")
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
        n = self.n
        rounds = len(cells)
        group_of = [[0] * n for _ in range(rounds)]
        for r, rnd in enumerate(cells):
            for g, members in enumerate(rnd):
                for c in members:
                    group_of[r][c] = g
        wishes: dict[int, list[int | None]] = {}
        for i in range(n):
            want = [
                self.pin[i] if self.pin[i] is not None else locks.get(r, {}).get(i)
                for r in range(rounds)
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
        order.sort(key=lambda i: tuple(column[i] for column in self.values))
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
            spare = iter(g for g in range(self.G) if g not in set(label.values()))
            numbered: list[list[int]] = [[] for _ in range(self.G)]
            for g, members in enumerate(rnd):
                numbered[label[g] if g in label else next(spare)] = [person[c] for c in members]
            laid.append(numbered)
        return laid

    def _add_round(self, groups: list[list[int]], locks: Mapping[int, int]) -> None:
        n = self.n
        where = [0] * n
        counts = []
        for g, members in enumerate(groups):
            for i in members:
                where[i] = g
            per_field = []
            for f, column in enumerate(self.values):
                tally = [0] * len(self.value_names[f])
                for i in members:
                    if column[i] >= 0:
                        tally[column[i]] += 1
                per_field.append(tally)
            counts.append(per_field)
            for a, b in combinations(members, 2):
                self.meet[a][b] += 1
                self.meet[b][a] += 1
        movable = [self.pin[i] is None and i not in locks for i in range(n)]
        # A unit moves only as a whole.
        for block in self.blocks:
            if not all(movable[i] for i in block):
                for i in block:
                    movable[i] = False
        self.groups.append(groups)
        self.where.append(where)
        self.counts.append(counts)
        self.movable.append(movable)

    def _greedy_round(self, locks: Mapping[int, int]) -> list[list[int]]:
        G = self.G
        groups: list[list[int]] = [[] for _ in range(G)]
        full_big = 0  # groups that reached the larger size

        def capacity(g: int) -> int:
            if self.extra and (len(groups[g]) >= self.q + 1):
                return 0
            limit = self.q + 1 if self.extra and full_big < self.extra else self.q
            return limit - len(groups[g])

        def place(unit: list[int], g: int) -> None:
            nonlocal full_big
            before = len(groups[g])
            groups[g].extend(unit)
            if self.extra and before <= self.q < len(groups[g]):
                full_big += 1

        fixed_units: list[tuple[list[int], int]] = []
        free_units: list[list[int]] = []
        for b, block in enumerate(self.blocks):
            target = self.block_pin[b]
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
                raise UserError(
                    f"the keep-together sets and pins do not fit into {G} groups of "
                    f"{self.q}{'–' + str(self.q + 1) if self.extra else ''}"
                )
            place(unit, best)
        return groups

    def _join_cost(self, unit: list[int], group: list[int]) -> int:
        cost = 0
        for i in unit:
            row = self.meet[i]
            apart = self.apart_of[i]
            for z in group:
                cost += self.inc[row[z]]
                if z in apart:
                    cost += HARD
            for column in self.values:
                v = column[i]
                if v >= 0:
                    cost += 2 * sum(1 for z in group if column[z] == v) + 1
        return cost

    # ------------------------------------------------------------ costs
    def total_cost(self) -> int:
        n = self.n
        cost = 0
        for i in range(n):
            row = self.meet[i]
            apart = self.apart_of[i]
            for j in range(i + 1, n):
                m = row[j]
                if m:
                    cost += self.cost_of[m]
                    if j in apart:
                        cost += HARD * self._planned_meetings(i, j)
        for counts in self.counts:
            for per_field in counts:
                for f, tally in enumerate(per_field):
                    for v, c in enumerate(tally):
                        cost += self.vcost[f][v][c]
        return cost

    def _planned_meetings(self, i: int, j: int) -> int:
        return sum(1 for where in self.where if where[i] == where[j]) + sum(
            1 for groups in self.fixed for g in groups if i in g and j in g
        )

    def lower_bound(self) -> int:
        """Cost of a plan with no repeat and every value spread evenly (maybe unreachable)."""
        bound = 0
        n = self.n
        for i in range(n):
            for j in range(i + 1, n):
                m = self.base[i][j] + self.history[i][j]
                bound += self.cost_of[m]
        for column in self.values:
            totals = Counter(v for v in column if v >= 0)
            for total in totals.values():
                low, high = divmod(total, self.G)
                bound += self.R * (high * (low + 1) ** 2 + (self.G - high) * low**2)
        return bound

    def _delta(self, r: int, S: list[int], A: int, T: list[int], B: int) -> int:
        """Cost change of moving unit S from group A to B and unit T from B to A."""
        groups = self.groups[r]
        inc, dec = self.inc, self.dec
        meet = self.meet
        d = 0
        stay_a = [z for z in groups[A] if z not in S] if len(S) > 1 else None
        stay_b = [z for z in groups[B] if z not in T] if len(T) > 1 else None
        for x in S:
            row = meet[x]
            apart = self.apart_of[x]
            for z in stay_a if stay_a is not None else groups[A]:
                if z == x:
                    continue
                d += dec[row[z]]
                if apart and z in apart:
                    d -= HARD
            for z in stay_b if stay_b is not None else groups[B]:
                if T and z in T:
                    continue
                d += inc[row[z]]
                if apart and z in apart:
                    d += HARD
        for y in T:
            row = meet[y]
            apart = self.apart_of[y]
            for z in stay_b if stay_b is not None else groups[B]:
                if z == y:
                    continue
                d += dec[row[z]]
                if apart and z in apart:
                    d -= HARD
            for z in stay_a if stay_a is not None else groups[A]:
                if z in S:
                    continue
                d += inc[row[z]]
                if apart and z in apart:
                    d += HARD
        if self.values:
            counts = self.counts[r]
            for f, column in enumerate(self.values):
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
                        a, b, vc = ca[v], cb[v], self.vcost[f][v]
                        d += vc[a - k] - vc[a] + vc[b + k] - vc[b]
        return d

    def _apply(self, r: int, S: list[int], A: int, T: list[int], B: int) -> None:
        groups = self.groups[r]
        meet = self.meet
        for x in S:
            groups[A].remove(x)
        for y in T:
            groups[B].remove(y)
        for x in S:
            for z in groups[A]:
                meet[x][z] -= 1
                meet[z][x] -= 1
            for z in groups[B]:
                meet[x][z] += 1
                meet[z][x] += 1
        for y in T:
            for z in groups[B]:
                meet[y][z] -= 1
                meet[z][y] -= 1
            for z in groups[A]:
                meet[y][z] += 1
                meet[z][y] += 1
        groups[A].extend(T)
        groups[B].extend(S)
        where = self.where[r]
        for x in S:
            where[x] = B
        for y in T:
            where[y] = A
        counts = self.counts[r]
        for f, column in enumerate(self.values):
            for x in S:
                if column[x] >= 0:
                    counts[A][f][column[x]] -= 1
                    counts[B][f][column[x]] += 1
            for y in T:
                if column[y] >= 0:
                    counts[B][f][column[y]] -= 1
                    counts[A][f][column[y]] += 1

    def _units_in(self, r: int, g: int) -> list[list[int]]:
        seen: set[int] = set()
        units = []
        movable = self.movable[r]
        for z in self.groups[r][g]:
            b = self.block_of[z]
            if b in seen or not movable[z]:
                continue
            seen.add(b)
            units.append(self.blocks[b])
        return units

    def _conflicted(self, r: int, x: int) -> bool:
        row = self.meet[x]
        apart = self.apart_of[x]
        g = self.where[r][x]
        if any(z != x and (row[z] > 1 or z in apart) for z in self.groups[r][g]):
            return True
        # Or one of too many people sharing a value in this group.
        for f, column in enumerate(self.values):
            v = column[x]
            if v >= 0 and self.counts[r][g][f][v] > self.caps[f][v]:
                return True
        return False

    # ------------------------------------------------------------ search
    def run(self, progress=None, cancelled=None) -> tuple[int, bool]:
        self._start()
        n, G, R = self.n, self.G, self.R
        cost = self.total_cost()
        bound = self.lower_bound()
        best_cost = cost
        best = self._snapshot()
        budget = self.request.time_budget
        max_steps = self.request.max_steps
        started = time.perf_counter()
        tabu: dict[tuple[int, int, int], int] = {}
        step = 0
        since_best = 0
        stall = self.STALL + self.STALL_PER_PERSON * n
        candidates = [(r, i) for r in range(R) for i in range(n) if self.movable[r][i]]
        if not candidates or G < 2:
            return step, cost <= bound
        while cost > bound:
            if max_steps is not None and step >= max_steps:
                break
            if step % 64 == 0:
                if time.perf_counter() - started > budget:
                    break
                if cancelled is not None and cancelled():
                    break
            step += 1
            # A round with a conflict, and every movable person in conflict in it.
            r, x = candidates[self.rng.randrange(len(candidates))]
            for _ in range(12):
                if self._conflicted(r, x):
                    break
                r, x = candidates[self.rng.randrange(len(candidates))]
            movers = [y for y in range(n) if self.movable[r][y] and self._conflicted(r, y)] or [x]
            if self.singles:
                found = self._best_swap(r, movers, tabu, step, best_cost - cost)
            else:
                found = self._best_unit_move(r, movers, tabu, step, best_cost - cost)
            best_move, best_delta = found
            if best_move is None:
                continue
            S, A, T, B = best_move
            self._apply(r, list(S), A, list(T), B)
            cost += best_delta
            tenure = self.TENURE + self.rng.randrange(self.TENURE_SPAN)
            for s in S:
                tabu[(r, s, A)] = step + tenure
            for t in T:
                tabu[(r, t, B)] = step + tenure
            if cost < best_cost:
                best_cost, best = cost, self._snapshot()
                since_best = 0
                if progress is not None:
                    progress(step, 0)
            else:
                since_best += 1
                if since_best > stall:
                    self._restore(best)
                    cost = best_cost
                    self._perturb(candidates)
                    cost = self.total_cost()
                    tabu.clear()
                    since_best = 0
        self._restore(best)
        return step, best_cost <= bound

    def _tabu(self, tabu, r: int, people, group: int, step: int) -> bool:
        return any(tabu.get((r, p, group), -1) > step for p in people)

    def _best_unit_move(self, r: int, movers, tabu, step: int, headroom: int):
        """The best non-tabu move of a mover's unit (keep-together sets move whole).

        ``headroom`` is how much worse than the best plan the current one is: a
        tabu move is allowed when it would beat the best (aspiration).
        """
        q, extra, G = self.q, self.extra, self.G
        best_move, best_delta, ties = None, None, 0
        for x in movers:
            S = self.blocks[self.block_of[x]]
            A = self.where[r][x]
            size_a = len(self.groups[r][A])
            for B in range(G):
                if B == A:
                    continue
                size_b = len(self.groups[r][B])
                options = self._units_in(r, B)
                options.append([])
                for T in options:
                    new_a = size_a - len(S) + len(T)
                    new_b = size_b - len(T) + len(S)
                    if extra:
                        if not (q <= new_a <= q + 1 and q <= new_b <= q + 1):
                            continue
                    elif new_a != q or new_b != q:
                        continue
                    d = self._delta(r, S, A, T, B)
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

    def _best_swap(self, r: int, movers, tabu, step: int, headroom: int):
        """:meth:`_best_unit_move` when everyone moves alone: O(1) per candidate swap.

        Per round it sums, once, what each person loses by leaving their group
        (``leave``) and gains by joining each group (``join``); a swap's cost is
        then four look-ups and a correction for the pair itself.
        """
        groups, where, movable = self.groups[r], self.where[r], self.movable[r]
        meet, inc, dec, apart_of = self.meet, self.inc, self.dec, self.apart_of
        q, extra, G, n = self.q, self.extra, self.G, self.n
        values, counts = self.values, self.counts[r]

        def leave(p: int) -> int:
            row, apart = meet[p], apart_of[p]
            total = 0
            for z in groups[where[p]]:
                if z != p:
                    total += dec[row[z]]
                    if apart and z in apart:
                        total -= HARD
            return total

        def join(p: int, g: int) -> int:
            row, apart = meet[p], apart_of[p]
            total = 0
            for z in groups[g]:
                total += inc[row[z]]
                if apart and z in apart:
                    total += HARD
            return total

        leaves = [leave(p) if movable[p] else 0 for p in range(n)]
        join_cache: dict[tuple[int, int], int] = {}
        best_move, best_delta, ties = None, None, 0
        sizes = [len(g) for g in groups]
        for x in movers:
            A = where[x]
            mx, ax = meet[x], apart_of[x]
            joins_x = [join(x, g) for g in range(G)]
            base = leaves[x]
            for B in range(G):
                if B == A:
                    continue
                # A plain move when sizes allow it (a larger group gives to a smaller).
                if extra and sizes[A] == q + 1 and sizes[B] == q:
                    d = base + joins_x[B] + self._balance_delta(values, counts, x, -1, A, B)
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
                    pair = inc[mx[y]] + (HARD if ax and y in ax else 0)
                    d = (
                        base
                        + leaves[y]
                        + joins_x[B]
                        - pair
                        + jy
                        - inc[my[x]]
                        - (HARD if ax and y in ax else 0)
                    )
                    if values:
                        d += self._balance_delta(values, counts, x, y, A, B)
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

    def _balance_delta(self, values, counts, x: int, y: int, A: int, B: int) -> int:
        """Change in the value costs when x goes A→B and y (≥ 0) B→A."""
        d = 0
        for f, column in enumerate(values):
            vx = column[x]
            vy = column[y] if y >= 0 else -1
            if vx == vy:
                continue
            ca, cb = counts[A][f], counts[B][f]
            if vx >= 0:
                vc = self.vcost[f][vx]
                d += vc[ca[vx] - 1] - vc[ca[vx]] + vc[cb[vx] + 1] - vc[cb[vx]]
            if vy >= 0:
                vc = self.vcost[f][vy]
                d += vc[cb[vy] - 1] - vc[cb[vy]] + vc[ca[vy] + 1] - vc[ca[vy]]
        return d

    def _perturb(self, candidates: list[tuple[int, int]]) -> None:
        for _ in range(max(2, int(self.n * self.PERTURB))):
            r, x = candidates[self.rng.randrange(len(candidates))]
            y_round = [y for y in range(self.n) if self.movable[r][y]]
            y = y_round[self.rng.randrange(len(y_round))]
            S, T = self.blocks[self.block_of[x]], self.blocks[self.block_of[y]]
            A, B = self.where[r][x], self.where[r][y]
            if A != B and len(S) == len(T):
                self._apply(r, list(S), A, list(T), B)

    def _snapshot(self) -> list[list[list[int]]]:
        return [[list(g) for g in groups] for groups in self.groups]

    def _restore(self, snapshot: list[list[list[int]]]) -> None:
        movable = self.movable
        self.meet = [row[:] for row in self.base]
        for i in range(self.n):
            for j in range(self.n):
                if self.history[i][j]:
                    self.meet[i][j] += 1
        self.groups, self.where, self.counts, self.movable = [], [], [], []
        for r, groups in enumerate(snapshot):
            self._add_round([list(g) for g in groups], {})
            self.movable[r] = movable[r]


def plan(request: Request, progress=None, cancelled=None) -> Plan:
    """Form the rounds of groups a request asks for; see the module docstring.

    ``progress(step, 0)`` is called when the plan improves and ``cancelled()``
    is polled, so the GUI can run this off its thread and stop it.
    """
    started = time.perf_counter()
    search = _Search(request)
    steps, optimal = search.run(progress, cancelled)
    rounds = [[[search.ids[i] for i in g] for g in groups] for groups in search.groups]
    quality = assess(
        rounds,
        request.members,
        request.constraints,
        fixed=request.fixed,
        history=request.history,
    )
    if quality.violations:
        raise UserError(f"the constraints cannot all be met: {quality.violations[0]}")
    return Plan(rounds, quality, steps, time.perf_counter() - started, optimal)


def assess(
    rounds: Sequence[Sequence[Sequence[str]]],
    members: Sequence[Member],
    constraints: Constraints = Constraints(),
    fixed: Sequence[Sequence[Sequence[str]]] = (),
    history: Mapping[tuple[str, str], int] | None = None,
) -> Quality:
    """The quality report of a set of rounds (the fixed ones first, then ``rounds``).

    Used after every plan and after manual moves, so the report is always
    about what is on screen.
    """
    everyone = [*fixed, *rounds]
    by_id = {m.id: m for m in members}
    met: Counter[tuple[str, str]] = Counter()
    for groups in everyone:
        for g in groups:
            for a, b in combinations(sorted(g), 2):
                met[(a, b)] += 1
    earlier = {tuple(sorted(k)) for k, v in (history or {}).items() if v > 0}
    repeats = sum(m - 1 for m in met.values() if m > 1)
    history_repeats = sum(m for pair, m in met.items() if pair in earlier)
    max_meetings = max(met.values(), default=0)
    over_twice = sum(1 for m in met.values() if m > 2)
    present = sorted({p for groups in everyone for g in groups for p in g})
    total_pairs = len(present) * (len(present) - 1) // 2
    unmet = total_pairs - len(met)

    def name(pid: str) -> str:
        m = by_id.get(pid)
        return (m.name or m.id) if m else pid

    # Pairs that must share a group in every round they are both placed: a
    # keep-together set, or two people pinned to one group. Their repeats are
    # the request's, not the planner's, and the report says so.
    bound: set[tuple[str, str]] = set()
    for together in constraints.together:
        bound.update(combinations(sorted(set(together)), 2))
    by_group: dict[int, list[str]] = {}
    for pid, g in constraints.pins.items():
        by_group.setdefault(g, []).append(pid)
    for pinned in by_group.values():
        bound.update(combinations(sorted(pinned), 2))
    unavoidable = sum(met[pair] - 1 for pair in bound if met.get(pair, 0) > 1)
    violations: list[str] = []
    for number, groups in enumerate(everyone, 1):
        where = {p: g for g, members_ in enumerate(groups) for p in members_}
        for a, b in constraints.apart:
            if a in where and b in where and where[a] == where[b]:
                violations.append(
                    f"{name(a)} and {name(b)} are together in round {number} though kept apart"
                )
        for together in constraints.together:
            placed = {where[p] for p in together if p in where}
            if len(placed) > 1:
                names = ", ".join(name(p) for p in together)
                violations.append(f"{names} are split in round {number} though kept together")
        for pid, g in constraints.pins.items():
            if pid in where and where[pid] != g:
                violations.append(f"{name(pid)} is not in group {g + 1} in round {number}")
    lines: list[str] = []
    if repeats == 0:
        lines.append("0 repeat meetings: nobody meets the same person twice.")
    else:
        twice = sum(1 for m in met.values() if m == 2)
        lines.append(
            f"{repeats} repeat meeting{'s' if repeats != 1 else ''}: "
            f"{twice} pair{'s' if twice != 1 else ''} meet twice"
            + (f", {over_twice} more than twice" if over_twice else "")
            + "."
        )
        if unavoidable:
            kept = sorted(
                {
                    ", ".join(name(p) for p in together)
                    for together in constraints.together
                    if any(met.get(pair, 0) > 1 for pair in combinations(sorted(set(together)), 2))
                }
            )
            why = f" ({'; '.join(kept)} kept together)" if kept else ""
            lines.append(
                f"{unavoidable} of them cannot be avoided: people kept together or pinned "
                f"to one group meet in every round{why}."
            )
    sizes = tuple(tuple(len(g) for g in groups) for groups in everyone)
    for number, row in enumerate(sizes, 1):
        if row and max(row) - min(row) > 1:
            lines.append(
                f"Round {number}: groups of {min(row)} to {max(row)} people — sizes differ "
                "by more than one (after manual moves); move someone back or re-plan."
            )
    if history:
        if history_repeats:
            lines.append(
                f"{history_repeats} meeting{'s' if history_repeats != 1 else ''} of pairs "
                "who already met in earlier group sets."
            )
        else:
            lines.append("Nobody meets someone they met in an earlier group set.")
    if over_twice and unmet:
        lines.append(
            f"Fairness: {over_twice} pair{'s' if over_twice != 1 else ''} meet three times "
            f"or more while {unmet} pairs have not met."
        )
    for fieldname in dict.fromkeys(constraints.balance):
        lines.extend(_balance_lines(fieldname, rounds or fixed, by_id))
    if violations:
        more = f" (+{len(violations) - 1} more)" if len(violations) > 1 else ""
        lines.append(f"Not met: {violations[0]}{more}")
    elif constraints.apart or constraints.together or constraints.pins:
        lines.append("Every keep-apart, keep-together and pin request holds.")
    pairs = tuple(
        (a, b, m) for (a, b), m in sorted(met.items(), key=lambda kv: (-kv[1], kv[0])) if m > 1
    )
    return Quality(
        repeats,
        history_repeats,
        max_meetings,
        over_twice,
        unmet,
        tuple(violations),
        tuple(lines),
        pairs,
        unavoidable,
        sizes,
    )


def _balance_lines(
    fieldname: str, rounds: Sequence[Sequence[Sequence[str]]], by_id: Mapping[str, Member]
) -> list[str]:
    """How one attribute is spread: the fewest distinct values in a group, and the
    largest share of one value in one group, explained by the counts."""
    label = fieldname.replace("_", " ")
    fewest: int | None = None
    crowded: tuple[int, str, int, int, int, int] | None = None  # (count, value, group, round...)
    for number, groups in enumerate(rounds, 1):
        values: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for g in groups:
            for p in g:
                raw = by_id[p].attributes.get(fieldname) if p in by_id else None
                text = str(raw).strip() if raw is not None else ""
                if text:
                    values[text.casefold()] += 1
                    shown.setdefault(text.casefold(), text)
        if not values:
            continue
        for index, g in enumerate(groups, 1):
            here: Counter[str] = Counter()
            for p in g:
                raw = by_id[p].attributes.get(fieldname) if p in by_id else None
                text = str(raw).strip() if raw is not None else ""
                if text:
                    here[text.casefold()] += 1
            distinct = len(here)
            fewest = distinct if fewest is None else min(fewest, distinct)
            for key, count in here.items():
                if crowded is None or count > crowded[0]:
                    crowded = (count, shown[key], index, number, values[key], len(groups))
    if fewest is None or crowded is None:
        return [f"Nobody has a {label} recorded, so it cannot be balanced."]
    plural = label if label.endswith("s") else f"{label}s"
    lines = [f"Every group has people from ≥ {fewest} different {plural}."]
    count, value, group, number, total, groups_n = crowded
    if count > 1:
        needed = -(-total // groups_n)
        where = f"group {group}" + (f" of round {number}" if len(rounds) > 1 else "")
        if count <= needed:
            lines.append(
                f"{value}: {count} people in {where}, because {total} people "
                f"share {groups_n} groups."
            )
        else:
            lines.append(
                f"{value}: {count} people in {where}, more than the {needed} an even "
                f"spread of {total} people over {groups_n} groups needs."
            )
    return lines
