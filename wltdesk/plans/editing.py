"""Action plans: what a (regional) group will do after the training, and following it up.

A plan belongs to the event, optionally to a group (the regional group that
drafted it) and to a region; it has a goal and ordered action items. Each item
says what, who owns it (person ids from the roster), when it is due, the
resources it needs, how success will be recognised, a status and notes.

Organizers follow plans up for months, so :func:`follow_up` filters items by
status, owner, due date and region and marks the overdue ones. "Overdue" is
relative to a ``today`` the caller may give, so tests and printouts are
deterministic. Due dates leave the laptop as an iCalendar file (one VTODO per
item, its UID derived from the item id so that importing a newer export
updates the calendar instead of duplicating tasks) and as CSV for spreadsheets.

Every write goes through :class:`~wltdesk.store.changes.Writer`, so plans sync like
everything else. Deleted plans and items are tombstones and can be restored
(the GUI's undo).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.resources import resource
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import (
    ITEM_STATUSES,
    ActionItem,
    ActionPlan,
    Event,
    Group,
    GroupSet,
    Person,
)
from wltdesk.tabular import spreadsheet_cell

#: Statuses of an item that is still to be done (so it can be overdue).
OPEN_STATUSES = ("planned", "in progress")
#: Fields of an item that :func:`update_item` changes.
ITEM_FIELDS = ("what", "owners", "due_date", "resources", "success_indicator", "status", "notes")
PLAN_FIELDS = ("title", "goal", "region", "group_id")
#: iCalendar STATUS of a VTODO for each item status (RFC 5545, 3.8.1.11).
ICAL_STATUS = {
    "planned": "NEEDS-ACTION",
    "in progress": "IN-PROCESS",
    "done": "COMPLETED",
    "dropped": "CANCELLED",
}
CSV_COLUMNS = (
    "plan",
    "group",
    "region",
    "what",
    "owners",
    "due date",
    "status",
    "overdue",
    "resources",
    "success indicator",
    "notes",
    "item id",
)
_LIMITS = {"title": 200, "region": 100}


# ------------------------------------------------------------------ results
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


@dataclass(frozen=True)
class TemplateItem:
    what: str
    what_bn: str
    resources: str
    success_indicator: str
    #: Days after the start date (the event's last day by default) the item is due.
    due_days: int


@dataclass(frozen=True)
class Template:
    """A plan to start from: common plans of regional groups, in English and Bengali."""

    key: str
    title: str
    title_bn: str
    goal: str
    goal_bn: str
    items: tuple[TemplateItem, ...]

    def localized(self, language: str) -> tuple[str, str]:
        """(title, goal) in ``language`` ("bn" for Bengali, anything else English)."""
        if language == "bn":
            return self.title_bn, self.goal_bn
        return self.title, self.goal


# ------------------------------------------------------------------ checks
def normalize_status(text: str) -> str:
    """A status as typed ("In progress", "in_progress", "in-progress") in stored form."""
    status = " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())
    if status not in ITEM_STATUSES:
        raise UserError(f"status must be one of {', '.join(ITEM_STATUSES)}, not {text!r}")
    return status


def is_overdue(due_date: date | None, status: str, today: date) -> bool:
    """Due before today and still open (planned or in progress)."""
    return due_date is not None and due_date < today and status in OPEN_STATUSES


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError(f"{name.replace('_', ' ')} must be text")
    text = value.strip() or None
    limit = _LIMITS.get(name)
    if text and limit and len(text) > limit:
        raise UserError(f"{name.replace('_', ' ')} is longer than {limit} characters")
    return text


def _check_owners(db: Session, event_id: str, owners: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(owners))  # keep order, drop repeats
    if not wanted:
        return []
    found = set(
        db.execute(
            select(Person.id).where(
                Person.id.in_(wanted), Person.event_id == event_id, Person.deleted.is_(False)
            )
        ).scalars()
    )
    missing = [o for o in wanted if o not in found]
    if missing:
        raise UserError(f"no person with id {missing[0]} in this event")
    return wanted


def _clean_item(db: Session, event_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise UserError(f"unknown action item field(s): {', '.join(sorted(unknown))}")
    cleaned: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "owners":
            cleaned[key] = _check_owners(db, event_id, value or ())
        elif key == "status":
            cleaned[key] = normalize_status(value or "planned")
        elif key == "due_date":
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise UserError(f"due date must be a date, not {value!r}")
            cleaned[key] = value
        else:
            cleaned[key] = _text(value, key)
    if "what" in cleaned and not cleaned["what"]:
        raise UserError("an action item needs to say what will be done")
    return cleaned


def _event_row(db: Session, event_id: str) -> Event:
    event = db.get(Event, event_id)
    if event is None or event.deleted:
        raise UserError(f"no event with id {event_id}")
    return event


def _plan_row(db: Session, plan_id: str) -> ActionPlan:
    plan = db.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        raise UserError(f"no action plan with id {plan_id}")
    return plan


def _item_row(db: Session, item_id: str) -> ActionItem:
    item = db.get(ActionItem, item_id)
    if item is None or item.deleted:
        raise UserError(f"no action item with id {item_id}")
    plan = db.get(ActionPlan, item.plan_id)
    if plan is None or plan.deleted:
        raise UserError(f"the plan of action item {item_id} was deleted")
    return item


def _group_row(db: Session, event_id: str, group_id: str) -> Group:
    group = db.get(Group, group_id)
    if group is None or group.deleted or group.event_id != event_id:
        raise UserError(f"no group with id {group_id} in this event")
    return group


def _clean_plan(db: Session, event_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise UserError(f"unknown action plan field(s): {', '.join(sorted(unknown))}")
    cleaned = {k: _text(v, k) for k, v in fields.items() if k != "group_id"}
    if "title" in cleaned and not cleaned["title"]:
        raise UserError("an action plan needs a title")
    if "group_id" in fields:
        group_id = fields["group_id"] or None
        if group_id is not None:
            group = _group_row(db, event_id, group_id)
            if not cleaned.get("region") and "region" not in fields:
                cleaned["region"] = group.region
        cleaned["group_id"] = group_id
    return cleaned


# ------------------------------------------------------------------ plans
def create_plan(
    store: Store,
    event_id: str,
    title: str,
    *,
    goal: str | None = None,
    region: str | None = None,
    group_id: str | None = None,
) -> str:
    """Add a plan; a group's region is used when no region is given. Returns the id."""
    with store.write() as writer:
        return record_plan(writer, event_id, title, goal=goal, region=region, group_id=group_id)


