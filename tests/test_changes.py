"""The change log is complete: replaying it rebuilds the store, in any order."""

from __future__ import annotations

import random
import tempfile
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from wltdesk import agenda, attendance, events, people
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts, decode, encode
from wltdesk.store.materialize import apply_changes, pending_rows
from wltdesk.store.models import SYNCABLE, Attendance, Change, Person

DAY = date(2026, 3, 14)


def snapshot(store) -> dict[str, list[dict]]:
    """Every syncable row of a store, comparable across stores."""
    state = {}
    with store.read() as db:
        for model in SYNCABLE:
            rows = db.execute(select(model.__table__).order_by(model.__table__.c.id)).mappings()
            state[model.__tablename__] = [dict(r) for r in rows]
    return state


def log_of(store) -> list[dict]:
    with store.read() as db:
        return change_dicts(db)


def replay(target, changes, chunks: int = 1) -> None:
    pieces = [changes[i::chunks] for i in range(chunks)]
    for piece in pieces:
        with target.write() as writer:
            apply_changes(writer.db, piece, target.clock)


def test_every_write_is_logged_field_by_field(store, event_id):
    person = people.add_person(store, event_id, display_name="Ana", region="Sylhet")
    people.update_person(store, person, region="Dhaka", display_name="Ana")
    with store.read() as db:
        fields = db.execute(
            select(Change.field, Change.value).where(Change.row_id == person).order_by(Change.seq)
        ).all()
    logged = [f for f, _ in fields]
    assert "display_name" in logged and "badge_code" in logged and "deleted" in logged
    # the update logged only the field that changed
    assert fields[-1] == ("region", '"Dhaka"')
    assert logged.count("display_name") == 1


def test_a_delete_is_a_tombstone_that_travels(store, event_id, tmp_path):
    person = people.add_person(store, event_id, display_name="Gone Soon")
    people.delete_person(store, person)
    assert people.list_people(store, event_id) == []
    with store.read() as db:
        assert db.get(Person, person).deleted is True
    other = open_store(tmp_path / "other.sqlite")
    replay(other, log_of(store))
    with other.read() as db:
        assert db.get(Person, person).deleted is True
    other.close()


def test_values_round_trip_through_their_json_text():
    column = Attendance.__table__.c.checked_at
    moment = datetime(2026, 3, 14, 9, 5, 7, 123456)
    assert decode(column, encode(moment)) == moment
    assert decode(Person.__table__.c.extra, encode({"T-shirt": "M"})) == {"T-shirt": "M"}
    assert decode(Person.__table__.c.photo_consent, encode(None)) is None


def test_a_child_that_arrives_before_its_parent_waits_then_appears(store, event_id, tmp_path):
    person = people.add_person(store, event_id, display_name="Early Bird")
    session = agenda.add_session(
        store, event_id, "Opening", datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 10)
    )
    attendance.check_in(store, session, person, now=datetime(2026, 3, 14, 3, tzinfo=UTC))
    changes = log_of(store)
    children = [c for c in changes if c["entity"] == "attendance"]
    parents = [c for c in changes if c["entity"] != "attendance"]
    other = open_store(tmp_path / "other.sqlite")
    replay(other, children)
    with other.read() as db:
        assert db.execute(select(Attendance)).first() is None
        assert "attendance" in pending_rows(db)
    replay(other, parents)
    assert snapshot(other) == snapshot(store)
    other.close()


# ------------------------------------------------------------ property test
names = st.text(alphabet="abcdeéরাকিব ", min_size=1, max_size=12).filter(str.strip)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), names, st.sampled_from(["Dhaka", "Sylhet", None])),
        st.tuples(st.just("rename"), st.integers(0, 9), names),
        st.tuples(st.just("region"), st.integers(0, 9), st.sampled_from(["Khulna", None])),
        st.tuples(st.just("delete"), st.integers(0, 9)),
        st.tuples(st.just("session"), names, st.integers(8, 17)),
        st.tuples(
            st.just("checkin"),
            st.integers(0, 9),
            st.integers(0, 3),
            st.sampled_from([None, "excused", "absent"]),
            st.integers(-30, 90),
        ),
        st.tuples(st.just("undo")),
        st.tuples(st.just("room"), st.integers(0, 3), st.sampled_from(["Lab 1", "Hall", None])),
    ),
    max_size=25,
)


