"""The sync commands: export, import, sync, conflicts, publish and event key."""

from __future__ import annotations

import csv
import getpass
import html
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from bundle_tools import key_of
from cli_result import Result, invoke
from sqlalchemy import func, select

from wltdesk import agenda, events, people
from wltdesk.store import open_store
from wltdesk.store.models import Attendance, Change
from wltdesk.sync import bundle, eventkey, keychain

#: The real WebDAV server and the keychain fixtures.
pytest_plugins = ["webdav_fixtures"]


@pytest.fixture
def run(capsys):
    def call(*argv: Any) -> Result:
        return invoke(capsys, argv)

    return call


@pytest.fixture
def laptop(tmp_path) -> dict[str, Any]:
    """A facilitator's store with an event and two people (one listed on the wiki)."""
    path = tmp_path / "laptop.sqlite"
    store = open_store(path, backups=False)
    event_id = events.create_event(store, "CLI Training", date(2026, 3, 14), date(2026, 3, 15))
    people.add_person(
        store,
        event_id,
        display_name="Rakib Hasan",
        local_name="রাকিব হাসান",
        wiki_username="Rakib Hasan",
        email="rakib@example.org",
        list_consent=True,
    )
    people.add_person(store, event_id, display_name="Hidden Person", list_consent=False)
    key = key_of(store, event_id)  # what `wltdesk event key` shows co-facilitators
    store.close()
    return {"db": str(path), "event_id": event_id, "key": key}


def changes(url: str) -> int:
    store = open_store(url, backups=False)
    try:
        with store.read() as db:
            return db.execute(select(func.count()).select_from(Change)).scalar_one()
    finally:
        store.close()


def test_export_then_import_into_a_new_store_joins_the_event(run, laptop, store, tmp_path):
    out = tmp_path / "package.wltx"
    done = run("--db", laptop["db"], "export", "--out", out, "--json").json()
    assert done["kind"] == "full" and done["changes"] > 0
    url = store.url
    store.close()  # the command opens the store itself (SQLite or PostgreSQL)
    summary = run("--db", url, "import", out, "--key", laptop["key"], "--json").json()
    assert summary["joined"] == [laptop["event_id"]]
    assert summary["new_people"] == 2 and summary["new_changes"] == done["changes"]
    again = run("--db", url, "import", out, "--json").json()
    assert again["new_changes"] == 0  # idempotent, on both back ends
    listed = run("--db", url, "event", "list", "--json").json()
    assert [e["name"] for e in listed] == ["CLI Training"]


def test_since_last_exports_only_what_is_new_in_that_folder(run, laptop, tmp_path):
    first = run("--db", laptop["db"], "export", "--out", tmp_path / "a.wltx", "--json").json()
    store = open_store(laptop["db"], backups=False)
    people.add_person(store, laptop["event_id"], display_name="Late Comer")
    store.close()
    second = run(
        "--db", laptop["db"], "export", "--since-last", "--out", tmp_path / "b.wltx", "--json"
    ).json()
    assert second["kind"] == "incremental"
    assert 0 < second["changes"] < first["changes"]


