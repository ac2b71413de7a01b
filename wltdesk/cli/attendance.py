"""Commands for the check-in desk: ``checkin`` and ``attendance``.

``checkin`` finds the person by id, badge code or a query, registers a walk-in, or
takes back this laptop's last check-in (``--undo``), as Ctrl+Z does at the desk.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import agenda, attendance, events, people
from wltdesk.cli.console import SESSION_HELP, local_time, print_json, table, utc
from wltdesk.cli.sessions import session_json
from wltdesk.errors import UserError
from wltdesk.language import _, format_day_time
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine
    from wltdesk.store.models import Event


def cmd_checkin(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    if args.undo:
        return _undo(store, event, args)
    session = agenda.resolve_session(store, event.id, args.session)
    if args.person:
        result = attendance.check_in(store, session.id, args.person, args.status)
    elif args.code:
        result = attendance.check_in_by_code(store, session.id, args.code, args.status)
    elif args.walk_in is not None:
        result = _walk_in(store, event.id, session.id, args)
    else:
        result = attendance.check_in_by_query(store, session.id, args.query, args.status)
    badge = people.get_person(store, result.person_id).badge_code
    if args.json:
        print_json(
            {
                "attendance_id": result.attendance_id,
                "person_id": result.person_id,
                "display_name": result.display_name,
                "local_name": result.local_name,
                "badge_code": badge,
                "session_id": session.id,
                "status": result.status,
                "checked_at": utc(result.checked_at),
                "already": result.already,
                "walk_in": args.walk_in is not None,
            }
        )
        return 0
    name = result.display_name + (f" ({result.local_name})" if result.local_name else "")
    when = local_time(event.timezone, result.checked_at)
    status = attendance.status_label(result.status)
    if result.already:
        print(_("{name} was already checked in to {title}: {status} at {when}").format(
            name=name, title=session.title, status=status, when=when
        ))
    elif args.walk_in is not None:
        print(_("{name}: {status} at {when}, {title} (walk-in, badge {badge})").format(
            name=name, status=status, when=when, title=session.title, badge=badge
        ))
    else:
        print(_("{name}: {status} at {when}, {title}").format(
            name=name, status=status, when=when, title=session.title
        ))
    return 0


def _walk_in(
    store: Store, event_id: str, session_id: str, args: argparse.Namespace
) -> attendance.CheckIn:
    """Register someone not on the roster and check them in; a name already on the
    roster is refused, so a second card for the same person is not made by mistake."""
    name = args.walk_in.strip()
    if not name:
        raise UserError(_("--walk-in: give the person's name"))
    for person in people.list_people(store, event_id):
        if person.display_name.casefold() == name.casefold():
            raise UserError(
                _(
                    "{display_name} is on the roster already (badge {badge_code}); check them "
                    "in with --code {badge_code}"
                ).format(
                    display_name=person.display_name, badge_code=person.badge_code
                )
            )
    local = (args.local_name or "").strip() or None
    return attendance.walk_in(store, session_id, name, args.status, local_name=local)


def _undo(store: Store, event: Event, args: argparse.Namespace) -> int:
    session = agenda.resolve_session(store, event.id, args.session) if args.session else None
    undone = attendance.undo_last(store, event.id, session.id if session else None)
    title = agenda.get_session(store, undone.session_id).title
    if args.json:
        print_json(
            {
                "person_id": undone.person_id,
                "display_name": undone.display_name,
                "local_name": undone.local_name,
                "session_id": undone.session_id,
                "undone_status": undone.status,
                "status": undone.restored,
                "walk_in_removed": undone.walk_in_removed,
            }
        )
        return 0
    name = undone.display_name + (f" ({undone.local_name})" if undone.local_name else "")
    now = (
        _("back to {status}").format(status=attendance.status_label(undone.restored))
        if undone.restored
        else _("not checked in")
    )
    gone = _("; the walk-in is off the roster again") if undone.walk_in_removed else ""
    print(_("undone: {name} at {title} ({status}) — {now}{gone}").format(
        name=name, title=title, status=attendance.status_label(undone.status), now=now,
        gone=gone,
    ))
    return 0


def checkin_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with these ``checkin`` options, before the store is opened."""
    if args.undo:
        extra = [o for o, v in (("--status", args.status), ("--local-name", args.local_name)) if v]
        return _("--undo takes no {options}").format(options=" / ".join(extra)) if extra else None
    if args.session is None:
        return _("the following arguments are required: {options}").format(options="--session")
    if args.local_name is not None and args.walk_in is None:
        return _("--local-name goes with --walk-in")
    return None


def cmd_attendance(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session)
    rows = attendance.session_attendance(store, session.id)
    tally = attendance.counts(store, session.id)
    if args.json:
        print_json(
            {
                "session": session_json(session),
                "counts": {
                    "expected": tally.expected,
                    "present": tally.present,
                    "late": tally.late,
                    "excused": tally.excused,
                    "absent": tally.absent,
                },
                "people": [
                    {
                        "person_id": r.person_id,
                        "display_name": r.display_name,
                        "local_name": r.local_name,
                        "badge_code": r.badge_code,
                        "status": r.status,
                        "checked_at": utc(r.checked_at),
                        "source": r.source,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(f"{session.title} — {format_day_time(session.starts_at)}")
    table(
        [
            (
                attendance.status_label(r.status) or "-",
                local_time(event.timezone, r.checked_at),
                r.display_name,
                r.local_name,
                r.badge_code,
            )
            for r in rows
        ]
    )
    waiting = tally.expected - tally.arrived - tally.excused - tally.absent
    print(
        _(
            "present {present} · late {late} · excused {excused} · absent {absent} · not yet "
            "{waiting} · expected {expected}"
        ).format(
            present=tally.present, late=tally.late, excused=tally.excused,
            absent=tally.absent, waiting=waiting, expected=tally.expected,
        )
    )
    return 0


def register(cli: CommandLine) -> None:
    checkin = cli.add(
        "checkin", cmd_checkin, _("check a person in to a session, or undo the last check-in")
    )
    checkin.add_argument("--session", help=_(SESSION_HELP))
    who = checkin.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", help=_("person id"))
    who.add_argument("--code", help=_("badge code"))
    who.add_argument("--query", help=_("part of a name, username or email"))
    who.add_argument(
        "--walk-in", metavar="NAME", help=_(
            "someone not on the roster: add them and check them in"
        )
    )
    who.add_argument(
        "--undo",
        action="store_true",
        help=_(
            "take back this laptop's last check-in (in --session, if given); again for the one "
            "before"
        ),
    )
    checkin.add_argument("--local-name", help=_("with --walk-in: the name in local script"))
    checkin.add_argument(
        "--status", choices=("present", "late", "excused", "absent"),
        help=_("present, late, excused or absent (default: present or late by the clock)"),
    )
    cli.json_flag(checkin)
    cli.usage_check(checkin, checkin_usage)

    attend = cli.add("attendance", cmd_attendance, _("who is checked in to a session"))
    attend.add_argument("--session", required=True, help=_(SESSION_HELP))
    cli.json_flag(attend)
