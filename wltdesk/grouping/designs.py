"""Constructions from design theory that give rotations with no repeat meeting at all.

Local search finds good rotations, but some instances have a known perfect
answer that search reaches slowly or never. These constructions build them
directly, on abstract "cells" ``0 .. n-1``; :mod:`wltdesk.grouping` decides which
person sits in which cell and polishes the result with its search.

* **Resolvable transversal designs over a finite field** (``transversal_rounds``).
  Lay the ``n = K·G`` cells out as ``K`` rows of ``G``, with row ``i`` labelled by
  the field element ``a_i`` and column ``x`` by ``x`` in GF(G) (``G`` a prime
  power). In round ``r`` cell ``(i, x)`` joins group ``x + m_r·a_i``. Each group
  takes one cell of every row, and two cells of different rows share a group
  only in the one round with ``m_r = (x - x')/(a_i' - a_i)``: up to ``G`` rounds
  without a repeat (the parallel classes of an affine plane when ``K = G``; the
  mutually orthogonal Latin squares of order ``G`` in disguise). Cells of one row
  never meet in those rounds, so when ``K`` divides ``G`` one more round splits
  every row into groups: ``G + 1`` rounds.
* **Kirkman's schoolgirls** (``kirkman_rounds``): 15 people in triples for 7
  days. The 35 lines of the projective space PG(3,2) (triples ``{a, b, a xor b}``
  of non-zero 4-bit vectors) are partitioned into 7 spreads of 5 disjoint lines
  (a *packing*); each spread is a round. A short backtracking finds one.
* **Tables** (``TABLES``) for instances with no known algebraic construction
  that :mod:`wltdesk.grouping`'s own tabu search solved perfectly given
  minutes instead of the interactive 2 s, kept like the tables of a design
  handbook: 30 people in 6 fives for 6 rounds (seed 100, 67 s on a busy
  machine; 5 rounds took 4 s), and the classic social golfer instance, 32
  golfers in 8 fours for 10 weeks with no pair meeting twice (seed 1, 116 s).
  Tests re-check every table.

**Spare rounds.** Cells are numbered so that consecutive cells form the groups
of a round the plan does not use — a row of a transversal design (its cells
meet in none of the first ``G`` rounds), the last round of the 30-in-fives
table (cells 0–4, 5–9, …). People sorted by a balanced value and laid into
cells in order therefore fill such a group, and never meet: 30 people from 6
regions of 5, in 6 groups for 5 rounds, sit with 5 different regions in every
group of every round.
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

Rounds = list[list[list[int]]]


def prime_power(q: int) -> tuple[int, int] | None:
    """``(p, k)`` with ``q = p**k`` for a prime ``p``, or None."""
    if q < 2:
        return None
    for p in range(2, q + 1):
        if q % p == 0:
            k, rest = 0, q
            while rest % p == 0:
                rest //= p
                k += 1
            return (p, k) if rest == 1 else None
    return None


@cache
def field_tables(q: int) -> tuple[list[list[int]], list[list[int]]] | None:
    """Addition and multiplication tables of GF(q), elements coded ``0 .. q-1``.

    An element is a polynomial over GF(p) written in base ``p`` (digit ``j`` is
    the coefficient of ``t**j``); products are reduced modulo the first monic
    irreducible polynomial of degree ``k``.
    """
    found = prime_power(q)
    if found is None:
        return None
    p, k = found

    def digits(value: int) -> list[int]:
        return [(value // p**j) % p for j in range(k)]

    def number(coefficients: list[int]) -> int:
        return sum(c * p**j for j, c in enumerate(coefficients))

    def poly_mul(a: list[int], b: list[int], modulus: list[int] | None) -> list[int]:
        product = [0] * (len(a) + len(b) - 1)
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                product[i + j] = (product[i + j] + x * y) % p
        if modulus is None:
            return product
        for degree in range(len(product) - 1, k - 1, -1):
            lead = product[degree]
            if lead:
                for j in range(k + 1):
                    product[degree - k + j] = (product[degree - k + j] - lead * modulus[j]) % p
        return product[:k]

    def irreducible() -> list[int]:
        if k == 1:
            return [0, 1]
        for tail in range(p**k):
            candidate = [*digits(tail), 1]
            # No root and no factor of degree 2..k/2: test by trial multiplication.
            reducible = False
            for da in range(1, k // 2 + 1):
                for a in range(p**da):
                    fa = [*[(a // p**j) % p for j in range(da)], 1]
                    for b in range(p ** (k - da)):
                        fb = [*[(b // p**j) % p for j in range(k - da)], 1]
                        if poly_mul(fa, fb, None) == candidate:
                            reducible = True
                            break
                    if reducible:
                        break
                if reducible:
                    break
            if not reducible:
                return candidate
        raise AssertionError(f"no irreducible polynomial for GF({q})")

    modulus = irreducible()
    coded = [digits(v) for v in range(q)]
    add = [[number([(x + y) % p for x, y in zip(a, b, strict=True)]) for b in coded] for a in coded]
    mul = [[number(poly_mul(a, b, modulus)) for b in coded] for a in coded]
    return add, mul


def transversal_rounds(groups: int, size: int, rounds: int) -> Rounds | None:
    """``rounds`` rounds of ``groups`` groups of ``size`` cells with no pair meeting twice.

    None when the construction does not apply (``groups`` not a prime power,
    ``size > groups``, or more rounds than it gives). Cell ``i·groups + x`` is
    row ``i``, column ``x``.
    """
    tables = field_tables(groups)
    if tables is None or size > groups or size < 1:
        return None
    extra = 1 if groups % size == 0 else 0
    if rounds > groups + extra:
        return None
    add, mul = tables
    result: Rounds = []
    for r in range(min(rounds, groups)):
        round_groups: list[list[int]] = [[] for _ in range(groups)]
        for i in range(size):
            for x in range(groups):
                round_groups[add[x][mul[r][i]]].append(i * groups + x)
        result.append(round_groups)
    if rounds > groups:
        split: list[list[int]] = []
        for i in range(size):
            row = [i * groups + x for x in range(groups)]
            split.extend(row[j : j + size] for j in range(0, groups, size))
        result.append(split)
    return result


@cache
def _kirkman_packing() -> tuple[tuple[tuple[int, int, int], ...], ...]:
    points = range(1, 16)
    lines = sorted({tuple(sorted((a, b, a ^ b))) for a, b in combinations(points, 2)})

    def spreads() -> list[frozenset[tuple[int, int, int]]]:
        found: list[frozenset[tuple[int, int, int]]] = []

        def extend(chosen: list[tuple[int, int, int]], covered: set[int]) -> None:
            if len(covered) == 15:
                found.append(frozenset(chosen))
                return
            first = min(set(points) - covered)
            for line in lines:
                if line[0] == first and not covered & set(line):
                    extend([*chosen, line], covered | set(line))

        extend([], set())
        return found

    all_spreads = spreads()

    def pack(chosen: list[frozenset], used: set) -> list[frozenset] | None:
        if len(chosen) == 7:
            return chosen
        first = min(set(lines) - used)
        for spread in all_spreads:
            if first in spread and not spread & used:
                done = pack([*chosen, spread], used | spread)
                if done:
                    return done
        return None

    packing = pack([], set())
    assert packing is not None  # Kirkman's problem has a solution; the search finds it
    return tuple(tuple(sorted(spread)) for spread in packing)


def kirkman_rounds(people: int, size: int, rounds: int) -> Rounds | None:
    """Up to 7 rounds of 15 people in 5 triples, no pair meeting twice (else None)."""
    if people != 15 or size != 3 or not 1 <= rounds <= 7:
        return None
    return [
        [[point - 1 for point in line] for line in spread] for spread in _kirkman_packing()[:rounds]
    ]


#: (people, groups) -> rounds, each as groups of cells: "a,b,c d,e,f ...".
TABLES: dict[tuple[int, int], tuple[str, ...]] = {
    (30, 6): (
        "0,5,13,18,22 1,8,11,16,28 2,9,17,24,26 3,7,14,21,29 4,12,19,20,25 6,10,15,23,27",
        "0,7,11,15,26 1,12,17,21,27 2,6,13,16,20 3,8,18,23,25 4,5,14,24,28 9,10,19,22,29",
        "0,6,19,21,28 1,7,10,24,25 2,8,14,15,22 3,5,12,16,26 4,13,17,23,29 9,11,18,20,27",
        "0,9,14,16,23 1,5,15,20,29 2,7,12,18,28 3,13,19,24,27 4,8,10,21,26 6,11,17,22,25",
        "0,8,12,24,29 1,6,14,18,26 2,5,11,19,23 3,10,17,20,28 4,7,16,22,27 9,13,15,21,25",
        "0,1,2,3,4 5,6,7,8,9 10,11,12,13,14 15,16,17,18,19 20,21,22,23,24 25,26,27,28,29",
    ),
    (32, 8): (
        "6,7,9,21 16,29,30,31 2,11,25,26 10,12,19,24 3,17,20,28 1,13,23,27 5,14,18,22 0,4,8,15",
        "11,16,21,24 9,10,25,29 6,19,26,31 2,7,12,30 0,5,20,27 1,3,4,18 8,13,14,28 15,17,22,23",
        "9,18,20,26 2,14,17,21 7,11,22,28 10,15,16,27 1,8,19,30 3,5,6,25 0,23,24,29 4,12,13,31",
        "5,8,24,26 2,3,15,29 0,11,14,19 7,10,18,23 6,13,16,20 1,9,12,22 21,27,28,31 4,17,25,30",
        "17,26,27,29 0,6,10,22 8,12,18,21 3,11,13,30 4,5,7,19 16,23,25,28 1,2,20,31 9,14,15,24",
        "13,21,22,29 8,10,11,17 0,3,12,26 6,18,27,30 1,7,14,16 5,9,23,31 15,19,20,25 2,4,24,28",
        "4,16,22,26 7,8,20,29 1,6,17,24 2,5,10,13 12,14,25,27 3,19,21,23 0,9,28,30 11,15,18,31",
        "0,1,21,25 20,22,24,30 2,6,8,23 5,12,16,17 18,19,28,29 4,9,11,27 3,10,14,31 7,13,15,26",
        "4,10,20,21 14,23,26,30 2,19,22,27 3,8,9,16 6,12,15,28 1,5,11,29 0,7,17,31 13,18,24,25",
        "1,10,26,28 3,7,24,27 4,6,14,29 8,22,25,31 11,12,20,23 9,13,17,19 5,15,21,30 0,2,16,18",
    ),
}


def table_rounds(people: int, groups: int, rounds: int) -> Rounds | None:
    """Up to ``rounds`` rounds from :data:`TABLES` (None when there is no table)."""
    table = TABLES.get((people, groups))
    if table is None:
        return None
    return [
        [[int(cell) for cell in group.split(",")] for group in line.split()]
        for line in table[:rounds]
    ]


def perfect_rounds(people: int, groups: int, rounds: int) -> tuple[Rounds, int] | None:
    """The best construction for ``people`` in ``groups`` groups: the rounds it gives, and
    how many.

    Sizes differ by at most one, as a plan's do: when ``people`` is not a multiple
    of ``groups``, the construction for ``groups × size`` cells is cut — the
    ``holes`` missing people are the last cells of a block of a spare round (a
    row of a transversal design, a round the plan does not use), and cells of
    one block never share a group, so every round loses them from ``holes``
    different groups. Cells are renumbered so each spare block is a run of
    consecutive cells (see the module's docstring). It may give fewer rounds
    than asked (the search adds the rest); None when no construction applies.
    """
    if groups < 2 or people < 2 * groups:
        return None
    size = -(-people // groups)
    holes = size * groups - people
    made = _construction(groups, size, rounds, holes > 0)
    if made is None:
        return None
    cells, spare = made
    if spare is None:
        return cells, len(cells)
    if holes > len(spare[-1]):
        return None
    order = [cell for block in spare for cell in block]
    new = {cell: number for number, cell in enumerate(order)}
    laid = [[sorted(new[c] for c in group if new[c] < people) for group in rnd] for rnd in cells]
    return laid, len(laid)


def _construction(
    groups: int, size: int, rounds: int, need_spare: bool
) -> tuple[Rounds, list[list[int]] | None] | None:
    """Up to ``rounds`` rounds on ``groups × size`` cells, and a spare partition of the
    cells into blocks that share no group in those rounds (None when there is no
    spare; one is always given when ``need_spare``)."""
    people = groups * size
    kirkman = kirkman_rounds(people, size, 7)
    table = kirkman or table_rounds(people, groups, 99)
    if table is not None:
        # The last round of a packing or a table is the spare when the plan leaves it.
        usable = min(rounds, len(table) - 1 if need_spare else len(table))
        if usable < 1:
            return None
        return table[:usable], table[-1] if usable < len(table) else None
    if field_tables(groups) is None or size > groups or size < 2:
        return None
    if rounds > groups and not need_spare and groups % size == 0:
        made = transversal_rounds(groups, size, groups + 1)
        return (made, None) if made else None
    made = transversal_rounds(groups, size, min(rounds, groups))
    if not made:
        return None
    # Row i (cells i·groups … i·groups + groups - 1) meets in none of the first G rounds.
    return made, [list(range(i * groups, (i + 1) * groups)) for i in range(size)]
