"""Adversarial bundles (issue #15): a bundle with any one line spoiled is refused alone.

A real small event (the demo: people, sessions, check-ins, groups, circles and notes,
plans, plus a prompt and a badge print) gives a line of every kind. Each example
spoils one line of its log — its value by type (wrong JSON type, too long, NUL, half
a surrogate pair, nested too deep, an invalid date, a word that is not one of the
choices, a number out of range), or its stamp, device, entity, row id, field name or
shape — and writes the whole log as a bundle with the project's own writer, so that
checksums and signature are right and only that line is bad. It is imported together
with a good bundle: the good one merges, the spoiled one is named with its line and
nothing of it reaches the store, on SQLite and on PostgreSQL.

The organizer's store knows only the event itself (it joined through the event's own
lines), so the spoiled bundle's thousands of other lines would all be new: any leak
would show in the before/after comparison of every table and the log.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from wltdesk import demo, people
from wltdesk.circles import add_prompt
from wltdesk.printing.badges import record_prints
from wltdesk.store import Store, open_store
from wltdesk.store.changes import change_dicts, encode
from wltdesk.store.hlc import Stamp
from wltdesk.store.models import SYNCABLE, Change
from wltdesk.store.validation import JSON_LIMIT, Rule, change_problem, rules, valid_changes
from wltdesk.sync import bundle, eventkey, merge

EVENT = demo.DEMO_EVENT_ID
EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# ----------------------------------------------------------------- the event
@pytest.fixture(scope="module")
def laptop(tmp_path_factory) -> dict[str, Any]:
    """The demo event's whole log on a facilitator's laptop, and the event key."""
    folder = tmp_path_factory.mktemp("laptop")
    store = open_store(folder / "laptop.sqlite", backups=False)
    try:
        demo.create_demo(store, today=date(2026, 3, 15))
        add_prompt(store, EVENT, "What will you try first?", "প্রথমে কী চেষ্টা করবেন?")
        someone = people.list_people(store, EVENT)[0].id
        record_prints(store, EVENT, [someone])
        key = eventkey.event_key(store, EVENT)
        with store.read() as db:
            log = change_dicts(db, EVENT)
        device = store.device_id
        identity = store.identity
    finally:
        store.close()
    kinds = sorted({(c["entity"], c["field"]) for c in log})
    return {
        "log": log,
        "key": key,
        "device": device,
        "identity": identity,
        "kinds": kinds,
        "folder": folder,
    }


def write(path: Path, changes: list[dict[str, Any]], laptop: dict, kind: str) -> Path:
    """A bundle written as WLT Desk writes one (checksums, signatures by the event key
    and the laptop's own key): the one place that knows the writer's arguments."""
    bundle.write_bundle(
        path,
        changes,
        event_id=EVENT,
        device=laptop["device"],
        key=laptop["key"],
        kind=kind,
        signer=laptop["identity"],
    )
    return path


def import_bundles(store: Store, paths: list[Path], laptop: dict) -> merge.ImportSummary:
    return merge.import_bundles(store, paths, given_key=laptop["key"])


@pytest.fixture
def organizer(store, laptop, tmp_path) -> Store:
    """``store`` (SQLite, then PostgreSQL) joined to the event through its own lines and
    the laptop's registration (its signature is checked against it) only."""
    joining = [c for c in laptop["log"] if c["entity"] in ("events", "devices")]
    import_bundles(store, [write(tmp_path / "join.wltx", joining, laptop, "full")], laptop)
    return store


_numbers = count(1)


def good_bundle(folder: Path, laptop: dict) -> tuple[Path, str]:
    """A new person, in a bundle of its own that must merge (the laptop's own lines:
    an incremental bundle carries only its signer's)."""
    number = next(_numbers)
    person = str(uuid.uuid4())
    millis = int(time.time() * 1000)
    values = {
        "display_name": f"Good Person {number}",
        "badge_code": f"GOOD{number:04d}",
        "role": "participant",
        "deleted": False,
    }
    changes = [
        {
            "entity": "people",
            "row_id": person,
            "field": name,
            "value": encode(value),
            "hlc": str(Stamp(millis, tick, laptop["device"])),
            "device_id": laptop["device"],
        }
        for tick, (name, value) in enumerate(values.items())
    ]
    return write(folder / f"good-{number}.wltx", changes, laptop, "incremental"), person


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every syncable table and the log (what a bundle can change)."""
    tables: dict[str, list[tuple]] = {}
    with store.read() as db:
        for model in SYNCABLE:
            rows = db.execute(select(*model.__table__.columns)).all()
            tables[model.__tablename__] = sorted(tuple(map(repr, row)) for row in rows)
        log = db.execute(
            select(Change.entity, Change.row_id, Change.field, Change.hlc, Change.value)
        ).all()
        tables["changes"] = sorted(map(tuple, log))
    return tables


def without(tables: dict[str, list[tuple]], row_id: str) -> dict[str, list[tuple]]:
    """The dump with one row (and its changes) taken out."""
    return {
        name: [row for row in rows if repr(row_id) not in row and row_id not in row]
        for name, rows in tables.items()
    }


def refused_alone(store: Store, laptop: dict, folder: Path, spoiled: list[dict], line: int) -> str:
    """Import the spoiled log with a good bundle; check what must hold; returns why."""
    number = next(_numbers)
    bad = write(folder / f"spoiled-{number}.wltx", spoiled, laptop, "incremental")
    good, person = good_bundle(folder, laptop)
    before = dump(store)
    summary = import_bundles(store, [bad, good], laptop)
    # the good bundle merged
    assert summary.bundles == 1 and summary.new_people == 1
    assert people.get_person(store, person).display_name.startswith("Good Person")
    # the spoiled one is named, with its line, and nothing of it was imported
    assert [path for path, _why in summary.refused] == [bad]
    why = summary.refused[0][1]
    assert why.startswith(f"{bad.name}: ") and why.endswith("; nothing was imported")
    assert f"line {line}" in why, why
    assert "\n" not in why and len(why) < 400
    assert without(dump(store), person) == before
    return why


def lines_of(laptop: dict, entity: str, field: str) -> list[int]:
    """Where the log has changes of one field."""
    return [n for n, c in enumerate(laptop["log"]) if (c["entity"], c["field"]) == (entity, field)]


# ----------------------------------------------------------------- spoilt values
def _not_null(rule: Rule) -> list[str]:
    return [] if rule.nullable else ["null"]


def _deep(depth: int, inside_object: bool) -> str:
    nested = "[" * depth + "]" * depth
    return '{"k":' + nested + "}" if inside_object else nested


def bad_values(rule: Rule) -> st.SearchStrategy[str]:
    """JSON texts ``rule`` must refuse, by the kind of field."""
    nul = st.tuples(st.text(max_size=8), st.text(max_size=8)).map(lambda p: p[0] + "\x00" + p[1])
    surrogate = st.just('"half \\ud800 a pair"')
    if rule.kind == "text":
        wrong_type = ["0", "1.5", "true", "false", "[]", '["x"]', '{"a":"b"}', *_not_null(rule)]
        options = [
            st.sampled_from(wrong_type),
            st.integers(rule.limit + 1, rule.limit + 3).map(lambda n: encode("x" * n)),
            st.just(encode("y" * 500_000)),  # a 500 kB name
            nul.map(encode),
            surrogate,
        ]
        if rule.choices:
            options.append(st.text(max_size=30).filter(lambda t: t not in rule.choices).map(encode))
        if rule.pattern is not None:
            options.append(
                st.text(max_size=30).filter(lambda t: not rule.pattern.fullmatch(t)).map(encode)
            )
        if rule.row_id:
            some = str(uuid.uuid4())
            wrong_ids = [some.upper(), some + "0", some[:-1], "not-a-row", "", f"{{{some}}}"]
            options.append(st.sampled_from(wrong_ids).map(encode))
        return st.one_of(options)
    if rule.kind in ("date", "datetime"):
        texts = [
            "2026-02-30",
            "2026-13-01",
            "26-03-14",
            "2026-3-14",
            "1899-12-31",
            "2200-01-01",
            "2026-03-14T25:00:00",
            "2026-03-14 10:00:00",
            "2026-03-14T10:00",
            "2026-03-14T10:00:00+00:00",
            "9999-12-31T23:59:59",
            "",
            "tomorrow",
        ]
        if rule.kind == "datetime":
            texts.append("2026-03-14")
        else:
            texts.append("2026-03-14T10:00:00")
        return st.one_of(
            st.sampled_from(texts).map(encode),
            st.sampled_from(["20260314", "true", "[2026, 3, 14]", *_not_null(rule)]),
            nul.map(lambda t: encode("2026-03-14" + t)),
        )
    if rule.kind == "integer":
        too_big = ["2147483648", "-2147483649", "1" + "0" * 30]
        return st.sampled_from(
            [*too_big, "1.5", '"3"', "true", "NaN", "Infinity", "[1]", *_not_null(rule)]
        )
    if rule.kind == "boolean":
        return st.sampled_from(["0", "1", '"true"', '"yes"', "[]", "{}", *_not_null(rule)])
    # JSON: the shape the model's annotation names
    is_object = str(rule.shape).startswith("dict")
    wrong_type = ['"text"', "5", "true", "[1]" if is_object else '{"a":1}', *_not_null(rule)]
    inner = '{"a":%s}' if is_object else "[%s]"
    options = [
        st.sampled_from(wrong_type),
        st.integers(5 if is_object else 6, 3000).map(lambda d: _deep(d, is_object)),
        nul.map(lambda t: inner % encode(t)),
        st.just(inner % encode("z" * (JSON_LIMIT + 1))),
        st.just(inner % '"half \\ud800 a pair"'),
    ]
    if is_object:
        options.append(st.just('{"key\\u0000":1}'))
        options.append(st.just('{"a":NaN}'))
    elif "dict" in str(rule.shape):
        options.append(st.just('[{"a":Infinity}]'))
        options.append(st.just("[1]"))
    else:
        options.append(st.just("[1]"))
    if rule.row_id:
        options.append(st.just('["not-a-person-id"]'))
    return st.one_of(options)


@st.composite
def spoilt_values(draw: st.DrawFn, laptop: dict) -> tuple[int, dict[str, Any]]:
    """A line of the log (every kind of field equally likely) with a value its rule refuses."""
    entity, field = draw(st.sampled_from(laptop["kinds"]))
    numbers = [
        n for n, c in enumerate(laptop["log"]) if (c["entity"], c["field"]) == (entity, field)
    ]
    index = draw(st.sampled_from(numbers))
    value = draw(bad_values(rules()[entity, field]))
    return index, dict(laptop["log"][index], value=value)


# ----------------------------------------------------------------- spoilt lines
def _stamp_spoilers(stamp: str) -> list[str]:
    millis, counter, device = stamp.split("-", 2)
    return [
        stamp.upper(),
        f"{millis}-{counter[1:]}-{device}",
        f"{millis}-{counter}",
        f"{millis}0-{counter}-{device}",
        f" {stamp}",
        f"{stamp}\n{stamp}",
        f"{millis}-{counter}-{device}x",  # another device than the line's
        f"{millis}-{counter}-dev ice",
        "",
    ]


def _row_spoilers(row: str, entity: str) -> list[str]:
    spoilt = ["", "x" * 37, row.upper(), "abc", row[:-1] + "\x00", row + " ", "x" * 36]
    if entity == "events":
        spoilt.append(str(uuid.uuid4()))  # another event
    return spoilt


def _field_spoilers(field: str, entity: str) -> list[str]:
    others = {key for (kind, key) in rules() if kind == entity}
    spoilt = ["", "x" * 61, "id", "event_id", "hlc", "seq", "no_such_field", field + "\x00"]
    spoilt += [field.upper(), "text_bn" if entity != "prompts" else "display_name"]
    return [name for name in spoilt if name not in others]


SPOILERS: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "stamp": lambda c: [dict(c, hlc=s) for s in _stamp_spoilers(c["hlc"])],
    "device": lambda c: [
        dict(c, device_id=d) for d in ("another0device00", "", "dev ice", c["device_id"] + "x")
    ],
    "entity": lambda c: [
        dict(c, entity=e)
        for e in ("persons", "", "People", "changes", "store_meta", "sync_targets", "events")
        if e != c["entity"]
    ],
    "row id": lambda c: [dict(c, row_id=r) for r in _row_spoilers(c["row_id"], c["entity"])],
    "field name": lambda c: [dict(c, field=f) for f in _field_spoilers(c["field"], c["entity"])],
    "shape": lambda c: [
        dict(c, value=c["value"] + ',"extra":1'),  # a seventh key
        dict(c, value="{"),  # not JSON
        dict(c, value=""),
    ],
}


@st.composite
def spoilt_lines(draw: st.DrawFn, laptop: dict) -> tuple[int, dict[str, Any]]:
    """A line of the log with its stamp, device, entity, row id, field name or shape spoilt."""
    entity, field = draw(st.sampled_from(laptop["kinds"]))
    numbers = [
        n for n, c in enumerate(laptop["log"]) if (c["entity"], c["field"]) == (entity, field)
    ]
    index = draw(st.sampled_from(numbers))
    how = draw(st.sampled_from(sorted(SPOILERS)))
    return index, draw(st.sampled_from(SPOILERS[how](laptop["log"][index])))


# ----------------------------------------------------------------- the suite
def _spoil(laptop: dict, index: int, line: dict[str, Any]) -> list[dict[str, Any]]:
    log = list(laptop["log"])
    log[index] = line
    return log


@pytest.mark.slow
@EXAMPLES
@given(data=st.data())
def test_a_bundle_with_one_spoilt_value_is_refused_alone(data, organizer, laptop, tmp_path):
    index, line = data.draw(spoilt_values(laptop))
    why = refused_alone(organizer, laptop, tmp_path, _spoil(laptop, index, line), index + 1)
    assert f"{line['entity']}." in why or "malformed change" in why


@pytest.mark.slow
@EXAMPLES
@given(data=st.data())
def test_a_bundle_with_one_spoilt_line_is_refused_alone(data, organizer, laptop, tmp_path):
    index, line = data.draw(spoilt_lines(laptop))
    refused_alone(organizer, laptop, tmp_path, _spoil(laptop, index, line), index + 1)


def test_every_kind_of_field_is_in_the_event(laptop):
    """The event has lines of every entity and of every field a store always logs (so
    every rule is attacked); the fields it leaves out are optional ones left empty."""
    assert {entity for entity, _field in laptop["kinds"]} == {m.__tablename__ for m in SYNCABLE}
    missing = set(rules()) - set(laptop["kinds"])
    assert all(rules()[key].nullable for key in missing), sorted(missing)


def test_the_unspoilt_log_merges_whole(organizer, laptop, tmp_path):
    """The control: the same log, unspoilt, merges (so a refusal above is the spoil's)."""
    whole = write(tmp_path / "whole.wltx", laptop["log"], laptop, "incremental")
    summary = import_bundles(organizer, [whole], laptop)
    assert not summary.refused and summary.bundles == 1
    tables = dump(organizer)
    assert all(tables[model.__tablename__] for model in SYNCABLE)
    logged = {(c["entity"], c["row_id"], c["field"], c["hlc"], c["value"]) for c in laptop["log"]}
    assert logged <= set(tables["changes"])  # and the organizer's own device


@pytest.mark.parametrize(
    "value, why",
    [
        ('"' + "a" * 201 + '"', "people.display_name is longer than 200 characters"),
        ('"Ra\\u0000kib"', "people.display_name holds a NUL character"),
        ("null", "people.display_name must have a value (not null)"),
        ("[" * 5000 + "]" * 5000, "nested too deeply"),
    ],
)
def test_the_refusal_says_which_line_which_field_and_why(value, why, organizer, laptop, tmp_path):
    index = next(
        n
        for n, c in enumerate(laptop["log"])
        if (c["entity"], c["field"]) == ("people", "display_name")
    )
    line = dict(laptop["log"][index], value=value)
    said = refused_alone(organizer, laptop, tmp_path, _spoil(laptop, index, line), index + 1)
    assert why in said
    if "nested" not in why:
        assert f": line {index + 1}: {why}; nothing was imported" in said


def test_the_event_passes_both_checks(laptop):
    """Every line of a real event passes the column-at-a-time check and the line check."""
    log = laptop["log"]
    values = [json.loads(c["value"]) for c in log]
    assert valid_changes([c["entity"] for c in log], [c["field"] for c in log], values)
    assert all(
        change_problem(c["entity"], c["field"], v) is None for c, v in zip(log, values, strict=True)
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_both_checks_refuse_every_spoilt_value(data):
    """The fast check (a column at a time, beside good values) is never more lenient
    than the line check, which says what is wrong and names the field."""
    entity, field = data.draw(st.sampled_from(sorted(rules())))
    text = data.draw(bad_values(rules()[entity, field]))
    try:
        value = json.loads(text)
    except RecursionError:
        return  # refused as "nested too deeply" before any rule runs
    except ValueError:
        return  # not JSON: refused as a malformed line
    assert not valid_changes([entity], [field], [value])
    problem = change_problem(entity, field, value)
    assert problem is not None and problem.startswith(f"{entity}.{field} ")
