"""Reading plans back: each plan with its items in order, and picking one by what was typed.

Whether an item is overdue is judged against a ``today`` the caller may give
(by default today at the venue), so tests and printouts are deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.plans.editing import owner_label, plan_row
from wltdesk.store import Store
from wltdesk.store.models import ITEM_STATUSES, ActionItem, ActionPlan, Group, GroupSet, Person

#: Statuses of an item that is still to be done (so it can be overdue).
OPEN_STATUSES = ("planned", "in progress")


@dataclass(frozen=True)
class ItemView:
    """One action item as screens, printouts and exports show it."""

    id: str
    plan_id: str
    position: int
    what: str
    #: Owners as people read them: "Display name (local name)".
    owners: list[str]
    owner_ids: list[str]
    due_date: date | None
    resources: str | None
    success_indicator: str | None
    status: str
    notes: str | None
    overdue: bool


@dataclass(frozen=True)
class PlanView:
    """A plan with its items in order."""

    id: str
    title: str
    group_id: str | None
    group_name: str | None
    region: str | None
    goal: str | None
    items: list[ItemView]

    def status_counts(self) -> dict[str, int]:
        """How many items have each status (every status present, zero included)."""
        counts = dict.fromkeys(ITEM_STATUSES, 0)
        for item in self.items:
            counts[item.status] = counts.get(item.status, 0) + 1
        return counts


def is_overdue(due_date: date | None, status: str, today: date) -> bool:
    """Due before today and still open (planned or in progress)."""
    return due_date is not None and due_date < today and status in OPEN_STATUSES


# ------------------------------------------------------------------ plans
def event_today(store: Store, event_id: str) -> date:
    """Today at the venue (the event's time zone): what "overdue" is judged against."""
    from wltdesk.events import get_event, local_now

    return local_now(get_event(store, event_id)).date()


def list_plans(store: Store, event_id: str, today: date | None = None) -> list[PlanView]:
    """The event's plans by region, group and title, each with its items in order."""
    return _views(store, event_id, None, today or event_today(store, event_id))


def get_plan(store: Store, plan_id: str, today: date | None = None) -> PlanView:
    with store.read() as db:
        event_id = plan_row(db, plan_id).event_id
    return _views(store, event_id, plan_id, today or event_today(store, event_id))[0]


def _views(store: Store, event_id: str, plan_id: str | None, today: date) -> list[PlanView]:
    with store.read() as db:
        plan_query = select(ActionPlan).where(
            ActionPlan.event_id == event_id, ActionPlan.deleted.is_(False)
        )
        item_query = select(ActionItem).where(
            ActionItem.event_id == event_id, ActionItem.deleted.is_(False)
        )
        if plan_id is not None:
            plan_query = plan_query.where(ActionPlan.id == plan_id)
            item_query = item_query.where(ActionItem.plan_id == plan_id)
        plans = list(db.execute(plan_query).scalars())
        items = list(db.execute(item_query.order_by(ActionItem.position, ActionItem.id)).scalars())
        owner_ids = {o for item in items for o in item.owners or ()}
        people = {
            p.id: p for p in db.execute(select(Person).where(Person.id.in_(owner_ids))).scalars()
        }
        group_ids = {p.group_id for p in plans if p.group_id}
        groups = {
            g.id: g for g in db.execute(select(Group).where(Group.id.in_(group_ids))).scalars()
        }
    by_plan: dict[str, list[ItemView]] = {}
    for item in items:
        owners = [people[o] for o in item.owners or () if o in people]
        by_plan.setdefault(item.plan_id, []).append(
            ItemView(
                id=item.id,
                plan_id=item.plan_id,
                position=item.position,
                what=item.what,
                owners=[owner_label(p) for p in owners],
                owner_ids=[p.id for p in owners],
                due_date=item.due_date,
                resources=item.resources,
                success_indicator=item.success_indicator,
                status=item.status,
                notes=item.notes,
                overdue=is_overdue(item.due_date, item.status, today),
            )
        )
    views = [
        PlanView(
            id=plan.id,
            title=plan.title,
            group_id=plan.group_id,
            group_name=groups[plan.group_id].name if plan.group_id in groups else None,
            region=plan.region,
            goal=plan.goal,
            items=by_plan.get(plan.id, []),
        )
        for plan in plans
    ]
    views.sort(
        key=lambda v: (
            (v.region or "\U0010ffff").casefold(),
            (v.group_name or "").casefold(),
            v.title.casefold(),
            v.id,
        )
    )
    return views


def resolve_plan(store: Store, event_id: str, selector: str) -> PlanView:
    """The plan a command means: its number in ``plan list``, id, id prefix or title."""
    plans = list_plans(store, event_id)
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(plans):
            return plans[int(text) - 1]
        raise UserError(_(
            "no plan number {text} (there are {count}; see 'wltdesk plan list')"
        ).format(
            text=text, count=len(plans)
        ))
    folded = text.casefold()
    found = [p for p in plans if p.id == text or p.title.casefold() == folded]
    found = found or [p for p in plans if p.id.startswith(text)]
    if not found and len(text) >= 3:
        found = [p for p in plans if folded in p.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("no plan matches {selector!r} (see 'wltdesk plan list')").format(
            selector=selector
        ))
    titles = "; ".join(f"{p.title} ({p.region or '-'})" for p in found[:5])
    raise UserError(_("{selector!r} matches {count} plans: {titles}").format(
        selector=selector, count=len(found), titles=titles
    ))


def resolve_item(plan: PlanView, selector: str) -> ItemView:
    """An item of a plan by its number in the plan (1 = first), id or id prefix."""
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(plan.items):
            return plan.items[int(text) - 1]
        raise UserError(_("plan {title!r} has no item {text} (it has {count})").format(
            title=plan.title, text=text, count=len(plan.items)
        ))
    found = [i for i in plan.items if i.id == text] or [
        i for i in plan.items if i.id.startswith(text)
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(_("plan {title!r} has no item {selector!r}").format(
            title=plan.title, selector=selector
        ))
    raise UserError(_("{selector!r} matches {count} items; give more of the id").format(
        selector=selector, count=len(found)
    ))


# ------------------------------------------------------------------ groups
@dataclass(frozen=True)
class GroupChoice:
    """A group a plan can belong to, as a chooser lists it."""

    id: str
    name: str
    region: str | None
    set_name: str


def group_choices(store: Store, event_id: str) -> list[GroupChoice]:
    """The event's live groups (regional groups first), for a plan's group chooser."""
    with store.read() as db:
        rows = db.execute(
            select(Group, GroupSet.name)
            .join(GroupSet, GroupSet.id == Group.group_set_id)
            .where(
                Group.event_id == event_id,
                Group.deleted.is_(False),
                GroupSet.deleted.is_(False),
            )
        ).all()
    choices = [GroupChoice(g.id, g.name, g.region, set_name) for g, set_name in rows]
    choices.sort(key=lambda c: (c.region is None, c.set_name.casefold(), c.name.casefold()))
    return choices


def resolve_group(store: Store, event_id: str, selector: str) -> str:
    """The group a plan is for: its id, id prefix or name (regional groups have one)."""
    text = selector.strip()
    with store.read() as db:
        groups = list(
            db.execute(
                select(Group).where(Group.event_id == event_id, Group.deleted.is_(False))
            ).scalars()
        )
    found = [g for g in groups if g.id == text or g.name.casefold() == text.casefold()]
    found = found or [g for g in groups if g.id.startswith(text)]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise UserError(_("--group: no group matches {selector!r}").format(selector=selector))
    raise UserError(_("--group: {selector!r} matches {count} groups; use the group id").format(
        selector=selector, count=len(found)
    ))
