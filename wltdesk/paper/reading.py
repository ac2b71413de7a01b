"""Reading photos and scans of sign-in sheets: every page's code and every box's decision.

Plain data out (:class:`PageReading`), nothing written: :mod:`.record` matches the
pages to the store and records them, the command line prints them and the app
shows them for review. Long work takes a progress callback and a cancel check,
so the app runs it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.paper import boxes, register, sheet
from wltdesk.paper.images import Picture, load_pictures


@dataclass(frozen=True)
class BoxReading:
    """One row's tick box as read: the row's number on the sheet, who (None: a walk-in
    row), the decision, and where the box is on the straightened page (mm)."""

    number: int
    person: str | None  # sheet.ID_DIGITS hex digits of the person's id
    state: str
    confidence: float
    inked: float
    box: sheet.Box
    written: bool = False  # a walk-in row someone wrote a name in


@dataclass
class PageReading:
    """A page found in a picture."""

    source: str
    code: sheet.SheetCode
    layout: sheet.SheetLayout
    boxes: list[BoxReading]
    image: Image.Image  # the page straightened, register.PIXELS_PER_MM

    @property
    def unclear(self) -> list[BoxReading]:
        return [b for b in self.boxes if b.state == boxes.UNCLEAR]


@dataclass
class Problem:
    """A picture (or a file) that could not be read, and why, in one line."""

    source: str
    message: str


@dataclass
class Readings:
    pages: list[PageReading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_picture(picture: Picture) -> list[PageReading]:
    """Every sheet page in one picture; refuses (UserError) a picture with none."""
    full = picture.image
    factor = max(full.size) / register.WORK_SIDE
    work = full if factor <= 1 else full.resize(
        (round(full.width / factor), round(full.height / factor)), Image.Resampling.BOX
    )
    factor = max(factor, 1.0)
    found = register.find_codes(work)
    if not found and work is not full:
        found = [
            register.FoundCode(code.text, code.corners / factor)
            for code in register.find_codes(full)
        ]
    if not found:
        raise UserError(
            _(
                "{where}: no sign-in sheet's QR code found (too blurred, too small, or not a "
                "WLT Desk sheet)"
            ).format(where=picture.source)
        )
    grey = np.asarray(work)
    pages = []
    for code in found:
        registered = register.register(grey, code, picture.source)
        upright = register.straighten(full, registered, factor)
        pages.append(_read_boxes(picture.source, registered, upright))
    return pages


def _read_boxes(source: str, registered: register.Registered, upright: Image.Image) -> PageReading:
    code, page = registered.code, registered.page
    pixels = np.asarray(upright)
    per_mm = register.PIXELS_PER_MM
    readings = []
    for row in range(code.rows):
        box = page.tick_box(row)
        decision = boxes.decide(pixels, box, per_mm)
        person = code.people[row] if row < len(code.people) else None
        written = person is None and boxes.has_writing(pixels, page.name_cell(row), per_mm)
        readings.append(
            BoxReading(
                code.first_row + row,
                person,
                decision.state,
                decision.confidence,
                decision.inked,
                box,
                written,
            )
        )
    return PageReading(source, code, page, readings, upright)


def read_files(
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Readings:
    """Read every page of every file; a file or picture that fails is a :class:`Problem`,
    and the others are still read."""
    files = list(paths)
    result = Readings()
    for number, path in enumerate(files, 1):
        if cancelled and cancelled():
            break
        try:
            pictures = load_pictures(path)
        except UserError as exc:
            result.problems.append(Problem(str(path), str(exc)))
            continue
        for picture in pictures:
            try:
                result.pages.extend(read_picture(picture))
            except UserError as exc:
                result.problems.append(Problem(picture.source, str(exc)))
        if progress:
            progress(number, len(files))
    return result
