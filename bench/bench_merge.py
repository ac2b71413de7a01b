"""Merging bundles into an organizer's store, every kind of change, each against its
yardstick measured in the same run.

Cases (each merge is ``wltdesk import`` of encrypted bundles signed by their laptops,
which register themselves in each, as every laptop's bundle does):

* **new people**: 20 bundles × 10,000 changes (target ≥ 50,000 changes/s on the best
  round; within 1.3× of the same merge from bundles in clear and unsigned);
* **40 laptops**: 40 bundles × 5,000 changes of new people;
* **updates**: 20 bundles, each changing five fields of every person its laptop
  added (about 87,000 changes);
* **deletes**: 20 bundles × 800 people taken off the roster (tombstones);
* **re-import**: the 20 new-people bundles merged again into the store that has
  them: target ≤ 0.2× their first import (recognised and skipped: nothing written).

The yardstick of every case but the re-import is raw SQLAlchemy Core doing the
same writes into a copy of the same store (the log's edits and fields, the rows
inserted or updated with their winning values, executemany per table): target
ratio Core/merge ≥ 0.5. Peak memory must stay flat in a bundle's size.

The merge and its yardstick run in turns, ROUNDS times, into fresh copies of the
same store, so a drift in the shared machine's speed hits both; ratios compare
the medians of rounds run side by side.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report
from synthetic import people as synthetic_people

BUNDLES, CHANGES = 20, 10_000
LAPTOPS, LAPTOP_CHANGES = 40, 5_000
#: Each laptop of the new-people case changes five fields of every person it added.
UPDATE_FIELDS = ("region", "affiliation", "local_name", "email", "phone")
#: And takes this many of them off the roster.
DELETE_PEOPLE = 800
TARGET_RATE = 50_000
TARGET_RATIO = 0.5
TARGET_REIMPORT = 0.2
#: The encrypted merge may take at most this many times the unencrypted one.
TARGET_CRYPTO = 1.3
ROUNDS = 3
FIELDS = ("display_name", "local_name", "wiki_username", "email", "region", "affiliation")
#: A day ago: stamps more than a day ahead of the merging laptop's clock are held back.
BASE_MS = int(time.time() * 1000) - 86_400_000


_LAPTOPS: dict[str, Any] = {}


def laptop(device: str):
    """A laptop's identity (its key pair, made once) for bundles made here."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from wltdesk.store.identity import Identity, public_key_hex

    if device not in _LAPTOPS:
        private = Ed25519PrivateKey.generate()
        key = private.private_bytes_raw().hex()
        _LAPTOPS[device] = Identity(device, public_key_hex(private), "bench", key)
    return _LAPTOPS[device]


def change(entity: str, row: str, name: str, value: Any, stamp: str, device: str) -> dict:
    from wltdesk.store.changes import encode

    return {
        "entity": entity,
        "row_id": row,
        "field": name,
        "value": encode(value),
        "hlc": stamp,
        "device_id": device,
    }


def write_bundle(
    folder: Path, event_id: str, key: str, device: str, body: list[dict], encrypt: bool = True
) -> Path:
    """A laptop's bundle of ``body`` (sealed under the event key and signed by the
    laptop, which registers itself in it, unless ``encrypt`` is False)."""
    from wltdesk.devices import device_row_id
    from wltdesk.store.hlc import Stamp
    from wltdesk.sync import bundle

    signer = laptop(device) if encrypt else None
    changes = []
    if signer is not None:
        stamp = str(Stamp(BASE_MS, 0, device))
        row = device_row_id(event_id, device)
        for name, value in (
            ("device", device),
            ("name", device),
            ("public_key", signer.public_key),
            ("deleted", False),
        ):
            changes.append(change("devices", row, name, value, stamp, device))
    path = folder / f"{device}.wltx"
    bundle.write_bundle(
        path,
        changes + body,
        event_id=event_id,
        device=device,
        key=key,
        kind="incremental",
        encrypt=encrypt,
        signer=signer,
    )
    return path


