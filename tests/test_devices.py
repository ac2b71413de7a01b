"""Per-device identity: each laptop signs its bundles, registers in the event, owns
its lines, can be revoked; the event key can be changed after a loss.

Laptop A (``Desk A``) makes the event, laptop B (``Hall B``) joins it; the
organizer is the ``store`` fixture (SQLite and PostgreSQL). A forger is anyone
who holds the event key (a lost laptop, until the key is changed) and writes
bundles by hand: :func:`forge` signs with any key pair it makes up.
"""

from __future__ import annotations

import hashlib
import platform
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bundle_tools import key_of, manifest_of
from bundle_tools import lines as bundle_lines
from cli_result import Result, invoke
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from old_stores import database_at
from sqlalchemy import inspect, text

from wltdesk import devices, events, people
from wltdesk.errors import UserError
from wltdesk.store import Store, identity, open_store
from wltdesk.store.changes import encode, log_position
from wltdesk.store.database import SCHEMA_HEAD
from wltdesk.store.hlc import Stamp
from wltdesk.store.identity import Identity, public_key_hex
from wltdesk.store.models import Device
from wltdesk.sync import bundle, eventkey, exchange, merge


@pytest.fixture
def run(capsys):
    def call(*argv: Any) -> Result:
        return invoke(capsys, argv)

    return call


def named(monkeypatch, name: str) -> None:
    """The name the next laptop to register takes (its computer's name)."""
    monkeypatch.setattr(platform, "node", lambda: name)


@dataclass
class Team:
    a: Store
    b: Store
    event_id: str
    key: str
    package: Path
    share: Path


@pytest.fixture
def team(tmp_path, monkeypatch) -> Team:
    named(monkeypatch, "Desk A")
    a = open_store(tmp_path / "a.sqlite", backups=False)
    event_id = events.create_event(a, "Device Training", date(2026, 3, 14), date(2026, 3, 15))
    people.add_person(a, event_id, display_name="Rakib Hasan")
    package = bundle.export_bundle(a, event_id, tmp_path / "package.wltx").path
    key = key_of(a, event_id)
    named(monkeypatch, "Hall B")
    b = open_store(tmp_path / "b.sqlite", backups=False)
    merge.import_bundles(b, [package], given_key=key)
    named(monkeypatch, "Organizer")
    share = tmp_path / "share"
    share.mkdir()
    yield Team(a, b, event_id, key, package, share)
    a.close()
    b.close()


@pytest.fixture
def organizer(store, team) -> Store:
    """The organizer's store (both back ends), joined with A's package."""
    merge.import_bundles(store, [team.package], given_key=team.key)
    return store


def table_digest(store: Store) -> str:
    """Every row of every table: what "the store is unchanged" compares."""
    digest = hashlib.sha256()
    with store.read() as db:
        for table in sorted(inspect(db.get_bind()).get_table_names()):
            rows = db.execute(text(f'SELECT * FROM "{table}"')).all()
            digest.update(repr((table, sorted(map(repr, rows)))).encode())
    return digest.hexdigest()


def names(store: Store, event_id: str) -> set[str]:
    return {p.display_name for p in people.list_people(store, event_id)}


# ----------------------------------------------------------------- forging bundles
def made_up(device_id: str | None = None) -> Identity:
    """A key pair nobody registered (or, with ``device_id``, claiming another laptop)."""
    private = Ed25519PrivateKey.generate()
    return Identity(
        device_id or identity.new_device_id(),
        public_key_hex(private),
        "x",
        private.private_bytes_raw().hex(),
    )


_tick = iter(range(1, 10**6))


def line(event_id: str, entity: str, row: str, field: str, value: Any, author: str) -> dict:
    stamp = str(Stamp(int(time.time() * 1000) + next(_tick), 0, author))
    return {
        "event_id": event_id,
        "entity": entity,
        "row_id": row,
        "field": field,
        "value": encode(value),
        "hlc": stamp,
        "device_id": author,
    }


def registration(event_id: str, who: Identity, name: str = "Forged", key: str | None = None):
    row = devices.device_row_id(event_id, who.device_id)
    fields = {
        "device": who.device_id,
        "name": name,
        "public_key": key or who.public_key,
        "deleted": False,
    }
    return [line(event_id, "devices", row, f, v, who.device_id) for f, v in fields.items()]


