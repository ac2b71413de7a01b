"""Action plans on paper: one group's plan per page, then the follow-up list by due date.

Groups take their page home; the organizer keeps the follow-up list, which
holds every item of every plan, plan by plan (each plan named once, on a bar
over its items), soonest due first (undated last) within a plan, the plan due
soonest first, with overdue items marked. A table that runs onto another page
never leaves a heading or a lone row at the foot of a page (:func:`keep_rows`).
The data comes from :mod:`wltdesk.plans`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from wltdesk import events
from wltdesk import plans as plan_service
from wltdesk.errors import UserError
from wltdesk.language import N_, _, format_date, format_number, ngettext
from wltdesk.printing.continued import ContinuedTitle
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.styles import ACCENT, SHADE, style, styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import para, rich
from wltdesk.printing.wording import (
    joined,
    lines,
    said,
    stacked_paragraph,
    stacked_row,
    value_word,
)
from wltdesk.store import Store
from wltdesk.store.models import ITEM_STATUSES

OVERDUE = colors.HexColor("#fdecea")
#: The statuses as the report's column heads.
STATUS_HEADS = {
    "planned": N_("Planned"),
    "in progress": N_("In progress"),
    "done": N_("Done"),
    "dropped": N_("Dropped"),
}


def _due(day: date | None) -> str:
    return format_date(day, "yMMMd") if day else _("no date")


def _plan_where(plan: plan_service.PlanView) -> str:
    return " · ".join(t for t in (plan.group_name, plan.region) if t)


def _plan_page(plan: plan_service.PlanView, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(plan.title, s.title)]
    where = _plan_where(plan)
    if where:
        story.append(para(where, s.muted))
    if plan.goal:
        goal = joined(lambda: _("Goal:"), " / ")
        story += [Spacer(1, 2 * mm), rich([(f"{goal} ", True), (plan.goal, False)], s.body)]
    if not plan.items:
        story.append(lines(lambda: _("No action items yet."), s.body))
        return story
    rows: list[list[object]] = [
        stacked_row(
            lambda: [_("#"), _("What"), _("Who"), _("Due"), _("Success looks like"), _("Status")]
        )
    ]
    overdue_rows = []
    for number, item in enumerate(plan.items, 1):
        what: list[Flowable] = [para(item.what, s.cell)]
        if item.resources:
            what.append(para(_("Needs: {resources}").format(resources=item.resources), s.muted))
        due = _due(item.due_date)
        if item.overdue:
            due = _("{date} (overdue)").format(date=due)
        rows.append(
            [
                format_number(number),
                what,
                [para(owner, s.cell) for owner in item.owners] or "",
                para(due, s.cell),
                para(item.success_indicator, s.cell) if item.success_indicator else "",
                para(value_word(item.status), s.cell),
            ]
        )
        if item.overdue:
            overdue_rows.append(number)
    widths = [0.05, 0.33, 0.2, 0.12, 0.18, 0.12]
    table = house_table(rows, [width * w for w in widths])
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    for number in overdue_rows:
        table.setStyle([("BACKGROUND", (0, number), (-1, number), OVERDUE)])
    keep_rows(table, 1, len(rows) - 1)
    story += [Spacer(1, 3 * mm), table]
    return story


def keep_rows(table: Table, first: int, last: int) -> None:
    """Rows ``first`` to ``last`` of a table split across pages without a widow: the head
    rows (those above ``first``) stay with at least two rows, and the last two rows go
    over together, so no page ends on a heading or a lone row and none starts with one."""
    table.setStyle([("NOSPLIT", (0, 0), (-1, min(first + 1, last)))])
    if last - first >= 3:
        table.setStyle([("NOSPLIT", (0, last - 1), (-1, last))])


def _plan_items(title: str, entries: list[plan_service.FollowUpItem], width: float) -> Flowable:
    """One plan's items in the follow-up list: the plan named once, on a bar over its
    items (repeated, "(continued)", on a page the plan runs onto), soonest due first."""
    s = styles()
    heads = stacked_row(lambda: [_("Due"), _("What"), _("Who"), _("Status")])
    head_style = style("follow-head", 8.5, bold=True, colour=ACCENT)
    more = joined(lambda: _("{plan} (continued)").format(plan=title))
    rows: list[list[object]] = [
        [ContinuedTitle(title, more, 9.5, colors.white), "", "", ""],
        [stacked_paragraph(head, head_style) for head in heads],
    ]
    overdue = []
    for index, entry in enumerate(entries, 2):
        item = entry.item
        rows.append(
            [
                para(_due(item.due_date), s.cell),
                para(item.what, s.cell),
                [para(owner, s.cell) for owner in item.owners] or "",
                para(value_word(item.status), s.cell),
            ]
        )
        if item.overdue:
            overdue.append(index)
    table = house_table(rows, [width * w for w in (0.15, 0.45, 0.25, 0.15)])
    table.repeatRows = 2  # the plan's bar and the column heads
    table.setStyle(
        [
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 1), (-1, 1), SHADE),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ]
    )
    for index in overdue:
        table.setStyle([("BACKGROUND", (0, index), (-1, index), OVERDUE)])
    keep_rows(table, 2, len(rows) - 1)
    return table


def _follow_up(store: Store, event_id: str, width: float) -> list[Flowable]:
    s = styles()
    items = plan_service.follow_up(store, event_id)
    story: list[Flowable] = [lines(lambda: _("Follow-up list"), s.title)]
    story.append(
        lines(
            lambda: ngettext(
                "{count} action item of every plan, soonest due first; overdue items are shaded.",
                "{count} action items of every plan, soonest due first; overdue items are shaded.",
                len(items),
            ).format(count=format_number(len(items))),
            s.muted,
        )
    )
    # the plan whose next item is due soonest comes first
    by_plan: dict[str, list[plan_service.FollowUpItem]] = {}
    for entry in items:
        by_plan.setdefault(entry.plan_id, []).append(entry)
    for entries in by_plan.values():
        first = entries[0]
        where = " · ".join(t for t in (first.group_name, first.region) if t)
        title = f"{first.plan_title} · {where}" if where else first.plan_title
        story += [Spacer(1, 3 * mm), _plan_items(title, entries, width)]
    return story


def build_plans(
    store: Store,
    event_id: str,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Every action plan on its own page, then the follow-up list, as PDF bytes."""
    event = events.get_event(store, event_id)
    plans = plan_service.list_plans(store, event_id)
    if not plans:
        raise UserError(said(lambda: _("the event has no action plans yet")))
    doc = Document(letterhead(event, joined(lambda: _("Action plans"))), paper)
    width = doc.frame_width
    story: list[Flowable] = []
    for index, plan in enumerate(plans, 1):
        story += _plan_page(plan, width)
        story.append(PageBreak())
        if progress:
            progress(index, len(plans) + 1)
    story += _follow_up(store, event_id, width)
    return doc.build(story)


