"""Breakout rotations: the issue's quality bar, next to the well-known browser tool.

Each instance is planned with the default settings (2 s budget, seed 0) and
printed with our repeat meetings, the time taken, the most times any pair
meets, how the plan was made, the browser tool's best after 10 s of restarts
on the same instance (in brackets, measured side by side) and the target. A
balanced, constrained run on a realistic roster follows, so the figures are
not only for anonymous golfers. Each target is then a figure against its limit
(``figures.py``): repeats, seconds, pins and constraints that must hold.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report

from wltdesk import grouping
from wltdesk.errors import UserError
from wltdesk.grouping import Constraints, Member, Request, designs

# name, people, size, count, rounds, browser figure, target repeats, time target (s), extra check
INSTANCES = [
    ("Kirkman 15 / groups of 3 / 7 rounds", 15, 3, None, 7, "5", 0, None),
    ("social golfer 32 / 8 groups of 4 / 10 rounds", 32, None, 8, 10, "31", 8, None),
    ("30 / 6 groups of 5 / 5 rounds", 30, None, 6, 5, "4", 0, None),
    ("120 / 20 groups of 6 / 6 rounds", 120, None, 20, 6, "0 after 145 s", 0, 1.0),
    ("200 / 25 groups of 8 / 4 rounds", 200, None, 25, 4, "0 after 760 s", 0, 1.0),
    ("17 in groups of 4–5 / 4 rounds", 17, 4, None, 4, "12", 6, None),
]


def method(people: int, groups: int, rounds: int, steps: int) -> str:
    """How a plan was made. With nothing to balance, a construction that was laid
    is already perfect, so any search step means it was not (pins it could not serve)."""
    made = designs.perfect_rounds(people, groups, rounds) if people % groups == 0 else None
    if made is not None and made[1] >= rounds and steps == 0:
        return "design" if (people, groups) not in designs.TABLES else "table"
    return f"search, {steps:,} steps"


def main() -> None:
    figures: list[Figure] = []
    print(f"{'instance':<46} {'repeats':>7} {'[browser]':<17} {'time':>7}  max meets  method")
    for name, people, size, count, rounds, browser, target, seconds in INSTANCES:
        members = [Member(f"p{i}") for i in range(people)]
        started = time.perf_counter()
        result = grouping.plan(Request(members, rounds=rounds, size=size, count=count))
        took = time.perf_counter() - started
        groups = len(result.rounds[0])
        figures.append(Figure(f"{name}: repeats", result.quality.repeats, target, "<="))
        if seconds is not None:
            figures.append(Figure(f"{name}: s", took, seconds, "<="))
        if name.startswith("17"):
            figures.append(Figure(f"{name}: most meetings", result.quality.max_meetings, 2, "<="))
        print(
            f"{name:<46} {result.quality.repeats:>7} {'[' + browser + ']':<17} {took:6.2f}s  "
            f"{result.quality.max_meetings:>9}  {method(people, groups, rounds, result.steps)}"
        )
    # A pin must not cost a construction its perfection (it did: 32 and 3 repeats).
    for name, people, count, rounds, pins in (
        ("social golfer 32 / 8 / 10 rounds, 1 pinned", 32, 8, 10, {"p5": 3}),
        ("social golfer 32 / 8 / 10 rounds, 2 pinned", 32, 8, 10, {"p5": 3, "p9": 0}),
        ("30 / 6 groups of 5 / 5 rounds, 1 pinned", 30, 6, 5, {"p7": 0}),
        ("Kirkman 15 / 5 / 7 rounds, 1 pinned", 15, 5, 7, {"p1": 2}),
        ("25 / 5 / 5 rounds, 5 pinned", 25, 5, 5, {f"p{i}": (i * 2) % 5 for i in range(5)}),
        (
            "200 / 25 / 4 rounds, 25 pinned one per group",
            200,
            25,
            4,
            {f"p{i}": i for i in range(25)},
        ),
    ):
        members = [Member(f"p{i}") for i in range(people)]
        started = time.perf_counter()
        result = grouping.plan(
            Request(members, rounds=rounds, count=count, constraints=Constraints(pins=pins))
        )
        took = time.perf_counter() - started
        figures += [
            Figure(f"{name}: repeats", result.quality.repeats, 0, "<="),
            Figure(f"{name}: s", took, 1.0, "<="),
            Figure(f"{name}: pins broken", len(result.quality.violations), 0, "<="),
        ]
        print(
            f"{name:<46} {result.quality.repeats:>7} {'[–]':<17} {took:6.2f}s  "
            f"{result.quality.max_meetings:>9}  {method(people, count, rounds, result.steps)}"
        )
    # Keep-apart that cannot hold is refused up front, not after the whole budget.
    apart = (("p0", "p1"), ("p1", "p2"), ("p0", "p2"), ("p3", "p4"))
    started = time.perf_counter()
    try:
        grouping.plan(
            Request(
                [Member(f"p{i}") for i in range(6)],
                count=2,
                constraints=Constraints(apart=apart),
                time_budget=5,
            )
        )
        refused = False
    except UserError:
        refused = True
    took = time.perf_counter() - started
    figures.append(
        Figure(
            "3 kept mutually apart, 2 groups: s to refuse",
            took if refused else float("inf"),
            1.0,
            "<=",
            "refused up front" if refused else "not refused",
        )
    )
    print(
        f"{'3 kept mutually apart, 2 groups: refused':<46} {'–':>7} {'[–]':<17} {took:6.2f}s  "
        f"{'–':>9}  up-front check"
    )
    # A real room: 48 people, 5 regions, 2 genders, facilitators pinned, 3 rounds.
    regions = ("Dhaka", "Sylhet", "Khulna", "Rangpur", "Chattogram")
    members = [
        Member(
            f"p{i}",
            f"P{i}",
            {"region": regions[(i * 7) % 5] if i % 11 else "Dhaka", "gender": "fm"[i % 2]},
        )
        for i in range(48)
    ]
    pins = {f"p{i}": i for i in range(8)}
    apart = (("p10", "p11"), ("p12", "p13"))
    started = time.perf_counter()
    result = grouping.plan(
        Request(
            members,
            rounds=3,
            count=8,
            constraints=Constraints(apart=apart, pins=pins, balance=("region", "gender")),
        )
    )
    took = time.perf_counter() - started
    room = "48 people, 8 pinned facilitators, region+gender"
    print(
        f"{room:<46} {result.quality.repeats:>7} {'[–]':<17} {took:6.2f}s  "
        f"{result.quality.max_meetings:>9}  design + {result.steps:,} search steps"
    )
    for line in result.quality.lines:
        print(f"    {line}")
    figures += [
        Figure(f"{room}: repeats", result.quality.repeats, 0, "<="),
        Figure(f"{room}: constraints broken", len(result.quality.violations), 0, "<="),
    ]
    report(figures)


if __name__ == "__main__":
    main()
