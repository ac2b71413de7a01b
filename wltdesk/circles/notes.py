"""A circle's notes (:class:`~wltdesk.store.models.Reflection` rows) and who may read them.

A note's visibility decides where it may go: ``private`` stays with the
facilitator, ``organizers`` goes to the organizing team, ``public`` may appear
in the report. An anonymous note never stores its speaker: the person id is
not written at all (not written and then cleared), so neither the row nor the
change log that syncs can name them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wltdesk.circles.editing import circle_row, event_people
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import VISIBILITIES, Circle, Reflection

#: Who a summary is for; each sees the notes of its own visibility and wider.
AUDIENCES = ("facilitator", "organizers", "public")
AUDIENCE_VISIBILITIES: dict[str, tuple[str, ...]] = {
    "facilitator": VISIBILITIES,
    "organizers": ("organizers", "public"),
    "public": ("public",),
}


@dataclass(frozen=True)
class Note:
    id: str
    circle_id: str
    person_id: str | None  # None: a note for the whole circle, or anonymous
    display_name: str | None
    anonymous: bool
    text: str
    themes: tuple[str, ...]
    visibility: str


# ------------------------------------------------------------------ checks
def _check_visibility(visibility: str) -> str:
    if visibility not in VISIBILITIES:
        raise UserError(_("visibility must be one of {names}, not {visibility!r}").format(
            names=', '.join(VISIBILITIES), visibility=visibility
        ))
    return visibility


def clean_themes(themes: Iterable[str]) -> list[str]:
    """Themes as typed, trimmed, without a leading '#', each once (case-insensitively).

    A single string with commas is split, so "trust, time" gives two themes.
    """
    seen: set[str] = set()
    result: list[str] = []
    for item in themes:
        for part in str(item).split(","):
            theme = part.strip().lstrip("#").strip()
            if theme and theme.casefold() not in seen:
                seen.add(theme.casefold())
                result.append(theme)
    return result


def check_audience(audience: str) -> tuple[str, ...]:
    if audience not in AUDIENCE_VISIBILITIES:
        raise UserError(_("audience must be one of {names}, not {audience!r}").format(
            names=', '.join(AUDIENCES), audience=audience
        ))
    return AUDIENCE_VISIBILITIES[audience]


# ------------------------------------------------------------------ writing
def add_note(
    store: Store,
    circle_id: str,
    text: str,
    *,
    person_id: str | None = None,
    anonymous: bool = False,
    themes: Iterable[str] = (),
    visibility: str = "private",
) -> str:
    """Add a note for a speaker or the whole circle; returns its id.

    An anonymous note keeps no person: whoever it came from is not written
    to the row or the log, even if ``person_id`` was given.
    """
    with store.write() as writer:
        return record_note(
            writer,
            circle_id,
            text,
            person_id=person_id,
            anonymous=anonymous,
            themes=themes,
            visibility=visibility,
        )


def record_note(
    writer: Writer,
    circle_id: str,
    text: str,
    *,
    person_id: str | None = None,
    anonymous: bool = False,
    themes: Iterable[str] = (),
    visibility: str = "private",
) -> str:
    """:func:`add_note` inside an open write."""
    text = (text or "").strip()
    if not text:
        raise UserError(_("a note needs some text"))
    _check_visibility(visibility)
    circle = circle_row(writer.db, circle_id)
    values: dict[str, Any] = {
        "event_id": circle.event_id,
        "circle_id": circle_id,
        "anonymous": bool(anonymous),
        "text": text,
        "themes": clean_themes(themes),
        "visibility": visibility,
    }
    if person_id and not anonymous:
        if person_id not in event_people(writer.db, circle.event_id, [person_id]):
            raise UserError(_("no person with id {person_id} in this event").format(
                person_id=person_id
            ))
        values["person_id"] = person_id
    return writer.create(Reflection, values)


def _note_row(db: Session, note_id: str) -> Reflection:
    note = db.get(Reflection, note_id)
    if note is None or note.deleted:
        raise UserError(_("no note with id {note_id}").format(note_id=note_id))
    return note


def update_note(store: Store, note_id: str, **fields: Any) -> bool:
    """Change a note's text, themes, visibility or (for a named note) its speaker.

    Anonymity is fixed when a note is written: a named note made anonymous
    later would still name its speaker in the change log that has already
    recorded it, so that is refused; add the note again as anonymous instead.
    """
    allowed = {"text", "themes", "visibility", "person_id", "anonymous"}
    unknown = set(fields) - allowed
    if unknown:
        raise UserError(_("a note has no field {unknown}").format(unknown=sorted(unknown)[0]))
    values = dict(fields)
    with store.write() as writer:
        note = _note_row(writer.db, note_id)
        if "anonymous" in values and bool(values.pop("anonymous")) != note.anonymous:
            raise UserError(
                _(
                    "a note cannot change between anonymous and named once saved; delete it and "
                    "add it again (a deleted note travels only as its deletion)"
                )
            )
        if "text" in values:
            values["text"] = (values["text"] or "").strip()
            if not values["text"]:
                raise UserError(_("a note needs some text"))
        if "themes" in values:
            values["themes"] = clean_themes(values["themes"])
        if "visibility" in values:
            _check_visibility(values["visibility"])
        if "person_id" in values:
            if note.anonymous:
                if values.pop("person_id"):
                    raise UserError(_("an anonymous note cannot name a speaker"))
            elif values["person_id"]:
                circle = circle_row(writer.db, note.circle_id)
                found = event_people(writer.db, circle.event_id, [values["person_id"]])
                if values["person_id"] not in found:
                    raise UserError(_("no person with id {person_id} in this event").format(
                        person_id=values['person_id']
                    ))
            else:
                values["person_id"] = None
        return writer.update(Reflection, note_id, values)


def delete_note(store: Store, note_id: str) -> None:
    with store.write() as writer:
        _note_row(writer.db, note_id)
        writer.delete(Reflection, note_id)


def restore_note(store: Store, note_id: str) -> None:
    """Bring a deleted note back: the undo of a delete."""
    with store.write() as writer:
        if writer.db.get(Reflection, note_id) is None:
            raise UserError(_("no note with id {note_id}").format(note_id=note_id))
        writer.update(Reflection, note_id, {"deleted": False})


# ------------------------------------------------------------------ reading
def circle_notes(db: Session, circle: Circle, visibilities: Sequence[str]) -> tuple[Note, ...]:
    rows = list(
        db.execute(
            select(Reflection).where(
                Reflection.circle_id == circle.id,
                Reflection.deleted.is_(False),
                Reflection.visibility.in_(list(visibilities)),
            )
        ).scalars()
    )
    people = event_people(db, circle.event_id, [r.person_id for r in rows if r.person_id])
    order = {pid: n for n, pid in enumerate(circle.speaking_order or ())}
    # speakers' notes in speaking order, then notes for the whole circle; stable by stamp
    rows.sort(key=lambda r: (order.get(r.person_id or "", len(order)), r.hlc))
    return tuple(
        Note(
            id=r.id,
            circle_id=r.circle_id,
            person_id=None if r.anonymous else r.person_id,
            display_name=(
                people[r.person_id].display_name
                if r.person_id in people and not r.anonymous
                else None
            ),
            anonymous=r.anonymous,
            text=r.text,
            themes=tuple(r.themes or ()),
            visibility=r.visibility,
        )
        for r in rows
    )


def list_notes(store: Store, circle_id: str, audience: str = "facilitator") -> list[Note]:
    """The circle's notes this audience may see (speakers' in speaking order, then the rest)."""
    visibilities = check_audience(audience)
    with store.read() as db:
        return list(circle_notes(db, circle_row(db, circle_id), visibilities))


def known_themes(store: Store, event_id: str) -> list[str]:
    """Every theme used in the event's notes, most used first (for completion)."""
    with store.read() as db:
        lists = db.execute(
            select(Reflection.themes).where(
                Reflection.event_id == event_id, Reflection.deleted.is_(False)
            )
        ).scalars()
        counted = count_themes(theme for themes in lists for theme in themes or ())
    return [theme for theme, _count in counted]


def count_themes(themes: Iterable[str]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for theme in themes:
        key = theme.casefold()
        counts[key] += 1
        shown.setdefault(key, theme)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(shown[key], count) for key, count in ranked]
