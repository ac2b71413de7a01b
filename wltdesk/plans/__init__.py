"""Action plans: what a (regional) group will do after the training, and following it up.

A plan belongs to the event, optionally to a group (the regional group that
drafted it) and to a region; it has a goal and ordered action items, each
with owners from the roster, a due date, resources, a success indicator, a
status and notes. :mod:`.editing` writes plans and items (every write goes
through the change log, so plans sync like everything else; deletes are
tombstones the GUI can undo), :mod:`.reading` reads them back and marks
overdue items, :mod:`.follow_ups` filters every plan's items for the months
after the event, :mod:`.export` writes due dates as iCalendar and CSV, and
:mod:`.plan_templates` starts a plan from a built-in template.

Owns action plans and action items. May import the store, ``events``,
``search``, ``resources``, ``tabular`` and ``errors``; never ``sync``,
``printing``, ``cli`` or ``gui``. The names below are its face: what the command
line, the GUI, printing and the demo use (``docs/plans.md`` documents them).
"""

from wltdesk.plans.editing import (
    add_item,
    create_plan,
    delete_item,
    delete_plan,
    move_item,
    normalize_status,
    owner_label,
    record_item,
    record_plan,
    resolve_owner,
    resolve_owners,
    restore_item,
    restore_plan,
    update_item,
    update_plan,
)
from wltdesk.plans.export import csv_text, export_csv, export_ical, ical_bytes
from wltdesk.plans.follow_ups import FollowUpItem, follow_up, regions
from wltdesk.plans.plan_templates import (
    apply_template,
    create_from_template,
    get_template,
    templates,
)
from wltdesk.plans.reading import (
    OPEN_STATUSES,
    ItemView,
    PlanView,
    get_plan,
    group_choices,
    list_plans,
    resolve_group,
    resolve_item,
    resolve_plan,
)

__all__ = [
    "OPEN_STATUSES",
    "FollowUpItem",
    "ItemView",
    "PlanView",
    "add_item",
    "apply_template",
    "create_from_template",
    "create_plan",
    "csv_text",
    "delete_item",
    "delete_plan",
    "export_csv",
    "export_ical",
    "follow_up",
    "get_plan",
    "get_template",
    "group_choices",
    "ical_bytes",
    "list_plans",
    "move_item",
    "normalize_status",
    "owner_label",
    "record_item",
    "record_plan",
    "regions",
    "resolve_group",
    "resolve_item",
    "resolve_owner",
    "resolve_owners",
    "resolve_plan",
    "restore_item",
    "restore_plan",
    "templates",
    "update_item",
    "update_plan",
]
