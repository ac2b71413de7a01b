"""The event key: a local secret, never a field a bundle can carry, set or replace.

Stores from before (schema 0006, the key an ordinary synced field with its
changes in the log) upgrade without losing the key and with its changes gone;
format 1 bundles still import but the key they carry is never trusted or
applied; a bundle that tries to set the key is refused alone; joining takes
the key from outside (``--key``) or from a passphrase-protected join package,
and a wrong key is one clear line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.util
import json
import os
import secrets
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from bundle_tools import changes_bytes, key_of, manifest_of
from old_stores import database_at
from sqlalchemy import MetaData, Table, create_engine, func, inspect, select, text

from wltdesk import events, people
from wltdesk.errors import UserError
from wltdesk.store import Store, eventkeys, open_store
from wltdesk.store.changes import iter_changes, log_position
from wltdesk.store.database import MIGRATIONS, SCHEMA_HEAD
from wltdesk.store.hlc import Stamp
from wltdesk.store.models import Change, EventKey, Person
from wltdesk.sync import bundle, exchange, merge, sealing

ROOT = Path(__file__).resolve().parent.parent
EVENT = "5f0c2a9e-7d41-4b8a-9c3e-0a1b2c3d4e5f"
OLD_KEY = "9" * 64


@pytest.fixture
def laptop(tmp_path) -> Store:
    opened = open_store(tmp_path / "laptop.sqlite", backups=False)
    event_id = events.create_event(opened, "Keys Training", date(2026, 3, 14), date(2026, 3, 15))
    people.add_person(opened, event_id, display_name="Rakib Hasan", email="rakib@example.org")
    people.add_person(opened, event_id, display_name="নুসরাত জাহান", phone="+8801711000000")
    opened.event_id = event_id  # type: ignore[attr-defined]
    opened.key = key_of(opened, event_id)  # type: ignore[attr-defined]
    yield opened
    opened.close()


def log_fields(store: Store, entity: str) -> set[str]:
    with store.read() as db:
        return set(db.scalars(select(Change.field).where(Change.entity == entity)))


def log_size(store: Store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()


def store_bytes(store: Store) -> bytes | None:
    """The SQLite file and its WAL, byte for byte (None for PostgreSQL)."""
    if store.path is None:
        return None
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


# ----------------------------------------------------------------- the key is local
def test_a_new_event_has_one_current_key_that_is_in_no_change(laptop):
    with laptop.read() as db:
        keys = list(db.scalars(select(EventKey).where(EventKey.event_id == laptop.event_id)))
    assert len(keys) == 1 and keys[0].is_current
    assert keys[0].key_id == eventkeys.key_id(keys[0].secret) and len(keys[0].key_id) == 16
    with laptop.read() as db:
        values = "\n".join(db.scalars(select(Change.value)))
    assert laptop.key not in values
    assert "signing_key" not in log_fields(laptop, "events")


def test_a_newer_key_becomes_current_and_the_old_one_stays(laptop):
    """The table fits a later `event rekey`: one current key, older ones kept."""
    with laptop.write() as writer:
        eventkeys.add_key(writer.db, laptop.event_id, "a" * 64)
    with laptop.read() as db:
        assert eventkeys.current_key(db, laptop.event_id).secret == "a" * 64
        old = eventkeys.find_key(db, laptop.event_id, eventkeys.key_id(laptop.key))
        assert old is not None and not old.is_current


def test_the_migration_computes_key_ids_as_the_application_does():
    spec = importlib.util.spec_from_file_location(
        "migration_0007", MIGRATIONS / "versions" / "0007_event_keys.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for secret in (OLD_KEY, secrets.token_hex(32), "not hex at all, but a key"):
        assert module._key_id(secret) == eventkeys.key_id(secret)


# ----------------------------------------------------------------- migration 0007
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_at_0006(request, tmp_path):
    """The URL of a store made by the version before this one: schema 0006, an
    event whose key is the synced field ``events.signing_key`` (replaced once,
    so two of its changes are in the log), a laptop and a person."""
    return database_at(request, tmp_path, "0006", _old_rows)


def _old_rows(connection) -> None:
    device = "0ldlaptop0000000"
    stamp = iter(str(Stamp(1_773_000_000_000 + n, 0, device)) for n in range(100))
    person, device_row = (
        "7a1d6a0e-1b2c-4d3e-8f40-5a6b7c8d9e0f",
        "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    )
    rows = {
        "events": {
            "id": EVENT,
            "name": "Old Training",
            "start_date": date(2026, 3, 14),
            "end_date": date(2026, 3, 15),
            "timezone": "UTC",
            "signing_key": OLD_KEY,
            "late_grace_minutes": 10,
        },
        "devices": {"id": device_row, "event_id": EVENT, "device": device, "name": "old laptop"},
        "people": {
            "id": person,
            "event_id": EVENT,
            "display_name": "Rakib Hasan",
            "role": "participant",
            "badge_code": "RAKIB1",
            "extra": {},
        },
    }
    for name, values in rows.items():
        values = {**values, "hlc": next(stamp), "deleted": False}
        table = Table(name, MetaData(), autoload_with=connection)
        connection.execute(table.insert().values(values))
        for field, value in values.items():
            if field in ("id", "event_id", "hlc"):
                continue
            logged = value.isoformat() if isinstance(value, date) else value
            _log(connection, name, values["id"], field, logged, next(stamp), device)
    # the key it had before it was replaced: also in the log, also a secret
    earlier = str(Stamp(1_772_999_999_999, 0, device))
    _log(connection, "events", EVENT, "signing_key", "8" * 64, earlier, device)


def _log(connection, entity: str, row: str, name: str, value: Any, stamp: str, device: str):
    connection.execute(
        text(
            "INSERT INTO changes (event_id, entity, row_id, field, value, hlc, device_id)"
            " VALUES (:event, :entity, :row, :field, :value, :hlc, :device)"
        ),
        {
            "event": EVENT,
            "entity": entity,
            "row": row,
            "field": name,
            "value": json.dumps(value, ensure_ascii=False),
            "hlc": stamp,
            "device": device,
        },
    )


def test_a_0006_store_upgrades_keeping_the_key_and_dropping_its_changes(store_at_0006, tmp_path):
    engine = create_engine(store_at_0006)
    try:
        with engine.connect() as connection:
            before = connection.execute(text("SELECT count(*) FROM changes")).scalar_one()
            secrets_logged = connection.execute(
                text("SELECT count(*) FROM changes WHERE field = 'signing_key'")
            ).scalar_one()
        assert secrets_logged == 2
    finally:
        engine.dispose()
    store = open_store(store_at_0006, backups=False)
    try:
        with store.read() as db:
            version = db.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            [kept] = db.scalars(select(EventKey)).all()
            columns = {c["name"] for c in inspect(db.connection()).get_columns("events")}
            assert db.get(Person, "7a1d6a0e-1b2c-4d3e-8f40-5a6b7c8d9e0f").display_name == (
                "Rakib Hasan"
            )
            if store.is_sqlite:  # the table copy left every reference to events whole
                assert db.execute(text("PRAGMA foreign_key_check")).all() == []
        assert version == SCHEMA_HEAD
        assert (kept.event_id, kept.secret, kept.is_current) == (EVENT, OLD_KEY, True)
        assert kept.key_id == eventkeys.key_id(OLD_KEY)
        assert "signing_key" not in columns
        assert "signing_key" not in log_fields(store, "events")
        assert log_size(store) == before - secrets_logged
        # the event keeps working: a laptop with the old key opens its bundles
        package = bundle.export_bundle(store, EVENT, tmp_path / "p.wltx")
        assert OLD_KEY.encode() not in package.path.read_bytes()
    finally:
        store.close()
    joined = open_store(tmp_path / "co.sqlite", backups=False)
    try:
        assert merge.import_bundles(joined, [package.path], given_key=OLD_KEY).new_people == 1
    finally:
        joined.close()


# ----------------------------------------------------------------- format 1 bundles
def v1_bundle(
    path: Path,
    source: Store,
    event_id: str,
    key: str,
    *,
    carried_key: str | None = None,
    passphrase: str | None = None,
    after_seq: int = 0,
) -> Path:
    """A bundle as WLT Desk wrote it before format 2: the event name in the
    manifest, the manifest signed with the key's own bytes, the changes in
    clear (or sealed under scrypt's output) and the event key among them as a
    change of ``events`` / ``signing_key`` (``carried_key``). Laptops had no keys of
    their own then: the fields that register one are not in it."""
    with source.read() as db:
        upto = log_position(db)
        changes = [
            c
            for c in iter_changes(db, event_id, after_seq, upto)
            if (c["entity"], c["field"]) not in (("devices", "public_key"), ("devices", "revoked"))
        ]
        name = events.get_event(source, event_id).name
    lines = [
        {
            "entity": c["entity"],
            "row": c["row_id"],
            "field": c["field"],
            "hlc": c["hlc"],
            "device": c["device_id"],
            "value": json.loads(c["value"]),
        }
        for c in changes
    ]
    if carried_key is not None:
        last = max(line["hlc"] for line in lines)
        stamp = Stamp.parse(last)
        lines.append(
            {
                "entity": "events",
                "row": event_id,
                "field": "signing_key",
                "hlc": str(Stamp(stamp.millis + 1, 0, stamp.device)),
                "device": stamp.device,
                "value": carried_key,
            }
        )
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
    encryption = None
    member, data = bundle.CHANGES, body
    if passphrase:
        salt, prefix = os.urandom(16), os.urandom(8)
        aes = sealing.passphrase_secret(passphrase, salt, 1 << 14, 8, 1)
        member, data = bundle.CHANGES_ENCRYPTED, sealing.seal(body, aes, prefix)
        encryption = {
            "cipher": "AES-256-GCM",
            "kdf": "scrypt",
            "salt": base64.b64encode(salt).decode(),
            "n": 1 << 14,
            "r": 8,
            "p": 1,
            "nonce_prefix": base64.b64encode(prefix).decode(),
            "chunk_bytes": sealing.CHUNK_BYTES,
        }
    by_entity: dict[str, int] = {}
    for line in lines:
        by_entity[line["entity"]] = by_entity.get(line["entity"], 0) + 1
    stamps = [line["hlc"] for line in lines]
    manifest = {
        "format": "wltdesk-bundle",
        "version": 1,
        "kind": "full" if after_seq == 0 else "incremental",
        "event": {"id": event_id, "name": name},
        "device": source.device_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "hlc": {"min": min(stamps), "max": max(stamps)},
        "counts": {"changes": len(lines), "by_entity": dict(sorted(by_entity.items()))},
        "redacted": False,
        "private_notes": False,
        "encryption": encryption,
        "members": {member: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}},
    }
    raw = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(bundle.MANIFEST, raw)
        archive.writestr(bundle.SIGNATURE, hmac.new(key.encode(), raw, "sha256").hexdigest())
        archive.writestr(member, data)
    return path


def test_a_format_1_package_imports_with_the_key_and_its_key_line_is_never_applied(
    laptop, store, tmp_path
):
    """Its key line is counted (the manifest counts it) and dropped: the store
    keeps the key given from outside, and the secret never enters the log."""
    forged_key = "f" * 64
    old = v1_bundle(
        tmp_path / "old.wltx", laptop, laptop.event_id, laptop.key, carried_key=forged_key
    )
    with pytest.raises(UserError, match=r"does not have the event \w+ yet: give its event key"):
        merge.import_bundles(store, [old])  # the key inside is never trusted
    summary = merge.import_bundles(store, [old], given_key=laptop.key)
    assert summary.joined == (laptop.event_id,) and summary.new_people == 2
    assert key_of(store, laptop.event_id) == laptop.key
    assert "signing_key" not in log_fields(store, "events")
    with store.read() as db:
        assert not db.execute(select(Change).where(Change.value.contains(forged_key))).first()
    # and the store that joined so reads the laptop's format 2 bundles with its key
    people.add_person(laptop, laptop.event_id, display_name="Walk-in")
    later = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "new.wltx", after_seq=0)
    assert merge.import_bundles(store, [later.path]).new_people == 1


def test_a_format_1_bundle_with_a_passphrase_and_an_incremental_one_still_import(
    laptop, store, tmp_path
):
    locked = v1_bundle(
        tmp_path / "locked.wltx",
        laptop,
        laptop.event_id,
        laptop.key,
        carried_key=laptop.key,
        passphrase="monsoon",
    )
    with pytest.raises(UserError, match="wrong passphrase"):
        merge.import_bundles(store, [locked], passphrase="summer", given_key=laptop.key)
    merge.import_bundles(store, [locked], passphrase="monsoon", given_key=laptop.key)
    with laptop.read() as db:
        mark = log_position(db)
    people.add_person(laptop, laptop.event_id, display_name="Second day")
    later = v1_bundle(tmp_path / "later.wltx", laptop, laptop.event_id, laptop.key, after_seq=mark)
    assert manifest_of(later)["kind"] == "incremental"
    assert merge.import_bundles(store, [later]).new_people == 1  # with the store's own key
    tampered = v1_bundle(tmp_path / "bad.wltx", laptop, laptop.event_id, "0" * 64, after_seq=mark)
    with pytest.raises(UserError, match="bad signature"):
        merge.import_bundles(store, [tampered])


# ----------------------------------------------------------------- no bundle sets the key
def _key_setting_bundle(laptop: Store, path: Path, key: str) -> Path:
    """A format 2 bundle from someone who has the event key (sealed and signed as
    the team's), whose changes also try to set the key: a person added, then
    ``events`` / ``signing_key``."""
    stamp = Stamp.parse(laptop.clock.now())
    person = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901"
    device = "insider000000000"

    def line(entity: str, row: str, name: str, value: Any, tick: int) -> dict[str, Any]:
        return {
            "entity": entity,
            "row_id": row,
            "field": name,
            "value": json.dumps(value),
            "hlc": str(Stamp(stamp.millis + tick, 0, device)),
            "device_id": device,
        }

    changes = [
        line("people", person, "display_name", "Smuggled In", 1),
        line("people", person, "role", "participant", 1),
        line("people", person, "badge_code", "SMUG01", 1),
        line("people", person, "deleted", False, 1),
        line("events", laptop.event_id, "signing_key", "e" * 64, 2),
    ]
    return bundle.write_bundle(
        path, changes, event_id=laptop.event_id, device=device, key=key, kind="incremental"
    ).path


def test_a_bundle_that_sets_the_key_is_refused_naming_the_line(laptop, store, tmp_path):
    package = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "p.wltx").path
    merge.import_bundles(store, [package], given_key=laptop.key)
    forged = _key_setting_bundle(laptop, tmp_path / "forged.wltx", laptop.key)
    before_bytes, before = store_bytes(store), log_size(store)
    with pytest.raises(UserError) as refused:
        merge.import_bundles(store, [forged])
    assert str(refused.value) == (
        "forged.wltx: malformed change on line 5 (events has no field 'signing_key'); "
        "nothing was imported"
    )
    assert log_size(store) == before and key_of(store, laptop.event_id) == laptop.key
    if before_bytes is not None:
        assert store_bytes(store) == before_bytes


def test_a_bundle_that_sets_the_key_is_refused_alone_in_a_sync(laptop, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    organizer = open_store(tmp_path / "organizer.sqlite", backups=False)
    try:
        package = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "p.wltx").path
        merge.import_bundles(organizer, [package], given_key=laptop.key)
        people.add_person(laptop, laptop.event_id, display_name="Honest Addition")
        exchange.sync(laptop, laptop.event_id, str(share))
        planted = share / laptop.event_id / "insider000000000" / "0000000001.wltx"
        planted.parent.mkdir()
        _key_setting_bundle(laptop, planted, laptop.key)
        result = exchange.sync(organizer, laptop.event_id, str(share))
        assert result.received_bundles == 1 and result.summary.new_people == 1
        [refused] = result.refused
        assert refused.startswith("insider000000000/0000000001.wltx: ")
        assert "line 5 (events has no field 'signing_key')" in refused
        assert "signing_key" in exchange.history(organizer, laptop.event_id)[0].message
        names = {p.display_name for p in people.list_people(organizer, laptop.event_id)}
        assert "Honest Addition" in names and "Smuggled In" not in names
        assert key_of(organizer, laptop.event_id) == laptop.key
    finally:
        organizer.close()


# ----------------------------------------------------------------- joining
def test_a_full_bundle_carries_no_key_and_a_join_package_carries_it_sealed(laptop, tmp_path):
    plain = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx")
    joining = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "join.wltx", passphrase="pw")
    redacted = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "out.wltx", redact=True, passphrase="pw"
    )
    assert (plain.carries_key, joining.carries_key, redacted.carries_key) == (False, True, False)
    for info in (plain, joining, redacted):
        with zipfile.ZipFile(info.path) as archive:
            names = set(archive.namelist())
            everything = b"".join(archive.read(name) for name in names)
        assert (bundle.EVENT_KEY in names) is info.carries_key
        assert laptop.key.encode() not in everything
        assert bytes.fromhex(laptop.key) not in everything
    # incremental bundles never carry it, passphrase or not
    later = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "later.wltx", after_seq=1, passphrase="pw"
    )
    assert not later.carries_key


def test_a_join_package_joins_with_its_passphrase_alone(laptop, store, tmp_path):
    path = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "j.wltx", passphrase="pw").path
    with pytest.raises(UserError, match="encrypted: give its passphrase"):
        merge.import_bundles(store, [path])
    with pytest.raises(UserError, match="wrong passphrase"):
        merge.import_bundles(store, [path], passphrase="wrong")
    assert log_size(store) == 0 and key_of(store, laptop.event_id) is None
    summary = merge.import_bundles(store, [path], passphrase="pw")
    assert summary.joined == (laptop.event_id,) and summary.new_people == 2
    assert key_of(store, laptop.event_id) == laptop.key
    # the key it learnt opens the laptop's ordinary bundles from then on
    people.add_person(laptop, laptop.event_id, display_name="Later")
    later = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "l.wltx", after_seq=1)
    assert merge.import_bundles(store, [later.path]).new_people == 1


def test_a_join_package_whose_sealed_key_was_swapped_is_refused(laptop, store, tmp_path):
    """A forger who knows the passphrase of one package cannot graft its sealed
    key onto another event's bundle: the sealed key names its event and key id."""
    mine = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "a.wltx", passphrase="pw")
    other_store = open_store(tmp_path / "other.sqlite", backups=False)
    other = events.create_event(other_store, "Other", date(2026, 5, 1), date(2026, 5, 2))
    theirs = bundle.export_bundle(other_store, other, tmp_path / "b.wltx", passphrase="pw")
    other_store.close()
    with zipfile.ZipFile(theirs.path) as archive:
        foreign_key = archive.read(bundle.EVENT_KEY)
    swapped = tmp_path / "swapped.wltx"
    with zipfile.ZipFile(mine.path) as source, zipfile.ZipFile(swapped, "w") as out:
        for name in source.namelist():
            data = foreign_key if name == bundle.EVENT_KEY else source.read(name)
            out.writestr(name, data)
    with pytest.raises(UserError, match=r"swapped\.wltx: (wrong passphrase|damaged)"):
        merge.import_bundles(store, [swapped], passphrase="pw")
    assert log_size(store) == 0


def test_the_manifest_in_clear_names_no_event_and_no_person(laptop, tmp_path):
    info = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx")
    manifest = manifest_of(info.path)
    assert set(manifest["event"]) == {"id"}
    raw = json.dumps(manifest, ensure_ascii=False)
    for secret in ("Keys Training", "Rakib", "নুসরাত", "rakib@example.org", laptop.key):
        assert secret not in raw
    assert manifest["key_id"] == eventkeys.key_id(laptop.key)
    assert manifest["encryption"]["key"] == "event"
    # and the redacted bundle, meant to be read without the key, is JSON in clear
    redacted = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "r.wltx", redact=True)
    text_lines = changes_bytes(redacted.path, "no key needed").decode().splitlines()
    assert any("Rakib Hasan" in line for line in text_lines)
    assert not any("rakib@example.org" in line or "+88017" in line for line in text_lines)