def run_program(store, event_id, program) -> None:
    persons: list[str] = []
    sessions: list[str] = []
    done: list[attendance.CheckIn] = []
    for op in program:
        kind = op[0]
        if kind == "add":
            persons.append(people.add_person(store, event_id, display_name=op[1], region=op[2]))
        elif kind == "rename" and persons:
            people.update_person(store, persons[op[1] % len(persons)], display_name=op[2])
        elif kind == "region" and persons:
            people.update_person(store, persons[op[1] % len(persons)], region=op[2])
        elif kind == "delete" and persons:
            people.delete_person(store, persons.pop(op[1] % len(persons)))
        elif kind == "session":
            start = datetime.combine(DAY, datetime.min.time()) + timedelta(hours=op[2])
            sessions.append(
                agenda.add_session(store, event_id, op[1], start, start + timedelta(hours=1))
            )
        elif kind == "checkin" and persons and sessions:
            session = sessions[op[2] % len(sessions)]
            start = agenda.get_session(store, session).starts_at
            moment = (start - timedelta(hours=6) + timedelta(minutes=op[4])).replace(tzinfo=UTC)
            done.append(
                attendance.check_in(
                    store, session, persons[op[1] % len(persons)], op[3], now=moment
                )
            )
        elif kind == "undo" and done:
            attendance.undo(store, done.pop())
        elif kind == "room" and sessions:
            agenda.update_session(store, sessions[op[1] % len(sessions)], room=op[2])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(program=operations, seed=st.integers(0, 10_000), chunks=st.integers(1, 4))
def test_replaying_the_log_reproduces_the_store_in_any_order(program, seed, chunks):
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        base = Path(folder)
        original = open_store(base / "a.sqlite", backups=False)
        stack.callback(original.close)
        event_id = events.create_event(
            original, "Prop", DAY, DAY + timedelta(days=1), timezone="Asia/Dhaka"
        )
        run_program(original, event_id, program)
        expected = snapshot(original)
        changes = log_of(original)

        in_order = open_store(base / "b.sqlite", backups=False)
        stack.callback(in_order.close)
        replay(in_order, changes)
        assert snapshot(in_order) == expected

        shuffled = changes + random.Random(seed).sample(changes, len(changes) // 2)
        random.Random(seed).shuffle(shuffled)
        any_order = open_store(base / "c.sqlite", backups=False)
        stack.callback(any_order.close)
        replay(any_order, shuffled, chunks=chunks)
        replay(any_order, changes)  # and once more: idempotent
        assert snapshot(any_order) == expected


@pytest.mark.parametrize("field", ["display_name", "region"])
def test_the_greatest_stamp_wins_whatever_the_order(tmp_path, field):
    """Two laptops edit the same field offline; both stores converge on the later edit."""
    first = open_store(tmp_path / "one.sqlite", backups=False)
    event_id = events.create_event(first, "Merge", DAY, DAY)
    person = people.add_person(first, event_id, display_name="Base", region="Base")
    second = open_store(tmp_path / "two.sqlite", backups=False)
    replay(second, log_of(first))
    people.update_person(first, person, **{field: "from one"})
    people.update_person(second, person, **{field: "from two"})  # later stamp
    one_log, two_log = log_of(first), log_of(second)
    replay(first, two_log)
    replay(second, one_log)
    for store in (first, second):
        assert getattr(people.get_person(store, person), field) == "from two"
    assert snapshot(first) == snapshot(second)
    # the losing value is still in the log, for review
    with first.read() as db:
        values = db.execute(
            select(Change.value).where(Change.row_id == person, Change.field == field)
        ).scalars()
        assert '"from one"' in set(values)
    first.close()
    second.close()
