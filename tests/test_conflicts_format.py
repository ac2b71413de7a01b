"""The causal context in the change log and in bundles (issue #21): what a change
had seen travels with it (``seen``), signed and checked like every other part of a
line; bundles and stores from before it still work, read as they were.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from bundle_tools import key_of, lines
from laptops import make_team, new_store, tables
from old_stores import database_at
from sqlalchemy import MetaData, Table, create_engine, select, text

from wltdesk import people
from wltdesk.errors import UserError
from wltdesk.store import open_store
from wltdesk.store.changes import iter_changes
from wltdesk.store.database import SCHEMA_HEAD
from wltdesk.store.models import Change, Device, Event, EventKey, EventSession, Person
from wltdesk.sync import bundle, conflicts, merge


@pytest.fixture
def team(tmp_path):
    found = make_team(tmp_path, ("A", "B"))
    yield found
    found.close()


def _region_lines(path: Path, key: str, person: str) -> list[dict]:
    return [
        line for line in lines(path, key) if line["row"] == person and line["field"] == "region"
    ]


def test_a_bundle_carries_what_each_change_had_seen(team, tmp_path):
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    written = bundle.export_bundle(team["A"], team.event_id, tmp_path / "a.wltx").path
    first, second = sorted(_region_lines(written, team.key, person), key=lambda x: x["hlc"])
    assert first["value"] == "Dhaka" and first["seen"] == []  # a first write
    assert second["value"] == "Khulna" and second["seen"] == [first["hlc"]]
    merge.import_bundles(team["B"], [written])
    people.update_person(team["B"], person, region="Rajshahi")
    later = bundle.export_bundle(team["B"], team.event_id, tmp_path / "b.wltx").path
    [third] = [x for x in _region_lines(later, team.key, person) if x["value"] == "Rajshahi"]
    assert third["seen"] == [second["hlc"]]  # A's stamp: the value B replaced


def _without_seen(store, event_id: str) -> list[dict]:
    """The laptop's log as a writer from before contexts would have sent it."""
    with store.read() as db:
        return [{**change, "seen": None} for change in iter_changes(db, event_id)]


def test_a_bundle_without_contexts_still_imports_and_is_read_as_before(team, tmp_path):
    """An older laptop's bundle has no ``seen``: its correction of another laptop's
    value cannot be told from a rival edit, so it is listed as before (what it had
    seen: not recorded); a change written after seeing both settles it."""
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    team.sync("A")
    team.sync("B")
    people.update_person(team["B"], person, region="Rajshahi")
    old = tmp_path / "old-laptop.wltx"
    b = team["B"]
    bundle.write_bundle(
        old,
        _without_seen(b, team.event_id),
        event_id=team.event_id,
        device=b.device_id,
        key=team.key,
        kind="full",
        signer=b.identity,
    )
    assert all("seen" not in line for line in lines(old, team.key))
    merge.import_bundles(team["A"], [old])
    [conflict] = conflicts.conflicts(team["A"], team.event_id)
    assert [v.value for v in conflict.versions] == ["Rajshahi", "Khulna"]
    assert conflict.versions[0].seen.kind == "unknown"
    people.update_person(team["A"], person, region="Rajshahi")  # settled, having seen both
    people.update_person(team["A"], person, region="Rangpur")
    assert conflicts.conflicts(team["A"], team.event_id) == []


def _forged(team, tmp_path: Path, seen: str, name: str) -> Path:
    """A bundle of laptop B whose region change claims ``seen`` (JSON text), signed
    as B would sign it: what a team laptop with a fault (or a forger) could send."""
    person = team.people[0]
    b = team["B"]
    people.update_person(b, person, region="Rajshahi")
    with b.read() as db:
        changes = list(iter_changes(db, team.event_id))
    for change in changes:
        if (
            change["row_id"] == person
            and change["field"] == "region"
            and (change["device_id"] == b.device_id)
        ):
            change["seen"] = seen.replace("OWN", change["hlc"])
    path = tmp_path / f"{name}.wltx"
    bundle.write_bundle(
        path,
        changes,
        event_id=team.event_id,
        device=b.device_id,
        key=team.key,
        kind="full",
        signer=b.identity,
    )
    return path


@pytest.mark.parametrize(
    ("seen", "why"),
    [
        ('"019a2b3c4d5e-0000-abc"', "seen must be a list of HLC stamps, not text"),
        ("null", "seen must be a list of HLC stamps, not null"),
        ('["yesterday"]', "seen holds something that is not an HLC stamp"),
        ('["000000000001-0000-abc"]', "seen holds a stamp out of range"),
        ('["OWN"]', "seen holds a stamp not older than the change's own"),
        (
            '["019a2b3c4d5e-0000-abc","019a2b3c4d5f-0000-abc"]',
            "seen holds two stamps of one laptop",
        ),
    ],
    ids=["text", "null", "not-a-stamp", "out-of-range", "from-the-future", "one-laptop-twice"],
)
def test_a_bad_context_is_refused_naming_the_line_and_nothing_is_imported(
    team, tmp_path, seen, why
):
    forged = _forged(team, tmp_path, seen, "forged")
    before = tables(team["A"])
    with pytest.raises(UserError) as refused:
        merge.import_bundles(team["A"], [forged])
    message = str(refused.value)
    assert message.startswith("forged.wltx: line ") and "people.region " + why in message
    assert message.endswith("nothing was imported")
    assert tables(team["A"]) == before


