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
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.styles import MUTED, house_table, style, styles
from wltdesk.printing.typeset import para
from wltdesk.store import Store

AUDIENCE_LABELS = {
    "public": "public notes only",
    "organizers": "notes for organizers and public notes",
    "facilitator": "all notes, private ones included — keep this copy with the facilitator",
}


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _summary_story(summary: circles.CircleSummary, width: float) -> list[Flowable]:
    s = styles()
    quote_style = style("quote", 10, leading=14.5)
    who_style = style("quote-who", 8.5, colour=MUTED)
    story: list[Flowable] = [para(summary.title, s.title)]
    session = summary.session_title if summary.session_title != summary.title else None
    where = " · ".join(t for t in (session, summary.group_name) if t)
    if where:
        story.append(para(where, s.muted))
    story.append(para(f"Shown: {AUDIENCE_LABELS[summary.audience]}.", s.muted))
    if summary.prompts:
        story.append(para("Prompts", s.heading))
        story += [para(f"• {prompt}", s.body) for prompt in summary.prompts]
    totals = summary.totals
    story += [
        para("The circle in numbers", s.heading),
        para(
            f"{totals.speakers} in the speaking order · {totals.spoke} spoke · "
            f"{totals.passed} passed · {_minutes(totals.seconds)} shared · "
            f"{totals.notes} notes shown",
            s.body,
        ),
    ]
    if summary.themes:
        story.append(para("Themes", s.heading))
        story.append(
            para(" · ".join(f"{theme} ({count})" for theme, count in summary.themes), s.body)
        )
    story.append(para("What was said", s.heading))
    if not summary.quotes:
        story.append(para("No notes for this audience.", s.body))
    for quote in summary.quotes:
        who = "anonymous" if quote.anonymous else quote.speaker or "the whole circle"
        block: list[Flowable] = [para(f"“{quote.text}”", quote_style)]
        tail = f"— {who}" + (f" · {', '.join(quote.themes)}" if quote.themes else "")
        block.append(para(tail, who_style))
        block.append(Spacer(1, 2.5 * mm))
        story.append(KeepTogether(block))
    if summary.time_shared:
        s_cell = s.cell
        rows: list[list[object]] = [["Speaker", "Time"]]
        for share in summary.time_shared:
            rows.append(
                [para(share.name, s_cell), "passed" if share.passed else _minutes(share.seconds)]
            )
        table = house_table(rows, [width * 0.7, width * 0.3])
        table.setStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")])
        story += [para("Time shared", s.heading), table]
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
        raise UserError(f"audience must be one of {', '.join(AUDIENCE_LABELS)}, not {audience!r}")
    event = events.get_event(store, event_id)
    chosen = [circle_id] if circle_id else [c.id for c in circles.list_circles(store, event_id)]
    if not chosen:
        raise UserError("the event has no reflection circles yet")
    doc = Document(
        letterhead(event, "Circle summary", AUDIENCE_LABELS[audience].split(" —")[0]), paper
    )
    story: list[Flowable] = []
    for index, one in enumerate(chosen, 1):
        if story:
            story.append(PageBreak())
        story += _summary_story(circles.summary(store, one, audience), doc.frame_width)
        if progress:
            progress(index, len(chosen))
    return doc.build(story)
