"""Breakout group sets on the store: make, show, re-plan, lock, add rounds, move people.

A group set (``GroupSet``) holds one or more rounds; each round has the same
number of ``Group`` rows (name, colour, room) and ``GroupMember`` rows. The
planning itself is :mod:`wltdesk.grouping`; this module turns the roster and
the attendance into its input and its output into rows, through the
:class:`~wltdesk.store.changes.Writer` so everything syncs.

What a set was asked for lives in ``GroupSet.constraints`` (JSON):
``apart`` (pairs of person ids), ``together`` (lists of ids), ``pins``
(person id -> group number, 1-based), ``balance`` (field names) and
``history`` (whether earlier group sets count as meetings). Live events:
finished rounds are locked (``locked_rounds`` counts them from the first);
:func:`replan` re-plans only the rounds after them, for the people present
now, keeping locked members where they are; :func:`add_round` plans one more
round against all the earlier ones; :func:`move_member` is a manual move,
marked on the member (``moved``) so that re-plans keep it — a facilitator's
move is a decision — unless asked to discard manual moves.
:func:`snapshot_set` and :func:`restore_snapshot` let the GUI undo a re-plan or
an added round.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk import grouping
from wltdesk import people as roster
from wltdesk.agenda import session_row
from wltdesk.attendance import PRESENT_STATUSES
from wltdesk.errors import UserError
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import (
    Attendance,
    Change,
    EventSession,
    Group,
    GroupMember,
    GroupSet,
    Person,
)

#: Group colours, in order: distinct for colour-blind eyes (Okabe-Ito first),
#: the same on the projector and on paper. :func:`ink_for` picks black or white text.
GROUP_COLOURS: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#B8B8B8",
    "#A6761D",
    "#7570B3",
    "#66A61E",
    "#E7298A",
)

#: Person fields that make sense to spread across groups (any ``extra`` roster
#: column works too).
BALANCE_FIELDS: tuple[str, ...] = ("region", "gender", "affiliation", "role", "languages")

#: Roster fields that name or reach a person, or record a permission: never
#: offered for balancing (every value is different, or it is nobody's trait).
NOT_BALANCED: frozenset[str] = frozenset(
    {
        "display_name",
        "local_name",
        "wiki_username",
        "email",
        "phone",
        "badge_code",
        "notes",
        "photo_consent",
        "list_consent",
    }
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def ink_for(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    on_black = (luminance + 0.05) / 0.05
    on_white = 1.05 / (luminance + 0.05)
    return "#000000" if on_black >= on_white else "#FFFFFF"


# ----------------------------------------------------------------- views
@dataclass(frozen=True)
class GroupSetSummary:
    id: str
    name: str
    session_id: str | None
    session_title: str | None
    rounds: int
    groups: int  # per round
    people: int
    locked_rounds: int


@dataclass(frozen=True)
class MemberView:
    person_id: str
    display_name: str
    local_name: str | None
    region: str | None
    affiliation: str | None
    locked: bool
    #: placed here by hand; a re-plan keeps them here unless told to discard moves
    moved: bool = False


@dataclass(frozen=True)
class GroupView:
    id: str
    name: str
    colour: str
    room: str | None
    members: list[MemberView]


@dataclass(frozen=True)
class RoundView:
    number: int  # 1-based
    locked: bool
    groups: list[GroupView]


@dataclass(frozen=True)
class GroupSetView:
    id: str
    event_id: str
    name: str
    session_id: str | None
    session_title: str | None
    rounds: list[RoundView]
    report: list[str]
    group_size: int | None
    group_count: int | None
    seed: int
    locked_rounds: int
    constraints: dict[str, Any] = field(default_factory=dict)
    #: the report as data (for ``--json`` and other programs): see :func:`quality_data`
    quality: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Move:
    """A manual move, enough to undo it: the person went from one group to another.

    ``was_moved`` is whether the person had been placed by hand before this
    move, so an undo restores the mark as it was and a re-plan afterwards
    treats them exactly as before the move.
    """

    person_id: str
    from_group_id: str
    to_group_id: str
    was_moved: bool = False


@dataclass(frozen=True)
class SetSnapshot:
    """A set's groups and memberships at one moment: what undoing a re-plan or an
    added round puts back (see :func:`snapshot_set` and :func:`restore_snapshot`).

    ``groups`` are (id, round, position, name, colour, room); ``members`` are
    (group id, person id, locked, moved).
    """

    set_id: str
    rounds: int
    groups: tuple[tuple[str, int, int, str, str | None, str | None], ...]
    members: tuple[tuple[str, str, bool, bool], ...]


# ----------------------------------------------------------------- people
def _attributes(person: Person) -> dict[str, str | None]:
    values: dict[str, str | None] = {
        name: (str(getattr(person, name)) if getattr(person, name) is not None else None)
        for name in roster.PERSON_FIELDS
    }
    for key, value in (person.extra or {}).items():
        values.setdefault(str(key), None if value is None else str(value))
    return values


def member(person: Person) -> grouping.Member:
    """A roster row as the engine sees it: id, name and every field to balance."""
    return grouping.Member(person.id, person.display_name, _attributes(person))


def resolve_person(store: Store, event_id: str, selector: str) -> Person:
    """The person a command means: badge code, id, or a name query that finds one."""
    text = selector.strip()
    if not text:
        raise UserError("an empty name does not name anyone")
    people = roster.list_people(store, event_id)
    code = roster.normalize_code(text)
    for person in people:
        if person.id == text or person.badge_code == code:
            return person
    matches = PeopleIndex.build(people).search(text, limit=100)
    if not matches:
        raise UserError(f"no one matches {selector!r}")
    best = [m for m in matches if m.rank == matches[0].rank]
    if len(best) > 1:
        names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
        raise UserError(f"{selector!r} matches {len(best)} people ({names}); use a badge code")
    return next(p for p in people if p.id == best[0].person_id)


def present_people(store: Store, session_id: str) -> list[str]:
    """Ids of the people checked in (present or late) to a session, by name."""
    with store.read() as db:
        rows = db.execute(
            select(Person.id, Person.display_name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(
                Attendance.session_id == session_id,
                Attendance.deleted.is_(False),
                Attendance.status.in_(PRESENT_STATUSES),
                Person.deleted.is_(False),
            )
        ).all()
    return [pid for pid, _name in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))]


def _people(db: Session, event_id: str, ids: Iterable[str]) -> dict[str, Person]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        for person in db.execute(
            select(Person).where(Person.id.in_(chunk), Person.event_id == event_id)
        ).scalars():
            if not person.deleted:
                found[person.id] = person
    return found


@dataclass(frozen=True)
class BalanceField:
    """A roster field the event's people have values in: one the planner can spread."""

    name: str
    people: int  # how many people have a value
    values: int  # how many different values


