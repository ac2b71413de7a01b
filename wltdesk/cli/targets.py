"""Sync targets on the command line: ``sync --set-target`` (checked, its password kept in
the keychain), ``sync --status`` (the state and the history in venue time) and the
password typed at ``--password-prompt``. The commands themselves are in :mod:`.sync`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from wltdesk.cli.console import print_json, utc
from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_moment, format_number
from wltdesk.store import Store
from wltdesk.sync import exchange, keychain
from wltdesk.sync.targets import MissingFolder, open_target

#: What each line of the history was, as ``sync --status`` names it.
RUN_KINDS = {"export": N_("export"), "sync": N_("sync"), "import": N_("import")}


def status_json(state: exchange.SyncStatus) -> dict[str, Any]:
    return {
        "state": state.state,
        "waiting": state.waiting,
        "last_success": utc(state.last_success),
        "last_error": state.last_error,
        "target": state.location,
        "text": state.describe(),
    }


def typed_password(location: str) -> str:
    """The password for a WebDAV target, typed at the terminal without being shown."""
    target = open_target(location)
    if target.account is None:
        raise UserError(
            _(
                "--password-prompt: a password goes with a user name: write it into the "
                "address, such as https://alice@cloud.example.org/…"
            )
        )
    typed = getpass.getpass(_("Password for {account}: ").format(account=target.account))
    if not typed:
        raise UserError(_("--password-prompt: no password was typed"))
    return typed


def set_target(store: Store, event_id: str, args: argparse.Namespace) -> int:
    """``sync --set-target``: check the target, keep its password, make it the default."""
    location = args.set_target
    target = open_target(location)
    try:
        info = exchange.add_target(
            store, event_id, location, make_default=True, create_folder=args.create_folder
        )
    except MissingFolder as missing:
        raise UserError(
            _("{problem} Plug in the USB stick, or give --create-folder to make it.").format(
                problem=missing
            )
        ) from None
    if args.password_prompt:
        password: str | None = typed_password(location)
    else:
        password = getattr(target, "given_password", None)
    kept = exchange.keep_password(target, password) if password else None
    if args.json:
        print_json({"target": info.display, "waiting": info.waiting, "password": kept})
        return 0
    print(
        _("sync target: {target} ({waiting})").format(
            target=info.display, waiting=exchange.waiting_words(info.waiting)
        )
    )
    if kept == keychain.KEYCHAIN:
        print(_("the password is saved in this computer's keychain"))
    elif kept == keychain.SESSION:
        print(
            _(
                "wltdesk: {problem} Give it with --password-prompt or {variable} each time "
                "you sync."
            ).format(problem=keychain.keychain_problem(), variable=keychain.PASSWORD_ENV),
            file=sys.stderr,
        )
    return 0


def history_rows(runs: list[exchange.RunInfo], zone: str) -> list[tuple[str, ...]]:
    """The history as ``sync --status`` prints it: venue time, each failure's plain line
    with its details after it."""
    rows = []
    for run in runs:
        plain, details = exchange.failure_parts(run.message)
        said = f"{plain} ({details})".replace("\n", "; ") if details else plain
        rows.append(
            (
                format_moment(run.started_at, zone),
                _(RUN_KINDS[run.kind]) if run.kind in RUN_KINDS else run.kind,
                _("done") if run.ok else _("FAILED"),
                _("sent {n}").format(n=format_number(run.sent)),
                _("received {n}").format(n=format_number(run.received)),
                said or run.location,
            )
        )
    return rows
