"""Bundles: what they carry, and the eleven ways a bad one is refused with the store untouched."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import warnings
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from bundle_tools import changes_bytes, key_of, lines, sealed_changes
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from wltdesk import events, people
from wltdesk.errors import UserError
from wltdesk.store import Store, open_store
from wltdesk.store.changes import encode, log_position
from wltdesk.store.identity import Identity
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import Change, Person, Reflection
from wltdesk.sync import bundle, changelines, eventkey, merge, reading, sealing


# ----------------------------------------------------------------- helpers
@pytest.fixture
def laptop(tmp_path) -> Store:
    """The facilitator's laptop: an event with three people."""
    opened = open_store(tmp_path / "laptop.sqlite", backups=False)
    event_id = events.create_event(opened, "Bundle Training", date(2026, 3, 14), date(2026, 3, 15))
    for name, email in (("Rakib", "rakib@example.org"), ("ফারহানা", None), ("José", "j@x.org")):
        people.add_person(opened, event_id, display_name=name, email=email, phone="01700")
    opened.event_id = event_id  # type: ignore[attr-defined]
    yield opened
    opened.close()


def change_count(store: Store) -> int:
    with store.read() as db:
        return db.execute(select(func.count()).select_from(Change)).scalar_one()


def log_mark(store: Store) -> int:
    """Where the store's log is now: what an export mark records."""
    with store.read() as db:
        return log_position(db)


def store_bytes(store: Store) -> bytes | None:
    """The SQLite file and its WAL, byte for byte (None for PostgreSQL)."""
    if store.path is None:
        return None
    data = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def rewrite(
    good: Path,
    out: Path,
    *,
    members: dict[str, bytes] | None = None,
    extra: list[tuple[str, bytes]] | None = None,
    manifest_edit: Callable[[dict], None] | None = None,
    rehash: bool = True,
    key: str | None = None,
    signer: Identity | None = None,
) -> Path:
    """A copy of a bundle with members replaced or added, the manifest re-hashed and
    (with ``key``) re-signed, and (with ``signer``, the laptop's identity) signed by
    the laptop again: a forger's tools, for the refusal tests."""
    with zipfile.ZipFile(good) as archive:
        content = {name: archive.read(name) for name in archive.namelist()}
        old_signature = content[bundle.SIGNATURE]
    content.update(members or {})
    manifest = json.loads(content[bundle.MANIFEST])
    if rehash:
        for name in manifest["members"]:
            manifest["members"][name] = {
                "sha256": hashlib.sha256(content[name]).hexdigest(),
                "size": len(content[name]),
            }
    if manifest_edit:
        manifest_edit(manifest)
    raw = json.dumps(manifest).encode() if rehash or manifest_edit else content[bundle.MANIFEST]
    content[bundle.MANIFEST] = raw
    salt = base64.b64decode(manifest["salt"])
    content[bundle.SIGNATURE] = bundle.signature(key, raw, salt).encode() if key else old_signature
    if signer is not None:
        content[bundle.DEVICE_SIGNATURE] = signer.sign(raw).hex().encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in content.items():
                archive.writestr(name, data)
            for name, data in extra or []:
                archive.writestr(name, data)
    return out


# ----------------------------------------------------------------- what a bundle is
def test_a_full_bundle_joins_an_empty_store_to_the_event(laptop, store, tmp_path):
    info = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx")
    assert info.kind == "full" and info.changes == change_count(laptop)
    key = key_of(laptop, laptop.event_id)
    summary = merge.import_bundles(store, [info.path], given_key=key)
    assert summary.joined == (laptop.event_id,)
    assert summary.new_people == 3
    assert key_of(store, laptop.event_id) == key_of(laptop, laptop.event_id)
    names = {p.display_name for p in people.list_people(store, laptop.event_id)}
    assert names == {"Rakib", "ফারহানা", "José"}


def test_manifest_lists_counts_hlc_range_and_member_checksums(laptop, tmp_path):
    info = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx")
    key = key_of(laptop, laptop.event_id)
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read(bundle.MANIFEST))
        member = archive.read(bundle.CHANGES_ENCRYPTED)
        assert archive.read(bundle.SIGNATURE).decode().strip() == bundle.signature(
            key, archive.read(bundle.MANIFEST), base64.b64decode(manifest["salt"])
        )
    assert manifest["format"] == "wltdesk-bundle" and manifest["version"] == 3
    assert manifest["event"]["id"] == laptop.event_id
    assert manifest["device"] == laptop.device_id
    assert manifest["counts"]["by_entity"]["people"] == sum(
        1 for line in lines(info.path, key) if line["entity"] == "people"
    )
    listed = manifest["members"][bundle.CHANGES_ENCRYPTED]
    assert listed["sha256"] == hashlib.sha256(member).hexdigest()
    stamps = [line["hlc"] for line in lines(info.path, key)]
    assert (manifest["hlc"]["min"], manifest["hlc"]["max"]) == (min(stamps), max(stamps))


