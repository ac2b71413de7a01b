"""The instants at which tests that read the wall clock run (see the ``clock`` fixture).

A test's result must not depend on when the suite runs. ``CLOCK_DEFAULT`` is the
instant for a test that reads the clock but is not about the time of day; a
test marked ``around_midnight`` runs at each of ``CLOCK_INSTANTS``.
"""

from __future__ import annotations

from datetime import UTC, datetime

# Daytime both in UTC and at the venue of the model event (Asia/Dhaka, UTC+6: 15:30).
CLOCK_DEFAULT = datetime(2026, 12, 31, 9, 30, tzinfo=UTC)

# Where a day ends for a UTC event (UTC midnight) and for one in Dhaka (18:00 UTC),
# and the half hour in which the agenda's clock test used to fail. New Year's Eve, so
# midnight turns the month and the year too.
CLOCK_INSTANTS = {
    "0930utc": CLOCK_DEFAULT,
    "1759utc-2359dhaka": datetime(2026, 12, 31, 17, 59, tzinfo=UTC),
    "1801utc-0001dhaka": datetime(2026, 12, 31, 18, 1, tzinfo=UTC),
    "2159utc": datetime(2026, 12, 31, 21, 59, tzinfo=UTC),
    "2215utc": datetime(2026, 12, 31, 22, 15, tzinfo=UTC),
    "2359utc": datetime(2026, 12, 31, 23, 59, tzinfo=UTC),
    "0001utc": datetime(2027, 1, 1, 0, 1, tzinfo=UTC),
}
