"""Commands for the laptops of an event: ``device list`` and ``device revoke`` (changing
the event key after a loss is ``event rekey``, in :mod:`.events`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wltdesk import devices, events
from wltdesk.cli.console import print_json, table, utc
from wltdesk.language import _, format_stamp
from wltdesk.store import Store

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def cmd_device_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    found = devices.list_devices(store, event.id)
    if args.json:
        print_json(
            [
                {
                    "device": d.device,
                    "name": d.name,
                    "public_key": d.public_key,
                    "fingerprint": d.fingerprint,
                    "revoked": d.revoked,
                    "last_seen": utc(d.last_seen),
                    "this_laptop": d.this_laptop,
                }
                for d in found
            ]
        )
        return 0
    if not found:
        print(_("no laptop is registered in this event yet"))
        return 0
    table(
        [
            (
                d.device,
                d.name,
                d.fingerprint or "no key yet (an earlier version)",
                _("REVOKED") if d.revoked else _("this laptop") if d.this_laptop else "",
                _("last seen {when} UTC").format(when=format_stamp(d.last_seen))
                if d.last_seen
                else "",
            )
            for d in found
        ]
    )
    return 0


def cmd_device_revoke(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    done = devices.revoke_device(store, event.id, args.device)
    print(
        _(
            "revoked laptop {label}: its bundles are refused from now on, here and on every "
            "laptop this change reaches; to shut it out of new bundles too, change the event "
            "key (wltdesk event rekey)"
        ).format(
            label=done.label
        )
    )
    return 0


def register(cli: CommandLine) -> None:
    device = cli.group("device", _("the event's laptops: list them, revoke a lost one"))
    cli.json_flag(
        device.add(
            "list",
            cmd_device_list,
            _("list the laptops of the event: id, name, key fingerprint, revoked, last seen"),
        )
    )
    revoke = device.add(
        "revoke",
        cmd_device_revoke,
        _("revoke a lost or stolen laptop: its bundles are refused from now on"),
    )
    revoke.add_argument(
        "device", metavar="DEVICE", help=_("the laptop's name, or (the start of) its id")
    )
