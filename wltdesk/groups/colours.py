"""Group colours: one per group, the same on the projector, the pane and on paper.

The palette starts with Okabe and Ito's colours, told apart by colour-blind
eyes too; :func:`ink_for` picks black or white text for each, by WCAG contrast
(:func:`contrast_ratio`, which the desk's dark cards use as well).
"""

from __future__ import annotations

#: Group colours, in order: distinct for colour-blind eyes (Okabe-Ito first),
#: the same on the projector and on paper. :func:`ink_for` picks black or white text.
GROUP_COLOURS: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#B8B8B8",
    "#A6761D",
    "#7570B3",
    "#66A61E",
    "#E7298A",
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#RRGGBB``: 0 for black, 1 for white."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.x contrast ratio of two ``#RRGGBB`` colours, from 1 to 21 (AA text: 4.5)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink_for(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast)."""
    on_black = contrast_ratio(colour, "#000000")
    on_white = contrast_ratio(colour, "#FFFFFF")
    return "#000000" if on_black >= on_white else "#FFFFFF"
