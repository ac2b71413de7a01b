"""The roster: adding, editing and removing people, and their badge codes.

A badge code is what a USB barcode scanner types at the check-in desk, so it
is short, upper-case, unique within the event and free of look-alike
characters (no 0/O, 1/I/L), which also makes it easy to read out loud.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.errors import UserError
from wltdesk.language import N_, _
from wltdesk.store import Store
from wltdesk.store.changes import Writer, content_columns, log_position
from wltdesk.store.models import PERSON_ROLES, Edit, Person

BADGE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
BADGE_LENGTH = 6
_RANDOM = secrets.SystemRandom()
#: Ids per ``IN (...)`` query: well under every database's limit on parameters.
_BATCH = 500
#: Up to this many people added at once ask the store about their badge codes
#: only; more (an import) read every code of the event once.
_FEW = 50

#: Fields a person has, in the order forms and listings show them.
#: Each role's name as people read it (the stored value stays English).
_ROLE_WORDS = {
    "participant": N_("participant"),
    "facilitator": N_("facilitator"),
    "organizer": N_("organizer"),
}


def role_words(role: str) -> str:
    """A person's role in the current language; an unknown one as it was written."""
    return _(_ROLE_WORDS[role]) if role in _ROLE_WORDS else role


PERSON_FIELDS: tuple[str, ...] = tuple(
    key for key in content_columns(Person) if key not in {"deleted", "extra"}
)


#: The most characters each text field holds (PostgreSQL refuses more; SQLite would not).
FIELD_LENGTHS: dict[str, int] = {
    column.key: column.type.length
    for column in Person.__table__.columns
    if getattr(column.type, "length", None)
}


def valid_email(text: str) -> bool:
    """A plausible address: one ``@``, something before it, a dotted domain, no blanks."""
    local, _, domain = text.partition("@")
    return (
        text.count("@") == 1
        and bool(local)
        and "." in domain.strip(".")
        and ".." not in domain
        and not any(char.isspace() for char in text)
    )


def normalize_code(code: str) -> str:
    """Badge codes as typed or scanned: case and surrounding blanks do not matter."""
    return code.strip().upper()


def new_badge_code(taken: set[str]) -> str:
    """A fresh code not in ``taken`` (which it is added to)."""
    while True:
        code = "".join(_RANDOM.choices(BADGE_ALPHABET, k=BADGE_LENGTH))
        if code not in taken:
            taken.add(code)
            return code


def badge_codes(db: Session, event_id: str) -> set[str]:
    """Every code handed out in the event, deleted people included (codes are never reused)."""
    return set(db.execute(select(Person.badge_code).where(Person.event_id == event_id)).scalars())


def codes_in_use(db: Session, event_id: str, codes: Iterable[str]) -> set[str]:
    """Which of these codes the event has handed out (deleted people included).

    A walk-in or an edit asks about its own code or two through the index on
    badge codes, rather than reading every code of a roster of thousands.
    """
    wanted = list(set(codes))
    found: set[str] = set()
    for start in range(0, len(wanted), _BATCH):
        # By code alone, then the event: asked for both, SQLite may walk the
        # event's index (every person) instead of the code's (a row or two).
        query = select(Person.badge_code, Person.event_id).where(
            Person.badge_code.in_(wanted[start : start + _BATCH])
        )
        found.update(code for code, event in db.execute(query) if event == event_id)
    return found