def record_plan(
    writer: Writer,
    event_id: str,
    title: str,
    *,
    goal: str | None = None,
    region: str | None = None,
    group_id: str | None = None,
) -> str:
    """:func:`create_plan` inside an open write."""
    _event_row(writer.db, event_id)
    values: dict[str, Any] = {"title": title, "goal": goal, "group_id": group_id}
    if region is not None:
        values["region"] = region
    cleaned = _clean_plan(writer.db, event_id, values)
    return writer.create(ActionPlan, {"event_id": event_id, **cleaned})


def update_plan(store: Store, plan_id: str, **fields: Any) -> bool:
    """Change title, goal, region or group of a plan; returns whether anything changed."""
    with store.write() as writer:
        plan = _plan_row(writer.db, plan_id)
        cleaned = _clean_plan(writer.db, plan.event_id, fields)
        return writer.update(ActionPlan, plan_id, cleaned)


def delete_plan(store: Store, plan_id: str) -> None:
    """Remove a plan with its items (a tombstone: :func:`restore_plan` brings it back)."""
    with store.write() as writer:
        _plan_row(writer.db, plan_id)
        writer.delete(ActionPlan, plan_id)


def restore_plan(store: Store, plan_id: str) -> None:
    with store.write() as writer:
        if writer.db.get(ActionPlan, plan_id) is None:
            raise UserError(f"no action plan with id {plan_id}")
        writer.update(ActionPlan, plan_id, {"deleted": False})


# ------------------------------------------------------------------ items
def add_item(
    store: Store, plan_id: str, what: str, *, position: int | None = None, **fields: Any
) -> str:
    """Add an action item at ``position`` (default: the end); returns its id."""
    with store.write() as writer:
        return record_item(writer, plan_id, what, position=position, **fields)


