"""The ``wltdesk`` command line: every headless feature, for organizers and scripts.

``wltdesk`` with no command opens the GUI. Commands print plain text, or JSON
with ``--json``. Bad input or data gives one line on stderr and exit code 1,
with the store unchanged; usage errors exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from wltdesk import __version__, agenda, attendance, demo, events, people
from wltdesk.errors import UserError
from wltdesk.store import Store, open_store

Handler = Callable[[Store, argparse.Namespace], int]


# ----------------------------------------------------------------- argument types
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (YYYY-MM-DDTHH:MM): {text!r}") from None
    if moment.tzinfo is not None:
        raise argparse.ArgumentTypeError("give session times as wall time at the venue, no offset")
    return moment


def _mapping(text: str) -> tuple[str, str]:
    column, sep, field = text.partition("=")
    if not sep or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(f"--map wants COLUMN=field, not {text!r}")
    return column.strip(), field.strip()


# ----------------------------------------------------------------- output helpers
def _speaks_utf(stream: Any) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def _tolerant_output() -> None:
    """Names in any script must not crash output to a console or pipe that is not
    UTF-8 (a redirected stdout on Windows is the ANSI code page): escape instead."""
    for stream in (sys.stdout, sys.stderr):
        if not _speaks_utf(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _utc(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) moment, marked as UTC so JSON readers cannot mistake it."""
    return None if moment is None else moment.replace(tzinfo=UTC)


def _print_json(data: Any) -> None:
    # ISO 8601 times; \u escapes (still exact JSON) where stdout cannot take UTF-8.
    ascii_only = not _speaks_utf(sys.stdout)
    json.dump(data, sys.stdout, ensure_ascii=ascii_only, indent=2, default=_json_value)
    sys.stdout.write("\n")


