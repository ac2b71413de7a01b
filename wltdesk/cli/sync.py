"""Commands for moving an event between laptops: ``export``, ``sync``, ``import`` and
``publish`` (the event key is ``event key``, in :mod:`.events`; reviewing what merged,
``conflicts``, in :mod:`.conflicts`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from wltdesk import events
from wltdesk.cli.console import print_json, table, utc
from wltdesk.errors import UserError
from wltdesk.language import _, format_count, ngettext
from wltdesk.store import Store
from wltdesk.sync import (
    clockwatch,
    eventkey,
    exchange,
    gather,
    merge,
    publish,
    tally,
)

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from the environment variable named, never from the command line
    (where other users of the machine could read it in the process list)."""
    name = getattr(args, "passphrase_env", None)
    if not name:
        return None
    value = os.environ.get(name)
    if not value:
        raise UserError(f"--passphrase-env: the environment variable {name} is not set")
    return value


def _summary_json(summary: merge.ImportSummary) -> dict[str, Any]:
    return {
        "bundles": summary.bundles,
        "changes": summary.changes,
        "new_changes": summary.new_changes,
        "new_people": summary.new_people,
        "check_ins": summary.check_ins,
        "changed_check_ins": [
            {"from": t.before, "to": t.after, "count": t.count} for t in summary.changed_check_ins
        ],
        "plans": summary.plans,
        "items": summary.items,
        "conflicts": summary.conflicts,
        "events": list(summary.events),
        "joined": list(summary.joined),
        "held": summary.held,
        "refused": [reason for _path, reason in summary.refused],
    }


def _refusals(reasons: Iterable[str]) -> int:
    """Each refused bundle on a line of its own on stderr (why, and which file);
    the exit code: 1 if any was refused."""
    found = 0
    for reason in reasons:
        print(f"wltdesk: refused: {reason}", file=sys.stderr)
        found += 1
    return 1 if found else 0


def _state_words(state: str) -> str:
    """A check-in's state in a summary: its status, or none."""
    return _("not checked in") if state == tally.NONE else state


def _summary_line(summary: merge.ImportSummary) -> str:
    """Counts of what the import brought (see :mod:`wltdesk.sync.tally`), each of rows."""
    changed = sum(t.count for t in summary.changed_check_ins)
    moves = ", ".join(
        _("{before} → {after} {count}").format(
            before=_state_words(t.before),
            after=_state_words(t.after),
            count=format_count(t.count),
        )
        for t in summary.changed_check_ins
    )
    parts = [
        ngettext("{count} new person", "{count} new people", summary.new_people).format(
            count=format_count(summary.new_people)
        ),
        ngettext("{count} new check-in", "{count} new check-ins", summary.check_ins).format(
            count=format_count(summary.check_ins)
        ),
        ngettext("{count} changed check-in", "{count} changed check-ins", changed).format(
            count=format_count(changed)
        )
        + (f" ({moves})" if moves else ""),
        ngettext("{count} new plan", "{count} new plans", summary.plans).format(
            count=format_count(summary.plans)
        ),
        ngettext("{count} new action item", "{count} new action items", summary.items).format(
            count=format_count(summary.items)
        ),
        ngettext(
            "{count} conflict to review", "{count} conflicts to review", summary.conflicts
        ).format(count=format_count(summary.conflicts)),
    ]
    line = (
        ngettext(
            "{bundles} bundle, {new} new changes of {changes}",
            "{bundles} bundles, {new} new changes of {changes}",
            summary.bundles,
        ).format(
            bundles=format_count(summary.bundles),
            new=format_count(summary.new_changes),
            changes=format_count(summary.changes),
        )
        + ": "
        + ", ".join(parts)
    )
    if summary.held:
        line += (
            f"; {summary.held} changes held for review (stamped too far ahead of this "
            "laptop's clock: see wltdesk conflicts)"
        )
    return line


def warn_about_clock(store: Store, event_id: str) -> None:
    """A line on stderr when this laptop's clock looks wrong: a warning, not an error
    (``sync`` and ``conflicts`` say it)."""
    warning = clockwatch.clock_warning(store, event_id)
    if warning is not None:
        print(f"wltdesk: warning: {warning.describe()}", file=sys.stderr)


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    info = exchange.export_file(
        store,
        event.id,
        args.out,
        since_last=args.since_last,
        passphrase=_passphrase(args),
        redact=args.redact,
        include_private=args.include_private,
    )
    if args.json:
        print_json(
            {
                "path": str(info.path),
                "kind": info.kind,
                "event_id": info.event_id,
                "changes": info.changes,
                "encrypted": info.encrypted,
                "redacted": info.redacted,
                "carries_key": info.carries_key,
            }
        )
    else:
        extra = ", encrypted" if info.encrypted else ", not encrypted"
        extra += ", redacted" if info.redacted else ""
        print(f"{info.path}: {info.kind} bundle, {info.changes} changes{extra}")
        if info.carries_key:
            print(
                "it carries the event key, sealed with the passphrase: whoever has both "
                "the file and the passphrase can join the event and read everything in it"
            )
    return 0


def _status_json(state: exchange.SyncStatus) -> dict[str, Any]:
    return {
        "state": state.state,
        "waiting": state.waiting,
        "last_success": utc(state.last_success),
        "last_error": state.last_error,
        "target": state.location,
        "text": state.describe(),
    }