def test_the_context_is_covered_by_the_signature(team, tmp_path):
    """In a redacted bundle the lines are in clear: changing what a line had seen
    breaks the member's checksum, and a manifest changed to match it breaks the
    team's signature."""
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    clear = bundle.export_bundle(team["A"], team.event_id, tmp_path / "clear.wltx", redact=True)
    with zipfile.ZipFile(clear.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    changed = members[bundle.CHANGES].replace(b'"seen":[]', b'"seen":["019a2b3c4d5e-0000-x"]', 1)
    assert changed != members[bundle.CHANGES]

    def rewritten(name: str, manifest: bytes) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            for member, data in {
                **members,
                bundle.CHANGES: changed,
                bundle.MANIFEST: manifest,
            }.items():
                archive.writestr(member, data)
        return path

    with pytest.raises(UserError, match="checksum mismatch"):
        merge.import_bundles(team["B"], [rewritten("checksum.wltx", members[bundle.MANIFEST])])
    manifest = json.loads(members[bundle.MANIFEST])
    manifest["members"][bundle.CHANGES] = {
        "sha256": hashlib.sha256(changed).hexdigest(),
        "size": len(changed),
    }
    resigned = json.dumps(manifest, indent=1).encode()
    with pytest.raises(UserError, match="bad signature"):
        merge.import_bundles(team["B"], [rewritten("manifest.wltx", resigned)])


# ------------------------------------------------------------------ an old store
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_at_0010(request, tmp_path) -> dict:
    """A store as the version before contexts left it (schema 0010): an event whose
    log holds A's "Khulna" and B's correction "Rajshahi", without contexts."""
    made = tmp_path / "made"
    made.mkdir()
    team = make_team(made, ("A", "B"))
    person = team.people[0]
    people.update_person(team["A"], person, region="Khulna")
    team.sync("A")
    team.sync("B")
    people.update_person(team["B"], person, region="Rajshahi")
    team.sync("B")
    team.sync("A")
    source = create_engine(f"sqlite:///{team['A'].path}")
    event_id, key = team.event_id, team.key
    team.close()

    def copy_rows(connection) -> None:
        """The rows as the old version holds them: every column it has, no other."""
        old = MetaData()
        with source.connect() as reading:
            for model in (Event, EventKey, Device, Person, EventSession, Change):
                name = "changes" if model is Change else model.__tablename__
                table = Table(name, old, autoload_with=connection)
                query = select(model.__table__)
                if model is Change:  # in log order; the new store numbers them anew
                    query = select(
                        Change.event_id,
                        Change.entity,
                        Change.row_id,
                        Change.field,
                        Change.value,
                        Change.hlc,
                        Change.device_id,
                    ).order_by(Change.seq, Change.field)
                rows = reading.execute(query).mappings().all()
                kept = [
                    {k: v for k, v in row.items() if k in table.c and k != "seq"} for row in rows
                ]
                connection.execute(table.insert(), kept)

    try:
        url = database_at(request, tmp_path, "0010", copy_rows)
    finally:
        source.dispose()
    return {"url": url, "event_id": event_id, "person": person, "key": key}


def test_an_old_store_upgrades_and_reads_its_log_as_before(store_at_0010, tmp_path):
    """The log's changes have no context after the upgrade: B's correction is listed
    as before; the first change written after the upgrade carries a context that has
    seen both, and settles it — in the store and in any store that imports it."""
    old = open_store(store_at_0010["url"], backups=False)
    event_id, person = store_at_0010["event_id"], store_at_0010["person"]
    try:
        with old.read() as db:
            version = db.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            assert version == SCHEMA_HEAD
            assert set(db.execute(select(Change.seen)).scalars()) == {None}
        [conflict] = conflicts.conflicts(old, event_id)
        assert [v.value for v in conflict.versions] == ["Rajshahi", "Khulna"]
        assert {v.seen.kind for v in conflict.versions} == {"unknown"}
        people.update_person(old, person, region="Barishal")
        assert conflicts.conflicts(old, event_id) == []
        written = bundle.export_bundle(old, event_id, tmp_path / "upgraded.wltx").path
        key = key_of(old, event_id)
    finally:
        old.close()
    region = _region_lines(written, key, person)
    assert [("seen" in line) for line in sorted(region, key=lambda x: x["hlc"])] == [
        False,
        False,
        False,
        True,
    ]
    fresh = new_store(tmp_path / "fresh.sqlite")
    try:
        merge.import_bundles(fresh, [written], given_key=key)
        assert conflicts.conflicts(fresh, event_id) == []
        assert people.get_person(fresh, person).region == "Barishal"
    finally:
        fresh.close()


def test_a_line_with_another_key_than_seen_is_still_refused(team, tmp_path):
    forged = _forged(team, tmp_path, '[],"colour":"red"', "extra")
    with pytest.raises(
        UserError, match=r"extra\.wltx: malformed change on line \d+ \(wrong fields\)"
    ):
        merge.import_bundles(team["A"], [forged])