def _table(rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    widths = [max(len(str(r[i] or "")) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(c or "").ljust(w) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def _local_time(event_tz: str, moment: datetime | None) -> str:
    if moment is None:
        return ""
    zone = events.check_timezone(event_tz)
    return moment.replace(tzinfo=UTC).astimezone(zone).strftime("%H:%M")


# ----------------------------------------------------------------- commands
def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    if args.if_missing and demo.exists(store):
        print(f"the demo event is already in {store.url}")
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


def cmd_event_list(store: Store, args: argparse.Namespace) -> int:
    found = events.list_events(store)
    if args.json:
        _print_json(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "start": e.start_date,
                    "end": e.end_date,
                    "venue": e.venue,
                    "timezone": e.timezone,
                }
                for e in found
            ]
        )
    elif not found:
        print("no events yet ('wltdesk event create' or 'wltdesk demo')")
    else:
        _table([(e.id[:8], e.start_date, e.end_date, e.name, e.venue) for e in found])
    return 0


def cmd_session_add(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    print(
        agenda.add_session(
            store, event.id, args.title, args.start, args.end, kind=args.kind, room=args.room
        )
    )
    return 0


def _session_json(s: Any) -> dict[str, Any]:
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


def cmd_session_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    sessions = agenda.list_sessions(store, event.id)
    if args.json:
        _print_json([_session_json(s) for s in sessions])
    elif not sessions:
        print("no sessions yet ('wltdesk session add')")
    else:
        _table(
            [
                (
                    n,
                    f"{s.starts_at:%a %d %b %H:%M}–{s.ends_at:%H:%M}",
                    s.title,
                    s.kind,
                    s.room,
                    s.id[:8],
                )
                for n, s in enumerate(sessions, 1)
            ]
        )
    return 0


def cmd_roster_import(store: Store, args: argparse.Namespace) -> int:
    from wltdesk import roster

    event = events.resolve_event(store, args.event)
    mapping = dict(args.map or [])
    report = roster.import_roster(store, event.id, Path(args.file), mapping=mapping or None)
    if args.json:
        _print_json(
            {
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": [{"line": r.line, "reason": r.reason} for r in report.rejected],
            }
        )
        return 0
    print(
        f"{args.file}: {report.created} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {len(report.rejected)} rejected"
    )
    for rejected in report.rejected:
        print(f"  line {rejected.line}: {rejected.reason}")
    return 0


def _person_json(p: Any) -> dict[str, Any]:
    return (
        {"id": p.id} | {key: getattr(p, key) for key in people.PERSON_FIELDS} | {"extra": p.extra}
    )


def cmd_roster_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    roster_people = people.list_people(store, event.id)
    if args.json:
        _print_json([_person_json(p) for p in roster_people])
    elif not roster_people:
        print("the roster is empty ('wltdesk roster import FILE')")
    else:
        _table(
            [
                (p.badge_code, p.display_name, p.local_name, p.region, p.affiliation, p.role)
                for p in roster_people
            ]
        )
    return 0


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
        _print_json(
            {
                "attendance_id": result.attendance_id,
                "person_id": result.person_id,
                "display_name": result.display_name,
                "local_name": result.local_name,
                "session_id": session.id,
                "status": result.status,
                "checked_at": _utc(result.checked_at),
                "already": result.already,
            }
        )
        return 0
    name = result.display_name + (f" ({result.local_name})" if result.local_name else "")
    when = _local_time(event.timezone, result.checked_at)
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
        _print_json(
            {
                "session": _session_json(session),
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
                        "checked_at": _utc(r.checked_at),
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(f"{session.title} — {session.starts_at:%a %d %b %H:%M}")
    _table(
        [
            (
                r.status or "-",
                _local_time(event.timezone, r.checked_at),
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


def cmd_gui(_store: Store | None, args: argparse.Namespace) -> int:
    from wltdesk.launcher import run_gui

    return run_gui(args.db, args.event, getattr(args, "exit_after_show", False))


# ----------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wltdesk",
        description="WLT Desk: attendance, groups, circles and action plans, offline.",
        epilog="With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"wltdesk {__version__}")
    # --db and --event may come before or after the command.
    common = argparse.ArgumentParser(add_help=False)
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        target.add_argument(
            "--db",
            default=default,
            help="store: a .sqlite file or a SQLAlchemy URL (default: the user data folder)",
        )
        target.add_argument(
            "--event", default=default, help="event id, id prefix or name (if several)"
        )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str, sub: Any = commands) -> Any:
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    def json_flag(command: argparse.ArgumentParser) -> None:
        command.add_argument("--json", action="store_true", help="print JSON")

    demo_cmd = add("demo", cmd_demo, "create the demo event (a fictional two-day training)")
    demo_cmd.add_argument("--if-missing", action="store_true", help="do nothing if it exists")

    event_cmd = commands.add_parser("event", parents=[common], help="create and list events")
    event_sub = event_cmd.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    create = add("create", cmd_event_create, "create an event; prints its id", event_sub)
    create.add_argument("--name", required=True)
    create.add_argument("--start", required=True, type=_date, help="YYYY-MM-DD")
    create.add_argument("--end", required=True, type=_date, help="YYYY-MM-DD")
    create.add_argument("--venue")
    create.add_argument("--timezone", default="UTC", help="e.g. Asia/Dhaka (default UTC)")
    json_flag(add("list", cmd_event_list, "list events", event_sub))

    session_cmd = commands.add_parser("session", parents=[common], help="the agenda")
    session_sub = session_cmd.add_subparsers(
        dest="session_command", metavar="ACTION", required=True
    )
    sadd = add("add", cmd_session_add, "add a session; prints its id", session_sub)
    sadd.add_argument("--title", required=True)
    sadd.add_argument("--start", required=True, type=_datetime, help="YYYY-MM-DDTHH:MM")
    sadd.add_argument("--end", required=True, type=_datetime, help="YYYY-MM-DDTHH:MM")
    sadd.add_argument("--kind", default="session", help=", ".join(agenda.SESSION_KINDS))
    sadd.add_argument("--room")
    json_flag(add("list", cmd_session_list, "list the agenda", session_sub))

    roster_cmd = commands.add_parser("roster", parents=[common], help="people of the event")
    roster_sub = roster_cmd.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    rimport = add("import", cmd_roster_import, "import people from CSV or XLSX", roster_sub)
    rimport.add_argument("file")
    rimport.add_argument(
        "--map",
        action="append",
        type=_mapping,
        metavar="COLUMN=field",
        help="map a column to a field (repeatable; field '-' ignores the column)",
    )
    json_flag(rimport)
    json_flag(add("list", cmd_roster_list, "list the roster", roster_sub))

    checkin = add("checkin", cmd_checkin, "check a person in to a session")
    checkin.add_argument("--session", required=True, help="number, id or title")
    who = checkin.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", help="person id")
    who.add_argument("--code", help="badge code")
    who.add_argument("--query", help="part of a name, username or email")
    checkin.add_argument("--status", choices=("present", "late", "excused", "absent"))
    json_flag(checkin)

    attend = add("attendance", cmd_attendance, "who is checked in to a session")
    attend.add_argument("--session", required=True, help="number, id or title")
    json_flag(attend)

    gui = add("gui", cmd_gui, "open the desktop app (the default)")
    # quits once the first window is shown: for start-up benchmarks and smoke tests
    gui.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = getattr(args, "handler", cmd_gui)
    if handler is cmd_gui:
        return cmd_gui(None, args)
    store: Store | None = None
    try:
        store = open_store(args.db)
        return handler(store, args)
    except UserError as exc:
        print(f"wltdesk: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"wltdesk: store error: {reason}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"wltdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()


if __name__ == "__main__":
    sys.exit(main())