def test_redacted_bundles_carry_no_contact_details_no_notes_and_no_key(laptop, tmp_path):
    with laptop.write() as writer:
        circle = "c0000000-0000-0000-0000-000000000001"
        from wltdesk.store.models import Circle

        writer.create(Circle, {"id": circle, "event_id": laptop.event_id, "title": "Circle"})
        for visibility in ("private", "organizers", "public"):
            writer.create(
                Reflection,
                {
                    "event_id": laptop.event_id,
                    "circle_id": circle,
                    "text": f"a {visibility} note",
                    "visibility": visibility,
                },
            )
    key = key_of(laptop, laptop.event_id)
    plain = lines(bundle.export_bundle(laptop, laptop.event_id, tmp_path / "a.wltx").path, key)
    texts = {json.dumps(line["value"]) for line in plain if line["field"] == "text"}
    assert texts == {'"a organizers note"', '"a public note"'}
    assert not any(line["field"] == "signing_key" for line in plain)  # in no bundle at all
    everything = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "b.wltx", include_private=True
    )
    assert sum(1 for line in lines(everything.path, key) if line["field"] == "text") == 3
    redacted_path = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "c.wltx", redact=True
    ).path
    with zipfile.ZipFile(redacted_path) as archive:
        assert bundle.CHANGES in archive.namelist()  # readable without the key
    redacted = lines(redacted_path, "no key needed")
    fields = {line["field"] for line in redacted}
    assert not fields & {"email", "phone", "notes", "signing_key"}
    assert [line["value"] for line in redacted if line["field"] == "text"] == ["a public note"]


def test_a_laptop_that_joined_with_a_redacted_package_and_the_key_keeps_the_key(
    laptop, store, tmp_path
):
    """A redacted package carries no key; the one given at join (the QR code) is
    kept, so later bundles import without it and this laptop's own exports are
    signed with the team's key, not a new one of its own."""
    key = key_of(laptop, laptop.event_id)
    package = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "p.wltx", redact=True)
    merge.import_bundles(store, [package.path], given_key=key)
    assert eventkey.event_key(store, laptop.event_id) == key
    people.add_person(laptop, laptop.event_id, display_name="Later")
    later = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "l.wltx", after_seq=package.upto_seq, redact=True
    )
    assert merge.import_bundles(store, [later.path]).new_people == 1
    people.add_person(store, laptop.event_id, display_name="From the joined laptop")
    back = bundle.export_bundle(store, laptop.event_id, tmp_path / "back.wltx")
    assert merge.import_bundles(laptop, [back.path]).new_people == 1


def test_an_encrypted_bundle_hides_its_changes_and_imports_with_the_passphrase(
    laptop, store, tmp_path
):
    path = bundle.export_bundle(
        laptop, laptop.event_id, tmp_path / "e.wltx", passphrase="kolkata rain"
    ).path
    with zipfile.ZipFile(path) as archive:
        assert bundle.CHANGES_ENCRYPTED in archive.namelist()
        assert b"Rakib" not in archive.read(bundle.CHANGES_ENCRYPTED)
    summary = merge.import_bundles(store, [path], passphrase="kolkata rain")
    assert summary.new_people == 3


def test_a_large_encrypted_bundle_round_trips_across_many_chunks(laptop, store, tmp_path):
    with laptop.write() as writer:
        people.create_people(
            writer,
            laptop.event_id,
            [{"display_name": f"Person {n:05d}", "notes": "x" * 200} for n in range(600)],
        )
    path = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "big.wltx", passphrase="p")
    assert path.path.stat().st_size > 3 * sealing.CHUNK_BYTES
    merge.import_bundles(store, [path.path], passphrase="p")
    with store.read() as db:
        assert db.execute(select(func.count()).select_from(Person)).scalar_one() == 603


