"""``wltdesk certificates details|list|verify``: what certificates carry, the register of
certificates an event gives, and checking a certificate's number.

``details`` sets the signatories, logos, date of issue and number code of an
event's certificates (shown when nothing is given); ``list`` is the organizer's
register (number, name, sessions attended); ``verify`` says whose a number is
(as printed under a certificate's QR code, typed or scanned) and whether they
earned it, exiting 1 when it is no certificate of the event.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import events
from wltdesk.cli.console import parse_date, print_json, table
from wltdesk.cli.printing import positive
from wltdesk.errors import UserError
from wltdesk.language import _, format_date, format_number
from wltdesk.printing import certificates, issuer
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def cmd_details(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    signatories = None
    if args.no_signatories:
        signatories = []
    elif args.signatory:
        signatories = [issuer.parse_signatory(text) for text in args.signatory]
    logos = [] if args.no_logos else None
    if args.logo:
        logos = [issuer.read_logo(path) for path in args.logo]
    given = (signatories, logos, args.issued, args.code)
    if any(value is not None for value in given) or args.default_date:
        changed = issuer.update_issuer(
            store,
            event.id,
            signatories=signatories,
            logos=logos,
            issued=args.issued,
            default_date=args.default_date,
            code=args.code,
        )
        if not args.json:
            print(_("updated") if changed else _("nothing to change"))
            return 0
        event = events.get_event(store, event.id)
    details = issuer.issuer(event)
    if args.json:
        print_json(
            {
                "code": details.code,
                "code_set": details.code_set,
                "signatories": [{"name": s.name, "title": s.title} for s in details.signatories],
                "logos": len(details.logos),
                "issued": details.issued,
                "date_set": details.date_set,
            }
        )
        return 0
    code_note = "" if details.code_set else _(" (made from the event's name and year)")
    date_note = "" if details.date_set else _(" (the event's last day)")
    print(_("numbers: {code}-…{note}").format(code=details.code, note=code_note))
    print(_("date of issue: {day}{note}").format(
        day=format_date(details.issued, "yMMMMd"), note=date_note
    ))
    print(_("logos: {count}").format(count=format_number(len(details.logos))))
    if details.signatories:
        for person in details.signatories:
            print(_("signed by: {name}").format(
                name=f"{person.name} — {person.title}" if person.title else person.name
            ))
    else:
        print(_("signed by: two unnamed lines, Facilitator and Organizer"))
    return 0


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    found = certificates.register(store, event.id, args.min_sessions)
    if args.json:
        print_json(
            [
                {
                    "number": c.number,
                    "person_id": c.person.person_id,
                    "display_name": c.person.display_name,
                    "local_name": c.person.local_name,
                    "attended": c.person.attended,
                    "sessions": c.person.of,
                }
                for c in found
            ]
        )
        return 0
    table(
        [
            (c.number, c.person.display_name, f"{c.person.attended}/{c.person.of}")
            for c in found
        ]
    )
    print(_("{count} certificates").format(count=format_number(len(found))))
    return 0


def cmd_verify(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    verdict = certificates.verify(store, event.id, args.number, args.min_sessions)
    person = verdict.person
    if args.json:
        print_json(
            {
                "number": verdict.number,
                "valid": person.earned,
                "person_id": person.person_id,
                "display_name": person.display_name,
                "local_name": person.local_name,
                "attended": person.attended,
                "sessions": person.of,
                "needed": verdict.needed,
                "code_matches": verdict.code_matches,
            }
        )
        return 0 if person.earned else 1
    name = f"{person.display_name} ({person.local_name})" if person.local_name else (
        person.display_name
    )
    counts = {
        "attended": format_number(person.attended),
        "sessions": format_number(person.of),
        "needed": format_number(verdict.needed),
    }
    if not person.earned:
        raise UserError(
            _(
                "{number} is {name}'s number, but they attended {attended} of {sessions} "
                "sessions: fewer than the {needed} a certificate needs"
            ).format(number=verdict.number, name=name, **counts)
        )
    print(
        _("{number}: a certificate of {event} for {name}, who attended {attended} of "
          "{sessions} sessions").format(
            number=verdict.number, event=event.name, name=name, **counts
        )
    )  # fmt: skip
    if not verdict.code_matches:
        print(_("(printed with an earlier code of the event: the number is {number} now)").format(
            number=verdict.number
        ))
    return 0


def register(cli: CommandLine) -> None:
    group = cli.group(
        "certificates",
        _("certificates: signatories and logos, the register of numbers, checking a number"),
    )
    details = group.add(
        "details",
        cmd_details,
        _("show or set what the event's certificates carry: signatories, logos, date, code"),
    )
    signed = details.add_mutually_exclusive_group()
    signed.add_argument(
        "--signatory",
        action="append",
        metavar='"NAME|TITLE"',
        help=_("who signs, with their title (repeat, up to three; replaces the list)"),
    )
    signed.add_argument("--no-signatories", action="store_true", help=_("clear the list"))
    logos = details.add_mutually_exclusive_group()
    logos.add_argument(
        "--logo",
        action="append",
        metavar="FILE",
        help=_("a PNG or JPEG logo (repeat, up to three; replaces the logos)"),
    )
    logos.add_argument("--no-logos", action="store_true", help=_("no logos"))
    dated = details.add_mutually_exclusive_group()
    dated.add_argument("--issued", type=parse_date, help=_("the date of issue, YYYY-MM-DD"))
    dated.add_argument(
        "--default-date", action="store_true", help=_("date them the event's last day again")
    )
    details.add_argument(
        "--code",
        help=_(
            "what certificate numbers start with, e.g. LTD26 (letters and digits; an empty "
            "text: made from the event's name and year)"
        ),
    )
    cli.json_flag(details)
    listed = group.add("list", cmd_list, _("the certificates the event gives, with numbers"))
    listed.add_argument(
        "--min-sessions", type=positive, help=_("sessions needed (default: 3/4)")
    )
    cli.json_flag(listed)
    verify = group.add(
        "verify", cmd_verify, _("whose certificate a number is, and whether they earned it")
    )
    verify.add_argument(
        "number", help=_("the number beside the certificate's QR code (what it holds)")
    )
    verify.add_argument(
        "--min-sessions", type=positive, help=_("sessions needed (default: 3/4)")
    )
    cli.json_flag(verify)