def a_person(event_id: str, author: str, name: str) -> list[dict]:
    row = f"{hashlib.md5(name.encode()).hexdigest()[:8]}-0000-4000-8000-000000000000"
    values = {"display_name": name, "role": "participant", "badge_code": "F0RGE1", "deleted": False}
    return [line(event_id, "people", row, f, v, author) for f, v in values.items()]


def forge(
    path: Path,
    team: Team,
    who: Identity,
    lines: list[dict],
    *,
    key: str | None = None,
    kind: str = "incremental",
    signed: bool = True,
) -> Path:
    """A bundle locked and HMAC-signed with the event key (or ``key``), signed by ``who``."""
    return bundle.write_bundle(
        path,
        lines,
        event_id=team.event_id,
        device=who.device_id,
        key=key or team.key,
        kind=kind,
        signer=who if signed else None,
    ).path


def refused_alone(organizer: Store, path: Path, reason: str) -> None:
    """Importing ``path`` is refused in one line naming it and ``reason``; nothing changes."""
    before = table_digest(organizer)
    with pytest.raises(UserError) as refused:
        merge.import_bundles(organizer, [path])
    message = str(refused.value)
    assert message.startswith(f"{path.name}: ") and message.endswith("; nothing was imported")
    assert reason in message, message
    assert "\n" not in message
    assert table_digest(organizer) == before


# ----------------------------------------------------------------- what a bundle carries
def test_every_bundle_is_signed_by_its_laptop_which_registers_itself(team, tmp_path):
    people.add_person(team.b, team.event_id, display_name="On B")
    with team.b.read() as db:
        upto = log_position(db)
    people.add_person(team.b, team.event_id, display_name="Later on B")
    path = bundle.export_bundle(team.b, team.event_id, tmp_path / "b.wltx", after_seq=upto).path
    manifest = manifest_of(path)
    assert manifest["device"] == team.b.device_id
    assert manifest["device_key"] == team.b.identity.public_key
    with zipfile.ZipFile(path) as archive:
        signature = bytes.fromhex(archive.read(bundle.DEVICE_SIGNATURE).decode().strip())
        raw = archive.read(bundle.MANIFEST)
    public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(team.b.identity.public_key))
    public.verify(signature, raw)  # raises if it does not hold
    carried = bundle_lines(path, team.key)
    assert {c["device"] for c in carried} == {team.b.device_id}  # only B's own lines
    registered = {c["field"]: c["value"] for c in carried if c["entity"] == "devices"}
    assert registered["public_key"] == team.b.identity.public_key
    assert registered["name"] == "Hall B"
    assert "Later on B" in {c["value"] for c in carried if c["field"] == "display_name"}
    assert "On B" not in {c["value"] for c in carried if c["field"] == "display_name"}


def test_a_full_bundle_carries_every_laptops_work_vouched_for_by_its_signer(
    team, organizer, tmp_path
):
    people.add_person(team.b, team.event_id, display_name="On B")
    everything = bundle.export_bundle(team.b, team.event_id, tmp_path / "b-full.wltx").path
    assert manifest_of(everything)["kind"] == "full"
    summary = merge.import_bundles(organizer, [everything])
    assert summary.new_people == 1
    known = {d.name: d for d in devices.list_devices(organizer, team.event_id)}
    assert known["Hall B"].public_key == team.b.identity.public_key
    assert known["Desk A"].public_key == team.a.identity.public_key


