"""Plans to start from: common plans of regional groups, in English and Bengali.

The templates ship in ``resources/plan_templates.json``; a plan made from one
gets the template's goal and items, with due dates counted from the event's
last day (plans are what happens after it). A plan made in Bengali takes the
Bengali of everything a template says: title, goal, and each item's task, what
it needs and what success looks like.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.plans.editing import event_row, record_item, record_plan
from wltdesk.resources import resource
from wltdesk.store import Store
from wltdesk.store.changes import Writer


@dataclass(frozen=True)
class TemplateItem:
    what: str
    what_bn: str
    resources: str
    resources_bn: str
    success_indicator: str
    success_indicator_bn: str
    #: Days after the start date (the event's last day by default) the item is due.
    due_days: int

    def localized(self, language: str) -> tuple[str, str, str]:
        """(what, resources, success indicator) in ``language`` ("bn", else English)."""
        if language == "bn":
            return self.what_bn, self.resources_bn, self.success_indicator_bn
        return self.what, self.resources, self.success_indicator


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
    raise UserError(_("no plan template {key!r} (there are: {keys})").format(key=key, keys=keys))


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
        event = event_row(writer.db, event_id)
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
    made = []
    for item in template.items:
        what, resources, success = item.localized(language)
        made.append(
            record_item(
                writer,
                plan_id,
                what,
                resources=resources,
                success_indicator=success,
                due_date=start + timedelta(days=item.due_days),
            )
        )
    return made
