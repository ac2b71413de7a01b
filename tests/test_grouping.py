"""The grouping engine: invariants as properties, constraints, quality figures, determinism."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wltdesk import grouping
from wltdesk.errors import UserError
from wltdesk.grouping import Constraints, Member, Request, designs

REGIONS = ("Dhaka", "Sylhet", "Khulna", "Rangpur", "Barishal")


def people(n: int, regions: int = 3) -> list[Member]:
    return [
        Member(
            f"p{i}",
            f"Person {i}",
            {"region": REGIONS[i % regions], "gender": "f" if i % 2 else "m"},
        )
        for i in range(n)
    ]


def meetings(rounds) -> Counter:
    met: Counter = Counter()
    for groups in rounds:
        for g in groups:
            for pair in combinations(sorted(g), 2):
                met[pair] += 1
    return met


def check_rounds(result, members, rounds, groups_wanted=None) -> None:
    ids = sorted(m.id for m in members)
    assert len(result.rounds) == rounds
    for groups in result.rounds:
        placed = sorted(p for g in groups for p in g)
        assert placed == ids, "everyone exactly once"
        sizes = [len(g) for g in groups]
        assert max(sizes) - min(sizes) <= 1, sizes
        assert min(sizes) >= 1, "no empty group"
        if groups_wanted is not None:
            assert len(groups) == groups_wanted


@st.composite
def requests(draw):
    n = draw(st.integers(2, 40))
    count = draw(st.integers(1, max(1, n // 2)))
    rounds = draw(st.integers(1, 4))
    members = people(n, draw(st.integers(1, 5)))
    ids = [m.id for m in members]
    max_size = -(-n // count)
    apart = []
    if count > 1:
        for _ in range(draw(st.integers(0, 3))):
            a, b = draw(st.sampled_from(list(combinations(ids, 2))))
            apart.append((a, b))
    together = []
    taken = {p for pair in apart for p in pair}
    if max_size >= 2 and draw(st.booleans()):
        free = [p for p in ids if p not in taken]
        if len(free) >= 2:
            k = draw(st.integers(2, min(max_size, len(free), 3)))
            together.append(tuple(free[:k]))
            taken.update(free[:k])
    pins = {}
    if count > 1 and draw(st.booleans()):
        free = [p for p in ids if p not in taken]
        for group, person in enumerate(free[: min(count, 2)]):
            pins[person] = group
    return Request(
        members,
        rounds=rounds,
        count=count,
        constraints=Constraints(
            apart=tuple(apart),
            together=tuple(together),
            pins=pins,
            balance=("region",) if draw(st.booleans()) else (),
        ),
        seed=draw(st.integers(0, 1000)),
        time_budget=5,
        max_steps=60,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(
    Request(
        members=[Member(f"p{i}", f"Person {i}", {"region": "Dhaka"}) for i in range(4)],
        rounds=1,
        count=2,
        constraints=Constraints(together=(("p0", "p1"),), pins={"p2": 0, "p3": 1}),
    )
)
@given(requests())
def test_every_plan_keeps_the_rules(request):
    """Everyone once per round, sizes within one, and every hard constraint, always."""
    try:
        result = grouping.plan(request)
    except UserError as refusal:
        # Only an honest refusal: apart pairs can make a small instance impossible, and
        # so can a keep-together set with pins (two pinned apart, a pair with no room).
        rules = request.constraints
        assert rules.apart or (rules.together and rules.pins), str(refusal)
        return
    check_rounds(result, request.members, request.rounds, request.count)
    for groups in result.rounds:
        where = {p: i for i, g in enumerate(groups) for p in g}
        for a, b in request.constraints.apart:
            assert where[a] != where[b]
        for together in request.constraints.together:
            assert len({where[p] for p in together}) == 1
        for person, group in request.constraints.pins.items():
            assert where[person] == group
    assert not result.quality.violations


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.integers(5, 30), st.integers(1, 3))
def test_same_seed_same_groups(seed, n, rounds):
    request = Request(
        people(n),
        rounds=rounds,
        size=3,
        seed=seed,
        constraints=Constraints(balance=("region",)),
        max_steps=200,
        time_budget=30,
    )
    assert grouping.plan(request).rounds == grouping.plan(request).rounds


def test_another_seed_another_plan():
    base = dict(rounds=2, size=4, constraints=Constraints(balance=("region",)), max_steps=50)
    first = grouping.plan(Request(people(24), seed=1, **base)).rounds
    second = grouping.plan(Request(people(24), seed=2, **base)).rounds
    assert first != second


@pytest.mark.parametrize(
    ("people_n", "size", "count", "expected"),
    [(17, 4, None, 4), (11, 4, None, 3), (12, 4, None, 3), (10, None, 3, 3), (5, 7, None, 1)],
)
def test_group_count(people_n, size, count, expected):
    assert grouping.group_count(people_n, size, count) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"count": 9}, "cannot make 9 groups from 6 people"),
        ({"size": 0}, "group size must be at least 1"),
        ({"size": 2, "rounds": 0}, "rounds must be at least 1"),
        ({"size": 2, "constraints": Constraints(together=(("p0", "p1", "p2"),))}, "larger"),
        (
            {
                "count": 2,
                "constraints": Constraints(apart=(("p0", "p1"),), together=(("p0", "p1"),)),
            },
            "both kept together and kept apart",
        ),
        ({"count": 2, "constraints": Constraints(pins={"p0": 0, "p1": 1, "p2": 2})}, "only 2"),
        (
            {"count": 3, "constraints": Constraints(pins={"p0": 0, "p1": 0, "p2": 0})},
            "3 people are pinned to group 1",
        ),
        ({"count": 2, "constraints": Constraints(apart=(("p0", "zz"),))}, "zz is not among"),
        ({"count": 2, "constraints": Constraints(apart=(("p0", "p0"),))}, "themself"),
    ],
)
def test_impossible_requests_are_refused_clearly(kwargs, message):
    with pytest.raises(UserError, match=message):
        grouping.plan(Request(people(6), **kwargs))


def test_apart_that_cannot_hold_is_refused_up_front_naming_the_people():
    # Three people who must all be apart, but only two groups: said at once,
    # not after the whole time budget.
    apart = (("p0", "p1"), ("p1", "p2"), ("p0", "p2"), ("p3", "p4"))
    polled: list[bool] = []
    with pytest.raises(
        UserError,
        match="keep apart: Person 0, Person 1 and Person 2 must all be in different groups, "
        "but there are only 2 groups",
    ):
        grouping.plan(
            Request(people(6), count=2, constraints=Constraints(apart=apart), time_budget=5),
            cancelled=lambda: polled.append(True) or False,
        )
    assert not polled, "refused before the search took its first step"
    # A keep-together set counts as one: {p0, p1} apart from p2 and p3, who are apart.
    with pytest.raises(UserError, match="Person 0, Person 1, Person 2 and Person 3 must all"):
        grouping.plan(
            Request(
                people(9),
                count=2,
                constraints=Constraints(
                    apart=(("p0", "p2"), ("p1", "p3"), ("p2", "p3")), together=(("p0", "p1"),)
                ),
            )
        )
    # As many as there are groups is fine.
    fits = grouping.plan(
        Request(people(6), count=3, constraints=Constraints(apart=apart), max_steps=500)
    )
    assert not fits.quality.violations


def test_report_explains_forced_repeats_and_uneven_sizes():
    members = [Member(f"x{i}", f"X{i}") for i in range(8)]
    result = grouping.plan(
        Request(members, rounds=3, count=2, constraints=Constraints(together=(("x0", "x1"),)))
    )
    quality = result.quality
    assert quality.unavoidable_repeats == 2
    assert ("x0", "x1", 3) in quality.repeat_pairs
    assert "2 of them cannot be avoided" in "\n".join(quality.lines)
    assert "X0, X1 kept together" in "\n".join(quality.lines)
    uneven = grouping.assess([[["x0", "x1", "x2", "x3", "x4"], ["x5", "x6", "x7"]]], members)
    assert uneven.sizes == ((5, 3),)
    assert any(line.startswith("Round 1: groups of 3 to 5 people") for line in uneven.lines)


def test_facilitators_pinned_one_per_group():
    members = people(24)
    pins = {f"p{i}": i for i in range(6)}
    result = grouping.plan(
        Request(members, rounds=3, count=6, constraints=Constraints(pins=pins), max_steps=500)
    )
    for groups in result.rounds:
        for i in range(6):
            assert f"p{i}" in groups[i]


@pytest.mark.parametrize(
    ("n", "count", "rounds"),
    [(15, 5, 7), (30, 6, 5), (120, 20, 6), (200, 25, 4), (32, 8, 10)],
)
def test_quality_bar_no_repeats(n, count, rounds):
    members = [Member(f"x{i}") for i in range(n)]
    result = grouping.plan(Request(members, rounds=rounds, count=count))
    check_rounds(result, members, rounds, count)
    assert result.quality.repeats == 0
    assert result.optimal  # a proven optimum, not the best the time budget allowed
    made = designs.perfect_rounds(n, count, rounds)
    if made is not None and made[1] >= rounds:
        assert result.steps == 0  # the construction alone was perfect: no search needed


def test_quality_bar_seventeen_in_fours_and_fives():
    members = [Member(f"x{i}") for i in range(17)]
    result = grouping.plan(Request(members, rounds=4, size=4))
    check_rounds(result, members, 4, 4)
    assert result.quality.repeats <= 6
    assert result.quality.max_meetings <= 2


def test_balance_spreads_regions_as_evenly_as_numbers_allow():
    members = people(36, regions=4)  # 9 per region, 9 groups of 4
    result = grouping.plan(
        Request(members, rounds=2, size=4, constraints=Constraints(balance=("region",)))
    )
    by_id = {m.id: m for m in members}
    for groups in result.rounds:
        for g in groups:
            counts = Counter(by_id[p].attributes["region"] for p in g)
            assert max(counts.values()) == 1, counts
    assert result.quality.repeats == 0
    assert "Every group has people from ≥ 4 different regions." in result.quality.lines


def test_report_explains_an_unavoidable_crowd():
    # 9 Dhaka people among 16 in 4 groups: some group must hold 3.
    members = [
        Member(f"p{i}", attributes={"region": "Dhaka" if i < 9 else f"R{i}"}) for i in range(16)
    ]
    result = grouping.plan(Request(members, count=4, constraints=Constraints(balance=("region",))))
    assert "Dhaka: 3 people in group" in "\n".join(result.quality.lines)
    assert "because 9 people share 4 groups" in "\n".join(result.quality.lines)


def test_fixed_rounds_and_history_count_as_meetings():
    members = [Member(f"x{i}") for i in range(12)]
    first = grouping.plan(Request(members, rounds=1, size=3, seed=3))
    later = grouping.plan(Request(members, rounds=2, size=3, fixed=first.rounds, seed=3))
    assert meetings([*first.rounds, *later.rounds]).most_common(1)[0][1] == 1
    history = {pair: 1 for pair in meetings(first.rounds)}
    other = grouping.plan(Request(members, rounds=1, size=3, history=history))
    assert other.quality.history_repeats == 0
    assert not set(meetings(other.rounds)) & set(history)


def test_locked_members_stay_put():
    members = [Member(f"x{i}") for i in range(12)]
    locks = {(0, "x0"): 2, (0, "x1"): 2, (1, "x5"): 0}
    result = grouping.plan(Request(members, rounds=2, count=3, locks=locks))
    assert {"x0", "x1"} <= set(result.rounds[0][2])
    assert "x5" in result.rounds[1][0]


def test_assess_reports_manual_breakage():
    members = [Member("a", "Ana"), Member("b", "Bo"), Member("c", "Cy"), Member("d", "Di")]
    quality = grouping.assess(
        [[["a", "b"], ["c", "d"]], [["a", "b"], ["c", "d"]]],
        members,
        Constraints(apart=(("a", "b"),)),
    )
    assert quality.repeats == 2
    assert quality.violations == (
        "Ana and Bo are together in round 1 though kept apart",
        "Ana and Bo are together in round 2 though kept apart",
    )
    assert quality.lines[0] == "2 repeat meetings: 2 pairs meet twice."


@pytest.mark.parametrize(("groups", "size", "rounds"), [(5, 5, 6), (7, 3, 7), (8, 8, 9), (9, 3, 9)])
def test_transversal_designs_have_no_repeats(groups, size, rounds):
    made = designs.transversal_rounds(groups, size, rounds)
    assert made is not None and len(made) == rounds
    assert max(meetings(made).values()) == 1
    for r in made:
        assert sorted(c for g in r for c in g) == list(range(groups * size))


def test_kirkman_schoolgirls():
    made = designs.kirkman_rounds(15, 3, 7)
    assert made is not None
    met = meetings(made)
    assert len(met) == 105 and set(met.values()) == {1}  # every pair exactly once


@pytest.mark.parametrize("key", sorted(designs.TABLES))
def test_stored_tables_are_perfect(key):
    people_n, groups_n = key
    made = designs.table_rounds(people_n, groups_n, 99)
    assert made is not None and len(made) == len(designs.TABLES[key])
    for r in made:
        assert sorted(c for g in r for c in g) == list(range(people_n))
        assert len(r) == groups_n and len({len(g) for g in r}) == 1
    assert max(meetings(made).values()) == 1


def test_more_rounds_than_a_design_gives_are_searched():
    members = [Member(f"x{i}") for i in range(32)]
    result = grouping.plan(Request(members, rounds=11, count=8, time_budget=0.5))
    check_rounds(result, members, 11, 8)
    assert result.quality.max_meetings == 2


def test_no_design_where_none_applies():
    assert designs.transversal_rounds(6, 5, 5) is None  # 6 is no prime power
    assert designs.transversal_rounds(5, 3, 6) is None  # 3 does not divide 5
    assert designs.field_tables(12) is None


@pytest.mark.parametrize(
    ("n", "count", "rounds", "pins", "laid"),
    [
        (32, 8, 10, {"x5": 3}, True),  # the social golfer table, one facilitator pinned
        (30, 6, 5, {"x7": 0}, True),  # the 30-in-fives table
        (32, 8, 10, {"x5": 3, "x9": 0}, True),  # two pins: cells that never meet exist
        (15, 5, 7, {"x1": 2}, True),  # Kirkman
        # One facilitator per group: the cell search runs out of tries and the
        # search plans it from the greedy start (in a few steps).
        (200, 25, 4, {f"x{i}": i for i in range(25)}, False),
        (25, 5, 5, {f"x{i}": (i * 2) % 5 for i in range(5)}, True),  # affine plane of order 5
    ],
)
def test_designs_serve_pins_by_relabelling(n, count, rounds, pins, laid):
    """A pin used to switch the constructions off (32/8/10 + 1 pin: 32 repeats,
    30/6/5 + 1 pin: 3); relabelling people and groups keeps them perfect."""
    members = [Member(f"x{i}") for i in range(n)]
    request = Request(members, rounds=rounds, count=count, constraints=Constraints(pins=pins))
    result = grouping.plan(request)
    check_rounds(result, members, rounds, count)
    for groups in result.rounds:
        for person, group in pins.items():
            assert person in groups[group]
    assert result.quality.repeats == 0
    assert result.optimal
    if laid:
        assert result.steps == 0  # the relabelled construction, with no search step


def test_designs_serve_locks_and_fall_back_when_pins_cannot_fit():
    members = [Member(f"x{i}") for i in range(30)]
    locks = {(0, "x0"): 5, (1, "x0"): 2, (1, "x3"): 4}
    result = grouping.plan(Request(members, rounds=5, count=6, locks=locks))
    assert "x0" in result.rounds[0][5] and "x0" in result.rounds[1][2]
    assert "x3" in result.rounds[1][4]
    assert result.quality.repeats == 0
    # Two people pinned to one group meet every round: no design can hold
    # that, so the search plans it (and they are the only repeat pair).
    pins = {"x0": 1, "x1": 1}
    both = grouping.plan(
        Request(members, rounds=5, count=6, constraints=Constraints(pins=pins), max_steps=3000)
    )
    assert all({"x0", "x1"} <= set(groups[1]) for groups in both.rounds)
    assert meetings(both.rounds)[("x0", "x1")] == 5


@st.composite
def design_requests(draw):
    """Instances a construction covers (equal groups, a prime-power group count or a
    table), with random pins and locks: the relabelling path, or its fallback."""
    count, size = draw(
        st.sampled_from([(2, 2), (3, 3), (4, 3), (5, 4), (7, 3), (8, 4), (6, 5), (5, 3)])
    )
    n = count * size
    rounds = draw(st.integers(1, count + 1))
    ids = [f"x{i}" for i in range(n)]
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=min(count, 4)))
    pins = {p: draw(st.integers(0, count - 1)) for p in chosen}
    loads = Counter(pins.values())
    pins = {p: g for p, g in pins.items() if loads[g] <= size}
    locks = {}
    for p in draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)):
        if p not in pins:
            locks[(draw(st.integers(0, rounds - 1)), p)] = draw(st.integers(0, count - 1))
    return Request(
        [Member(p, attributes={"region": REGIONS[i % 3]}) for i, p in enumerate(ids)],
        rounds=rounds,
        count=count,
        constraints=Constraints(pins=pins, balance=("region",) if draw(st.booleans()) else ()),
        locks=locks,
        seed=draw(st.integers(0, 1000)),
        time_budget=5,
        max_steps=100,
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(design_requests())
def test_designs_with_pins_and_locks_keep_the_rules(request):
    """Everyone exactly once per round, equal sizes, every pin and lock where asked."""
    try:
        result = grouping.plan(request)
    except UserError as exc:
        # Only when locks crowd a group beyond its size: an honest refusal.
        assert request.locks and "do not fit" in str(exc)
        return
    check_rounds(result, request.members, request.rounds, request.count)
    for r, groups in enumerate(result.rounds):
        assert len({len(g) for g in groups}) == 1  # equal groups stay equal
        where = {p: i for i, g in enumerate(groups) for p in g}
        for person, group in request.constraints.pins.items():
            assert where[person] == group
        for (locked_round, person), group in request.locks.items():
            if locked_round == r:
                assert where[person] == group
    if (
        not request.locks
        and len(set(request.constraints.pins.values())) == len(request.constraints.pins) <= 1
    ):
        # One pin never costs a construction its perfection.
        made = designs.perfect_rounds(len(request.members), request.count, request.rounds)
        if made is not None and made[1] == request.rounds:
            assert result.quality.repeats == 0


# ---------------------------------------------------------------- mixing with designs
SIX_REGIONS = ("Dhaka", "Sylhet", "Khulna", "Rangpur", "Barishal", "Rajshahi")
#: The most regions a group of 5 can hold: bench/bench_grouping.py proves it is reached.
#: There CP-SAT (OR-Tools) minimises same-region pairs over every plan of 30 people from
#: 6 regions of 5 in 6 groups of 5 for 5 rounds with no repeat meeting: its proven lower
#: bound is 0 and the exact model counts 0 in the engine's plan, so 0 same-region pairs —
#: 5 different regions in every group — is the optimum. (Such a plan is a 6th round away
#: from the social golfer instance 6-5-6: CP-SAT alone finds none in 15 s, nor in 40 min
#: of a busy machine; the engine's own search found the 6-round table in designs.TABLES.)
PROVEN_REGIONS_PER_GROUP = 5


def regions_room() -> list[Member]:
    return [Member(f"p{i}", attributes={"region": SIX_REGIONS[(i * 7) % 6]}) for i in range(30)]


def regions_per_group(result, members) -> list[int]:
    region = {m.id: m.attributes["region"] for m in members}
    return [len({region[p] for p in g}) for groups in result.rounds for g in groups]


@pytest.mark.parametrize(
    "apart",
    [(), (("p0", "p1"), ("p2", "p3"), ("p4", "p5"), ("p6", "p13"), ("p8", "p21"), ("p10", "p29"))],
)
def test_thirty_from_six_regions_meet_nobody_twice_and_every_group_has_five_regions(apart):
    """It gave 38 same-region pairs (and 5 repeats with the keep-apart pairs): the design
    was laid once and the search could only trade repeats for mix."""
    members = regions_room()
    constraints = Constraints(apart=apart, balance=("region",))
    result = grouping.plan(Request(members, rounds=5, count=6, constraints=constraints))
    check_rounds(result, members, 5, 6)
    assert result.quality.repeats == 0
    assert min(regions_per_group(result, members)) >= PROVEN_REGIONS_PER_GROUP
    assert result.optimal and result.stopped == "optimal"
    (mix,) = result.quality.mix
    assert (mix.field, mix.same_pairs, mix.fewest_pairs, mix.fewest_values) == ("region", 0, 0, 5)
    assert result.quality.best_possible
    assert "No two people with the same region share a group." in result.quality.lines


def test_designs_honour_keep_apart_keep_together_and_pins():
    """With a construction (25 in 5 groups of 5: an affine plane), every hard request
    holds and regions stay mixed. A keep-together pair meets in every round (2 repeats
    forced) and costs a little more: CP-SAT proves 4 repeats the fewest for this room
    with the pair (OPTIMAL in 4 min on one core), the engine gives 5."""
    members = [Member(f"x{i}", attributes={"region": REGIONS[i % 5]}) for i in range(25)]
    constraints = Constraints(
        apart=(("x2", "x3"), ("x4", "x9")),
        together=(("x5", "x6"),),
        pins={"x10": 0, "x11": 3},
        balance=("region",),
    )
    result = grouping.plan(Request(members, rounds=3, count=5, constraints=constraints))
    check_rounds(result, members, 3, 5)
    for groups in result.rounds:
        where = {p: g for g, members_ in enumerate(groups) for p in members_}
        assert where["x2"] != where["x3"] and where["x4"] != where["x9"]
        assert where["x5"] == where["x6"]
        assert where["x10"] == 0 and where["x11"] == 3
    assert not result.quality.violations
    assert result.quality.unavoidable_repeats == 2
    assert result.quality.repeats <= 5
    # Pins and keep-apart alone keep the construction perfect and regions fully mixed.
    alone = Constraints(apart=constraints.apart, pins=constraints.pins, balance=("region",))
    perfect = grouping.plan(Request(members, rounds=3, count=5, constraints=alone))
    assert perfect.quality.repeats == 0 and perfect.optimal and perfect.steps < 200
    assert perfect.quality.mix[0].same_pairs == 0


@pytest.mark.parametrize(
    ("people_n", "groups_n", "rounds"),
    [(60, 8, 4), (29, 6, 5), (14, 5, 6), (197, 25, 4), (47, 7, 6), (31, 8, 9)],
)
def test_designs_cover_rooms_that_do_not_divide_evenly(people_n, groups_n, rounds):
    """A design for groups × size cells, cut by the people missing from one block of a
    spare round: sizes within one and no repeat (60 in 8 groups got 2 repeats before)."""
    made = designs.perfect_rounds(people_n, groups_n, rounds)
    assert made is not None and made[1] == rounds
    for r in made[0]:
        assert sorted(c for g in r for c in g) == list(range(people_n))
        sizes = [len(g) for g in r]
        assert len(r) == groups_n and max(sizes) - min(sizes) <= 1
    assert max(meetings(made[0]).values()) == 1
    members = [Member(f"x{i}") for i in range(people_n)]
    result = grouping.plan(Request(members, rounds=rounds, count=groups_n))
    assert result.quality.repeats == 0 and result.steps == 0


def test_regions_start_apart_in_a_spare_round():
    """People sorted by value fill cells that form a group of a round the plan does not
    use, so a region of as many people as a group never meets itself, at step 0."""
    members = [Member(f"x{i}", attributes={"region": f"R{i % 7}"}) for i in range(49)]
    result = grouping.plan(
        Request(members, rounds=4, count=7, constraints=Constraints(balance=("region",)))
    )
    assert result.quality.repeats == 0 and result.quality.mix[0].same_pairs == 0
    assert result.steps == 0 and result.optimal


# ---------------------------------------------------------------- stopping when done
def test_a_small_room_stops_once_its_optimum_is_proven():
    """17 people in groups of 5,4,4,4 must repeat a meeting for every two rounds (6 in 4
    rounds); the engine proves it and stops, where it ran its whole 2 s budget before."""
    members = [Member(f"x{i}") for i in range(17)]
    result = grouping.plan(Request(members, rounds=4, size=4))
    assert result.quality.repeats == 6 and result.quality.max_meetings == 2
    assert result.optimal and result.stopped == "optimal"
    assert result.steps * 20 < result.budget
    assert result.quality.best_possible
    assert "No plan can do better" in "\n".join(result.quality.lines)


def test_the_work_is_counted_in_steps_not_seconds(monkeypatch):
    """Same seed, same groups, on a fast or a slow machine: the clock frozen, slowed or
    normal makes no difference while the step budget is what ends the search."""
    from wltdesk.grouping import budget

    members = people(23, regions=4)
    request = Request(
        members,
        rounds=4,
        size=4,
        constraints=Constraints(balance=("region", "gender"), apart=(("p0", "p1"),)),
        max_steps=400,
        seed=11,
    )
    normal = grouping.plan(request)
    assert normal.stopped == "steps" and normal.steps == 400
    clock = [0.0]

    def frozen() -> float:
        return clock[0]

    def slow() -> float:  # a machine 1,000 times slower: 1 ms of work reads as 1 s
        clock[0] += 0.000_001
        return clock[0]

    for reading in (frozen, slow):
        monkeypatch.setattr(budget, "perf_counter", reading)
        again = grouping.plan(request)
        assert again.rounds == normal.rounds and again.steps == normal.steps
    # The ceiling still holds: a clock that jumps a minute per reading stops it at once.
    monkeypatch.setattr(budget, "perf_counter", lambda: clock.append(clock[-1] + 60) or clock[-1])
    cut = grouping.plan(replace(request, constraints=Constraints(balance=("region",))))
    assert cut.stopped == "time" and cut.steps < normal.steps
    # A search cut short by the clock before it met a keep-apart pair says so, rather
    # than that the request cannot be met.
    with pytest.raises(UserError, match="time ran out before the search met every request"):
        grouping.plan(request)


def test_default_budget_is_steps_and_the_same_for_any_time_ceiling():
    members = people(20, regions=3)
    base = dict(rounds=3, size=4, constraints=Constraints(balance=("region",)), seed=4)
    short = grouping.plan(Request(members, time_budget=30, **base))
    long = grouping.plan(Request(members, time_budget=600, **base))
    assert short.budget == long.budget > 0
    assert short.rounds == long.rounds and short.steps == long.steps
    assert short.stopped in {"optimal", "settled", "steps"}


def test_lower_bound_counts_the_repeats_group_sizes_force():
    """15 people in 3 groups of 5: two rounds share at least 2 pairs per group."""
    members = [Member(f"x{i}") for i in range(15)]
    result = grouping.plan(Request(members, rounds=2, count=3))
    assert result.quality.repeats == 6 and result.optimal
    assert result.steps * 10 < result.budget


def test_report_names_mix_and_says_when_more_mixing_was_possible():
    members = [
        Member("a", attributes={"region": "X"}),
        Member("b", attributes={"region": "X"}),
        Member("c", attributes={"region": "Y"}),
        Member("d", attributes={"region": "Y"}),
    ]
    crowded = grouping.assess([[["a", "b"], ["c", "d"]]], members, Constraints(balance=("region",)))
    (mix,) = crowded.mix
    assert (mix.same_pairs, mix.fewest_pairs, mix.fewest_values) == (2, 0, 1)
    assert "2 pairs with the same region share a group; an even spread allows 0." in crowded.lines
    assert not crowded.best_possible
    mixed = grouping.assess([[["a", "c"], ["b", "d"]]], members, Constraints(balance=("region",)))
    assert mixed.best_possible and mixed.mix[0].same_pairs == 0
