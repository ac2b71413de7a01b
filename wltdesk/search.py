"""Finding a person from a few typed letters, at the check-in desk and everywhere else.

Matching is by any part of the name, the name in local script, wiki username,
email or affiliation, ignoring case and accents ("jose" finds "José"), in any
script. Accents are folded only on Latin, Greek and Cyrillic letters (and
Arabic vowel marks): in Bengali and other Brahmic scripts the combining signs
are vowels, and dropping them would make "কমল" find "কামাল".

Results are ranked so that what the facilitator most likely means comes
first: an exact badge code, then names that start with the text, then names
with a word starting with it, then any other match. The index lives in
memory; a query over 10,000 people takes a few milliseconds (see ``bench/``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from wltdesk.models import Person

#: Combining marks on these letters are vowel signs, not accents: keep them.
_KEEP_MARKS = ((0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_SEPARATOR = "\x1f"


def _keeps_marks(base: str) -> bool:
    code = ord(base)
    return any(low <= code <= high for low, high in _KEEP_MARKS)


def fold(text: str | None) -> str:
    """Text reduced for matching: case-folded, accents removed, spaces collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_INVISIBLE)).casefold()
    kept: list[str] = []
    base = " "
    for char in decomposed:
        if unicodedata.combining(char):
            if _keeps_marks(base):
                kept.append(char)
            continue
        base = char
        kept.append(char)
    return " ".join("".join(kept).split())


@dataclass(frozen=True)
class Match:
    """One search result, ranked: lower ``rank`` is a better match."""

    person_id: str
    display_name: str
    local_name: str | None
    badge_code: str
    region: str | None
    rank: int


@dataclass(frozen=True)
class _Entry:
    person_id: str
    display_name: str
    local_name: str | None
    badge_code: str
    region: str | None
    names: tuple[str, ...]  # folded display and local name
    words: tuple[str, ...]  # folded words of both names
    others: tuple[str, ...]  # folded wiki username, email, affiliation
    haystack: str  # everything above joined, for the fast first filter
    sort_key: str


class PeopleIndex:
    """An in-memory search index over one event's roster.

    Build it with :meth:`build` from the rows of :func:`wltdesk.people.list_people`
    and keep it current with :meth:`put` and :meth:`remove` as people change.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_code: dict[str, str] = {}

    @classmethod
    def build(cls, people: Iterable[Person]) -> PeopleIndex:
        index = cls()
        for person in people:
            index.put(person)
        return index

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, person: Person) -> None:
        """Add or refresh one person (a deleted person is removed)."""
        self.remove(person.id)
        if person.deleted:
            return
        names = tuple(n for n in (fold(person.display_name), fold(person.local_name)) if n)
        others = tuple(
            o
            for o in (fold(person.wiki_username), fold(person.email), fold(person.affiliation))
            if o
        )
        entry = _Entry(
            person_id=person.id,
            display_name=person.display_name,
            local_name=person.local_name,
            badge_code=person.badge_code,
            region=person.region,
            names=names,
            words=tuple(w for n in names for w in n.split()),
            others=others,
            haystack=_SEPARATOR.join(names + others),
            sort_key=names[0] if names else "",
        )
        self._entries[person.id] = entry
        self._by_code[person.badge_code.upper()] = person.id

    def remove(self, person_id: str) -> None:
        entry = self._entries.pop(person_id, None)
        if entry is not None:
            self._by_code.pop(entry.badge_code.upper(), None)

    def by_code(self, code: str) -> str | None:
        """The person whose badge code this is (as a scanner types it), if any."""
        return self._by_code.get(code.strip().upper())

    def search(self, text: str, limit: int = 20) -> list[Match]:
        """People matching ``text``, best first; every word typed must match somewhere."""
        query = fold(text)
        if not query:
            return []
        ranked: list[tuple[int, str, _Entry]] = []
        code_hit = self._by_code.get(text.strip().upper())
        if code_hit is not None:
            ranked.append((0, "", self._entries[code_hit]))
        tokens = query.split()
        for entry in self._entries.values():
            if entry.person_id == code_hit:
                continue
            if query in entry.haystack:
                rank = _rank_whole(query, entry)
            elif len(tokens) > 1 and all(t in entry.haystack for t in tokens):
                rank = 7
            else:
                continue
            ranked.append((rank, entry.sort_key, entry))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [
            Match(e.person_id, e.display_name, e.local_name, e.badge_code, e.region, rank)
            for rank, _key, e in ranked[:limit]
        ]


def _rank_whole(query: str, entry: _Entry) -> int:
    if query in entry.names:
        return 1
    if any(name.startswith(query) for name in entry.names):
        return 2
    if any(word.startswith(query) for word in entry.words):
        return 3
    if any(query in name for name in entry.names):
        return 4
    if any(other.startswith(query) for other in entry.others):
        return 5
    return 6
