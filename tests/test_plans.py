"""Action plans: plans and items through the change log, templates, follow-up, exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from wltdesk import people, plans
from wltdesk.errors import UserError
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import ActionItem, ActionPlan, Change, Group, GroupSet

TODAY = date(2026, 4, 1)


@pytest.fixture
def roster(store, event_id):
    return {
        "rakib": people.add_person(
            store,
            event_id,
            display_name="Rakib Hasan",
            local_name="মোঃ রাকিব হাসান",
            region="Dhaka",
            badge_code="RKB234",
        ),
        "rakibul": people.add_person(
            store, event_id, display_name="Rakibul Islam", region="Sylhet"
        ),
        "farhana": people.add_person(
            store, event_id, display_name="Farhana Akter", local_name="ফারহানা আক্তার"
        ),
    }


@pytest.fixture
def plan_id(store, event_id):
    return plans.create_plan(
        store, event_id, "Dhaka outreach", goal="Twenty new editors", region="Dhaka"
    )


def whats(store, plan_id):
    return [i.what for i in plans.get_plan(store, plan_id, today=TODAY).items]


def test_a_plan_with_items_reads_back_in_order_with_owner_names(store, event_id, roster, plan_id):
    first = plans.add_item(
        store,
        plan_id,
        "  Book the hall ",
        owners=[roster["rakib"], roster["farhana"]],
        due_date=date(2026, 3, 20),
        resources="Budget 5,000 BDT",
        success_indicator="Hall confirmed",
        notes="Ask the university first",
    )
    plans.add_item(store, plan_id, "Send invitations", status="in_progress")
    plans.add_item(store, plan_id, "Kick-off", position=0)
    view = plans.get_plan(store, plan_id, today=TODAY)
    assert view.title == "Dhaka outreach" and view.goal == "Twenty new editors"
    assert [i.what for i in view.items] == ["Kick-off", "Book the hall", "Send invitations"]
    assert [i.position for i in view.items] == [0, 1, 2]
    booked = view.items[1]
    assert booked.id == first
    assert booked.owners == ["Rakib Hasan (মোঃ রাকিব হাসান)", "Farhana Akter (ফারহানা আক্তার)"]
    assert booked.owner_ids == [roster["rakib"], roster["farhana"]]
    assert booked.resources == "Budget 5,000 BDT" and booked.notes == "Ask the university first"
    assert booked.overdue is True  # due 20 March, still planned on 1 April
    assert view.items[2].status == "in progress" and view.items[2].overdue is False
    assert view.status_counts() == {"planned": 2, "in progress": 1, "done": 0, "dropped": 0}


def test_every_write_is_in_the_change_log_and_replays_to_the_same_plan(
    store, event_id, roster, plan_id, tmp_path
):
    item = plans.add_item(store, plan_id, "Book the hall", owners=[roster["rakib"]])
    plans.update_item(store, item, status="done", due_date=date(2026, 5, 1))
    with store.read() as db:
        logged = set(db.execute(select(Change.field).where(Change.row_id == item)).scalars())
        changes = change_dicts(db)
    assert {"what", "owners", "status", "due_date", "plan_id"} <= logged
    other = open_store(tmp_path / "other.sqlite")
    try:
        with other.write() as writer:
            apply_changes(writer.db, changes, other.clock)
        copy = plans.get_plan(other, plan_id, today=TODAY)
        assert copy.items[0].status == "done" and copy.items[0].due_date == date(2026, 5, 1)
        assert copy.items[0].owners == ["Rakib Hasan (মোঃ রাকিব হাসান)"]
    finally:
        other.close()


def test_move_delete_and_restore_keep_positions_dense(store, plan_id):
    ids = [plans.add_item(store, plan_id, w) for w in ("A", "B", "C", "D")]
    plans.move_item(store, ids[3], 0)
    assert whats(store, plan_id) == ["D", "A", "B", "C"]
    plans.move_item(store, ids[3], 99)
    assert whats(store, plan_id) == ["A", "B", "C", "D"]
    plans.delete_item(store, ids[1])
    view = plans.get_plan(store, plan_id, today=TODAY)
    assert [i.what for i in view.items] == ["A", "C", "D"]
    assert [i.position for i in view.items] == [0, 1, 2]
    plans.restore_item(store, ids[1], position=1)
    assert whats(store, plan_id) == ["A", "B", "C", "D"]
    with store.read() as db:
        assert db.get(ActionItem, ids[1]).deleted is False


def test_deleting_a_plan_hides_it_and_its_items_until_restored(store, event_id, plan_id):
    plans.add_item(store, plan_id, "Book the hall", due_date=date(2026, 3, 1))
    plans.delete_plan(store, plan_id)
    assert plans.list_plans(store, event_id, today=TODAY) == []
    assert plans.follow_up(store, event_id, today=TODAY) == []
    with store.read() as db:
        assert db.get(ActionPlan, plan_id).deleted is True
    plans.restore_plan(store, plan_id)
    assert [p.id for p in plans.list_plans(store, event_id, today=TODAY)] == [plan_id]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, e, p, r: plans.create_plan(s, e, "   "), "needs a title"),
        (lambda s, e, p, r: plans.create_plan(s, e, "x" * 201), "longer than 200"),
        (lambda s, e, p, r: plans.create_plan(s, "nope", "T"), "no event"),
        (lambda s, e, p, r: plans.create_plan(s, e, "T", group_id="nope"), "no group"),
        (lambda s, e, p, r: plans.add_item(s, p, " "), "say what"),
        (lambda s, e, p, r: plans.add_item(s, p, "x", status="later"), "status must be"),
        (lambda s, e, p, r: plans.add_item(s, p, "x", owners=["ghost"]), "no person"),
        (lambda s, e, p, r: plans.add_item(s, p, "x", due_date="soon"), "must be a date"),
        (lambda s, e, p, r: plans.add_item(s, "nope", "x"), "no action plan"),
        (lambda s, e, p, r: plans.update_item(s, "nope", what="x"), "no action item"),
        (lambda s, e, p, r: plans.update_plan(s, p, colour="red"), "unknown action plan"),
        (lambda s, e, p, r: plans.resolve_owner(s, e, "rakib"), "2 people match"),
        (lambda s, e, p, r: plans.resolve_owner(s, e, "zzz"), "no one on the roster"),
        (lambda s, e, p, r: plans.get_template("hackathon"), "no plan template"),
    ],
)
def test_bad_input_is_one_clear_error_and_changes_nothing(
    store, event_id, roster, plan_id, call, message
):
    with store.read() as db:
        before = len(change_dicts(db))
    with pytest.raises(UserError, match=message):
        call(store, event_id, plan_id, roster)
    with store.read() as db:
        assert len(change_dicts(db)) == before


def test_a_deleted_person_cannot_own_an_item(store, event_id, roster, plan_id):
    people.delete_person(store, roster["farhana"])
    with pytest.raises(UserError, match="no person"):
        plans.add_item(store, plan_id, "x", owners=[roster["farhana"]])


def test_owners_resolve_by_badge_code_id_and_unambiguous_name(store, event_id, roster):
    assert plans.resolve_owner(store, event_id, "rkb234") == roster["rakib"]
    assert plans.resolve_owner(store, event_id, roster["farhana"]) == roster["farhana"]
    assert plans.resolve_owner(store, event_id, "Rakibul") == roster["rakibul"]
    assert plans.resolve_owner(store, event_id, "ফারহানা") == roster["farhana"]
    assert plans.resolve_owners(store, event_id, ["farhana", " ", "FARHANA akter"]) == [
        roster["farhana"]
    ]


def test_a_group_plan_takes_the_group_region_and_name(store, event_id):
    with store.write() as writer:
        set_id = writer.create(GroupSet, {"event_id": event_id, "name": "Regions"})
        group_id = writer.create(
            Group,
            {"event_id": event_id, "group_set_id": set_id, "name": "North", "region": "Rangpur"},
        )
    plan_id = plans.create_plan(store, event_id, "North plan", group_id=group_id)
    view = plans.get_plan(store, plan_id, today=TODAY)
    assert view.region == "Rangpur" and view.group_name == "North" and view.group_id == group_id
    assert plans.resolve_group(store, event_id, "north") == group_id
    with pytest.raises(UserError, match="no group matches"):
        plans.resolve_group(store, event_id, "south")


def test_templates_cover_the_common_plans_in_both_languages():
    keys = {t.key for t in plans.templates()}
    assert keys == {"outreach", "glam", "editathon", "mentorship"}
    for template in plans.templates():
        assert template.title and template.goal and len(template.items) >= 4
        assert any("\u0980" <= c <= "\u09ff" for c in template.title_bn)
        assert all(i.what and i.what_bn and i.success_indicator for i in template.items)
        assert [i.due_days for i in template.items] == sorted(i.due_days for i in template.items)


def test_a_plan_from_a_template_dates_its_items_from_the_event_end(store, event_id):
    plan_id = plans.create_from_template(store, event_id, "GLAM", region="Khulna", language="bn")
    view = plans.get_plan(store, plan_id, today=TODAY)
    template = plans.get_template("glam")
    assert view.title == template.title_bn and view.goal == template.goal_bn
    assert view.region == "Khulna"
    assert [i.what for i in view.items] == [i.what_bn for i in template.items]
    # the event ends on 15 March 2026 (see the event_id fixture)
    assert [i.due_date for i in view.items] == [
        date(2026, 3, 15) + timedelta(days=i.due_days) for i in template.items
    ]
    start = date(2026, 6, 1)
    other = plans.create_from_template(store, event_id, "outreach", title="Mine", start=start)
    first = plans.get_plan(store, other, today=TODAY).items[0]
    assert first.due_date == date(2026, 6, 15) and first.what.startswith("Book a venue")


@pytest.fixture
def followed(store, event_id, roster):
    dhaka = plans.create_plan(store, event_id, "Dhaka plan", region="Dhaka")
    sylhet = plans.create_plan(store, event_id, "Sylhet plan", region="Sylhet")
    ids = {
        "late": plans.add_item(
            store, dhaka, "Late one", owners=[roster["rakib"]], due_date=date(2026, 3, 20)
        ),
        "done_late": plans.add_item(
            store, dhaka, "Done late", status="done", due_date=date(2026, 3, 1)
        ),
        "soon": plans.add_item(
            store,
            sylhet,
            "Soon",
            owners=[roster["rakibul"], roster["rakib"]],
            due_date=date(2026, 4, 10),
            status="in progress",
        ),
        "undated": plans.add_item(store, sylhet, "Some day"),
        "dropped": plans.add_item(
            store, sylhet, "Dropped", status="dropped", due_date=date(2026, 2, 1)
        ),
    }
    return ids


def follow(store, event_id, **filters):
    return [f.item.what for f in plans.follow_up(store, event_id, today=TODAY, **filters)]


def test_follow_up_sorts_by_due_date_and_marks_only_open_late_items(store, event_id, followed):
    found = plans.follow_up(store, event_id, today=TODAY)
    assert [f.item.what for f in found] == ["Dropped", "Done late", "Late one", "Soon", "Some day"]
    assert [f.what for f in (f.item for f in found) if f.overdue] == ["Late one"]
    assert found[2].plan_title == "Dhaka plan" and found[2].region == "Dhaka"
    assert plans.follow_up(store, event_id, today=date(2026, 3, 20))[2].overdue is False


def test_follow_up_filters_combine(store, event_id, roster, followed):
    assert follow(store, event_id, status="planned") == ["Late one", "Some day"]
    assert follow(store, event_id, status=["done", "In Progress"]) == ["Done late", "Soon"]
    assert follow(store, event_id, owner=roster["rakib"]) == ["Late one", "Soon"]
    assert follow(store, event_id, owner=roster["farhana"]) == []
    assert follow(store, event_id, due_before=date(2026, 3, 20)) == ["Dropped", "Done late"]
    assert follow(store, event_id, region="sylhet") == ["Dropped", "Soon", "Some day"]
    assert follow(store, event_id, region="Sylhet", owner=roster["rakib"]) == ["Soon"]
    assert follow(store, event_id, overdue_only=True) == ["Late one"]
    with pytest.raises(UserError, match="status must be"):
        plans.follow_up(store, event_id, status="soonish", today=TODAY)


def test_ical_export_has_one_todo_per_dated_item_with_stable_uids(
    store, event_id, followed, tmp_path
):
    path = tmp_path / "plans.ics"
    first = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    assert plans.export_ical(store, event_id, path, now=first) == 4
    todos = Calendar.from_ical(path.read_bytes()).walk("VTODO")
    assert len(todos) == 4
    by_summary = {str(t["SUMMARY"]): t for t in todos}
    late = by_summary["Late one"]
    assert str(late["UID"]) == f"{followed['late']}@wltdesk"
    assert late.decoded("DUE") == date(2026, 3, 20)
    assert str(late["STATUS"]) == "NEEDS-ACTION"
    assert "Rakib Hasan (মোঃ রাকিব হাসান)" in str(late["DESCRIPTION"])
    assert str(by_summary["Done late"]["STATUS"]) == "COMPLETED"
    assert str(by_summary["Soon"]["STATUS"]) == "IN-PROCESS"
    assert str(by_summary["Dropped"]["STATUS"]) == "CANCELLED"
    # a later export: same UIDs, a higher SEQUENCE, so calendars update instead of duplicating
    plans.export_ical(store, event_id, path, now=datetime(2026, 4, 2, 9, 0, tzinfo=UTC))
    again = Calendar.from_ical(path.read_bytes()).walk("VTODO")
    assert {str(t["UID"]) for t in again} == {str(t["UID"]) for t in todos}
    assert int(again[0]["SEQUENCE"]) > int(todos[0]["SEQUENCE"])


def test_csv_export_is_utf8_with_bom_and_every_field(store, event_id, followed, tmp_path):
    path = tmp_path / "plans.csv"
    items = plans.follow_up(store, event_id, today=TODAY, region="Dhaka")
    assert plans.export_csv(store, event_id, path, items) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["what"] for r in rows] == ["Done late", "Late one"]
    assert rows[1]["owners"] == "Rakib Hasan (মোঃ রাকিব হাসান)"
    assert rows[1]["overdue"] == "yes" and rows[0]["overdue"] == ""
    assert rows[1]["due date"] == "2026-03-20" and rows[1]["item id"] == followed["late"]


def test_csv_export_keeps_formula_like_text_as_text(store, event_id, followed, tmp_path):
    """An item typed as "=HYPERLINK(…)" or "+1 day" must not run as a formula when
    the organizer opens the follow-up list in a spreadsheet."""
    plans.update_item(store, followed["late"], what='=HYPERLINK("http://x.example","go")')
    path = tmp_path / "plans.csv"
    plans.export_csv(store, event_id, path, plans.follow_up(store, event_id, today=TODAY))
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert '\'=HYPERLINK("http://x.example","go")' in [r["what"] for r in rows]
    assert not [r for r in rows if r["what"].startswith(("=", "+", "-", "@"))]


def test_export_to_a_missing_folder_is_a_user_error(store, event_id, followed, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        plans.export_csv(store, event_id, tmp_path / "nope" / "x.csv")
    with pytest.raises(UserError, match="is a folder"):
        plans.export_ical(store, event_id, tmp_path)
