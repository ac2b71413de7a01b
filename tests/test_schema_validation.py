"""Schema validation (issue #15, item 6): the rules, the write path, refused bundles alone.

The adversarial suite (test_adversarial_bundles.py) attacks the reader line by line;
this file checks the rules themselves, the Writer's safety net, the sync store's
memory of a refused bundle (migration 0009) and what the command line says.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from cli_result import Result, invoke
from hypothesis import given, settings
from hypothesis import strategies as st
from old_stores import database_at
from sqlalchemy import func, insert, inspect, select

from wltdesk import agenda, events, groups, people
from wltdesk.errors import UserError
from wltdesk.store import Store, open_store
from wltdesk.store.changes import change_dicts, content_columns, encode
from wltdesk.store.models import SYNCABLE, Change, Person, SyncSeen, SyncTarget
from wltdesk.store.validation import (
    JSON_DEPTH,
    TEXT_LIMIT,
    change_problem,
    rules,
    valid_changes,
)
from wltdesk.sync import bundle, eventkey, exchange, merge, reading, targets

DAY = date(2026, 3, 14)


# ----------------------------------------------------------------- the rules
def test_every_content_column_has_a_rule_and_nothing_else_does():
    assert set(rules()) == {
        (model.__tablename__, key) for model in SYNCABLE for key in content_columns(model)
    }


@pytest.mark.parametrize(
    "entity, field, value, why",
    [
        ("people", "display_name", "x" * 201, "is longer than 200 characters"),
        ("people", "notes", "x" * (TEXT_LIMIT + 1), f"is longer than {TEXT_LIMIT:,} characters"),
        ("people", "display_name", {"a": 1}, "must be text, not an object"),
        ("people", "display_name", None, "must have a value (not null)"),
        ("people", "region", "Dha\x00ka", "holds a NUL character"),
        ("people", "region", "\udc00", "holds half of a surrogate pair"),
        ("people", "role", "admin", "must be one of facilitator, organizer, participant"),
        ("people", "photo_consent", 1, "must be true or false"),
        ("people", "extra", ["x"], "must be an object, not a list"),
        ("people", "extra", {"a": [[[[["deep"]]]]]}, f"is nested deeper than {JSON_DEPTH} levels"),
        ("people", "id", str(uuid.uuid4()), "people.id is bookkeeping, which no change may set"),
        ("people", "event_id", str(uuid.uuid4()), "is bookkeeping"),
        ("people", "favourite_colour", "blue", "people has no field 'favourite_colour'"),
        ("attendance", "status", "Present", "must be one of absent, excused, late, present"),
        ("attendance", "person_id", "p1", "is not a row id (a UUID)"),
        ("attendance", "checked_at", "2026-03-14 09:05:00", "is not a date and time"),
        ("attendance", "checked_at", "2026-03-14T09:05:00+00:00", "is not a date and time"),
        ("attendance", "device_id", "laptop one", "is not a device id"),
        ("sessions", "day", "2026-02-30", "is not a date (YYYY-MM-DD)"),
        ("sessions", "day", "2226-02-03", "is not between 1900-01-01 and 2199-12-31"),
        ("sessions", "facilitators", ["Rakib"], "not a person id"),
        ("group_sets", "seed", 2**40, "is out of range"),
        ("group_sets", "rounds", 1.0, "must be a whole number, not a number"),
        ("groups", "colour", "red", "is not a colour as #RRGGBB"),
        ("events", "timezone", "Asia/Dhaka; DROP", "is not a time zone name"),
        ("circles", "order_mode", "alphabetical", "must be one of manual, random, seated"),
        ("circles", "turns", [{"seconds": float("nan")}], "holds a number that is not finite"),
        ("circles", "prompts", ["ok", 5], "must hold text only"),
        ("circles", "prompts", ["p" * 70_000] * 3, "is longer than 200,000 characters as JSON"),
        ("people", "extra", {"k": "\x00"}, "holds a NUL character"),
        ("reflections", "visibility", "everyone", "must be one of organizers, private, public"),
        ("action_items", "status", "finished", "must be one of done, dropped, in progress"),
        ("action_items", "due_date", "next week", "is not a date"),
    ],
)
def test_a_bad_value_is_named_with_its_field_and_why(entity, field, value, why):
    problem = change_problem(entity, field, value)
    assert problem is not None and why in problem
    assert problem.startswith(f"{entity}.{field} ") or problem.startswith(f"{entity} has no")
    assert not valid_changes([entity], [field], [value])


@pytest.mark.parametrize(
    "entity, field, value",
    [
        ("people", "display_name", "ফারহানা " * 20),
        ("people", "local_name", None),
        ("people", "extra", {"T-shirt": "M", "Diet": ""}),
        ("attendance", "checked_at", "2026-03-14T09:05:07.123456"),
        ("sessions", "day", "2026-03-14"),
        ("groups", "colour", "#E69F00"),
        ("events", "timezone", "America/Argentina/Buenos_Aires"),
        ("group_sets", "constraints", {"apart": [["a", "b"]], "pins": {"a": 1}, "history": True}),
        ("circles", "turns", [{"person_id": str(uuid.uuid4()), "seconds": 90, "passed": False}]),
        ("group_sets", "seed", -(2**31)),
        ("people", "deleted", True),
        ("circles", "prompts", ["p" * 60_000] * 3),
    ],
)
def test_a_good_value_passes_both_checks(entity, field, value):
    assert change_problem(entity, field, value) is None
    assert valid_changes([entity], [field], [value])


_CHARACTERS = st.characters(max_codepoint=0xFFFF, blacklist_categories=())  # NUL, surrogates too
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(),
    st.text(_CHARACTERS, max_size=12),
    st.sampled_from(
        ["2026-03-14", "2026-03-14T09:00:00", str(uuid.uuid4()), "#E69F00", "present", "UTC"]
    ),
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=12,
)
_FLAT = st.one_of(
    st.lists(st.text(_CHARACTERS, max_size=40) | st.just(str(uuid.uuid4())), max_size=6),
    st.dictionaries(
        st.text(_CHARACTERS, max_size=6),
        st.text(_CHARACTERS, max_size=40) | st.booleans() | st.none(),
        max_size=4,
    ),
)


@settings(max_examples=500, deadline=None)
@given(key=st.sampled_from(sorted(rules())), values=st.lists(_JSON | _FLAT, min_size=1, max_size=5))
def test_the_column_check_agrees_with_the_value_check(key, values):
    """A column of values passes the fast check exactly when each passes on its own."""
    rule = rules()[key]
    assert rule.all_valid(list(values)) == all(rule.problem(v) is None for v in values)


# ----------------------------------------------------------------- the write path
def test_the_writer_refuses_what_readers_would_refuse_and_writes_nothing(store, event_id):
    person = people.add_person(store, event_id, display_name="Rakib")
    others = [people.add_person(store, event_id, display_name=f"P{n}") for n in range(3)]
    with store.read() as db:
        before = db.execute(select(func.count()).select_from(Change)).scalar_one()
    attempts: list[tuple[Any, str]] = [
        ({"display_name": "R" * 201}, "people.display_name is longer than 200 characters"),
        ({"notes": "a\x00b"}, "people.notes holds a NUL character"),
        ({"photo_consent": "yes"}, "people.photo_consent must be true or false"),
        ({"role": "boss"}, "people.role must be one of"),
        ({"extra": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}, "people.extra is nested"),
    ]
    for values, why in attempts:
        with pytest.raises(UserError, match=f"^cannot write: {why}"), store.write() as writer:
            writer.update(Person, person, values)
    with pytest.raises(UserError, match="people id 'p-1' is not a UUID"), store.write() as writer:
        writer.create(Person, {"id": "p-1", "event_id": event_id, "display_name": "X"})
    with pytest.raises(UserError, match=r"group_sets\.seed is out of range"):
        wish = groups.Wish(count=2, seed=2**40, time_budget=0.1)
        groups.make_set(store, event_id, wish, person_ids=[person, *others])
    with store.read() as db:
        after = db.execute(select(func.count()).select_from(Change)).scalar_one()
    assert after == before
    assert people.get_person(store, person).display_name == "Rakib"


def test_dates_and_times_are_written_as_readers_take_them(store, event_id):
    """Python values (dates, naive datetimes) pass; an aware one is refused (SQLite
    and PostgreSQL would store it differently)."""
    start = datetime(2026, 3, 14, 9, 0)
    session = agenda.add_session(store, event_id, "Opening", start, start.replace(hour=10))
    assert agenda.get_session(store, session).starts_at == start
    with store.write() as writer:
        from wltdesk.store.models import EventSession

        with pytest.raises(UserError, match=r"sessions\.starts_at is not a date and time"):
            writer.update(
                EventSession,
                session,
                {"starts_at": datetime.fromisoformat("2026-03-14T09:30+06:00")},
            )


# ----------------------------------------------------------------- bundles
def _laptop(tmp_path: Path, name: str = "laptop") -> tuple[Store, str, str]:
    laptop = open_store(tmp_path / f"{name}.sqlite", backups=False)
    event_id = events.create_event(laptop, "Checked Training", DAY, DAY)
    people.add_person(laptop, event_id, display_name="Rakib")
    return laptop, event_id, eventkey.event_key(laptop, event_id)


def write(path: Path, changes: list[dict[str, Any]], event_id: str, key: str) -> Path:
    """A bundle as WLT Desk writes one (checksums, signature): the one place that knows
    the writer's arguments."""
    device = changes[0]["device_id"]
    bundle.write_bundle(
        path,
        changes,
        event_id=event_id,
        device=device,
        key=key,
        kind="incremental",
    )
    return path


