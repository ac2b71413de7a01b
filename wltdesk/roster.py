"""Roster import: people from a registration spreadsheet, as often as it changes.

The roster arrives as whatever a registration form or an organizer's
spreadsheet exports, and it keeps changing until the training starts: late
registrations, corrected emails, wiki usernames filled in. So an import is
built to be run again and again:

* It recognises people it already has, by email, then wiki username (both
  case-insensitive), then badge code, and updates them instead of adding them
  twice. Only non-empty cells count: an empty cell never erases what is known.
  (People who were removed are not matched; their badge codes stay retired.)
* One bad row does not sink the file. It is reported with its line number and
  the reason, and the good rows are imported. A file that cannot be read at all
  raises :class:`UserError` and changes nothing.
* Columns are recognised by their usual names (case, spaces and ``-_.`` do not
  matter); an explicit mapping (``--map``, or the GUI's mapping dialog fed by
  :func:`preview`) overrides. Columns without a field are kept in the person's
  ``extra`` under their header, not dropped.
* Everything one import writes is one transaction of bulk inserts, with the
  event's people loaded once into dictionaries for matching, so that 10,000
  rows stay well under the 2 s target (``bench/bench_roster_import.py``).

Reading the file (encodings, delimiters, XLSX) is :mod:`wltdesk.tabular`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.people import (
    FIELD_LENGTHS,
    PERSON_FIELDS,
    create_people,
    new_badge_code,
    normalize_code,
    valid_email,
)
from wltdesk.store import Store
from wltdesk.store.changes import Writer, content_columns
from wltdesk.store.models import PERSON_ROLES, Event, Person
from wltdesk.tabular import Table, TableRow, read_table

#: Destination of a column kept in the person's ``extra`` under its header.
EXTRA = "extra"
#: Destination of a column that is not imported at all.
IGNORE = "-"

#: Usual column headers for each field, besides the field's own name.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("Name", "Full name", "Display name", "Participant", "Participant name"),
    "email": ("Email", "E-mail", "Email address", "Mail"),
    "wiki_username": (
        "Wiki username",
        "Username",
        "User name",
        "Wikipedia username",
        "Wikimedia username",
    ),
    "region": ("Region", "Division", "District"),
    "affiliation": ("Affiliation", "Organisation", "Organization", "Institution", "Community"),
    "gender": ("Gender",),
    "phone": ("Phone", "Mobile", "Phone number", "Mobile number", "Contact"),
    "local_name": ("Name in local script", "Local name", "Bengali name", "Bangla name", "নাম"),
    "photo_consent": ("Photo consent", "Photo", "Photos OK"),
    "pronouns": ("Pronouns",),
    "languages": ("Languages", "Language"),
    "role": ("Role",),
    "badge_code": ("Badge code", "Badge", "Code"),
    "list_consent": ("List consent", "Publish"),
    "notes": ("Notes", "Note"),
}
BOOLEAN_FIELDS = ("photo_consent", "list_consent")
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "ok", "x", "✓", "হ্যাঁ", "হ্যা"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "না"})

_NOISE = re.compile(r"[\s\-_.]+")
#: Rows validated between two bulk inserts (and two progress reports).
_CHUNK = 1000


def normalize_header(text: str) -> str:
    """A header as it is compared: no case, no spaces, no ``-``, ``_`` or ``.``."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()


_FIELD_BY_HEADER: dict[str, str] = {
    normalize_header(name): key for key in PERSON_FIELDS for name in (key, *SYNONYMS.get(key, ()))
}


