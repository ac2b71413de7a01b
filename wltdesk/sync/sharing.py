"""What may leave this laptop in a bundle: the rules for circle notes and contact details.

A circle note (``Reflection``) travels only as far as its visibility allows:
organizers' and public notes go to the team, private ones stay on the laptop
unless the exporter asks for them explicitly, and a redacted bundle (for
readers outside the team) keeps public notes only and drops contact details
and facilitator notes.

Three cases make this more than a filter on the latest visibility:

* **A note made private after it was shared.** The laptops that have it must
  learn that it is private now, so its ``visibility`` (and ``deleted``)
  changes still travel — but never its text, person or themes again.
* **A deleted note.** Only the deletion travels. A named note deleted and
  added again as anonymous (the way to anonymise it) must not carry the
  person and the same text next to the anonymous copy.
* **A note that becomes shareable after an incremental export.** Its earlier
  changes (text, circle, person) were held back when they were new; the next
  incremental bundle must carry them, or the receiver gets a visibility
  change for a note it never sees. :func:`earlier_note_changes` finds them.

Notes are few (tens to hundreds an event), so the rules are worked out in
Python from the notes' visibility and deletion history, read in one query.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wltdesk.store.changes import iter_changes, log_position
from wltdesk.store.models import Change, Reflection

#: Fields a redacted bundle never carries, by entity. (The event key is in no
#: bundle at all: it is not a field, see :mod:`wltdesk.store.eventkeys`.)
REDACTED_FIELDS = {
    "people": frozenset({"email", "phone", "notes", "extra"}),
}
#: The fields of a withdrawn note (made private, or deleted) that still travel.
WITHDRAWAL_FIELDS = frozenset({"visibility", "deleted"})
NOTES = Reflection.__tablename__


@dataclass
class NoteHistory:
    """A note's visibility and deletion as its log decides them."""

    visibility: str = "private"
    deleted: bool = False
    #: Every visibility the note has had, superseded ones included.
    ever: set[str] = field(default_factory=set)
    _visibility_hlc: str = ""
    _deleted_hlc: str = ""


def note_histories(db: Session, event_id: str) -> dict[str, NoteHistory]:
    """Each note's latest visibility and deletion, and every visibility it had."""
    rows = db.execute(
        select(Change.row_id, Change.field, Change.value, Change.hlc).where(
            Change.event_id == event_id,
            Change.entity == NOTES,
            Change.field.in_(WITHDRAWAL_FIELDS),
        )
    )
    notes: dict[str, NoteHistory] = {}
    for row_id, name, value, hlc in rows:
        note = notes.setdefault(row_id, NoteHistory())
        decoded = json.loads(value)
        if name == "visibility":
            note.ever.add(decoded)
            if hlc > note._visibility_hlc:
                note.visibility, note._visibility_hlc = decoded, hlc
        elif hlc > note._deleted_hlc:
            note.deleted, note._deleted_hlc = bool(decoded), hlc
    return notes


@dataclass(frozen=True)
class Sharing:
    """The decision for one export: which changes go, and which notes go whole."""

    allowed: frozenset[str]
    everything: bool
    hidden: Mapping[str, frozenset[str]]
    notes: Mapping[str, NoteHistory]

    @property
    def whole_notes(self) -> set[str]:
        """Notes that travel with all their fields."""
        return {row for row, note in self.notes.items() if self._whole(note)}

    def _whole(self, note: NoteHistory) -> bool:
        if self.everything:
            return bool(note.ever)
        return note.visibility in self.allowed and not note.deleted

    def keep(self, change: Mapping[str, Any]) -> bool:
        entity = change["entity"]
        if entity == NOTES:
            note = self.notes.get(change["row_id"])
            if note is None:  # a note that never had a visibility is private
                return False
            if not self._whole(note):
                # Withdrawn after it may have been shared: say so, and nothing more.
                return bool(note.ever & self.allowed) and change["field"] in WITHDRAWAL_FIELDS
        return change["field"] not in self.hidden.get(entity, ())


def sharing(db: Session, event_id: str, redact: bool, include_private: bool) -> Sharing:
    """The rules for an export of ``event_id`` (see the module docstring).

    ``include_private`` (never with ``redact``) is the exporter's explicit
    "everything": private notes and deleted notes go whole, as when an event
    moves to another laptop of the same facilitator.
    """
    allowed = {"public"} if redact else {"public", "organizers"}
    everything = include_private and not redact
    if everything:
        allowed.add("private")
    return Sharing(
        allowed=frozenset(allowed),
        everything=everything,
        hidden=REDACTED_FIELDS if redact else {},
        notes=note_histories(db, event_id),
    )


def earlier_note_changes(
    db: Session, event_id: str, rules: Sharing, after_seq: int, upto_seq: int
) -> Iterator[dict[str, Any]]:
    """Changes at or before ``after_seq`` of notes that go whole and changed since.

    An incremental export carries them so that a note which became shareable
    (private → organizers) arrives complete; a note already shared is sent
    again, which a merge ignores.
    """
    if after_seq <= 0:
        return
    whole = rules.whole_notes
    if not whole:
        return
    changed = set(
        db.scalars(
            select(Change.row_id)
            .where(
                Change.event_id == event_id,
                Change.entity == NOTES,
                Change.seq > after_seq,
                Change.seq <= upto_seq,
            )
            .distinct()
        )
    )
    wanted = sorted(changed & whole)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for change in iter_changes(db, event_id, 0, after_seq, row_ids=chunk):
            if change["entity"] == NOTES and rules.keep(change):
                yield change


def count_shared(
    db: Session, event_id: str, rules: Sharing, after_seq: int, device: str | None = None
) -> int:
    """How many changes an export with ``rules`` after ``after_seq`` writes (``device``:
    only that laptop's, as an incremental bundle), counted without reading them all.

    The same choice as the export makes: the changes after the mark, less those
    :meth:`Sharing.keep` holds back — decided by entity, row and field only, so
    counted by group — plus the :func:`earlier_note_changes` it adds. This is what
    "12 changes not yet sent" says, so that it is the figure the sync then sends.
    """
    after = [Change.event_id == event_id, Change.seq > after_seq]
    if device is not None:
        after.append(Change.device_id == device)
    total = db.execute(select(func.count()).select_from(Change).where(*after)).scalar_one()
    held_back = 0
    notes = db.execute(
        select(Change.row_id, Change.field, func.count())
        .where(*after, Change.entity == NOTES)
        .group_by(Change.row_id, Change.field)
    )
    for row_id, name, count in notes:
        if not rules.keep({"entity": NOTES, "row_id": row_id, "field": name}):
            held_back += count
    for entity, fields in rules.hidden.items():
        if entity == NOTES:  # counted with the notes above
            continue
        held_back += db.execute(
            select(func.count())
            .select_from(Change)
            .where(*after, Change.entity == entity, Change.field.in_(fields))
        ).scalar_one()
    if after_seq > 0:
        upto = log_position(db)
        held_back -= sum(
            1
            for change in earlier_note_changes(db, event_id, rules, after_seq, upto)
            if device is None or change["device_id"] == device
        )
    return total - held_back