def test_a_co_facilitator_can_check_the_package_with_the_key_from_the_qr_code(
    laptop, store, tmp_path
):
    path = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx").path
    payload = eventkey.key_payload(laptop.event_id, key_of(laptop, laptop.event_id))
    event_id, key = eventkey.parse_key(payload)
    assert event_id == laptop.event_id
    with pytest.raises(UserError, match="wrong event key"):
        merge.import_bundles(store, [path], given_key="0" * 64)
    assert merge.import_bundles(store, [path], given_key=key).new_people == 3


# ----------------------------------------------------------------- refusals
@pytest.fixture
def organizer(laptop, store, tmp_path):
    """``store`` holding the laptop's event; plus a good incremental bundle to break."""
    full = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "full.wltx").path
    merge.import_bundles(store, [full], given_key=key_of(laptop, laptop.event_id))
    mark = log_mark(laptop)
    people.add_person(laptop, laptop.event_id, display_name="Later Arrival")
    good = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "good.wltx", after_seq=mark)
    with laptop.read() as db:
        victim = db.execute(select(Person.id).where(Person.display_name == "Rakib")).scalar_one()
    return {
        "good": good.path,
        "key": key_of(laptop, laptop.event_id),
        "full": full,
        "victim": victim,
        "signer": laptop.identity,
    }


def _other_event_bundle(tmp_path: Path) -> Path:
    elsewhere = open_store(tmp_path / "elsewhere.sqlite", backups=False)
    try:
        other = events.create_event(elsewhere, "Other", date(2026, 5, 1), date(2026, 5, 2))
        mark = log_mark(elsewhere)
        people.add_person(elsewhere, other, display_name="Stranger")
        return bundle.export_bundle(elsewhere, other, tmp_path / "other.wltx", after_seq=mark).path
    finally:
        elsewhere.close()


def _hijacking_bundle(tmp_path: Path, victim: str) -> tuple[Path, str]:
    """A full bundle of a new event, locked with its own key, that also renames a
    person of the organizer's event: what a forger with any event key could make
    (and its key, which the forger hands over with it)."""
    elsewhere = open_store(tmp_path / "forger.sqlite", backups=False)
    try:
        other = events.create_event(elsewhere, "Forged", date(2026, 5, 1), date(2026, 5, 2))
        with elsewhere.write() as writer:
            stamp = writer.clock.now()
            apply_changes(
                writer.db,
                [
                    {
                        "event_id": other,
                        "entity": "people",
                        "row_id": victim,
                        "field": "display_name",
                        "value": encode("Hijacked"),
                        "hlc": stamp,
                        "device_id": stamp.rsplit("-", 1)[1],
                    }
                ],
            )
        forged = bundle.export_bundle(elsewhere, other, tmp_path / "forged.wltx").path
        return forged, key_of(elsewhere, other)
    finally:
        elsewhere.close()


def _bad(kind: str, org: dict, tmp_path: Path) -> tuple[Path, dict]:
    good, key = org["good"], org["key"]
    out = tmp_path / f"{kind}.wltx"
    if kind == "truncated":
        data = good.read_bytes()
        out.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "not a zip":
        out.write_text("display_name,email\nRakib,r@example.org\n")
    elif kind == "checksum":
        plain = changes_bytes(good, key).replace(b"Later Arrival", b"Later Arrivax")
        member = sealed_changes(good, key, plain)
        rewrite(good, out, members={bundle.CHANGES_ENCRYPTED: member}, rehash=False)
    elif kind == "signature":
        member = sealed_changes(
            good, key, changes_bytes(good, key).replace(b"Later Arrival", b"Mallory")
        )
        rewrite(good, out, members={bundle.CHANGES_ENCRYPTED: member})  # not re-signed
    elif kind == "passphrase":
        return good, {"passphrase": "wrong"}
    elif kind == "version":
        rewrite(
            good, out, manifest_edit=lambda m: m.update(version=99), key=key, signer=org["signer"]
        )
    elif kind == "another event":
        return _other_event_bundle(tmp_path), {}
    elif kind == "another event's row":
        forged, forged_key = _hijacking_bundle(tmp_path, org["victim"])
        return forged, {"given_key": forged_key}
    elif kind == "path escape":
        rewrite(good, out, extra=[("../../evil.sh", b"rm -rf ~")], key=key, signer=org["signer"])
    elif kind == "zip bomb":
        rewrite(
            good,
            out,
            members={bundle.CHANGES_ENCRYPTED: b"\0" * (20 << 20)},
            key=key,
            signer=org["signer"],
        )
    elif kind == "malformed line":
        plain = changes_bytes(good, key) + b'{"entity": "people", "row": \n'
        member = sealed_changes(good, key, plain)
        rewrite(
            good, out, members={bundle.CHANGES_ENCRYPTED: member}, key=key, signer=org["signer"]
        )
    elif kind == "endless line":
        endless = b'{"entity": "people", "value": "' + os.urandom(3 << 19).hex().encode()
        member = sealed_changes(good, key, changes_bytes(good, key) + endless)
        rewrite(
            good, out, members={bundle.CHANGES_ENCRYPTED: member}, key=key, signer=org["signer"]
        )
    elif kind == "duplicate":
        with zipfile.ZipFile(good) as archive:
            member = archive.read(bundle.CHANGES_ENCRYPTED)
        rewrite(
            good, out, extra=[(bundle.CHANGES_ENCRYPTED, member)], key=key, signer=org["signer"]
        )
    return out, {}


