"""Reflection circles: set-up, speaking order, turns, notes, privacy, summary, runner."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from wltdesk import agenda, attendance, circles, people
from wltdesk.errors import UserError
from wltdesk.resources import resource
from wltdesk.store.models import Change, Circle, Group, GroupMember, GroupSet, Reflection

NAMES = ["Anika Rahman", "Babul Mia", "Chandra Das", "Dilruba Khan", "Emon Roy"]


@pytest.fixture
def room(store, event_id):
    """Five people, a session, and four of them checked in (in a known order)."""
    ids = [people.add_person(store, event_id, display_name=n) for n in NAMES]
    session_id = agenda.add_session(
        store,
        event_id,
        "Closing circle",
        datetime(2026, 3, 15, 16, 0),
        datetime(2026, 3, 15, 17, 0),
        kind="reflection circle",
    )
    # arrivals: Dilruba, Anika, Emon, Babul (Chandra never came)
    for minute, index in enumerate((3, 0, 4, 1)):
        attendance.check_in(
            store,
            session_id,
            ids[index],
            "present",
            now=datetime(2026, 3, 15, 9, 50 + minute, tzinfo=UTC),
        )
    return {"event_id": event_id, "people": ids, "session_id": session_id}


def change_count(store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()


def test_seated_order_follows_the_arrivals(store, room):
    ids = room["people"]
    circle_id = circles.create_circle(store, room["session_id"], "Closing", order_mode="seated")
    view = circles.get_circle(store, circle_id)
    assert [s.person_id for s in view.speakers] == [ids[3], ids[0], ids[4], ids[1]]
    assert view.info.session_title == "Closing circle"
    assert view.info.order_mode == "seated"


def test_random_order_is_deterministic_per_seed(store, room):
    session = room["session_id"]
    a = circles.create_circle(store, session, "A", seed=7)
    b = circles.create_circle(store, session, "B", seed=7)
    orders = {
        seed: circles.get_circle(store, circles.create_circle(store, session, "x", seed=seed))
        for seed in (1, 2, 3, 4)
    }
    first = [s.person_id for s in circles.get_circle(store, a).speakers]
    assert first == [s.person_id for s in circles.get_circle(store, b).speakers]
    assert sorted(first) == sorted([room["people"][i] for i in (0, 1, 3, 4)])
    distinct = {tuple(s.person_id for s in v.speakers) for v in orders.values()}
    assert len(distinct) > 1  # different seeds shuffle differently
    assert circles.arrange(["a", "b", "c", "d"], "random", 5) == circles.arrange(
        ["a", "b", "c", "d"], "random", 5
    )


def test_hand_order_and_group_seating(store, room):
    ids = room["people"]
    manual = circles.create_circle(
        store, room["session_id"], "Hand", order_mode="manual", speakers=[ids[2], ids[0]]
    )
    assert [s.person_id for s in circles.get_circle(store, manual).speakers] == [ids[2], ids[0]]
    with store.write() as writer:
        set_id = writer.create(GroupSet, {"event_id": room["event_id"], "name": "Regions"})
        group_id = writer.create(
            Group, {"event_id": room["event_id"], "group_set_id": set_id, "name": "Dhaka"}
        )
        for person in (ids[4], ids[2]):
            writer.create(
                GroupMember,
                {"event_id": room["event_id"], "group_id": group_id, "person_id": person},
            )
    grouped = circles.create_circle(
        store, room["session_id"], "Dhaka circle", group_id=group_id, order_mode="seated"
    )
    view = circles.get_circle(store, grouped)
    assert [s.display_name for s in view.speakers] == ["Chandra Das", "Emon Roy"]
    assert view.info.group_name == "Dhaka"
    assert circles.group_choices(store, room["event_id"]) == [(group_id, "Dhaka")]


def test_reorder_reshuffles_the_same_people(store, room):
    circle_id = circles.create_circle(store, room["session_id"], "C", order_mode="seated")
    before = [s.person_id for s in circles.get_circle(store, circle_id).speakers]
    after = circles.reorder(store, circle_id, "random", seed=3)
    assert sorted(after) == sorted(before)
    assert circles.get_circle(store, circle_id).info.order_mode == "random"
    hand = circles.reorder(store, circle_id, "manual", speakers=list(reversed(before)))
    assert hand == list(reversed(before))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"title": "x", "order_mode": "alphabetical"}, "speaking order must be one of"),
        ({"title": "x", "seconds_per_speaker": 5}, "seconds per speaker"),
        ({"title": "x", "order_mode": "manual"}, "needs its speakers"),
        ({"title": "x", "order_mode": "manual", "speakers": ["nobody"]}, "no person"),
        ({"title": "x", "group_id": "no-such-group"}, "no group"),
    ],
)
def test_bad_circles_are_refused_and_nothing_is_written(store, room, kwargs, message):
    before = change_count(store)
    with pytest.raises(UserError, match=message):
        circles.create_circle(store, room["session_id"], **kwargs)
    assert change_count(store) == before


def test_a_circle_needs_a_live_session(store, room):
    with pytest.raises(UserError, match="no session"):
        circles.create_circle(store, "missing", "x")


def test_turns_are_recorded_and_checked(store, room):
    ids = room["people"]
    circle_id = circles.create_circle(
        store, room["session_id"], "C", order_mode="manual", speakers=ids[:3], allow_pass=False
    )
    circles.record_turn(store, circle_id, ids[0], 95)
    circles.record_turn(store, circle_id, ids[1], 0)
    turns = circles.get_circle(store, circle_id).turns
    assert [(t.display_name, t.seconds, t.passed) for t in turns] == [
        ("Anika Rahman", 95, False),
        ("Babul Mia", 0, False),
    ]
    with pytest.raises(UserError, match="passing is not allowed"):
        circles.record_turn(store, circle_id, ids[2], 0, passed=True)
    with pytest.raises(UserError, match="whole number of seconds"):
        circles.record_turn(store, circle_id, ids[2], -4)
    with pytest.raises(UserError, match="no person"):
        circles.record_turn(store, circle_id, "ghost", 10)
    assert len(circles.get_circle(store, circle_id).turns) == 2


def test_anonymous_notes_never_store_the_person(store, room):
    ids = room["people"]
    circle_id = circles.create_circle(store, room["session_id"], "C", order_mode="seated")
    note_id = circles.add_note(
        store,
        circle_id,
        "I was afraid to edit before; now I am not.",
        person_id=ids[0],
        anonymous=True,
        themes=["confidence"],
        visibility="public",
    )
    with store.read() as db:
        row = db.get(Reflection, note_id)
        assert row.person_id is None and row.anonymous
        logged = dict(
            db.execute(select(Change.field, Change.value).where(Change.row_id == note_id)).all()
        )
        everything = " ".join(
            db.execute(select(Change.value).where(Change.row_id == note_id)).scalars()
        )
    assert "person_id" not in logged  # never written, not written and cleared
    assert ids[0] not in everything
    with pytest.raises(UserError, match="cannot change between anonymous and named"):
        circles.update_note(store, note_id, anonymous=False)
    with pytest.raises(UserError, match="cannot name a speaker"):
        circles.update_note(store, note_id, person_id=ids[0])
    [note] = circles.list_notes(store, circle_id)
    assert note.display_name is None and note.person_id is None


def test_note_validation(store, room):
    circle_id = circles.create_circle(store, room["session_id"], "C")
    before = change_count(store)
    with pytest.raises(UserError, match="needs some text"):
        circles.add_note(store, circle_id, "   ")
    with pytest.raises(UserError, match="visibility must be one of"):
        circles.add_note(store, circle_id, "hi", visibility="secret")
    with pytest.raises(UserError, match="no person"):
        circles.add_note(store, circle_id, "hi", person_id="ghost")
    with pytest.raises(UserError, match="no circle"):
        circles.add_note(store, "missing", "hi")
    assert change_count(store) == before
    assert circles.clean_themes(["#Trust, time ", "trust", "", "Time"]) == ["Trust", "time"]


def test_summary_depends_on_the_audience(store, room):
    ids = room["people"]
    circle_id = circles.create_circle(
        store,
        room["session_id"],
        "Closing",
        prompts=["What are you taking home?"],
        order_mode="manual",
        speakers=ids[:3],
    )
    circles.record_turn(store, circle_id, ids[0], 100)
    circles.record_turn(store, circle_id, ids[1], 3, passed=True)
    circles.record_turn(store, circle_id, ids[2], 80)
    circles.add_note(
        store, circle_id, "Public words", person_id=ids[0], themes=["trust"], visibility="public"
    )
    circles.add_note(
        store, circle_id, "Anon public", person_id=ids[2], anonymous=True,
        themes=["Trust", "time"], visibility="public",
    )  # fmt: skip
    circles.add_note(
        store, circle_id, "For organizers", themes=["funding"], visibility="organizers"
    )
    circles.add_note(store, circle_id, "Mine only", themes=["time"], visibility="private")

    public = circles.summary(store, circle_id, "public")
    assert [(q.text, q.speaker) for q in public.quotes] == [
        ("Public words", "Anika Rahman"),
        ("Anon public", None),
    ]
    assert public.themes == (("trust", 2), ("time", 1))
    assert public.prompts == ("What are you taking home?",)
    assert public.session_title == "Closing circle"
    assert [(t.name, t.seconds, t.passed) for t in public.time_shared] == [
        ("Anika Rahman", 100, False),
        ("Babul Mia", 3, True),
        ("Chandra Das", 80, False),
    ]
    assert public.totals == circles.SummaryTotals(
        speakers=3, spoke=2, passed=1, seconds=183, notes=2
    )
    organizers = circles.summary(store, circle_id, "organizers")
    assert {q.text for q in organizers.quotes} == {"Public words", "Anon public", "For organizers"}
    facilitator = circles.summary(store, circle_id, "facilitator")
    assert len(facilitator.quotes) == 4
    assert dict(facilitator.themes) == {"trust": 2, "time": 2, "funding": 1}
    with pytest.raises(UserError, match="audience must be one of"):
        circles.summary(store, circle_id, "everyone")


def test_list_resolve_delete_restore(store, room):
    a = circles.create_circle(store, room["session_id"], "Morning check-in")
    b = circles.create_circle(store, room["session_id"], "Closing round")
    listed = circles.list_circles(store, room["event_id"])
    assert [c.title for c in listed] == ["Closing round", "Morning check-in"]
    assert circles.resolve_circle(store, room["event_id"], "1").id == b
    assert circles.resolve_circle(store, room["event_id"], "morning").id == a
    assert circles.resolve_circle(store, room["event_id"], a[:8]).id == a
    with pytest.raises(UserError, match="no circle number 9"):
        circles.resolve_circle(store, room["event_id"], "9")
    circles.delete_circle(store, a)
    assert [c.id for c in circles.list_circles(store, room["event_id"])] == [b]
    circles.restore_circle(store, a)
    assert len(circles.list_circles(store, room["event_id"])) == 2


def test_update_circle(store, room):
    circle_id = circles.create_circle(store, room["session_id"], "C")
    assert circles.update_circle(
        store, circle_id, title="New", seconds_per_speaker=90, allow_pass=False, prompts=[" a ", ""]
    )
    info = circles.get_circle(store, circle_id).info
    assert (info.title, info.seconds_per_speaker, info.allow_pass, info.prompts) == (
        "New",
        90,
        False,
        ("a",),
    )
    with pytest.raises(UserError, match="seconds per speaker"):
        circles.update_circle(store, circle_id, seconds_per_speaker=99999)
    with pytest.raises(UserError, match="no field"):
        circles.update_circle(store, circle_id, colour="red")


def test_prompt_library(store, room):
    event_id = room["event_id"]
    builtin = circles.builtin_prompts()
    assert len(builtin) >= 10 and all(p.text_bn for p in builtin)
    own = circles.add_prompt(store, event_id, "What gave you energy?", "কী আপনাকে শক্তি দিল?")
    library = circles.prompt_library(store, event_id)
    assert library[-1].id == own and not library[-1].builtin
    assert circles.resolve_prompt(store, event_id, str(len(library))).id == own
    assert circles.resolve_prompt(store, event_id, "surprise").text == "What surprised you most?"
    assert library[-1].wording("both") == "What gave you energy?\nকী আপনাকে শক্তি দিল?"
    assert library[-1].wording("bn") == "কী আপনাকে শক্তি দিল?"
    with pytest.raises(UserError, match="already has"):
        circles.add_prompt(store, event_id, "what gave you energy?")
    with pytest.raises(UserError, match="built-in prompts cannot be changed"):
        circles.delete_prompt(store, builtin[0].id)
    circles.update_prompt(store, own, text_bn="")
    assert circles.prompt_library(store, event_id)[-1].text_bn is None
    circles.delete_prompt(store, own)
    assert len(circles.prompt_library(store, event_id)) == len(builtin)
    # the shipped file is valid and every entry is bilingual
    data = json.loads(resource("prompts.json").read_text(encoding="utf-8"))
    assert len({p["key"] for p in data["prompts"]}) == len(data["prompts"])


def test_circle_changes_replay_to_the_same_rows(store, room, tmp_path):
    """Circles, turns and notes travel through the change log like everything else."""
    from wltdesk.store import open_store
    from wltdesk.store.changes import change_dicts
    from wltdesk.store.materialize import apply_changes

    ids = room["people"]
    circle_id = circles.create_circle(
        store, room["session_id"], "C", order_mode="manual", speakers=ids[:2]
    )
    circles.record_turn(store, circle_id, ids[0], 42)
    circles.add_note(store, circle_id, "anon", person_id=ids[1], anonymous=True)
    with store.read() as db:
        log = change_dicts(db)
    other = open_store(tmp_path / "other.sqlite")
    try:
        with other.write() as writer:
            apply_changes(writer.db, log)
        for target in (store, other):
            view = circles.get_circle(target, circle_id)
            assert [(t.person_id, t.seconds) for t in view.turns] == [(ids[0], 42)]
            assert [(n.text, n.person_id, n.anonymous) for n in view.notes] == [
                ("anon", None, True)
            ]
    finally:
        other.close()


# ------------------------------------------------------------------ runner
class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def speakers(n: int) -> list[circles.Speaker]:
    return [circles.Speaker(f"p{i}", NAMES[i], None) for i in range(n)]


def test_runner_next_pass_pause_back():
    clock = FakeClock()
    runner = circles.CircleRunner(speakers(3), 60, True, clock)
    assert runner.current.person_id == "p0" and runner.upcoming.person_id == "p1"
    runner.start()
    clock.now += 30
    runner.pause()
    clock.now += 100  # paused: does not count
    assert runner.elapsed() == 30
    runner.toggle_pause()
    clock.now += 40
    assert runner.remaining() == -10
    assert runner.tick() is True and runner.tick() is False  # the sound once
    runner.next()
    assert runner.current.person_id == "p1" and runner.running
    clock.now += 2
    runner.pass_turn()
    assert runner.record(1) == (2, True)
    runner.back()  # oops, p1 wants to speak after all
    assert runner.current.person_id == "p1" and runner.record(1) is None
    clock.now += 20
    runner.next()
    clock.now += 5
    runner.next()
    assert runner.finished and not runner.running and runner.current is None
    assert runner.turns() == [
        {"person_id": "p0", "seconds": 70, "passed": False},
        {"person_id": "p1", "seconds": 22, "passed": False},
        {"person_id": "p2", "seconds": 5, "passed": False},
    ]
    runner.back()
    assert runner.current.person_id == "p2" and len(runner.turns()) == 2


def test_runner_refuses_a_pass_when_not_allowed():
    runner = circles.CircleRunner(speakers(2), 60, False, FakeClock())
    with pytest.raises(UserError, match="passing is not allowed"):
        runner.pass_turn()
    assert runner.position == 0


def test_runner_resumes_after_saved_turns(store, room):
    ids = room["people"]
    circle_id = circles.create_circle(
        store, room["session_id"], "C", order_mode="manual", speakers=ids[:3]
    )
    circles.set_turns(store, circle_id, [{"person_id": ids[0], "seconds": 50, "passed": False}])
    runner = circles.CircleRunner.for_circle(circles.get_circle(store, circle_id), FakeClock())
    assert runner.position == 1
    assert runner.turns() == [{"person_id": ids[0], "seconds": 50, "passed": False}]
    with store.read() as db:
        assert db.get(Circle, circle_id).turns[0]["seconds"] == 50