# ----------------------------------------------------------------- results
@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: its line in the file, why, and its cells as read."""

    line: int
    reason: str
    raw: tuple[str, ...]


@dataclass(frozen=True)
class RowOutcome:
    """What an import did with one data row.

    ``kind`` is ``"new"``, ``"update"``, ``"unchanged"`` or ``"rejected"``;
    ``detail`` is the matched person's display name (as it was before the
    import; for ``"new"`` the name the row gives), or the rejection reason.
    """

    kind: str
    detail: str


@dataclass
class ImportReport:
    """What an import did; ``headers`` label the cells of rejected rows.

    ``outcomes`` tells, by line of the file, what became of each data row.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    headers: tuple[str, ...] = ()
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Non-blank data rows in the file."""
        return self.created + self.updated + self.unchanged + len(self.rejected)


@dataclass(frozen=True)
class Preview:
    """The start of a roster file and where each column would go, for the mapping dialog.

    ``fields`` runs parallel to ``headers``: a person field, :data:`EXTRA` or
    :data:`IGNORE`. ``encoding`` and ``delimiter`` are ``None`` for a workbook.
    """

    path: Path
    kind: str
    encoding: str | None
    delimiter: str | None
    headers: tuple[str, ...]
    fields: tuple[str, ...]
    rows: tuple[TableRow, ...]

    @property
    def has_name(self) -> bool:
        """Whether some column gives the name, without which nothing can be imported."""
        return "display_name" in self.fields


# ----------------------------------------------------------------- columns and cells
def map_columns(
    headers: Sequence[str], explicit: Mapping[str, str] | None = None
) -> dict[int, str]:
    """Where each column goes, by index: a person field, :data:`EXTRA` or :data:`IGNORE`.

    ``explicit`` maps a column (its header, compared like synonyms) to a field,
    or to ``-``/``ignore``; it wins over synonyms. When several columns would
    give the same field, the first one does and the others go to ``extra``.
    """
    normalized = [normalize_header(header) for header in headers]
    destinations: dict[int, str] = {}
    for column, wanted in (explicit or {}).items():
        destination = _destination(column, wanted)
        indexes = [n for n, key in enumerate(normalized) if key and key == normalize_header(column)]
        if not indexes:
            named = ", ".join(repr(h) for h in headers if h)
            raise UserError(_("no column {column!r} to map (columns: {named})").format(
                column=column, named=named
            ))
        for index in indexes:
            destinations[index] = destination
    given = Counter(d for d in destinations.values() if d not in (EXTRA, IGNORE))
    twice = [key for key, count in given.items() if count > 1]
    if twice:
        columns = [repr(headers[n]) for n, d in sorted(destinations.items()) if d == twice[0]]
        raise UserError(_("columns {names} are both mapped to {twice}").format(
            names=' and '.join(columns), twice=twice[0]
        ))
    for index, key in enumerate(normalized):
        if index in destinations:
            continue
        wanted = _FIELD_BY_HEADER.get(key)
        taken = wanted in destinations.values()
        destinations[index] = wanted if wanted and not taken else EXTRA
    return destinations


def _destination(column: str, wanted: str) -> str:
    key = normalize_header(wanted)
    if wanted.strip().casefold() in {IGNORE, "ignore"}:
        return IGNORE
    if key == EXTRA:
        return EXTRA
    for name in PERSON_FIELDS:
        if normalize_header(name) == key:
            return name
    raise UserError(
        _(
            "cannot map column {column!r} to {wanted!r}: no such field; valid fields are "
            "{names}, '{EXTRA}', or '{IGNORE}' (or 'ignore') to skip the column"
        ).format(
            column=column, wanted=wanted, names=', '.join(PERSON_FIELDS), EXTRA=EXTRA,
            IGNORE=IGNORE,
        )
    )


def column_keys(headers: Sequence[str]) -> list[str]:
    """The key each column has in ``extra``: its header, made unique and never empty."""
    keys: list[str] = []
    seen: Counter[str] = Counter()
    for number, header in enumerate(headers, 1):
        key = header.strip() or f"column {number}"
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key} ({seen[key]})")
    return keys


def parse_bool(text: str) -> bool | None:
    """A yes/no cell (English or Bengali, ``x``, ``1``…); empty is None. ValueError otherwise."""
    word = unicodedata.normalize("NFC", text.strip()).casefold()
    if not word:
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(_("not yes or no: {text!r}").format(text=text))


def _wiki_key(username: str) -> str:
    """MediaWiki treats ``_`` as a space; case is ignored like for email."""
    return " ".join(username.replace("_", " ").split()).casefold()


# ----------------------------------------------------------------- the service
def preview(path: str | Path, mapping: Mapping[str, str] | None = None, rows: int = 5) -> Preview:
    """Read the start of a roster file and show where each column would go."""
    table = read_table(path, limit=rows)
    destinations = _map_for(table.path, table.headers, mapping)
    return Preview(
        path=table.path,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        headers=table.headers,
        fields=tuple(destinations[n] for n in range(len(table.headers))),
        rows=table.rows,
    )


def import_roster(
    store: Store,
    event_id: str,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a CSV or XLSX roster into an event, in one transaction; see the module doc.

    ``progress(done, total)`` is called every thousand rows, last with
    ``(total, total)``; an exception raised by it cancels the import and leaves
    the store unchanged (the GUI's cancel button).
    """
    table = read_table(path)
    with store.write() as writer:
        return record_roster(writer, event_id, table, mapping, progress)


