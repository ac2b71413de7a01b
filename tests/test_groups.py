"""The groups service on real stores (SQLite and PostgreSQL): make, view, live changes."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from wltdesk import agenda, attendance, groups, people
from wltdesk.errors import UserError
from wltdesk.store import changes
from wltdesk.store.models import Change, GroupMember

REGIONS = ("Dhaka", "Sylhet", "Khulna", "Rangpur")
MOMENT = datetime(2026, 3, 14, 3, 0, tzinfo=UTC)  # 09:00 in Dhaka


@pytest.fixture
def room(store, event_id):
    """Twenty people (four regions), a session, and sixteen of them checked in."""
    with store.write() as writer:
        ids = people.create_people(
            writer,
            event_id,
            [
                {
                    "display_name": f"Person {i:02d}",
                    "local_name": f"ব্যক্তি {i}",
                    "region": REGIONS[i % 4],
                    "gender": "female" if i % 2 else "male",
                    "badge_code": f"CODE{i:02d}",
                }
                for i in range(20)
            ],
        )
    session_id = agenda.add_session(
        store,
        event_id,
        "Breakouts",
        datetime(2026, 3, 14, 9, 0),
        datetime(2026, 3, 14, 10, 0),
    )
    for person_id in ids[:16]:
        attendance.check_in(store, session_id, person_id, now=MOMENT)
    return {"event_id": event_id, "session_id": session_id, "people": ids}


def make(store, room, **wish) -> str:
    wish.setdefault("size", 4)
    wish.setdefault("time_budget", 0.5)
    return groups.make_set(
        store, room["event_id"], groups.Wish(**wish), session_id=room["session_id"]
    )


def members_of(view: groups.GroupSetView, number: int) -> list[list[str]]:
    return [[m.person_id for m in g.members] for g in view.rounds[number - 1].groups]


def test_make_groups_the_checked_in_people(store, room):
    set_id = make(store, room, rounds=3, balance=("region",))
    view = groups.set_view(store, set_id)
    assert view.name == "Groups — Breakouts"
    assert view.session_title == "Breakouts"
    assert len(view.rounds) == 3
    present = set(room["people"][:16])
    for number in (1, 2, 3):
        rnd = members_of(view, number)
        assert sorted(p for g in rnd for p in g) == sorted(present)
        assert [len(g) for g in rnd] == [4, 4, 4, 4]
    first = view.rounds[0].groups[0]
    assert first.name == "Group 1" and first.colour == groups.GROUP_COLOURS[0]
    assert first.members[0].local_name.startswith("ব্যক্তি")
    assert view.report[0] == "0 repeat meetings: nobody meets the same person twice."
    assert "Every group has people from ≥ 4 different regions." in view.report
    summary = groups.list_sets(store, room["event_id"])
    assert [(s.id, s.rounds, s.groups, s.people) for s in summary] == [(set_id, 3, 4, 16)]


def test_set_numbers_follow_creation_not_the_last_edit(store, room):
    first = make(store, room, rounds=2)
    second = make(store, room, rounds=2)
    assert [s.id for s in groups.list_sets(store, room["event_id"])] == [first, second]
    groups.lock_rounds(store, first, 1)  # a later change to the older set
    assert [s.id for s in groups.list_sets(store, room["event_id"])] == [first, second]


def test_every_row_is_in_the_change_log(store, room):
    set_id = make(store, room)
    with store.read() as db:
        logged = db.execute(
            select(func.count(func.distinct(Change.row_id))).where(Change.entity == "group_members")
        ).scalar_one()
        rows = changes.change_dicts(db, room["event_id"])
    assert logged == 16
    assert any(c["entity"] == "group_sets" and c["row_id"] == set_id for c in rows)


def test_same_seed_same_groups_and_names_stay_unique(store, room):
    first = groups.set_view(store, make(store, room, rounds=2, seed=5))
    second = groups.set_view(store, make(store, room, rounds=2, seed=5))
    assert [members_of(first, n) for n in (1, 2)] == [members_of(second, n) for n in (1, 2)]
    assert second.name == "Groups — Breakouts (2)"


@pytest.mark.parametrize(
    ("wish", "message"),
    [
        ({"size": 2, "together": (("A", "B", "C"),)}, "larger than a group"),
        ({"count": 2, "apart": (("A", "B"),), "together": (("A", "B"),)}, "kept together and"),
        ({"count": 2, "pins": {"A": 1, "B": 2, "C": 3}}, "only 2 groups"),
        ({"size": 4, "balance": ("shoe_size",)}, "cannot balance 'shoe_size'"),
        ({"count": 40}, "cannot make 40 groups from 16 people"),
    ],
)
def test_impossible_wishes_write_nothing(store, room, wish, message):
    names = dict(zip("ABC", room["people"], strict=False))

    def swap(value):
        if isinstance(value, tuple):
            return tuple(swap(v) for v in value)
        return names.get(value, value)

    wish = {
        key: (
            {names[k]: v for k, v in value.items()}
            if key == "pins"
            else swap(value)
            if key in ("apart", "together")
            else value
        )
        for key, value in wish.items()
    }
    with store.read() as db:
        before = db.execute(select(func.count()).select_from(Change)).scalar_one()
    with pytest.raises(UserError, match=message):
        groups.make_set(store, room["event_id"], groups.Wish(**wish), session_id=room["session_id"])
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(Change)).scalar_one() == before


@pytest.mark.parametrize("constraint", ["pins", "apart", "together"])
def test_constraints_naming_someone_not_checked_in_name_them(store, room, constraint):
    """Person 18 is on the roster but not in the room: say who, not an id."""
    here, away = room["people"][0], room["people"][18]
    wish = {
        "pins": {"pins": {away: 1}},
        "apart": {"apart": ((here, away),)},
        "together": {"together": ((here, away),)},
    }[constraint]
    with pytest.raises(UserError, match=r"Person 18 \(CODE18\) is not checked in"):
        make(store, room, **wish)


def test_nobody_checked_in_is_an_error(store, room):
    empty = agenda.add_session(
        store, room["event_id"], "Later", datetime(2026, 3, 14, 11), datetime(2026, 3, 14, 12)
    )
    with pytest.raises(UserError, match="nobody is checked in"):
        groups.make_set(store, room["event_id"], groups.Wish(size=3), session_id=empty)


def test_chosen_people_instead_of_attendance(store, room):
    chosen = room["people"][10:19]
    set_id = groups.make_set(store, room["event_id"], groups.Wish(count=3), person_ids=chosen)
    view = groups.set_view(store, set_id)
    assert view.session_id is None
    assert sorted(p for g in members_of(view, 1) for p in g) == sorted(chosen)


def test_manual_move_updates_the_report_and_undoes(store, room):
    set_id = make(store, room, rounds=2)
    view = groups.set_view(store, set_id)
    g1, g2 = view.rounds[1].groups[0], view.rounds[1].groups[1]
    # Move someone into a group with a person they met in round 1: a repeat appears.
    round_one = members_of(view, 1)
    mover = next(
        p
        for p in (m.person_id for m in g1.members)
        for g in round_one
        if p in g and set(g) & {m.person_id for m in g2.members}
    )
    move = groups.move_member(store, mover, g1.id, g2.id)
    after = groups.set_view(store, set_id)
    assert mover in [m.person_id for m in after.rounds[1].groups[1].members]
    assert len(after.rounds[1].groups[1].members) == 5
    assert after.report[0].startswith("1 repeat meeting")
    groups.move_member(store, move.person_id, move.to_group_id, move.from_group_id)
    assert groups.set_view(store, set_id).report[0].startswith("0 repeat")


def test_locked_rounds_and_people_are_respected(store, room):
    set_id = make(store, room, rounds=3)
    view = groups.set_view(store, set_id)
    groups.lock_rounds(store, set_id, 1)
    g1, g2 = view.rounds[0].groups[:2]
    with pytest.raises(UserError, match="round 1 is locked"):
        groups.move_member(store, g1.members[0].person_id, g1.id, g2.id)
    keeper = view.rounds[1].groups[2].members[0]
    groups.set_locked(store, view.rounds[1].groups[2].id, keeper.person_id, True)
    with pytest.raises(UserError, match="is locked in Group 3"):
        groups.move_member(
            store, keeper.person_id, view.rounds[1].groups[2].id, view.rounds[1].groups[0].id
        )
    # Two people leave, one arrives late: the open rounds follow reality.
    here = [*room["people"][2:16], room["people"][17]]
    assert groups.replan(store, set_id, present=here, seed=3) == 2
    after = groups.set_view(store, set_id)
    assert members_of(after, 1) == members_of(view, 1)  # locked round untouched
    for number in (2, 3):
        rnd = members_of(after, number)
        assert sorted(p for g in rnd for p in g) == sorted(here)
        assert max(map(len, rnd)) - min(map(len, rnd)) <= 1
    assert keeper.person_id in members_of(after, 2)[2]
    met = Counter(
        tuple(sorted((a, b)))
        for n in (1, 2, 3)
        for g in members_of(after, n)
        for a in g
        for b in g
        if a < b
    )
    assert max(met.values()) == 1
    with store.read() as db:
        dropped = db.execute(
            select(func.count())
            .select_from(GroupMember)
            .where(GroupMember.person_id == room["people"][0], GroupMember.deleted.is_(True))
        ).scalar_one()
    assert dropped == 2  # the leaver is out of both open rounds, as a tombstone that syncs


def test_replan_defaults_to_the_session_attendance(store, room):
    set_id = make(store, room, rounds=2)
    attendance.check_in(store, room["session_id"], room["people"][18], now=MOMENT)
    groups.replan(store, set_id)
    view = groups.set_view(store, set_id)
    assert room["people"][18] in {p for g in members_of(view, 2) for p in g}


def test_add_round_avoids_every_earlier_meeting(store, room):
    set_id = make(store, room, rounds=1)
    groups.lock_rounds(store, set_id, 1)
    assert groups.add_round(store, set_id) == 2
    view = groups.set_view(store, set_id)
    assert len(view.rounds) == 2 and view.rounds[0].locked and not view.rounds[1].locked
    assert view.report[0].startswith("0 repeat")
    assert [g.colour for g in view.rounds[1].groups] == [g.colour for g in view.rounds[0].groups]


def test_history_avoids_pairs_from_earlier_sets(store, room):
    make(store, room, rounds=1, seed=1)
    second = make(store, room, rounds=1, seed=1, history=True)
    view = groups.set_view(store, second)
    assert "Nobody meets someone they met in an earlier group set." in view.report


def test_all_locked_cannot_be_replanned_and_bad_lock_counts(store, room):
    set_id = make(store, room, rounds=1)
    groups.lock_rounds(store, set_id, 1)
    with pytest.raises(UserError, match="every round is locked"):
        groups.replan(store, set_id)
    with pytest.raises(UserError, match="cannot lock 3"):
        groups.lock_rounds(store, set_id, 3)


def test_resolve_person_and_set(store, room):
    event_id = room["event_id"]
    assert groups.resolve_person(store, event_id, "code03").id == room["people"][3]
    assert groups.resolve_person(store, event_id, "Person 07").id == room["people"][7]
    with pytest.raises(UserError, match="matches 20 people"):
        groups.resolve_person(store, event_id, "Person")
    with pytest.raises(UserError, match="no one matches"):
        groups.resolve_person(store, event_id, "Zebedee")
    set_id = make(store, room)
    assert groups.resolve_set(store, event_id, "1").id == set_id
    assert groups.resolve_set(store, event_id, set_id[:8]).id == set_id
    with pytest.raises(UserError, match="no group set number 2"):
        groups.resolve_set(store, event_id, "2")


def test_delete_and_restore_a_set(store, room):
    set_id = make(store, room)
    groups.delete_set(store, set_id)
    assert groups.list_sets(store, room["event_id"]) == []
    with pytest.raises(UserError, match="no group set"):
        groups.set_view(store, set_id)
    groups.restore_set(store, set_id)
    assert [s.id for s in groups.list_sets(store, room["event_id"])] == [set_id]


def test_group_rooms_and_names(store, room):
    set_id = make(store, room)
    group = groups.set_view(store, set_id).rounds[0].groups[0]
    groups.update_group(store, group.id, name="Lotus", room="Hall B")
    changed = groups.set_view(store, set_id).rounds[0].groups[0]
    assert (changed.name, changed.room) == ("Lotus", "Hall B")
    with pytest.raises(UserError, match="needs a name"):
        groups.update_group(store, group.id, name="  ")


def test_colours_are_readable():
    for colour in groups.GROUP_COLOURS:
        assert groups.ink_for(colour) in ("#000000", "#FFFFFF")
    assert groups.ink_for("#F0E442") == "#000000"
    assert groups.ink_for("#0072B2") == "#FFFFFF"
    assert len(set(groups.GROUP_COLOURS)) == len(groups.GROUP_COLOURS) >= 10


def _where(view: groups.GroupSetView, number: int, person_id: str) -> int:
    return next(i for i, g in enumerate(members_of(view, number)) if person_id in g)


def test_replan_keeps_manual_moves_unless_told_to_discard_them(store, room):
    set_id = make(store, room, rounds=2)
    view = groups.set_view(store, set_id)
    g1, g2 = view.rounds[1].groups[:2]
    mover = g1.members[0].person_id
    groups.move_member(store, mover, g1.id, g2.id)
    moved = groups.set_view(store, set_id)
    assert [m.moved for m in moved.rounds[1].groups[1].members if m.person_id == mover] == [True]
    for seed in (1, 2, 3, 4):
        groups.replan(store, set_id, seed=seed)
        assert _where(groups.set_view(store, set_id), 2, mover) == 1  # a decision, kept
    # Asked to discard the moves, the plan is free again and the marks go.
    placements = set()
    for seed in (1, 2, 3, 4):
        groups.replan(store, set_id, seed=seed, keep_moves=False)
        after = groups.set_view(store, set_id)
        placements.add(_where(after, 2, mover))
        assert not any(m.moved for g in after.rounds[1].groups for m in g.members)
    assert placements != {1}


def test_undoing_a_move_works_even_after_the_person_was_locked(store, room):
    set_id = make(store, room, rounds=2)
    view = groups.set_view(store, set_id)
    g1, g2 = view.rounds[1].groups[:2]
    mover = g1.members[0].person_id
    move = groups.move_member(store, mover, g1.id, g2.id)
    groups.set_locked(store, g2.id, mover, True)  # e.g. from the command line meanwhile
    groups.undo_move(store, move)
    after = groups.set_view(store, set_id)
    back = [m for m in after.rounds[1].groups[0].members if m.person_id == mover]
    assert back and back[0].locked and not back[0].moved
    groups.lock_rounds(store, set_id, 2)
    with pytest.raises(UserError, match="round 2 is locked"):
        groups.undo_move(store, groups.Move(mover, g2.id, g1.id))


def test_snapshots_undo_a_replan_and_an_added_round(store, room):
    set_id = make(store, room, rounds=2)
    before = groups.snapshot_set(store, set_id)
    shown = groups.set_view(store, set_id)
    here = room["people"][2:16]
    groups.replan(store, set_id, present=here, seed=9)
    groups.add_round(store, set_id, present=here)
    assert len(groups.set_view(store, set_id).rounds) == 3
    groups.restore_snapshot(store, before)
    restored = groups.set_view(store, set_id)
    assert len(restored.rounds) == 2
    for number in (1, 2):
        assert [sorted(g) for g in members_of(restored, number)] == [
            sorted(g) for g in members_of(shown, number)
        ]
    assert [s.rounds for s in groups.list_sets(store, room["event_id"])] == [2]


def test_balance_fields_are_what_the_roster_holds(store, room):
    people.update_person(store, room["people"][0], extra={"district": "Gazipur"})
    people.update_person(store, room["people"][1], extra={"district": "Bogura"})
    found = {f.name: f for f in groups.balance_fields(store, room["event_id"])}
    assert list(found) == ["region", "gender", "district"]  # role: all participants
    assert found["region"].values == 4 and found["region"].people == 20
    assert found["district"].people == 2
    assert not {"display_name", "local_name", "badge_code", "email"} & set(found)
    assert "affiliation" not in found  # nobody has one
    chosen = groups.balance_fields(store, room["event_id"], room["people"][2:6])
    assert "district" not in {f.name for f in chosen}


def test_a_chosen_set_stays_chosen_when_replanned(store, room):
    chosen = room["people"][:10]
    set_id = groups.make_set(
        store,
        room["event_id"],
        groups.Wish(size=3, rounds=2, time_budget=0.3),
        session_id=room["session_id"],
        person_ids=chosen,
    )
    groups.replan(store, set_id)
    groups.add_round(store, set_id)
    view = groups.set_view(store, set_id)
    for number in (1, 2, 3):
        assert sorted(p for g in members_of(view, number) for p in g) == sorted(chosen)


def test_moves_that_crowd_a_group_are_kept_only_as_far_as_sizes_allow(store, room):
    set_id = make(store, room, rounds=2)
    view = groups.set_view(store, set_id)
    target = view.rounds[1].groups[0]
    movers = [m.person_id for g in view.rounds[1].groups[1:] for m in g.members][:5]
    for pid in movers:
        source = next(g for g in view.rounds[1].groups if pid in [m.person_id for m in g.members])
        groups.move_member(store, pid, source.id, target.id)
    crowded = groups.set_view(store, set_id)
    assert len(crowded.rounds[1].groups[0].members) == 9
    assert crowded.quality["uneven_rounds"] == [2]
    groups.replan(store, set_id, seed=2)
    after = groups.set_view(store, set_id)
    assert [len(g) for g in members_of(after, 2)] == [4, 4, 4, 4]
    assert len(set(movers) & set(members_of(after, 2)[0])) == 4  # as many as fit stay
    assert after.quality["uneven_rounds"] == []
