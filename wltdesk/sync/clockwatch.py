"""Does this laptop's clock look wrong? Two cheap signs, for a warning (never a refusal).

1. **Behind what it has seen**: the greatest stamp in the log is more than
   :data:`~wltdesk.store.hlc.MAX_SKEW_MS` (a day) ahead of the wall clock. A
   laptop whose clock is a week slow sees this as soon as it merges anyone's
   work (or its own, written before its clock was set back).
2. **Far from the target's clock**: after a sync pushed a bundle, the time the
   target gives that file (a folder's modification time, WebDAV's
   ``getlastmodified``: the file server's clock on a network share or a WebDAV
   server) is more than a day away from this laptop's clock when it listed it.
   On a USB stick the file time is this laptop's own clock: no news, no warning.

Neither sign can tell which clock is wrong, only that they disagree; the words
ask the user to check the date, time and time zone. The command line prints
them on stderr (``wltdesk sync``, ``wltdesk conflicts``), the app in its status
bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wltdesk.language import _
from wltdesk.store import Store, hlc
from wltdesk.store.changes import newest_stamp
from wltdesk.store.hlc import MAX_SKEW_MS, Stamp
from wltdesk.store.models import StoreMeta
from wltdesk.sync.held import ahead_words
from wltdesk.sync.targets import RemoteBundle

LOG, TARGET = "log", "target"


def _target_key(event_id: str) -> str:
    return f"clock-target:{event_id}"


@dataclass(frozen=True)
class ClockWarning:
    """This laptop's clock disagrees with something by more than the skew.

    ``behind_ms`` is how far this laptop's clock seems to be behind (negative:
    ahead); ``source`` is :data:`LOG` (stamps it has seen) or :data:`TARGET`
    (the sync target's file times).
    """

    source: str
    behind_ms: int

    def describe(self) -> str:
        """One line in plain English (the GUI has its own, translated words)."""
        gap = ahead_words(abs(self.behind_ms))
        if self.source == LOG:
            return (
                _(
                    "this laptop's clock looks wrong: changes in this store are stamped up to "
                    "{gap} ahead of it; check its date, time and time zone"
                ).format(
                    gap=gap
                )
            )
        if self.behind_ms > 0:
            said = _(
                "this laptop's clock looks wrong: it is {gap} behind the sync target's clock; "
                "check its date, time and time zone"
            )
        else:
            said = _(
                "this laptop's clock looks wrong: it is {gap} ahead of the sync target's clock; "
                "check its date, time and time zone"
            )
        return said.format(gap=gap)


def _now_ms() -> int:
    return int(hlc.wall_clock() * 1000)


def clock_warning(store: Store, event_id: str | None = None) -> ClockWarning | None:
    """Why this laptop's clock looks wrong, or None when nothing says so."""
    now = _now_ms()
    with store.read() as db:
        top = newest_stamp(db)
        noted = db.get(StoreMeta, _target_key(event_id)) if event_id else None
    if top:
        try:
            ahead = Stamp.parse(top).millis - now
        except ValueError:
            ahead = 0
        if ahead > MAX_SKEW_MS:
            return ClockWarning(LOG, ahead)
    if noted is not None and noted.value:
        offset = int(noted.value)
        if abs(offset) > MAX_SKEW_MS:
            return ClockWarning(TARGET, offset)
    return None


def target_offset(listed: Sequence[RemoteBundle], device: str, written: str | None) -> int | None:
    """How far the target's clock is ahead of this laptop's (ms), judged by the file
    this laptop has just written (``written``), or None when there is none to judge by."""
    if written is None:
        return None
    own = next((r for r in listed if r.device == device and r.name == written), None)
    if own is None or own.modified is None:
        return None
    return int(own.modified * 1000) - _now_ms()


def note_target_offset(db: Session, event_id: str, offset: int | None) -> None:
    """Remember the last offset measured (in the sync's own transaction); none
    measured leaves the last one."""
    if offset is None:
        return
    key = _target_key(event_id)
    row = db.get(StoreMeta, key)
    if row is None:
        db.add(StoreMeta(key=key, value=str(offset)))
    else:
        row.value = str(offset)
