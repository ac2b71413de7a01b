"""The event report: who came, from where, who stayed, what groups formed and planned.

Organizers print it from the merged store after the event, for funders and
the community. Sections:

1. the event in numbers;
2. participants by region and by affiliation;
3. attendance per session, and who came on the first day but not the last
   (the drop-off a two-day training watches for);
4. the groups of every group set;
5. a summary of the action plans (items by status, next due date);
6. photos: the photo credits (who took the event's photos and under what
   licence, as the organizers entered them: ``wltdesk event edit
   --photo-credit``, or *Event ▸ Event details…*), then photo consent — how
   many agreed to be photographed, and the names of those who declined or were
   not asked, so whoever publishes photos knows whom to leave out. An event
   without credits prints none (no blank template).

Absences count participants marked absent and those never checked in to a
session that has started (:func:`wltdesk.attendance.absent_from`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from wltdesk import attendance, events, people
from wltdesk.language import N_, _, format_date, format_number, format_time, ngettext
from wltdesk.printing.certificates import attendance_by_person, counted_sessions
from wltdesk.printing.document import Document, event_dates, letterhead
from wltdesk.printing.styles import styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, stacked_paragraph, stacked_row
from wltdesk.store import Store
from wltdesk.store.models import Event, EventSession, Person

#: A blank region or affiliation in a count (``_()`` it where it is shown).
UNKNOWN = N_("(not given)")


@dataclass(frozen=True)
class SessionLine:
    session: EventSession
    counts: attendance.SessionCounts


@dataclass(frozen=True)
class DropOff:
    """Participants seen on the first day and not at all on the last."""

    first_day: date
    last_day: date
    people: list[Person]


def tally(values: list[str | None]) -> list[tuple[str, int]]:
    """Counts of each value, most frequent first, blanks as "(not given)" at the end."""
    counts = Counter(v or UNKNOWN for v in values)
    return sorted(counts.items(), key=lambda kv: (kv[0] == UNKNOWN, -kv[1], kv[0].casefold()))


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
    first = {s.id for s in sessions if s.day == days[0]}
    last = {s.id for s in sessions if s.day == days[-1]}
    gone = [
        p
        for p in people.list_people(store, event_id)
        if p.role == "participant" and seen.get(p.id, set()) & first and not seen[p.id] & last
    ]
    return DropOff(days[0], days[-1], gone)


def share(part: int, whole: int) -> str:
    """A share in whole percent ("38 %", "৩৮ %"), or a dash of nothing."""
    if not whole:
        return "–"
    return _("{percent} %").format(percent=format_number(round(100 * part / whole)))


def _count_table(
    title: Callable[[], str], rows: list[tuple[str, int]], total: int, width: float
) -> Flowable:
    s = styles()
    data: list[list[object]] = [stacked_row(lambda: [title(), _("People"), _("Share")])]
    for value, count in rows:
        shown = _(UNKNOWN) if value == UNKNOWN else value
        data.append([para(shown, s.cell), format_number(count), share(count, total)])
    return house_table(data, [width * 0.6, width * 0.2, width * 0.2], right=(1, 2))


def _overview(store: Store, event_id: str, roster: list[Person], width: float) -> list[Flowable]:
    s = styles()
    event = events.get_event(store, event_id)
    sessions = counted_sessions(store, event_id)
    roles = Counter(p.role for p in roster)
    days = len({x.day for x in sessions})
    held = _("{sessions} over {days}").format(
        sessions=ngettext("{count} session", "{count} sessions", len(sessions)).format(
            count=format_number(len(sessions))
        ),
        days=ngettext("{count} day", "{count} days", days).format(count=format_number(days)),
    )
    labels = stacked_row(
        lambda: [
            _("Dates"),
            _("Venue"),
            _("Participants"),
            _("Facilitators and organizers"),
            _("Sessions"),
        ]
    )
    values = [
        event_dates(event.start_date, event.end_date),
        event.venue or _(UNKNOWN),
        format_number(roles["participant"]),
        format_number(roles["facilitator"] + roles["organizer"]),
        held,
    ]
    table = house_table(
        [
            [stacked_paragraph(k, s.cell_bold), para(v, s.cell)]
            for k, v in zip(labels, values, strict=True)
        ],
        [width * 0.35, width * 0.65],
        header=False,
    )
    return [lines(lambda: _("The event in numbers"), s.heading), table]


def _attendance(
    store: Store, event_id: str, width: float, now: datetime | None = None
) -> list[Flowable]:
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
    for session in counted_sessions(store, event_id):
        counts = attendance.counts(store, session.id)
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
    table = house_table(data, [width * w for w in widths], right=range(2, len(widths)))
    story: list[Flowable] = [lines(lambda: _("Attendance per session"), s.heading), table]
    gone = drop_off(store, event_id)
    if gone is not None:
        story.append(CondPageBreak(30 * mm))  # the line stays with its names
        story.append(
            lines(
                lambda: _("Came on {first}, not on {last}").format(
                    first=format_date(gone.first_day, "MMMEd"),
                    last=format_date(gone.last_day, "MMMEd"),
                ),
                s.subheading,
            )
        )
        if gone.people:
            story.append(_people_table(lambda: _("Name"), gone.people, width))
        else:
            story.append(lines(lambda: _("Everyone who came on the first day came back."), s.body))
    else:
        story.append(
            lines(
                lambda: _("Drop-off between days shows once check-ins of a later day are in."),
                s.muted,
            )
        )
    return story


def _people_table(first: Callable[[], str], group: list[Person], width: float) -> Flowable:
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


def _photos(event: Event, roster: list[Person], width: float) -> list[Flowable]:
    s = styles()
    agreed = [p for p in roster if p.photo_consent is True]
    declined = [p for p in roster if p.photo_consent is False]
    unasked = [p for p in roster if p.photo_consent is None]
    story: list[Flowable] = []
    credits = events.photo_credit_lines(event)
    if credits:
        story += [
            lines(lambda: _("Photo credits"), s.heading),
            *(para(line, s.body) for line in credits),
        ]

    def consent() -> str:
        return ngettext(
            "{agreed} of {total} person agreed to be photographed, {declined} declined, "
            "{unasked} were not asked.",
            "{agreed} of {total} people agreed to be photographed, {declined} declined, "
            "{unasked} were not asked.",
            len(roster),
        ).format(
            agreed=format_number(len(agreed)),
            total=format_number(len(roster)),
            declined=format_number(len(declined)),
            unasked=format_number(len(unasked)),
        )

    story += [lines(lambda: _("Photo consent"), s.heading), lines(consent, s.body)]
    if declined:
        table = _people_table(lambda: _("Declined photos"), declined, width)
        story += [Spacer(1, 2 * mm), table]
    if unasked:
        story += [Spacer(1, 2 * mm), _people_table(lambda: _("Not asked"), unasked, width)]
    return story


Section = Callable[[Store, str, float], list[Flowable]]


def build_report(
    store: Store,
    event_id: str,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The event report as PDF bytes."""
    from wltdesk.printing import plans as plan_output
    from wltdesk.printing import rosters

    event = events.get_event(store, event_id)
    doc = Document(letterhead(event, joined(lambda: _("Event report"))), paper)
    width = doc.frame_width
    s = styles()
    roster = people.list_people(store, event_id)
    participants = [p for p in roster if p.role == "participant"]
    steps: list[Callable[[], list[Flowable]]] = [
        lambda: [para(event.name, s.title), *_overview(store, event_id, roster, width)],
        lambda: [
            lines(lambda: _("Participants by region and affiliation"), s.heading),
            _count_table(
                lambda: _("Region"),
                tally([p.region for p in participants]),
                len(participants),
                width,
            ),
            Spacer(1, 3 * mm),
            _count_table(
                lambda: _("Affiliation"),
                tally([p.affiliation for p in participants]),
                len(participants),
                width,
            ),
        ],
        lambda: _attendance(store, event_id, width),
        lambda: rosters.report_section(store, event_id, width),
        lambda: plan_output.report_section(store, event_id, width),
        lambda: _photos(event, roster, width),
    ]
    story: list[Flowable] = []
    for done, step in enumerate(steps, 1):
        part = step()
        if part:
            # a heading never ends a page, but a long table no longer jumps to the
            # next page whole (which left much of a page blank): room for the
            # heading and a few rows is enough, the table splits and repeats its header
            story.append(CondPageBreak(40 * mm))
            story.extend(part)
        if progress:
            progress(done, len(steps))
    story.append(Spacer(1, 4 * mm))
    story.append(lines(lambda: _("End of report."), s.muted))
    return doc.build(story)
