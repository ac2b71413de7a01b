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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wltdesk.store.models import Person

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
    if text.isascii():
        return " ".join(text.lower().split())
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


def tied_best(matches: Sequence[Match]) -> list[Match]:
    """The matches ranked as well as the first one.

    More than one means the text does not say who is meant ("jahan" when both
    Ishrat Jahan and Jahan Ara are on the roster): the command line refuses
    such a query and the desk asks which one, rather than guess.
    """
    return [m for m in matches if m.rank == matches[0].rank] if matches else []


class PeopleIndex:
    """An in-memory search index over one event's roster.

    Build it with :meth:`build` from the rows of :func:`wltdesk.people.list_people`
    and keep it current with :meth:`put` and :meth:`remove` as people change.
    Names and their words are also kept in sorted lists, so that the common
    case at a desk — the first letters of a name — is answered by bisection
    without looking at every person.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_code: dict[str, str] = {}
        self._names: list[tuple[str, str, str]] = []  # (folded name, sort key, id)
        self._words: list[tuple[str, str, str]] = []
        self._ids: list[str] = []
        self._offsets: list[int] = []
        self._blob = ""
        self._sorted = True

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
        self._names.extend((name, entry.sort_key, person.id) for name in names)
        self._words.extend((word, entry.sort_key, person.id) for word in set(entry.words))
        self._sorted = False

    def remove(self, person_id: str) -> None:
        entry = self._entries.pop(person_id, None)
        if entry is not None:
            self._by_code.pop(entry.badge_code.upper(), None)
            self._names = [item for item in self._names if item[2] != person_id]
            self._words = [item for item in self._words if item[2] != person_id]
            self._sorted = False

    def match(self, person_id: str) -> Match | None:
        """One person as a result row (e.g. for the latest check-ins), if indexed."""
        e = self._entries.get(person_id)
        if e is None:
            return None
        return Match(e.person_id, e.display_name, e.local_name, e.badge_code, e.region, 0)

    def by_code(self, code: str) -> str | None:
        """The person whose badge code this is (as a scanner types it), if any."""
        return self._by_code.get(code.strip().upper())

    def search(self, text: str, limit: int = 20) -> list[Match]:
        """People matching ``text``, best first; every word typed must match somewhere."""
        query = fold(text)
        if not query:
            return []
        if not self._sorted:
            self._names.sort()
            self._words.sort()
            self._join()
            self._sorted = True
        ranks: dict[str, int] = {}
        code_hit = self._by_code.get(text.strip().upper())
        if code_hit is not None:
            ranks[code_hit] = 0
        for name, _key, person_id in _prefixed(self._names, query):
            ranks.setdefault(person_id, 1 if name == query else 2)
            if name == query:
                ranks[person_id] = min(ranks[person_id], 1)
        if len(ranks) < limit:
            for _word, _key, person_id in _prefixed(self._words, query):
                ranks.setdefault(person_id, 3)
        if len(ranks) < limit:
            tokens = query.split()
            for person_id in self._containing(query):
                ranks.setdefault(person_id, _rank_rest(query, self._entries[person_id]))
            if len(tokens) > 1:
                for person_id in self._containing(max(tokens, key=len)):
                    haystack = self._entries[person_id].haystack
                    if person_id not in ranks and all(t in haystack for t in tokens):
                        ranks[person_id] = 7
        best = sorted(ranks.items(), key=lambda item: (item[1], self._entries[item[0]].sort_key))
        results = []
        for person_id, rank in best[:limit]:
            e = self._entries[person_id]
            results.append(
                Match(e.person_id, e.display_name, e.local_name, e.badge_code, e.region, rank)
            )
        return results

    def _join(self) -> None:
        """All haystacks in one string, so a substring scan runs in C, not per person."""
        self._ids = list(self._entries)
        self._offsets = []
        position = 0
        for person_id in self._ids:
            self._offsets.append(position)
            position += len(self._entries[person_id].haystack) + 1
        self._blob = "\n".join(self._entries[i].haystack for i in self._ids)

    def _containing(self, needle: str) -> list[str]:
        """Ids of people whose haystack contains ``needle``, each once."""
        found: list[str] = []
        blob, offsets = self._blob, self._offsets
        position = blob.find(needle)
        while position != -1:
            slot = bisect_right(offsets, position) - 1
            found.append(self._ids[slot])
            next_start = offsets[slot + 1] if slot + 1 < len(offsets) else len(blob)
            position = blob.find(needle, next_start)
        return found


def _prefixed(items: list[tuple[str, str, str]], prefix: str) -> list[tuple[str, str, str]]:
    """The items of a sorted list whose first element starts with ``prefix``."""
    start = bisect_left(items, (prefix,))
    end = bisect_left(items, (prefix + "\U0010ffff",))
    return items[start:end]


def _rank_rest(query: str, entry: _Entry) -> int:
    """Rank of a match that is not at the start of a name or of a word in it."""
    if any(query in name for name in entry.names):
        return 4
    if any(other.startswith(query) for other in entry.others):
        return 5
    return 6
