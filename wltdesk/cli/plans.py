"""Commands for action plans: ``wltdesk plan create / list / show / item … / follow-up / export``.

Plans are named by their number in ``plan list``, their id (or its start) or
their title; items by their number in the plan (as ``plan show`` prints it) or
id. Owners are named by badge code, person id or a name to search; an owner
that matches several people is refused with their names, never guessed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wltdesk import events, plans
from wltdesk.cli.console import parse_date, print_json, table
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.models import ITEM_STATUSES

if TYPE_CHECKING:
    from wltdesk.cli import CommandLine


def item_json(item: plans.ItemView) -> dict[str, Any]:
    return {
        "id": item.id,
        "number": item.position + 1,
        "what": item.what,
        "owners": item.owners,
        "owner_ids": item.owner_ids,
        "due_date": item.due_date,
        "resources": item.resources,
        "success_indicator": item.success_indicator,
        "status": item.status,
        "notes": item.notes,
        "overdue": item.overdue,
    }


def plan_json(plan: plans.PlanView) -> dict[str, Any]:
    return {
        "id": plan.id,
        "title": plan.title,
        "group_id": plan.group_id,
        "group": plan.group_name,
        "region": plan.region,
        "goal": plan.goal,
        "items": [item_json(i) for i in plan.items],
    }


def _status(text: str) -> str:
    try:
        return plans.normalize_status(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _owners(store: Store, event_id: str, given: list[str] | None) -> list[str] | None:
    """Owner ids for ``--owner`` values (each may list several, comma-separated)."""
    if given is None:
        return None
    texts = [part for value in given for part in value.split(",")]
    return plans.resolve_owners(store, event_id, texts)


def _item_fields(store: Store, event_id: str, args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    owners = _owners(store, event_id, args.owner)
    if owners is not None:
        fields["owners"] = owners
    if getattr(args, "no_owners", False):
        fields["owners"] = []
    if args.due is not None:
        fields["due_date"] = args.due
    if getattr(args, "no_due", False):
        fields["due_date"] = None
    for key in ("resources", "success_indicator", "status", "notes"):
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    return fields


# ------------------------------------------------------------------ plans
def cmd_plan_create(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    group_id = plans.resolve_group(store, event.id, args.group) if args.group else None
    if args.template:
        plan_id = plans.create_from_template(
            store,
            event.id,
            args.template,
            title=args.title,
            region=args.region,
            group_id=group_id,
            goal=args.goal,
            language=args.language,
            start=args.start,
        )
    else:
        if not args.title:
            raise UserError(_("plan create needs --title (or --template)"))
        plan_id = plans.create_plan(
            store, event.id, args.title, goal=args.goal, region=args.region, group_id=group_id
        )
    print(plan_id)
    return 0


def cmd_plan_list(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    found = plans.list_plans(store, event.id, today=args.today)
    if args.json:
        print_json([plan_json(p) for p in found])
    elif not found:
        print(_("no action plans yet ('wltdesk plan create --title … or --template …')"))
    else:
        rows: list[tuple[Any, ...]] = [
            ("#", _("plan"), _("region"), _("group"), _("items"), _("open"), _("overdue"))
        ]
        for n, plan in enumerate(found, 1):
            counts = plan.status_counts()
            overdue = sum(1 for i in plan.items if i.overdue)
            rows.append(
                (
                    n,
                    plan.title,
                    plan.region or "-",
                    plan.group_name or "-",
                    len(plan.items),
                    counts["planned"] + counts["in progress"],
                    overdue or "",
                )
            )
        table(rows)
    return 0


def cmd_plan_show(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    if args.today is not None:
        plan = plans.get_plan(store, plan.id, today=args.today)
    if args.json:
        print_json(plan_json(plan))
        return 0
    where = " · ".join(x for x in (plan.group_name, plan.region) if x)
    print(f"{plan.title}" + (f"  ({where})" if where else ""))
    if plan.goal:
        print(_("Goal: {goal}").format(goal=plan.goal))
    if not plan.items:
        print(_("no items yet ('wltdesk plan item add PLAN --what …')"))
        return 0
    print()
    rows: list[tuple[Any, ...]] = [
        ("#", _("what"), _("owners"), _("due"), _("status"), "")
    ]
    for item in plan.items:
        rows.append(
            (
                item.position + 1,
                item.what,
                ", ".join(item.owners) or "-",
                item.due_date or "-",
                item.status,
                "OVERDUE" if item.overdue else "",
            )
        )
    table(rows)
    return 0


def cmd_plan_update(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    fields: dict[str, Any] = {
        k: v
        for k, v in (("title", args.title), ("goal", args.goal), ("region", args.region))
        if v is not None
    }
    if args.group is not None:
        fields["group_id"] = (
            plans.resolve_group(store, event.id, args.group) if args.group else None
        )
    if not fields:
        raise UserError(
            _("plan update: nothing to change (give --title, --goal, --region or --group)")
        )
    changed = plans.update_plan(store, plan.id, **fields)
    print(_("updated") if changed else _("unchanged"))
    return 0


def cmd_plan_delete(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    plans.delete_plan(store, plan.id)
    print(_("deleted {title} ({count} items)").format(title=plan.title, count=len(plan.items)))
    return 0


def cmd_plan_templates(store: Store, args: argparse.Namespace) -> int:
    found = plans.templates()
    if args.json:
        print_json(
            [
                {
                    "key": t.key,
                    "title": t.title,
                    "title_bn": t.title_bn,
                    "goal": t.goal,
                    "goal_bn": t.goal_bn,
                    "items": [
                        {
                            "what": i.what,
                            "what_bn": i.what_bn,
                            "resources": i.resources,
                            "success_indicator": i.success_indicator,
                            "due_days": i.due_days,
                        }
                        for i in t.items
                    ],
                }
                for t in found
            ]
        )
    else:
        table([(t.key, t.title, t.title_bn, f"{len(t.items)} items") for t in found])
    return 0


# ------------------------------------------------------------------ items
def cmd_item_add(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    fields = _item_fields(store, event.id, args)
    position = args.position - 1 if args.position is not None else None
    print(plans.add_item(store, plan.id, args.what, position=position, **fields))
    return 0


def cmd_item_update(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    item = plans.resolve_item(plan, args.item)
    fields = _item_fields(store, event.id, args)
    if args.what is not None:
        fields["what"] = args.what
    if not fields and args.position is None:
        raise UserError(_("item update: nothing to change (see 'wltdesk plan item update --help')"))
    changed = plans.update_item(store, item.id, **fields) if fields else False
    if args.position is not None:
        plans.move_item(store, item.id, args.position - 1)
        changed = changed or args.position - 1 != item.position
    print(_("updated") if changed else _("unchanged"))
    return 0


def cmd_item_delete(store: Store, args: argparse.Namespace) -> int:
    event = events.resolve_event(store, args.event)
    plan = plans.resolve_plan(store, event.id, args.plan)
    item = plans.resolve_item(plan, args.item)
    plans.delete_item(store, item.id)
    print(_("deleted: {what}").format(what=item.what))
    return 0


# ------------------------------------------------------------------ follow-up
def _follow_up(store: Store, args: argparse.Namespace) -> tuple[str, list[plans.FollowUpItem]]:
    event = events.resolve_event(store, args.event)
    owner = plans.resolve_owner(store, event.id, args.owner) if args.owner else None
    found = plans.follow_up(
        store,
        event.id,
        status=args.status,
        owner=owner,
        due_before=args.due_before,
        region=args.region,
        today=args.today,
        overdue_only=args.overdue,
    )
    return event.id, found


def follow_up_json(entry: plans.FollowUpItem) -> dict[str, Any]:
    return item_json(entry.item) | {
        "plan_id": entry.plan_id,
        "plan": entry.plan_title,
        "group": entry.group_name,
        "region": entry.region,
    }


def cmd_follow_up(store: Store, args: argparse.Namespace) -> int:
    _event_id, found = _follow_up(store, args)
    if args.json:
        print_json([follow_up_json(f) for f in found])
    elif not found:
        print(_("no action items match"))
    else:
        rows: list[tuple[Any, ...]] = [
            (_("due"), "", _("what"), _("owners"), _("status"), _("plan"), _("region"))
        ]
        for entry in found:
            item = entry.item
            rows.append(
                (
                    item.due_date or "-",
                    "OVERDUE" if item.overdue else "",
                    item.what,
                    ", ".join(item.owners) or "-",
                    item.status,
                    entry.plan_title,
                    entry.region or "-",
                )
            )
        table(rows)
        overdue = sum(1 for f in found if f.overdue)
        count = "1 item" if len(found) == 1 else f"{len(found)} items"
        print(_("\n{count}, {overdue} overdue").format(count=count, overdue=overdue))
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    if not args.ical and not args.csv:
        raise UserError(_("plan export needs --ical FILE and/or --csv FILE"))
    event_id, found = _follow_up(store, args)
    if args.ical:
        count = plans.export_ical(store, event_id, args.ical, found)
        print(_("{ical}: {count} due dates").format(ical=args.ical, count=count))
    if args.csv:
        count = plans.export_csv(store, event_id, args.csv, found)
        print(_("{csv}: {count} items").format(csv=args.csv, count=count))
    return 0


# ------------------------------------------------------------------ parser
def _item_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--owner",
        action="append",
        metavar="WHO",
        help=_("owner: badge code, person id or name (repeatable, or comma-separated)"),
    )
    command.add_argument("--due", type=parse_date, help=_("due date, YYYY-MM-DD"))
    command.add_argument("--resources", help=_("resources needed"))
    command.add_argument("--indicator", dest="success_indicator", help=_("success indicator"))
    command.add_argument("--status", type=_status, help=", ".join(ITEM_STATUSES))
    command.add_argument("--notes")
    command.add_argument("--position", type=int, metavar="N", help=_(
            "place in the plan (1 = first)"
        ))


def _filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--status", action="append", type=_status,
        help=_("repeatable: {names}").format(names=", ".join(ITEM_STATUSES)),
    )
    command.add_argument("--owner", metavar="WHO", help=_("badge code, person id or name"))
    command.add_argument(
        "--due-before", type=parse_date, metavar="DATE", help=_("due before this day (YYYY-MM-DD)")
    )
    command.add_argument("--region")
    command.add_argument("--overdue", action="store_true", help=_("only overdue items"))
    _today_option(command)


def _today_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--today",
        type=parse_date,
        metavar="DATE",
        help=_("judge 'overdue' as of this day (default: today at the venue)"),
    )


def register(cli: CommandLine) -> None:
    plan_cmd = cli.group("plan", _("action plans of groups and regions, and their follow-up"))

    create = plan_cmd.add("create", cmd_plan_create, _("create a plan; prints its id"))
    create.add_argument("--title", help=_("(default with --template: the template's title)"))
    create.add_argument("--goal")
    create.add_argument("--region")
    create.add_argument("--group", help=_("group id, id prefix or name"))
    create.add_argument("--template", help=_(
        "start from a template (see 'wltdesk plan templates')"
    ))
    create.add_argument("--language", choices=("en", "bn"), default="en", help=_(
            "template language"
        ))
    create.add_argument(
        "--start",
        type=parse_date,
        metavar="DATE",
        help=_("template due dates count from this day (default: the event's last day)"),
    )

    _today_option(cli.json_flag(plan_cmd.add("list", cmd_plan_list, _("list the plans"))))
    show = cli.json_flag(plan_cmd.add("show", cmd_plan_show, _("a plan's goal and items")))
    show.add_argument("plan", help=_("number in 'plan list', id or title"))
    _today_option(show)

    update = plan_cmd.add("update", cmd_plan_update, _("change a plan's title, goal or region"))
    update.add_argument("plan")
    update.add_argument("--title")
    update.add_argument("--goal")
    update.add_argument("--region")
    update.add_argument("--group", help=_("group id or name ('' for none)"))

    delete = plan_cmd.add("delete", cmd_plan_delete, _("delete a plan with its items"))
    delete.add_argument("plan")

    cli.json_flag(plan_cmd.add("templates", cmd_plan_templates, _("list the plan templates")))

    item_cmd = plan_cmd.group("item", _("add, change and remove action items"))
    add = item_cmd.add("add", cmd_item_add, _("add an action item; prints its id"))
    add.add_argument("plan")
    add.add_argument("--what", required=True, help=_("what will be done"))
    _item_options(add)

    change = item_cmd.add("update", cmd_item_update, _("change an action item"))
    change.add_argument("plan")
    change.add_argument("item", help=_("number in 'plan show' or id"))
    change.add_argument("--what")
    _item_options(change)
    change.add_argument("--no-owners", action="store_true", help=_("remove every owner"))
    change.add_argument("--no-due", action="store_true", help=_("remove the due date"))

    remove = item_cmd.add("delete", cmd_item_delete, _("delete an action item"))
    remove.add_argument("plan")
    remove.add_argument("item")

    follow = cli.json_flag(
        plan_cmd.add("follow-up", cmd_follow_up, _("items of every plan, soonest due first"))
    )
    _filters(follow)

    export = plan_cmd.add(
        "export", cmd_export, _("export due dates as iCalendar (.ics) and/or items as CSV")
    )
    export.add_argument("--ical", metavar="FILE", help=_("one to-do per item with a due date"))
    export.add_argument("--csv", metavar="FILE", help=_("every item, UTF-8 for Excel"))
    _filters(export)