# ----------------------------------------------------------------- lines belong to their laptop
def test_a_line_claiming_another_laptop_is_refused_alone(team, organizer, tmp_path):
    """A (it holds the key and its own key) writes a change in B's name: it would show
    as B's in the conflict review. Refused, while B's own bundle still merges."""
    a, b, share = team.a, team.b, team.share
    for laptop in (a, b, organizer):
        exchange.add_target(laptop, team.event_id, str(share))
        exchange.sync(laptop, team.event_id)
    lines = registration(team.event_id, a.identity, "Desk A") + a_person(
        team.event_id, b.device_id, "Smuggled as B"
    )
    forged = forge(share / team.event_id / a.device_id / "0000009999.wltx", team, a.identity, lines)
    refused_alone(organizer, forged, "line 5 claims laptop " + b.device_id)
    people.add_person(b, team.event_id, display_name="Really from B")
    exchange.sync(b, team.event_id)
    result = exchange.sync(organizer, team.event_id)
    assert [r.split(": ")[0] for r in result.refused] == [f"{a.device_id}/0000009999.wltx"]
    assert "claims laptop" in result.refused[0]
    assert "Really from B" in names(organizer, team.event_id)
    assert "Smuggled as B" not in names(organizer, team.event_id)


# ----------------------------------------------------------------- registration
def test_a_bundle_signed_by_a_key_nobody_registered_is_refused(team, organizer, tmp_path):
    stranger = made_up()
    path = forge(
        tmp_path / "stranger.wltx",
        team,
        stranger,
        a_person(team.event_id, stranger.device_id, "Nobody's"),
    )
    refused_alone(organizer, path, "from a laptop that is not registered in the event")


def test_the_current_event_key_vouches_for_a_new_laptop(team, organizer, tmp_path):
    """A laptop that registers itself under the current key is the team's: that is how
    every new laptop comes in (whoever has the key is in the team)."""
    newcomer = made_up()
    lines = registration(team.event_id, newcomer, "New laptop") + a_person(
        team.event_id, newcomer.device_id, "From the new laptop"
    )
    path = forge(tmp_path / "new.wltx", team, newcomer, lines)
    assert merge.import_bundles(organizer, [path]).new_people == 1
    known = {d.device: d for d in devices.list_devices(organizer, team.event_id)}
    assert known[newcomer.device_id].public_key == newcomer.public_key


def test_after_a_rekey_a_laptop_registered_under_the_old_key_is_refused(team, organizer, tmp_path):
    """Whoever has only the old key (the lost laptop) cannot bring in a laptop of their
    making; a laptop the organizer knows still gets its work in under the old key
    until it is given the new one."""
    b_first = bundle.export_bundle(team.b, team.event_id, tmp_path / "b-first.wltx").path
    merge.import_bundles(organizer, [b_first])  # the organizer knows B
    eventkey.rekey(organizer, team.event_id)
    ghost = made_up()
    lines = registration(team.event_id, ghost, "Ghost") + a_person(
        team.event_id, ghost.device_id, "Ghost person"
    )
    path = forge(tmp_path / "ghost.wltx", team, ghost, lines)
    refused_alone(organizer, path, "under an old event key")
    people.add_person(team.b, team.event_id, display_name="B before the new key")
    b_full = bundle.export_bundle(team.b, team.event_id, tmp_path / "b.wltx").path
    assert merge.import_bundles(organizer, [b_full]).new_people == 1  # B: known, old key


@pytest.mark.parametrize(
    "case",
    ["another laptop's key", "device signature replaced", "key changed", "revocation undone",
     "registers another laptop"],
)  # fmt: skip
def test_forged_signatures_and_registrations_are_refused(case, team, organizer, tmp_path):
    a, b = team.a, team.b
    merge.import_bundles(
        organizer, [bundle.export_bundle(b, team.event_id, tmp_path / "b.wltx").path]
    )
    person = a_person(team.event_id, b.device_id, f"Forged: {case}")
    path = tmp_path / "forged.wltx"
    if case == "another laptop's key":
        # names B, signs with a key of its own (the manifest names that key)
        forge(path, team, made_up(b.device_id), person)
        reason = "signed with another key than laptop 'Hall B' has in this event"
    elif case == "device signature replaced":
        good = bundle.export_bundle(b, team.event_id, tmp_path / "good.wltx").path
        with zipfile.ZipFile(good) as archive:
            members = {n: archive.read(n) for n in archive.namelist()}
        members[bundle.DEVICE_SIGNATURE] = made_up().sign(members[bundle.MANIFEST]).hex().encode()
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        reason = "bad laptop signature"
    elif case == "key changed":
        other = made_up().public_key
        forge(path, team, b.identity, registration(team.event_id, b.identity, "Hall B", other))
        reason = f"changes the key of laptop {b.device_id}"
    elif case == "revocation undone":
        row = devices.device_row_id(team.event_id, a.device_id)
        forge(
            path,
            team,
            b.identity,
            [line(team.event_id, "devices", row, "revoked", False, b.device_id)],
        )
        reason = "takes back the revocation of a laptop"
    else:
        row = devices.device_row_id(team.event_id, a.device_id)
        lines = [
            line(team.event_id, "devices", row, "public_key", made_up().public_key, b.device_id)
        ]
        forge(path, team, b.identity, lines)
        reason = f"registers a key for another laptop than {b.device_id}"
    refused_alone(organizer, path, reason)


