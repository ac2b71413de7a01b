"""Following plans up: every plan's items, filtered, soonest due first.

Organizers follow plans up for months, so :func:`follow_up` filters items by
status, owner, due date and region and marks the overdue ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wltdesk.plans.editing import normalize_status
from wltdesk.plans.reading import ItemView, event_today, list_plans
from wltdesk.store import Store
from wltdesk.store.models import ActionPlan, Person


@dataclass(frozen=True)
class FollowUpItem:
    """An item in the follow-up list: the item plus the plan it belongs to."""

    item: ItemView
    plan_id: str
    plan_title: str
    group_name: str | None
    region: str | None
    goal: str | None

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def overdue(self) -> bool:
        return self.item.overdue

    @property
    def due_date(self) -> date | None:
        return self.item.due_date


def follow_up(
    store: Store,
    event_id: str,
    *,
    status: str | Sequence[str] | None = None,
    owner: str | None = None,
    due_before: date | None = None,
    region: str | None = None,
    today: date | None = None,
    overdue_only: bool = False,
) -> list[FollowUpItem]:
    """Items of every plan, filtered, soonest due first (undated last).

    ``status`` is one status or several; ``owner`` a person id; ``due_before``
    keeps items due before that day (undated items drop out); ``region``
    matches the plan's region ignoring case.
    """
    wanted: set[str] | None = None
    if status is not None:
        given = [status] if isinstance(status, str) else list(status)
        wanted = {normalize_status(s) for s in given}
    day = today or event_today(store, event_id)
    found: list[FollowUpItem] = []
    for plan in list_plans(store, event_id, today=day):
        if region is not None and (plan.region or "").casefold() != region.strip().casefold():
            continue
        for item in plan.items:
            if wanted is not None and item.status not in wanted:
                continue
            if owner is not None and owner not in item.owner_ids:
                continue
            if due_before is not None and (item.due_date is None or item.due_date >= due_before):
                continue
            if overdue_only and not item.overdue:
                continue
            found.append(
                FollowUpItem(item, plan.id, plan.title, plan.group_name, plan.region, plan.goal)
            )
    found.sort(
        key=lambda f: (
            f.item.due_date is None,
            f.item.due_date or date.max,
            f.plan_title.casefold(),
            f.item.position,
        )
    )
    return found


def regions(store: Store, event_id: str) -> list[str]:
    """Regions that plans or people of the event name, for filters and completion."""
    with store.read() as db:
        named = set(
            db.execute(
                select(ActionPlan.region).where(
                    ActionPlan.event_id == event_id, ActionPlan.deleted.is_(False)
                )
            ).scalars()
        )
        named |= set(
            db.execute(
                select(Person.region).where(Person.event_id == event_id, Person.deleted.is_(False))
            ).scalars()
        )
    return sorted((r for r in named if r), key=str.casefold)