def new_people(device: str, size: int, seed: int) -> list[dict]:
    """``size`` changes adding people, one stamp per person."""
    from wltdesk.store.hlc import Stamp
    from wltdesk.store.models import new_id

    changes: list[dict] = []
    for tick, row in enumerate(synthetic_people(size // 4, seed=seed), 1):
        person = new_id()
        stamp = str(Stamp(BASE_MS + tick, 0, device))
        values = {f: row.get(f) for f in FIELDS if row.get(f)}
        values |= {"role": "participant", "deleted": False, "badge_code": f"B{tick:05d}"}
        for name, value in values.items():
            changes.append(change("people", person, name, value, stamp, device))
            if len(changes) == size:
                return changes
    return changes


def edits_of(device: str, people: Sequence[str], fields: Callable[[int], dict]) -> list[dict]:
    """Changes to people the store has, an hour after they were made, one stamp each."""
    from wltdesk.store.hlc import Stamp

    changes = []
    for tick, person in enumerate(people, 1):
        stamp = str(Stamp(BASE_MS + 3_600_000 + tick, 0, device))
        for name, value in fields(tick).items():
            changes.append(change("people", person, name, value, stamp, device))
    return changes


def bundles(
    folder: Path, event_id: str, key: str, bodies: Iterable[tuple[str, list[dict]]], **kw: Any
) -> list[Path]:
    folder.mkdir()
    return [write_bundle(folder, event_id, key, device, body, **kw) for device, body in bodies]


def organizer_store(folder: Path, name: str):
    """A store that has joined the event (through its full bundle), as an organizer's."""
    from wltdesk import events
    from wltdesk.store import open_store
    from wltdesk.sync import bundle, eventkey, merge

    source = open_store(folder / f"{name}-source.sqlite", backups=False)
    event_id = events.create_event(source, "Bench", date(2026, 1, 1), date(2026, 1, 2))
    package = bundle.export_bundle(source, event_id, folder / f"{name}-package.wltx").path
    key = eventkey.event_key(source, event_id)
    source.close()
    store = open_store(folder / f"{name}.sqlite", backups=False)
    merge.import_bundles(store, [package], given_key=key)
    return store, event_id, key


def copy_store(template: Path, copy: Path):
    """A fresh copy of a closed store (so the file is whole)."""
    from wltdesk.store import open_store

    shutil.copyfile(template, copy)
    return open_store(copy, backups=False)


def bundle_rows(paths: Sequence[Path], key: str) -> list[tuple]:
    from wltdesk.sync import reading

    rows: list[tuple] = []
    for path in paths:
        verified = reading.open_bundle(path, known_key=lambda _event, _key_id: key)
        for batch in verified.rows():
            rows.extend(batch)
    return rows


def core_writes(db, rows: Sequence[tuple]) -> list[tuple[Any, list[dict]]]:
    """The writes a merge of ``rows`` makes (all new to the store, each stamp newer
    than what it changes), as SQLAlchemy Core statements and their parameters: the
    log's edits and fields; per table the new rows whole and the others' changed
    columns, with their winning values and stamps."""
    from sqlalchemy import bindparam, func, insert, select, update

    from wltdesk.store.changes import column_default, content_columns, decode
    from wltdesk.store.models import ENTITY_BY_NAME, Edit, change_fields

    first = (db.execute(select(func.max(Edit.id))).scalar() or 0) + 1
    edits: dict[tuple, dict] = {}
    fields = []
    winners: dict[str, dict[str, dict[str, tuple[str, Any]]]] = {}
    for event_id, entity, row_id, name, value, stamp, device, seen in rows:
        edit = edits.setdefault(
            (entity, row_id, stamp),
            {
                "id": first + len(edits),
                "event_id": event_id,
                "entity": entity,
                "row_id": row_id,
                "hlc": stamp,
                "device_id": device,
            },
        )
        fields.append({"edit_id": edit["id"], "field": name, "value": value, "seen": seen})
        row = winners.setdefault(entity, {}).setdefault(row_id, {"event_id": (stamp, event_id)})
        if name not in row or row[name][0] < stamp:
            row[name] = (stamp, value)
    writes: list[tuple[Any, list[dict]]] = [
        (insert(Edit.__table__), list(edits.values())),
        (insert(change_fields), fields),
    ]
    for entity, found in winners.items():
        model = ENTITY_BY_NAME[entity]
        table = model.__table__
        columns = content_columns(model)
        required = {n for n, c in columns.items() if not c.nullable and c.default is None}
        have = set(db.execute(select(model.id).where(model.id.in_(list(found)))).scalars())
        new, changed = [], {}
        for row_id, values in found.items():
            stamp = max(s for s, _v in values.values())
            record = {
                name: decode(columns[name], value)
                for name, (_s, value) in values.items()
                if name != "event_id"
            }
            if row_id in have:
                record |= {"b_id": row_id, "hlc": stamp}
                changed.setdefault(tuple(sorted(record)), []).append(record)
            elif required <= record.keys():  # else it waits for the rest, as in a merge
                defaults = {name: column_default(column) for name, column in columns.items()}
                event = values["event_id"][1]
                new.append(defaults | record | {"id": row_id, "event_id": event, "hlc": stamp})
        if new:
            writes.append((insert(table), new))
        for names, group in changed.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values({name: bindparam(name) for name in names if name != "b_id"})
            )
            writes.append((statement, group))
    return writes


def raw_core(template: Path, copy: Path, rows: Sequence[tuple]) -> float:
    """Seconds raw SQLAlchemy Core takes for the writes of merging ``rows``."""
    store = copy_store(template, copy)
    with store.write() as writer:
        writes = core_writes(writer.db, rows)
        connection = writer.db.connection()
        started = time.perf_counter()
        for statement, params in writes:
            connection.execute(statement, params)
    elapsed = time.perf_counter() - started  # the commit included
    store.close()
    return elapsed


def timed_merge(template: Path, copy: Path, paths: list[Path], expected: int) -> float:
    from wltdesk.sync import merge

    store = copy_store(template, copy)
    started = time.perf_counter()
    summary = merge.import_bundles(store, paths)
    elapsed = time.perf_counter() - started
    store.close()
    assert summary.new_changes == expected, (summary.new_changes, expected)
    return elapsed


def peak_mib(folder: Path, name: str, size: int) -> float:
    from wltdesk.sync import merge

    store, event_id, key = organizer_store(folder, name)
    paths = bundles(folder / name, event_id, key, [("peak0000", new_people("peak0000", size, 1))])
    tracemalloc.start()
    merge.import_bundles(store, paths)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    return peak / (1 << 20)


def made_by(path: Path, device: str) -> list[str]:
    """The people a laptop added to the store."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        query = "SELECT DISTINCT row_id FROM edits WHERE entity = 'people' AND device_id = ?"
        return sorted(r[0] for r in connection.execute(query, (device,)))


def measure(folder: Path) -> list[Figure]:
    template_store, event_id, key = organizer_store(folder, "template")
    template = template_store.path
    template_store.close()
    people_paths = bundles(
        folder / "people",
        event_id,
        key,
        ((f"bench{n:04d}", new_people(f"bench{n:04d}", CHANGES, n)) for n in range(BUNDLES)),
    )
    plain = bundles(
        folder / "plain",
        event_id,
        key,
        ((f"bench{n:04d}", new_people(f"bench{n:04d}", CHANGES, n)) for n in range(BUNDLES)),
        encrypt=False,
    )
    laptops = bundles(
        folder / "laptops",
        event_id,
        key,
        ((f"lap{n:04d}", new_people(f"lap{n:04d}", LAPTOP_CHANGES, n)) for n in range(LAPTOPS)),
    )
    # The organizer's store with every new-people bundle: what updates, deletes and
    # the re-import start from.
    merged = folder / "merged.sqlite"
    timed_merge(template, merged, people_paths, BUNDLES * (CHANGES + 4))
    # Each laptop corrects or removes people it added (another laptop's edit of a
    # field would be a conflict for review, which this bench does not measure).
    made = {n: made_by(merged, f"bench{n:04d}") for n in range(BUNDLES)}
    updates = bundles(
        folder / "updates",
        event_id,
        key,
        (
            (
                f"bench{n:04d}",
                edits_of(
                    f"bench{n:04d}",
                    made[n],
                    lambda tick, n=n: {name: f"{name} {n}.{tick}" for name in UPDATE_FIELDS},
                ),
            )
            for n in range(BUNDLES)
        ),
    )
    deletes = bundles(
        folder / "deletes",
        event_id,
        key,
        (
            (
                f"bench{n:04d}",
                edits_of(f"bench{n:04d}", made[n][-DELETE_PEOPLE:], lambda _t: {"deleted": True}),
            )
            for n in range(BUNDLES)
        ),
    )
    cases = {
        "new people": (template, people_paths),
        "40 laptops": (template, laptops),
        "updates": (merged, updates),
        "deletes": (merged, deletes),
    }
    # The laptops' registrations in updates and deletes are in the store already.
    rows = {
        name: [r for r in bundle_rows(paths, key) if start == template or r[1] != "devices"]
        for name, (start, paths) in cases.items()
    }
    merges: dict[str, list[float]] = {name: [] for name in cases}
    raws: dict[str, list[float]] = {name: [] for name in cases}
    unencrypted: list[float] = []
    again: list[float] = []
    for number in range(ROUNDS):
        for name, (start, paths) in cases.items():
            copy = folder / f"{name}-{number}.sqlite"
            merges[name].append(timed_merge(start, copy, paths, len(rows[name])))
            raws[name].append(raw_core(start, folder / f"raw-{name}-{number}.sqlite", rows[name]))
        unencrypted.append(
            timed_merge(template, folder / f"plain-{number}.sqlite", plain, BUNDLES * CHANGES)
        )
        again.append(timed_merge(merged, folder / f"again-{number}.sqlite", people_paths, 0))
    small = peak_mib(folder, "peak-small", CHANGES)
    large = peak_mib(folder, "peak-large", CHANGES * 5)
    median = statistics.median
    total = BUNDLES * CHANGES
    figures = [
        Figure(
            "merge new people: changes/s, best round",
            total / min(merges["new people"]),
            TARGET_RATE,
            ">=",
            f"{total:,} changes, best {min(merges['new people']):.2f} s",
        ),
        Figure(
            "merge new people: encrypted / in clear",
            median(merges["new people"]) / median(unencrypted),
            TARGET_CRYPTO,
            "<=",
            f"in clear {median(unencrypted):.2f} s",
        ),
    ]
    for name in cases:
        figures.append(
            Figure(
                f"merge {name}: raw Core / merge",
                median(raws[name]) / median(merges[name]),
                TARGET_RATIO,
                ">=",
                f"{len(rows[name]):,} changes: merge {median(merges[name]):.2f} s, "
                f"Core {median(raws[name]):.2f} s",
            )
        )
    figures += [
        Figure(
            "merge re-import: again / first import",
            median(again) / median(merges["new people"]),
            TARGET_REIMPORT,
            "<=",
            f"{median(again):.2f} s",
        ),
        Figure(
            "merge memory: 5× the bundle / 1×",
            large / small,
            2.0,
            "<=",
            f"{small:.1f} MiB for {CHANGES:,} changes, {large:.1f} MiB for {CHANGES * 5:,}",
        ),
    ]
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        os.environ["WLTDESK_HOME"] = work
        report(measure(Path(work)))


if __name__ == "__main__":
    main()
