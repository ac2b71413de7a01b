"""Publishing after the event: a CSV of people and attendance, a wikitext participant list.

The CSV is for the organizers' spreadsheets: one row per person with one
column per session (the attendance status). It carries no contact details,
so it can be passed on without a second thought; text that a spreadsheet
would run as a formula is written as text (:func:`~wltdesk.tabular.spreadsheet_cell`).

The wikitext table goes on a public wiki page, so it lists only people who
agreed to be listed — ``Person.list_consent`` is True (the roster column
"List consent"/"Publish", or the People pane); unknown (None) counts as no.
Wiki usernames become ``[[User:Name|Name]]`` links; every text, link texts
included, is wrapped in ``<nowiki>`` with ``<``, ``>`` and ``&`` escaped, so a
name cannot inject markup (:func:`_nowiki`).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from wltdesk import agenda
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.models import Attendance, Event, Person
from wltdesk.tabular import spreadsheet_cell

FORMATS = ("csv", "wikitext")
PERSON_COLUMNS = (
    "display_name",
    "local_name",
    "wiki_username",
    "role",
    "region",
    "affiliation",
    "badge_code",
)


@dataclass(frozen=True)
class Published:
    path: Path
    people: int
    sessions: int


def _people(store: Store, event_id: str) -> list[Person]:
    with store.read() as db:
        query = select(Person).where(Person.event_id == event_id, Person.deleted.is_(False))
        return list(db.execute(query.order_by(Person.display_name)).scalars())


def _write_atomically(path: Path, text: str, newline: str = "\n") -> None:
    if not path.parent.is_dir():
        raise UserError(_("--out: folder {parent} does not exist").format(parent=path.parent))
    partial = path.with_name(f".{path.name}.part")
    with open(partial, "w", encoding="utf-8", newline=newline) as out:
        out.write(text)
    os.replace(partial, path)


def people_csv(store: Store, event_id: str, out: str | Path) -> Published:
    """People with their attendance per session, UTF-8 with a BOM (Excel opens it right)."""
    path = Path(out).expanduser()
    sessions = agenda.list_sessions(store, event_id)
    with store.read() as db:
        marks = {
            (a.person_id, a.session_id): a.status
            for a in db.execute(
                select(Attendance).where(
                    Attendance.event_id == event_id, Attendance.deleted.is_(False)
                )
            ).scalars()
        }
    people = _people(store, event_id)
    partial = path.with_name(f".{path.name}.part")
    if not path.parent.is_dir():
        raise UserError(_("--out: folder {parent} does not exist").format(parent=path.parent))
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        titles = [f"{s.starts_at:%Y-%m-%d %H:%M} {s.title}" for s in sessions]
        writer.writerow([*PERSON_COLUMNS, "sessions attended", *titles])
        for person in people:
            statuses = [marks.get((person.id, s.id), "") for s in sessions]
            attended = sum(1 for s in statuses if s in ("present", "late"))
            cells = [getattr(person, c) or "" for c in PERSON_COLUMNS]
            writer.writerow([spreadsheet_cell(c) for c in (*cells, attended, *statuses)])
    os.replace(partial, path)
    return Published(path, len(people), len(sessions))


#: Control characters become spaces: each table row stays on one line (a wiki
#: shows a line break in a cell as a space anyway), and DEL, which MediaWiki
#: uses to mark its own placeholders in the text it parses, never reaches it.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _nowiki(text: str | None) -> str:
    """``text`` shown exactly as typed, whatever wiki markup it holds.

    Removing ``</nowiki>`` from the text is not enough: MediaWiki closes the tag
    at any ``</nowiki>`` whatever its case or trailing spaces, and removing one
    can join the pieces around it into another. Escaping ``<`` means nothing in
    the text can be a tag at all. Inside ``<nowiki>`` MediaWiki still reads
    character references, so ``&lt;`` shows as ``<``, and ``&`` is escaped too so
    a name that contains ``&lt;`` shows that, not ``<``. Every other character,
    Bengali included, stays as it is.
    """
    if not text:
        return ""
    shown = _CONTROL.sub(" ", text)
    shown = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<nowiki>{shown}</nowiki>"


#: Besides letters, combining marks (Bengali vowel signs), digits and spaces, the
#: characters a username may have and still be linked; ZWNJ and ZWJ shape Indic
#: scripts. Anything else could mean something in a link target — ``~~~`` becomes
#: a signature when the page is saved, ``__TOC__`` a switch, ``&`` and ``%`` other
#: characters — so such a username is shown, not linked.
_USERNAME_EXTRA = frozenset(" .-'’()\u200c\u200d")


def _linkable(name: str) -> bool:
    def fits(char: str) -> bool:
        return unicodedata.category(char)[0] in "LMN" or char in _USERNAME_EXTRA

    return any(char.isalnum() for char in name) and all(fits(char) for char in name)


def user_link(username: str | None) -> str:
    """A wiki user page link; a username that cannot safely be a link is shown, not linked.

    The link text goes in ``<nowiki>`` too, so quotes in a name (``O''Brien``)
    are not read as italics.
    """
    if not username or not username.strip():
        return ""
    name = username.strip()
    if name.lower().startswith("user:"):
        name = name[5:].strip()
    name = " ".join(name.replace("_", " ").split())  # MediaWiki reads _ as a space
    if not _linkable(name):
        return _nowiki(name or username.strip())
    return f"[[User:{name}|{_nowiki(name)}]]"


def participants_wikitext(store: Store, event_id: str) -> tuple[str, int]:
    """The participant table, only people who agreed to be listed; (text, rows)."""
    with store.read() as db:
        event = db.get(Event, event_id)
        if event is None:
            raise UserError(_("no event with id {event_id}").format(event_id=event_id))
    listed = [p for p in _people(store, event_id) if p.list_consent is True]
    lines = [
        f"== Participants of {_nowiki(event.name)} ==",
        '{| class="wikitable sortable"',
        "! # !! Name !! Wiki username !! Region !! Affiliation",
    ]
    for number, person in enumerate(listed, 1):
        name = person.display_name
        if person.local_name:
            name += f" ({person.local_name})"
        cells = [
            str(number),
            _nowiki(name),
            user_link(person.wiki_username),
            _nowiki(person.region),
            _nowiki(person.affiliation),
        ]
        lines.append("|-")
        lines.append("| " + " || ".join(cells))
    lines.append("|}")
    return "\n".join(lines) + "\n", len(listed)


def publish(store: Store, event_id: str, kind: str, out: str | Path) -> Published:
    """``wltdesk publish csv|wikitext --out FILE``."""
    if kind == "csv":
        return people_csv(store, event_id, out)
    if kind == "wikitext":
        path = Path(out).expanduser()
        text, rows = participants_wikitext(store, event_id)
        _write_atomically(path, text)
        return Published(path, rows, 0)
    raise UserError(_("publish: unknown format {kind!r} (choose csv or wikitext)").format(
        kind=kind
    ))