def record_item(
    writer: Writer, plan_id: str, what: str, *, position: int | None = None, **fields: Any
) -> str:
    """:func:`add_item` inside an open write."""
    plan = _plan_row(writer.db, plan_id)
    cleaned = _clean_item(writer.db, plan.event_id, {"what": what, **fields})
    cleaned.setdefault("status", "planned")
    siblings = _item_ids(writer.db, plan_id)
    at = len(siblings) if position is None else max(0, min(position, len(siblings)))
    item_id = writer.create(
        ActionItem, {"event_id": plan.event_id, "plan_id": plan_id, "position": at, **cleaned}
    )
    siblings.insert(at, item_id)
    _renumber(writer, siblings)
    return item_id


def update_item(store: Store, item_id: str, **fields: Any) -> bool:
    """Change fields of an item (see :data:`ITEM_FIELDS`); returns whether anything changed."""
    with store.write() as writer:
        item = _item_row(writer.db, item_id)
        cleaned = _clean_item(writer.db, item.event_id, fields)
        return writer.update(ActionItem, item_id, cleaned)


def delete_item(store: Store, item_id: str) -> None:
    with store.write() as writer:
        item = _item_row(writer.db, item_id)
        writer.delete(ActionItem, item_id)
        _renumber(writer, _item_ids(writer.db, item.plan_id))


def restore_item(store: Store, item_id: str, position: int | None = None) -> None:
    """Bring a deleted item back, at ``position`` (default: where it was)."""
    with store.write() as writer:
        item = writer.db.get(ActionItem, item_id)
        if item is None:
            raise UserError(f"no action item with id {item_id}")
        _plan_row(writer.db, item.plan_id)
        at = item.position if position is None else position
        writer.update(ActionItem, item_id, {"deleted": False})
        siblings = [i for i in _item_ids(writer.db, item.plan_id) if i != item_id]
        siblings.insert(max(0, min(at, len(siblings))), item_id)
        _renumber(writer, siblings)


def move_item(store: Store, item_id: str, position: int) -> None:
    """Put an item at ``position`` (0 = first) in its plan; the others close up."""
    with store.write() as writer:
        item = _item_row(writer.db, item_id)
        siblings = [i for i in _item_ids(writer.db, item.plan_id) if i != item_id]
        siblings.insert(max(0, min(position, len(siblings))), item_id)
        _renumber(writer, siblings)


def _item_ids(db: Session, plan_id: str) -> list[str]:
    query = (
        select(ActionItem.id)
        .where(ActionItem.plan_id == plan_id, ActionItem.deleted.is_(False))
        .order_by(ActionItem.position, ActionItem.id)
    )
    return list(db.execute(query).scalars())


def _renumber(writer: Writer, ordered_ids: Sequence[str]) -> None:
    """Positions 0..n-1 in the given order; only items whose position moved are logged."""
    rows = writer.db.execute(
        select(ActionItem.id, ActionItem.position, ActionItem.event_id).where(
            ActionItem.id.in_(list(ordered_ids))
        )
    ).all()
    current = {row.id: row for row in rows}
    for at, item_id in enumerate(ordered_ids):
        row = current[item_id]
        if row.position != at:
            writer.update(
                ActionItem,
                item_id,
                {"position": at},
                current={"position": row.position, "event_id": row.event_id},
            )


# ------------------------------------------------------------------ templates
@cache
def templates() -> tuple[Template, ...]:
    """The built-in plan templates (``resources/plan_templates.json``)."""
    data = json.loads(resource("plan_templates.json").read_text(encoding="utf-8"))
    return tuple(
        Template(
            key=t["key"],
            title=t["title"],
            title_bn=t["title_bn"],
            goal=t["goal"],
            goal_bn=t["goal_bn"],
            items=tuple(TemplateItem(**item) for item in t["items"]),
        )
        for t in data["templates"]
    )


def get_template(key: str) -> Template:
    for template in templates():
        if template.key == key.strip().casefold():
            return template
    keys = ", ".join(t.key for t in templates())
    raise UserError(f"no plan template {key!r} (there are: {keys})")