REFUSALS = {
    "truncated": "truncated or damaged",
    "not a zip": r"not a WLT Desk bundle \(not a ZIP file\)",
    "checksum": "checksum mismatch",
    "signature": "bad signature",
    "passphrase": "wrong passphrase",
    "version": r"unknown format version 99 \(this WLT Desk reads versions 1 to 3; update",
    "another event": "belongs to another event",
    "another event's row": r"forged\.wltx: it changes people of another event \(.{8}\) in this",
    "path escape": "member path escapes the bundle",
    "zip bomb": "zip bomb",
    "malformed line": "malformed change on line",
    "endless line": r"malformed change on line \d+ \(longer than 1 MiB\)",
    "duplicate": "duplicate member names",
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_a_bad_bundle_is_refused_with_one_message_and_the_store_unchanged(
    kind, organizer, laptop, store, tmp_path
):
    if kind == "passphrase":
        organizer["good"] = bundle.export_bundle(
            laptop, laptop.event_id, tmp_path / "locked.wltx", passphrase="right"
        ).path
    path, options = _bad(kind, organizer, tmp_path)
    before_bytes, before_count = store_bytes(store), change_count(store)
    with pytest.raises(UserError, match=REFUSALS[kind]) as refused:
        merge.import_bundles(store, [path], **options)
    assert "\n" not in str(refused.value)
    assert change_count(store) == before_count
    if before_bytes is not None:
        assert store_bytes(store) == before_bytes
    # the good bundle still imports afterwards
    right = {"passphrase": "right"} if kind == "passphrase" else {}
    assert merge.import_bundles(store, [organizer["good"]], **right).new_people == 1


def test_a_version_2_bundle_still_merges(organizer, store, tmp_path):
    """Laptops not yet updated write version 2 (no causal contexts, none of version 3's
    fields): their bundles still merge."""
    old = tmp_path / "version-2.wltx"
    rewrite(
        organizer["good"],
        old,
        manifest_edit=lambda m: m.update(version=2),
        key=organizer["key"],
        signer=organizer["signer"],
    )
    assert merge.import_bundles(store, [old]).new_people == 1


def test_one_bad_bundle_among_good_ones_is_refused_alone(organizer, store, tmp_path):
    """One bad bundle must not jam the others (issue #15): the good one merges, the
    bad one is named with why, and nothing of it is imported."""
    bad, _ = _bad("checksum", organizer, tmp_path)
    summary = merge.import_bundles(store, [organizer["good"], bad])
    assert summary.bundles == 1 and summary.new_people == 1
    assert [path for path, _why in summary.refused] == [bad]
    assert re.search(r"^checksum\.wltx: checksum mismatch", summary.refused[0][1])
    assert bad.name in events_history_message(store)


def test_a_merged_bundle_changed_since_is_read_in_full_and_refused(organizer, store, tmp_path):
    """A bundle whose manifest names changes the store has merged, but whose changes
    are not those any more, is not taken for the one merged: it is read in full and
    refused for what it is, and nothing of it is imported."""
    merge.import_bundles(store, [organizer["good"]])
    bad, _ = _bad("checksum", organizer, tmp_path)  # the same manifest, other changes
    before = change_count(store)
    with pytest.raises(UserError, match="checksum mismatch"):
        merge.import_bundles(store, [bad])
    assert change_count(store) == before


def test_a_bundle_refused_while_merged_is_rolled_back_alone(organizer, laptop, store, tmp_path):
    """A team laptop's bundle (right key) that renames a person the store holds under
    another event is refused while it is applied; in an import's one transaction it
    goes back to its savepoint and the other bundle still merges."""
    elsewhere = events.create_event(store, "Another", date(2026, 5, 1), date(2026, 5, 2))
    victim = people.add_person(store, elsewhere, display_name="Someone else")
    mark = log_mark(laptop)
    people.add_person(laptop, laptop.event_id, display_name="Also on the laptop")
    with laptop.write() as writer:
        stamp = writer.clock.now()
        apply_changes(
            writer.db,
            [
                {
                    "event_id": laptop.event_id,
                    "entity": "people",
                    "row_id": victim,
                    "field": "display_name",
                    "value": encode("Hijacked"),
                    "hlc": stamp,
                    "device_id": stamp.rsplit("-", 1)[1],
                }
            ],
        )
    hijack = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "hijack.wltx", after_seq=mark)
    summary = merge.import_bundles(store, [hijack.path, organizer["good"]])
    assert summary.bundles == 1 and summary.new_people == 1
    ((path, why),) = summary.refused
    assert path == hijack.path
    assert why.startswith("hijack.wltx: it changes people of another event")
    assert people.get_person(store, victim).display_name == "Someone else"
    names = {p.display_name for p in people.list_people(store, laptop.event_id)}
    assert "Later Arrival" in names and "Also on the laptop" not in names


