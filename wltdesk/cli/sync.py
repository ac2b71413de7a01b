"""Commands for moving an event between laptops: ``export``, ``sync``, ``import``,
``conflicts`` and ``publish`` (the event key is ``event key``, in :mod:`.events`).

A WebDAV password is never an argument (other users see the process list): it
comes from the computer's keychain, ``--password-prompt`` (typed, not shown) or
``WLTDESK_WEBDAV_PASSWORD`` (see :mod:`wltdesk.sync.keychain`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wltdesk import events
from wltdesk.cli import targets
from wltdesk.cli.console import print_json, table, utc
from wltdesk.errors import UserError
from wltdesk.language import (
    _,
    format_stamp,
    locale_digits,
    ngettext,
)
from wltdesk.store import Store
from wltdesk.sync import (
    clockwatch,
    conflicts,
    eventkey,
    exchange,
    export,
    held,
    keychain,
    merge,
    publish,
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
        "plans": summary.plans,
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


def _summary_line(summary: merge.ImportSummary) -> str:
    line = ", ".join(
        (
            ngettext("{n} bundle", "{n} bundles", summary.bundles).format(n=summary.bundles),
            ngettext(
                "{n} new change of {total}", "{n} new changes of {total}", summary.new_changes
            ).format(n=summary.new_changes, total=summary.changes),
        )
    ) + ": " + ", ".join(
        (
            ngettext("{n} new person", "{n} new people", summary.new_people).format(
                n=summary.new_people
            ),
            ngettext("{n} check-in", "{n} check-ins", summary.check_ins).format(
                n=summary.check_ins
            ),
            ngettext("{n} plan", "{n} plans", summary.plans).format(n=summary.plans),
            ngettext(
                "{n} conflict to review", "{n} conflicts to review", summary.conflicts
            ).format(n=summary.conflicts),
        )
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


def _warn_about_clock(store: Store, event_id: str) -> None:
    """A line on stderr when this laptop's clock looks wrong: a warning, not an error."""
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
        _warn_about_clock(store, event.id)
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
    _warn_about_clock(store, event.id)
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
            print(_("joined event {event_id}").format(event_id=event_id))
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


def _held_json(group: held.HeldGroup) -> dict[str, Any]:
    return {
        "kind": "held",
        "id": group.id,
        "device_id": group.device_id,
        "device_name": group.device_name,
        "changes": group.changes,
        "bundles": list(group.bundles),
        "ahead_ms": group.ahead_ms,
        "ahead_days": round(group.ahead_ms / 86_400_000, 1),
        "first_hlc": group.first_stamp,
        "last_hlc": group.last_stamp,
        "held_at": utc(group.held_at),
        "text": group.describe(),
    }


def _held_choice(text: str) -> int | str:
    if text == "all":
        return text
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("give an id or 'all', not {text!r}").format(text=text)
        ) from None


def _decide_held(store: Store, event_id: str, args: argparse.Namespace) -> int:
    """``--accept-held`` / ``--drop-held``: one laptop's held changes, or all."""
    choice = args.accept_held if args.accept_held is not None else args.drop_held
    which = None if choice == "all" else int(choice)
    accepting = args.accept_held is not None
    done = held.accept(store, event_id, which) if accepting else held.drop(store, event_id, which)
    if not done:
        print(_("nothing is held for review"))
    for group in done:
        said = (
            ngettext(
                "{n} change from laptop '{laptop}' accepted (written anew by this laptop, "
                "stamped now)",
                "{n} changes from laptop '{laptop}' accepted (written anew by this laptop, "
                "stamped now)",
                group.changes,
            )
            if accepting
            else ngettext(
                "{n} change from laptop '{laptop}' dropped (never applied)",
                "{n} changes from laptop '{laptop}' dropped (never applied)",
                group.changes,
            )
        )
        print(said.format(n=group.changes, laptop=group.laptop))
    return 0


