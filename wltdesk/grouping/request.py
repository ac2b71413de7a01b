"""What the group engine is asked and what it answers, as plain data.

A :class:`Request` names the people (:class:`Member`, with the attributes to
spread), the rounds, a group size or count and the hard :class:`Constraints`;
:func:`~wltdesk.grouping.search.plan` answers with a :class:`Plan` whose
:class:`Quality` a facilitator reads. :func:`group_count` is the one rule both
sides share: how many groups a size or count makes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wltdesk.errors import UserError
from wltdesk.language import _

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
    #: a ceiling in seconds; the work is budgeted in steps (``max_steps``, or a
    #: default for the request's size), so a plan does not depend on the machine
    time_budget: float = 2.0
    max_steps: int | None = None
    fixed: Sequence[Sequence[Sequence[str]]] = ()
    history: Mapping[tuple[str, str], int] = field(default_factory=dict)
    locks: Mapping[tuple[int, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class Mix:
    """How one balanced field spreads over the groups of the planned rounds."""

    field: str
    #: pairs of people in one group who share a value of the field (each round counted)
    same_pairs: int
    #: the fewest such pairs there can be: each value spread as evenly as its count allows
    fewest_pairs: int
    #: the fewest different values of the field in any group
    fewest_values: int


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
    #: each balanced field's spread, in the order asked
    mix: tuple[Mix, ...] = ()
    #: no plan of these people can do better: every repeat is forced (by keep-together
    #: sets, shared pins or group sizes), every field as mixed as its counts allow, and
    #: every request met — proven from the rounds themselves, so it holds after a
    #: facilitator's moves too
    best_possible: bool = False


@dataclass(frozen=True)
class Plan:
    """The answer to a request: the planned rounds, their report, and how the search went."""

    rounds: Rounds  # planned rounds only (after ``fixed``); groups of person ids
    quality: Quality
    #: steps the search took (relabelling a design and moving people alike)
    steps: int
    seconds: float
    #: the plan reached a lower bound: no plan of this request is better
    optimal: bool
    #: steps it was allowed (``Request.max_steps``, or the default for its size)
    budget: int = 0
    #: why it stopped: "optimal", "settled" (restarts found nothing better), "steps",
    #: "time" (the ceiling; the only ending that depends on the machine), "cancelled"
    stopped: str = ""


def group_count(people: int, size: int | None, count: int | None) -> int:
    """How many groups: ``count``, or the count whose sizes come closest to ``size``.

    With a size, ``people // size`` groups (each at least ``size``) unless
    ``ceil`` gives sizes nearer the wish: 17 in fours is 4 groups (5,4,4,4),
    11 in fours is 3 (4,4,3).
    """
    if (size is None) == (count is None):
        raise UserError(_("give either a group size or a group count"))
    if people < 1:
        raise UserError(_("there is no one to put into groups"))
    if count is not None:
        if count < 1:
            raise UserError(_("the group count must be at least 1"))
        if count > people:
            raise UserError(_("cannot make {count} groups from {people} people").format(
                count=count, people=people
            ))
        return count
    assert size is not None
    if size < 1:
        raise UserError(_("the group size must be at least 1"))
    low = max(1, people // size)
    high = min(people, -(-people // size))

    def spread(g: int) -> int:
        big, small = -(-people // g), people // g
        return max(abs(big - size), abs(small - size))

    return low if spread(low) <= spread(high) else high
