"""Group colours: one per group, the same on the projector, the pane and on paper.

The palette starts with Okabe and Ito's colours, told apart by colour-blind
eyes too; :func:`ink_for` picks black or white text for each, by WCAG contrast.
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


def ink_for(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG contrast)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    on_black = (luminance + 0.05) / 0.05
    on_white = 1.05 / (luminance + 0.05)
    return "#000000" if on_black >= on_white else "#FFFFFF"
