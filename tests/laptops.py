"""Laptops of one event that sync through a shared folder, for the tests of conflicts:
real stores (SQLite files; an organizer may be any store, PostgreSQL too) exchanging
real bundles, as the team does at a venue.

Laptop A makes the event (at a venue in Dhaka), two people and a session, and
exports the event package; every other laptop joins with it and the event key, and
each laptop gets a name of its own (a laptop calls itself after its computer, and
these all run on one). A new SQLite store is a copy of one migrated once per test
run: migrating takes a second, copying a few milliseconds.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from bundle_tools import key_of
from sqlalchemy import create_engine, select

from wltdesk import agenda, events, people
from wltdesk.devices import device_row_id
from wltdesk.store import Store, open_store
from wltdesk.store.database import migrate
from wltdesk.store.models import SYNCABLE, Device
from wltdesk.sync import bundle, exchange, merge

VENUE = "Asia/Dhaka"
#: The session's start, on the venue's clock.
START = datetime(2026, 3, 14, 9, 0)
_TEMPLATE: list[Path] = []


def new_store(path: Path) -> Store:
    """A new, empty SQLite store at ``path`` (no laptop identity until opened)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="wltdesk-laptops-")) / "empty.sqlite"
        engine = create_engine(f"sqlite:///{template}")
        migrate(engine)
        engine.dispose()
        _TEMPLATE.append(template)
    shutil.copyfile(_TEMPLATE[0], path)
    return open_store(path, backups=False)


def name_laptop(store: Store, event_id: str, name: str) -> None:
    """Give a laptop its name in the event (a change, which travels like any)."""
    with store.write() as writer:
        writer.update(Device, device_row_id(event_id, store.device_id), {"name": name})


@dataclass
class Team:
    """An event's laptops, by name, and the folder they sync through."""

    event_id: str
    session_id: str
    people: list[str]
    key: str
    package: Path
    share: Path
    laptops: dict[str, Store] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Store:
        return self.laptops[name]

    def join(self, name: str, store: Store) -> Store:
        """Another laptop (or an organizer's store) joins with the package and the key;
        it is called "Laptop <name>"."""
        merge.import_bundles(store, [self.package], given_key=self.key)
        name_laptop(store, self.event_id, f"Laptop {name}")
        self.laptops[name] = store
        return store

    def sync(self, name: str) -> exchange.SyncResult:
        """One laptop syncs with the shared folder: pushes its work, merges the others'."""
        return exchange.sync(self.laptops[name], self.event_id, str(self.share))

    def close(self) -> None:
        for store in self.laptops.values():
            store.close()


def make_team(folder: Path, names: tuple[str, ...] = ("A", "B")) -> Team:
    """Laptop ``names[0]`` makes the event; the others join it."""
    first = new_store(folder / f"{names[0]}.sqlite")
    event_id = events.create_event(
        first, "Causal Training", date(2026, 3, 14), date(2026, 3, 15), timezone=VENUE
    )
    ids = [
        people.add_person(first, event_id, display_name=name, region="Dhaka")
        for name in ("Rakib Hasan", "Nusrat Jahan")
    ]
    session = agenda.add_session(first, event_id, "Opening", START, START + timedelta(hours=1))
    name_laptop(first, event_id, f"Laptop {names[0]}")
    package = bundle.export_bundle(first, event_id, folder / "package.wltx").path
    share = folder / "share"
    share.mkdir()
    key = key_of(first, event_id)
    assert key is not None
    team = Team(event_id, session, ids, key, package, share, {names[0]: first})
    for name in names[1:]:
        team.join(name, new_store(folder / f"{name}.sqlite"))
    return team


def tables(store: Store) -> dict[str, list[tuple]]:
    """Every syncable row (laptops' registrations aside: each store registers itself)."""
    found: dict[str, list[tuple]] = {}
    with store.read() as db:
        for model in SYNCABLE:
            if model is Device:
                continue
            rows = db.execute(select(*model.__table__.columns)).all()
            found[model.__tablename__] = sorted(tuple(map(repr, row)) for row in rows)
    return found