# ----------------------------------------------------------------- unsigned (older) bundles
def test_unsigned_bundles_speak_only_for_laptops_that_never_registered(team, organizer, tmp_path):
    """Bundles of earlier versions are not signed: read only as the work of a laptop
    that has no key, under the current event key, and carrying no registered
    laptop's lines."""
    old_laptop = made_up()
    unsigned = forge(
        tmp_path / "old.wltx",
        team,
        old_laptop,
        a_person(team.event_id, old_laptop.device_id, "From an old version"),
        signed=False,
    )
    assert bundle.DEVICE_SIGNATURE not in zipfile.ZipFile(unsigned).namelist()
    b_work = a_person(team.event_id, team.b.device_id, "Unsigned in B's name")
    as_b = forge(tmp_path / "as-b.wltx", team, team.b.identity, b_work, signed=False)
    merge.import_bundles(
        organizer, [bundle.export_bundle(team.b, team.event_id, tmp_path / "b.wltx").path]
    )
    refused_alone(organizer, as_b, "not signed, but laptop 'Hall B' signs every bundle")
    smuggling = forge(tmp_path / "smuggling.wltx", team, old_laptop, b_work, signed=False)
    refused_alone(organizer, smuggling, f"claims laptop {team.b.device_id}, which signs")
    registering = forge(
        tmp_path / "registering.wltx",
        team,
        old_laptop,
        registration(team.event_id, old_laptop),
        signed=False,
    )
    refused_alone(organizer, registering, "registers a laptop, but the bundle is not signed")
    assert merge.import_bundles(organizer, [unsigned]).new_people == 1
    eventkey.rekey(organizer, team.event_id)
    later = forge(
        tmp_path / "later.wltx",
        team,
        old_laptop,
        a_person(team.event_id, old_laptop.device_id, "After the new key"),
        signed=False,
    )
    refused_alone(organizer, later, "unsigned bundles are read only under the event's current key")


# ----------------------------------------------------------------- revoking
def test_a_revoked_laptops_new_bundle_is_refused_while_another_laptops_merges(team, organizer, run):
    a, b, share = team.a, team.b, team.share
    for laptop in (a, b, organizer):
        exchange.add_target(laptop, team.event_id, str(share))
        exchange.sync(laptop, team.event_id)
    revoked = devices.revoke_device(organizer, team.event_id, "Hall B")
    assert revoked.device == b.device_id
    people.add_person(b, team.event_id, display_name="Written after the loss")
    people.add_person(a, team.event_id, display_name="Written on A")
    for laptop in (b, a):
        exchange.sync(laptop, team.event_id)
    before = {r.location for r in exchange.history(organizer, team.event_id)}
    result = exchange.sync(organizer, team.event_id)
    assert len(result.refused) == 1
    assert result.refused[0].startswith(f"{b.device_id}/")
    assert "from a revoked laptop 'Hall B'; nothing was imported" in result.refused[0]
    assert "Written on A" in names(organizer, team.event_id)
    assert "Written after the loss" not in names(organizer, team.event_id)
    assert (
        before
        and "revoked laptop 'Hall B'" in exchange.history(organizer, team.event_id)[0].message
    )
    listed = {d["name"]: d for d in run("--db", organizer.url, "device", "list", "--json").json()}
    assert listed["Hall B"]["revoked"] is True and listed["Desk A"]["revoked"] is False
    # A learns of it with the organizer's bundle, in the same pull as B's next one
    exchange.sync(organizer, team.event_id)  # pushes the revocation
    people.add_person(b, team.event_id, display_name="Still writing")
    exchange.sync(b, team.event_id)
    pulled = exchange.sync(a, team.event_id)
    assert any("from a revoked laptop 'Hall B' (revoked in" in r for r in pulled.refused)
    assert "Still writing" not in names(a, team.event_id)


