"""Clock hygiene: a laptop whose clock runs a year ahead, a stamp at the end of time,
and laptops that say when their own clock looks wrong.

Laptop A (the organizer's co-facilitator, right clock) makes the event; laptop
"Hall B" joins it on time, then its clock jumps a year ahead and it edits a
person and adds one. The organizer (SQLite and PostgreSQL) imports both. Clocks
are set wrong through :func:`wltdesk.store.hlc.wall_clock`, the one "now" every
stamp comes from; the command line runs in-process (``cli_result``).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_result import Result, invoke
from sqlalchemy import func, inspect, select, text

from wltdesk import events, people
from wltdesk.store import hlc, open_store
from wltdesk.store.changes import change_dicts, insert_changes
from wltdesk.store.hlc import MAX_SKEW_MS, Stamp
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import Change, Person
from wltdesk.sync import bundle, clockwatch, eventkey, exchange, held, merge, reading, targets
from wltdesk.sync.held import HeldGroup

DAY = 24 * 3600.0
YEAR = 365 * DAY


@pytest.fixture
def run(capsys):
    def call(*argv: Any) -> Result:
        return invoke(capsys, argv)

    return call


class Clocks:
    """This process's laptop clock, set right or wrong for the next stamps."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.real = hlc.wall_clock

    def off_by(self, seconds: float) -> None:
        real = self.real
        self.monkeypatch.setattr(hlc, "wall_clock", lambda: real() + seconds)

    def right(self) -> None:
        self.monkeypatch.setattr(hlc, "wall_clock", self.real)

    def now_ms(self) -> int:
        return int(self.real() * 1000)


@pytest.fixture
def clocks(monkeypatch) -> Clocks:
    return Clocks(monkeypatch)


@dataclass
class Laptops:
    a: str
    b: str
    event_id: str
    rakib: str
    b_device: str
    package: Path  # A's full bundle: the event
    b_bundle: Path  # B's full bundle, with its year-ahead work
    a_bundle: Path  # A's later work, on time
    future: int  # how many of B's changes are stamped a year ahead
    key: str  # the event key: a store joins the event with it


@pytest.fixture
def laptops(tmp_path, clocks, monkeypatch) -> Laptops:
    a = open_store(tmp_path / "a.sqlite", backups=False)
    event_id = events.create_event(a, "Clock Training", date(2026, 3, 14), date(2026, 3, 15))
    rakib = people.add_person(a, event_id, display_name="Rakib Hasan", region="Dhaka")
    package = bundle.export_bundle(a, event_id, tmp_path / "package.wltx")
    b = open_store(tmp_path / "b.sqlite", backups=False)
    node = platform.node
    monkeypatch.setattr(platform, "node", lambda: "Hall B")
    key = eventkey.event_key(a, event_id)
    merge.import_bundles(b, [package.path], given_key=key)  # joins on time: registered right
    monkeypatch.setattr(platform, "node", node)
    clocks.off_by(YEAR)
    people.update_person(b, rakib, region="Sylhet")
    people.add_person(b, event_id, display_name="Walk-in on B")
    b_bundle = bundle.export_bundle(b, event_id, tmp_path / "b.wltx").path
    clocks.right()
    people.update_person(a, rakib, affiliation="Library")
    a_bundle = bundle.export_bundle(a, event_id, tmp_path / "a.wltx", after_seq=package.upto_seq)
    with b.read() as db:
        stamps = db.execute(select(Change.hlc)).scalars().all()
    future = sum(Stamp.parse(s).millis > clocks.now_ms() + MAX_SKEW_MS for s in stamps)
    laptops = Laptops(
        str(a.path),
        str(b.path),
        event_id,
        rakib,
        b.device_id,
        package.path,
        b_bundle,
        a_bundle.path,
        future,
        key,
    )
    a.close()
    b.close()
    return laptops