def events_history_message(store: Store) -> str:
    from wltdesk.sync import exchange

    return exchange.history(store, organizer_event(store))[0].message or ""


def test_an_import_whose_every_bundle_is_refused_names_each_and_changes_nothing(
    organizer, store, tmp_path
):
    bad, _ = _bad("checksum", organizer, tmp_path)
    other, _ = _bad("signature", organizer, tmp_path)
    before_bytes, before_count = store_bytes(store), change_count(store)
    with pytest.raises(merge.BundlesRefused) as refused:
        merge.import_bundles(store, [bad, other])
    assert [path for path, _why in refused.value.refused] == [bad, other]
    assert str(refused.value).splitlines() == [why for _path, why in refused.value.refused]
    assert change_count(store) == before_count
    if before_bytes is not None:
        assert store_bytes(store) == before_bytes


def test_an_expected_event_refuses_a_full_bundle_of_another(organizer, store, tmp_path):
    elsewhere = open_store(tmp_path / "x.sqlite", backups=False)
    other = events.create_event(elsewhere, "Other", date(2026, 5, 1), date(2026, 5, 2))
    path = bundle.export_bundle(elsewhere, other, tmp_path / "x.wltx").path
    elsewhere.close()
    with pytest.raises(UserError, match="belongs to another event"):
        merge.import_bundles(store, [path], expected_event=organizer_event(store))


def organizer_event(store: Store) -> str:
    return events.list_events(store)[0].id


def test_an_encrypted_bundle_without_a_passphrase_asks_for_it(laptop, store, tmp_path):
    path = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "e.wltx", passphrase="x").path
    with pytest.raises(UserError, match="encrypted: give its passphrase"):
        merge.import_bundles(store, [path])
    assert change_count(store) == 0


@pytest.mark.parametrize(
    "params",
    [{"n": 1 << 20, "r": 8}, {"n": 1 << 15, "r": 8, "p": 64}, {"n": 3 << 14}, {"r": 0}],
    ids=["1 GiB of memory", "64 times the work", "n not a power of two", "r zero"],
)
def test_forged_scrypt_parameters_are_refused_before_any_key_derivation(
    params, laptop, store, tmp_path
):
    """A manifest is the forger's to write: its scrypt parameters must not make the
    reader spend gigabytes (scrypt runs before the signature can be checked when
    the key travels inside the encrypted changes)."""
    locked = bundle.export_bundle(laptop, laptop.event_id, tmp_path / "e.wltx", passphrase="x")
    out = rewrite(
        locked.path,
        tmp_path / "greedy.wltx",
        manifest_edit=lambda m: m["encryption"].update(params),
        key=key_of(laptop, laptop.event_id),
    )
    with pytest.raises(UserError, match=r"greedy\.wltx: unsupported encryption parameters"):
        merge.import_bundles(store, [out], passphrase="x")
    assert change_count(store) == 0


def _big_bundle(laptop: Store, tmp_path: Path) -> Path:
    """An incremental bundle of 2,000 people: several merge batches."""
    mark = log_mark(laptop)
    rows = [{"display_name": f"Person {n}"} for n in range(2000)]
    with laptop.write() as writer:
        people.create_people(writer, laptop.event_id, rows)
    return bundle.export_bundle(laptop, laptop.event_id, tmp_path / "big.wltx", after_seq=mark).path


