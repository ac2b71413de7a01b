"""``wltdesk paper import``: sign-in sheets read back from photos and scans.

Every file is read first; if any cannot be read, or a sheet belongs elsewhere,
nothing is recorded (one line says which and why, exit 1). Then the ticked
people are checked in as coming from paper. Boxes the reader is not sure of are
never guessed: they are listed, and the exit code is :data:`NEEDS_REVIEW` (JSON:
``"needs_review": true``) so a script knows someone must look.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import agenda, events
from wltdesk.cli.console import SESSION_HELP, print_json
from wltdesk.errors import UserError
from wltdesk.language import _, format_number, ngettext
from wltdesk.paper import record
from wltdesk.paper.reading import read_files
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine

#: The exit code when everything read was recorded but some boxes need a person's look.
NEEDS_REVIEW = 3


def _row_json(row: record.SheetRow) -> dict[str, object]:
    return {
        "row": row.box.number,
        "person_id": row.person_id,
        "display_name": row.display_name,
        "state": row.box.state,
        "confidence": round(row.box.confidence, 3),
        "walk_in": row.box.person is None,
        "written": row.box.written,
    }


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session_id = agenda.resolve_session(store, event.id, args.session).id if args.session else None
    at = record.parse_time(args.time) if args.time else None
    readings = read_files(args.scans)
    if readings.problems:
        raise UserError(readings.problems[0].message)
    pages = [record.match_page(store, event.id, page, session_id) for page in readings.pages]
    ticks = [(page.session.id, row.person_id) for page in pages for row in page.ticked]
    done = [] if args.dry_run else record.record_ticks(store, ticks, at)
    unclear = [(page, row) for page in pages for row in page.unclear]
    walk_ins = [(page, row) for page in pages for row in page.walk_ins]
    review = bool(unclear or walk_ins)
    if args.json:
        print_json(
            {
                "pages": [
                    {
                        "source": page.reading.source,
                        "session_id": page.session.id,
                        "session": page.session.title,
                        "page": page.reading.code.page,
                        "rows": [_row_json(row) for row in page.rows],
                    }
                    for page in pages
                ],
                "ticked": len(ticks),
                "recorded": len(done),
                "already": len(ticks) - len(done) if not args.dry_run else None,
                "dry_run": args.dry_run,
                "needs_review": review,
            }
        )
        return NEEDS_REVIEW if review else 0
    for page in pages:
        counts = {state: 0 for state in ("ticked", "empty", "unclear")}
        for row in page.rows:
            counts[row.box.state] += 1
        print(
            _("{where}: {title}, page {page}: {ticked} ticked, {empty} empty, {unclear} unclear")
            .format(
                where=page.reading.source,
                title=page.session.title,
                page=format_number(page.reading.code.page),
                ticked=format_number(counts["ticked"]),
                empty=format_number(counts["empty"]),
                unclear=format_number(counts["unclear"]),
            )
        )
    for page, row in unclear:
        who = row.display_name or _("walk-in row")
        print(
            _("  check by hand: row {row} ({who}) on {where}").format(
                row=format_number(row.box.number), who=who, where=page.reading.source
            )
        )
    for page, row in walk_ins:
        print(
            _("  a walk-in wrote in row {row} on {where}: add them at the desk").format(
                row=format_number(row.box.number), where=page.reading.source
            )
        )
    if args.dry_run:
        print(
            ngettext(
                "dry run: {count} person would be checked in from paper",
                "dry run: {count} people would be checked in from paper",
                len(ticks),
            ).format(count=format_number(len(ticks)))
        )
    else:
        print(
            _("{count} checked in from paper").format(count=format_number(len(done)))
            + " · "
            + _("{count} already checked in").format(count=format_number(len(ticks) - len(done)))
        )
    return NEEDS_REVIEW if review else 0


def register(cli: CommandLine) -> None:
    paper = cli.group("paper", _("read sign-in sheets back from photos and scans"))
    command = paper.add(
        "import",
        cmd_import,
        _("check in the people ticked on photos or scans of printed sign-in sheets"),
    )
    command.add_argument(
        "scans", nargs="+", metavar="SCAN",
        help=_("a photo or scan of a sheet: JPEG, PNG or PDF (every page)"),
    )
    command.add_argument(
        "--session", help=_("only sheets of this session: ") + _(SESSION_HELP)
    )
    command.add_argument(
        "--time", metavar="HH:MM",
        help=_("when they came, by the venue's clock (default: the session's start)"),
    )
    command.add_argument(
        "--dry-run", action="store_true", help=_("read and report, record nothing")
    )
    cli.json_flag(command)