def fingerprint(url: str, skip: tuple[str, ...] = ()) -> str:
    """Every row of every table (but ``skip``): what "the store is unchanged" compares."""
    store = open_store(url, backups=False)
    digest = hashlib.sha256()
    try:
        with store.read() as db:
            for table in sorted(inspect(db.get_bind()).get_table_names()):
                if table in skip:
                    continue
                rows = db.execute(text(f'SELECT * FROM "{table}"')).all()
                digest.update(repr((table, sorted(map(repr, rows)))).encode())
    finally:
        store.close()
    return digest.hexdigest()


def organizer_view(url: str, laptops: Laptops, clocks: Clocks, out: Path) -> dict[str, Any]:
    """What the organizer's store holds of Rakib and B's walk-in, who wrote Rakib's
    region, and whether its log, its clock and what it exports keep to the time."""
    store = open_store(url, backups=False)
    try:
        rakib = people.get_person(store, laptops.rakib)
        names = {p.display_name for p in people.list_people(store, laptops.event_id)}
        with store.read() as db:
            top = db.execute(select(func.max(Change.hlc))).scalar_one()
            region_by = db.execute(
                select(Change.device_id)
                .where(Change.row_id == laptops.rakib, Change.field == "region")
                .order_by(Change.hlc.desc())
                .limit(1)
            ).scalar_one()
        clock = Stamp.parse(store.clock.now()).millis
        export = bundle.export_bundle(store, laptops.event_id, out)
        organizer = store.device_id
    finally:
        store.close()
    limit = clocks.now_ms() + MAX_SKEW_MS
    return {
        "region": rakib.region,
        "affiliation": rakib.affiliation,
        "walk_in": "Walk-in on B" in names,
        "region_by": {organizer: "organizer", laptops.b_device: "B"}.get(region_by, "A"),
        "log_in_time": Stamp.parse(top).millis < limit,
        "clock_in_time": clock < limit,
        "export_in_time": Stamp.parse(export.hlc_max or "").millis < limit,
    }


def held_of(listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item for item in listed if item["kind"] == "held"]


# ----------------------------------------------------------------- a laptop a year ahead
def test_the_organizer_holds_a_year_ahead_laptops_work_and_accepts_it(
    run, laptops, store, clocks, tmp_path
):
    url = store.url
    store.close()  # the commands open the store themselves (SQLite or PostgreSQL)
    files = (laptops.package, laptops.b_bundle, laptops.a_bundle)
    done = run("--db", url, "import", *files, "--json", "--key", laptops.key).json()
    assert laptops.future >= 5 and done["held"] == laptops.future
    view = organizer_view(url, laptops, clocks, tmp_path / "out1.wltx")
    assert (view["region"], view["affiliation"], view["walk_in"]) == ("Dhaka", "Library", False)
    assert view["log_in_time"] and view["clock_in_time"] and view["export_in_time"]

    listed = run("--db", url, "conflicts", "--json").json()
    [group] = held_of(listed)
    assert (group["device_id"], group["device_name"]) == (laptops.b_device, "Hall B")
    assert group["changes"] == laptops.future
    assert 364 <= group["ahead_days"] <= 366
    assert group["bundles"] == [str(laptops.b_bundle)]
    words = run("--db", url, "conflicts").out
    assert f"Laptop 'Hall B' wrote {laptops.future} changes stamped 365 days ahead" in words
    assert "its clock is probably wrong" in words

    again = run("--db", url, "import", *files, "--json", "--key", laptops.key).json()
    assert (again["held"], again["new_changes"]) == (0, 0)  # not held twice
    assert held_of(run("--db", url, "conflicts", "--json").json()) == [group]

    accepted = run("--db", url, "conflicts", "--accept-held", group["id"])
    assert accepted.code == 0, accepted.err
    assert f"{laptops.future} changes from laptop 'Hall B' accepted" in accepted.out
    view = organizer_view(url, laptops, clocks, tmp_path / "out2.wltx")
    assert (view["region"], view["affiliation"], view["walk_in"]) == ("Sylhet", "Library", True)
    # written anew by the organizer, stamped now: no clock moved, nothing a year ahead
    assert view["region_by"] == "organizer"
    assert view["log_in_time"] and view["clock_in_time"] and view["export_in_time"]
    assert held_of(run("--db", url, "conflicts", "--json").json()) == []
    third = run("--db", url, "import", *files, "--json", "--key", laptops.key).json()
    assert third["held"] == 0
    assert organizer_view(url, laptops, clocks, tmp_path / "out3.wltx")["log_in_time"]


