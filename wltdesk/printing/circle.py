"""Reflection circle summaries on paper: prompts, themes, quotes and the time shared.

Paper travels further than a screen, so a printout carries only the notes its
audience may see (:func:`wltdesk.circles.summary` filters them: ``public``
by default, ``organizers`` adds the organizers' notes, ``facilitator`` all of
them) and anonymous notes never carry a name. A copy with notes that are not
public says so where they are: each such note is boxed under a tag ("Private —
for the facilitator only", "For organizers only"), never to be taken for a
public quote. The facilitator's copy opens with a warning box and carries a
red "facilitator copy" stamp on every page (:mod:`.marks`).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from wltdesk import circles, events
from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_number, locale_digits, ngettext
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.marks import ALERT, ALERT_TINT, MarkedDocument, banner
from wltdesk.printing.styles import MUTED, style, styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, said, stacked, stacked_row
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


#: Notes a copy for organizers or the facilitator marks, so they are never taken for
#: public ones: the words of their tag, its colour and the box's tint.
NOTE_MARKS = {
    "private": (N_("Private — for the facilitator only"), ALERT, ALERT_TINT),
    "organizers": (
        N_("For organizers only"),
        colors.HexColor("#8a5300"),
        colors.HexColor("#fdf3e1"),
    ),
}


def _marked(block: list[Flowable], visibility: str, width: float) -> Table:
    """A note in a box with its tag on top ("Private — for the facilitator only")."""
    words, colour, tint = NOTE_MARKS[visibility]
    tag = para(joined(lambda: _(words)), style(f"tag-{visibility}", 8, bold=True, colour=colour))
    table = Table([[[tag, *block]]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), LATIN),  # not the unembedded Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("BOX", (0, 0), (-1, -1), 0.8, colour),
                ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _summary_story(summary: circles.CircleSummary, width: float) -> list[Flowable]:
    s = styles()
    quote_style = style("quote", 10, leading=14.5)
    who_style = style("quote-who", 8.5, colour=MUTED)
    story: list[Flowable] = []
    if summary.audience == "facilitator":
        story += [
            banner(
                joined(lambda: _("Facilitator copy")),
                stacked(
                    lambda: _(
                        "Private notes are shown, each in a box marked “Private”. Keep this "
                        "copy with the facilitator: do not share, post or display it."
                    )
                ),
                width,
            ),
            Spacer(1, 3 * mm),
        ]
    story.append(para(summary.title, s.title))
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
        if quote.visibility in NOTE_MARKS and summary.audience != "public":
            story.append(_marked(block, quote.visibility, width))
        else:
            story.append(KeepTogether(block))
        story.append(Spacer(1, 2.5 * mm))
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
    title = joined(lambda: _("Circle summary"))
    doc: Document
    if audience == "facilitator":
        # every page says whose copy it is, in red where the letterhead names the output
        mark = joined(lambda: _("Facilitator copy — private notes"))
        doc = MarkedDocument(letterhead(event, title), paper, mark)
    else:
        doc = Document(letterhead(event, title, joined(lambda: _(readers))), paper)
    story: list[Flowable] = []
    for index, one in enumerate(chosen, 1):
        if story:
            story.append(PageBreak())
        story += _summary_story(circles.summary(store, one, audience), doc.frame_width)
        if progress:
            progress(index, len(chosen))
    return doc.build(story)
