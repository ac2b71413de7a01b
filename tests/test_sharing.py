"""What circle notes carry to other laptops as their visibility changes, and when deleted.

The facilitator's laptop syncs through a folder target; the organizer's store
(SQLite and PostgreSQL) imports everything the target holds after each step.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from bundle_tools import key_of
from bundle_tools import lines as opened_lines

from wltdesk import agenda, circles, events, people
from wltdesk.store import Store, open_store
from wltdesk.sync import bundle, exchange, export, merge


@pytest.fixture
def laptop(tmp_path) -> Store:
    opened = open_store(tmp_path / "laptop.sqlite", backups=False)
    event_id = events.create_event(opened, "Circles Training", date(2026, 3, 15), date(2026, 3, 16))
    speakers = [
        people.add_person(opened, event_id, display_name=name)
        for name in ("Anika Rahman", "বাবুল মিয়া", "Chandra Das")
    ]
    session = agenda.add_session(
        opened, event_id, "Closing circle", datetime(2026, 3, 15, 9), datetime(2026, 3, 15, 10)
    )
    opened.event_id = event_id  # type: ignore[attr-defined]
    opened.speakers = speakers  # type: ignore[attr-defined]
    opened.circle_id = circles.create_circle(  # type: ignore[attr-defined]
        opened, session, "Day one", order_mode="manual", speakers=speakers
    )
    target = tmp_path / "stick"
    target.mkdir()
    exchange.add_target(opened, event_id, str(target))
    opened.target = target  # type: ignore[attr-defined]
    yield opened
    opened.close()


def lines(laptop: Store, path: Path) -> list[dict]:
    """The bundle's lines, opened with the laptop's event key."""
    return opened_lines(path, key_of(laptop, laptop.event_id))


def push_and_import(laptop, organizer: Store) -> list[dict]:
    """Sync the laptop, import the whole target into the organizer; the lines just sent."""
    result = exchange.sync(laptop, laptop.event_id)
    key = key_of(laptop, laptop.event_id)  # the organizer joined with it
    merge.import_bundles(organizer, sorted(laptop.target.rglob("*.wltx")), given_key=key)
    if result.bundle is None:
        return []
    (sent,) = laptop.target.rglob(Path(result.bundle).name)
    return lines(laptop, sent)


def notes_seen(organizer: Store, circle_id: str, audience: str = "facilitator") -> dict[str, str]:
    return {
        note.text: note.visibility for note in circles.list_notes(organizer, circle_id, audience)
    }


def test_a_note_made_private_after_a_sync_is_withdrawn_without_its_text(laptop, store):
    note = circles.add_note(laptop, laptop.circle_id, "Said in public", visibility="public")
    push_and_import(laptop, store)
    assert notes_seen(store, laptop.circle_id, "public") == {"Said in public": "public"}
    circles.update_note(laptop, note, visibility="private", text="Said in public, then taken back")
    sent = push_and_import(laptop, store)
    mine = [line for line in sent if line["row"] == note]
    assert {line["field"] for line in mine} == {"visibility"}  # not the new text
    assert notes_seen(store, laptop.circle_id, "public") == {}
    assert circles.summary(store, laptop.circle_id, "public").quotes == ()
    assert circles.summary(store, laptop.circle_id, "organizers").quotes == ()


def test_a_note_made_shareable_after_a_sync_arrives_whole(laptop, store):
    anika = laptop.speakers[0]
    note = circles.add_note(
        laptop, laptop.circle_id, "First thoughts", person_id=anika, visibility="private"
    )
    first = push_and_import(laptop, store)
    assert not [line for line in first if line["row"] == note]
    circles.update_note(laptop, note, visibility="organizers")
    second = push_and_import(laptop, store)
    assert {line["field"] for line in second if line["row"] == note} >= {
        "text",
        "circle_id",
        "person_id",
        "visibility",
    }
    assert notes_seen(store, laptop.circle_id, "organizers") == {"First thoughts": "organizers"}
    # a later incremental sync with nothing new about the note sends it no more
    people.add_person(laptop, laptop.event_id, display_name="Walk-in")
    third = push_and_import(laptop, store)
    assert not [line for line in third if line["row"] == note]


def test_a_deleted_named_note_travels_only_as_its_deletion(laptop, tmp_path):
    anika = laptop.speakers[0]
    named = circles.add_note(
        laptop,
        laptop.circle_id,
        "I fear my boss will see this",
        person_id=anika,
        visibility="organizers",
    )
    circles.delete_note(laptop, named)
    again = circles.add_note(
        laptop,
        laptop.circle_id,
        "I fear my boss will see this",
        anonymous=True,
        visibility="organizers",
    )
    sent = lines(laptop, bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx").path)
    assert {line["field"] for line in sent if line["row"] == named} == {"visibility", "deleted"}
    assert not [line for line in sent if line["value"] == anika and line["entity"] == "reflections"]
    assert [line["row"] for line in sent if line["field"] == "text"] == [again]
    # the exporter's explicit "everything" (moving the event) keeps the deleted note whole
    everything = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "all.wltx", include_private=True
    )
    assert {"text", "person_id"} <= {
        line["field"] for line in lines(laptop, everything.path) if line["row"] == named
    }


def test_a_private_note_never_shared_leaves_no_trace(laptop, tmp_path):
    note = circles.add_note(laptop, laptop.circle_id, "Mine only", visibility="private")
    circles.delete_note(laptop, note)
    sent = lines(laptop, bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx").path)
    assert not [line for line in sent if line["row"] == note]
    redacted = lines(
        laptop, bundle.export_bundle(laptop, laptop.event_id, tmp_path / "r.wltx", redact=True).path
    )
    assert not [line for line in redacted if line["entity"] == "reflections"]


def test_a_redacted_bundle_withdraws_a_note_that_was_public(laptop, tmp_path):
    note = circles.add_note(laptop, laptop.circle_id, "Was public", visibility="public")
    circles.update_note(laptop, note, visibility="organizers")
    redacted = lines(
        laptop, bundle.export_bundle(laptop, laptop.event_id, tmp_path / "r.wltx", redact=True).path
    )
    assert {line["field"] for line in redacted if line["row"] == note} == {"visibility", "deleted"}


def test_since_last_with_private_notes_carries_those_a_normal_export_left_out(
    laptop, store, tmp_path
):
    circles.add_note(laptop, laptop.circle_id, "Mine only", visibility="private")
    folder = tmp_path / "move"
    folder.mkdir()
    export.export_file(laptop, laptop.event_id, folder / "team.wltx")
    people.add_person(laptop, laptop.event_id, display_name="Walk-in")
    export.export_file(
        laptop, laptop.event_id, folder / "all.wltx", since_last=True, include_private=True
    )
    key = key_of(laptop, laptop.event_id)
    merge.import_bundles(store, sorted(folder.glob("*.wltx")), given_key=key)
    assert notes_seen(store, laptop.circle_id) == {"Mine only": "private"}