def dry_run(
    store: Store,
    event_id: str,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """What :func:`import_roster` would do with the file now, without writing anything.

    The same import runs inside :meth:`Store.trial`, which rolls it back, so
    the report (with its ``outcomes``) is exactly the import's. UserError as
    for an import; ``progress`` as for an import (raising in it stops the trial).
    """
    table = read_table(path)
    with store.trial() as writer:
        return record_roster(writer, event_id, table, mapping, progress)


def record_roster(
    writer: Writer,
    event_id: str,
    table: Table,
    mapping: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """:func:`import_roster` of a table already read, inside an open write."""
    destinations = _map_for(table.path, table.headers, mapping)
    if "display_name" not in destinations.values():
        named = ", ".join(repr(h) for h in table.headers if h)
        raise UserError(
            _(
                "{path}: no column gives the name (columns: {named}); call one 'Name' or map it "
                "to display_name"
            ).format(
                path=table.path, named=named
            )
        )
    total = len(table.rows)
    event = writer.db.get(Event, event_id)
    if event is None or event.deleted:
        raise UserError(_("no event with id {event_id}").format(event_id=event_id))
    run = _Import(writer, event_id, destinations, column_keys(table.headers))
    run.reserve_codes(table.rows)
    for done, row in enumerate(table.rows, 1):
        run.take(row)
        if done % _CHUNK == 0:
            run.flush()
            if progress is not None:
                progress(done, total)
    run.flush()
    if progress is not None:
        progress(total, total)
    run.report.headers = table.headers
    return run.report


def _map_for(
    path: Path, headers: Sequence[str], mapping: Mapping[str, str] | None
) -> dict[int, str]:
    try:
        return map_columns(headers, mapping)
    except UserError as exc:
        raise UserError(f"{path}: {exc}") from None


class _Rejected(Exception):
    """A row cannot be imported; the message is the reason the report gives."""


#: Whom a row is about: an existing person's id, or the line that adds a new person.
_Target = str | int


class _Import:
    """One import's state: the event's people indexed for matching, and what is pending."""

    def __init__(
        self, writer: Writer, event_id: str, destinations: dict[int, str], keys: list[str]
    ) -> None:
        self.writer = writer
        self.event_id = event_id
        self.destinations = destinations
        self.keys = keys
        self.report = ImportReport()
        self.current: dict[str, dict[str, Any]] = {}
        self.by_email: dict[str, _Target] = {}
        self.by_wiki: dict[str, _Target] = {}
        self.by_code: dict[str, _Target] = {}
        self.claimed: dict[_Target, int] = {}
        self.pending: list[dict[str, Any]] = []
        #: Codes of removed people: never handed out again, never matched.
        self.retired_codes: set[str] = set()
        #: Codes a new person may not draw: all of the event's and all the file gives.
        self.unavailable: set[str] = set()
        self._load()

    def _load(self) -> None:
        table = Person.__table__
        columns = [table.c.id, table.c.event_id, *(table.c[k] for k in content_columns(Person))]
        query = select(*columns).where(table.c.event_id == self.event_id)
        for row in self.writer.db.execute(query).mappings():
            person = dict(row)
            person_id = person.pop("id")
            if person["deleted"]:
                self.retired_codes.add(person["badge_code"])
                continue
            self.current[person_id] = person
            self._index(person_id, person)
        self.retired_codes -= set(self.by_code)
        self.unavailable = self.retired_codes | set(self.by_code)

    def reserve_codes(self, rows: Iterable[TableRow]) -> None:
        """Keep every code the file gives out of the draw for people without one.

        Otherwise a code drawn for line 5 could be the one line 900 brings
        (printed on a badge already), and line 900 would be refused.
        """
        columns = [n for n, d in self.destinations.items() if d == "badge_code"]
        for row in rows:
            for n in columns:
                if n < len(row.cells) and row.cells[n].strip():
                    self.unavailable.add(normalize_code(row.cells[n]))

    def _index(self, target: _Target, values: Mapping[str, Any]) -> None:
        if values.get("email"):
            self.by_email.setdefault(values["email"].casefold(), target)
        if values.get("wiki_username"):
            self.by_wiki.setdefault(_wiki_key(values["wiki_username"]), target)
        if values.get("badge_code"):
            self.by_code.setdefault(values["badge_code"], target)

    def take(self, row: TableRow) -> None:
        """Validate one row and create or update its person (creations wait for flush)."""
        try:
            values, extra = self._values(row)
            target = self._match(values)
        except _Rejected as exc:
            self.report.rejected.append(RejectedRow(row.line, str(exc), row.cells))
            self.report.outcomes[row.line] = RowOutcome("rejected", str(exc))
            return
        if target is None:
            self.claimed[row.line] = row.line
            self._create(row.line, values, extra)
        else:
            self.claimed[target] = row.line
            self._update(target, row.line, values, extra)

    def _values(self, row: TableRow) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for index, cell in enumerate(row.cells):
            text = cell.strip()
            if not text:
                continue
            destination = self.destinations[index]
            if destination == EXTRA:
                extra[self.keys[index]] = text
            elif destination != IGNORE:
                limit = FIELD_LENGTHS.get(destination)
                if limit and len(text) > limit:
                    raise _Rejected(_("{destination} is longer than {limit} characters").format(
                        destination=destination, limit=limit
                    ))
                values[destination] = text
        if "display_name" not in values:
            raise _Rejected(_("no name"))
        email = values.get("email")
        if email is not None and not valid_email(email):
            raise _Rejected(_("invalid email {email!r}").format(email=email))
        for key in BOOLEAN_FIELDS:
            if key in values:
                try:
                    values[key] = parse_bool(values[key])
                except ValueError:
                    raise _Rejected(_("{key}: {value!r} is not yes or no").format(
                        key=key, value=values[key]
                    )) from None
        if "role" in values:
            role = values["role"].casefold()
            if role not in PERSON_ROLES:
                roles = ", ".join(PERSON_ROLES)
                raise _Rejected(_("unknown role {role!r} (use {roles})").format(
                    role=values['role'], roles=roles
                ))
            values["role"] = role
        if "badge_code" in values:
            values["badge_code"] = normalize_code(values["badge_code"])
        return values, extra

    def _match(self, values: Mapping[str, Any]) -> _Target | None:
        """The person a row is about, by email, then wiki username, then badge code."""
        email, wiki, code = (values.get(k) for k in ("email", "wiki_username", "badge_code"))
        hits = [
            ("email", self.by_email.get(email.casefold()) if email else None),
            ("wiki username", self.by_wiki.get(_wiki_key(wiki)) if wiki else None),
            ("badge code", self.by_code.get(code) if code else None),
        ]
        found = [(what, target) for what, target in hits if target is not None]
        if not found:
            if code in self.retired_codes:
                raise _Rejected(_("badge code {code} is taken by another person").format(code=code))
            return None
        first, target = found[0]
        if target in self.claimed:
            raise _Rejected(_("duplicate of line {value}").format(value=self.claimed[target]))
        for what, other in found[1:]:
            if other == target:
                continue
            if what == "badge code":
                raise _Rejected(_("badge code {code} is taken by another person").format(code=code))
            raise _Rejected(_("the {first} and the {what} belong to different people").format(
                first=first, what=what
            ))
        if code in self.retired_codes:
            raise _Rejected(_("badge code {code} is taken by another person").format(code=code))
        return target

    def _create(self, line: int, values: dict[str, Any], extra: dict[str, str]) -> None:
        # The code is drawn here, not by create_people, so that it avoids the
        # codes later lines of the file give (see reserve_codes).
        values["badge_code"] = values.get("badge_code") or new_badge_code(self.unavailable)
        self.pending.append({**values, "extra": extra})
        self._index(line, values)
        self.report.created += 1
        self.report.outcomes[line] = RowOutcome("new", values["display_name"])

    def _update(
        self, person_id: str, line: int, values: dict[str, Any], extra: dict[str, str]
    ) -> None:
        current = self.current[person_id]
        name = current.get("display_name") or ""
        # "ANA@example.org" for "ana@example.org" is the same address, not an edit.
        for key, same in (("email", str.casefold), ("wiki_username", _wiki_key)):
            if key in values and current.get(key) and same(current[key]) == same(values[key]):
                del values[key]
        if extra:
            merged = {**(current.get("extra") or {}), **extra}
            if merged != current.get("extra"):
                values["extra"] = merged
        if self.writer.update(Person, person_id, values, current=current):
            current.update(values)
            self.report.updated += 1
            self.report.outcomes[line] = RowOutcome("update", name)
        else:
            self.report.unchanged += 1
            self.report.outcomes[line] = RowOutcome("unchanged", name)
        self._index(person_id, values)

    def flush(self) -> None:
        """Insert the new people gathered so far, in bulk."""
        if self.pending:
            # Rows with the same empty fields side by side: the ORM's bulk insert
            # sends one statement per run of equally shaped rows, and a shuffled
            # roster would make it send thousands.
            self.pending.sort(
                key=lambda values: tuple(values.get(k) is None for k in PERSON_FIELDS)
            )
            create_people(self.writer, self.event_id, self.pending)
            self.pending = []
