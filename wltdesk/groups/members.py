"""Who is grouped: roster rows as the engine's members, and what can be balanced.

Turns :class:`~wltdesk.store.models.Person` rows into
:class:`wltdesk.grouping.Member` (id, name and every field to spread), finds
the person a command names, lists who is checked in to a session, and offers
the roster fields worth balancing — the ones the people have different values
in, never names, contacts or consents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk import grouping
from wltdesk import people as roster
from wltdesk.attendance import PRESENT_STATUSES
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.search import PeopleIndex
from wltdesk.store import Store
from wltdesk.store.models import Attendance, Person

#: Person fields that make sense to spread across groups (any ``extra`` roster
#: column works too).
BALANCE_FIELDS: tuple[str, ...] = ("region", "gender", "affiliation", "role", "languages")

#: Roster fields that name or reach a person, or record a permission: never
#: offered for balancing (every value is different, or it is nobody's trait).
NOT_BALANCED: frozenset[str] = frozenset(
    {
        "display_name",
        "local_name",
        "wiki_username",
        "email",
        "phone",
        "badge_code",
        "notes",
        "photo_consent",
        "list_consent",
    }
)


def _attributes(person: Person) -> dict[str, str | None]:
    values: dict[str, str | None] = {
        name: (str(getattr(person, name)) if getattr(person, name) is not None else None)
        for name in roster.PERSON_FIELDS
    }
    for key, value in (person.extra or {}).items():
        values.setdefault(str(key), None if value is None else str(value))
    return values


def member(person: Person) -> grouping.Member:
    """A roster row as the engine sees it: id, name and every field to balance."""
    return grouping.Member(person.id, person.display_name, _attributes(person))


def resolve_person(store: Store, event_id: str, selector: str) -> Person:
    """The person a command means: badge code, id, or a name query that finds one."""
    text = selector.strip()
    if not text:
        raise UserError(_("an empty name does not name anyone"))
    people = roster.list_people(store, event_id)
    code = roster.normalize_code(text)
    for person in people:
        if person.id == text or person.badge_code == code:
            return person
    matches = PeopleIndex.build(people).search(text, limit=100)
    if not matches:
        raise UserError(_("no one matches {selector!r}").format(selector=selector))
    best = [m for m in matches if m.rank == matches[0].rank]
    if len(best) > 1:
        names = ", ".join(f"{m.display_name} [{m.badge_code}]" for m in best[:5])
        raise UserError(_(
            "{selector!r} matches {count} people ({names}); use a badge code"
        ).format(
            selector=selector, count=len(best), names=names
        ))
    return next(p for p in people if p.id == best[0].person_id)


def present_people(store: Store, session_id: str) -> list[str]:
    """Ids of the people checked in (present or late) to a session, by name."""
    with store.read() as db:
        rows = db.execute(
            select(Person.id, Person.display_name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(
                Attendance.session_id == session_id,
                Attendance.deleted.is_(False),
                Attendance.status.in_(PRESENT_STATUSES),
                Person.deleted.is_(False),
            )
        ).all()
    return [pid for pid, _name in sorted(rows, key=lambda r: (r[1].casefold(), r[0]))]


def load_people(db: Session, event_id: str, ids: Iterable[str]) -> dict[str, Person]:
    """The event's live people among ``ids``, by id (in chunks, to stay under SQL limits)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        for person in db.execute(
            select(Person).where(Person.id.in_(chunk), Person.event_id == event_id)
        ).scalars():
            if not person.deleted:
                found[person.id] = person
    return found


@dataclass(frozen=True)
class BalanceField:
    """A roster field the event's people have values in: one the planner can spread."""

    name: str
    people: int  # how many people have a value
    values: int  # how many different values


def balance_fields(
    store: Store, event_id: str, person_ids: Iterable[str] | None = None
) -> list[BalanceField]:
    """The fields worth balancing for these people (default: the event's roster).

    Standard fields first (:data:`BALANCE_FIELDS` order, then the other roster
    fields), then the imported roster's own columns by name; a field counts
    when someone has a value in it, and identity fields (names, contacts,
    badge codes, notes, consents) never do. So the app offers what the roster holds, not
    a fixed list.
    """
    with store.read() as db:
        if person_ids is None:
            people = list(
                db.execute(
                    select(Person).where(Person.event_id == event_id, Person.deleted.is_(False))
                ).scalars()
            )
        else:
            people = list(load_people(db, event_id, person_ids).values())
        values: dict[str, Counter[str]] = defaultdict(Counter)
        for person in people:
            for name, value in _attributes(person).items():
                text = (value or "").strip()
                if text and name not in NOT_BALANCED:
                    values[name][text.casefold()] += 1
    standard = [*BALANCE_FIELDS, *(f for f in roster.PERSON_FIELDS if f not in BALANCE_FIELDS)]
    ordered = [f for f in standard if f in values]
    ordered += sorted((f for f in values if f not in standard), key=str.casefold)
    # A field everyone shares one value of has nothing to spread.
    return [
        BalanceField(f, sum(values[f].values()), len(values[f]))
        for f in ordered
        if len(values[f]) > 1
    ]


def check_balance(fields: Sequence[str], people: Iterable[Person]) -> tuple[str, ...]:
    """The fields to balance, once each; refuses a name that is no roster field or column."""
    known = set(roster.PERSON_FIELDS)
    extra: set[str] = set()
    for person in people:
        extra.update(str(k) for k in (person.extra or {}))
    for name in fields:
        if name not in known and name not in extra:
            raise UserError(
                _(
                    "cannot balance {name!r}: no such roster field (try {names} or a column of "
                    "the imported roster)"
                ).format(
                    name=name, names=', '.join(BALANCE_FIELDS)
                )
            )
    return tuple(dict.fromkeys(fields))