def test_revoking_on_the_command_line(team, organizer, run):
    url = organizer.url
    merge.import_bundles(
        organizer, [bundle.export_bundle(team.b, team.event_id, team.share / "b.wltx").path]
    )
    unknown = run("--db", url, "device", "revoke", "Hall C")
    assert unknown.error_line == (
        "wltdesk: device: no laptop 'Hall C' in this event (see wltdesk device list)"
    )
    mine = run("--db", url, "device", "revoke", organizer.device_id[:8])
    assert "is this laptop" in mine.error_line
    done = run("--db", url, "device", "revoke", team.b.device_id[:6])
    assert done.code == 0 and len(done.out.splitlines()) == 1
    assert done.out.startswith("revoked laptop 'Hall B'")
    again = run("--db", url, "device", "revoke", "Hall B")
    assert "revoked already" in again.error_line
    shown = run("--db", url, "device", "list").out
    assert "REVOKED" in shown and "this laptop" in shown
    with organizer.read() as db:
        row = db.get(Device, devices.device_row_id(team.event_id, team.b.device_id))
        assert row.revoked is True


# ----------------------------------------------------------------- changing the event key
def test_after_a_rekey_only_laptops_given_the_new_key_read_new_bundles(team, organizer, run):
    a, b, share = team.a, team.b, team.share
    for laptop in (a, b, organizer):
        exchange.add_target(laptop, team.event_id, str(share))
        exchange.sync(laptop, team.event_id)
    shown = run("--db", organizer.url, "event", "rekey", "--json").json()
    assert shown["key"] != team.key
    people.add_person(organizer, team.event_id, display_name="After the new key")
    assert exchange.sync(organizer, team.event_id).sent > 0  # everything, under the new key
    result = exchange.sync(b, team.event_id)  # B has only the old key
    [line] = result.refused
    assert line.startswith(f"{organizer.device_id}/")
    assert "locked with an event key this laptop does not have" in line
    assert "enter the new one (wltdesk event key --set" in line
    assert "After the new key" not in names(b, team.event_id)
    b_url = str(b.path)
    b.close()
    done = run("--db", b_url, "event", "key", "--set", shown["qr_text"])
    assert done.code == 0 and "locks the event's bundles with the new key" in done.out
    wrong = run("--db", b_url, "event", "key", "--set", "not a key")
    assert "not an event key" in wrong.error_line
    team.b = open_store(b_url, backups=False)
    exchange.sync(team.b, team.event_id)
    assert "After the new key" in names(team.b, team.event_id)
    people.add_person(team.b, team.event_id, display_name="B with the new key")
    exchange.sync(team.b, team.event_id)
    exchange.sync(organizer, team.event_id)
    assert "B with the new key" in names(organizer, team.event_id)
    with pytest.raises(UserError, match="locked with an event key this laptop does not have"):
        newest = sorted((share / team.event_id / team.b.device_id).glob("*.wltx"))[-1]
        merge.import_bundles(a, [newest])  # A was not given the new key either


