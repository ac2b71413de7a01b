"""The event report's turnout: attendance per session, and who came back the next day.

Organizers and funders read turnout at a glance, so each part opens with a
chart (:mod:`.charts`) before its numbers:

* attendance per session — a bar per session (present, and late on top of it),
  the sessions grouped under their day, a dashed line for how many
  participants could have come — then the table of every session;
* who came back — a bar per day: how many came that day, and how many of them
  had come on the first day — then who came on the first day and not on the
  last (the drop-off a two-day training watches for), in a table.

Absences count participants marked absent and those never checked in to a
session that has started (:func:`wltdesk.attendance.absent_from`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from wltdesk import attendance, events, people
from wltdesk.language import _, format_date, format_number, format_time, ngettext
from wltdesk.printing.certificates import attendance_by_person, counted_sessions
from wltdesk.printing.charts import SERIES, Column, ColumnGroup, Row, Series, bars, columns
from wltdesk.printing.styles import styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, stacked_row
from wltdesk.store import Store
from wltdesk.store.models import EventSession, Person


@dataclass(frozen=True)
class DropOff:
    """Participants seen on the first day and not at all on the last."""

    first_day: date
    last_day: date
    people: list[Person]
    #: Per day with check-ins: (day, participants who came, of them came on the first day).
    days: list[tuple[date, int, int]]


def drop_off(store: Store, event_id: str) -> DropOff | None:
    """Who attended on the event's first day and at no session of its last day.

    Only days on which someone was checked in count: while the last day has not
    begun (or its check-ins are on a laptop not merged yet), nobody has
    dropped off, and the answer is None.
    """
    seen = attendance_by_person(store, event_id)
    held = set().union(*seen.values()) if seen else set()
    sessions = [s for s in counted_sessions(store, event_id) if s.id in held]
    days = sorted({s.day for s in sessions})
    if len(days) < 2:
        return None
    on_day = {day: {s.id for s in sessions if s.day == day} for day in days}
    participants = [p for p in people.list_people(store, event_id) if p.role == "participant"]
    came = {
        day: {p.id for p in participants if seen.get(p.id, set()) & ids}
        for day, ids in on_day.items()
    }
    first, last = came[days[0]], came[days[-1]]
    gone = [p for p in participants if p.id in first and p.id not in last]
    counts = [(day, len(came[day]), len(came[day] & first)) for day in days]
    return DropOff(days[0], days[-1], gone, counts)


def share(part: int, whole: int) -> str:
    """A share in whole percent ("38 %", "৩৮ %"), or a dash of nothing."""
    if not whole:
        return "–"
    return _("{percent} %").format(percent=format_number(round(100 * part / whole)))


def _day(day: date) -> str:
    return format_date(day, "MMMEd")


def _session_chart(
    sessions: list[EventSession], counted: dict[str, attendance.SessionCounts], width: float
) -> Flowable:
    """Present and late per session, the sessions grouped under their day."""
    expected = max((c.expected for c in counted.values()), default=0)
    groups = [
        ColumnGroup(
            _day(day),
            tuple(
                Column(format_time(s.starts_at), (counted[s.id].present, counted[s.id].late))
                for s in held
            ),
        )
        for day, held in groupby(sessions, key=lambda s: s.day)
    ]
    # the chart's words in each language of the printout, like every label
    series = [
        Series(joined(lambda: _("Present")), SERIES[0]),
        Series(joined(lambda: _("Late")), SERIES[1]),
    ]
    ceiling = (
        expected,
        joined(
            lambda: ngettext("{count} participant", "{count} participants", expected).format(
                count=format_number(expected)
            )
        ),
    )
    return columns(groups, series, width, 58 * mm, ceiling)


def _attendance_table(
    sessions: list[EventSession],
    counted: dict[str, attendance.SessionCounts],
    store: Store,
    event_id: str,
    width: float,
    now: datetime | None,
) -> Flowable:
    s = styles()
    event = events.get_event(store, event_id)
    data: list[list[object]] = [
        stacked_row(
            lambda: [
                _("When"),
                _("Session"),
                _("Present"),
                _("Late"),
                _("Excused"),
                _("Absent"),
                _("Came"),
            ]
        )
    ]
    for session in sessions:
        counts = counted[session.id]
        absent = attendance.absent_from(counts, session, event, now)
        came = share(counts.arrived, counts.expected)
        if not counts.marked:
            came = _("no check-ins")
        data.append(
            [
                # the venue's wall time, as the agenda holds it
                f"{format_date(session.starts_at, 'E')} {format_time(session.starts_at)}",
                para(session.title, s.cell),
                format_number(counts.present),
                format_number(counts.late),
                format_number(counts.excused),
                "–" if absent is None else format_number(absent),
                came,
            ]
        )
    widths = [0.12, 0.4, 0.09, 0.07, 0.09, 0.09, 0.14]
    # a long agenda splits across pages with its header row repeated (house_table)
    return house_table(data, [width * w for w in widths], right=range(2, len(widths)))


def _came_back(gone: DropOff, width: float) -> Flowable:
    """A bar per day with check-ins: who came, and how many of them came on the first day."""
    first = gone.first_day
    series = [
        Series(joined(lambda: _("came on {day}").format(day=_day(first))), SERIES[0]),
        Series(joined(lambda: _("did not come on {day}").format(day=_day(first))), SERIES[2]),
    ]
    rows = [
        Row(_day(day), (returning, total - returning), format_number(total))
        for day, total, returning in gone.days
    ]
    return bars(rows, width, series, row_height=15)


def _drop_off_story(gone: DropOff, width: float) -> list[Flowable]:
    s = styles()
    first_count = gone.days[0][1]

    def summary() -> str:
        return ngettext(
            "{gone} of the {count} participant who came on {first} did not come on {last}.",
            "{gone} of the {count} participants who came on {first} did not come on {last}.",
            first_count,
        ).format(
            gone=format_number(len(gone.people)),
            count=format_number(first_count),
            first=_day(gone.first_day),
            last=_day(gone.last_day),
        )

    heading = lines(lambda: _("Who came back"), s.subheading)
    story: list[Flowable] = [
        KeepTogether([heading, _came_back(gone, width), Spacer(1, 2 * mm), lines(summary, s.body)])
    ]
    heading = lines(
        lambda: _("Came on {first}, not on {last}").format(
            first=_day(gone.first_day), last=_day(gone.last_day)
        ),
        s.subheading,
    )
    if gone.people:
        # the line stays with its first names; a long list goes on with its header row
        table = people_table(lambda: _("Name"), gone.people, width)
        story += [CondPageBreak(30 * mm), heading, table]
    else:
        story.append(lines(lambda: _("Everyone who came on the first day came back."), s.body))
    return story


def people_table(first: Callable[[], str], group: list[Person], width: float) -> Flowable:
    """People with their names in local script and regions; ``first`` heads the names."""
    s = styles()
    rows: list[list[object]] = [
        stacked_row(lambda: [first(), _("Name in local script"), _("Region")])
    ]
    rows += [
        [para(p.display_name, s.cell), para(p.local_name, s.cell), para(p.region, s.cell)]
        for p in group
    ]
    return house_table(rows, [width * 0.4, width * 0.35, width * 0.25])


def attendance_section(
    store: Store, event_id: str, width: float, now: datetime | None = None
) -> list[Flowable]:
    """The report's attendance: the chart and table per session, then who came back."""
    s = styles()
    sessions = counted_sessions(store, event_id)
    counted = {session.id: attendance.counts(store, session.id) for session in sessions}
    heading = lines(lambda: _("Attendance per session"), s.heading)
    if sessions:  # the heading stays with its chart
        chart = _session_chart(sessions, counted, width)
        story: list[Flowable] = [KeepTogether([heading, chart, Spacer(1, 3 * mm)])]
    else:
        story = [heading]
    story.append(_attendance_table(sessions, counted, store, event_id, width, now))
    gone = drop_off(store, event_id)
    if gone is not None:
        story += _drop_off_story(gone, width)
    else:
        story.append(
            lines(
                lambda: _("Drop-off between days shows once check-ins of a later day are in."),
                s.muted,
            )
        )
    return story
