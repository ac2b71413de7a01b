"""Attendance: checking people in to sessions, taking check-ins back, and counting
who is there.

``checkin`` records check-ins (by id, badge code, search or as a walk-in) and
reads them back; ``undo`` takes them back through the change log so that an undo
syncs like any edit. Callers import from here. Uses the store, the roster
(:mod:`wltdesk.people`), the agenda and events; never the GUI or sync.
"""

from wltdesk.attendance.checkin import (
    PRESENT_STATUSES,
    AttendanceRow,
    CheckIn,
    Previous,
    SessionCounts,
    absent_from,
    attendance_id,
    automatic_status,
    check_in,
    check_in_by_code,
    check_in_by_query,
    counts,
    get_session,
    record_check_in,
    session_attendance,
    status_label,
    statuses,
    walk_in,
)
from wltdesk.attendance.undo import Undone, redo, redo_in, undo, undo_in, undo_last

__all__ = [
    "PRESENT_STATUSES",
    "AttendanceRow",
    "CheckIn",
    "Previous",
    "SessionCounts",
    "Undone",
    "absent_from",
    "attendance_id",
    "automatic_status",
    "check_in",
    "check_in_by_code",
    "check_in_by_query",
    "counts",
    "get_session",
    "record_check_in",
    "redo",
    "redo_in",
    "session_attendance",
    "status_label",
    "statuses",
    "undo",
    "undo_in",
    "undo_last",
    "walk_in",
]
