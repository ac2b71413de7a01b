"""Action plans on paper: one group's plan per page, then the follow-up list by due date.

Groups take their page home; the organizer keeps the follow-up list, which
puts every item of every plan in one table, soonest due first (undated last),
with overdue items marked. The data comes from :mod:`wltdesk.plans`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from wltdesk import events
from wltdesk import plans as plan_service
from wltdesk.errors import UserError
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.styles import house_table, styles
from wltdesk.printing.typeset import para, rich
from wltdesk.store import Store
from wltdesk.store.models import ITEM_STATUSES

OVERDUE = colors.HexColor("#fdecea")


def _due(day: date | None) -> str:
    return f"{day:%d %b %Y}" if day else "no date"


def _plan_where(plan: plan_service.PlanView) -> str:
    return " · ".join(t for t in (plan.group_name, plan.region) if t)


def _plan_page(plan: plan_service.PlanView, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(plan.title, s.title)]
    where = _plan_where(plan)
    if where:
        story.append(para(where, s.muted))
    if plan.goal:
        story += [Spacer(1, 2 * mm), rich([("Goal: ", True), (plan.goal, False)], s.body)]
    if not plan.items:
        story.append(para("No action items yet.", s.body))
        return story
    rows: list[list[object]] = [["#", "What", "Who", "Due", "Success looks like", "Status"]]
    overdue_rows = []
    for number, item in enumerate(plan.items, 1):
        what: list[Flowable] = [para(item.what, s.cell)]
        if item.resources:
            what.append(para(f"Needs: {item.resources}", s.muted))
        rows.append(
            [
                str(number),
                what,
                [para(owner, s.cell) for owner in item.owners] or "",
                para(_due(item.due_date) + (" (overdue)" if item.overdue else ""), s.cell),
                para(item.success_indicator, s.cell) if item.success_indicator else "",
                para(item.status, s.cell),
            ]
        )
        if item.overdue:
            overdue_rows.append(number)
    widths = [0.05, 0.33, 0.2, 0.12, 0.18, 0.12]
    table = house_table(rows, [width * w for w in widths])
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    for number in overdue_rows:
        table.setStyle([("BACKGROUND", (0, number), (-1, number), OVERDUE)])
    story += [Spacer(1, 3 * mm), table]
    return story


def _follow_up(store: Store, event_id: str, width: float) -> list[Flowable]:
    s = styles()
    items = plan_service.follow_up(store, event_id)
    story: list[Flowable] = [para("Follow-up list", s.title)]
    story.append(
        para(
            f"{len(items)} action items of every plan, soonest due first; overdue items "
            "are shaded.",
            s.muted,
        )
    )
    if not items:
        return story
    rows: list[list[object]] = [["Due", "What", "Who", "Plan", "Status"]]
    overdue = []
    for index, entry in enumerate(items, 1):
        item = entry.item
        plan = entry.plan_title + (f" ({entry.region})" if entry.region else "")
        rows.append(
            [
                para(_due(item.due_date), s.cell),
                para(item.what, s.cell),
                [para(owner, s.cell) for owner in item.owners] or "",
                para(plan, s.cell),
                para(item.status, s.cell),
            ]
        )
        if item.overdue:
            overdue.append(index)
    table = house_table(rows, [width * w for w in (0.13, 0.35, 0.2, 0.2, 0.12)])
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    for index in overdue:
        table.setStyle([("BACKGROUND", (0, index), (-1, index), OVERDUE)])
    story += [Spacer(1, 3 * mm), table]
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
        raise UserError("the event has no action plans yet")
    doc = Document(letterhead(event, "Action plans"), paper)
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
    story: list[Flowable] = [para("Action plans", s.heading)]
    if not plans:
        return [*story, para("No action plans were recorded.", s.body)]
    rows: list[list[object]] = [
        ["Plan", "Items", *[t.capitalize() for t in ITEM_STATUSES], "Next due"]
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
                str(len(plan.items)),
                *[str(counts.get(status, 0)) for status in ITEM_STATUSES],
                _due(min(open_dates)) if open_dates else "–",
            ]
        )
    widths = [0.36, 0.08, 0.1, 0.12, 0.08, 0.1, 0.16]
    table = house_table(rows, [width * w for w in widths])
    table.setStyle([("ALIGN", (1, 0), (-2, -1), "RIGHT")])
    return [*story, table]