def spoil(
    changes: list[dict[str, Any]],
    out: Path,
    found: dict[str, Any],
    edit: dict[str, Any],
    where: int,
) -> Path:
    """A laptop's changes with one line's fields changed, written by WLT Desk's own writer
    (right checksums and signature: only that line is bad)."""
    spoilt = [dict(change) for change in changes]
    spoilt[where] |= edit
    return write(out, spoilt, found["event_id"], found["key"])


def key_text(found: dict[str, Any]) -> str:
    return f"wltdesk-key:1:{found['event_id']}:{found['key']}"


@pytest.fixture
def bundles(tmp_path) -> dict[str, Any]:
    """An event package, two good incremental bundles from two laptops, and one from a
    third laptop with a 500 kB name in it."""
    laptop, event_id, key = _laptop(tmp_path)
    package = bundle.export_bundle(laptop, event_id, tmp_path / "package.wltx").path
    found: dict[str, Any] = {"package": package, "event_id": event_id, "key": key, "log": {}}
    for name in ("a", "b", "c"):
        other = open_store(tmp_path / f"{name}.sqlite", backups=False)
        merge.import_bundles(other, [package], given_key=key)
        with other.read() as db:
            mark = db.execute(select(func.max(Change.seq))).scalar_one()
        people.add_person(other, event_id, display_name=f"From {name}")
        with other.read() as db:
            found["log"][name] = change_dicts(db, event_id, mark)
        found[name] = write(tmp_path / f"{name}.wltx", found["log"][name], event_id, key)
        other.close()
    line = next(n for n, c in enumerate(found["log"]["c"], 1) if c["field"] == "display_name")
    found["bad"] = spoil(
        found["log"]["c"], tmp_path / "bad.wltx", found, {"value": encode("N" * 500_000)}, line - 1
    )
    found["bad line"] = line
    laptop.close()
    return found


