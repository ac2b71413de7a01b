"""Commands for moving an event between laptops: ``export``, ``sync``, ``import``,
``conflicts``, ``publish`` and ``event-key``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wltdesk import events
from wltdesk.cli.console import print_json, table, utc
from wltdesk.errors import UserError
from wltdesk.store import Store
from wltdesk.sync import conflicts, eventkey, exchange, merge, publish

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
        "plans": summary.plans,
        "conflicts": summary.conflicts,
        "events": list(summary.events),
        "joined": list(summary.joined),
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


def _summary_line(summary: merge.ImportSummary) -> str:
    return (
        f"{summary.bundles} bundles, {summary.new_changes} new changes of "
        f"{summary.changes}: {summary.new_people} new people, {summary.check_ins} "
        f"check-ins, {summary.plans} plans, {summary.conflicts} conflicts to review"
    )


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
            }
        )
    else:
        extra = ", encrypted" if info.encrypted else ""
        extra += ", redacted" if info.redacted else ""
        print(f"{info.path}: {info.kind} bundle, {info.changes} changes{extra}")
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
        return 0
    result = exchange.sync(store, event.id, args.target)
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
    try:
        summary = merge.import_bundles(
            store, args.files, passphrase=_passphrase(args), expected_event=expected, given_key=key
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


def _conflict_json(number: int, conflict: conflicts.Conflict) -> dict[str, Any]:
    return {
        "number": number,
        "entity": conflict.entity,
        "row_id": conflict.row_id,
        "field": conflict.field,
        "label": conflict.label,
        "versions": [
            {
                "version": index,
                "value": v.value,
                "hlc": v.hlc,
                "device_id": v.device_id,
                "device_name": v.device_name,
                "written_at": utc(v.written_at),
                "current": index == 1,
                "with": {k: utc(x) if isinstance(x, datetime) else x for k, x in v.also.items()},
            }
            for index, v in enumerate(conflict.versions, 1)
        ],
    }


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    found = conflicts.conflicts(store, event.id)
    if args.resolve is not None:
        if not 1 <= args.resolve <= len(found):
            raise UserError(f"--resolve: no conflict number {args.resolve} ({len(found)} open)")
        conflict = found[args.resolve - 1]
        if args.use is None:
            raise UserError("--resolve needs --use VERSION (1 keeps the current value)")
        if not 1 <= args.use <= len(conflict.versions):
            raise UserError(f"--use: choose a version from 1 to {len(conflict.versions)}")
        where = (event.id, conflict.entity, conflict.row_id, conflict.field)
        if args.use == 1:
            conflicts.keep(store, *where)
            print(f"kept {conflicts.version_text(conflict.current)!r}")
        else:
            chosen = conflict.versions[args.use - 1]
            conflicts.pick(store, *where, chosen.hlc)
            print(f"{conflict.label} {conflict.field}: now {conflicts.version_text(chosen)!r}")
        return 0
    if args.json:
        print_json([_conflict_json(n, c) for n, c in enumerate(found, 1)])
        return 0
    if not found:
        print("no conflicts to review")
        return 0
    for number, conflict in enumerate(found, 1):
        print(f"{number}. {conflict.entity} · {conflict.label} · {conflict.field}")
        for index, v in enumerate(conflict.versions, 1):
            mark = "current" if index == 1 else "superseded"
            who = v.device_name or v.device_id
            print(
                f"   {index}) {conflicts.version_text(v)!r}  ({mark}, {who}, "
                f"{v.written_at:%Y-%m-%d %H:%M} UTC)"
            )
    print("resolve with: wltdesk conflicts --resolve NUMBER --use VERSION")
    return 0


def cmd_publish(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    done = publish.publish(store, event.id, args.format, args.out)
    if args.format == "csv":
        print(f"{done.path}: {done.people} people, {done.sessions} sessions")
    else:
        print(f"{done.path}: {done.people} people who agreed to be listed")
    return 0


def cmd_event_key(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    key = eventkey.event_key(store, event.id)
    if args.qr:
        path = eventkey.key_qr(event.id, key, args.qr)
        print(f"{path}: the event key as a QR code; show it only to co-facilitators")
        return 0
    if args.json:
        print_json(
            {"event_id": event.id, "key": key, "qr_text": eventkey.key_payload(event.id, key)}
        )
        return 0
    print(eventkey.key_qr_text(event.id, key), end="")
    print(eventkey.key_payload(event.id, key))
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
        "--passphrase-env", metavar="VAR", help="encrypt with the passphrase in this variable"
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

    imp = cli.add("import", cmd_import, "verify and merge bundles from files or folders")
    imp.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    imp.add_argument("--passphrase-env", metavar="VAR", help="the passphrase is in this variable")
    imp.add_argument("--key", help="the event key (QR code text) the bundles must be signed with")
    cli.json_flag(imp)

    conflicts = cli.add("conflicts", cmd_conflicts, "review values a merge superseded")
    conflicts.add_argument("--resolve", type=int, metavar="NUMBER", help="conflict to resolve")
    conflicts.add_argument(
        "--use", type=int, metavar="VERSION", help="1 keeps the current value; 2… picks another"
    )
    cli.json_flag(conflicts)

    pub = cli.add("publish", cmd_publish, "write a CSV of people and attendance, or wikitext")
    pub.add_argument("format", choices=publish.FORMATS)
    pub.add_argument("--out", required=True, help="the file to write")

    key = cli.add("event-key", cmd_event_key, "show the event key for co-facilitators (QR)")
    key.add_argument("--qr", metavar="FILE", help="save the QR code as .png or .svg")
    cli.json_flag(key)
