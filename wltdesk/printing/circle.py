"""Reflection circle summaries on paper: prompts, themes, quotes and the time shared.

Paper travels further than a screen, so a printout carries only the notes its
audience may see (:func:`wltdesk.circles.summary` filters them: ``public``
by default, ``organizers`` adds the organizers' notes, ``facilitator`` all of
them) and anonymous notes never carry a name.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from wltdesk import circles, events
from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_number, locale_digits, ngettext
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.styles import MUTED, style, styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, said, stacked_row
from wltdesk.store import Store

#: Whose notes a printout shows: the readers (in the letterhead), and the longer
#: line under the title.
AUDIENCE_LABELS = {
    "public": (N_("public notes only"), N_("public notes only")),
    "organizers": (
        N_("notes for organizers and public notes"),
        N_("notes for organizers and public notes"),
    ),
    "facilitator": (
        N_("all notes, private ones included"),
        N_("all notes, private ones included — keep this copy with the facilitator"),
    ),
}


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return _("{seconds} s").format(seconds=format_number(rest))
    return _("{minutes} min {seconds} s").format(
        minutes=format_number(minutes), seconds=locale_digits(f"{rest:02d}")
    )


def _in_numbers(totals: circles.SummaryTotals) -> str:
    """ "4 in the speaking order · 3 spoke · 1 passed · 4 min 05 s shared · 2 notes shown" """
    return " · ".join(
        (
            _("{count} in the speaking order").format(count=format_number(totals.speakers)),
            _("{count} spoke").format(count=format_number(totals.spoke)),
            _("{count} passed").format(count=format_number(totals.passed)),
            _("{time} shared").format(time=_minutes(totals.seconds)),
            ngettext("{count} note shown", "{count} notes shown", totals.notes).format(
                count=format_number(totals.notes)
            ),
        )
    )


def _summary_story(summary: circles.CircleSummary, width: float) -> list[Flowable]:
    s = styles()
    quote_style = style("quote", 10, leading=14.5)
    who_style = style("quote-who", 8.5, colour=MUTED)
    story: list[Flowable] = [para(summary.title, s.title)]
    session = summary.session_title if summary.session_title != summary.title else None
    where = " · ".join(t for t in (session, summary.group_name) if t)
    if where:
        story.append(para(where, s.muted))
    readers = AUDIENCE_LABELS[summary.audience][1]
    story.append(lines(lambda: _("Shown: {readers}.").format(readers=_(readers)), s.muted))
    if summary.prompts:
        story.append(lines(lambda: _("Prompts"), s.heading))
        story += [para(f"• {prompt}", s.body) for prompt in summary.prompts]
    totals = summary.totals
    story += [
        lines(lambda: _("The circle in numbers"), s.heading),
        lines(lambda: _in_numbers(totals), s.body),
    ]
    if summary.themes:
        story.append(lines(lambda: _("Themes"), s.heading))
        story.append(
            para(
                " · ".join(f"{theme} ({format_number(count)})" for theme, count in summary.themes),
                s.body,
            )
        )
    story.append(lines(lambda: _("What was said"), s.heading))
    if not summary.quotes:
        story.append(lines(lambda: _("No notes for this audience."), s.body))
    anonymous = joined(lambda: _("anonymous"), " / ")
    whole_circle = joined(lambda: _("the whole circle"), " / ")
    for quote in summary.quotes:
        who = anonymous if quote.anonymous else quote.speaker or whole_circle
        block: list[Flowable] = [para(f"“{quote.text}”", quote_style)]
        tail = f"— {who}" + (f" · {', '.join(quote.themes)}" if quote.themes else "")
        block.append(para(tail, who_style))
        block.append(Spacer(1, 2.5 * mm))
        story.append(KeepTogether(block))
    if summary.time_shared:
        s_cell = s.cell
        rows: list[list[object]] = [stacked_row(lambda: [_("Speaker"), _("Time")])]
        passed = _("passed")
        for share in summary.time_shared:
            rows.append(
                [para(share.name, s_cell), passed if share.passed else _minutes(share.seconds)]
            )
        table = house_table(rows, [width * 0.7, width * 0.3], right=(1,))
        story += [lines(lambda: _("Time shared"), s.heading), table]
    return story


def build_circle(
    store: Store,
    event_id: str,
    circle_id: str | None = None,
    audience: str = "public",
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One circle's summary (or every circle's, one per page) as PDF bytes."""
    if audience not in AUDIENCE_LABELS:
        raise UserError(
            said(lambda: _("audience must be one of {choices}, not {audience!r}")).format(
                choices=", ".join(AUDIENCE_LABELS), audience=audience
            )
        )
    event = events.get_event(store, event_id)
    chosen = [circle_id] if circle_id else [c.id for c in circles.list_circles(store, event_id)]
    if not chosen:
        raise UserError(said(lambda: _("the event has no reflection circles yet")))
    readers = AUDIENCE_LABELS[audience][0]
    head = letterhead(event, joined(lambda: _("Circle summary")), joined(lambda: _(readers)))
    doc = Document(head, paper)
    story: list[Flowable] = []
    for index, one in enumerate(chosen, 1):
        if story:
            story.append(PageBreak())
        story += _summary_story(circles.summary(store, one, audience), doc.frame_width)
        if progress:
            progress(index, len(chosen))
    return doc.build(story)
