"""Random histories on three laptops (issue #21): the conflicts a store lists are exactly
the fields whose latest writes — those no other write it knows of followed — were
made concurrently with different values, and synced stores converge.

Hypothesis draws edits on laptops A, B and C (a region, an affiliation, a check-in:
its status, or taking it back) and sync points; the laptops are real SQLite stores
syncing through one folder. Beside them runs a model of the history that knows
nothing of stamps or contexts: a vector clock per laptop, copied into each write
and merged from every write a laptop pulls. Write X happened before write Y when Y's
clock has counted X (the classic rule); the *heads* of a field are the writes known to
a store that happened before no other. After every sync, and once all have synced
twice, each store lists a conflict exactly where its heads hold different values,
with those values; and in the end all three hold the same tables.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from laptops import Team, make_team, tables

from wltdesk import attendance, people
from wltdesk.store.models import Attendance
from wltdesk.sync import conflicts

LAPTOPS = ("A", "B", "C")
#: The fields edited: (what, person number, field) and the values drawn for each.
REGION_0, AFFILIATION_0, REGION_1, CHECK_IN_0 = range(4)
VALUES = {
    REGION_0: ("Khulna", "Rajshahi", "Sylhet"),
    AFFILIATION_0: ("Wikimedia Bangladesh", "BDOSN"),
    REGION_1: ("Khulna", "Barishal"),
    CHECK_IN_0: ("present", "late", "excused", "absent", conflicts.UNDONE),
}
UNDONE = conflicts.UNDONE

edits = st.tuples(st.just("edit"), st.sampled_from(LAPTOPS), st.sampled_from(sorted(VALUES)))
syncs = st.tuples(st.just("sync"), st.sampled_from(LAPTOPS), st.just(0))
histories = st.lists(
    st.one_of(edits, syncs).flatmap(
        lambda op: st.tuples(
            st.just(op), st.sampled_from(VALUES[op[2]]) if op[0] == "edit" else st.just("")
        )
    ),
    min_size=3,
    max_size=12,
)


@dataclass(frozen=True)
class Write:
    """One write in the model: which field, by whom, what, and the writer's clock."""

    unit: int
    laptop: str
    value: str
    clock: tuple[tuple[str, int], ...]

    def counted(self) -> int:
        return dict(self.clock)[self.laptop]

    def before(self, other: Write) -> bool:
        """Whether ``other``'s writer had counted this write (happened before)."""
        return self != other and dict(other.clock).get(self.laptop, -1) >= self.counted()


@dataclass
class Model:
    """What each laptop knows, by vector clocks; the shared folder's writes."""

    known: dict[str, set[Write]] = field(default_factory=dict)
    clocks: dict[str, dict[str, int]] = field(default_factory=dict)
    shared: set[Write] = field(default_factory=set)
    pushed: set[str] = field(default_factory=set)

    @classmethod
    def start(cls) -> Model:
        """Every laptop joined with A's package: the people's region "Dhaka"."""
        first = [Write(unit, "A", "Dhaka", (("A", 0),)) for unit in (REGION_0, REGION_1)]
        return cls(
            known={name: set(first) for name in LAPTOPS},
            clocks={name: {"A": 0} for name in LAPTOPS},
        )

    def write(self, laptop: str, unit: int, value: str) -> None:
        clock = self.clocks[laptop]
        clock[laptop] = clock.get(laptop, 0) + 1
        self.known[laptop].add(Write(unit, laptop, value, tuple(sorted(clock.items()))))

    def sync(self, laptop: str) -> None:
        """Push (the first time all it knows, a full bundle; then its own writes),
        then pull everything on the folder."""
        mine = self.known[laptop]
        first = laptop not in self.pushed
        self.shared |= mine if first else {w for w in mine if w.laptop == laptop}
        self.pushed.add(laptop)
        mine |= self.shared
        clock = self.clocks[laptop]
        for write in self.shared:
            for name, count in write.clock:
                clock[name] = max(clock.get(name, 0), count)

    def conflicts(self, laptop: str) -> dict[int, set[str]]:
        """Per field, the values of its heads, where they differ."""
        found: dict[int, set[str]] = {}
        for unit in VALUES:
            writes = [w for w in self.known[laptop] if w.unit == unit]
            heads = {w.value for w in writes if not any(w.before(o) for o in writes)}
            if len(heads) > 1:
                found[unit] = heads
        return found


def _current(team: Team, laptop: str, unit: int) -> str | None:
    store, person = team[laptop], team.people[1 if unit == REGION_1 else 0]
    if unit == CHECK_IN_0:
        with store.read() as db:
            row = db.get(Attendance, attendance.attendance_id(team.session_id, person))
            return None if row is None else UNDONE if row.deleted else row.status
    found = people.get_person(store, person)
    return found.affiliation if unit == AFFILIATION_0 else found.region


def _edit(team: Team, laptop: str, unit: int, value: str) -> bool:
    """Write ``value`` as the app does; False when the laptop has it already (no write)."""
    current = _current(team, laptop, unit)
    if current == value or (value == UNDONE and current is None):
        return False
    store, person = team[laptop], team.people[1 if unit == REGION_1 else 0]
    if unit == CHECK_IN_0 and value == UNDONE:
        with store.write() as writer:
            writer.delete(Attendance, attendance.attendance_id(team.session_id, person))
    elif unit == CHECK_IN_0:
        attendance.check_in(store, team.session_id, person, value)
    elif unit == AFFILIATION_0:
        people.update_person(store, person, affiliation=value)
    else:
        people.update_person(store, person, region=value)
    return True


def _listed(team: Team, laptop: str) -> dict[int, set[str]]:
    units = {
        ("people", team.people[0], "region"): REGION_0,
        ("people", team.people[0], "affiliation"): AFFILIATION_0,
        ("people", team.people[1], "region"): REGION_1,
        ("attendance", attendance.attendance_id(team.session_id, team.people[0]), "status"): (
            CHECK_IN_0
        ),
    }
    return {
        units[c.entity, c.row_id, c.field]: {str(v.value) for v in c.versions}
        for c in conflicts.conflicts(team[laptop], team.event_id)
    }


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(history=histories)
def test_listed_conflicts_are_the_concurrent_different_values_and_stores_converge(history):
    with tempfile.TemporaryDirectory(prefix="wltdesk-causal-") as folder:
        team = make_team(Path(folder), LAPTOPS)
        model = Model.start()
        try:
            for (kind, laptop, unit), value in history:
                if kind == "edit":
                    if _edit(team, laptop, unit, value):
                        model.write(laptop, unit, value)
                    continue
                summary = team.sync(laptop).summary
                model.sync(laptop)
                if summary is not None:
                    counts = (summary.new_people, summary.check_ins, summary.plans)
                    assert min(counts) >= 0
                assert _listed(team, laptop) == model.conflicts(laptop), laptop
            for laptop in LAPTOPS * 2:
                team.sync(laptop)
                model.sync(laptop)
            for laptop in LAPTOPS:
                assert _listed(team, laptop) == model.conflicts(laptop), laptop
            assert tables(team["A"]) == tables(team["B"]) == tables(team["C"])
        finally:
            team.close()
