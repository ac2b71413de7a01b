"""The event report: who came, from where, who stayed, what groups formed and planned.

Organizers print it from the merged store after the event, for funders and
the community. Sections:

1. the event in numbers;
2. participants by region (a chart) and by affiliation (a table), and by
   gender as each described themselves (a chart; blanks are "not given");
3. attendance per session and who came back the next day (:mod:`.turnout`:
   charts, then the numbers and names);
4. the groups of every group set, each round's groups side by side;
5. a summary of the action plans (items by status, next due date);
6. photos: the photo credits (who took the event's photos and under what
   licence, as the organizers entered them: ``wltdesk event edit
   --photo-credit``, or *Event ▸ Event details…*), then photo consent — how
   many agreed to be photographed, and the names of those who declined or were
   not asked, so whoever publishes photos knows whom to leave out. An event
   without credits prints none (no blank template). Every page that names
   people who declined photos is stamped "internal — do not publish"
   (:mod:`.marks`): the rest of the report may be shared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from wltdesk import events, people
from wltdesk.language import N_, _, format_number, ngettext
from wltdesk.printing.certificates import counted_sessions
from wltdesk.printing.charts import Row, bars
from wltdesk.printing.document import Document, event_dates, letterhead
from wltdesk.printing.marks import Internal
from wltdesk.printing.styles import styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.turnout import attendance_section, people_table, share
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, stacked_paragraph, stacked_row
from wltdesk.store import Store
from wltdesk.store.models import Event, Person

#: A blank region, affiliation or gender in a count (``_()`` it where it is shown).
UNKNOWN = N_("(not given)")
#: Rows a count chart shows; the smallest of more values are added up in one row.
MOST = 12


def tally(values: list[str | None]) -> list[tuple[str, int]]:
    """Counts of each value, most frequent first, blanks as "(not given)" at the end.

    Values typed differently only in case or blanks ("dhaka ", "Dhaka") count as
    one, under the spelling most of them have.
    """
    spellings: dict[str, Counter[str]] = {}
    for value in values:
        text = " ".join((value or "").split())
        spellings.setdefault(text.casefold(), Counter())[text] += 1
    counts = Counter(
        {
            (found.most_common(1)[0][0] if key else UNKNOWN): sum(found.values())
            for key, found in spellings.items()
        }
    )
    return sorted(counts.items(), key=lambda kv: (kv[0] == UNKNOWN, -kv[1], kv[0].casefold()))


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


def _count_chart(
    counts: list[tuple[str, int]], total: int, width: float, more: Callable[[int], str]
) -> Flowable:
    """A bar per value with its count and share; past :data:`MOST` values the smallest
    are one row (``more(n)`` names it), "not given" stays last, in grey."""
    known = [(v, c) for v, c in counts if v != UNKNOWN]
    unknown = [c for v, c in counts if v == UNKNOWN]
    rows = [Row(v, (c,), f"{format_number(c)} · {share(c, total)}") for v, c in known]
    if len(rows) > MOST:
        rest = sum(c for _v, c in known[MOST - 1 :])
        note = f"{format_number(rest)} · {share(rest, total)}"
        rows = [*rows[: MOST - 1], Row(more(len(known) - MOST + 1), (rest,), note)]
    for count in unknown:
        note = f"{format_number(count)} · {share(count, total)}"
        rows.append(Row(_(UNKNOWN), (count,), note, unknown=True))
    return bars(rows, width)


def _participants(participants: list[Person], width: float) -> list[Flowable]:
    s = styles()
    total = len(participants)

    def more_regions(count: int) -> str:
        return joined(
            lambda: ngettext("{count} more region", "{count} more regions", count).format(
                count=format_number(count)
            )
        )

    def more_answers(count: int) -> str:
        return joined(
            lambda: ngettext("{count} more answer", "{count} more answers", count).format(
                count=format_number(count)
            )
        )

    genders = tally([p.gender for p in participants])
    heading = lines(lambda: _("Participants by region and affiliation"), s.heading)
    regions = _count_chart(tally([p.region for p in participants]), total, width, more_regions)
    story: list[Flowable] = [
        KeepTogether([heading, regions]),
        Spacer(1, 3 * mm),
        _count_table(
            lambda: _("Affiliation"), tally([p.affiliation for p in participants]), total, width
        ),
    ]
    gender_heading = [
        lines(lambda: _("Participants by gender"), s.heading),
        lines(lambda: _("As each participant described themselves."), s.muted),
        Spacer(1, 1.5 * mm),
    ]
    if all(value == UNKNOWN for value, _count in genders):
        none = lines(lambda: _("No participant gave a gender."), s.body)
        return [*story, *gender_heading, none]
    # the heading stays with its chart
    chart = _count_chart(genders, total, width, more_answers)
    return [*story, KeepTogether([*gender_heading, chart])]


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

    # the heading and its sentence stay with the first names of the list under them
    story += [CondPageBreak(45 * mm), lines(lambda: _("Photo consent"), s.heading)]
    story.append(lines(consent, s.body))
    if declined:
        # whoever gets the report must not publish these names: every page they are on says so
        table = people_table(lambda: _("Declined photos"), declined, width)
        mark = joined(lambda: _("Internal — do not publish"))
        story += [Spacer(1, 2 * mm), Internal(table, mark)]
    if unasked:
        story += [Spacer(1, 2 * mm), people_table(lambda: _("Not asked"), unasked, width)]
    return story


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
        lambda: _participants(participants, width),
        lambda: attendance_section(store, event_id, width),
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