def _print_held(groups: list[held.HeldGroup]) -> None:
    print(_("held for review (stamped too far ahead of this laptop's clock):"))
    for group in groups:
        count = len(group.bundles)
        bundles = ngettext("{n} bundle", "{n} bundles", count).format(n=count)
        print(
            _("   held {id}: {what} ({bundles}, held {when} UTC)").format(
                id=group.id, what=group.describe(), bundles=bundles,
                when=format_stamp(group.held_at),
            )
        )
    print(_("accept with: wltdesk conflicts --accept-held ID|all; drop with --drop-held ID|all"))


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    _warn_about_clock(store, event.id)
    if args.accept_held is not None or args.drop_held is not None:
        return _decide_held(store, event.id, args)
    found = conflicts.conflicts(store, event.id)
    waiting = held.held_groups(store, event.id)
    if args.resolve is not None:
        if not 1 <= args.resolve <= len(found):
            raise UserError(_("--resolve: no conflict number {number} ({count} open)").format(
                number=args.resolve, count=len(found)
            ))
        conflict = found[args.resolve - 1]
        if args.use is None:
            raise UserError(_("--resolve needs --use VERSION (1 keeps the current value)"))
        if not 1 <= args.use <= len(conflict.versions):
            raise UserError(_("--use: choose a version from 1 to {count}").format(
                count=len(conflict.versions)
            ))
        where = (event.id, conflict.entity, conflict.row_id, conflict.field)
        if args.use == 1:
            conflicts.keep(store, *where)
            print(_("kept {value!r}").format(value=conflicts.version_text(conflict.current)))
        else:
            chosen = conflict.versions[args.use - 1]
            conflicts.pick(store, *where, chosen.hlc)
            print(_("{label} {field}: now {value!r}").format(
                label=conflict.label, field=conflict.field,
                value=conflicts.version_text(chosen),
            ))
        return 0
    if args.json:
        listed = [{"kind": "conflict"} | _conflict_json(n, c) for n, c in enumerate(found, 1)]
        print_json(listed + [_held_json(g) for g in waiting])
        return 0
    if waiting:
        _print_held(waiting)
    if not found:
        print(_("no conflicts to review"))
        return 0
    for number, conflict in enumerate(found, 1):
        number_text = locale_digits(str(number))
        print(f"{number_text}. {conflict.entity} · {conflict.label} · {conflict.field}")
        for index, v in enumerate(conflict.versions, 1):
            mark = _("current") if index == 1 else _("superseded")
            who = v.device_name or v.device_id
            print(
                _("   {index}) {value!r}  ({mark}, {who}, {when} UTC)").format(
                    index=index, value=conflicts.version_text(v), mark=mark, who=who,
                    when=format_stamp(v.written_at),
                )
            )
    print(_("resolve with: wltdesk conflicts --resolve NUMBER --use VERSION"))
    return 0


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

    imp = cli.add("import", cmd_import, _("verify and merge bundles from files or folders"))
    imp.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
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

    conflicts = cli.add("conflicts", cmd_conflicts, _("review values a merge superseded"))
    conflicts.add_argument("--resolve", type=int, metavar="NUMBER", help=_("conflict to resolve"))
    conflicts.add_argument(
        "--use", type=int, metavar="VERSION", help=_("1 keeps the current value; 2… picks another")
    )
    decide = conflicts.add_mutually_exclusive_group()
    decide.add_argument(
        "--accept-held",
        type=_held_choice,
        metavar="ID|all",
        help=_("apply a laptop's held changes as new changes of this laptop"),
    )
    decide.add_argument("--drop-held", type=_held_choice, metavar="ID|all", help=_(
            "never apply them"
        ))
    cli.json_flag(conflicts)

    pub = cli.add("publish", cmd_publish, _("write a CSV of people and attendance, or wikitext"))
    pub.add_argument("format", choices=publish.FORMATS)
    pub.add_argument("--out", required=True, help=_("the file to write"))