def cmd_sync(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    if args.set_target:
        info = exchange.add_target(store, event.id, args.set_target, make_default=True)
        if args.json:
            print_json({"target": info.display, "waiting": info.waiting})
        else:
            print(f"sync target: {info.display} ({info.waiting} changes waiting)")
        return 0
    if args.status:
        state = exchange.status(store, event.id)
        runs = exchange.history(store, event.id, limit=10)
        if args.json:
            data = _status_json(state)
            data["history"] = [
                {
                    "kind": r.kind,
                    "location": r.location,
                    "started_at": utc(r.started_at),
                    "sent": r.sent,
                    "received": r.received,
                    "ok": r.ok,
                    "message": r.message,
                }
                for r in runs
            ]
            print_json(data)
        else:
            print(state.describe() + (f" ({state.location})" if state.location else ""))
            table(
                [
                    (
                        f"{r.started_at:%Y-%m-%d %H:%M}",
                        r.kind,
                        "ok" if r.ok else "FAILED",
                        f"sent {r.sent}",
                        f"received {r.received}",
                        r.message or r.location,
                    )
                    for r in runs
                ]
            )
        warn_about_clock(store, event.id)
        return 0
    result = exchange.sync(store, event.id, args.target)
    warn_about_clock(store, event.id)
    if args.json:
        print_json(
            {
                "target": result.location,
                "sent": result.sent,
                "bundle": result.bundle,
                "received_bundles": result.received_bundles,
                "summary": _summary_json(result.summary) if result.summary else None,
                "refused": list(result.refused),
            }
        )
        return _refusals(result.refused)
    print(f"{result.location}: sent {result.sent} changes, read {result.received_bundles} bundles")
    if result.summary:
        print(_summary_line(result.summary))
    return _refusals(result.refused)


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    expected = events.resolve_event(store, args.event).id if args.event else None
    key = None
    if args.key:
        key_event, key = eventkey.parse_key(args.key)
        if key_event and expected and key_event != expected:
            raise UserError("--key: that key belongs to another event")
        expected = expected or key_event
    addresses = [given for given in args.files if gather.is_address(given)]
    if addresses and len(args.files) > 1:
        raise UserError(_("give a WebDAV address alone, without other files or addresses"))
    try:
        if addresses:
            summary = gather.import_address(
                store, addresses[0], _passphrase(args), expected_event=expected, given_key=key
            )
        else:
            summary = merge.import_bundles(
                store,
                args.files,
                passphrase=_passphrase(args),
                expected_event=expected,
                given_key=key,
            )
    except merge.BundlesRefused as refused:
        if len(refused.refused) == 1:
            raise  # one bundle: one line, as any other error
        return _refusals(reason for _path, reason in refused.refused)
    if args.json:
        print_json(_summary_json(summary))
    else:
        print(_summary_line(summary))
        for event_id in summary.joined:
            print(f"joined event {event_id}")
    return _refusals(reason for _path, reason in summary.refused)


def cmd_publish(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    done = publish.publish(store, event.id, args.format, args.out)
    if args.format == "csv":
        print(f"{done.path}: {done.people} people, {done.sessions} sessions")
    else:
        print(f"{done.path}: {done.people} people who agreed to be listed")
    return 0


def register(cli: CommandLine) -> None:
    export = cli.add("export", cmd_export, "write the event's changes to a bundle (.wltx)")
    export.add_argument("--out", required=True, help="the bundle file to write")
    what = export.add_mutually_exclusive_group()
    what.add_argument("--full", action="store_true", help="everything (the default)")
    what.add_argument(
        "--since-last",
        action="store_true",
        help="only what is new since the last export there with the same --redact and "
        "--include-private",
    )
    export.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="lock with the passphrase in this variable instead of the event key; a full "
        "bundle so made carries the event key (a join package)",
    )
    export.add_argument(
        "--redact", action="store_true", help="leave out contact details and non-public notes"
    )
    export.add_argument(
        "--include-private", action="store_true", help="also carry private circle notes"
    )
    cli.json_flag(export)

    sync_cmd = cli.add("sync", cmd_sync, "push pending changes to a target and merge others'")
    sync_cmd.add_argument("--target", help="a folder or a WebDAV URL (default: the one set)")
    sync_cmd.add_argument("--set-target", metavar="PATH_OR_URL", help="set the default target")
    sync_cmd.add_argument("--status", action="store_true", help="show the state and history")
    cli.json_flag(sync_cmd)

    imp = cli.add(
        "import", cmd_import, _("verify and merge bundles from files, folders or a WebDAV target")
    )
    imp.add_argument(
        "files",
        nargs="+",
        metavar="FILE_OR_DIR",
        help=_(
            "bundle files and folders, or the WebDAV address of a sync target (read only: "
            "every laptop's bundles are imported, nothing is written there)"
        ),
    )
    imp.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="the passphrase is in this variable (a join package carries the event key)",
    )
    imp.add_argument(
        "--key",
        help="the event key (the QR code's text, or the bare key): needed to join an event "
        "this store does not have, unless the package is a join package",
    )
    cli.json_flag(imp)

    pub = cli.add("publish", cmd_publish, "write a CSV of people and attendance, or wikitext")
    pub.add_argument("format", choices=publish.FORMATS)
    pub.add_argument("--out", required=True, help="the file to write")