def test_a_cancelled_import_changes_nothing_and_can_run_again(organizer, laptop, store, tmp_path):
    path = _big_bundle(laptop, tmp_path)
    before = change_count(store)
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # after the first batch

    with pytest.raises(UserError, match="import cancelled; nothing was imported"):
        merge.import_bundles(store, [path], cancelled=cancelled)
    assert change_count(store) == before
    assert merge.import_bundles(store, [path]).new_people == 2000


def test_a_bundle_replaced_between_check_and_merge_applies_what_was_checked(
    organizer, laptop, store, tmp_path
):
    """The merge applies the changes the check kept, never the file as it is by
    then: one swapped after it was verified (a sync folder updating under us)
    cannot slip unchecked changes in."""
    path = _big_bundle(laptop, tmp_path)
    verified = merge.verify_bundles(store, [path])
    key = key_of(laptop, laptop.event_id)
    plain = changes_bytes(path, key).replace(b"Person 1999", b"Person 9999")
    member = sealed_changes(path, key, plain)
    other = rewrite(
        path, tmp_path / "swapped.wltx", members={bundle.CHANGES_ENCRYPTED: member}, key=key
    )
    other.replace(path)
    summary = merge.apply_bundles(store, verified)
    assert summary.new_people == 2000
    with store.read() as db:
        names = set(db.execute(select(Person.display_name)).scalars())
    assert "Person 1999" in names
    assert "Person 9999" not in names


def test_a_full_disk_while_checking_is_one_clear_message_and_changes_nothing(
    organizer, laptop, store, tmp_path, monkeypatch
):
    """The checked changes wait in a temporary file; no room for it refuses the
    import before the store is touched."""
    path = _big_bundle(laptop, tmp_path)
    before = change_count(store)

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reading.tempfile, "TemporaryFile", full)
    with pytest.raises(UserError, match=r"no room to hold the checked changes in .*No space left"):
        merge.import_bundles(store, [path])
    assert change_count(store) == before
    monkeypatch.undo()
    assert merge.import_bundles(store, [path]).new_people == 2000


_GOOD_LINE = {
    "entity": "people",
    "row": "3f8c61c9-f21d-4c7c-bc84-d4c445f7bc0c",
    "field": "display_name",
    "value": "Rakib",
    "hlc": "019a3b4c5d6e-0001-a1c0c66981b445f3",
    "device": "a1c0c66981b445f3",
}
_ODD_VALUES = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.text(max_size=2), max_size=1),
    st.text(max_size=70),
)
#: One spoilt field per rule of the line check.
_BREAKING = [
    ("entity", "nonsense"),
    ("entity", "events"),  # a row that is not the bundle's event
    ("row", ""),
    ("row", "x" * 37),
    ("field", ""),
    ("field", "y" * 61),
    ("hlc", "019a3b4c5d6e-0001-a1c0c66981b445f3\n019a3b4c5d6e-0001-a1c0c66981b445f3"),
    ("hlc", "019a3b4c5d6e-01-a1c0c66981b445f3"),
    ("device", "another0device00"),
    ("extra", "field"),
]
_SPOIL = st.one_of(
    st.sampled_from(_BREAKING),
    st.tuples(st.sampled_from([*_GOOD_LINE, "extra"]), _ODD_VALUES),
)


@settings(max_examples=300, deadline=None)
@given(
    count=st.integers(min_value=1, max_value=6),
    spoilt=st.integers(min_value=0, max_value=5),
    spoil=_SPOIL,
    drop=st.booleans(),
)
def test_the_fast_check_of_a_batch_is_never_more_lenient_than_the_line_check(
    count, spoilt, spoil, drop
):
    """Bundles are checked a column at a time for speed; whatever that lets
    through must pass the exact line-by-line rule."""
    event_id = "0b0e5a8c-1111-4222-8333-444455556666"
    items = [dict(_GOOD_LINE) for _ in range(count)]
    assert changelines._valid_columns(event_id, items) is not None
    line = items[min(spoilt, count - 1)]
    key, value = spoil
    if drop and key in line:
        del line[key]
    else:
        line[key] = value
    if changelines._valid_columns(event_id, items) is not None:
        for number, item in enumerate(items, 1):
            changelines._checked(Path("x.wltx"), event_id, item, number)