def create_from_template(
    store: Store,
    event_id: str,
    key: str,
    *,
    title: str | None = None,
    region: str | None = None,
    group_id: str | None = None,
    goal: str | None = None,
    language: str = "en",
    start: date | None = None,
) -> str:
    """A new plan with the template's goal and items, due dates counted from ``start``.

    ``start`` defaults to the event's last day: plans are what happens after it.
    """
    template = get_template(key)
    with store.write() as writer:
        event = _event_row(writer.db, event_id)
        first = start or event.end_date
        default_title, default_goal = template.localized(language)
        plan_id = record_plan(
            writer,
            event_id,
            title or default_title,
            goal=goal or default_goal,
            region=region,
            group_id=group_id,
        )
        apply_template(writer, plan_id, template, first, language)
        return plan_id


def apply_template(
    writer: Writer, plan_id: str, template: Template, start: date, language: str = "en"
) -> list[str]:
    """Append a template's items to a plan inside an open write; returns their ids."""
    return [
        record_item(
            writer,
            plan_id,
            item.what_bn if language == "bn" else item.what,
            resources=item.resources,
            success_indicator=item.success_indicator,
            due_date=start + timedelta(days=item.due_days),
        )
        for item in template.items
    ]


# ------------------------------------------------------------------ owners
def owner_label(person: Person) -> str:
    """How an owner is shown: the display name, with the local-script name if different."""
    if person.local_name and person.local_name != person.display_name:
        return f"{person.display_name} ({person.local_name})"
    return person.display_name


def resolve_owner(store: Store, event_id: str, text: str) -> str:
    """The one person ``text`` means: a badge code, a person id, or a name to search.

    Refuses (UserError) when nobody matches or when several people match
    equally well, naming them, so an owner is never guessed.
    """
    return resolve_owners(store, event_id, [text])[0]


def resolve_owners(store: Store, event_id: str, texts: Iterable[str]) -> list[str]:
    """:func:`resolve_owner` for several names, reading the roster once."""
    wanted = [t.strip() for t in texts if t and t.strip()]
    if not wanted:
        return []
    with store.read() as db:
        roster = list(
            db.execute(
                select(Person).where(Person.event_id == event_id, Person.deleted.is_(False))
            ).scalars()
        )
    by_id = {p.id: p for p in roster}
    index = PeopleIndex.build(roster)
    found: list[str] = []
    for text in wanted:
        if text in by_id:
            found.append(text)
            continue
        code = index.by_code(text)
        if code is not None:
            found.append(code)
            continue
        matches = index.search(text, limit=6)
        if not matches:
            raise UserError(f"owner: no one on the roster matches {text!r}")
        best = [m for m in matches if m.rank == matches[0].rank]
        if len(best) > 1:
            names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
            raise UserError(f"owner: {len(best)} people match {text!r} ({names}); type more")
        found.append(best[0].person_id)
    return list(dict.fromkeys(found))


# ------------------------------------------------------------------ reading
def _today(store: Store, event_id: str) -> date:
    from wltdesk.events import get_event, local_now

    return local_now(get_event(store, event_id)).date()


def list_plans(store: Store, event_id: str, today: date | None = None) -> list[PlanView]:
    """The event's plans by region, group and title, each with its items in order."""
    return _views(store, event_id, None, today or _today(store, event_id))


def get_plan(store: Store, plan_id: str, today: date | None = None) -> PlanView:
    with store.read() as db:
        event_id = _plan_row(db, plan_id).event_id
    return _views(store, event_id, plan_id, today or _today(store, event_id))[0]


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
        raise UserError(f"no plan number {text} (there are {len(plans)}; see 'wltdesk plan list')")
    folded = text.casefold()
    found = [p for p in plans if p.id == text or p.title.casefold() == folded]
    found = found or [p for p in plans if p.id.startswith(text)]
    if not found and len(text) >= 3:
        found = [p for p in plans if folded in p.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"no plan matches {selector!r} (see 'wltdesk plan list')")
    titles = "; ".join(f"{p.title} ({p.region or '-'})" for p in found[:5])
    raise UserError(f"{selector!r} matches {len(found)} plans: {titles}")


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
        raise UserError(f"--group: no group matches {selector!r}")
    raise UserError(f"--group: {selector!r} matches {len(found)} groups; use the group id")


