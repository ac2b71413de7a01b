"""The organizer's import from a WebDAV target: every laptop's bundles, read only.

The team's laptops sync with a shared target (``<event>/<laptop>/<number>.wltx``,
see :mod:`.targets`); an organizer who is not one of them imports everything they
wrote, for every event on the target or the one asked for, without syncing:
``wltdesk import https://…`` and the app's import dialog. Only listings (PROPFIND)
and downloads (GET) are sent — nothing is created, renamed or deleted there, so the
import can never disturb the laptops that sync with the target, and an organizer
needs no more than read access. The bundles are downloaded to a private temporary
folder and imported like files (:func:`~wltdesk.sync.merge.import_bundles`: each is
verified, and a bad one is refused alone), each named by its place on the target.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.sync import merge
from wltdesk.sync.targets import TargetUnavailable, open_target

_ADDRESS = re.compile(r"^https?://", re.IGNORECASE)


def is_address(text: str | Path) -> bool:
    """Whether an import names a WebDAV target (an http or https address), not a file."""
    return isinstance(text, str) and _ADDRESS.match(text.strip()) is not None


def import_address(
    store: Store,
    address: str,
    passphrase: str | None = None,
    expected_event: str | None = None,
    given_key: str | None = None,
    progress: merge.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> merge.ImportSummary:
    """Import every bundle of a WebDAV target (of ``expected_event`` only, if given),
    writing nothing to it; the history names the target without its password."""
    target = open_target(address)
    events = [expected_event] if expected_event else target.events()
    with tempfile.TemporaryDirectory(prefix="wltdesk-gather-") as work:
        names: dict[Path, str] = {}
        skipped: list[tuple[Path, str]] = []
        for event_id in events:
            listed = target.list(event_id)
            for remote in listed:
                if cancelled and cancelled():
                    raise UserError(_("import cancelled; nothing was imported"))
                local = Path(work) / event_id / remote.device / remote.name
                local.parent.mkdir(parents=True, exist_ok=True)
                try:
                    target.fetch(event_id, remote, local)
                except TargetUnavailable:
                    raise
                except UserError as exc:  # sent too much: that bundle alone is refused
                    skipped.append((local, str(exc)))
                    continue
                names[local] = f"{target.display}/{event_id}/{remote.key}"
                if progress:
                    progress(len(names), len(names) + 1)
        if skipped and not names:
            raise merge.BundlesRefused(skipped)
        if not names:
            raise UserError(
                _("{target}: no bundles (*.wltx) there to import").format(target=target.display)
            )
        try:
            summary = merge.import_bundles(
                store,
                sorted(names),
                passphrase=passphrase,
                expected_event=expected_event,
                given_key=given_key,
                progress=progress,
                cancelled=cancelled,
                names=names,
                where=target.display,
            )
        except merge.BundlesRefused as refused:
            raise merge.BundlesRefused([*skipped, *refused.refused]) from None
    return replace(summary, refused=(*skipped, *summary.refused))
