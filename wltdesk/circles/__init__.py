"""Reflection circles: prompts, a speaking order, a timed round, notes and a summary.

A circle belongs to a session (and optionally to one breakout group). Its
speaking order is fixed when it is set up and stored as person ids, so every
laptop shows the same order (:mod:`.editing`). The round itself is driven by
:class:`CircleRunner`, a plain state machine the GUI and the command line both
wrap; what it records (who spoke, for how long, who passed) is saved in the
circle's ``turns`` (:mod:`.runner`). Notes carry a visibility that decides
where they may go, and an anonymous note never stores its speaker
(:mod:`.notes`). :mod:`.reading` lists circles and shows one in full,
:mod:`.summaries` sums one up for an audience, :mod:`.prompts` is the prompt
library.

Owns circles, their notes (reflections) and the event's own prompts. May import
the store, ``agenda``, ``search``, ``resources`` and ``errors``; never ``sync``,
``printing``, ``cli`` or ``gui``. The names below are its face: what the command
line, the GUI, printing and the demo use.
"""

from wltdesk.circles.editing import (
    ORDER_MODES,
    Speaker,
    arrange,
    create_circle,
    delete_circle,
    group_choices,
    record_circle,
    reorder,
    resolve_people,
    restore_circle,
    seating,
    update_circle,
)
from wltdesk.circles.notes import (
    AUDIENCES,
    Note,
    add_note,
    clean_themes,
    delete_note,
    known_themes,
    list_notes,
    record_note,
    restore_note,
    update_note,
)
from wltdesk.circles.prompts import (
    BUILTIN_PREFIX,
    PROMPT_LANGUAGES,
    add_prompt,
    builtin_prompts,
    delete_prompt,
    prompt_library,
    resolve_prompt,
    update_prompt,
)
from wltdesk.circles.reading import CircleInfo, CircleView, get_circle, list_circles, resolve_circle
from wltdesk.circles.runner import CircleRunner, record_turn, record_turns, set_turns
from wltdesk.circles.summaries import CircleSummary, SummaryTotals, summary

__all__ = [
    "AUDIENCES",
    "BUILTIN_PREFIX",
    "ORDER_MODES",
    "PROMPT_LANGUAGES",
    "CircleInfo",
    "CircleRunner",
    "CircleSummary",
    "CircleView",
    "Note",
    "Speaker",
    "SummaryTotals",
    "add_note",
    "add_prompt",
    "arrange",
    "builtin_prompts",
    "clean_themes",
    "create_circle",
    "delete_circle",
    "delete_note",
    "delete_prompt",
    "get_circle",
    "group_choices",
    "known_themes",
    "list_circles",
    "list_notes",
    "prompt_library",
    "record_circle",
    "record_note",
    "record_turn",
    "record_turns",
    "reorder",
    "resolve_circle",
    "resolve_people",
    "resolve_prompt",
    "restore_circle",
    "restore_note",
    "seating",
    "set_turns",
    "summary",
    "update_circle",
    "update_note",
    "update_prompt",
]
