"""What the Sync section shows, read in one go, so that it can be read off the GUI thread.

A sync, an import or an export may change everything the section lists: the
targets, the status line, the history, the changes held for review, the
conflicts (found by comparing the versions of every field written more than
once, a read of the change log that grows with the event) and the laptops.
:func:`read_section` reads them all with plain core calls; the pane reads them
so in the thread pool after every job (:class:`~wltdesk.gui.jobs.BackgroundRead`)
and shows what came back in one turn of the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from wltdesk import devices
from wltdesk.store import Store
from wltdesk.sync import clockwatch, conflicts, exchange, held


@dataclass(frozen=True)
class SectionFacts:
    """Everything the Sync section shows of an event (``event_id`` None: no event open)."""

    event_id: str | None
    targets: list[exchange.TargetInfo]
    status: exchange.SyncStatus | None
    clock: clockwatch.ClockWarning | None
    history: list[exchange.RunInfo]
    held: list[held.HeldGroup]
    conflicts: list[conflicts.Conflict]
    devices: list[devices.DeviceInfo]


def read_section(store: Store, event_id: str | None) -> SectionFacts:
    """Read what the Sync section shows; safe to run on any thread (no Qt here)."""
    if event_id is None:
        return SectionFacts(None, [], None, None, [], [], [], [])
    return SectionFacts(
        event_id,
        exchange.list_targets(store, event_id),
        exchange.status(store, event_id),
        clockwatch.clock_warning(store, event_id),
        exchange.history(store, event_id),
        held.held_groups(store, event_id),
        conflicts.conflicts(store, event_id),
        devices.list_devices(store, event_id),
    )
