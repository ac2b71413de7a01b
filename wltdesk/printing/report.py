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
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from wltdesk import attendance, events, people
from wltdesk.printing.certificates import attendance_by_person, counted_sessions
from wltdesk.printing.document import Document, date_range, letterhead
from wltdesk.printing.styles import house_table, styles
from wltdesk.printing.typeset import para
from wltdesk.store import Store
from wltdesk.store.models import Event, EventSession, Person

UNKNOWN = "(not given)"


@dataclass(frozen=True)
class SessionLine:
    session: EventSession
    counts: attendance.SessionCounts


@dataclass(frozen=True)
class DropOff:
    """Participants seen on the first day and not at all on the last."""

    first_day: str
    last_day: str
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
    return DropOff(f"{days[0]:%a %d %b}", f"{days[-1]:%a %d %b}", gone)


def _count_table(title: str, rows: list[tuple[str, int]], total: int, width: float) -> Flowable:
    s = styles()
    data: list[list[object]] = [[title, "People", "Share"]]
    for value, count in rows:
        share = f"{100 * count / total:.0f} %" if total else "–"
        data.append([para(value, s.cell), str(count), share])
    table = house_table(data, [width * 0.6, width * 0.2, width * 0.2])
    table.setStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")])
    return table


def _overview(store: Store, event_id: str, roster: list[Person], width: float) -> list[Flowable]:
    s = styles()
    event = events.get_event(store, event_id)
    sessions = counted_sessions(store, event_id)
    roles = Counter(p.role for p in roster)
    facts = [
        ("Dates", date_range(event.start_date, event.end_date)),
        ("Venue", event.venue or UNKNOWN),
        ("Participants", str(roles["participant"])),
        ("Facilitators and organizers", str(roles["facilitator"] + roles["organizer"])),
        ("Sessions", f"{len(sessions)} over {len({x.day for x in sessions})} day(s)"),
    ]
    table = house_table(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in facts],
        [width * 0.35, width * 0.65],
        header=False,
    )
    return [para("The event in numbers", s.heading), table]


def _attendance(
    store: Store, event_id: str, width: float, now: datetime | None = None
) -> list[Flowable]:
    s = styles()
    event = events.get_event(store, event_id)
    data: list[list[object]] = [["When", "Session", "Present", "Late", "Excused", "Absent", "Came"]]
    for session in counted_sessions(store, event_id):
        counts = attendance.counts(store, session.id)
        absent = attendance.absent_from(counts, session, event, now)
        came = f"{100 * counts.arrived / counts.expected:.0f} %" if counts.expected else "–"
        if not counts.marked:
            came = "no check-ins"
        data.append(
            [
                f"{session.starts_at:%a %H:%M}",
                para(session.title, s.cell),
                str(counts.present),
                str(counts.late),
                str(counts.excused),
                "–" if absent is None else str(absent),
                came,
            ]
        )
    widths = [0.12, 0.4, 0.09, 0.07, 0.09, 0.09, 0.14]
    # a long agenda splits across pages with its header row repeated (house_table)
    table = house_table(data, [width * w for w in widths])
    table.setStyle([("ALIGN", (2, 0), (-1, -1), "RIGHT")])
    story: list[Flowable] = [para("Attendance per session", s.heading), table]
    gone = drop_off(store, event_id)
    if gone is not None:
        story.append(para(f"Came on {gone.first_day}, not on {gone.last_day}", s.subheading))
        if gone.people:
            rows: list[list[object]] = [["Name", "Name in local script", "Region"]]
            rows += [
                [para(p.display_name, s.cell), para(p.local_name, s.cell), para(p.region, s.cell)]
                for p in gone.people
            ]
            story.append(house_table(rows, [width * 0.4, width * 0.35, width * 0.25]))
        else:
            story.append(para("Everyone who came on the first day came back.", s.body))
    else:
        story.append(
            para("Drop-off between days shows once check-ins of a later day are in.", s.muted)
        )
    return story


def _photos(event: Event, roster: list[Person], width: float) -> list[Flowable]:
    s = styles()
    agreed = [p for p in roster if p.photo_consent is True]
    declined = [p for p in roster if p.photo_consent is False]
    unasked = [p for p in roster if p.photo_consent is None]
    story: list[Flowable] = []
    credits = events.photo_credit_lines(event)
    if credits:
        story += [para("Photo credits", s.heading), *(para(line, s.body) for line in credits)]
    story += [
        para("Photo consent", s.heading),
        para(
            f"{len(agreed)} of {len(roster)} people agreed to be photographed, "
            f"{len(declined)} declined, {len(unasked)} were not asked.",
            s.body,
        ),
    ]
    for title, group in (("Declined photos", declined), ("Not asked", unasked)):
        if not group:
            continue
        rows: list[list[object]] = [[title, "Name in local script", "Region"]]
        rows += [
            [para(p.display_name, s.cell), para(p.local_name, s.cell), para(p.region, s.cell)]
            for p in group
        ]
        story += [Spacer(1, 2 * mm), house_table(rows, [width * 0.4, width * 0.35, width * 0.25])]
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
    doc = Document(letterhead(event, "Event report"), paper)
    width = doc.frame_width
    s = styles()
    roster = people.list_people(store, event_id)
    participants = [p for p in roster if p.role == "participant"]
    steps: list[Callable[[], list[Flowable]]] = [
        lambda: [para(event.name, s.title), *_overview(store, event_id, roster, width)],
        lambda: [
            para("Participants by region and affiliation", s.heading),
            _count_table(
                "Region", tally([p.region for p in participants]), len(participants), width
            ),
            Spacer(1, 3 * mm),
            _count_table(
                "Affiliation",
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
    story.append(Paragraph("End of report.", s.muted))
    return doc.build(story)