def test_import_merges_every_good_bundle_and_names_the_refused_one(store, bundles):
    merge.import_bundles(store, [bundles["package"]], given_key=bundles["key"])
    summary = merge.import_bundles(store, [bundles["a"], bundles["bad"], bundles["b"]])
    assert summary.bundles == 2 and summary.new_people == 2
    ((path, why),) = summary.refused
    assert path == bundles["bad"]
    assert why == (
        f"bad.wltx: line {bundles['bad line']}: people.display_name is longer than 200 "
        "characters; nothing was imported"
    )
    names = {p.display_name for p in people.list_people(store, bundles["event_id"])}
    assert names == {"Rakib", "From a", "From b"}
    history = exchange.history(store, bundles["event_id"])[0]
    assert history.kind == "import" and why in (history.message or "")


@pytest.fixture
def run(capsys):
    def call(*argv: Any) -> Result:
        return invoke(capsys, argv)

    return call


def test_the_command_line_names_each_refused_bundle_on_stderr_and_exits_1(run, bundles, tmp_path):
    db = tmp_path / "organizer.sqlite"
    assert run("--db", db, "import", bundles["package"], "--key", key_text(bundles)).code == 0
    last = len(bundles["log"]["b"])
    other = spoil(bundles["log"]["b"], tmp_path / "worse.wltx", bundles, {"field": "id"}, last - 1)
    result = run("--db", db, "import", bundles["a"], bundles["bad"], other)
    assert result.code == 1
    assert "1 bundle, " in result.out and "1 new person," in result.out
    lines = result.err.splitlines()
    assert len(lines) == 2 and "Traceback" not in result.err
    assert lines[0].startswith("wltdesk: refused: bad.wltx: line ")
    assert "people.display_name is longer than 200 characters" in lines[0]
    assert lines[1].startswith("wltdesk: refused: worse.wltx: ")
    assert f"line {last}" in lines[1]
    assert "no field 'id'" in lines[1] or "people.id is bookkeeping" in lines[1]
    # every bundle refused: each named, nothing imported, exit 1
    again = run("--db", db, "import", "--json", bundles["bad"], other)
    assert again.code == 1 and again.out == ""
    assert [line.split(":")[1].strip() for line in again.err.splitlines()] == [
        "refused",
        "refused",
    ]
    # --json lists them too
    mixed = run("--db", db, "import", "--json", bundles["c"], other)
    assert mixed.code == 1 and json.loads(mixed.out)["refused"][0].startswith("worse.wltx: ")