def test_since_last_for_the_team_carries_what_redacted_exports_left_out(run, laptop, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    db = laptop["db"]
    run("--db", db, "export", "--out", stick / "r1.wltx", "--redact")
    roster = tmp_path / "late.csv"
    roster.write_text("display_name,email\nLate Comer,late@example.org\n", encoding="utf-8")
    assert run("--db", db, "roster", "import", roster).code == 0
    run("--db", db, "export", "--out", stick / "r2.wltx", "--since-last", "--redact")
    run("--db", db, "export", "--out", stick / "team.wltx", "--since-last")
    organizer = tmp_path / "organizer.sqlite"
    key = run("--db", db, "event", "key", "--json").json()["qr_text"]  # no bundle carries it
    assert run("--db", organizer, "import", stick, "--key", key).code == 0
    merged = open_store(organizer, backups=False)
    try:
        emails = {p.display_name: p.email for p in people.list_people(merged, laptop["event_id"])}
    finally:
        merged.close()
    assert emails["Rakib Hasan"] == "rakib@example.org"  # left out of the full redacted one
    assert emails["Late Comer"] == "late@example.org"  # left out of the incremental one
    # the redacted exports keep their own mark: the next one has nothing new to send
    again = run(
        "--db", db, "export", "--out", stick / "r3.wltx", "--since-last", "--redact", "--json"
    )
    assert again.json()["changes"] == 0


def test_an_encrypted_redacted_export_needs_the_passphrase_variable(
    run, laptop, tmp_path, monkeypatch
):
    out = tmp_path / "outside.wltx"
    missing = run(
        "--db", laptop["db"], "export", "--out", out, "--passphrase-env", "WLT_PASS", "--redact"
    )
    assert missing.code == 1
    assert "WLT_PASS is not set" in missing.error_line
    assert not out.exists()
    monkeypatch.setenv("WLT_PASS", "monsoon")
    done = run(
        "--db",
        laptop["db"],
        "export",
        "--out",
        out,
        "--passphrase-env",
        "WLT_PASS",
        "--redact",
        "--json",
    ).json()
    assert done["encrypted"] and done["redacted"]
    with zipfile.ZipFile(out) as archive:
        assert b"rakib@example.org" not in archive.read(bundle.CHANGES_ENCRYPTED)
    target = tmp_path / "target.sqlite"
    refused = run("--db", target, "import", out)
    assert refused.code == 1 and "passphrase" in refused.error_line


@pytest.mark.parametrize(
    "content, message",
    [
        (b"name,email\n", "not a ZIP file"),
        (b"PK\x03\x04 cut short", "truncated or damaged"),
    ],
)
def test_a_refused_import_is_one_line_and_changes_nothing(
    run, laptop, store, tmp_path, content, message
):
    package = tmp_path / "package.wltx"
    run("--db", laptop["db"], "export", "--out", package)
    url = store.url
    store.close()
    run("--db", url, "import", package, "--key", laptop["key"])
    before = changes(url)
    bad = tmp_path / "bad.wltx"
    bad.write_bytes(content)
    result = run("--db", url, "import", package, bad)
    assert result.code == 1 and message in result.error_line
    assert changes(url) == before


def test_import_of_a_folder_takes_every_bundle_in_it(run, laptop, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    run("--db", laptop["db"], "export", "--out", folder / "one.wltx")
    (folder / "notes.txt").write_text("not a bundle, not looked at")
    summary = run(
        "--db", tmp_path / "new.sqlite", "import", folder, "--key", laptop["key"], "--json"
    ).json()
    assert summary["bundles"] == 1 and summary["new_people"] == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--db", tmp_path / "new.sqlite", "import", empty)
    assert result.code == 1 and "no bundles" in result.error_line


def test_sync_with_a_folder_target_between_two_laptops(run, laptop, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    other = tmp_path / "other.sqlite"
    run("--db", laptop["db"], "export", "--out", tmp_path / "p.wltx")
    run("--db", other, "import", tmp_path / "p.wltx", "--key", laptop["key"])
    assert run("--db", laptop["db"], "sync").code == 1  # no target yet
    set_up = run("--db", laptop["db"], "sync", "--set-target", share)
    assert set_up.code == 0 and "changes not yet sent" in set_up.out
    pushed = run("--db", laptop["db"], "sync", "--json").json()
    assert pushed["sent"] > 0
    pulled = run("--db", other, "sync", "--target", share, "--json").json()
    assert pulled["received_bundles"] == 1
    status = run("--db", other, "sync", "--status", "--json").json()
    assert status["state"] == "ok" and status["text"].startswith("Synced")
    assert status["history"][0]["kind"] == "sync"


def test_conflicts_are_listed_and_resolved(run, laptop, tmp_path):
    package = tmp_path / "p.wltx"
    run("--db", laptop["db"], "export", "--out", package)
    other = str(tmp_path / "other.sqlite")
    run("--db", other, "import", package, "--key", laptop["key"])
    for db, region in ((laptop["db"], "Khulna"), (other, "Rajshahi")):
        store = open_store(db, backups=False)
        person = next(
            p
            for p in people.list_people(store, laptop["event_id"])
            if p.display_name == "Rakib Hasan"
        )
        people.update_person(store, person.id, region=region)
        store.close()
    run("--db", other, "export", "--out", tmp_path / "other.wltx")
    run("--db", laptop["db"], "import", tmp_path / "other.wltx")
    listed = run("--db", laptop["db"], "conflicts", "--json").json()
    region = next(c for c in listed if c["field"] == "region")
    assert {v["value"] for v in region["versions"]} >= {"Khulna", "Rajshahi"}
    assert region["versions"][0]["current"]
    other_version = next(v for v in region["versions"] if not v["current"])
    done = run(
        "--db",
        laptop["db"],
        "conflicts",
        "--resolve",
        region["number"],
        "--use",
        other_version["version"],
    )
    assert done.code == 0, done.err
    after = run("--db", laptop["db"], "conflicts", "--json").json()
    assert not any(c["field"] == "region" for c in after)
    bad = run("--db", laptop["db"], "conflicts", "--resolve", 99, "--use", 1)
    assert bad.code == 1 and "no conflict number 99" in bad.error_line


def test_a_check_in_with_two_outcomes_is_one_conflict_shown_with_its_times(run, laptop, tmp_path):
    store = open_store(laptop["db"], backups=False)
    start = datetime(2026, 3, 14, 9, 0)
    agenda.add_session(store, laptop["event_id"], "Opening", start, start + timedelta(hours=1))
    store.close()
    package = tmp_path / "p.wltx"
    run("--db", laptop["db"], "export", "--out", package)
    other = str(tmp_path / "other.sqlite")
    run("--db", other, "import", package, "--key", laptop["key"])
    for db, status in ((laptop["db"], "present"), (other, "late")):
        done = run(
            "--db", db, "checkin", "--session", "Opening", "--query", "Rakib", "--status", status
        )
        assert done.code == 0, done.err
    run("--db", other, "export", "--out", tmp_path / "other.wltx")
    run("--db", laptop["db"], "import", tmp_path / "other.wltx")
    listed = run("--db", laptop["db"], "conflicts", "--json").json()
    [check_in] = [c for c in listed if c["entity"] == "attendance"]
    assert check_in["label"] == "Rakib Hasan · Opening"
    assert {v["value"] for v in check_in["versions"]} == {"present", "late"}
    assert {v["with"]["device_id"] for v in check_in["versions"]} == {
        v["device_id"] for v in check_in["versions"]
    }
    text = run("--db", laptop["db"], "conflicts").out
    assert text.count("attendance ·") == 1
    # a time in plain words (the venue's clock), not a JSON string in quotes
    assert re.search(r"1\) '(present|late) at \d\d:\d\d'", text), text
    # both laptops have one name here: their ids tell them apart
    assert re.search(r"\(current, \w+ \([0-9a-f]{8}\), ", text), text


def test_a_check_in_corrected_on_a_laptop_that_had_seen_it_is_no_conflict(run, laptop, tmp_path):
    """Issue #21: laptop B received A's "present" (the join package) and later changed
    it to "late": a correction, not a conflict, on A and at the organizer alike."""
    store = open_store(laptop["db"], backups=False)
    start = datetime(2026, 3, 14, 9, 0)
    agenda.add_session(store, laptop["event_id"], "Opening", start, start + timedelta(hours=1))
    store.close()
    checkin = ("checkin", "--session", "Opening", "--query", "Rakib", "--status")
    assert run("--db", laptop["db"], *checkin, "present").code == 0
    run("--db", laptop["db"], "export", "--out", tmp_path / "a.wltx")
    other = str(tmp_path / "other.sqlite")
    run("--db", other, "import", tmp_path / "a.wltx", "--key", laptop["key"])
    assert run("--db", other, *checkin, "late").code == 0
    run("--db", other, "export", "--out", tmp_path / "b.wltx")
    organizer = str(tmp_path / "organizer.sqlite")
    run("--db", organizer, "import", tmp_path / "a.wltx", "--key", laptop["key"])
    for db in (laptop["db"], organizer):
        assert run("--db", db, "import", tmp_path / "b.wltx").code == 0
        listed = run("--db", db, "conflicts", "--json").json()
        assert [c for c in listed if c["entity"] == "attendance"] == []
        assert "no conflicts to review" in run("--db", db, "conflicts").out
        state = open_store(db, backups=False)
        with state.read() as session:
            rows = session.execute(select(Attendance.status)).scalars().all()
        state.close()
        assert rows == ["late"]


def test_picking_the_other_check_in_when_one_laptop_undid_it(run, laptop, tmp_path):
    """A checked Rakib in and B imported it; then A took it back while B changed it
    to late, each unaware of the other: one conflict, and picking A's "undone"
    works although B's write left some fields of the check-in alone (it failed on a
    NOT NULL ``deleted`` once)."""
    store = open_store(laptop["db"], backups=False)
    start = datetime(2026, 3, 14, 9, 0)
    agenda.add_session(store, laptop["event_id"], "Opening", start, start + timedelta(hours=1))
    store.close()
    checkin = ("checkin", "--session", "Opening", "--query", "Rakib", "--status")
    assert run("--db", laptop["db"], *checkin, "present").code == 0
    run("--db", laptop["db"], "export", "--out", tmp_path / "a.wltx")
    other = str(tmp_path / "other.sqlite")
    run("--db", other, "import", tmp_path / "a.wltx", "--key", laptop["key"])
    assert run("--db", laptop["db"], "checkin", "--undo").code == 0
    assert run("--db", other, *checkin, "late").code == 0
    run("--db", other, "export", "--out", tmp_path / "b.wltx")
    run("--db", laptop["db"], "import", tmp_path / "b.wltx")
    [check_in] = [
        c
        for c in run("--db", laptop["db"], "conflicts", "--json").json()
        if c["entity"] == "attendance"
    ]
    assert [v["value"] for v in check_in["versions"]] == ["late", "undone"]
    late, undone = check_in["versions"]
    for version in (late, undone):  # both laptops had seen A's check-in
        assert (version["seen"]["kind"], version["seen"]["value"]) == ("value", "present")
    assert late["with"]["deleted"] is False
    done = run("--db", laptop["db"], "conflicts", "--resolve", "1", "--use", "2")
    assert done.code == 0, done.err
    store = open_store(laptop["db"], backups=False)
    with store.read() as db:
        row = db.get(Attendance, check_in["row_id"])
        assert row.deleted is True
    store.close()
    assert not [
        c
        for c in run("--db", laptop["db"], "conflicts", "--json").json()
        if c["entity"] == "attendance"
    ]


def test_publish_csv_and_wikitext(run, laptop, tmp_path):
    store = open_store(laptop["db"], backups=False)
    people.add_person(store, laptop["event_id"], display_name="=1+2", affiliation="@SUM(A1)")
    store.close()
    out = tmp_path / "people.csv"
    assert run("--db", laptop["db"], "publish", "csv", "--out", out).code == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["display_name"] for r in rows} == {"Rakib Hasan", "Hidden Person", "'=1+2"}
    assert "email" not in rows[0]
    # a name typed as a formula stays text in Excel and LibreOffice
    assert next(r for r in rows if r["display_name"].endswith("1+2"))["affiliation"] == "'@SUM(A1)"
    wiki = tmp_path / "participants.wiki"
    done = run("--db", laptop["db"], "publish", "wikitext", "--out", wiki)
    assert done.code == 0 and "1 person who agreed" in done.out
    text = wiki.read_text(encoding="utf-8")
    assert "[[User:Rakib Hasan|<nowiki>Rakib Hasan</nowiki>]]" in text
    assert "<nowiki>Rakib Hasan (রাকিব হাসান)</nowiki>" in text
    assert "Hidden Person" not in text
    missing = run("--db", laptop["db"], "publish", "csv", "--out", tmp_path / "no" / "x.csv")
    assert missing.code == 1 and "does not exist" in missing.error_line


#: How MediaWiki finds a <nowiki> span: the first closing tag, in any case, with
#: blanks before the ">".
NOWIKI = re.compile(r"<nowiki>(.*?)</nowiki\s*>", re.IGNORECASE | re.DOTALL)
#: A user link whose text is one <nowiki> span (replaced by "\0" in wiki_rows).
USER_LINK = re.compile(r"\[\[User:[^\[\]{}<>|~&%#\0]+\|\0\]\]")


def wiki_rows(text: str) -> list[tuple[list[str], list[str]]]:
    """The table's rows as a wiki reads them: each row's cells with every <nowiki>
    span replaced by "\0", and what the spans show, in order."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("| "):
            continue
        shown: list[str] = []

        def keep(span: re.Match[str], shown: list[str] = shown) -> str:
            shown.append(html.unescape(span.group(1)))
            return "\0"

        outside = NOWIKI.sub(keep, line[2:])
        rows.append(([cell.strip() for cell in outside.split("||")], shown))
    return rows


HOSTILE = [
    {
        "display_name": "</now</nowiki>iki>[[Category:Spam]]{{Delete}}",
        "region": "Dhaka</nowiki >[[Category:Spam3]]",
        "affiliation": "A || B <nowiki>{{Delete}}</nowiki> &lt;b&gt;",
        "wiki_username": "Eve</nowiki>[[Category:Spam4]]",
    },
    {
        "display_name": "Eve</NOWIKI>[[Category:Spam2]]",
        "local_name": "ইভ</nowiki\t>{{Delete}}",
        "region": "North\n|-\n| {{Delete}}",
        "affiliation": "-{ zh }- ~~~~",
        "wiki_username": "Mallory]]{{Delete}}[[User:X",
    },
    {"display_name": "Trudy", "wiki_username": "~~~~"},
    {"display_name": "Walter", "wiki_username": "User:Walter&amp;Co"},
]


def test_wikitext_keeps_every_hostile_name_inside_its_nowiki(run, laptop, tmp_path):
    store = open_store(laptop["db"], backups=False)
    for fields in HOSTILE:
        people.add_person(store, laptop["event_id"], list_consent=True, **fields)
    store.close()
    wiki = tmp_path / "participants.wiki"
    assert run("--db", laptop["db"], "publish", "wikitext", "--out", wiki).code == 0
    text = wiki.read_text(encoding="utf-8")
    rows = wiki_rows(text)
    assert len(rows) == len(HOSTILE) + 1  # and Rakib Hasan
    for cells, shown in rows:
        number, *texts = cells
        assert number.isdigit() and len(texts) == 4, cells
        for cell in texts:  # one span and nothing else, or a user link around one
            assert cell in ("", "\0") or USER_LINK.fullmatch(cell), cells
        assert len(shown) == sum(cell.count("\0") for cell in texts)
    # nothing outside the spans: no category, template or stray tag reaches the page
    outside = NOWIKI.sub("", text)
    for markup in ("Category", "{{Delete", "nowiki", "~~~"):
        assert markup.lower() not in outside.lower()
    # and each text shows as typed (control characters as spaces)
    seen = {text for _cells, shown in rows for text in shown}
    expected = {
        "</now</nowiki>iki>[[Category:Spam]]{{Delete}}",
        "Dhaka</nowiki >[[Category:Spam3]]",
        "A || B <nowiki>{{Delete}}</nowiki> &lt;b&gt;",
        "Eve</nowiki>[[Category:Spam4]]",
        "Eve</NOWIKI>[[Category:Spam2]] (ইভ</nowiki >{{Delete}})",
        "North |- | {{Delete}}",
        "-{ zh }- ~~~~",
        "Mallory]]{{Delete}}[[User:X",
        "~~~~",
        "Walter&amp;Co",
    }
    assert expected <= seen


def test_wikitext_shows_ordinary_names_as_typed(run, laptop, tmp_path):
    store = open_store(laptop["db"], backups=False)
    people.add_person(
        store,
        laptop["event_id"],
        display_name="Seán O'Brien",
        wiki_username="Seán O'Brien",
        region="Barishal & Khulna",
        affiliation="Tom & Jerry's Café",
        list_consent=True,
    )
    people.add_person(
        store,
        laptop["event_id"],
        display_name="Nusrat Jahan",
        local_name="নুসরাত জাহান",
        wiki_username="User:নুসরাত_জাহান",
        region="সিলেট",
        list_consent=True,
    )
    store.close()
    wiki = tmp_path / "participants.wiki"
    assert run("--db", laptop["db"], "publish", "wikitext", "--out", wiki).code == 0
    text = wiki.read_text(encoding="utf-8")
    assert (
        "| 3 || <nowiki>Seán O'Brien</nowiki> || "
        "[[User:Seán O'Brien|<nowiki>Seán O'Brien</nowiki>]] || "
        "<nowiki>Barishal &amp; Khulna</nowiki> || <nowiki>Tom &amp; Jerry's Café</nowiki>"
    ) in text
    assert (
        "| 1 || <nowiki>Nusrat Jahan (নুসরাত জাহান)</nowiki> || "
        "[[User:নুসরাত জাহান|<nowiki>নুসরাত জাহান</nowiki>]] || <nowiki>সিলেট</nowiki> || "
    ) in text
    seen = {text for _cells, shown in wiki_rows(text) for text in shown}
    assert {"Seán O'Brien", "Barishal & Khulna", "Tom & Jerry's Café"} <= seen


def test_event_key_prints_a_qr_code_and_saves_one(run, laptop, tmp_path):
    shown = run("--db", laptop["db"], "event", "key")
    assert shown.code == 0 and "█" in shown.out
    payload = shown.out.strip().splitlines()[-1]
    assert eventkey.parse_key(payload)[0] == laptop["event_id"]
    png = tmp_path / "key.png"
    assert run("--db", laptop["db"], "event", "key", "--qr", png).code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    # the key from the QR code lets a new laptop check the package it was given
    package = tmp_path / "p.wltx"
    run("--db", laptop["db"], "export", "--out", package)
    wrong = run("--db", tmp_path / "n.sqlite", "import", package, "--key", "f" * 64)
    assert wrong.code == 1 and "wrong event key" in wrong.error_line
    right = run("--db", tmp_path / "n.sqlite", "import", package, "--key", payload, "--json")
    assert right.json()["new_people"] == 2
    assert Path(png).stat().st_size > 100


def test_a_target_that_is_not_there_is_refused_and_made_only_on_request(run, laptop, tmp_path):
    """Issue #16: ``--set-target`` took a folder that did not exist."""
    stick = tmp_path / "usb" / "wlt"
    refused = run("--db", laptop["db"], "sync", "--set-target", stick)
    assert refused.error_line == (
        f"wltdesk: The folder {stick} does not exist. Plug in the USB stick, or give "
        "--create-folder to make it."
    )
    assert not stick.exists()
    assert run("--db", laptop["db"], "sync", "--status").out.startswith("Sync: not set up")
    bad = run("--db", laptop["db"], "sync", "--set-target", "ftp://cloud.example.org/wlt")
    assert "is not a WebDAV address: it must start with https://" in bad.error_line
    made = run("--db", laptop["db"], "sync", "--set-target", stick, "--create-folder")
    assert made.code == 0 and stick.is_dir()
    assert made.out.startswith(f"sync target: {stick} (") and "not yet sent" in made.out


def test_status_and_history_say_what_was_sent_in_venue_time(run, laptop, tmp_path, clock):
    share = tmp_path / "share"
    share.mkdir()
    run("--db", laptop["db"], "sync", "--set-target", share)
    waiting = run("--db", laptop["db"], "sync", "--status", "--json").json()["waiting"]
    assert run("--db", laptop["db"], "sync", "--json").json()["sent"] == waiting
    status = run("--db", laptop["db"], "sync", "--status")
    first, row = status.out.splitlines()[:2]
    assert first == f"Synced just now — everything sent ({share})"
    # CLOCK_DEFAULT is 09:30 UTC; the event is in UTC (no zone given)
    assert row.split("  ")[0] == "31 Dec 2026, 09:30"
    assert f"sent {waiting}" in row


def test_a_webdav_password_is_prompted_and_kept_in_the_keychain(
    run, laptop, dav, memory_keychain, monkeypatch
):
    address = dav["url"].replace("alice:s3cret@", "alice@")
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "s3cret")
    set_up = run("--db", laptop["db"], "sync", "--set-target", address, "--password-prompt")
    assert set_up.code == 0, set_up.err
    assert set_up.out.splitlines()[1] == "the password is saved in this computer's keychain"
    assert asked == [f"Password for {address.split('//')[1].split('/')[0]}: "]
    keychain.forget_session()  # the next command is a new process
    synced = run("--db", laptop["db"], "sync", "--json")
    assert synced.json()["sent"] > 0
    assert b"s3cret" not in Path(laptop["db"]).read_bytes()


def test_with_no_keychain_the_password_is_asked_for_each_sync(
    run, laptop, dav, no_keychain, monkeypatch
):
    address = dav["url"].replace("alice:s3cret@", "alice@")
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "s3cret")
    set_up = run("--db", laptop["db"], "sync", "--set-target", address, "--password-prompt")
    assert set_up.code == 0
    assert set_up.err == (
        "wltdesk: This computer has no keychain (password store) that WLT Desk can use, so "
        "the password cannot be saved. Give it with --password-prompt or "
        "WLTDESK_WEBDAV_PASSWORD each time you sync.\n"
    )
    keychain.forget_session()
    refused = run("--db", laptop["db"], "sync")
    assert (
        refused.error_line.startswith("wltdesk: The server 127.0.0.1:")
        and "did not accept the user name and password" in refused.error_line
    )
    assert "HTTP 401" in refused.error_line  # the details, for whoever looks into it
    assert run("--db", laptop["db"], "sync", "--password-prompt").code == 0
    keychain.forget_session()
    monkeypatch.setenv(keychain.PASSWORD_ENV, "s3cret")  # what a script does
    assert run("--db", laptop["db"], "sync").code == 0
