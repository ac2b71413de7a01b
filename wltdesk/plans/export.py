"""Due dates leaving the laptop: an iCalendar file and a CSV of the follow-up list.

The iCalendar file has one VTODO per item, its UID derived from the item id,
so that importing a newer export updates the calendar instead of duplicating
tasks; the CSV is for spreadsheets. Both are written atomically.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.plans.editing import event_row
from wltdesk.plans.follow_ups import FollowUpItem, follow_up
from wltdesk.store import Store
from wltdesk.tabular import spreadsheet_cell

#: iCalendar STATUS of a VTODO for each item status (RFC 5545, 3.8.1.11).
ICAL_STATUS = {
    "planned": "NEEDS-ACTION",
    "in progress": "IN-PROCESS",
    "done": "COMPLETED",
    "dropped": "CANCELLED",
}
CSV_COLUMNS = (
    "plan",
    "group",
    "region",
    "what",
    "owners",
    "due date",
    "status",
    "overdue",
    "resources",
    "success indicator",
    "notes",
    "item id",
)


def ical_bytes(
    items: Sequence[FollowUpItem], event_name: str, now: datetime | None = None
) -> bytes:
    """An iCalendar file with one VTODO per item that has a due date.

    The UID is derived from the item id, so a calendar that imports a newer
    export updates its tasks; SEQUENCE and LAST-MODIFIED move with the export
    time so clients take the newer version.
    """
    from icalendar import Calendar, Todo

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//WLT Desk//Action plans//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{event_name}: action plans")
    for entry in items:
        item = entry.item
        if item.due_date is None:
            continue
        todo = Todo()
        todo.add("uid", f"{item.id}@wltdesk")
        todo.add("dtstamp", stamp)
        todo.add("last-modified", stamp)
        todo.add("sequence", int(stamp.timestamp()) // 60)
        todo.add("summary", item.what)
        todo.add("due", item.due_date)
        todo.add("status", ICAL_STATUS[item.status])
        if item.status == "done":
            todo.add("percent-complete", 100)
        categories = [c for c in (entry.plan_title, entry.region) if c]
        todo.add("categories", categories)
        todo.add("description", _description(entry))
        calendar.add_component(todo)
    return calendar.to_ical()


def _description(entry: FollowUpItem) -> str:
    item = entry.item
    lines = [f"Plan: {entry.plan_title}"]
    if entry.group_name:
        lines.append(f"Group: {entry.group_name}")
    if entry.region:
        lines.append(f"Region: {entry.region}")
    if item.owners:
        lines.append("Owners: " + ", ".join(item.owners))
    for label, value in (
        ("Resources", item.resources),
        ("Success indicator", item.success_indicator),
        ("Status", item.status),
        ("Notes", item.notes),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def csv_text(items: Sequence[FollowUpItem]) -> str:
    """The follow-up list as CSV text (one row per item, the columns of :data:`CSV_COLUMNS`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in items:
        item = entry.item
        cells = [
            entry.plan_title,
            entry.group_name or "",
            entry.region or "",
            item.what,
            "; ".join(item.owners),
            item.due_date.isoformat() if item.due_date else "",
            item.status,
            "yes" if item.overdue else "",
            item.resources or "",
            item.success_indicator or "",
            item.notes or "",
            item.id,
        ]
        writer.writerow([spreadsheet_cell(cell) for cell in cells])
    return out.getvalue()


def export_ical(
    store: Store,
    event_id: str,
    path: str | Path,
    items: Sequence[FollowUpItem] | None = None,
    now: datetime | None = None,
) -> int:
    """Write the due dates (of ``items``, default every item) as .ics; returns the count."""
    chosen = follow_up(store, event_id) if items is None else items
    with store.read() as db:
        name = event_row(db, event_id).name
    data = ical_bytes(chosen, name, now)
    _write_atomically(Path(path), data)
    return sum(1 for entry in chosen if entry.item.due_date is not None)


def export_csv(
    store: Store,
    event_id: str,
    path: str | Path,
    items: Sequence[FollowUpItem] | None = None,
) -> int:
    """Write items as UTF-8 CSV with a byte-order mark (so Excel reads Bengali); the count."""
    chosen = follow_up(store, event_id) if items is None else items
    _write_atomically(Path(path), csv_text(chosen).encode("utf-8-sig"))
    return len(chosen)


def _write_atomically(path: Path, data: bytes) -> None:
    """A half-written export never appears under the final name."""
    if path.is_dir():
        raise UserError(_("{path} is a folder, not a file").format(path=path))
    if not path.parent.is_dir():
        raise UserError(_("folder {parent} does not exist").format(parent=path.parent))
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