def test_dropped_changes_stay_out_also_once_the_clocks_agree(run, laptops, store, clocks, tmp_path):
    url = store.url
    store.close()
    files = (laptops.package, laptops.b_bundle, laptops.a_bundle)
    assert (
        run("--db", url, "import", *files, "--json", "--key", laptops.key).json()["held"]
        == laptops.future
    )
    unknown = run("--db", url, "conflicts", "--drop-held", "999999")
    assert "nothing held with id 999999" in unknown.error_line
    dropped = run("--db", url, "conflicts", "--drop-held", "all")
    assert dropped.code == 0 and "dropped" in dropped.out
    assert held_of(run("--db", url, "conflicts", "--json").json()) == []
    before = fingerprint(url, skip=("sync_runs",))  # an import adds a history line
    assert run("--db", url, "import", *files, "--json", "--key", laptops.key).json()["held"] == 0
    assert fingerprint(url, skip=("sync_runs",)) == before
    # a year later B's stamps are no longer ahead: what was dropped still stays out
    clocks.off_by(YEAR + DAY)
    later = run("--db", url, "import", laptops.b_bundle, "--json", "--key", laptops.key).json()
    assert (later["held"], later["new_changes"]) == (0, 0)
    clocks.right()
    view = organizer_view(url, laptops, clocks, tmp_path / "out.wltx")
    assert (view["region"], view["walk_in"], view["region_by"]) == ("Dhaka", False, "A")