# ----------------------------------------------------------------- sync: remembered refusals
@pytest.fixture
def share(bundles, tmp_path) -> dict[str, Any]:
    """A shared folder holding a's and the spoiled bundle, as their laptops put them."""
    folder = tmp_path / "share"
    event_id = bundles["event_id"]
    for device, name in (("aaaa", "a"), ("cccc", "bad")):
        place = folder / event_id / device
        place.mkdir(parents=True)
        (place / targets.bundle_name(7)).write_bytes(bundles[name].read_bytes())
    return {"folder": folder, "bad": folder / event_id / "cccc" / targets.bundle_name(7)}


def test_a_refused_bundle_on_a_target_is_remembered_and_read_again_only_when_it_changes(
    store, bundles, share, tmp_path, monkeypatch
):
    merge.import_bundles(store, [bundles["package"]], given_key=bundles["key"])
    event_id = bundles["event_id"]
    opened: list[str] = []
    real_open = reading.open_bundle

    def counting(path, **kwargs):
        opened.append(Path(path).parent.name + "/" + Path(path).name)
        return real_open(path, **kwargs)

    monkeypatch.setattr(reading, "open_bundle", counting)
    first = exchange.sync(store, event_id, str(share["folder"]))
    assert first.received_bundles == 1 and first.summary.new_people == 1
    (why,) = first.refused
    assert why.startswith("cccc/0000000007.wltx: line ")
    assert "people.display_name is longer than 200 characters; nothing was imported" in why
    assert why in exchange.history(store, event_id)[0].message
    with store.read() as db:
        remembered = db.execute(select(SyncSeen).where(SyncSeen.name == "cccc/0000000007.wltx"))
        row = remembered.scalar_one()
        assert row.refused is not None and "display_name" in row.refused
        assert len(row.sha256) == 64
    assert len(opened) == 2
    # unchanged: named again, not read again
    second = exchange.sync(store, event_id, str(share["folder"]))
    assert len(opened) == 2 and second.received_bundles == 0
    assert second.refused == (f"{why} (unchanged since it was refused)",)
    # the same size, other content (a byte changed): read again, refused anew
    data = bytearray(share["bad"].read_bytes())
    data[len(data) // 2] ^= 0xFF
    share["bad"].write_bytes(bytes(data))
    third = exchange.sync(store, event_id, str(share["folder"]))
    assert len(opened) == 3 and len(third.refused) == 1
    assert "unchanged" not in third.refused[0]
    # mended (another size): read again and merged
    share["bad"].write_bytes(bundles["c"].read_bytes())
    mended = exchange.sync(store, event_id, str(share["folder"]))
    assert mended.refused == () and mended.summary.new_people == 1
    with store.read() as db:
        row = db.execute(select(SyncSeen).where(SyncSeen.name == "cccc/0000000007.wltx"))
        assert row.scalar_one().refused is None
    assert exchange.sync(store, event_id, str(share["folder"])).refused == ()


def test_sync_on_the_command_line_exits_1_and_names_the_refused_bundle(
    run, bundles, share, tmp_path
):
    db = tmp_path / "organizer.sqlite"
    run("--db", db, "import", bundles["package"], "--key", key_text(bundles))
    result = run("--db", db, "sync", "--target", share["folder"])
    assert result.code == 1 and "read 1 bundle" in result.out
    (line,) = result.err.splitlines()
    assert line.startswith("wltdesk: refused: cccc/0000000007.wltx: line ")
    status = run("--db", db, "sync", "--status", "--json").json()
    assert "cccc/0000000007.wltx: line " in status["history"][0]["message"]


# ----------------------------------------------------------------- migration 0009
@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_at_0006(request, tmp_path):
    """A database migrated to 0006 (before refusals were remembered), with a target and
    a bundle read from it."""

    def old_rows(connection) -> None:
        connection.execute(
            insert(SyncTarget.__table__).values(
                id=1,
                event_id=str(uuid.uuid4()),
                location="/media/usb",
                is_default=True,
                last_seq=0,
            )
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_seen (target_id, name, size) VALUES (1, 'dev/0000000001.wltx', 99)"
        )

    return database_at(request, tmp_path, "0006", old_rows)


def test_migration_0009_keeps_what_was_read_and_adds_why_a_bundle_was_refused(store_at_0006):
    opened = open_store(store_at_0006, backups=False)
    try:
        columns = {c["name"] for c in inspect(opened.engine).get_columns("sync_seen")}
        assert {"sha256", "refused"} <= columns
        with opened.read() as db:
            (row,) = db.execute(select(SyncSeen)).scalars()
            assert (row.name, row.size, row.sha256, row.refused) == (
                "dev/0000000001.wltx",
                99,
                None,
                None,
            )
    finally:
        opened.close()


def test_a_bundle_the_target_refuses_to_send_is_named_while_the_others_merge(
    store, bundles, share, monkeypatch
):
    """A file too large to read is refused by the target itself; it is this bundle's
    fault, not the target's: the sync names it and merges the rest (it stopped there)."""
    merge.import_bundles(store, [bundles["package"]], given_key=bundles["key"])
    monkeypatch.setattr(targets, "MAX_BUNDLE_BYTES", bundles["a"].stat().st_size + 1)
    done = exchange.sync(store, bundles["event_id"], str(share["folder"]))
    assert done.summary.new_people == 1  # a's bundle merged
    (why,) = done.refused
    assert why.startswith("cccc/0000000007.wltx: ") and "bundles over" in why