# ----------------------------------------------------------------- the command line
def wltdesk(tmp_path: Path, *argv: Any, **env: str) -> subprocess.CompletedProcess[str]:
    """``wltdesk`` as a real process, as an organizer runs it."""
    return subprocess.run(
        [sys.executable, "-m", "wltdesk", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=300,
    )


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 1, (done.returncode, done.stderr)
    assert lines[0].startswith("wltdesk: ") and "Traceback" not in done.stderr
    return lines[0]


def test_joining_on_the_command_line_with_the_key_and_with_a_join_package(laptop, tmp_path):
    db, event_id = str(laptop.path), laptop.event_id
    laptop.close()
    shown = wltdesk(tmp_path, "--db", db, "event", "key", "--json")
    qr_text = json.loads(shown.stdout)["qr_text"]
    assert qr_text == f"wltdesk-key:1:{event_id}:{laptop.key}"
    package = tmp_path / "package.wltx"
    assert wltdesk(tmp_path, "--db", db, "export", "--full", "--out", package).returncode == 0
    newcomer = tmp_path / "newcomer.sqlite"
    no_key = one_error_line(wltdesk(tmp_path, "--db", newcomer, "import", package))
    assert no_key == (
        f"wltdesk: package.wltx: this laptop does not have the event {event_id[:8]} yet: give "
        "its event key to join it (the text of the event key QR code, e.g. wltdesk import "
        "--key); nothing was imported"
    )
    wrong_key = eventkeys.new_secret()
    wrong = one_error_line(
        wltdesk(tmp_path, "--db", newcomer, "import", package, "--key", wrong_key)
    )
    assert wrong == (
        f"wltdesk: package.wltx: wrong event key (the bundle is locked with key "
        f"{eventkeys.key_id(laptop.key)}; the key given is key {eventkeys.key_id(wrong_key)}); "
        "nothing was imported"
    )
    assert not newcomer.exists() or _log_of(newcomer) == 0
    joined = wltdesk(tmp_path, "--db", newcomer, "import", package, "--key", qr_text, "--json")
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["joined"] == [event_id]
    # the passphrase route: a join package, and a laptop that has only the passphrase
    made = wltdesk(
        tmp_path,
        "--db", db, "export", "--full", "--out", tmp_path / "join.wltx",
        "--passphrase-env", "WLT_PASS",
        WLT_PASS="rickshaw at dawn",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "carries the event key" in made.stdout
    other = tmp_path / "other.sqlite"
    without = one_error_line(wltdesk(tmp_path, "--db", other, "import", tmp_path / "join.wltx"))
    assert "encrypted: give its passphrase" in without
    done = wltdesk(
        tmp_path,
        "--db", other, "import", tmp_path / "join.wltx", "--passphrase-env", "WLT_PASS", "--json",
        WLT_PASS="rickshaw at dawn",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new_people"] == 2
    again = wltdesk(tmp_path, "--db", other, "event", "key", "--json")
    assert json.loads(again.stdout)["key"] == laptop.key


def _log_of(path: Path) -> int:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("changes"):
                return 0
            return connection.execute(text("SELECT count(*) FROM changes")).scalar_one()
    finally:
        engine.dispose()
