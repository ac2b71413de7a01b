"""The quality report of a set of rounds, in numbers and in plain language.

:func:`assess` reads any rounds of groups — a fresh plan or one a facilitator
changed by hand — and says how many pairs meet again, whether the hard
constraints hold, whether sizes stayed within one, and how evenly each balanced
attribute is spread, explained by the counts so a crowded group is understood,
not just flagged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

from wltdesk.grouping.problem import crowding, spread_pairs
from wltdesk.grouping.request import Constraints, Member, Mix, Quality
from wltdesk.language import N_, _, format_count, ngettext

#: The roster fields a report names, as words (singular, plural); other fields (an
#: imported roster's own columns) are named as their column is.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "region": (N_("region"), N_("regions")),
    "gender": (N_("gender"), N_("genders")),
    "affiliation": (N_("affiliation"), N_("affiliations")),
    "role": (N_("role"), N_("roles")),
    "languages": (N_("language"), N_("languages")),
}

#: The default for :func:`assess`: no hard constraint and nothing to balance.
NO_CONSTRAINTS = Constraints()


def assess(
    rounds: Sequence[Sequence[Sequence[str]]],
    members: Sequence[Member],
    constraints: Constraints = NO_CONSTRAINTS,
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
                    _("{a} and {b} are together in round {number} though kept apart").format(
                        a=name(a), b=name(b), number=number
                    )
                )
        for together in constraints.together:
            placed = {where[p] for p in together if p in where}
            if len(placed) > 1:
                names = ", ".join(name(p) for p in together)
                violations.append(
                    _("{names} are split in round {number} though kept together").format(
                        names=names, number=number
                    )
                )
        for pid, g in constraints.pins.items():
            if pid in where and where[pid] != g:
                violations.append(
                    _("{name} is not in group {group} in round {number}").format(
                        name=name(pid), group=g + 1, number=number
                    )
                )
    lines: list[str] = []
    if repeats == 0:
        lines.append(_("0 repeat meetings: nobody meets the same person twice."))
    else:
        twice = sum(1 for m in met.values() if m == 2)
        meetings = ngettext("{n} repeat meeting", "{n} repeat meetings", repeats).format(
            n=repeats
        )
        pairs_twice = ngettext("{n} pair meets twice", "{n} pairs meet twice", twice).format(
            n=twice
        )
        if over_twice:
            lines.append(_("{meetings}: {pairs}, {n} more than twice.").format(
                meetings=meetings, pairs=pairs_twice, n=over_twice
            ))
        else:
            lines.append(_("{meetings}: {pairs}.").format(meetings=meetings, pairs=pairs_twice))
        if unavoidable:
            kept = sorted(
                {
                    ", ".join(name(p) for p in together)
                    for together in constraints.together
                    if any(met.get(pair, 0) > 1 for pair in combinations(sorted(set(together)), 2))
                }
            )
            why = _(" ({names} kept together)").format(names="; ".join(kept)) if kept else ""
            lines.append(
                ngettext(
                    "{n} of them cannot be avoided: people kept together or pinned to one "
                    "group meet in every round{why}.",
                    "{n} of them cannot be avoided: people kept together or pinned to one "
                    "group meet in every round{why}.",
                    unavoidable,
                ).format(n=unavoidable, why=why)
            )
    sizes = tuple(tuple(len(g) for g in groups) for groups in everyone)
    for number, row in enumerate(sizes, 1):
        if row and max(row) - min(row) > 1:
            lines.append(
                _(
                    "Round {number}: groups of {smallest} to {largest} people — sizes differ "
                    "by more than one (after manual moves); move someone back or re-plan."
                ).format(number=number, smallest=min(row), largest=max(row))
            )
    if history:
        if history_repeats:
            lines.append(
                ngettext(
                    "{n} meeting of pairs who already met in earlier group sets.",
                    "{n} meetings of pairs who already met in earlier group sets.",
                    history_repeats,
                ).format(n=history_repeats)
            )
        else:
            lines.append(_("Nobody meets someone they met in an earlier group set."))
    if over_twice and unmet:
        lines.append(
            ngettext(
                "Fairness: {n} pair meet three times or more while {unmet} pairs have not met.",
                "Fairness: {n} pairs meet three times or more while {unmet} pairs have not met.",
                over_twice,
            ).format(n=over_twice, unmet=unmet)
        )
    mixes: list[Mix] = []
    for fieldname in dict.fromkeys(constraints.balance):
        lines.extend(_balance_lines(fieldname, rounds or fixed, by_id))
        mix = _mix(fieldname, rounds or fixed, by_id)
        if mix is not None:
            mixes.append(mix)
            lines.append(_mix_line(mix))
    # Repeats no plan avoids: people kept together or pinned together meet every
    # round, and when no pair meets three times, the repeats group sizes force.
    floor = sum(
        crowding(list(sizes[r]), list(sizes[t])) for t in range(len(sizes)) for r in range(t)
    )
    forced = repeats == unavoidable or (max_meetings <= 2 and repeats <= floor)
    even = all(row and max(row) - min(row) <= 1 for row in sizes)
    best = (
        not violations
        and forced
        and even
        and not history_repeats
        and all(m.same_pairs <= m.fewest_pairs for m in mixes)
    )
    if best and (repeats or mixes):
        lines.append(
            _(
                "No plan can do better: every repeat meeting is forced and every balanced "
                "field is as mixed as the numbers allow."
            )
            if repeats
            else _(
                "No plan can do better: no repeat, and every balanced field as mixed as "
                "the numbers allow."
            )
        )
    if violations:
        more = (
            _(" (+{n} more)").format(n=len(violations) - 1) if len(violations) > 1 else ""
        )
        lines.append(_("Not met: {violation}{more}").format(violation=violations[0], more=more))
    elif constraints.apart or constraints.together or constraints.pins:
        lines.append(_("Every keep-apart, keep-together and pin request holds."))
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
        tuple(mixes),
        best,
    )


def _mix(
    fieldname: str, rounds: Sequence[Sequence[Sequence[str]]], by_id: Mapping[str, Member]
) -> Mix | None:
    """Pairs sharing a value of one field in a group, against the fewest an even
    spread allows (each round on its own: people from one region spread over G
    groups put ``spread_pairs`` pairs together at the least); None when nobody
    has the field recorded."""
    same = fewest = 0
    fewest_values: int | None = None
    seen = False
    for groups in rounds:
        totals: Counter[str] = Counter()
        for g in groups:
            here: Counter[str] = Counter()
            for p in g:
                raw = by_id[p].attributes.get(fieldname) if p in by_id else None
                text = str(raw).strip() if raw is not None else ""
                if text:
                    here[text.casefold()] += 1
            totals.update(here)
            same += sum(c * (c - 1) // 2 for c in here.values())
            fewest_values = len(here) if fewest_values is None else min(fewest_values, len(here))
        seen = seen or bool(totals)
        fewest += sum(spread_pairs(count, len(groups)) for count in totals.values())
    if fewest_values is None or not seen:
        return None
    return Mix(fieldname, same, fewest, fewest_values)


def _mix_line(mix: Mix) -> str:
    """The spread of one field as a sentence: its same-value pairs and the fewest possible."""
    words = FIELD_WORDS.get(mix.field)
    label = _(words[0]) if words else mix.field.replace("_", " ")
    if mix.same_pairs == 0:
        return _("No two people with the same {field} share a group.").format(field=label)
    if mix.same_pairs <= mix.fewest_pairs:
        return ngettext(
            "{n} pair with the same {field} shares a group: the fewest the numbers allow.",
            "{n} pairs with the same {field} share a group: the fewest the numbers allow.",
            mix.same_pairs,
        ).format(n=format_count(mix.same_pairs), field=label)
    return ngettext(
        "{n} pair with the same {field} shares a group; an even spread allows {fewest}.",
        "{n} pairs with the same {field} share a group; an even spread allows {fewest}.",
        mix.same_pairs,
    ).format(n=format_count(mix.same_pairs), field=label, fewest=format_count(mix.fewest_pairs))


def _balance_lines(
    fieldname: str, rounds: Sequence[Sequence[Sequence[str]]], by_id: Mapping[str, Member]
) -> list[str]:
    """How one attribute is spread: the fewest distinct values in a group, and the
    largest share of one value in one group, explained by the counts."""
    words = FIELD_WORDS.get(fieldname)
    label = _(words[0]) if words else fieldname.replace("_", " ")
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
        return [_("Nobody has a {field} recorded, so it cannot be balanced.").format(field=label)]
    plural = _(words[1]) if words else label if label.endswith("s") else f"{label}s"
    lines = [
        _("Every group has people from ≥ {n} different {fields}.").format(
            n=fewest, fields=plural
        )
    ]
    count, value, group, number, total, groups_n = crowded
    if count > 1:
        needed = -(-total // groups_n)
        where = (
            _("group {group} of round {number}").format(group=group, number=number)
            if len(rounds) > 1
            else _("group {group}").format(group=group)
        )
        if count <= needed:
            lines.append(
                _("{value}: {count} people in {where}, because {total} people share "
                  "{groups} groups.").format(
                    value=value, count=count, where=where, total=total, groups=groups_n
                )
            )
        else:
            lines.append(
                _("{value}: {count} people in {where}, more than the {needed} an even "
                  "spread of {total} people over {groups} groups needs.").format(
                    value=value, count=count, where=where, needed=needed, total=total,
                    groups=groups_n,
                )
            )
    return lines