def balance_fields(
    store: Store, event_id: str, person_ids: Iterable[str] | None = None
) -> list[BalanceField]:
    """The fields worth balancing for these people (default: the event's roster).

    Standard fields first (:data:`BALANCE_FIELDS` order, then the other roster
    fields), then the imported roster's own columns by name; a field counts
    when someone has a value in it, and identity fields (names, contacts,
    badge codes, notes, consents) never do. So the app offers what the roster holds, not
    a fixed list.
    """
    with store.read() as db:
        if person_ids is None:
            people = list(
                db.execute(
                    select(Person).where(Person.event_id == event_id, Person.deleted.is_(False))
                ).scalars()
            )
        else:
            people = list(_people(db, event_id, person_ids).values())
        values: dict[str, Counter[str]] = defaultdict(Counter)
        for person in people:
            for name, value in _attributes(person).items():
                text = (value or "").strip()
                if text and name not in NOT_BALANCED:
                    values[name][text.casefold()] += 1
    standard = [*BALANCE_FIELDS, *(f for f in roster.PERSON_FIELDS if f not in BALANCE_FIELDS)]
    ordered = [f for f in standard if f in values]
    ordered += sorted((f for f in values if f not in standard), key=str.casefold)
    # A field everyone shares one value of has nothing to spread.
    return [
        BalanceField(f, sum(values[f].values()), len(values[f]))
        for f in ordered
        if len(values[f]) > 1
    ]


def _check_balance(fields: Sequence[str], people: Iterable[Person]) -> tuple[str, ...]:
    known = set(roster.PERSON_FIELDS)
    extra: set[str] = set()
    for person in people:
        extra.update(str(k) for k in (person.extra or {}))
    for name in fields:
        if name not in known and name not in extra:
            raise UserError(
                f"cannot balance {name!r}: no such roster field "
                f"(try {', '.join(BALANCE_FIELDS)} or a column of the imported roster)"
            )
    return tuple(dict.fromkeys(fields))


# ----------------------------------------------------------------- reading
def _set_row(db: Session, set_id: str) -> GroupSet:
    row = db.get(GroupSet, set_id)
    if row is None or row.deleted:
        raise UserError(f"no group set with id {set_id}")
    return row


