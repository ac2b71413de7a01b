"""Who on the roster changed, person by person, so that no pane re-reads the roster.

Whoever changes people announces it on the desk: ``desk.people_changed``
with the ids of those changed (a walk-in, an edit, an undo), or ``None``
when anyone may have changed (a merge, a roster import). :class:`RosterFeed`
turns either into :class:`RosterUpdate` s, the changed people as they are now
and the ids of those gone, which the check-in desk's search index and the
People table apply one person at a time.

Ids given are read at once (a query for those few rows). ``None`` is answered
off the GUI thread: the feed keeps the change log's position it last knew of
(:func:`wltdesk.people.roster_position`), and a background job reads the people
changed after it (:func:`wltdesk.people.changed_since`) — never the whole roster. What it brings
back is handed out a slice per turn of the event loop, so that even a merge
of thousands of people never holds the window still for longer than a frame.
A person changed on screen while the job ran is left as the screen has them:
the job read them earlier.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wltdesk import people
from wltdesk.gui.jobs import Job
from wltdesk.store.models import Person

if TYPE_CHECKING:  # the desk owns the feed
    from wltdesk.gui.desk import Desk

#: More ids than this are looked up like ``None``: in the background.
READ_AT_ONCE = 200
#: People handed out per update while a background answer is applied (each
#: costs the panes a fifth of a millisecond or so on 50,000 people: a renamed
#: person moves in the People table's sort).
SLICE = 4
#: Time spent on applying per turn of the event loop (seconds). The People table
#: redraws after the turn (7-9 ms at 1366x768 on 50,000 people), so a turn and
#: its redraw fit in a frame only if the turn stays short.
TURN_BUDGET = 0.002


@dataclass(frozen=True)
class RosterUpdate:
    """Some people changed: ``changed`` as they are now, ``removed`` gone from the roster."""

    changed: tuple[Person, ...]
    removed: frozenset[str]


def read_update(desk: Desk, person_ids: Iterable[str]) -> RosterUpdate:
    """These few people as the store has them now, for the desk's open event: a
    query for just those rows (those removed, or in another event, are ``removed``)."""
    wanted = set(person_ids)
    found = {p.id: p for p in people.get_people(desk.store, wanted)}
    changed: list[Person] = []
    removed: set[str] = set()
    for person_id in wanted:
        person = found.get(person_id)
        if person is None or person.deleted or person.event_id != desk.event_id:
            removed.add(person_id)
        else:
            changed.append(person)
    return RosterUpdate(tuple(changed), frozenset(removed))


@dataclass(frozen=True)
class _Answer:
    """What a background comparison found: people to refresh and ids gone.

    ``since`` is the feed's count of people given out by id when the job
    began: those given out after that are fresher than the job's copies.
    """

    generation: int
    since: int
    changed: list[Person]
    removed: set[str]
    #: The change log's position the people were read at.
    position: int


class RosterFeed(QObject):
    """Turns ``desk.people_changed`` into per-person :class:`RosterUpdate` s."""

    updated = Signal(object)  # a RosterUpdate
    #: Every change announced so far is applied (for tests and the bench).
    settled = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        #: The change log's position up to which the panes have every person.
        self._position = 0
        #: Bumped when another event or store opens: answers for the last one are dropped.
        self._generation = 0
        self._job: Job | None = None
        self._last_job: Job | None = None  # kept until the pool has surely let go of it
        self._again = False
        #: When each person was last given out by id (a count), while answers are pending.
        self._given: dict[str, int] = {}
        self._count = 0
        #: A person to refresh or the id of one gone, with the ``since`` of its answer.
        self._queue: deque[tuple[Person | str, int]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._hand_out)
        desk.people_changed.connect(self._changed)

    @property
    def busy(self) -> bool:
        """A comparison runs or its answer is still being handed out."""
        return self._job is not None or bool(self._queue)

    def reset(self) -> None:
        """Another event (or store) is open: start from where its log ends now.

        Read before any pane loads the roster (one look-up on the log's key), so
        every change a pane's read may have missed comes after it and reaches the
        panes; one it did not miss comes again, which changes nothing.
        """
        self._generation += 1
        self._queue.clear()
        self._given.clear()
        self._again = False
        event_id = self.desk.event_id
        self._position = people.roster_position(self.desk.store) if event_id else 0

    # ------------------------------------------------------------ announcements
    def _changed(self, person_ids: Iterable[str] | None) -> None:
        if self.desk.event_id is None:
            return
        if person_ids is None:
            self._compare()
            return
        wanted = set(person_ids)
        if len(wanted) > READ_AT_ONCE:
            self._compare()
            return
        update = read_update(self.desk, wanted)
        if self.busy:
            self._count += 1
            self._given.update(dict.fromkeys(wanted, self._count))
        self.updated.emit(update)
        if not self.busy:
            self.settled.emit()

    # ------------------------------------------------------------ in the background
    def _compare(self) -> None:
        """Find who changed since the position known, off the GUI thread."""
        if self._job is not None:
            self._again = True  # the running job may have read the store too early
            return
        store, event_id = self.desk.store, self.desk.event_id
        if event_id is None:
            return
        known = self._position
        generation, since = self._generation, self._count

        def work(_progress, _cancelled) -> _Answer:
            position, found = people.changed_since(store, event_id, known)
            return _Answer(generation, since, found, set(), position)

        self._job = Job(work)
        self._job.signals.finished.connect(self._answered)
        self._job.signals.failed.connect(self._failed)
        self._job.start()

    def _answered(self, answer: _Answer) -> None:
        self._last_job, self._job = self._job, None
        if answer.generation == self._generation:
            self._position = max(self._position, answer.position)
            for person in answer.changed:
                if self._fresher(person.id, answer.since):
                    continue
                if person.deleted or person.event_id != self.desk.event_id:
                    answer.removed.add(person.id)
                    continue
                self._queue.append((person, answer.since))
            for person_id in answer.removed:
                if not self._fresher(person_id, answer.since):
                    self._queue.append((person_id, answer.since))
        self._next()

    def _fresher(self, person_id: str, since: int) -> bool:
        """Whether the panes got this person by id after the answer's job began."""
        return self._given.get(person_id, 0) > since

    def _failed(self, message: str) -> None:
        """The store could not be read (closed, or another store opened): nothing to do."""
        self._last_job, self._job = self._job, None
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self._compare()
        self._go_on()

    def _hand_out(self) -> None:
        """Apply the answer a slice at a time, yielding to the event loop between turns."""
        began = time.perf_counter()
        while self._queue and time.perf_counter() - began < TURN_BUDGET:
            changed: list[Person] = []
            removed: set[str] = set()
            while self._queue and len(changed) + len(removed) < SLICE:
                item, since = self._queue.popleft()
                if isinstance(item, str):
                    if not self._fresher(item, since):
                        removed.add(item)
                elif not self._fresher(item.id, since):
                    changed.append(item)
            self.updated.emit(RosterUpdate(tuple(changed), frozenset(removed)))
        self._go_on()

    def _go_on(self) -> None:
        """Hand out more next turn, or say that everything announced is applied."""
        if self._queue:
            self._timer.start()
        elif self._job is None:
            self._given.clear()
            self.settled.emit()
