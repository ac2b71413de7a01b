"""The summary of a circle for one audience: themes, quotes and how time was shared.

What a summary includes follows the notes' visibility (see
:mod:`wltdesk.circles.notes`); the screen and the printout both read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wltdesk.circles.notes import check_audience, count_themes
from wltdesk.circles.reading import get_circle
from wltdesk.store import Store


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # None when the note is anonymous or for the whole circle
    themes: tuple[str, ...]
    visibility: str
    anonymous: bool = False


@dataclass(frozen=True)
class TimeShare:
    person_id: str
    name: str
    seconds: int
    passed: bool  # every turn this person had was a pass


@dataclass(frozen=True)
class SummaryTotals:
    speakers: int  # people in the speaking order
    spoke: int
    passed: int
    seconds: int  # time shared by everyone
    notes: int  # notes included for this audience


@dataclass(frozen=True)
class CircleSummary:
    """What a circle summary (screen or printout) shows to one audience."""

    circle_id: str
    title: str
    session_title: str | None
    group_name: str | None
    audience: str
    prompts: tuple[str, ...]
    themes: tuple[tuple[str, int], ...]  # most frequent first
    quotes: tuple[Quote, ...]
    time_shared: tuple[TimeShare, ...]
    totals: SummaryTotals


def summary(store: Store, circle_id: str, audience: str = "public") -> CircleSummary:
    """The circle summary for one audience.

    ``public`` (the report) includes only public notes; ``organizers`` adds the
    organizers' notes; ``facilitator`` sees everything, private notes too.
    Themes are counted over the included notes only. Anonymous notes are
    quoted without a name.
    """
    visibilities = check_audience(audience)
    view = get_circle(store, circle_id)
    notes = [n for n in view.notes if n.visibility in visibilities]
    shares: dict[str, list[Any]] = {}
    for turn in view.turns:
        share = shares.setdefault(turn.person_id, [turn.display_name, 0, True])
        share[1] += turn.seconds
        share[2] = share[2] and turn.passed
    time_shared = tuple(
        TimeShare(pid, name, seconds, passed) for pid, (name, seconds, passed) in shares.items()
    )
    info = view.info
    return CircleSummary(
        circle_id=info.id,
        title=info.title,
        session_title=info.session_title,
        group_name=info.group_name,
        audience=audience,
        prompts=info.prompts,
        themes=tuple(count_themes(t for n in notes for t in n.themes)),
        quotes=tuple(
            Quote(n.text, n.display_name, n.themes, n.visibility, n.anonymous) for n in notes
        ),
        time_shared=time_shared,
        totals=SummaryTotals(
            speakers=len(view.speakers),
            spoke=sum(1 for s in time_shared if not s.passed),
            passed=sum(1 for s in time_shared if s.passed),
            seconds=sum(s.seconds for s in time_shared),
            notes=len(notes),
        ),
    )
