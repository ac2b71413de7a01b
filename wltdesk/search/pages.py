"""Everyone's texts joined page by page, for substring scans in ``str.find``.

A search for text inside names or other fields runs ``str.find`` (in C)
over a few hundred people's texts at a time, page after page in result
order, so it can stop as soon as it has the few people it needs. A change
re-joins only its own page; a page whose texts lack a letter of the query
is not scanned at all. Knows nothing of people: a person is a key (their
place in the result order) and two texts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

#: Marks the start of each field in a person's text. Folded text never holds
#: it (``str.split`` takes it for a blank), nor the newline between people.
FIELD = "\x1f"

#: A person's place in the result order: folded first name field, then id.
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class _Joined:
    """Texts joined with newlines for ``str.find``, where each starts, and their letters."""

    blob: str
    offsets: list[int]
    letters: frozenset[str]  # a needle with a letter not in here is not in the blob

    @classmethod
    def of(cls, texts: Iterable[str]) -> _Joined:
        offsets: list[int] = []
        position = 0
        parts: list[str] = []
        for text in texts:
            offsets.append(position)
            position += len(text) + 1
            parts.append(text)
        blob = "\n".join(parts)
        return cls(blob, offsets, frozenset(blob))

    def slots(self, needle: str) -> Iterator[int]:
        """Which texts hold ``needle``, in order, each once."""
        if not self.letters.issuperset(needle):
            return
        blob, offsets = self.blob, self.offsets
        position = blob.find(needle)
        while position != -1:
            slot = bisect_right(offsets, position) - 1
            yield slot
            if slot + 1 == len(offsets):
                return
            position = blob.find(needle, offsets[slot + 1])


@dataclass
class _Page:
    """Up to a few hundred people, in result order, with their texts joined for ``find``."""

    keys: list[Key]
    texts: list[tuple[str, str]]  # (names text, others text) of each person
    joined: tuple[_Joined, _Joined] | None = None

    def blobs(self) -> tuple[_Joined, _Joined]:
        """Names and others, each joined (again, after a change)."""
        if self.joined is None:
            self.joined = (
                _Joined.of(t[0] for t in self.texts),
                _Joined.of(t[1] for t in self.texts),
            )
        return self.joined


class Pages:
    """Everyone in result order, cut into pages: a substring scan in ``str.find``.

    Scanning page after page gives matches in result order, so a search can
    stop after the few it needs; a change re-joins only its own page.
    """

    NAMES = 0
    OTHERS = 1
    SIZE = 256

    def __init__(self) -> None:
        self._pages: list[_Page] = []
        self._heads: list[Key] = []  # each page's first key

    def fill(self, people: Sequence[tuple[Key, str, str]]) -> None:
        """Everyone at once, in result order: (key, names text, others text) each."""
        self._pages = [
            _Page(
                [key for key, _names, _others in people[at : at + self.SIZE]],
                [(names, others) for _key, names, others in people[at : at + self.SIZE]],
            )
            for at in range(0, len(people), self.SIZE)
        ]
        self._heads = [page.keys[0] for page in self._pages]
        for page in self._pages:  # joined now, not on the first keystroke
            page.blobs()

    def add(self, key: Key, names: str, others: str) -> None:
        """One person more, in their place."""
        texts = (names, others)
        if not self._pages:
            self._pages.append(_Page([key], [texts]))
            self._heads.append(key)
            return
        number = max(bisect_right(self._heads, key) - 1, 0)
        page = self._pages[number]
        slot = bisect_left(page.keys, key)
        page.keys.insert(slot, key)
        page.texts.insert(slot, texts)
        page.joined = None
        self._heads[number] = page.keys[0]
        if len(page.keys) > 2 * self.SIZE:
            half = len(page.keys) // 2
            self._pages.insert(number + 1, _Page(page.keys[half:], page.texts[half:]))
            self._heads.insert(number + 1, page.keys[half])
            del page.keys[half:], page.texts[half:]

    def discard(self, key: Key) -> None:
        """One person fewer (they are in)."""
        number = bisect_right(self._heads, key) - 1
        page = self._pages[number]
        slot = bisect_left(page.keys, key)
        del page.keys[slot], page.texts[slot]
        page.joined = None
        if page.keys:
            self._heads[number] = page.keys[0]
        else:
            del self._pages[number], self._heads[number]

    def scan(self, which: int, needle: str) -> Iterator[str]:
        """Ids of the people whose names (or others) hold ``needle``, in result order."""
        for page in self._pages:
            for slot in page.blobs()[which].slots(needle):
                yield page.keys[slot][1]

    def scan_both(self, needle: str) -> Iterator[str]:
        """Ids of the people with ``needle`` in any field, in result order."""
        for page in self._pages:
            names, others = page.blobs()
            for slot in sorted({*names.slots(needle), *others.slots(needle)}):
                yield page.keys[slot][1]
