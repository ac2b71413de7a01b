"""Taking check-ins back: "Undo" restores exactly the state before a check-in (no
row, or the earlier status), through the change log like any other edit, so an undo
on one laptop syncs too. Undoing a walk-in also takes the person it registered off
the roster (a tombstone, which syncs), so a mistyped walk-in leaves no stray person
behind. The desk undoes by the :class:`~wltdesk.attendance.checkin.CheckIn` it
holds; the command line, which holds none, asks the store (:func:`undo_last`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk.attendance.checkin import CheckIn
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer, content_columns, decode
from wltdesk.store.models import Attendance, Change, Edit, Person


def undo(store: Store, done: CheckIn) -> None:
    """Put the attendance back as it was before ``done`` (no-op if nothing was written);
    a walk-in's person leaves the roster with it."""
    if done.already:
        return
    with store.write() as writer:
        undo_in(writer, done)


def undo_in(writer: Writer, done: CheckIn) -> None:
    """:func:`undo` inside an open write (many check-ins taken back as one step)."""
    if done.already:
        return
    if done.new_person:
        writer.delete(Person, done.person_id)
    before = done.previous
    if not before.existed or before.deleted:
        writer.delete(Attendance, done.attendance_id)
        return
    restored: dict[str, object] = {"status": before.status, "checked_at": before.checked_at}
    if before.source != done.source:
        restored["source"] = before.source
    writer.update(Attendance, done.attendance_id, restored)


def redo(store: Store, done: CheckIn) -> None:
    """Apply ``done`` again after an undo (for the app-wide undo stack)."""
    if done.already:
        return
    with store.write() as writer:
        redo_in(writer, done)


def redo_in(writer: Writer, done: CheckIn) -> None:
    """:func:`redo` inside an open write."""
    if done.already:
        return
    if done.new_person:
        writer.update(Person, done.person_id, {"deleted": False})
    again: dict[str, object] = {
        "status": done.status,
        "checked_at": done.checked_at,
        "deleted": False,
    }
    if done.source != done.previous.source:
        again["source"] = done.source
    writer.update(Attendance, done.attendance_id, again)


@dataclass(frozen=True)
class Undone:
    """A check-in taken back by :func:`undo_last`, as the command line reports it."""

    session_id: str
    person_id: str
    display_name: str
    local_name: str | None
    status: str  # what the check-in had set
    restored: str | None  # the status now; None: not checked in
    walk_in_removed: bool  # the person came in as a walk-in and left the roster again


def undo_last(store: Store, event_id: str, session_id: str | None = None) -> Undone:
    """Take back the last check-in this laptop made (in one session, if given).

    The command line has no undo stack to remember a check-in by, so the store is
    asked: the live attendance this device checked in most recently. What it looked
    like before comes from the change log (no row, or the earlier status, time and
    device), and is written back through the log, so the undo syncs like any edit.
    Undoing again takes back the check-in before it. When the person was added to
    the roster by this laptop's write just before the check-in (a walk-in) and has
    no other attendance, they leave the roster too (a tombstone: nothing is lost).
    """
    with store.write() as writer:
        db = writer.db
        query = select(Attendance).where(
            Attendance.event_id == event_id,
            Attendance.device_id == writer.device_id,
            Attendance.deleted.is_(False),
        )
        if session_id is not None:
            query = query.where(Attendance.session_id == session_id)
        row = db.execute(
            query.order_by(Attendance.checked_at.desc(), Attendance.hlc.desc()).limit(1)
        ).scalar_one_or_none()
        if row is None:
            where = _(" to this session") if session_id is not None else ""
            raise UserError(_(
                "nothing to undo: this laptop has no check-in{where} in effect"
            ).format(
                where=where
            ))
        stamp, before = _before_check_in(db, row)
        person = db.get(Person, row.person_id)
        assert person is not None  # attendance rows refer to people (a foreign key)
        undone = Undone(
            row.session_id,
            person.id,
            person.display_name,
            person.local_name,
            row.status,
            None,
            False,
        )
        if before and not before.get("deleted", True):
            keys = ("status", "checked_at", "device_id")
            writer.update(Attendance, row.id, {key: before[key] for key in keys if key in before})
            return replace(undone, restored=before.get("status"))
        walk_in = _was_walk_in(db, writer.device_id, person.id, stamp)
        writer.delete(Attendance, row.id)
        if walk_in:
            writer.delete(Person, person.id)
        return replace(undone, walk_in_removed=walk_in)


def _before_check_in(db: Session, row: Attendance) -> tuple[str, dict[str, object]]:
    """The stamp of the check-in that set the row's time, and the row's fields just
    before it (empty: there was no row).

    The first change that set the current time is that check-in: an undo that put
    the time back to it since did not check anyone in, so it is passed over.
    """
    changes = db.execute(
        select(Change.field, Change.value, Change.hlc)
        .where(Change.entity == Attendance.__tablename__, Change.row_id == row.id)
        .order_by(Change.hlc)
    ).all()
    columns = content_columns(Attendance)
    stamp = next(
        hlc
        for field, value, hlc in changes
        if field == "checked_at" and decode(columns[field], value) == row.checked_at
    )
    before: dict[str, object] = {}
    for field, value, hlc in changes:
        if hlc < stamp and field in columns:
            before[field] = decode(columns[field], value)
    return stamp, before


def _was_walk_in(db: Session, device_id: str, person_id: str, stamp: str) -> bool:
    """Whether this device created the person in its write just before ``stamp`` and
    they have no other attendance: a walk-in, registered and checked in at once."""
    first = db.execute(
        select(Change.hlc, Change.device_id)
        .where(Change.entity == Person.__tablename__, Change.row_id == person_id)
        .order_by(Change.hlc)
        .limit(1)
    ).first()
    if first is None or first.device_id != device_id:
        return False
    between = db.execute(
        select(func.count())
        .select_from(Edit)
        .where(Edit.device_id == device_id, Edit.hlc > first.hlc, Edit.hlc < stamp)
    ).scalar_one()
    attended = db.execute(
        select(func.count())
        .select_from(Attendance)
        .where(Attendance.person_id == person_id, Attendance.deleted.is_(False))
    ).scalar_one()
    return between == 0 and attended == 1