def clean_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate person fields: known names, trimmed text, empty text as None."""
    unknown = set(values) - set(PERSON_FIELDS) - {"extra"}
    if unknown:
        raise UserError(_("unknown person field(s): {names}").format(
            names=', '.join(sorted(unknown))
        ))
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        cleaned[key] = value
    if "role" in cleaned and cleaned["role"] not in PERSON_ROLES:
        raise UserError(_("role must be one of {names}, not {role!r}").format(
            names=', '.join(PERSON_ROLES), role=cleaned['role']
        ))
    if cleaned.get("badge_code"):
        cleaned["badge_code"] = normalize_code(cleaned["badge_code"])
    if cleaned.get("email") and not valid_email(cleaned["email"]):
        raise UserError(_("{email!r} is not an email address").format(email=cleaned['email']))
    for key, value in cleaned.items():
        limit = FIELD_LENGTHS.get(key)
        if isinstance(value, str) and limit and len(value) > limit:
            raise UserError(_("{replace} is longer than {limit} characters").format(
                replace=key.replace('_', ' '), limit=limit
            ))
    return cleaned


def create_people(writer: Writer, event_id: str, people: Iterable[Mapping[str, Any]]) -> list[str]:
    """Add people inside an open write; each gets a badge code unless one is given."""
    batch = [clean_fields(values) for values in people]
    few = len(batch) <= _FEW
    if few:  # a walk-in: ask about its codes only
        given = (f["badge_code"] for f in batch if f.get("badge_code"))
        taken = codes_in_use(writer.db, event_id, given)
    else:  # an import: read every code once
        taken = badge_codes(writer.db, event_id)
    made: list[dict[str, Any]] = []
    for fields in batch:
        if not fields.get("display_name"):
            raise UserError(_("a person needs a name"))
        code = fields.get("badge_code")
        if code and code in taken:
            raise UserError(_("badge code {code} is already used in this event").format(code=code))
        if not code:
            made.append(fields)
        fields["badge_code"] = code or new_badge_code(taken)
        taken.add(fields["badge_code"])
        fields.setdefault("role", "participant")
        fields["role"] = fields["role"] or "participant"
    while few and made:  # new codes were checked against this batch: now against the event
        clashes = codes_in_use(writer.db, event_id, (f["badge_code"] for f in made))
        made = [f for f in made if f["badge_code"] in clashes]
        for fields in made:
            fields["badge_code"] = new_badge_code(taken)
    return writer.create_many(Person, [{**f, "event_id": event_id} for f in batch])


def add_person(store: Store, event_id: str, **fields: Any) -> str:
    """Add one person; returns the new id."""
    with store.write() as writer:
        return create_people(writer, event_id, [fields])[0]


def update_person(store: Store, person_id: str, **fields: Any) -> bool:
    """Change some fields of a person; returns whether anything changed."""
    fields = clean_fields(fields)
    if "display_name" in fields and not fields["display_name"]:
        raise UserError(_("a person needs a name"))
    with store.write() as writer:
        person = _get(writer.db, person_id)
        code = fields.get("badge_code")
        changed_code = code and code != person.badge_code
        if changed_code and codes_in_use(writer.db, person.event_id, [code]):
            raise UserError(_("badge code {badge_code} is already used").format(
                badge_code=fields['badge_code']
            ))
        return writer.update(Person, person_id, fields)


def delete_person(store: Store, person_id: str) -> None:
    delete_people(store, [person_id])


def delete_people(store: Store, person_ids: Iterable[str]) -> None:
    """Remove people from the roster, all or none (tombstones: they can come back)."""
    with store.write() as writer:
        for person_id in person_ids:
            _get(writer.db, person_id)
            writer.delete(Person, person_id)


def restore_people(store: Store, person_ids: Iterable[str]) -> None:
    """Bring removed people back, with their badge codes: the undo of a delete."""
    with store.write() as writer:
        for person_id in person_ids:
            if writer.db.get(Person, person_id) is None:
                raise UserError(_("no person with id {person_id}").format(person_id=person_id))
            writer.update(Person, person_id, {"deleted": False})


def list_people(store: Store, event_id: str, include_deleted: bool = False) -> list[Person]:
    """The roster sorted by name (detached rows: read their fields, do not modify)."""
    with store.read() as db:
        query = select(Person).where(Person.event_id == event_id)
        if not include_deleted:
            query = query.where(Person.deleted.is_(False))
        people = list(db.execute(query).scalars())
    people.sort(key=lambda p: (p.display_name.casefold(), p.id))
    return people


def roster_position(store: Store) -> int:
    """Where the store's change log ends now (its newest position): what a window
    holding the roster remembers, to learn later who changed since (one look-up on
    the log's key, however large the roster)."""
    with store.read() as db:
        return log_position(db)


def changed_since(store: Store, event_id: str, position: int) -> tuple[int, list[Person]]:
    """The people of the event whose rows changed after log ``position``, as they
    are now (removed ones too: ``deleted`` says so), and the log's position they
    were read at.

    Every write, here or in a merge, goes into the log under a new position, so a
    window that read the roster at some position learns from this who changed
    under it (a merge, a roster import, another window) and reads only those.
    """
    with store.read() as db:
        now = log_position(db)
        ids = db.execute(
            select(Edit.row_id)
            .where(
                Edit.entity == Person.__tablename__,
                Edit.event_id == event_id,
                Edit.id > position,
                Edit.id <= now,
            )
            .distinct()
        ).scalars().all()
    return now, get_people(store, ids)


def person_by_code(store: Store, event_id: str, code: str) -> str | None:
    """The id of the person on the roster whose badge code this is (as typed or scanned).

    A look-up through the index on badge codes, for when no search index of the
    roster is at hand (the command line; the desk while its index is built).
    Two people hold one code only after a merge of two laptops' work: then the
    first in name order is meant, as the desk's search index means it.
    """
    wanted = normalize_code(code)
    with store.read() as db:
        # By code alone, then the event (see codes_in_use).
        rows = db.execute(
            select(Person.id, Person.display_name, Person.event_id).where(
                Person.badge_code == wanted, Person.deleted.is_(False)
            )
        ).all()
    holders = sorted((name.casefold(), pid) for pid, name, event in rows if event == event_id)
    return holders[0][1] if holders else None


def get_people(store: Store, person_ids: Iterable[str]) -> list[Person]:
    """These people as they are now, removed ones too (``deleted`` says so).

    Ids the store does not hold are left out. For refreshing a few people
    after a change without reading the whole roster again.
    """
    wanted = list(dict.fromkeys(person_ids))
    found: list[Person] = []
    with store.read() as db:
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            found.extend(db.execute(select(Person).where(Person.id.in_(batch))).scalars())
    return found


def get_person(store: Store, person_id: str) -> Person:
    with store.read() as db:
        return _get(db, person_id)


def _get(db: Session, person_id: str) -> Person:
    person = db.get(Person, person_id)
    if person is None or person.deleted:
        raise UserError(_("no person with id {person_id}").format(person_id=person_id))
    return person
