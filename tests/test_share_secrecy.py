"""Nothing readable on the share: every byte that syncs and exports write, searched.

Two laptops and an organizer (SQLite and PostgreSQL) sync an event through a
folder and a real WebDAV server, and export bundles by hand; then every file
there — and every member of every bundle, inflated — is searched for the
participants' names (Latin and Bengali, as UTF-8 and as JSON escapes), emails,
phones, notes, the event's name and the event key (hex, base64 of its bytes
and of its text). None may appear. The same bundles opened with the key hold
them all, so the search would find them if they were there in clear.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from bundle_tools import key_of, lines

from wltdesk import agenda, circles, events, people
from wltdesk.store import Store, open_store
from wltdesk.sync import bundle, exchange, export, merge

#: The real WebDAV server's fixtures (``dav_server``, ``dav``).
pytest_plugins = ["webdav_fixtures"]

EVENT_NAME = "Sundarbans Leadership Retreat"
PEOPLE = [
    {
        "display_name": "Nusrat Jahan",
        "local_name": "নুসরাত জাহান",
        "email": "nusrat.jahan@example.org",
        "phone": "+8801711223344",
        "notes": "Needs a vegetarian lunch and a ramp",
    },
    {
        "display_name": "Rakibul Chowdhury",
        "local_name": "রাকিবুল চৌধুরী",
        "email": "rakibul.c@example.net",
        "phone": "01911556677",
        "notes": "Left early on day one for a family matter",
    },
]
CIRCLE_NOTE = "I worry my district officer will punish us for speaking up"
LATER_PHONE = "+8801899887766"


def needles(key: str) -> dict[str, bytes]:
    """Every secret, in each form it could take in a file."""
    found: dict[str, bytes] = {"event name": EVENT_NAME.encode()}
    texts = [CIRCLE_NOTE, LATER_PHONE]
    for person in PEOPLE:
        texts.extend(person.values())
    for text in texts:
        found[text] = text.encode("utf-8")
        escaped = json.dumps(text)[1:-1]  # Bengali as \u09xx, the way ASCII JSON writes it
        if escaped != text:
            found[f"{text} (JSON escapes)"] = escaped.encode()
    raw = bytes.fromhex(key)
    for name, form in {
        "key (hex)": key.encode(),
        "key (HEX)": key.upper().encode(),
        "key (base64 of its bytes)": base64.b64encode(raw),
        "key (url-safe base64 of its bytes)": base64.urlsafe_b64encode(raw),
        "key (base64 of its text)": base64.b64encode(key.encode()),
        "key (its bytes)": raw,
    }.items():
        found[name] = form
    return found


def everything_written(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders, and every member of every ZIP among them
    (inflated: a deflated member hides text from a plain search, not from anyone)."""
    found: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            found[str(path)] = data
            found[f"{path} (its name)"] = str(path.relative_to(folder)).encode()
            if zipfile.is_zipfile(io.BytesIO(data)):
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for name in archive.namelist():
                        found[f"{path}!{name}"] = archive.read(name)
    return found


def leaks(written: dict[str, bytes], secrets: dict[str, bytes]) -> list[str]:
    return [
        f"{what} in {where}"
        for where, data in written.items()
        for what, form in secrets.items()
        if form in data
    ]


@pytest.fixture
def laptop(tmp_path) -> Store:
    opened = open_store(tmp_path / "laptop-a.sqlite", backups=False)
    event_id = events.create_event(opened, EVENT_NAME, date(2026, 3, 14), date(2026, 3, 15))
    ids = [people.add_person(opened, event_id, **person) for person in PEOPLE]
    session = agenda.add_session(
        opened, event_id, "Closing circle", datetime(2026, 3, 15, 9), datetime(2026, 3, 15, 10)
    )
    circle = circles.create_circle(opened, session, "Day one", order_mode="manual", speakers=ids)
    circles.add_note(opened, circle, CIRCLE_NOTE, person_id=ids[0], visibility="organizers")
    opened.event_id = event_id  # type: ignore[attr-defined]
    opened.ids = ids  # type: ignore[attr-defined]
    yield opened
    opened.close()


def test_nothing_on_a_folder_a_webdav_share_or_in_an_export_is_readable(
    laptop, store, tmp_path, dav
):
    event_id, key = laptop.event_id, key_of(laptop, laptop.event_id)
    share = tmp_path / "share"
    share.mkdir()
    exports = tmp_path / "exports"
    exports.mkdir()
    # the organizer (SQLite or PostgreSQL) joins with a package and the key
    package = export.export_file(laptop, event_id, exports / "package.wltx")
    merge.import_bundles(store, [package.path], given_key=key)
    second = open_store(tmp_path / "laptop-b.sqlite", backups=False)
    try:
        joining = export.export_file(
            laptop, event_id, exports / "join.wltx", passphrase="jackfruit season"
        )
        merge.import_bundles(second, [joining.path], passphrase="jackfruit season")
        for location in (str(share), dav["url"]):
            exchange.sync(laptop, event_id, location)
            people.update_person(second, laptop.ids[1], phone=LATER_PHONE)
            exchange.sync(second, event_id, location)
            exchange.sync(store, event_id, location)
            exchange.sync(laptop, event_id, location)
        people.add_person(laptop, event_id, display_name="Walk-in", email="walk@example.org")
        export.export_file(laptop, event_id, exports / "more.wltx", since_last=True)
    finally:
        second.close()
    written = everything_written(share, dav["folder"], exports)
    bundles = [p for p in written if p.endswith(".wltx")]
    assert len([p for p in bundles if str(share) in p]) >= 3  # three devices wrote there
    assert len([p for p in bundles if str(dav["folder"]) in p]) >= 3
    assert leaks(written, needles(key)) == []
    # the same bundles, opened with the key, hold every one of them
    opened = json.dumps(lines(package.path, key), ensure_ascii=False)
    for person in PEOPLE:
        for value in person.values():
            assert value in opened
    assert EVENT_NAME in opened and CIRCLE_NOTE in opened
    synced = [
        json.dumps(lines(Path(p), key), ensure_ascii=False) for p in bundles if str(share) in p
    ]
    assert any(LATER_PHONE in text for text in synced)
    assert people.get_person(store, laptop.ids[1]).phone == LATER_PHONE  # it all merged


def test_a_redacted_export_is_readable_but_holds_no_contact_detail_note_or_key(laptop, tmp_path):
    key = key_of(laptop, laptop.event_id)
    out = tmp_path / "outside"
    out.mkdir()
    export.export_file(laptop, laptop.event_id, out / "public.wltx", redact=True)
    written = everything_written(out)
    kept_out = {
        what: form
        for what, form in needles(key).items()
        if not what.startswith(("Nusrat Jahan", "Rakibul Chowdhury", "নুসরাত", "রাকিবুল"))
        and what != "event name"
    }
    assert leaks(written, kept_out) == []
    # readable without the key: names in clear, for people outside the team
    member = written[f"{out / 'public.wltx'}!{bundle.CHANGES}"].decode()
    assert "Nusrat Jahan" in member and "নুসরাত জাহান" in member
