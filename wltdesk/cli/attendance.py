"""Commands for the check-in desk: ``checkin`` and ``attendance``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import agenda, attendance, events
from wltdesk.cli.console import local_time, print_json, table, utc
from wltdesk.cli.events import session_json
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def cmd_checkin(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    session = agenda.resolve_session(store, event.id, args.session)
    if args.person:
        result = attendance.check_in(store, session.id, args.person, args.status)
    elif args.code:
        result = attendance.check_in_by_code(store, session.id, args.code, args.status)
    else:
        result = attendance.check_in_by_query(store, session.id, args.query, args.status)
    if args.json:
        print_json(
            {
                "attendance_id": result.attendance_id,
                "person_id": result.person_id,
                "display_name": result.display_name,
                "local_name": result.local_name,
                "session_id": session.id,
                "status": result.status,
                "checked_at": utc(result.checked_at),
                "already": result.already,
            }
        )
        return 0
    name = result.display_name + (f" ({result.local_name})" if result.local_name else "")
    when = local_time(event.timezone, result.checked_at)
    if result.already:
        print(f"{name} was already checked in to {session.title}: {result.status} at {when}")
    else:
        print(f"{name}: {result.status} at {when}, {session.title}")
    return 0


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
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(f"{session.title} — {session.starts_at:%a %d %b %H:%M}")
    table(
        [
            (
                r.status or "-",
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
        f"present {tally.present} · late {tally.late} · excused {tally.excused} · "
        f"absent {tally.absent} · not yet {waiting} · expected {tally.expected}"
    )
    return 0


def register(cli: CommandLine) -> None:
    checkin = cli.add("checkin", cmd_checkin, "check a person in to a session")
    checkin.add_argument("--session", required=True, help="number, id or title")
    who = checkin.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", help="person id")
    who.add_argument("--code", help="badge code")
    who.add_argument("--query", help="part of a name, username or email")
    checkin.add_argument("--status", choices=("present", "late", "excused", "absent"))
    cli.json_flag(checkin)

    attend = cli.add("attendance", cmd_attendance, "who is checked in to a session")
    attend.add_argument("--session", required=True, help="number, id or title")
    cli.json_flag(attend)
