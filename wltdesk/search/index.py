"""Finding a person from a few typed letters, at the check-in desk and everywhere else.

Matching is by any part of the name, the name in local script, wiki username,
email or affiliation, ignoring case and accents ("jose" finds "José"), in any
script. Accents are folded only on Latin, Greek and Cyrillic letters (and
Arabic vowel marks): in Bengali and other Brahmic scripts the combining signs
are vowels, and dropping them would make "কমল" find "কামাল".

Results are ranked so that what the facilitator most likely means comes
first: an exact badge code, then a name that is the text, names that start
with it, names with a word starting with it, then any other match (see
:data:`RANKS`). People who rank alike come in name order (then by id, so the
order never depends on how the index was filled).

The index lives in memory and is kept current one person at a time
(:meth:`PeopleIndex.put`, :meth:`PeopleIndex.remove`), so a walk-in or an edit
costs microseconds, not a rebuild. A search never ranks every match: it asks
each kind of match, best kind first, only for the few people still missing
from the result, so a query costs about the same on 500 people as on 50,000
(see ``bench/``).
"""

from __future__ import annotations

import heapq
import unicodedata
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from wltdesk.search.pages import FIELD, Key, Pages

#: Combining marks on these letters are vowel signs, not accents: keep them.
_KEEP_MARKS = ((0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

#: What each rank means, best first.
RANKS = (
    "badge code",  # 0: the text is the badge code (as a scanner types it)
    "name",  # 1: a name (or the name in local script) is the text
    "name start",  # 2: a name starts with the text
    "word start",  # 3: a word of a name starts with it
    "in a name",  # 4: a name holds it elsewhere
    "other start",  # 5: the wiki username, email or affiliation starts with it
    "in other",  # 6: one of those holds it elsewhere
    "all words",  # 7: every word typed is somewhere, in any field
)


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


class Searchable(Protocol):
    """What the index reads of a person: a ``Person`` row, or any row with these fields."""

    id: str
    display_name: str
    local_name: str | None
    badge_code: str
    region: str | None
    wiki_username: str | None
    email: str | None
    affiliation: str | None
    deleted: bool


@dataclass(frozen=True)
class Match:
    """One search result, ranked: lower ``rank`` is a better match (see :data:`RANKS`)."""

    person_id: str
    display_name: str
    local_name: str | None
    badge_code: str
    region: str | None
    rank: int




@dataclass(frozen=True, slots=True)
class _Entry:
    person_id: str
    display_name: str
    local_name: str | None
    badge_code: str
    region: str | None
    names: tuple[str, ...]  # folded display and local name (those not empty)
    words: tuple[str, ...]  # folded words of both names, each once, sorted
    others: tuple[str, ...]  # folded wiki username, email, affiliation
    key: Key

    @classmethod
    def of(cls, person: Searchable) -> _Entry:
        names = tuple(n for n in (fold(person.display_name), fold(person.local_name)) if n)
        others = tuple(
            o
            for o in (fold(person.wiki_username), fold(person.email), fold(person.affiliation))
            if o
        )
        return cls(
            person_id=person.id,
            display_name=person.display_name,
            local_name=person.local_name,
            badge_code=person.badge_code,
            region=person.region,
            names=names,
            words=tuple(sorted({w for n in names for w in n.split()})),
            others=others,
            key=(names[0] if names else "", person.id),
        )

    def match(self, rank: int) -> Match:
        return Match(
            self.person_id, self.display_name, self.local_name, self.badge_code, self.region, rank
        )

    def names_text(self) -> str:
        return "".join(FIELD + name for name in self.names)

    def others_text(self) -> str:
        return "".join(FIELD + other for other in self.others)


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
    and keep it current with :meth:`put` and :meth:`remove` as people change:
    each costs a few sorted-list insertions, never a pass over everyone.

    First names are kept sorted by (name, id), which is also the order of
    results, so "the first 20 names starting with 'ra'" is a bisection and a
    slice. Local names, words of names and the other fields, sorted by their
    own text, give their best few through :func:`_heads` and
    :func:`heapq.nsmallest`. Matches inside a text are found by ``str.find``
    on :class:`~wltdesk.search.pages.Pages`, which hold everyone in result
    order: the scan stops as soon as it has enough people.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_code: dict[str, set[str]] = {}
        self._firsts: list[tuple[str, str]] = []  # (first name, id): result order
        #: (text, sort key, id), sorted: second names, words of names, other fields.
        self._texts: dict[str, list[tuple[str, str, str]]] = {kind: [] for kind in _TEXTS}
        self._pages = Pages()

    @classmethod
    def build(cls, people: Iterable[Searchable]) -> PeopleIndex:
        """A new index over ``people`` (deleted ones left out), sorted once."""
        index = cls()
        entries = [_Entry.of(p) for p in people if not p.deleted]
        index._entries = {e.person_id: e for e in entries}
        for entry in index._entries.values():
            index._by_code.setdefault(entry.badge_code.upper(), set()).add(entry.person_id)
            index._firsts.extend(_firsts_of(entry))
            for kind, items in _texts_of(entry).items():
                index._texts[kind].extend(items)
        index._firsts.sort()
        for items in index._texts.values():
            items.sort()
        ordered = sorted(index._entries.values(), key=lambda e: e.key)
        index._pages.fill([(e.key, e.names_text(), e.others_text()) for e in ordered])
        return index

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._entries

    def put(self, person: Searchable) -> None:
        """Add or refresh one person (a deleted person is removed)."""
        self.remove(person.id)
        if person.deleted:
            return
        entry = _Entry.of(person)
        self._entries[person.id] = entry
        self._by_code.setdefault(entry.badge_code.upper(), set()).add(person.id)
        for item in _firsts_of(entry):
            insort(self._firsts, item)
        for kind, items in _texts_of(entry).items():
            for text_item in items:
                insort(self._texts[kind], text_item)
        self._pages.add(entry.key, entry.names_text(), entry.others_text())

    def remove(self, person_id: str) -> None:
        """Take one person out (nothing happens if they are not in)."""
        entry = self._entries.pop(person_id, None)
        if entry is None:
            return
        code = entry.badge_code.upper()
        holders = self._by_code[code]
        holders.discard(person_id)
        if not holders:
            del self._by_code[code]
        for item in _firsts_of(entry):
            _discard(self._firsts, item)
        for kind, items in _texts_of(entry).items():
            for text_item in items:
                _discard(self._texts[kind], text_item)
        self._pages.discard(entry.key)

    def update(self, changed: Iterable[Searchable], removed: Iterable[str]) -> None:
        """Take in people changed (or added) and take out people gone."""
        for person_id in removed:
            self.remove(person_id)
        for person in changed:
            self.put(person)

    def match(self, person_id: str) -> Match | None:
        """One person as a result row (e.g. for the latest check-ins), if indexed."""
        entry = self._entries.get(person_id)
        return entry.match(0) if entry is not None else None

    def by_code(self, code: str) -> str | None:
        """The person whose badge code this is (as a scanner types it), if any.

        Two people can hold one code only after a merge of two laptops' work;
        then the first in name order is meant, whichever way the index was filled.
        """
        holders = self._by_code.get(code.strip().upper())
        if not holders:
            return None
        return min(holders, key=lambda pid: self._entries[pid].key)

    def search(self, text: str, limit: int = 20) -> list[Match]:
        """The ``limit`` best people matching ``text``, best first.

        The same people in the same order as ranking every match and sorting
        them all by (rank, name, id), without doing so: each kind of match, in
        rank order, is asked only for the people still missing.
        """
        query = fold(text)
        if not query or limit <= 0:
            return []
        found: dict[str, int] = {}
        holders = self._by_code.get(text.strip().upper(), ())
        for pid in sorted(holders, key=lambda pid: self._entries[pid].key)[:limit]:
            found[pid] = 0
        steps = (
            self._name_starts,
            self._word_starts,
            self._inside_names,
            self._other_starts,
            self._inside_others,
            self._all_words,
        )
        for step in steps:
            if len(found) >= limit:
                break
            for pid, rank in step(query, limit - len(found), found):
                found[pid] = rank
        return [self._entries[pid].match(rank) for pid, rank in found.items()]

    # Each step gives at most ``need`` people not ``found`` yet, in result order.
    def _name_starts(
        self, query: str, need: int, found: dict[str, int]
    ) -> list[tuple[str, int]]:
        """Ranks 1 and 2: a name is the query, or starts with it."""
        best: dict[str, tuple[int, str]] = {}
        start, end = _prefixed(self._firsts, query)
        taken = 0
        for name, pid in self._firsts[start:end]:  # already in result order
            if taken == need:
                break
            if pid not in found:
                best[pid] = (1 if name == query else 2, name)
                taken += 1
        seconds = (
            (1 if name == query else 2, sort_key, pid)
            for name, sort_key, pid in _heads(self._texts["seconds"], query, need, found)
        )
        for rank, sort_key, pid in heapq.nsmallest(need, seconds):
            if pid not in best or rank < best[pid][0]:
                best[pid] = (rank, sort_key)
        ordered = sorted((rank, sort_key, pid) for pid, (rank, sort_key) in best.items())
        return [(pid, rank) for rank, _key, pid in ordered[:need]]

    def _word_starts(self, query: str, need: int, found: dict[str, int]) -> list[tuple[str, int]]:
        """Rank 3: a word of a name starts with the query."""
        return _best(_heads(self._texts["words"], query, need, found), need, 3)

    def _inside_names(self, query: str, need: int, found: dict[str, int]) -> list[tuple[str, int]]:
        """Rank 4: a name holds the query, not at the start of a word."""
        return _first(self._pages.scan(Pages.NAMES, query), need, found, 4)

    def _other_starts(self, query: str, need: int, found: dict[str, int]) -> list[tuple[str, int]]:
        """Rank 5: the wiki username, email or affiliation starts with the query."""
        return _best(_heads(self._texts["others"], query, need, found), need, 5)

    def _inside_others(self, query: str, need: int, found: dict[str, int]) -> list[tuple[str, int]]:
        """Rank 6: one of those holds it elsewhere."""
        return _first(self._pages.scan(Pages.OTHERS, query), need, found, 6)

    def _all_words(self, query: str, need: int, found: dict[str, int]) -> list[tuple[str, int]]:
        """Rank 7: several words typed, each somewhere in any field ("hasan মাহমুদ")."""
        tokens = query.split()
        if len(tokens) < 2:
            return []
        longest = max(tokens, key=len)
        candidates = (
            pid
            for pid in self._pages.scan_both(longest)
            if all(t in self._haystack(pid) for t in tokens)
        )
        return _first(candidates, need, found, 7)

    def _haystack(self, person_id: str) -> str:
        entry = self._entries[person_id]
        return entry.names_text() + entry.others_text()


def _firsts_of(entry: _Entry) -> list[tuple[str, str]]:
    return [(entry.names[0], entry.person_id)] if entry.names else []


#: The texts kept in sorted lists besides first names (see :func:`_texts_of`).
_TEXTS = ("seconds", "words", "others")


def _texts_of(entry: _Entry) -> dict[str, list[tuple[str, str, str]]]:
    """What one person puts in each sorted list: (text, sort key, id)."""
    return {
        "seconds": [(name, *entry.key) for name in entry.names[1:]],
        "words": [(word, *entry.key) for word in entry.words],
        "others": [(other, *entry.key) for other in sorted(set(entry.others))],
    }


def _discard(items: list, item: tuple) -> None:
    """Remove ``item`` from a sorted list (it is there: it was put there)."""
    del items[bisect_left(items, item)]


def _prefixed(items: Sequence[tuple[str, ...]], prefix: str) -> tuple[int, int]:
    """Where the items of a sorted list whose first element starts with ``prefix`` are."""
    start = bisect_left(items, (prefix,))
    end = bisect_left(items, True, lo=start, key=lambda item: not item[0].startswith(prefix))
    return start, end


def _heads(
    items: list[tuple[str, str, str]], prefix: str, need: int, found: dict[str, int]
) -> list[tuple[str, str, str]]:
    """The items starting with ``prefix`` that may be among the ``need`` best, not found yet.

    Items of one text are in result order already, so of a long run of one text
    ("hasan", said by a thousand people) only its first few can be among the
    best: the rest of the run is skipped by bisection. The best of what is
    left are then chosen by :func:`heapq.nsmallest`, not by sorting it all.
    """
    start, end = _prefixed(items, prefix)
    enough = need + len(found)
    picked: list[tuple[str, str, str]] = []
    at = start
    while at < end:
        text = items[at][0]
        last = at + enough
        if last < end and items[last][0] == text:
            picked.extend(items[at:last])
            at = bisect_left(items, (text + "\x00",), last, end)
        else:
            picked.append(items[at])
            at += 1
    return [item for item in picked if item[2] not in found]


def _best(
    items: Iterable[tuple[str, str, str]], need: int, rank: int
) -> list[tuple[str, int]]:
    """The people of the ``need`` best items (by sort key and id), each once."""
    keys = {(sort_key, pid) for _text, sort_key, pid in items}
    return [(pid, rank) for _key, pid in heapq.nsmallest(need, keys)]


def _first(
    ids: Iterable[str], need: int, found: dict[str, int], rank: int
) -> list[tuple[str, int]]:
    """The first ``need`` of ``ids`` (in result order) not ``found`` yet, each once."""
    taken: list[tuple[str, int]] = []
    if need <= 0:
        return taken
    for pid in ids:
        if pid not in found:
            taken.append((pid, rank))
            if len(taken) == need:
                break
    return taken