# ----------------------------------------------------------------- the stores themselves
def test_a_moved_store_keeps_its_identity_and_a_copy_from_another_computer_does_not(
    tmp_path, monkeypatch
):
    first = open_store(tmp_path / "a.sqlite", backups=False)
    mine = first.identity
    first.close()
    (tmp_path / "a.sqlite").rename(tmp_path / "moved.sqlite")
    moved = open_store(tmp_path / "moved.sqlite", backups=False)
    assert moved.identity == mine
    moved.close()
    # another data folder on the same computer (a portable install): the same store
    monkeypatch.setenv("WLTDESK_HOME", str(tmp_path / "portable"))
    portable = open_store(tmp_path / "moved.sqlite", backups=False)
    assert portable.identity == mine
    portable.close()
    # the file on another computer: a copy, whatever its folder
    monkeypatch.setenv("WLTDESK_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setattr(identity, "this_computer", lambda: "another computer")
    elsewhere = open_store(tmp_path / "moved.sqlite", backups=False)
    assert elsewhere.identity.renewed_from == mine.device_id
    assert elsewhere.device_id != mine.device_id
    elsewhere.close()


def test_a_copied_postgresql_database_takes_a_new_identity(postgres_server):
    name = postgres_server.create_database()
    first = open_store(postgres_server.url(name), backups=False)
    mine = first.device_id
    first.close()
    clone = f"{name}_copy"
    with postgres_server.admin() as connection:
        connection.execute(f'CREATE DATABASE "{clone}" TEMPLATE "{name}"')
    try:
        copied = open_store(postgres_server.url(clone), backups=False)
        assert copied.identity.renewed_from == mine and copied.device_id != mine
        copied.close()
        again = open_store(postgres_server.url(name), backups=False)
        assert again.device_id == mine and again.identity.renewed_from is None
        again.close()
    finally:
        postgres_server.drop_database(clone)
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_at_0008(request, tmp_path) -> str:
    """A store made by the version before this one: schema 0008, its device id in
    ``store_meta`` (no key pair, no token), registered in an event without a key."""

    def old_rows(connection) -> None:
        connection.execute(
            text("INSERT INTO store_meta (key, value) VALUES ('device_id', :d)"),
            {"d": OLD_DEVICE},
        )

    return database_at(request, tmp_path, "0008", old_rows)


OLD_DEVICE = "0ld1aptop0000008"


def test_a_0008_store_upgrades_keeps_its_device_id_and_registers_its_key(
    store_at_0008, tmp_path, monkeypatch
):
    named(monkeypatch, "Old laptop")
    # the event as the old version made it: the device row without a key
    old = open_store(store_at_0008, backups=False)
    try:
        assert old.device_id == OLD_DEVICE and old.identity.renewed_from is None
        with old.read() as db:
            columns = {c["name"] for c in inspect(db.get_bind()).get_columns("devices")}
            assert {"public_key", "revoked"} <= columns
            version = db.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            assert version == SCHEMA_HEAD
        event_id = events.create_event(old, "Upgraded", date(2026, 3, 14), date(2026, 3, 15))
        with old.write() as writer:  # what 0008 left: the row, no key
            row = devices.device_row_id(event_id, OLD_DEVICE)
            writer.db.execute(
                text("UPDATE devices SET public_key = NULL WHERE id = :r"), {"r": row}
            )
        assert not devices.is_registered(old, event_id)
        package = bundle.export_bundle(old, event_id, tmp_path / "p.wltx").path
        assert devices.is_registered(old, event_id)  # registered itself before signing
        key = key_of(old, event_id)
    finally:
        old.close()
    reopened = open_store(store_at_0008, backups=False)
    assert reopened.device_id == OLD_DEVICE and reopened.identity.renewed_from is None
    reopened.close()
    newcomer = open_store(tmp_path / "new.sqlite", backups=False)
    try:
        merge.import_bundles(newcomer, [package], given_key=key)
        known = {d.device: d for d in devices.list_devices(newcomer, event_id)}
        assert known[OLD_DEVICE].name == "Old laptop" and known[OLD_DEVICE].public_key
    finally:
        newcomer.close()


def test_find_device_by_name_or_id_prefix(team, organizer, tmp_path):
    merge.import_bundles(
        organizer, [bundle.export_bundle(team.b, team.event_id, tmp_path / "b.wltx").path]
    )
    assert devices.find_device(organizer, team.event_id, "Hall B").device == team.b.device_id
    assert devices.find_device(organizer, team.event_id, team.a.device_id[:5]).name == "Desk A"
    listed = devices.list_devices(organizer, team.event_id)
    assert listed[0].this_laptop and {d.name for d in listed[1:]} == {"Desk A", "Hall B"}
    assert all(len(d.fingerprint.replace(" ", "")) == 16 for d in listed)
    with pytest.raises(UserError, match="no laptop 'Hall' in this event"):
        devices.find_device(organizer, team.event_id, "Hall")
