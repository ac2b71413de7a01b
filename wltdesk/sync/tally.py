"""What an import or sync brought: new people, check-ins new and changed, new plans
and action items, counted from what the merge did to each row.

A row is counted by the state it had just before the merge first touched it and
the state it has once the merge is done (its net change), so every count is of
rows and never negative: a check-in that went *late* → *excused* is one changed
check-in (the old count of people present went down by one and said "-1
check-ins"), and one that went *present* → *late* → *present* within one import
counts as nothing. A check-in's state is its status, or :data:`NONE` when there is
none (no row, or the check-in was taken back); a person's, plan's or item's is
whether it is there (not deleted).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wltdesk.store.changes import ChangeRow
from wltdesk.store.models import ActionItem, ActionPlan, Attendance, Person, Syncable
from wltdesk.store.statements import rows_in

#: The state of a check-in that is not there (never made, or taken back).
NONE = "none"
#: The state of a person, plan or item that is there.
THERE = "there"
_WATCHED: dict[str, type[Syncable]] = {
    model.__tablename__: model for model in (Person, Attendance, ActionPlan, ActionItem)
}
_ENTITY, _ROW_ID = 1, 2


@dataclass(frozen=True)
class Transition:
    """Check-ins that went from one state to another: a status, or :data:`NONE`."""

    before: str
    after: str
    count: int


@dataclass(frozen=True)
class Counts:
    """What a merge brought, as counts of rows (never negative)."""

    new_people: int = 0
    #: Check-ins that were not there before (any status).
    check_ins: int = 0
    #: Check-ins that were there and now have another status, or none (taken back),
    #: by what they went from and to, most frequent first.
    changed_check_ins: tuple[Transition, ...] = ()
    plans: int = 0
    items: int = 0

    @property
    def changed(self) -> int:
        return sum(t.count for t in self.changed_check_ins)


def _states(db: Session, entity: str, ids: Sequence[str]) -> dict[str, str]:
    """The state of each of these rows now (rows not in the table: none)."""
    model = _WATCHED[entity]
    state = "status" if model is Attendance else f"'{THERE}'"
    sql = f"SELECT id, {state} FROM {model.__tablename__} WHERE NOT deleted AND id IN ({{}})"
    found = dict(rows_in(db.connection(), sql, sorted(ids)))
    return {row_id: found.get(row_id, NONE) for row_id in ids}


class Tally:
    """Notes the rows a merge is about to touch (:meth:`note`, with each batch before
    it is applied) and counts what became of them (:meth:`counts`, at the end)."""

    def __init__(self) -> None:
        self.before: dict[str, dict[str, str]] = {entity: {} for entity in _WATCHED}

    def note(self, db: Session, rows: Sequence[ChangeRow]) -> None:
        """Remember the state of every watched row of ``rows`` not noted yet."""
        fresh: dict[str, set[str]] = {}
        for row in rows:
            seen = self.before.get(row[_ENTITY])
            if seen is not None and row[_ROW_ID] not in seen:
                fresh.setdefault(row[_ENTITY], set()).add(row[_ROW_ID])
        for entity, ids in fresh.items():
            self.before[entity].update(_states(db, entity, sorted(ids)))

    def counts(self, db: Session) -> Counts:
        """What became of the noted rows."""
        after = {
            entity: _states(db, entity, sorted(before)) if before else {}
            for entity, before in self.before.items()
        }

        def appeared(entity: str) -> int:
            return sum(
                1
                for row_id, state in after[entity].items()
                if state != NONE and self.before[entity][row_id] == NONE
            )

        moves: Counter[tuple[str, str]] = Counter(
            (self.before["attendance"][row_id], state)
            for row_id, state in after["attendance"].items()
            if state != self.before["attendance"][row_id]
            and self.before["attendance"][row_id] != NONE
        )
        return Counts(
            new_people=appeared("people"),
            check_ins=appeared("attendance"),
            changed_check_ins=_transitions(moves),
            plans=appeared("action_plans"),
            items=appeared("action_items"),
        )


def _transitions(moves: Mapping[tuple[str, str], int]) -> tuple[Transition, ...]:
    ordered = sorted(moves.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Transition(before, after, count) for (before, after), count in ordered)
