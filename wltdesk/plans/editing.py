"""Writing action plans and their items: checks, ordering, and who owns an item.

A plan belongs to the event, optionally to a group (the regional group that
drafted it) and to a region; it has a goal and ordered action items. Each item
says what, who owns it (person ids from the roster), when it is due, the
resources it needs, how success will be recognised, a status and notes.

Every write goes through :class:`~wltdesk.store.changes.Writer`, so plans sync like
everything else. Deleted plans and items are tombstones and can be restored
(the GUI's undo). The row look-ups (:func:`event_row`, :func:`plan_row`) serve
the package's other modules too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import ITEM_STATUSES, ActionItem, ActionPlan, Event, Group, Person

#: Fields of an item that :func:`update_item` changes.
ITEM_FIELDS = ("what", "owners", "due_date", "resources", "success_indicator", "status", "notes")
PLAN_FIELDS = ("title", "goal", "region", "group_id")
_LIMITS = {"title": 200, "region": 100}


# ------------------------------------------------------------------ checks
def normalize_status(text: str) -> str:
    """A status as typed ("In progress", "in_progress", "in-progress") in stored form."""
    status = " ".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())
    if status not in ITEM_STATUSES:
        raise UserError(_("status must be one of {names}, not {text!r}").format(
            names=', '.join(ITEM_STATUSES), text=text
        ))
    return status


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError(_("{replace} must be text").format(replace=name.replace('_', ' ')))
    text = value.strip() or None
    limit = _LIMITS.get(name)
    if text and limit and len(text) > limit:
        raise UserError(_("{replace} is longer than {limit} characters").format(
            replace=name.replace('_', ' '), limit=limit
        ))
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
        raise UserError(_("no person with id {missing} in this event").format(missing=missing[0]))
    return wanted


def _clean_item(db: Session, event_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise UserError(_("unknown action item field(s): {names}").format(
            names=', '.join(sorted(unknown))
        ))
    cleaned: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "owners":
            cleaned[key] = _check_owners(db, event_id, value or ())
        elif key == "status":
            cleaned[key] = normalize_status(value or "planned")
        elif key == "due_date":
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise UserError(_("due date must be a date, not {value!r}").format(value=value))
            cleaned[key] = value
        else:
            cleaned[key] = _text(value, key)
    if "what" in cleaned and not cleaned["what"]:
        raise UserError(_("an action item needs to say what will be done"))
    return cleaned


def event_row(db: Session, event_id: str) -> Event:
    event = db.get(Event, event_id)
    if event is None or event.deleted:
        raise UserError(_("no event with id {event_id}").format(event_id=event_id))
    return event


def plan_row(db: Session, plan_id: str) -> ActionPlan:
    plan = db.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        raise UserError(_("no action plan with id {plan_id}").format(plan_id=plan_id))
    return plan


def _item_row(db: Session, item_id: str) -> ActionItem:
    item = db.get(ActionItem, item_id)
    if item is None or item.deleted:
        raise UserError(_("no action item with id {item_id}").format(item_id=item_id))
    plan = db.get(ActionPlan, item.plan_id)
    if plan is None or plan.deleted:
        raise UserError(_("the plan of action item {item_id} was deleted").format(item_id=item_id))
    return item


def _group_row(db: Session, event_id: str, group_id: str) -> Group:
    group = db.get(Group, group_id)
    if group is None or group.deleted or group.event_id != event_id:
        raise UserError(_("no group with id {group_id} in this event").format(group_id=group_id))
    return group


def _clean_plan(db: Session, event_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise UserError(_("unknown action plan field(s): {names}").format(
            names=', '.join(sorted(unknown))
        ))
    cleaned = {k: _text(v, k) for k, v in fields.items() if k != "group_id"}
    if "title" in cleaned and not cleaned["title"]:
        raise UserError(_("an action plan needs a title"))
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
    event_row(writer.db, event_id)
    values: dict[str, Any] = {"title": title, "goal": goal, "group_id": group_id}
    if region is not None:
        values["region"] = region
    cleaned = _clean_plan(writer.db, event_id, values)
    return writer.create(ActionPlan, {"event_id": event_id, **cleaned})


def update_plan(store: Store, plan_id: str, **fields: Any) -> bool:
    """Change title, goal, region or group of a plan; returns whether anything changed."""
    with store.write() as writer:
        plan = plan_row(writer.db, plan_id)
        cleaned = _clean_plan(writer.db, plan.event_id, fields)
        return writer.update(ActionPlan, plan_id, cleaned)


def delete_plan(store: Store, plan_id: str) -> None:
    """Remove a plan with its items (a tombstone: :func:`restore_plan` brings it back)."""
    with store.write() as writer:
        plan_row(writer.db, plan_id)
        writer.delete(ActionPlan, plan_id)


def restore_plan(store: Store, plan_id: str) -> None:
    with store.write() as writer:
        if writer.db.get(ActionPlan, plan_id) is None:
            raise UserError(_("no action plan with id {plan_id}").format(plan_id=plan_id))
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
    plan = plan_row(writer.db, plan_id)
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
            raise UserError(_("no action item with id {item_id}").format(item_id=item_id))
        plan_row(writer.db, item.plan_id)
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
            raise UserError(_("owner: no one on the roster matches {text!r}").format(text=text))
        best = [m for m in matches if m.rank == matches[0].rank]
        if len(best) > 1:
            names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
            raise UserError(_("owner: {count} people match {text!r} ({names}); type more").format(
                count=len(best), text=text, names=names
            ))
        found.append(best[0].person_id)
    return list(dict.fromkeys(found))