def _layout(db: Session, set_id: str) -> list[list[tuple[Group, list[GroupMember]]]]:
    """Rounds (1-based order) of (group, members) for a set."""
    groups = list(
        db.execute(
            select(Group)
            .where(Group.group_set_id == set_id, Group.deleted.is_(False))
            .order_by(Group.round, Group.position)
        ).scalars()
    )
    members: dict[str, list[GroupMember]] = defaultdict(list)
    ids = [g.id for g in groups]
    for start in range(0, len(ids), 400):
        for member in db.execute(
            select(GroupMember).where(
                GroupMember.group_id.in_(ids[start : start + 400]),
                GroupMember.deleted.is_(False),
            )
        ).scalars():
            members[member.group_id].append(member)
    rounds: dict[int, list[tuple[Group, list[GroupMember]]]] = defaultdict(list)
    for group in groups:
        rounds[group.round].append((group, members[group.id]))
    return [rounds[number] for number in sorted(rounds)]


def _ids(layout: list[list[tuple[Group, list[GroupMember]]]]) -> list[list[list[str]]]:
    return [[[m.person_id for m in members] for _g, members in rnd] for rnd in layout]


def _constraints(row: GroupSet) -> grouping.Constraints:
    data = row.constraints or {}
    pins = {pid: int(g) - 1 for pid, g in (data.get("pins") or {}).items()}
    return grouping.Constraints(
        apart=tuple(tuple(pair) for pair in data.get("apart") or ()),
        together=tuple(tuple(s) for s in data.get("together") or ()),
        pins=pins,
        balance=tuple(data.get("balance") or ()),
    )


def _history(db: Session, event_id: str, exclude: str | None) -> dict[tuple[str, str], int]:
    """How often each pair met in the event's other group sets."""
    met: Counter[tuple[str, str]] = Counter()
    sets = db.execute(
        select(GroupSet.id).where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
    ).scalars()
    for other in sets:
        if other == exclude:
            continue
        for rnd in _ids(_layout(db, other)):
            for g in rnd:
                for a, b in combinations(sorted(g), 2):
                    met[(a, b)] += 1
    return dict(met)


def _report(db: Session, row: GroupSet, layout) -> tuple[grouping.Quality, dict[str, str]]:
    """The quality of a set as stored, and the names of its people by id."""
    rounds = _ids(layout)
    ids = {p for rnd in rounds for g in rnd for p in g}
    people = _people(db, row.event_id, ids)
    members = [member(p) for p in people.values()]
    history = _history(db, row.event_id, row.id) if (row.constraints or {}).get("history") else None
    quality = grouping.assess(rounds, members, _constraints(row), history=history)
    return quality, {pid: p.display_name for pid, p in people.items()}


def quality_data(quality: grouping.Quality, names: Mapping[str, str]) -> dict[str, Any]:
    """The report's figures as plain data, so a program need not parse sentences.

    ``repeat_pairs`` lists each pair meeting more than once (ids, names,
    meetings); ``unavoidable_repeats`` is how many repeats keep-together sets
    and shared pins force; ``sizes`` are the group sizes round by round and
    ``uneven_rounds`` the rounds (1-based) whose sizes differ by more than one.
    """
    return {
        "repeats": quality.repeats,
        "unavoidable_repeats": quality.unavoidable_repeats,
        "history_repeats": quality.history_repeats,
        "max_meetings": quality.max_meetings,
        "pairs_over_twice": quality.pairs_over_twice,
        "unmet_pairs": quality.unmet_pairs,
        "repeat_pairs": [
            {"people": [a, b], "names": [names.get(a, a), names.get(b, b)], "meetings": m}
            for a, b, m in quality.repeat_pairs
        ],
        "violations": list(quality.violations),
        "sizes": [list(row) for row in quality.sizes],
        "uneven_rounds": [
            number for number, row in enumerate(quality.sizes, 1) if row and max(row) - min(row) > 1
        ],
    }


def list_sets(store: Store, event_id: str) -> list[GroupSetSummary]:
    """The event's group sets, oldest first.

    Oldest by creation — the stamp of a set's first change, the same on every
    laptop — not by its last change: a set's number in this list names it on
    the command line, and locking or re-planning a set must not renumber it.
    """
    with store.read() as db:
        created = (
            select(Change.row_id, func.min(Change.hlc).label("stamp"))
            .where(Change.event_id == event_id, Change.entity == GroupSet.__tablename__)
            .group_by(Change.row_id)
            .subquery()
        )
        rows = list(
            db.execute(
                select(GroupSet)
                .outerjoin(created, created.c.row_id == GroupSet.id)
                .where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
                .order_by(created.c.stamp, GroupSet.id)
            ).scalars()
        )
        titles = dict(
            db.execute(
                select(EventSession.id, EventSession.title).where(EventSession.event_id == event_id)
            ).all()
        )
        result = []
        for row in rows:
            layout = _layout(db, row.id)
            people = {p for rnd in _ids(layout) for g in rnd for p in g}
            result.append(
                GroupSetSummary(
                    row.id,
                    row.name,
                    row.session_id,
                    titles.get(row.session_id) if row.session_id else None,
                    len(layout),
                    len(layout[0]) if layout else 0,
                    len(people),
                    row.locked_rounds,
                )
            )
    return result


