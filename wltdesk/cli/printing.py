"""``wltdesk print``: any PDF output to a file, and the badge reprint log.

The file appears under its name only when it is complete (temporary name,
then rename), so a failure leaves no half-written PDF. Badges printed before
are refused unless ``--reprint`` is given; every badge written is logged.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import agenda, circles, events, printing
from wltdesk.cli.console import SESSION_HELP, print_json, table, utc
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.printing.stock import DEFAULT_STOCK, STOCKS
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {text!r}").format(
            text=text),
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("must not be negative: {text}").format(text=text))
    return value


def _badge_selection(store: Store, event_id: str, args: argparse.Namespace) -> list[str] | None:
    from wltdesk.printing import badges

    if args.code and args.new_only:
        raise UserError(_("give --code or --new-only, not both"))
    if args.code:
        return badges.people_by_codes(store, event_id, args.code)
    if args.new_only:
        chosen = badges.never_printed(store, event_id)
        if not chosen and not args.blank:
            raise UserError(_("everyone on the roster has a badge already (--new-only)"))
        return chosen  # with --blank and no one new: only the blank badges
    return None


def options_from(store: Store, event_id: str, args: argparse.Namespace) -> printing.PrintOptions:
    """The print options a command line asks for, with names resolved to ids."""
    output = args.output
    session_id = set_id = circle_id = None
    if args.session is not None:
        if output != "signin":
            raise UserError(_("--session is for the sign-in sheet only"))
        session_id = agenda.resolve_session(store, event_id, args.session).id
    if args.set is not None:
        if output != "groups":
            raise UserError(_("--set is for group rosters only"))
        from wltdesk.printing.rosters import resolve_set

        set_id = resolve_set(store, event_id, args.set)
    if args.circle is not None:
        if output != "circle":
            raise UserError(_("--circle is for the circle summary only"))
        circle_id = circles.resolve_circle(store, event_id, args.circle).id
    if args.min_sessions is not None and output != "certificates":
        raise UserError(_("--min-sessions is for certificates only"))
    if (args.reprint or args.code or args.new_only) and output != "badges":
        raise UserError(_("--reprint, --code and --new-only are for badges only"))
    if (args.stock is not None or args.blank) and output != "badges":
        raise UserError(_("--stock and --blank are for badges only"))
    person_ids = _badge_selection(store, event_id, args) if output == "badges" else None
    wanted = args.output_language
    language = None if wanted is None else events.parse_output_language(wanted)
    return printing.PrintOptions(
        paper=args.paper,
        session_id=session_id,
        set_id=set_id,
        circle_id=circle_id,
        audience=args.audience,
        min_sessions=args.min_sessions,
        person_ids=tuple(person_ids) if person_ids is not None else None,
        reprint=args.reprint,
        stock=args.stock or DEFAULT_STOCK,
        blank=args.blank,
        walk_in_rows=args.walk_in_rows,
        language=language,
    )


def cmd_print(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    options = options_from(store, event.id, args)
    done = printing.produce(store, event.id, args.output, options, args.out)
    if args.json:
        print_json(
            {
                "output": args.output,
                "language": options.language or events.event_output_language(event),
                "path": str(done.path),
                "pages": done.pages,
                "badges_logged": done.badges_logged,
            }
        )
        return 0
    pages = "1 page" if done.pages == 1 else f"{done.pages} pages"
    logged = f"; {done.badges_logged} badges logged" if done.badges_logged else ""
    print(f"{done.path}: {pages}{logged}")
    return 0


def cmd_badge_log(store: Store, args: argparse.Namespace) -> int:
    from wltdesk.printing import badges

    event = events.resolve_event(store, args.event)
    found = badges.printed_before(store, event.id)
    if args.json:
        print_json(
            [
                {
                    "person_id": p.person_id,
                    "display_name": p.display_name,
                    "times": p.times,
                    "last_printed_at": utc(p.last_printed_at),
                }
                for p in found
            ]
        )
        return 0
    table(
        [(p.display_name, f"{p.times}×", f"{p.last_printed_at:%Y-%m-%d %H:%M} UTC") for p in found]
    )
    waiting = len(badges.never_printed(store, event.id))
    print(_("{count} people have a printed badge; {waiting} have none yet").format(
        count=len(found), waiting=waiting
    ))
    return 0


def register(cli: CommandLine) -> None:
    command = cli.add("print", cmd_print, _("print a PDF: sign-in sheet, badges, rosters, …"))
    command.add_argument("output", choices=printing.OUTPUTS, help=_("what to print"))
    command.add_argument("--out", required=True, metavar="FILE.pdf", help=_("the PDF to write"))
    command.add_argument("--paper", choices=("a4", "letter"), default="a4")
    command.add_argument(
        "--lang",
        dest="output_language",  # not the run's --lang (the language of messages)
        metavar="LANG",
        help=_(
            "the language of the PDF: en, bn or bilingual (English and Bengali); "
            "default: the event's output language (event edit --output-language)"
        ),
    )
    command.add_argument("--session", help=_("signin: the session ({SESSION_HELP})").format(
        SESSION_HELP=_(SESSION_HELP)
    ))
    command.add_argument("--walk-in-rows", type=positive, default=8, help=_("signin: blank rows"))
    command.add_argument("--set", help=_("groups: one group set (number, id or name)"))
    command.add_argument("--circle", help=_("circle: one circle (number, id or title)"))
    command.add_argument(
        "--audience",
        choices=("public", "organizers", "facilitator"),
        default="public",
        help=_("circle: whose notes may appear (default: public notes only)"),
    )
    command.add_argument(
        "--min-sessions", type=positive, help=_("certificates: sessions needed (default: 3/4)")
    )
    command.add_argument(
        "--reprint", action="store_true", help=_("badges: print again those printed before")
    )
    command.add_argument(
        "--code", action="append", metavar="CODE", help=_("badges: only this badge code (repeat)")
    )
    command.add_argument(
        "--new-only", action="store_true", help=_("badges: only people who have none yet")
    )
    command.add_argument(
        "--stock",
        choices=tuple(STOCKS),
        help=_(
            "badges: what they are printed on (default {default}; see docs/printing.md "
            "for each stock's sizes)"
        ).format(default=DEFAULT_STOCK),
    )
    command.add_argument(
        "--blank",
        type=positive,
        default=0,
        metavar="N",
        help=_(
            "badges: add N blank badges for walk-ins to write their name on (with "
            "--new-only when everyone has a badge: only these)"
        ),
    )
    cli.json_flag(command)

    log = cli.add("badge-log", cmd_badge_log, _("whose badges were printed, how often, when last"))
    cli.json_flag(log)
