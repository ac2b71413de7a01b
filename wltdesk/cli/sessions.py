"""Commands for the agenda: ``wltdesk session add|list|edit|delete``.

A session is named the way every command names one (see :data:`SESSION_HELP`):
its number in ``session list``, its id or id prefix, its title, or ``now`` /
``next`` by the venue's clock. Facilitators are named the way people are named
elsewhere: a badge code, an id, or part of a name that finds one person.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wltdesk import agenda, events, people
from wltdesk.cli.console import SESSION_HELP, parse_datetime, print_json, table
from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_day_time, format_time, ngettext
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine
    from wltdesk.store.models import EventSession

FACILITATOR_HELP = N_("badge code, id or name of a facilitator (repeat for each)")


def session_json(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "day": s.day,
        "start": s.starts_at,
        "end": s.ends_at,
        "kind": s.kind,
        "room": s.room,
        "facilitators": s.facilitators,
    }


def _facilitators(store: Store, event_id: str, selectors: list[str]) -> list[str]:
    """Person ids for ``--facilitator`` values, each naming exactly one person."""
    from wltdesk import groups  # its resolver names people as every command does

    ids = [groups.resolve_person(store, event_id, selector).id for selector in selectors]
    return list(dict.fromkeys(ids))


def cmd_session_add(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    facilitators = _facilitators(store, event.id, args.facilitator or [])
    session_id = agenda.add_session(
        store,
        event.id,
        args.title,
        args.start,
        args.end,
        kind=args.kind,
        room=args.room,
        facilitators=facilitators,
    )
    if args.json:
        print_json(session_json(agenda.get_session(store, session_id)))
    else:
        print(session_id)
    return 0


def cmd_session_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    sessions = agenda.list_sessions(store, event.id)
    if args.json:
        print_json([session_json(s) for s in sessions])
    elif not sessions:
        print(_("no sessions yet ('wltdesk session add')"))
    else:
        names = {p.id: p.display_name for p in people.list_people(store, event.id)}
        table(
            [
                (
                    n,
                    f"{format_day_time(s.starts_at)}–{format_time(s.ends_at)}",
                    s.title,
                    agenda.kind_words(s.kind),
                    s.room,
                    ", ".join(names[p] for p in s.facilitators or () if p in names),
                    s.id[:8],
                )
                for n, s in enumerate(sessions, 1)
            ]
        )
    return 0


def _moved(session: EventSession, start: datetime | None, end: datetime | None) -> dict:
    """New times: a new start alone moves the session and keeps its length."""
    if start is None and end is None:
        return {}
    if end is None:
        assert start is not None
        end = start + (session.ends_at - session.starts_at)
    return {"starts_at": start or session.starts_at, "ends_at": end}


def cmd_session_edit(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session)
    fields: dict[str, Any] = _moved(session, args.start, args.end)
    for field in ("title", "kind"):
        if getattr(args, field) is not None:
            fields[field] = getattr(args, field).strip()
    if args.room is not None:
        fields["room"] = args.room.strip() or None  # an empty text clears it
    if args.no_facilitators:
        fields["facilitators"] = []
    elif args.facilitator:
        fields["facilitators"] = _facilitators(store, event.id, args.facilitator)
    if not fields:
        raise UserError(
            _(
                "session edit: give --title, --start, --end, --kind, --room, --facilitator or "
                "--no-facilitators"
            )
        )
    if "kind" in fields and not fields["kind"]:
        raise UserError(_("a session needs a kind (e.g. session, workshop)"))
    changed = agenda.update_session(store, session.id, **fields)
    edited = agenda.get_session(store, session.id)
    if args.json:
        print_json(session_json(edited) | {"changed": changed})
    else:
        done = _("updated: {line}") if changed else _("nothing to change: {line}")
        print(done.format(line=_line(edited)))
    return 0


def cmd_session_delete(store: Store, args: argparse.Namespace) -> int:
    from wltdesk import attendance

    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session)
    arrived = attendance.counts(store, session.id).arrived
    agenda.delete_session(store, session.id)
    if args.json:
        print_json(session_json(session) | {"deleted": True, "check_ins": arrived})
        return 0
    kept = "" if not arrived else ngettext(
        "; its {n} check-in stays in the store", "; its {n} check-ins stay in the store", arrived
    ).format(n=arrived)
    print(_("deleted: {line}{kept}").format(line=_line(session), kept=kept))
    return 0


def _line(session: EventSession) -> str:
    return f"{session.title} ({format_day_time(session.starts_at)}–{format_time(session.ends_at)})"


def _times(command: argparse.ArgumentParser, required: bool) -> None:
    command.add_argument(
        "--start", required=required, type=parse_datetime, help=_("YYYY-MM-DDTHH:MM at the venue")
    )
    command.add_argument(
        "--end", required=required, type=parse_datetime, help=_("YYYY-MM-DDTHH:MM at the venue")
    )


def register(cli: CommandLine) -> None:
    session_cmd = cli.group("session", _("the agenda: add, list, edit and delete sessions"))
    sadd = session_cmd.add("add", cmd_session_add, _("add a session; prints its id"))
    sadd.add_argument("--title", required=True)
    _times(sadd, required=True)
    sadd.add_argument("--kind", default="session", help=", ".join(agenda.SESSION_KINDS))
    sadd.add_argument("--room")
    sadd.add_argument("--facilitator", action="append", metavar="PERSON", help=_(FACILITATOR_HELP))
    cli.json_flag(sadd)

    cli.json_flag(session_cmd.add("list", cmd_session_list, _("list the agenda")))

    edit = session_cmd.add(
        "edit", cmd_session_edit, _("change a session's title, times, kind, room or facilitators")
    )
    edit.add_argument("session", metavar="SESSION", help=_(SESSION_HELP))
    edit.add_argument("--title")
    _times(edit, required=False)
    edit.epilog = "A new --start alone moves the session and keeps its length."
    edit.add_argument("--kind", help=", ".join(agenda.SESSION_KINDS))
    edit.add_argument("--room", help=_("an empty text clears it"))
    who = edit.add_mutually_exclusive_group()
    who.add_argument(
        "--facilitator",
        action="append",
        metavar="PERSON",
        help=_("badge code, id or name of a facilitator (repeat for each); replaces the list"),
    )
    who.add_argument("--no-facilitators", action="store_true", help=_("clear the list"))
    cli.json_flag(edit)

    delete = session_cmd.add(
        "delete", cmd_session_delete, _("delete a session (its check-ins stay in the store)")
    )
    delete.add_argument("session", metavar="SESSION", help=_(SESSION_HELP))
    cli.json_flag(delete)