def resolve_item(plan: PlanView, selector: str) -> ItemView:
    """An item of a plan by its number in the plan (1 = first), id or id prefix."""
    text = selector.strip()
    if text.isdigit() and len(text) <= 3:
        if 1 <= int(text) <= len(plan.items):
            return plan.items[int(text) - 1]
        raise UserError(f"plan {plan.title!r} has no item {text} (it has {len(plan.items)})")
    found = [i for i in plan.items if i.id == text] or [
        i for i in plan.items if i.id.startswith(text)
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"plan {plan.title!r} has no item {selector!r}")
    raise UserError(f"{selector!r} matches {len(found)} items; give more of the id")


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
    day = today or _today(store, event_id)
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


# ------------------------------------------------------------------ export
def ical_bytes(
    items: Sequence[FollowUpItem], event_name: str, now: datetime | None = None
) -> bytes:
    """An iCalendar file with one VTODO per item that has a due date.

    The UID is derived from the item id, so a calendar that imports a newer
    export updates its tasks; SEQUENCE and LAST-MODIFIED move with the export
    time so clients take the newer version.
    """
    from icalendar import Calendar, Todo

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//WLT Desk//Action plans//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{event_name}: action plans")
    for entry in items:
        item = entry.item
        if item.due_date is None:
            continue
        todo = Todo()
        todo.add("uid", f"{item.id}@wltdesk")
        todo.add("dtstamp", stamp)
        todo.add("last-modified", stamp)
        todo.add("sequence", int(stamp.timestamp()) // 60)
        todo.add("summary", item.what)
        todo.add("due", item.due_date)
        todo.add("status", ICAL_STATUS[item.status])
        if item.status == "done":
            todo.add("percent-complete", 100)
        categories = [c for c in (entry.plan_title, entry.region) if c]
        todo.add("categories", categories)
        todo.add("description", _description(entry))
        calendar.add_component(todo)
    return calendar.to_ical()


def _description(entry: FollowUpItem) -> str:
    item = entry.item
    lines = [f"Plan: {entry.plan_title}"]
    if entry.group_name:
        lines.append(f"Group: {entry.group_name}")
    if entry.region:
        lines.append(f"Region: {entry.region}")
    if item.owners:
        lines.append("Owners: " + ", ".join(item.owners))
    for label, value in (
        ("Resources", item.resources),
        ("Success indicator", item.success_indicator),
        ("Status", item.status),
        ("Notes", item.notes),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def csv_text(items: Sequence[FollowUpItem]) -> str:
    """The follow-up list as CSV text (one row per item, the columns of :data:`CSV_COLUMNS`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in items:
        item = entry.item
        cells = [
            entry.plan_title,
            entry.group_name or "",
            entry.region or "",
            item.what,
            "; ".join(item.owners),
            item.due_date.isoformat() if item.due_date else "",
            item.status,
            "yes" if item.overdue else "",
            item.resources or "",
            item.success_indicator or "",
            item.notes or "",
            item.id,
        ]
        writer.writerow([spreadsheet_cell(cell) for cell in cells])
    return out.getvalue()


def export_ical(
    store: Store,
    event_id: str,
    path: str | Path,
    items: Sequence[FollowUpItem] | None = None,
    now: datetime | None = None,
) -> int:
    """Write the due dates (of ``items``, default every item) as .ics; returns the count."""
    chosen = follow_up(store, event_id) if items is None else items
    with store.read() as db:
        name = _event_row(db, event_id).name
    data = ical_bytes(chosen, name, now)
    _write_atomically(Path(path), data)
    return sum(1 for entry in chosen if entry.item.due_date is not None)


def export_csv(
    store: Store,
    event_id: str,
    path: str | Path,
    items: Sequence[FollowUpItem] | None = None,
) -> int:
    """Write items as UTF-8 CSV with a byte-order mark (so Excel reads Bengali); the count."""
    chosen = follow_up(store, event_id) if items is None else items
    _write_atomically(Path(path), csv_text(chosen).encode("utf-8-sig"))
    return len(chosen)


def _write_atomically(path: Path, data: bytes) -> None:
    """A half-written export never appears under the final name."""
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a file")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
