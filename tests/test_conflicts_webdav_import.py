"""The organizer's import from the team's WebDAV target, read only (issue #21):
``wltdesk import https://…`` takes every laptop's bundles and writes nothing there.

Two laptops sync with a real WebDAV server (WsgiDAV on 127.0.0.1); the organizer,
on SQLite and on PostgreSQL, imports from the same address. Afterwards every file on
the server is byte for byte what it was, and no file or folder appeared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_result import invoke
from laptops import make_team, tables

from wltdesk import attendance, people
from wltdesk.errors import UserError
from wltdesk.store import open_store
from wltdesk.sync import conflicts, exchange, gather, merge

#: The real WebDAV server's fixtures (``dav_server``, ``dav``).
pytest_plugins = ["webdav_fixtures"]


def bundles_in(files: dict[str, bytes | None]) -> int:
    return sum(1 for name in files if name.endswith(".wltx"))


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder`` (hidden ones too), with its bytes."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture
def synced(tmp_path, dav):
    """Laptops A and B synced through the WebDAV target, with a conflict between them."""
    team = make_team(tmp_path, ("A", "B"))
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    people.update_person(team["B"], person, region="Rajshahi")
    attendance.check_in(team["B"], team.session_id, team.people[1], "present")
    for name in ("A", "B", "A"):
        exchange.sync(team[name], team.event_id, dav["url"])
    yield team
    team.close()


def test_the_organizer_imports_every_laptops_bundles_and_writes_nothing(synced, dav, store):
    before = snapshot(dav["folder"])
    assert bundles_in(before) == 2  # each laptop's full bundle (A had no more to send)
    summary = gather.import_address(store, dav["url"], given_key=synced.key)
    assert summary.joined == (synced.event_id,)
    assert summary.bundles == 2 and summary.refused == ()
    assert summary.check_ins == 1 and summary.new_people == 2
    assert snapshot(dav["folder"]) == before
    # the organizer has what the laptops have: the same rows, the same conflict
    assert tables(store) == tables(synced["A"])
    [conflict] = conflicts.conflicts(store, synced.event_id)
    assert [v.value for v in conflict.versions] == ["Rajshahi", "Khulna"]
    again = gather.import_address(store, dav["url"])  # the key is kept now
    assert again.new_changes == 0
    assert snapshot(dav["folder"]) == before
    [run] = [r for r in exchange.history(store, synced.event_id) if r.kind == "import"][:1]
    assert run.location.endswith(dav["folder"].name) and "s3cret" not in run.location


def test_the_command_line_imports_from_an_https_address_too(synced, dav, tmp_path, capsys):
    """An address is a target to read, not a file that is not there."""
    before = snapshot(dav["folder"])
    db = tmp_path / "organizer.sqlite"
    done = invoke(capsys, ["--db", db, "import", dav["url"], "--key", synced.key])
    assert done.code == 0, done.err
    assert "2 bundles, " in done.out and "1 conflict to review" in done.out
    assert f"joined event {synced.event_id}" in done.out
    assert snapshot(dav["folder"]) == before
    https = invoke(capsys, ["--db", db, "import", "https://127.0.0.1:9/nowhere"])
    assert "no such file" not in https.error_line and "server 127.0.0.1:9" in https.error_line
    mixed = invoke(capsys, ["--db", db, "import", dav["url"], tmp_path])
    assert "give a WebDAV address alone" in mixed.error_line


def test_a_bad_bundle_on_the_target_is_refused_alone_naming_its_place(synced, dav, store):
    event_folder = dav["folder"] / synced.event_id
    planted = event_folder / "0badc0ffee000000" / "0000000001.wltx"
    planted.parent.mkdir()
    planted.write_bytes(b"PK\x03\x04 not a bundle at all")
    before = snapshot(dav["folder"])
    summary = gather.import_address(store, dav["url"], given_key=synced.key)
    assert summary.bundles == 2
    [(_path, reason)] = summary.refused
    place = dav["url"].replace("alice:s3cret@", "alice@")  # named without the password
    assert reason.startswith(f"{place}/{synced.event_id}/0badc0ffee000000/0000000001.wltx: ")
    assert reason.endswith("(incomplete ZIP); nothing was imported")
    assert snapshot(dav["folder"]) == before


def test_an_address_without_bundles_is_one_clear_line(dav, tmp_path):
    organizer = open_store(tmp_path / "organizer.sqlite", backups=False)
    try:
        with pytest.raises(UserError, match=r"no bundles \(\*\.wltx\) there to import"):
            gather.import_address(organizer, dav["url"])
        with pytest.raises(merge.BundlesRefused):
            event = "0b0e5a8c-1111-4222-8333-444455556666"
            laptop = dav["folder"] / event / "laptop1"
            laptop.mkdir(parents=True)
            (laptop / "0000000001.wltx").write_bytes(b"not a bundle")
            gather.import_address(organizer, dav["url"])
    finally:
        organizer.close()
    assert snapshot(dav["folder"]) == {
        "0b0e5a8c-1111-4222-8333-444455556666": None,
        "0b0e5a8c-1111-4222-8333-444455556666/laptop1": None,
        "0b0e5a8c-1111-4222-8333-444455556666/laptop1/0000000001.wltx": b"not a bundle",
    }
