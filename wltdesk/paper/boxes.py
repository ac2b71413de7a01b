"""Deciding a tick box on a straightened page: ticked, empty or unclear, with a confidence.

The rule, as docs/paper.md states it for facilitators:

- **empty**: (almost) no ink inside the box;
- **ticked**: a tick, a cross, a line or a dot of pen or pencil inside the box
  (from :data:`TICK_LEAST` to :data:`TICK_MOST` of the inside inked), or the box
  filled in solid (at least :data:`FILLED_LEAST`); in both, no line across the
  box meets more than two strokes;
- **unclear**: anything else — a box scribbled over (the way people cross out a
  tick they did not mean: a line across it meets three strokes or more), a box
  mostly but not wholly inked, a faint smudge — is never guessed: it is listed
  for review.

Ink is measured against the paper right round the box (so a shadow or a dim
corner of the photo does not read as ink), inside the box's printed outline,
which is found again in the picture first (a photo's box can sit half a
millimetre from where the page's mapping puts it): marks outside the box, in
the signature or next to it, are never counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wltdesk.paper import sheet

TICKED, EMPTY, UNCLEAR = "ticked", "empty", "unclear"
#: How much darker than the paper a pixel must be to count as ink (pen or pencil).
INK_DARKNESS = 0.28
#: ... and as a light pencil stroke, when there is no darker ink (a lower confidence).
FAINT_DARKNESS = 0.12
#: The share of the inside inked from which a box is ticked, up to which it stays so,
#: and from which it is filled in (ticked too); in between: scribbled, unclear.
TICK_LEAST = 0.035
TICK_MOST = 0.6
FILLED_LEAST = 0.85
#: More strokes than this across the box (gaps in a filled box too): scribbled over, unclear.
MOST_STROKES = 2.0
#: Below this share the box is empty; between it and TICK_LEAST, a faint mark: unclear.
EMPTY_MOST = 0.012
#: How far inside the found outline the inside begins (mm): the outline and its blur stay out.
INSET = 0.9
#: How far round the box the outline is looked for (mm).
SLACK = 1.4


@dataclass(frozen=True)
class Decision:
    """What a box says, how sure the reading is (0.5..1), and how much of it is inked."""

    state: str
    confidence: float
    inked: float


def _edges(profile: np.ndarray, side: int) -> int:
    """Where a box's two outline lines (``side`` apart) most likely are in a darkness profile."""
    if len(profile) <= side:
        return 0
    pairs = profile[:-side] + profile[side:]
    return int(np.argmax(pairs))


def strokes(ink: np.ndarray) -> float:
    """How many strokes a line across the box meets, at most, along its rows or columns
    (the upper quartile over the lines): 1 or 2 for a tick or a cross, one per stroke of
    a zigzag scribbled over the box."""
    padded = np.pad(ink, 1).astype(np.int8)
    down = (np.diff(padded, axis=0) == 1).sum(axis=0)
    across = (np.diff(padded, axis=1) == 1).sum(axis=1)
    return float(max(np.percentile(down, 75), np.percentile(across, 75)))


def _sure(value: float, low: float, high: float) -> float:
    """0.5 at a threshold, towards 1 away from both: how clearly ``value`` lies in [low, high]."""
    span = max(high - low, 1e-6)
    margin = min(value - low, high - value) / span
    return float(min(1.0, 0.5 + max(0.0, margin) * 1.5))


def decide(page: np.ndarray, box: sheet.Box, per_mm: float) -> Decision:
    """Read the box ``box`` (page mm) on ``page`` (straightened, grey 0..255, ``per_mm``)."""
    side = round(box.width * per_mm)
    slack = round(SLACK * per_mm)
    x0 = round(box.x * per_mm) - slack
    y0 = round(box.y * per_mm) - slack
    window = page[max(0, y0) : y0 + side + 2 * slack + 1, max(0, x0) : x0 + side + 2 * slack + 1]
    window = window.astype(np.float32)
    around = round(2.2 * per_mm)
    ring = page[
        max(0, y0 - around + slack) : y0 + side + slack + around,
        max(0, x0 - around + slack) : x0 + side + slack + around,
    ]
    paper = float(np.percentile(ring, 80)) if ring.size else 255.0
    darkness = np.clip(1.0 - window / max(paper, 1.0), 0.0, 1.0)
    left = _edges(darkness.mean(axis=0), side)
    top = _edges(darkness.mean(axis=1), side)
    inset = round(INSET * per_mm)
    inside = darkness[top + inset : top + side - inset + 1, left + inset : left + side - inset + 1]
    if inside.size == 0:
        return Decision(UNCLEAR, 0.5, 0.0)
    ink = inside > INK_DARKNESS
    inked = float(ink.mean())
    if inked < TICK_LEAST:
        # no pen stroke: a light pencil tick, or nothing
        faint = float((inside > FAINT_DARKNESS).mean())
        if faint <= EMPTY_MOST:
            return Decision(EMPTY, _sure(faint, -EMPTY_MOST, EMPTY_MOST), faint)
        if TICK_LEAST <= faint <= TICK_MOST:
            return Decision(TICKED, min(0.75, _sure(faint, TICK_LEAST * 0.5, TICK_MOST)), faint)
        return Decision(UNCLEAR, 0.5, faint)
    if strokes(ink) > MOST_STROKES:
        return Decision(UNCLEAR, 0.5, inked)
    if TICK_LEAST <= inked <= TICK_MOST:
        return Decision(TICKED, _sure(inked, TICK_LEAST * 0.5, TICK_MOST), inked)
    if inked >= FILLED_LEAST:
        return Decision(TICKED, _sure(inked, FILLED_LEAST - 0.1, 1.1), inked)
    return Decision(UNCLEAR, 0.5, inked)


def has_writing(page: np.ndarray, cell: sheet.Box, per_mm: float) -> bool:
    """Whether someone wrote in a walk-in cell (its printed hint, at the top, left out)."""
    top = round((cell.y + 2.0) * per_mm)
    bottom = round((cell.y + cell.height) * per_mm)
    left = round(cell.x * per_mm)
    right = round((cell.x + cell.width) * per_mm)
    area = page[top:bottom, left:right].astype(np.float32)
    if area.size == 0:
        return False
    paper = float(np.percentile(area, 90))
    return float((area < paper * (1 - INK_DARKNESS * 1.5)).mean()) > 0.01