def test_a_laptop_that_pulls_through_a_target_holds_too(laptops, clocks, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    a, b = open_store(laptops.a, backups=False), open_store(laptops.b, backups=False)
    try:
        clocks.off_by(YEAR)
        exchange.sync(b, laptops.event_id, str(share))
        clocks.right()
        result = exchange.sync(a, laptops.event_id, str(share))
        assert result.summary is not None and result.summary.held == laptops.future
        assert people.get_person(a, laptops.rakib).region == "Dhaka"
        assert Stamp.parse(a.clock.now()).millis < clocks.now_ms() + MAX_SKEW_MS
        [group] = held.held_groups(a, laptops.event_id)
        assert isinstance(group, HeldGroup) and group.device_name == "Hall B"
        assert group.bundles[0].startswith(f"{share}: {laptops.b_device}/")
        # A's next push carries nothing of what it holds
        people.add_person(a, laptops.event_id, display_name="After the pull")
        pushed = exchange.sync(a, laptops.event_id, str(share))
        assert pushed.sent > 0
        pushed_files = list(share.glob(f"{laptops.event_id}/{a.device_id}/*.wltx"))
        assert len(pushed_files) == 2
        for path in pushed_files:
            assert Stamp.parse(manifest_max(path)).millis < clocks.now_ms() + MAX_SKEW_MS
    finally:
        a.close()
        b.close()


def manifest_max(path: Path) -> str:
    """The greatest stamp a bundle's manifest lists."""
    with reading.open_archive(path) as archive:
        return reading.read_manifest(path, archive).hlc_max or ""


# ----------------------------------------------------------------- the end of time
def test_a_stamp_at_the_end_of_time_is_refused_and_nothing_crashes(run, laptops, store, tmp_path):
    forger = open_store(laptops.b, backups=False)
    end = f"ffffffffffff-ffff-{forger.device_id}"
    with forger.write() as writer:
        insert_changes(
            writer.connection,
            [
                {
                    "event_id": laptops.event_id,
                    "entity": "people",
                    "row_id": laptops.rakib,
                    "field": "region",
                    "value": '"Forever"',
                    "hlc": end,
                    "device_id": forger.device_id,
                }
            ],
        )
    forged = bundle.export_bundle(forger, laptops.event_id, tmp_path / "forged.wltx").path
    forger.close()
    url = store.url
    store.close()
    assert run("--db", url, "import", laptops.package, "--key", laptops.key).code == 0
    before = fingerprint(url)
    refused = run("--db", url, "import", forged, "--key", laptops.key)
    line = refused.error_line
    assert "forged.wltx" in line and "malformed change on line" in line
    assert "out of range" in line
    assert fingerprint(url) == before
    assert run("--db", url, "conflicts").code == 0
    assert run("--db", url, "import", laptops.a_bundle, "--key", laptops.key).code == 0
    # the laptop that holds such a stamp still works, and says its log is off
    listed = run("--db", laptops.b, "conflicts")
    assert listed.code == 0, listed.err
    assert "wltdesk: warning: this laptop's clock looks wrong" in listed.err
    reopened = open_store(laptops.b, backups=False)
    try:
        stamp = reopened.clock.now()
    finally:
        reopened.close()
    assert len(stamp.split("-")[0]) == 12 and not stamp.startswith("ffffffffffff")


# ----------------------------------------------------------------- a clock that looks wrong
def test_a_store_that_has_seen_stamps_a_week_ahead_warns_on_stderr(run, laptops, clocks):
    quiet = run("--db", laptops.a, "conflicts")
    assert quiet.code == 0 and "warning" not in quiet.err
    clocks.off_by(-7 * DAY)  # this laptop's clock is set back a week
    warned = run("--db", laptops.a, "conflicts")
    assert warned.code == 0
    assert warned.err.splitlines() == [
        "wltdesk: warning: this laptop's clock looks wrong: changes in this store are "
        "stamped up to 7 days ahead of it; check its date, time and time zone"
    ]
    status = run("--db", laptops.a, "sync", "--status")
    assert status.code == 0 and "clock looks wrong" in status.err
    store = open_store(laptops.a, backups=False)
    try:
        warning = clockwatch.clock_warning(store, laptops.event_id)
    finally:
        store.close()
    assert warning is not None and warning.source == clockwatch.LOG
    assert 6.9 * DAY * 1000 < warning.behind_ms < 7.1 * DAY * 1000


def test_a_target_whose_clock_disagrees_by_a_year_is_a_warning(run, laptops, clocks, tmp_path):
    """A network share's file times come from the server's clock, not this laptop's:
    here the file system's real time plays the server, the laptop is a year ahead."""
    share = tmp_path / "share"
    share.mkdir()
    clocks.off_by(YEAR)
    done = run("--db", laptops.a, "sync", "--target", share)
    assert done.code == 0, done.err
    assert "clock looks wrong: it is 365 days ahead of the sync target's clock" in done.err
    clocks.right()
    store = open_store(laptops.a, backups=False)
    try:
        assert clockwatch.clock_warning(store, laptops.event_id) is not None  # still noted
        people.add_person(store, laptops.event_id, display_name="On time again")
        exchange.sync(store, laptops.event_id)  # its next bundle's file time agrees
        assert clockwatch.clock_warning(store, laptops.event_id) is None
    finally:
        store.close()


def test_webdav_and_folder_listings_carry_file_times(tmp_path):
    folder = tmp_path / "usb"
    (folder / "ev" / "dev").mkdir(parents=True)
    (folder / "ev" / "dev" / "0000000001.wltx").write_bytes(b"x")
    [listed] = targets.FolderTarget(folder).list("ev")
    assert listed.modified is not None and abs(listed.modified - hlc.wall_clock()) < DAY
    assert targets._http_date("Sun, 06 Dec 2026 10:00:00 GMT") == 1796551200.0
    assert targets._http_date("yesterday") is None and targets._http_date(None) is None
    assert clockwatch.target_offset([listed], "dev", "0000000001.wltx") is not None
    assert clockwatch.target_offset([listed], "dev", None) is None


def test_a_person_row_is_never_written_with_a_future_stamp_by_the_organizer(
    laptops, clocks, tmp_path
):
    """Accepting by the library call: the row's stamp is the organizer's, not B's."""
    organizer = open_store(tmp_path / "org.sqlite", backups=False)
    try:
        merge.import_bundles(organizer, [laptops.package, laptops.b_bundle], given_key=laptops.key)
        [group] = held.held_groups(organizer, laptops.event_id)
        assert held.accept(organizer, laptops.event_id, group.id) == [group]
        assert held.accept(organizer, laptops.event_id) == []  # nothing left
        with organizer.read() as db:
            row = db.get(Person, laptops.rakib)
            assert row is not None and row.region == "Sylhet"
            assert Stamp.parse(row.hlc).device == organizer.device_id
            assert Stamp.parse(row.hlc).millis < clocks.now_ms() + MAX_SKEW_MS
    finally:
        organizer.close()


# ----------------------------------------------------------------- a real process a year ahead
def wltdesk_at(offset: str, cwd: Path, *argv: Any) -> subprocess.CompletedProcess[str]:
    """``wltdesk`` as a process whose whole clock is off (libfaketime), not only ours."""
    return subprocess.run(
        ["faketime", "-f", offset, sys.executable, "-m", "wltdesk", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, "WLTDESK_HOME": str(cwd)},
        timeout=300,
    )


@pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")
def test_a_laptop_process_under_faketime_a_year_ahead_is_held(run, laptops, tmp_path):
    roster = tmp_path / "late.csv"
    roster.write_text("display_name\nLate under faketime\n", encoding="utf-8")
    added = wltdesk_at("+365d", tmp_path, "--db", laptops.b, "roster", "import", roster)
    assert added.returncode == 0, added.stderr
    out = tmp_path / "b-faketime.wltx"
    exported = wltdesk_at("+365d", tmp_path, "--db", laptops.b, "export", "--out", out)
    assert exported.returncode == 0, exported.stderr
    organizer = tmp_path / "organizer.sqlite"
    done = run(
        "--db", organizer, "import", laptops.package, out, "--json", "--key", laptops.key
    ).json()
    assert done["held"] > laptops.future  # the roster's person too
    [group] = held_of(run("--db", organizer, "conflicts", "--json").json())
    assert 364 <= group["ahead_days"] <= 366 and group["device_name"] == "Hall B"
    people_now = {
        p["display_name"] for p in run("--db", organizer, "roster", "list", "--json").json()
    }
    assert "Late under faketime" not in people_now


def test_changes_an_older_version_applied_already_are_not_held(laptops, clocks, tmp_path):
    """A store upgraded from before these rules may hold B's year-ahead changes in its
    log already: holding them now could not take them back, so they are not listed."""
    organizer = open_store(tmp_path / "org.sqlite", backups=False)
    b = open_store(laptops.b, backups=False)
    try:
        with b.read() as db:
            ahead = [
                c
                for c in change_dicts(db)
                if Stamp.parse(c["hlc"]).millis > clocks.now_ms() + MAX_SKEW_MS
            ]
        merge.import_bundles(organizer, [laptops.package], given_key=laptops.key)
        with organizer.write() as writer:  # as an older WLT Desk merged them
            apply_changes(writer.db, ahead)
        summary = merge.import_bundles(organizer, [laptops.b_bundle])
        assert summary.held == 0
        assert held.held_groups(organizer, laptops.event_id) == []
    finally:
        organizer.close()
        b.close()
