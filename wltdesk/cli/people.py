"""Commands for the roster: ``roster import`` and ``roster list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wltdesk import events, people
from wltdesk.cli.console import parse_mapping, print_json, table
from wltdesk.language import _
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def cmd_roster_import(store: Store, args: argparse.Namespace) -> int:
    from wltdesk import roster

    event = events.resolve_event(store, args.event)
    mapping = dict(args.map or [])
    report = roster.import_roster(store, event.id, Path(args.file), mapping=mapping or None)
    if args.json:
        print_json(
            {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": [{"line": r.line, "reason": r.reason} for r in report.rejected],
            }
        )
        return 0
    print(
        _(
            "{file}: {created} new, {updated} updated, {unchanged} unchanged, {count} rejected"
        ).format(
            file=args.file, created=report.created, updated=report.updated,
            unchanged=report.unchanged, count=len(report.rejected),
        )
    )
    for rejected in report.rejected:
        print(_("  line {line}: {reason}").format(line=rejected.line, reason=rejected.reason))
    return 0


def _person_json(p: Any) -> dict[str, Any]:
    return (
        {"id": p.id} | {key: getattr(p, key) for key in people.PERSON_FIELDS} | {"extra": p.extra}
    )


def cmd_roster_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    roster_people = people.list_people(store, event.id)
    if args.json:
        print_json([_person_json(p) for p in roster_people])
    elif not roster_people:
        print(_("the roster is empty ('wltdesk roster import FILE')"))
    else:
        table(
            [
                (
                    p.badge_code,
                    p.display_name,
                    p.local_name,
                    p.region,
                    p.affiliation,
                    people.role_words(p.role),
                )
                for p in roster_people
            ]
        )
    return 0


def register(cli: CommandLine) -> None:
    roster_cmd = cli.group("roster", _("people of the event"))
    rimport = roster_cmd.add("import", cmd_roster_import, _("import people from CSV or XLSX"))
    rimport.add_argument("file")
    rimport.add_argument(
        "--map",
        action="append",
        type=parse_mapping,
        metavar="COLUMN=field",
        help=_("map a column to a field (repeatable; field '-' ignores the column)"),
    )
    cli.json_flag(rimport)
    cli.json_flag(roster_cmd.add("list", cmd_roster_list, _("list the roster")))