def resolve_set(store: Store, event_id: str, selector: str) -> GroupSetSummary:
    """The set a command means: its number in ``groups list``, id, id prefix or name."""
    sets = list_sets(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(sets):
            return sets[int(text) - 1]
        raise UserError(f"no group set number {text} (the event has {len(sets)})")
    found = [s for s in sets if s.id == text or s.name.casefold() == text.casefold()]
    found = found or [s for s in sets if s.id.startswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"no group set matches {selector!r} (see 'wltdesk groups list')")
    raise UserError(f"{selector!r} matches {len(found)} group sets; give more of the id")


def set_view(store: Store, set_id: str) -> GroupSetView:
    """Everything a screen or a printout shows of a set: rounds, groups, members, report."""
    with store.read() as db:
        row = _set_row(db, set_id)
        layout = _layout(db, set_id)
        ids = {m.person_id for rnd in layout for _g, ms in rnd for m in ms}
        people = _people(db, row.event_id, ids)
        title = None
        if row.session_id:
            session = db.get(EventSession, row.session_id)
            title = session.title if session is not None else None
        rounds = []
        for number, rnd in enumerate(layout, 1):
            groups = []
            for group, members in rnd:
                views = []
                for m in members:
                    person = people.get(m.person_id)
                    if person is None:
                        continue
                    views.append(
                        MemberView(
                            person.id,
                            person.display_name,
                            person.local_name,
                            person.region,
                            person.affiliation,
                            m.locked,
                            bool(m.moved),
                        )
                    )
                views.sort(key=lambda v: (v.display_name.casefold(), v.person_id))
                colour = group.colour or GROUP_COLOURS[group.position % len(GROUP_COLOURS)]
                groups.append(GroupView(group.id, group.name, colour, group.room, views))
            rounds.append(RoundView(number, number <= row.locked_rounds, groups))
        quality, names = _report(db, row, layout)
        return GroupSetView(
            row.id,
            row.event_id,
            row.name,
            row.session_id,
            title,
            rounds,
            list(quality.lines),
            row.group_size,
            row.group_count,
            row.seed,
            row.locked_rounds,
            dict(row.constraints or {}),
            quality_data(quality, names),
        )


# ----------------------------------------------------------------- making
@dataclass(frozen=True)
class Wish:
    """What a facilitator asks for, with people named by id (the CLI resolves names)."""

    size: int | None = None
    count: int | None = None
    rounds: int = 1
    apart: tuple[tuple[str, str], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    #: person id -> group number, 1-based
    pins: Mapping[str, int] = field(default_factory=dict)
    balance: tuple[str, ...] = ()
    seed: int = 0
    history: bool = False
    time_budget: float = 2.0
    #: the people were chosen by hand (not the session's check-ins): re-plans
    #: then keep to the set's own people rather than the session attendance
    chosen: bool = False


def _constraints_json(wish: Wish) -> dict[str, Any]:
    return {
        "apart": [list(pair) for pair in wish.apart],
        "together": [list(s) for s in wish.together],
        "pins": {pid: int(g) for pid, g in wish.pins.items()},
        "balance": list(wish.balance),
        "history": wish.history,
        "chosen": wish.chosen,
    }


def make_set(
    store: Store,
    event_id: str,
    wish: Wish,
    *,
    session_id: str | None = None,
    person_ids: Sequence[str] | None = None,
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str:
    """Plan a new group set and store it; returns its id.

    The people are ``person_ids`` or, by default, everyone checked in to
    ``session_id``. Nothing is written when the constraints cannot be met.
    """
    chosen = person_ids is not None
    if person_ids is None:
        if session_id is None:
            raise UserError("choose a session (its attendance) or the people to group")
        person_ids = present_people(store, session_id)
        if not person_ids:
            raise UserError("nobody is checked in to this session yet")
    with store.read() as db:
        title = None
        if session_id is not None:
            session = session_row(db, session_id)
            if session.event_id != event_id:
                raise UserError(f"no session with id {session_id} in this event")
            title = session.title
        people = _people(db, event_id, person_ids)
        missing = [pid for pid in person_ids if pid not in people]
        if missing:
            raise UserError(f"no person with id {missing[0]} in this event")
        named = [pid for pair in wish.apart for pid in pair]
        named += [pid for together in wish.together for pid in together] + list(wish.pins)
        stranger = next((pid for pid in named if pid not in people), None)
        if stranger is not None:
            who = db.get(Person, stranger)
            label = f"{who.display_name} ({who.badge_code})" if who else stranger
            where = "among the people chosen" if session_id is None else "checked in"
            raise UserError(
                f"{label} is not {where}: keep-apart, keep-together and pins can only "
                "name people being grouped"
            )
        history = _history(db, event_id, None) if wish.history else {}
        existing = db.execute(
            select(GroupSet.name).where(GroupSet.event_id == event_id, GroupSet.deleted.is_(False))
        ).scalars()
        taken = set(existing)
    balance = _check_balance(wish.balance, people.values())
    ordered = [people[pid] for pid in dict.fromkeys(person_ids)]
    request = grouping.Request(
        members=[member(p) for p in ordered],
        rounds=wish.rounds,
        size=wish.size,
        count=wish.count,
        constraints=grouping.Constraints(
            apart=wish.apart,
            together=wish.together,
            pins={pid: g - 1 for pid, g in wish.pins.items()},
            balance=balance,
        ),
        seed=wish.seed,
        time_budget=wish.time_budget,
        history=history,
    )
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        return record_set(
            writer,
            event_id,
            replace(wish, balance=balance, chosen=chosen),
            planned,
            session_id,
            name or _free_name(taken, title),
        )


def _free_name(taken: set[str], title: str | None) -> str:
    base = f"Groups — {title}" if title else "Groups"
    name, number = base, 2
    while name in taken:
        name, number = f"{base} ({number})", number + 1
    return name


def record_set(
    writer: Writer,
    event_id: str,
    wish: Wish,
    planned: grouping.Plan,
    session_id: str | None,
    name: str,
) -> str:
    """Store a planned set inside an open write (for :func:`make_set` and the demo)."""
    set_id = writer.create(
        GroupSet,
        {
            "event_id": event_id,
            "session_id": session_id,
            "name": name.strip()[:200],
            "strategy": "mixed",
            "rounds": len(planned.rounds),
            "group_size": wish.size,
            "group_count": wish.count,
            "constraints": _constraints_json(wish),
            "seed": wish.seed,
            "locked_rounds": 0,
        },
    )
    for number, rnd in enumerate(planned.rounds, 1):
        _write_round(writer, event_id, set_id, number, rnd)
    return set_id


def _write_round(
    writer: Writer,
    event_id: str,
    set_id: str,
    number: int,
    groups: Sequence[Sequence[str]],
    names: Sequence[tuple[str, str | None, str | None]] | None = None,
) -> None:
    group_rows = []
    for position, _members in enumerate(groups):
        name, colour, room = (
            names[position]
            if names and position < len(names)
            else (f"Group {position + 1}", GROUP_COLOURS[position % len(GROUP_COLOURS)], None)
        )
        group_rows.append(
            {
                "event_id": event_id,
                "group_set_id": set_id,
                "round": number,
                "position": position,
                "name": name,
                "colour": colour,
                "room": room,
            }
        )
    group_ids = writer.create_many(Group, group_rows)
    writer.create_many(
        GroupMember,
        [
            {"event_id": event_id, "group_id": gid, "person_id": pid, "locked": False}
            for gid, members in zip(group_ids, groups, strict=True)
            for pid in members
        ],
    )


# ----------------------------------------------------------------- live changes
def lock_rounds(store: Store, set_id: str, count: int) -> None:
    """Mark the first ``count`` rounds finished: kept as they are by every re-plan."""
    with store.write() as writer:
        row = _set_row(writer.db, set_id)
        total = len(_layout(writer.db, set_id))
        if not 0 <= count <= total:
            raise UserError(f"the set has {total} rounds; cannot lock {count}")
        writer.update(GroupSet, set_id, {"locked_rounds": count}, current=_current(row))


def _current(row: GroupSet) -> dict[str, Any]:
    return {"event_id": row.event_id, "locked_rounds": row.locked_rounds, "rounds": row.rounds}


def _present_now(store: Store, row: GroupSet, layout) -> list[str]:
    """Who a re-plan or a new round is for by default: the people checked in to
    the set's session now, or — for a set of chosen people, or one with no
    session — the set's own people, so people left out on purpose stay out."""
    if row.session_id and not (row.constraints or {}).get("chosen"):
        return present_people(store, row.session_id)
    return list(dict.fromkeys(p for rnd in _ids(layout) for g in rnd for p in g))


def _request_for(
    db: Session,
    row: GroupSet,
    layout,
    present: Sequence[str],
    first: int,
    count: int,
    seed: int,
    time_budget: float,
    keep_moves: bool = True,
) -> grouping.Request:
    """A request that re-plans rounds ``first..first+count-1`` (0-based) of a set.

    Locked members, and with ``keep_moves`` people placed by hand, are held
    in their groups for that round: a manual move is the facilitator's
    decision, and a re-plan that quietly undid it would be a surprise.
    """
    people = _people(db, row.event_id, present)
    rounds = _ids(layout)
    groups_per_round = len(layout[0]) if layout else row.group_count or 1
    constraints = _constraints(row)
    present_set = set(people)
    groups_now = min(groups_per_round, max(1, len(people)))
    small, spare = divmod(len(people), groups_now)
    pinned = Counter(g for p, g in constraints.pins.items() if p in present_set)
    locks: dict[tuple[int, str], int] = {}
    for r in range(first, min(first + count, len(layout))):
        load = Counter(pinned)
        moved: list[tuple[str, int]] = []
        for position, (_group, members) in enumerate(layout[r]):
            for m in members:
                if m.person_id not in people:
                    continue
                if m.locked:
                    locks[(r - first, m.person_id)] = position
                    load[position] += 1
                elif keep_moves and m.moved:
                    moved.append((m.person_id, position))
        # Manual moves are held as far as the groups can still be even: moves
        # that crowded a group past that (the report said so) are re-planned.
        for pid, position in moved:
            big = sum(1 for g, n in load.items() if n > small)
            if load[position] < small or (load[position] == small and spare and big < spare):
                locks[(r - first, pid)] = position
                load[position] += 1
    constraints = grouping.Constraints(
        apart=tuple(p for p in constraints.apart if set(p) <= present_set),
        together=tuple(
            kept
            for s in constraints.together
            if len(kept := tuple(p for p in s if p in present_set)) > 1
        ),
        pins={p: g for p, g in constraints.pins.items() if p in present_set},
        balance=constraints.balance,
    )
    history = _history(db, row.event_id, row.id) if (row.constraints or {}).get("history") else {}
    return grouping.Request(
        members=[member(people[pid]) for pid in dict.fromkeys(present) if pid in people],
        rounds=count,
        count=groups_now,
        constraints=constraints,
        seed=seed,
        time_budget=time_budget,
        fixed=rounds[:first],
        history=history,
        locks=locks,
    )


def _rewrite(
    writer: Writer,
    row: GroupSet,
    layout,
    first: int,
    planned: Sequence,
    discard_moves: bool = False,
) -> None:
    """Put planned rounds into existing rows: move members, add arrivals, drop leavers.

    With ``discard_moves`` the marks of manual moves in these rounds go too:
    the plan no longer follows them, so they must not hold the next re-plan.
    """
    for offset, groups in enumerate(planned):
        r = first + offset
        existing = layout[r]
        by_person = {m.person_id: (m, g) for g, ms in existing for m in ms}
        wanted: set[str] = set()
        for position, members in enumerate(groups):
            group = existing[position][0]
            for pid in members:
                wanted.add(pid)
                if pid in by_person:
                    member, _old = by_person[pid]
                    values: dict[str, Any] = {"group_id": group.id}
                    if discard_moves:
                        values["moved"] = False
                    writer.update(
                        GroupMember,
                        member.id,
                        values,
                        current={
                            "event_id": member.event_id,
                            "group_id": member.group_id,
                            "moved": member.moved,
                        },
                    )
                else:
                    writer.create(
                        GroupMember,
                        {
                            "event_id": row.event_id,
                            "group_id": group.id,
                            "person_id": pid,
                            "locked": False,
                        },
                    )
        for pid, (member, _group) in by_person.items():
            if pid not in wanted:
                writer.delete(GroupMember, member.id)


def replan(
    store: Store,
    set_id: str,
    present: Sequence[str] | None = None,
    seed: int | None = None,
    time_budget: float = 2.0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    keep_moves: bool = True,
) -> int:
    """Re-plan the rounds after the locked ones for the people here now.

    ``present`` defaults to the people checked in to the set's session (or, for
    a set of chosen people or one with no session, the set's current people).
    Locked members stay in their groups, and so do people moved there by hand
    unless ``keep_moves`` is False (their marks are then cleared). Returns how
    many rounds were re-planned.
    """
    with store.read() as db:
        row = _set_row(db, set_id)
        layout = _layout(db, set_id)
        first = row.locked_rounds
        count = len(layout) - first
        if count <= 0:
            raise UserError("every round is locked; add a round or unlock one first")
        if present is None:
            present = _present_now(store, row, layout)
        if not present:
            raise UserError("nobody is present to put into groups")
        request = _request_for(
            db,
            row,
            layout,
            present,
            first,
            count,
            row.seed if seed is None else seed,
            time_budget,
            keep_moves,
        )
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        row = _set_row(writer.db, set_id)
        _rewrite(writer, row, _layout(writer.db, set_id), first, planned.rounds, not keep_moves)
    return count


def add_round(
    store: Store,
    set_id: str,
    present: Sequence[str] | None = None,
    time_budget: float = 2.0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Plan one more round against all earlier ones (which stay); returns its number."""
    with store.read() as db:
        row = _set_row(db, set_id)
        layout = _layout(db, set_id)
        if present is None:
            present = _present_now(store, row, layout)
        if not present:
            raise UserError("nobody is present to put into groups")
        number = len(layout) + 1
        request = _request_for(
            db, row, layout, present, len(layout), 1, row.seed + number, time_budget
        )
        names = [(g.name, g.colour, g.room) for g, _ms in layout[-1]] if layout else None
    planned = grouping.plan(request, progress, cancelled)
    with store.write() as writer:
        row = _set_row(writer.db, set_id)
        _write_round(writer, row.event_id, set_id, number, planned.rounds[0], names)
        writer.update(GroupSet, set_id, {"rounds": number}, current=_current(row))
    return number


def _member_row(db: Session, group_id: str, person_id: str) -> GroupMember:
    member = db.execute(
        select(GroupMember).where(
            GroupMember.group_id == group_id,
            GroupMember.person_id == person_id,
            GroupMember.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if member is None:
        raise UserError("that person is not in that group")
    return member


def _group_row(db: Session, group_id: str) -> Group:
    group = db.get(Group, group_id)
    if group is None or group.deleted:
        raise UserError(f"no group with id {group_id}")
    return group


def move_member(
    store: Store,
    person_id: str,
    from_group_id: str,
    to_group_id: str,
    *,
    redo: bool = False,
) -> Move:
    """Move a person to another group of the same round (a manual move).

    A locked person is refused — unless ``redo``: redoing a move the
    facilitator made and undid is their own decision again, and must work
    exactly when its undo did (see :func:`undo_move`), lock or no lock.
    """
    with store.write() as writer:
        db = writer.db
        source, target = _group_row(db, from_group_id), _group_row(db, to_group_id)
        if source.group_set_id != target.group_set_id or source.round != target.round:
            raise UserError("people move only between groups of the same round")
        row = _set_row(db, source.group_set_id)
        if source.round <= row.locked_rounds:
            raise UserError(f"round {source.round} is locked; unlock it to move people")
        member = _member_row(db, from_group_id, person_id)
        if member.locked and not redo:
            person = db.get(Person, person_id)
            name = person.display_name if person else person_id
            raise UserError(f"{name} is locked in {source.name}; unlock them to move them")
        was_moved = bool(member.moved)
        if from_group_id != to_group_id:
            writer.update(
                GroupMember,
                member.id,
                {"group_id": to_group_id, "moved": True},
                current={
                    "event_id": member.event_id,
                    "group_id": member.group_id,
                    "moved": member.moved,
                },
            )
    return Move(person_id, from_group_id, to_group_id, was_moved)


def undo_move(store: Store, move: Move) -> None:
    """Take back a manual move: the person returns to the group they came from,
    with their moved mark as it was.

    Unlike :func:`move_member` this does not refuse a locked member: a lock set
    after the move (by hand, on the command line or from another laptop) says
    "keep them where they are", and taking the move back is the facilitator
    undoing their own decision, so the lock travels back with the person.
    A locked round still refuses, because its groups have been played.
    """
    with store.write() as writer:
        db = writer.db
        source, target = _group_row(db, move.to_group_id), _group_row(db, move.from_group_id)
        row = _set_row(db, source.group_set_id)
        if source.round <= row.locked_rounds:
            raise UserError(f"round {source.round} is locked; unlock it to move people")
        member = _member_row(db, move.to_group_id, move.person_id)
        writer.update(
            GroupMember,
            member.id,
            {"group_id": target.id, "moved": move.was_moved},
            current={
                "event_id": member.event_id,
                "group_id": member.group_id,
                "moved": member.moved,
            },
        )


def snapshot_set(store: Store, set_id: str) -> SetSnapshot:
    """The set's groups and memberships now, for :func:`restore_snapshot`."""
    with store.read() as db:
        row = _set_row(db, set_id)
        layout = _layout(db, set_id)
        return SetSnapshot(
            set_id,
            row.rounds,
            tuple(
                (g.id, g.round, g.position, g.name, g.colour, g.room)
                for rnd in layout
                for g, _ms in rnd
            ),
            tuple(
                (g.id, m.person_id, bool(m.locked), bool(m.moved))
                for rnd in layout
                for g, ms in rnd
                for m in ms
            ),
        )


def restore_snapshot(store: Store, snapshot: SetSnapshot) -> None:
    """Put a set's groups and memberships back as :func:`snapshot_set` saw them.

    Undo of a re-plan or of an added round: groups added since are removed
    (tombstones, so the undo syncs), groups removed since come back, and each
    person is put back in their group of each round with their lock and moved
    marks. Names and rooms are left alone: they have their own undo steps.
    """
    with store.write() as writer:
        db = writer.db
        row = _set_row(db, snapshot.set_id)
        existing = {
            g.id: g
            for g in db.execute(
                select(Group).where(Group.group_set_id == snapshot.set_id)
            ).scalars()
        }
        wanted_groups = {g[0]: g for g in snapshot.groups}
        for gid, (_gid, number, position, name, colour, room) in wanted_groups.items():
            group = existing.get(gid)
            if group is None:
                writer.create(
                    Group,
                    {
                        "id": gid,
                        "event_id": row.event_id,
                        "group_set_id": row.id,
                        "round": number,
                        "position": position,
                        "name": name,
                        "colour": colour,
                        "room": room,
                    },
                )
            elif group.deleted:
                writer.update(Group, gid, {"deleted": False})
        round_of = {gid: g[1] for gid, g in wanted_groups.items()}
        live = [g for gid, g in existing.items() if not g.deleted]
        for group in live:
            if group.id not in wanted_groups:
                writer.delete(Group, group.id)
        current: dict[tuple[int, str], GroupMember] = {}
        ids = list(existing)
        for start in range(0, len(ids), 400):
            for m in db.execute(
                select(GroupMember).where(
                    GroupMember.group_id.in_(ids[start : start + 400]),
                    GroupMember.deleted.is_(False),
                )
            ).scalars():
                number = existing[m.group_id].round
                if m.group_id not in wanted_groups or (number, m.person_id) in current:
                    writer.delete(GroupMember, m.id)
                else:
                    current[(number, m.person_id)] = m
        wanted = {
            (round_of[gid], pid): (gid, locked, moved)
            for gid, pid, locked, moved in snapshot.members
        }
        for key, m in current.items():
            if key not in wanted:
                writer.delete(GroupMember, m.id)
        for key, (gid, locked, moved) in wanted.items():
            m = current.get(key)
            values = {"group_id": gid, "locked": locked, "moved": moved}
            if m is None:
                writer.create(
                    GroupMember, {"event_id": row.event_id, "person_id": key[1], **values}
                )
            else:
                writer.update(
                    GroupMember,
                    m.id,
                    values,
                    current={
                        "event_id": m.event_id,
                        "group_id": m.group_id,
                        "locked": m.locked,
                        "moved": m.moved,
                    },
                )
        writer.update(GroupSet, row.id, {"rounds": snapshot.rounds}, current=_current(row))


def set_locked(store: Store, group_id: str, person_id: str, locked: bool) -> bool:
    """Lock (or unlock) a person in their group: re-plans leave them there."""
    with store.write() as writer:
        member = _member_row(writer.db, group_id, person_id)
        return writer.update(
            GroupMember,
            member.id,
            {"locked": locked},
            current={"event_id": member.event_id, "locked": member.locked},
        )


def update_group(
    store: Store, group_id: str, name: str | None = None, room: str | None = None
) -> bool:
    """Rename a group or give it a room (shown on the projector and on paper)."""
    values: dict[str, Any] = {}
    if name is not None:
        if not name.strip():
            raise UserError("a group needs a name")
        values["name"] = name.strip()[:100]
    if room is not None:
        values["room"] = room.strip()[:100] or None
    with store.write() as writer:
        _group_row(writer.db, group_id)
        return writer.update(Group, group_id, values)


def delete_set(store: Store, set_id: str) -> None:
    """Remove a group set (a tombstone that syncs; :func:`restore_set` brings it back)."""
    with store.write() as writer:
        _set_row(writer.db, set_id)
        writer.delete(GroupSet, set_id)


def restore_set(store: Store, set_id: str) -> None:
    with store.write() as writer:
        writer.update(GroupSet, set_id, {"deleted": False})
