"""The round in the room, and the turns it records.

:class:`CircleRunner` is a plain state machine the GUI and the command line
both wrap; what it records (who spoke, for how long, who passed) is saved in
the circle's ``turns`` by :func:`set_turns`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from wltdesk.circles.editing import Speaker, circle_row, event_people
from wltdesk.circles.reading import CircleView
from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store import Store
from wltdesk.store.changes import Writer
from wltdesk.store.models import Circle


@dataclass
class _Record:
    seconds: float = 0.0
    passed: bool = False
    done: bool = False


@dataclass
class CircleRunner:
    """The round in the room: whose turn it is, their time, next / pass / pause / back.

    Plain Python with an injectable clock, so the GUI (a QTimer calling
    :meth:`tick`) and the terminal runner share the rules and tests need no
    sleeping. Time counts only while running; a speaker's time keeps adding
    up if the facilitator goes back to them. :meth:`turns` is what
    :func:`set_turns` saves.
    """

    speakers: Sequence[Speaker]
    seconds_per_speaker: int
    allow_pass: bool = True
    clock: Callable[[], float] = time.monotonic
    position: int = 0
    running: bool = False
    _records: list[_Record] = field(default_factory=list)
    _since: float | None = None
    _alerted: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.speakers = list(self.speakers)
        if not self._records:
            self._records = [_Record() for _ in self.speakers]

    @classmethod
    def for_circle(
        cls, view: CircleView, clock: Callable[[], float] = time.monotonic
    ) -> CircleRunner:
        """A runner over a circle's order, resuming after the turns already recorded."""
        runner = cls(view.speakers, view.info.seconds_per_speaker, view.info.allow_pass, clock)
        at = {s.person_id: n for n, s in enumerate(runner.speakers)}
        for turn in view.turns:
            if turn.person_id in at:
                runner._records[at[turn.person_id]] = _Record(turn.seconds, turn.passed, True)
                runner._alerted.add(at[turn.person_id])
        runner.position = next(
            (n for n, r in enumerate(runner._records) if not r.done), len(runner.speakers)
        )
        return runner

    # ------------------------------------------------------------ state
    @property
    def finished(self) -> bool:
        return self.position >= len(self.speakers)

    @property
    def current(self) -> Speaker | None:
        return None if self.finished else self.speakers[self.position]

    @property
    def upcoming(self) -> Speaker | None:
        """Who speaks after the current speaker (None at the end)."""
        at = self.position + 1
        return self.speakers[at] if at < len(self.speakers) else None

    def _bank(self) -> None:
        """Add the time since the last look to the current speaker."""
        now = self.clock()
        if self.running and self._since is not None and not self.finished:
            self._records[self.position].seconds += now - self._since
        self._since = now

    def elapsed(self) -> float:
        """Seconds the current speaker has had so far."""
        if self.finished:
            return 0.0
        self._bank()
        return self._records[self.position].seconds

    def remaining(self) -> float:
        """Seconds left for the current speaker; negative once over time."""
        return self.seconds_per_speaker - self.elapsed()

    def tick(self) -> bool:
        """Update the time; True exactly once per speaker, when their time runs out."""
        if self.finished or self.position in self._alerted:
            return False
        if self.remaining() <= 0:
            self._alerted.add(self.position)
            return True
        return False

    # ------------------------------------------------------------ keys
    def start(self) -> None:
        if not self.finished and not self.running:
            self._since = self.clock()
            self.running = True

    def pause(self) -> None:
        if self.running:
            self._bank()
            self.running = False

    def toggle_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def _finish_turn(self, passed: bool) -> None:
        self._bank()
        record = self._records[self.position]
        record.passed = passed
        record.done = True
        self.position += 1
        self._since = self.clock()
        if self.finished:
            self.running = False

    def next(self) -> None:
        """The current speaker has spoken; the next one's time starts."""
        if self.finished:
            return
        was_running = self.running
        self._finish_turn(passed=False)
        if was_running and not self.finished:
            self.running = True

    def pass_turn(self) -> None:
        """The current speaker passes (when the circle allows it)."""
        if self.finished:
            return
        if not self.allow_pass:
            raise UserError(_("passing is not allowed in this circle"))
        was_running = self.running
        self._finish_turn(passed=True)
        if was_running and not self.finished:
            self.running = True

    def back(self) -> None:
        """Return to the previous speaker, whose time goes on from where it stopped."""
        if self.position == 0:
            return
        self._bank()
        self.position -= 1
        record = self._records[self.position]
        record.done = False
        record.passed = False
        self._since = self.clock()
        if self._records[self.position].seconds < self.seconds_per_speaker:
            self._alerted.discard(self.position)

    # ------------------------------------------------------------ record
    def record(self, position: int) -> tuple[int, bool] | None:
        """(seconds, passed) of a finished turn, or None while not yet done."""
        r = self._records[position]
        return (round(r.seconds), r.passed) if r.done else None

    def turns(self) -> list[dict[str, Any]]:
        """The finished turns in speaking order, as :func:`set_turns` takes them."""
        return [
            {"person_id": s.person_id, "seconds": round(r.seconds), "passed": r.passed}
            for s, r in zip(self.speakers, self._records, strict=True)
            if r.done
        ]


# ------------------------------------------------------------------ saving the round
def _clean_turns(db: Session, circle: Circle, turns: Iterable[dict[str, Any]]) -> list[dict]:
    cleaned: list[dict[str, Any]] = []
    for turn in turns:
        person_id = turn.get("person_id")
        seconds = turn.get("seconds", 0)
        passed = bool(turn.get("passed", False))
        if not person_id:
            raise UserError(_("a turn needs the person who spoke"))
        if not isinstance(seconds, int) or seconds < 0 or seconds > 24 * 3600:
            raise UserError(_(
                "a turn lasts a whole number of seconds (0 or more), not {seconds!r}"
            ).format(
                seconds=seconds
            ))
        if passed and not circle.allow_pass:
            raise UserError(_("passing is not allowed in the circle “{title}”").format(
                title=circle.title
            ))
        cleaned.append({"person_id": person_id, "seconds": seconds, "passed": passed})
    found = event_people(db, circle.event_id, [t["person_id"] for t in cleaned])
    for turn in cleaned:
        if turn["person_id"] not in found:
            raise UserError(_("no person with id {person_id} in this event").format(
                person_id=turn['person_id']
            ))
    return cleaned


def record_turn(
    store: Store, circle_id: str, person_id: str, seconds: int, passed: bool = False
) -> None:
    """Add one turn to the circle's record (who spoke, how long, or a pass)."""
    with store.write() as writer:
        circle = circle_row(writer.db, circle_id)
        new = _clean_turns(
            writer.db, circle, [{"person_id": person_id, "seconds": seconds, "passed": passed}]
        )
        writer.update(Circle, circle_id, {"turns": [*(circle.turns or []), *new]})


def set_turns(store: Store, circle_id: str, turns: Iterable[dict[str, Any]]) -> bool:
    """Replace the circle's record with ``turns`` (what the runner has so far)."""
    with store.write() as writer:
        return record_turns(writer, circle_id, turns)


def record_turns(writer: Writer, circle_id: str, turns: Iterable[dict[str, Any]]) -> bool:
    """:func:`set_turns` inside an open write."""
    circle = circle_row(writer.db, circle_id)
    return writer.update(Circle, circle_id, {"turns": _clean_turns(writer.db, circle, turns)})
