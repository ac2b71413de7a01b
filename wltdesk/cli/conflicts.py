"""The ``conflicts`` command: what a merge left to review — fields two laptops wrote at
the same time (each value with its laptop, its time at the venue and what that laptop
had seen), and changes held back because their laptop's clock ran ahead."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wltdesk import events
from wltdesk.cli.console import print_json, utc
from wltdesk.cli.sync import warn_about_clock
from wltdesk.errors import UserError
from wltdesk.language import _, format_stamp, locale_digits, ngettext
from wltdesk.store import Store
from wltdesk.sync import conflicts, held

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def _json_value(value: Any) -> Any:
    return utc(value) if isinstance(value, datetime) else value


def _conflict_json(number: int, conflict: conflicts.Conflict) -> dict[str, Any]:
    return {
        "number": number,
        "entity": conflict.entity,
        "row_id": conflict.row_id,
        "field": conflict.field,
        "label": conflict.label,
        "timezone": conflict.timezone,
        "versions": [
            {
                "version": index,
                "value": _json_value(v.value),
                "hlc": v.hlc,
                "device_id": v.device_id,
                "device_name": v.device_name,
                "written_at": utc(v.written_at),
                "written_at_venue": conflicts.venue_time(v.written_at, conflict.timezone),
                "current": index == 1,
                "with": {k: _json_value(x) for k, x in v.also.items()},
                "seen": {
                    "kind": v.seen.kind,
                    "value": _json_value(v.seen.value),
                    "hlc": v.seen.hlc,
                },
            }
            for index, v in enumerate(conflict.versions, 1)
        ],
    }


def _held_json(group: held.HeldGroup) -> dict[str, Any]:
    return {
        "kind": "held",
        "id": group.id,
        "device_id": group.device_id,
        "device_name": group.device_name,
        "changes": group.changes,
        "bundles": list(group.bundles),
        "ahead_ms": group.ahead_ms,
        "ahead_days": round(group.ahead_ms / 86_400_000, 1),
        "first_hlc": group.first_stamp,
        "last_hlc": group.last_stamp,
        "held_at": utc(group.held_at),
        "text": group.describe(),
    }


def _held_choice(text: str) -> int | str:
    if text == "all":
        return text
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("give an id or 'all', not {text!r}").format(text=text)
        ) from None


def _decide_held(store: Store, event_id: str, args: argparse.Namespace) -> int:
    """``--accept-held`` / ``--drop-held``: one laptop's held changes, or all."""
    choice = args.accept_held if args.accept_held is not None else args.drop_held
    which = None if choice == "all" else int(choice)
    accepting = args.accept_held is not None
    done = held.accept(store, event_id, which) if accepting else held.drop(store, event_id, which)
    if not done:
        print(_("nothing is held for review"))
    for group in done:
        said = (
            ngettext(
                "{n} change from laptop '{laptop}' accepted (written anew by this laptop, "
                "stamped now)",
                "{n} changes from laptop '{laptop}' accepted (written anew by this laptop, "
                "stamped now)",
                group.changes,
            )
            if accepting
            else ngettext(
                "{n} change from laptop '{laptop}' dropped (never applied)",
                "{n} changes from laptop '{laptop}' dropped (never applied)",
                group.changes,
            )
        )
        print(said.format(n=group.changes, laptop=group.laptop))
    return 0


def _print_held(groups: list[held.HeldGroup]) -> None:
    print(_("held for review (stamped too far ahead of this laptop's clock):"))
    for group in groups:
        count = len(group.bundles)
        bundles = ngettext("{n} bundle", "{n} bundles", count).format(n=count)
        print(
            _("   held {id}: {what} ({bundles}, held {when} UTC)").format(
                id=group.id, what=group.describe(), bundles=bundles,
                when=format_stamp(group.held_at),
            )
        )
    print(_("accept with: wltdesk conflicts --accept-held ID|all; drop with --drop-held ID|all"))


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    warn_about_clock(store, event.id)
    if args.accept_held is not None or args.drop_held is not None:
        return _decide_held(store, event.id, args)
    found = conflicts.conflicts(store, event.id)
    waiting = held.held_groups(store, event.id)
    if args.resolve is not None:
        if not 1 <= args.resolve <= len(found):
            raise UserError(_("--resolve: no conflict number {number} ({count} open)").format(
                number=args.resolve, count=len(found)
            ))
        conflict = found[args.resolve - 1]
        if args.use is None:
            raise UserError(_("--resolve needs --use VERSION (1 keeps the current value)"))
        if not 1 <= args.use <= len(conflict.versions):
            raise UserError(_("--use: choose a version from 1 to {count}").format(
                count=len(conflict.versions)
            ))
        where = (event.id, conflict.entity, conflict.row_id, conflict.field)
        zone = conflict.timezone
        if args.use == 1:
            conflicts.keep(store, *where)
            print(
                _("kept {value}; marked reviewed (the review syncs like an edit)").format(
                    value=repr(conflicts.version_text(conflict.current, zone))
                )
            )
        else:
            chosen = conflict.versions[args.use - 1]
            conflicts.pick(store, *where, chosen.hlc)
            print(
                _("{label} {field}: now {value}").format(
                    label=conflict.label,
                    field=conflict.field,
                    value=repr(conflicts.version_text(chosen, zone)),
                )
            )
        return 0
    if args.json:
        listed = [{"kind": "conflict"} | _conflict_json(n, c) for n, c in enumerate(found, 1)]
        print_json(listed + [_held_json(g) for g in waiting])
        return 0
    if waiting:
        _print_held(waiting)
    if not found:
        print(_("no conflicts to review"))
        return 0
    _print_conflicts(found)
    return 0


def _print_conflicts(found: list[conflicts.Conflict]) -> None:
    """Each conflict with its versions: the value, who wrote it and when (the venue's
    clock), and what that laptop had seen before it wrote."""
    for number, conflict in enumerate(found, 1):
        digits = locale_digits(str(number))
        print(f"{digits}. {conflict.entity} · {conflict.label} · {conflict.field}")
        zone = conflict.timezone
        for index, v in enumerate(conflict.versions, 1):
            print(
                "   "
                + _("{index}) {value}  ({mark}, {who}, {when}; {seen})").format(
                    index=index,
                    value=repr(conflicts.version_text(v, zone)),
                    mark=_("current") if index == 1 else _("written at the same time"),
                    who=conflict.laptop(v),
                    when=conflicts.venue_time(v.written_at, zone),
                    seen=conflicts.seen_text(v, zone),
                )
            )
    zones = sorted({c.timezone for c in found})
    print(_("times are the venue's ({zone})").format(zone=", ".join(zones)))
    print(
        _(
            "resolve with: wltdesk conflicts --resolve NUMBER --use VERSION "
            "(1 keeps the current value and marks the conflict reviewed)"
        )
    )


def register(cli: CommandLine) -> None:
    command = cli.add(
        "conflicts", cmd_conflicts, _("review values two laptops wrote at the same time")
    )
    command.add_argument("--resolve", type=int, metavar="NUMBER", help=_("conflict to resolve"))
    command.add_argument(
        "--use", type=int, metavar="VERSION", help=_("1 keeps the current value; 2… picks another")
    )
    decide = command.add_mutually_exclusive_group()
    decide.add_argument(
        "--accept-held",
        type=_held_choice,
        metavar="ID|all",
        help=_("apply a laptop's held changes as new changes of this laptop"),
    )
    decide.add_argument(
        "--drop-held", type=_held_choice, metavar="ID|all", help=_("never apply them")
    )
    cli.json_flag(command)
