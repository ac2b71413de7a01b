"""Commands for events: ``demo`` and ``event create|edit|list|key|rekey`` (the agenda:
``sessions``; the event's laptops: ``device``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import demo, events
from wltdesk.cli.console import parse_date, print_json, table
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.sync import eventkey

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    if args.if_missing and demo.exists(store):
        print(_("the demo event is already in {url}").format(url=store.url))
        return 0
    event_id = demo.create_demo(store)
    print(event_id)
    return 0


def cmd_event_create(store: Store, args: argparse.Namespace) -> int:
    print(
        events.create_event(
            store, args.name, args.start, args.end, venue=args.venue, timezone=args.timezone
        )
    )
    return 0


def cmd_event_edit(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    credits = [] if args.no_photo_credits else args.photo_credit
    given = (
        args.name, args.venue, credits, args.start, args.end, args.output_language,
        args.short_name,
    )  # fmt: skip
    if all(v is None for v in given):
        raise UserError(
            _(
                "event edit: give --name, --venue, --start, --end, --photo-credit, "
                "--no-photo-credits, --output-language or --short-name"
            )
        )
    changed = events.update_event(
        store,
        event.id,
        name=args.name,
        venue=args.venue,
        photo_credits=credits,
        start=args.start,
        end=args.end,
        output_language=args.output_language,
        short_name=args.short_name,
    )
    print(_("updated") if changed else _("nothing to change"))
    return 0


def cmd_event_list(store: Store, args: argparse.Namespace) -> int:
    found = events.list_events(store)
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "start": e.start_date,
                    "end": e.end_date,
                    "venue": e.venue,
                    "timezone": e.timezone,
                    "photo_credits": events.photo_credit_lines(e),
                    "output_language": events.event_output_language(e),
                    "short_name": e.short_name,
                }
                for e in found
            ]
        )
    elif not found:
        print(_("no events yet ('wltdesk event create' or 'wltdesk demo')"))
    else:
        table([(e.id[:8], e.start_date, e.end_date, e.name, e.venue) for e in found])
    return 0


def cmd_event_key(store: Store, args: argparse.Namespace) -> int:
    """The event key as text and a QR code, for co-facilitators to join with; or
    (``--set``) the new key an organizer made, for this laptop to use."""
    event = events.resolve_event(store, args.event)
    if args.set is not None:
        if eventkey.set_key(store, event.id, args.set):
            print(
                _(
                    "this laptop now locks the event's bundles with the new key (and still "
                    "opens those made with the old one); its next sync sends everything again"
                )
            )
        else:
            print(_("that is the event's key already"))
        return 0
    key = eventkey.event_key(store, event.id)
    return _show_key(event.id, key, args)


def _show_key(event_id: str, key: str, args: argparse.Namespace) -> int:
    if args.qr:
        path = eventkey.key_qr(event_id, key, args.qr)
        print(_("{path}: the event key as a QR code; show it only to your team").format(path=path))
        return 0
    if args.json:
        print_json(
            {"event_id": event_id, "key": key, "qr_text": eventkey.key_payload(event_id, key)}
        )
        return 0
    print(eventkey.key_qr_text(event_id, key), end="")
    print(eventkey.key_payload(event_id, key))
    return 0


def cmd_event_rekey(store: Store, args: argparse.Namespace) -> int:
    """A new event key, after a laptop was lost: shown like ``event key``."""
    event = events.resolve_event(store, args.event)
    key = eventkey.rekey(store, event.id)
    if not args.json:
        print(
            _(
                "a new event key: bundles are locked with it from now on, and a laptop that has "
                "only the old key cannot read them. Give it to every team laptop (they scan "
                "this code, or run: wltdesk event key --set \"<the text below>\"); bundles made "
                "before still open with the old key."
            )
        )
    return _show_key(event.id, key, args)


def register(cli: CommandLine) -> None:
    demo_cmd = cli.add("demo", cmd_demo, _("create the demo event (a fictional two-day training)"))
    demo_cmd.add_argument("--if-missing", action="store_true", help=_("do nothing if it exists"))

    event_cmd = cli.group("event", _("create and list events"))
    create = event_cmd.add("create", cmd_event_create, _("create an event; prints its id"))
    create.add_argument("--name", required=True)
    create.add_argument("--start", required=True, type=parse_date, help=_("YYYY-MM-DD"))
    create.add_argument("--end", required=True, type=parse_date, help=_("YYYY-MM-DD"))
    create.add_argument("--venue")
    create.add_argument("--timezone", default="UTC", help=_("e.g. Asia/Dhaka (default UTC)"))
    edit = event_cmd.add(
        "edit",
        cmd_event_edit,
        _("change the name, venue, dates, photo credits or the language of its printouts"),
    )
    edit.add_argument("--name")
    edit.add_argument(
        "--start",
        type=parse_date,
        help=_(
            "YYYY-MM-DD: the event moves there, its agenda by as many days (and the end, unless "
            "--end is given)"
        ),
    )
    edit.add_argument("--end", type=parse_date, help=_("YYYY-MM-DD"))
    edit.add_argument("--venue", help=_("an empty text clears it"))
    credits = edit.add_mutually_exclusive_group()
    credits.add_argument(
        "--photo-credit",
        action="append",
        metavar="TEXT",
        help=_(
            "who took photos and their licence, e.g. \"Rakib Hasan — CC BY-SA 4.0\" (repeat for "
            "each; replaces the list the event report prints)"
        ),
    )
    credits.add_argument("--no-photo-credits", action="store_true", help=_("clear the list"))
    edit.add_argument(
        "--output-language",
        metavar="LANG",
        help=_(
            "the language its PDFs are printed in: en, bn or bilingual (English and "
            "Bengali); 'print --lang' overrides it for one print"
        ),
    )
    edit.add_argument(
        "--short-name",
        metavar="TEXT",
        help=_(
            "the event's name as badges print it, e.g. \"LTD 2026\" (an empty text: the "
            "name itself, or its initials when it is too long for a badge)"
        ),
    )
    cli.json_flag(event_cmd.add("list", cmd_event_list, _("list events")))
    key = event_cmd.add(
        "key",
        cmd_event_key,
        _(
            "show the event key (text and QR code): co-facilitators join with it; whoever has "
            "it can read the event's bundles"
        ),
    )
    key.add_argument("--qr", metavar="FILE", help=_("save the QR code as .png or .svg"))
    key.add_argument(
        "--set",
        metavar="KEY",
        help=_(
            "use the new event key an organizer made (wltdesk event rekey): the text of its QR "
            "code, or the bare key"
        ),
    )
    cli.json_flag(key)
    rekey = event_cmd.add(
        "rekey",
        cmd_event_rekey,
        _(
            "change the event key (after a laptop was lost): new bundles are locked with the "
            "new key, which every team laptop must be given"
        ),
    )
    rekey.add_argument("--qr", metavar="FILE", help=_("save the new key's QR code as .png or .svg"))
    cli.json_flag(rekey)