def report_section(store: Store, event_id: str, width: float) -> list[Flowable]:
    """The event report's summary of the plans: items by status and the next due date."""
    s = styles()
    plans = plan_service.list_plans(store, event_id)
    story: list[Flowable] = [lines(lambda: _("Action plans"), s.heading)]
    if not plans:
        return [*story, lines(lambda: _("No action plans were recorded."), s.body)]
    rows: list[list[object]] = [
        stacked_row(
            lambda: [
                _("Plan"),
                _("Items"),
                *[_(STATUS_HEADS[status]) for status in ITEM_STATUSES],
                _("Next due"),
            ]
        )
    ]
    for plan in plans:
        counts = plan.status_counts()
        open_dates = [
            i.due_date for i in plan.items if i.due_date and i.status in plan_service.OPEN_STATUSES
        ]
        label = plan.title + (f" ({_plan_where(plan)})" if _plan_where(plan) else "")
        rows.append(
            [
                para(label, s.cell),
                format_number(len(plan.items)),
                *[format_number(counts.get(status, 0)) for status in ITEM_STATUSES],
                _due(min(open_dates)) if open_dates else "–",
            ]
        )
    widths = [0.36, 0.08, 0.1, 0.12, 0.08, 0.1, 0.16]
    table = house_table(rows, [width * w for w in widths], right=range(1, len(widths) - 1))
    return [*story, table]
