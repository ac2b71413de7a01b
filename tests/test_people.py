"""The roster service: validation, badge codes, delete and restore."""

from __future__ import annotations

from datetime import date

import pytest

from wltdesk import agenda, events, people
from wltdesk.errors import UserError


def test_badge_codes_are_short_unique_and_unambiguous(store, event_id):
    with store.write() as writer:
        ids = people.create_people(
            writer, event_id, [{"display_name": f"P{n}"} for n in range(300)]
        )
    codes = {people.get_person(store, pid).badge_code for pid in ids[:50]}
    assert len(codes) == 50
    assert all(len(c) == people.BADGE_LENGTH for c in codes)
    assert not set("".join(codes)) & set("01ILO")


def test_fields_are_trimmed_and_validated(store, event_id):
    person = people.add_person(store, event_id, display_name="  Ana  ", email=" ", region="X")
    stored = people.get_person(store, person)
    assert stored.display_name == "Ana" and stored.email is None
    with pytest.raises(UserError, match="not an email address"):
        people.update_person(store, person, email="ana@localhost")
    with pytest.raises(UserError, match="longer than 100 characters"):
        people.update_person(store, person, region="x" * 101)
    with pytest.raises(UserError, match="unknown person field"):
        people.update_person(store, person, shoe_size="42")
    with pytest.raises(UserError, match="role must be one of"):
        people.add_person(store, event_id, display_name="B", role="boss")
    assert people.get_person(store, person).region == "X"


def test_a_badge_code_cannot_be_taken_twice(store, event_id):
    first = people.add_person(store, event_id, display_name="A", badge_code="abc234")
    assert people.get_person(store, first).badge_code == "ABC234"
    with pytest.raises(UserError, match="already used"):
        people.add_person(store, event_id, display_name="B", badge_code="ABC234")
    second = people.add_person(store, event_id, display_name="B")
    with pytest.raises(UserError, match="already used"):
        people.update_person(store, second, badge_code="ABC234")


def test_delete_and_restore_people_all_or_none(store, event_id):
    a = people.add_person(store, event_id, display_name="A")
    b = people.add_person(store, event_id, display_name="B")
    with pytest.raises(UserError):
        people.delete_people(store, [a, "no-such-person"])
    assert len(people.list_people(store, event_id)) == 2  # nothing removed
    code = people.get_person(store, b).badge_code
    people.delete_people(store, [a, b])
    assert people.list_people(store, event_id) == []
    people.restore_people(store, [a, b])
    assert [p.badge_code for p in people.list_people(store, event_id)][1] == code


def test_restore_a_deleted_session(store, event_id):
    from datetime import datetime

    session = agenda.add_session(
        store, event_id, "Lab", datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 10)
    )
    agenda.delete_session(store, session)
    assert agenda.list_sessions(store, event_id) == []
    agenda.restore_session(store, session)
    assert [s.id for s in agenda.list_sessions(store, event_id)] == [session]


def test_a_new_code_never_repeats_one_handed_out_even_to_someone_removed(
    store, event_id, monkeypatch
):
    gone = people.add_person(store, event_id, display_name="A", badge_code="ABC234")
    people.delete_person(store, gone)
    draws = iter(["ABC234", "ABC234", "XYZ789"])  # the dice first say a code in use
    monkeypatch.setattr(people._RANDOM, "choices", lambda _alphabet, k: list(next(draws)))
    new = people.add_person(store, event_id, display_name="B")
    assert people.get_person(store, new).badge_code == "XYZ789"


def test_a_walk_in_or_an_edit_asks_about_its_code_not_every_code(store, event_id, monkeypatch):
    """On a roster of 50,000, reading every badge code held the desk still for 0.2 s."""
    with store.write() as writer:
        people.create_people(writer, event_id, [{"display_name": f"P{n}"} for n in range(60)])
    reads: list[str] = []
    every_code = people.badge_codes
    monkeypatch.setattr(
        people, "badge_codes", lambda db, event: reads.append(event) or every_code(db, event)
    )
    walk_in = people.add_person(store, event_id, display_name="Walk-in")
    people.update_person(store, walk_in, badge_code="NEW234")
    with pytest.raises(UserError, match="already used"):
        people.add_person(store, event_id, display_name="Twin", badge_code="new234")
    assert reads == []
    with store.write() as writer:  # an import reads them all, once
        people.create_people(writer, event_id, [{"display_name": f"Q{n}"} for n in range(60)])
    assert reads == [event_id]


def test_who_changed_since_a_log_position_is_read_without_the_roster(store, event_id):
    """What a window remembers (where the log ended) and learns later from it: the
    people changed since, removed ones too, and the position they were read at."""
    a = people.add_person(store, event_id, display_name="A")
    b = people.add_person(store, event_id, display_name="B")
    c = people.add_person(store, event_id, display_name="C")
    other = events.create_event(store, "Other", date(2026, 3, 20), date(2026, 3, 21))
    people.add_person(store, other, display_name="Elsewhere")
    before = people.roster_position(store)
    people.update_person(store, a, region="Sylhet")
    people.delete_person(store, b)
    people.add_person(store, other, display_name="Elsewhere too")
    position, changed = people.changed_since(store, event_id, before)
    assert {p.id: p.deleted for p in changed} == {a: False, b: True}
    assert position == people.roster_position(store) > before
    assert people.changed_since(store, event_id, position) == (position, [])
    assert c not in {p.id for p in changed}
    found = {p.id: p.deleted for p in people.get_people(store, [a, b, "no-such-person"])}
    assert found == {a: False, b: True}
