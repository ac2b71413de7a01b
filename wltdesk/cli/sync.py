"""Commands for moving an event between laptops: ``export``, ``sync``, ``import`` and
``publish`` (the event key is ``event key``, in :mod:`.events`; reviewing what merged,
``conflicts``, in :mod:`.conflicts`).

A WebDAV password is never an argument (other users see the process list): it
comes from the computer's keychain, ``--password-prompt`` (typed, not shown) or
``WLTDESK_WEBDAV_PASSWORD`` (see :mod:`wltdesk.sync.keychain`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from wltdesk import events
from wltdesk.cli import targets
from wltdesk.cli.console import print_json, table, utc
from wltdesk.errors import UserError
from wltdesk.language import _, format_count, ngettext
from wltdesk.store import Store
from wltdesk.sync import (
    clockwatch,
    eventkey,
    exchange,
    export,
    gather,
    keychain,
    merge,
    publish,
    tally,
)
from wltdesk.sync.targets import TargetProblem, open_target

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
        raise UserError(_("--passphrase-env: the environment variable {name} is not set").format(
            name=name
        ))
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


#: What each kind of run in the sync history is called (translated where shown).
def _refusals(reasons: Iterable[str]) -> int:
    """Each refused bundle on a line of its own on stderr (why, and which file);
    the exit code: 1 if any was refused."""
    found = 0
    for reason in reasons:
        print(_("wltdesk: refused: {reason}").format(reason=reason), file=sys.stderr)
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
        line += ngettext(
            "; {n} change held for review (stamped too far ahead of this laptop's clock: "
            "see wltdesk conflicts)",
            "; {n} changes held for review (stamped too far ahead of this laptop's clock: "
            "see wltdesk conflicts)",
            summary.held,
        ).format(n=summary.held)
    return line


def warn_about_clock(store: Store, event_id: str) -> None:
    """A line on stderr when this laptop's clock looks wrong: a warning, not an error
    (``sync`` and ``conflicts`` say it)."""
    warning = clockwatch.clock_warning(store, event_id)
    if warning is not None:
        print(
            _("wltdesk: warning: {problem}").format(problem=warning.describe()), file=sys.stderr
        )


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    info = export.export_file(
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
        extra = _(", encrypted") if info.encrypted else _(", not encrypted")
        extra += _(", redacted") if info.redacted else ""
        kind = _("full bundle") if info.kind == "full" else _("incremental bundle")
        print(_("{path}: {kind}, {changes}{extra}").format(
            path=info.path, kind=kind,
            changes=ngettext("{n} change", "{n} changes", info.changes).format(n=info.changes),
            extra=extra,
        ))
        if info.carries_key:
            print(
                _(
                    "it carries the event key, sealed with the passphrase: whoever has both the "
                    "file and the passphrase can join the event and read everything in it"
                )
            )
    return 0


def cmd_sync(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    if args.set_target:
        return targets.set_target(store, event.id, args)
    if args.status:
        state = exchange.status(store, event.id)
        runs = exchange.history(store, event.id, limit=10)
        if args.json:
            data = targets.status_json(state)
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
            if state.problem:
                print(state.problem)
            table(targets.history_rows(runs, event.timezone))
        warn_about_clock(store, event.id)
        return 0
    if args.password_prompt:
        chosen = exchange.default_target(store, event.id)
        location = args.target or (chosen.location if chosen else "")
        typed = targets.typed_password(location)
        keychain.use_for_session(str(open_target(location).account), typed)
    try:
        result = exchange.sync(store, event.id, args.target)
    except TargetProblem as problem:
        # One line for the organizer: the plain words, then what a technician looks at.
        details = f" ({problem.details})" if problem.details else ""
        raise UserError(f"{problem}{details}") from None
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
    print(_("{location}: sent {changes}, read {bundles}").format(
        location=result.location,
        changes=ngettext("{n} change", "{n} changes", result.sent).format(n=result.sent),
        bundles=ngettext("{n} bundle", "{n} bundles", result.received_bundles).format(
            n=result.received_bundles
        ),
    ))
    if result.summary:
        print(_summary_line(result.summary))
    return _refusals(result.refused)


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    expected = events.resolve_event(store, args.event).id if args.event else None
    key = None
    if args.key:
        key_event, key = eventkey.parse_key(args.key)
        if key_event and expected and key_event != expected:
            raise UserError(_("--key: that key belongs to another event"))
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
            print(_("joined event {event_id}").format(event_id=event_id))
    return _refusals(reason for _path, reason in summary.refused)


def cmd_publish(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    done = publish.publish(store, event.id, args.format, args.out)
    if args.format == "csv":
        print(_("{path}: {people}, {sessions}").format(
            path=done.path,
            people=ngettext("{n} person", "{n} people", done.people).format(n=done.people),
            sessions=ngettext("{n} session", "{n} sessions", done.sessions).format(
                n=done.sessions
            ),
        ))
    else:
        print(ngettext(
            "{path}: {n} person who agreed to be listed",
            "{path}: {n} people who agreed to be listed",
            done.people,
        ).format(path=done.path, n=done.people))
    return 0


def register(cli: CommandLine) -> None:
    export = cli.add("export", cmd_export, _("write the event's changes to a bundle (.wltx)"))
    export.add_argument("--out", required=True, help=_("the bundle file to write"))
    what = export.add_mutually_exclusive_group()
    what.add_argument("--full", action="store_true", help=_("everything (the default)"))
    what.add_argument(
        "--since-last",
        action="store_true",
        help=_(
            "only what is new since the last export there with the same --redact and "
            "--include-private"
        ),
    )
    export.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=_(
            "lock with the passphrase in this variable instead of the event key; a full bundle "
            "so made carries the event key (a join package)"
        ),
    )
    export.add_argument(
        "--redact", action="store_true", help=_("leave out contact details and non-public notes")
    )
    export.add_argument(
        "--include-private", action="store_true", help=_("also carry private circle notes")
    )
    cli.json_flag(export)

    sync_cmd = cli.add("sync", cmd_sync, _("push pending changes to a target and merge others'"))
    sync_cmd.add_argument("--target", help=_("a folder or a WebDAV URL (default: the one set)"))
    sync_cmd.add_argument(
        "--set-target",
        metavar="PATH_OR_URL",
        help=_("set the default target (a folder must exist and be writable)"),
    )
    sync_cmd.add_argument(
        "--create-folder",
        action="store_true",
        help=_("with --set-target: create the folder if it does not exist"),
    )
    sync_cmd.add_argument(
        "--password-prompt",
        action="store_true",
        help=_(
            "ask for the WebDAV password (with --set-target: save it in the keychain; "
            "else: for this sync); without it, the keychain's or ${variable}"
        ).format(variable=keychain.PASSWORD_ENV),
    )
    sync_cmd.add_argument("--status", action="store_true", help=_("show the state and history"))
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
        help=_("the passphrase is in this variable (a join package carries the event key)"),
    )
    imp.add_argument(
        "--key",
        help=_(
            "the event key (the QR code's text, or the bare key): needed to join an event this "
            "store does not have, unless the package is a join package"
        ),
    )
    cli.json_flag(imp)

    pub = cli.add("publish", cmd_publish, _("write a CSV of people and attendance, or wikitext"))
    pub.add_argument("format", choices=publish.FORMATS)
    pub.add_argument("--out", required=True, help=_("the file to write"))
