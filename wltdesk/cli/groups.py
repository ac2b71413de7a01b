"""Commands for breakout groups: ``wltdesk groups make|show|list|move|lock|replan|…``.

The actions: make, show, list, move, lock, replan, add-round and rename.

People are named the way a facilitator knows them: a badge code, an id or a
part of the name that finds exactly one person. A group is named by its number
in the round or its name; ``rename`` sets a group's name and room in every round
(group 3 is group 3 in every round, and "Group 3 meets in Lab 2" holds all day)
unless ``--round`` picks one.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from wltdesk import agenda, events, groups
from wltdesk.cli.console import SESSION_HELP, print_json
from wltdesk.errors import UserError
from wltdesk.language import _, locale_digits, ngettext
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _person(store: Store, event_id: str, selector: str) -> str:
    return groups.resolve_person(store, event_id, selector).id


def _pins(store: Store, event_id: str, values: list[str]) -> dict[str, int]:
    """``--pin A,B`` puts A in group 1 and B in group 2; ``--pin A=3`` names the group."""
    pins: dict[str, int] = {}
    for value in values:
        next_group = 1
        for part in _names(value):
            who, sep, number = part.partition("=")
            if sep:
                if not number.strip().isdigit() or int(number) < 1:
                    raise UserError(_("--pin: {number!r} is not a group number").format(
                        number=number
                    ))
                group = int(number)
            else:
                while next_group in pins.values():
                    next_group += 1
                group = next_group
            person = _person(store, event_id, who)
            if person in pins and pins[person] != group:
                raise UserError(_("--pin: {who} is pinned to two groups").format(who=who))
            pins[person] = group
    return pins


def _view_json(view: groups.GroupSetView) -> dict:
    return asdict(view)


def _print_view(view: groups.GroupSetView, only_round: int | None = None) -> None:
    title = view.session_title
    # A set is named after its session by default ("Groups — Breakouts"): say it once.
    named = title is None or title.casefold() in view.name.casefold()
    print(view.name if named else f"{view.name} — {title}")
    for rnd in view.rounds:
        if only_round is not None and rnd.number != only_round:
            continue
        mark = _(" (locked)") if rnd.locked else ""
        print(_("\nRound {number}{mark}").format(number=rnd.number, mark=mark))
        for group in rnd.groups:
            room = f" [{group.room}]" if group.room else ""
            print(f"  {group.name}{room} ({locale_digits(str(len(group.members)))})")
            for m in group.members:
                local = f" · {m.local_name}" if m.local_name else ""
                region = f" — {m.region}" if m.region else ""
                lock = _(" (locked)") if m.locked else _(" (moved)") if m.moved else ""
                print(f"    {m.display_name}{local}{region}{lock}")
    print()
    for line in view.report:
        print(line)


def cmd_make(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session) if args.session else None
    people = None
    if args.people:
        people = [_person(store, event.id, who) for who in _names(args.people)]
    if session is None and people is None:
        raise UserError(_("give --session (its checked-in people) or --people"))
    apart: list[tuple[str, str]] = []
    for value in args.apart:
        names = _names(value)
        if len(names) < 2:
            raise UserError(_("--apart wants two or more people, not {value!r}").format(
                value=value
            ))
        ids = [_person(store, event.id, n) for n in names]
        apart.extend((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    together = []
    for value in args.together:
        names = _names(value)
        if len(names) < 2:
            raise UserError(_("--together wants two or more people, not {value!r}").format(
                value=value
            ))
        together.append(tuple(_person(store, event.id, n) for n in names))
    wish = groups.Wish(
        size=args.size,
        count=args.count,
        rounds=args.rounds,
        apart=tuple(apart),
        together=tuple(together),
        pins=_pins(store, event.id, args.pin),
        balance=tuple(_names(args.balance or "")),
        seed=args.seed,
        history=args.history,
        time_budget=args.time,
    )
    set_id = groups.make_set(
        store,
        event.id,
        wish,
        session_id=session.id if session else None,
        person_ids=people,
        name=args.name,
    )
    view = groups.set_view(store, set_id)
    if args.json:
        print_json(_view_json(view))
    else:
        _print_view(view)
        print(_("\nSaved as {id}").format(id=view.id))
    return 0


def _set(store: Store, args: argparse.Namespace) -> groups.GroupSetSummary:
    event = events.resolve_event(store, args.event)
    return groups.resolve_set(store, event.id, args.set)


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    view = groups.set_view(store, _set(store, args).id)
    if args.round is not None and not 1 <= args.round <= len(view.rounds):
        raise UserError(_("--round: the set has {count} rounds").format(count=len(view.rounds)))
    if args.json:
        print_json(_view_json(view))
    else:
        _print_view(view, args.round)
    return 0


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    sets = groups.list_sets(store, event.id)
    if args.json:
        print_json([asdict(s) for s in sets])
        return 0
    if not sets:
        print(_("No group sets yet ('wltdesk groups make' makes one)."))
    for number, s in enumerate(sets, 1):
        sizes = ", ".join(
            (
                ngettext("{n} person", "{n} people", s.people).format(n=s.people),
                ngettext("{n} group", "{n} groups", s.groups).format(n=s.groups),
                ngettext("{n} round", "{n} rounds", s.rounds).format(n=s.rounds),
                *([_("{n} locked").format(n=s.locked_rounds)] if s.locked_rounds else []),
            )
        )
        print(f"{locale_digits(str(number)):>3}  {s.name}  ({sizes})  {s.id[:8]}")
    return 0


def _round(view: groups.GroupSetView, number: int | None) -> groups.RoundView:
    if number is None:
        if len(view.rounds) == 1:
            return view.rounds[0]
        raise UserError(_("the set has {count} rounds; say which with --round").format(
            count=len(view.rounds)
        ))
    if not 1 <= number <= len(view.rounds):
        raise UserError(_("--round: the set has {count} rounds").format(count=len(view.rounds)))
    return view.rounds[number - 1]


def _group(rnd: groups.RoundView, selector: str) -> groups.GroupView:
    text = selector.strip()
    if text.isdigit() and 1 <= int(text) <= len(rnd.groups):
        return rnd.groups[int(text) - 1]
    for group in rnd.groups:
        if group.name.casefold() == text.casefold() or group.id == text:
            return group
    raise UserError(_("--to: round {number} has no group {selector!r}").format(
        number=rnd.number, selector=selector
    ))


def _position(rounds: list[groups.RoundView], selector: str) -> int:
    """The 0-based position a group number or name means in ``rounds``.

    A number counts within the round; a name (or id) may be one that only some
    rounds use, as long as it always means the same position.
    """
    text = selector.strip()
    count = max(len(rnd.groups) for rnd in rounds)
    if text.isdigit():
        if 1 <= int(text) <= count:
            return int(text) - 1
        raise UserError(_("no group number {text} (the rounds have {count} groups)").format(
            text=text, count=count
        ))
    found = {
        position
        for rnd in rounds
        for position, group in enumerate(rnd.groups)
        if group.name.casefold() == text.casefold() or group.id == text
    }
    if len(found) == 1:
        return found.pop()
    if not found:
        raise UserError(_(
            "no group named {selector!r} (give its number, 1–{count}, or its name)"
        ).format(
            selector=selector, count=count
        ))
    raise UserError(_(
        "{selector!r} names different groups in different rounds; add --round"
    ).format(
        selector=selector
    ))


def _where(rnd: groups.RoundView, person_id: str) -> groups.GroupView:
    for group in rnd.groups:
        if any(m.person_id == person_id for m in group.members):
            return group
    raise UserError(_("that person is not in round {number}").format(number=rnd.number))


def cmd_move(store: Store, args: argparse.Namespace) -> int:
    summary = _set(store, args)
    event = events.resolve_event(store, args.event)
    view = groups.set_view(store, summary.id)
    rnd = _round(view, args.round)
    person = groups.resolve_person(store, event.id, args.person)
    source = _where(rnd, person.id)
    target = _group(rnd, args.to)
    groups.move_member(store, person.id, source.id, target.id)
    print(_("{display_name}: {name} → {name2} (round {number})").format(
        display_name=person.display_name, name=source.name, name2=target.name, number=rnd.number
    ))
    for line in groups.set_view(store, summary.id).report:
        print(line)
    return 0


def cmd_lock(store: Store, args: argparse.Namespace) -> int:
    summary = _set(store, args)
    if args.person is None:
        if args.rounds is None:
            raise UserError(_("give --rounds N (lock the first N rounds) or --person"))
        groups.lock_rounds(store, summary.id, 0 if args.unlock else args.rounds)
        state = (
            _("none locked") if args.unlock
            else _("rounds 1–{n} locked").format(n=args.rounds)
        )
        print(f"{summary.name}: {state}")
        return 0
    event = events.resolve_event(store, args.event)
    view = groups.set_view(store, summary.id)
    rnd = _round(view, args.round)
    person = groups.resolve_person(store, event.id, args.person)
    group = _where(rnd, person.id)
    groups.set_locked(store, group.id, person.id, not args.unlock)
    state = _("unlocked") if args.unlock else _("locked")
    print(_("{display_name} {state} in {name} (round {number})").format(
        display_name=person.display_name, state=state, name=group.name, number=rnd.number
    ))
    return 0


def cmd_replan(store: Store, args: argparse.Namespace) -> int:
    summary = _set(store, args)
    count = groups.replan(
        store,
        summary.id,
        seed=args.seed,
        time_budget=args.time,
        keep_moves=not args.discard_moves,
    )
    view = groups.set_view(store, summary.id)
    if args.json:
        print_json(_view_json(view))
        return 0
    print(
        ngettext(
            "Re-planned {n} round for the people here now.",
            "Re-planned {n} rounds for the people here now.",
            count,
        ).format(n=count)
    )
    for line in view.report:
        print(line)
    return 0


def cmd_add_round(store: Store, args: argparse.Namespace) -> int:
    summary = _set(store, args)
    number = groups.add_round(store, summary.id, time_budget=args.time)
    view = groups.set_view(store, summary.id)
    if args.json:
        print_json(_view_json(view))
        return 0
    _print_view(view, number)
    return 0


def cmd_rename(store: Store, args: argparse.Namespace) -> int:
    """Name a group and give it a room: in every round, or in ``--round`` only."""
    if args.name is None and args.room is None:
        raise UserError(_("give --name, --room or both"))
    name = args.name.strip()[:100] if args.name is not None else None
    if name == "":
        raise UserError(_("a group needs a name"))
    summary = _set(store, args)
    view = groups.set_view(store, summary.id)
    if not view.rounds:
        raise UserError(_("{name} has no groups").format(name=view.name))
    if args.round is not None and not 1 <= args.round <= len(view.rounds):
        raise UserError(_("--round: the set has {count} rounds").format(count=len(view.rounds)))
    rounds = view.rounds if args.round is None else [view.rounds[args.round - 1]]
    position = _position(rounds, args.group)
    targets = [(rnd, rnd.groups[position]) for rnd in rounds if position < len(rnd.groups)]
    if name is not None:
        for rnd, target in targets:
            for other in rnd.groups:
                if other.id != target.id and other.name.casefold() == name.casefold():
                    raise UserError(_("round {number} already has a group named {name!r}").format(
                        number=rnd.number, name=other.name
                    ))
    for _rnd, target in targets:
        groups.update_group(store, target.id, name=name, room=args.room)
    changed = {target.id for _rnd, target in targets}
    after = [
        (rnd.number, group)
        for rnd in groups.set_view(store, summary.id).rounds
        for group in rnd.groups
        if group.id in changed
    ]
    if args.json:
        print_json(
            [
                {"round": number, "id": g.id, "name": g.name, "colour": g.colour, "room": g.room}
                for number, g in after
            ]
        )
        return 0
    for number, group in after:
        room = f" · {group.room}" if group.room else _(" (no room)")
        print(_("Round {number}: {name}{room}").format(number=number, name=group.name, room=room))
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {text!r}").format(
            text=text),
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("must be at least 1, not {value}").format(value=value))
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a number of seconds: {text!r}").format(
            text=text),
        ) from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(_("give between 0 and 600 seconds"))
    return value


def register(cli: CommandLine) -> None:
    actions = cli.group("groups", _("breakout groups: make, show, move people, re-plan, rooms"))

    make = actions.add(
        "make", cmd_make, _("form groups from a session's checked-in people (or --people)")
    )
    make.add_argument("--session", help=_(
        "{SESSION_HELP}; its checked-in people are grouped"
    ).format(
        SESSION_HELP=_(SESSION_HELP)
    ))
    make.add_argument("--people", help=_(
        "comma-separated people instead (badge codes, ids, names)"
    ))
    size = make.add_mutually_exclusive_group(required=True)
    size.add_argument("--size", type=_positive, help=_("people per group (sizes differ by ≤ 1)"))
    size.add_argument("--count", type=_positive, help=_("number of groups"))
    make.add_argument("--rounds", type=_positive, default=1, help=_("rounds (default 1)"))
    make.add_argument("--balance", help=_("fields to spread, e.g. region,gender"))
    make.add_argument(
        "--apart", action="append", default=[], metavar="A,B", help=_("never in one group")
    )
    make.add_argument(
        "--together", action="append", default=[], metavar="A,B,…", help=_("always in one group")
    )
    make.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="A[=N],B…",
        help=_("keep people in a group every round: A,B puts A in group 1, B in group 2"),
    )
    make.add_argument("--seed", type=int, default=0, help=_("same seed, same groups (default 0)"))
    make.add_argument(
        "--history", action="store_true", help=_("avoid pairs who met in earlier group sets")
    )
    make.add_argument("--name", help=_("name of the set (default from the session)"))
    make.add_argument(
        "--time", type=_seconds, default=2.0, help=_("time budget in seconds (default 2)")
    )
    cli.json_flag(make)

    show = actions.add("show", cmd_show, _("show a group set with its quality report"))
    show.add_argument("set", metavar="SET", help=_("number in 'groups list', id or name"))
    show.add_argument("--round", type=_positive, help=_("only this round"))
    cli.json_flag(show)

    listing = actions.add("list", cmd_list, _("the event's group sets"))
    cli.json_flag(listing)

    move = actions.add("move", cmd_move, _("move a person to another group (a manual move)"))
    move.add_argument("set", metavar="SET")
    move.add_argument("--person", required=True, help=_("badge code, id or name"))
    move.add_argument("--to", required=True, help=_("group number or name"))
    move.add_argument("--round", type=_positive, help=_("which round (needed if several)"))

    lock = actions.add("lock", cmd_lock, _("lock finished rounds, or a person in their group"))
    lock.add_argument("set", metavar="SET")
    lock.add_argument("--rounds", type=int, help=_("lock rounds 1..N (finished)"))
    lock.add_argument("--person", help=_("lock this person in their group"))
    lock.add_argument("--round", type=_positive, help=_("the round for --person"))
    lock.add_argument("--unlock", action="store_true", help=_("unlock instead"))

    replan = actions.add(
        "replan", cmd_replan, _("re-plan the unlocked rounds for the people checked in now")
    )
    replan.add_argument("set", metavar="SET")
    replan.add_argument("--seed", type=int, help=_("another seed for another plan"))
    replan.add_argument("--time", type=_seconds, default=2.0, help=_("time budget in seconds"))
    replan.add_argument(
        "--discard-moves",
        action="store_true",
        help=_("re-plan people moved by hand too (by default they stay where they were put)"),
    )
    cli.json_flag(replan)

    more = actions.add("add-round", cmd_add_round, _(
            "plan one more round against the earlier ones"
        ))
    more.add_argument("set", metavar="SET")
    more.add_argument("--time", type=_seconds, default=2.0, help=_("time budget in seconds"))
    cli.json_flag(more)

    rename = actions.add(
        "rename", cmd_rename, _("name a group and give it a room (in every round unless --round)")
    )
    rename.add_argument("set", metavar="SET", help=_("number in 'groups list', id or name"))
    rename.add_argument("group", metavar="GROUP", help=_("group number in the round, or its name"))
    rename.add_argument("--name", help=_("the group's new name"))
    rename.add_argument("--room", help=_("where the group meets ('' for no room)"))
    rename.add_argument("--round", type=_positive, help=_("only this round"))
    cli.json_flag(rename)
