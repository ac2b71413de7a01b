"""Realistic synthetic phone photos of printed sign-in sheets, for the paper tests and bench.

A real sheet (the PDF ``print signin`` makes) is rendered with pypdfium2, its boxes
are marked the ways people mark paper (ticks, crosses, filled boxes, light pencil,
a stray stroke beside the box, a tick scribbled out), and the page is then
photographed by OpenCV: laid on a table, turned up to ±8°, seen at an angle
(perspective), lit unevenly, blurred, noisy and saved as JPEG. OpenCV does the
photographing and the app undoes it with NumPy and Pillow: the two never share
code, so a test cannot pass by one library undoing itself.

Each kind of mark has the state the reader must give it (:data:`EXPECTED`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import pypdfium2

from wltdesk.paper import sheet

#: What each mark must read as.
EXPECTED = {
    "empty": "empty",
    "tick": "ticked",
    "cross": "ticked",
    "filled": "ticked",
    "pencil": "ticked",
    "stray": "empty",
    "scribble": "unclear",
}
#: How often each mark is drawn (most boxes on a real sheet are ticks or empty).
WEIGHTS = {
    "empty": 30,
    "tick": 30,
    "cross": 10,
    "filled": 6,
    "pencil": 8,
    "stray": 10,
    "scribble": 6,
}
RENDER_DPI = 170
PEN_COLOURS = [(110, 40, 20), (35, 35, 35), (140, 60, 30), (30, 30, 120)]  # BGR: blue, black...


@dataclass
class Photo:
    """A synthetic photo (JPEG bytes) and what its page's boxes say, row by row."""

    jpeg: bytes
    marks: list[str]  # the mark drawn in each row's box, page order

    @property
    def expected(self) -> list[str]:
        return [EXPECTED[mark] for mark in self.marks]


def render_pages(pdf: bytes, dpi: int = RENDER_DPI) -> list[np.ndarray]:
    """The PDF's pages as BGR pictures."""
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    for index in range(len(document)):
        image = document[index].render(scale=dpi / 72).to_numpy()
        pages.append(np.ascontiguousarray(image[:, :, :3]))  # BGRx -> BGR
    document.close()
    return pages


def _jitter(rng: random.Random, amount: float) -> float:
    return rng.uniform(-amount, amount)


def _polyline(image, points, colour, thickness) -> None:  # type: ignore[no-untyped-def]
    cv2.polylines(
        image, [np.array(points, np.int32)], False, colour, max(1, round(thickness)),
        cv2.LINE_AA,
    )


def draw_mark(image: np.ndarray, box: sheet.Box, mark: str, per_mm: float, rng: random.Random,
              signature_x: float) -> None:
    """Draw ``mark`` in (or, for "stray", beside) ``box`` (page mm) on the page picture."""
    x, y, side = box.x * per_mm, box.y * per_mm, box.width * per_mm
    pen = rng.choice(PEN_COLOURS)
    width = rng.uniform(0.4, 0.7) * per_mm

    def at(u: float, v: float, wobble: float = 0.05) -> tuple[float, float]:
        return x + (u + _jitter(rng, wobble)) * side, y + (v + _jitter(rng, wobble)) * side

    if mark == "empty":
        return
    if mark == "tick":
        _polyline(image, [at(0.15, 0.5), at(0.4, 0.85), at(0.9, 0.1)], pen, width)
    elif mark == "cross":
        _polyline(image, [at(0.15, 0.15), at(0.85, 0.85)], pen, width)
        _polyline(image, [at(0.85, 0.15), at(0.15, 0.85)], pen, width)
    elif mark == "pencil":
        grey = rng.randint(120, 160)
        _polyline(
            image, [at(0.15, 0.5), at(0.4, 0.85), at(0.9, 0.1)], (grey, grey, grey), 0.3 * per_mm
        )
    elif mark == "filled":
        inset = 0.06
        corners = [at(inset, inset, 0.02), at(1 - inset, inset, 0.02),
                   at(1 - inset, 1 - inset, 0.02), at(inset, 1 - inset, 0.02)]
        cv2.fillPoly(image, [np.array(corners, np.int32)], pen, cv2.LINE_AA)
        for _speck in range(rng.randint(0, 4)):  # a pen leaves a few gaps
            cx, cy = at(rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), 0)
            cv2.circle(image, (int(cx), int(cy)), int(0.3 * per_mm), (235, 235, 235), -1)
    elif mark == "scribble":
        _polyline(image, [at(0.15, 0.5), at(0.4, 0.85), at(0.9, 0.1)], pen, width)
        points = []
        strokes = rng.randint(5, 7)
        for step in range(strokes):
            v = 0.1 + 0.8 * step / (strokes - 1)
            points.append(at(0.08 if step % 2 == 0 else 0.92, v, 0.04))
        _polyline(image, points, pen, width * 0.8)
    elif mark == "stray":
        # a stroke in the signature cell, or a check mark drawn next to the box
        if rng.random() < 0.5:
            sx = signature_x * per_mm
            _polyline(image, [(sx + 4 * per_mm, y + 0.7 * side), (sx + 20 * per_mm, y + 0.2 * side),
                              (sx + 26 * per_mm, y + 0.6 * side)], pen, width)
        else:  # a check mark drawn right of the box, wholly outside it
            gap = side + 1.6 * per_mm
            _polyline(image, [(x + gap, y + 0.5 * side), (x + gap + 0.2 * side, y + 0.8 * side),
                              (x + gap + 0.45 * side, y + 0.15 * side)], pen, width)


def write_name(image: np.ndarray, cell: sheet.Box, per_mm: float, rng: random.Random) -> None:
    """A walk-in's handwritten name: a wavy line of pen strokes in the name cell."""
    pen = rng.choice(PEN_COLOURS)
    x0 = (cell.x + 2) * per_mm
    base = (cell.y + cell.height * 0.7) * per_mm
    points = [
        (x0 + i * 1.2 * per_mm, base - abs(np.sin(i * 1.3)) * 3 * per_mm) for i in range(22)
    ]
    _polyline(image, points, pen, 0.5 * per_mm)


def mark_page(
    page: np.ndarray, code: sheet.SheetCode, rng: random.Random, marks: list[str] | None = None
) -> list[str]:
    """Mark every row's box of a rendered page (random marks unless given); returns them."""
    layout = sheet.layout(code.paper)
    per_mm = page.shape[1] / layout.width
    kinds = list(WEIGHTS)
    chosen = marks or rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds], k=code.rows)
    signature_x = layout.column_left(sheet.PRESENT_COLUMN + 2)
    for row, mark in enumerate(chosen):
        if row >= len(code.people) and rng.random() < 0.6:
            write_name(page, layout.name_cell(row), per_mm, rng)
        draw_mark(page, layout.tick_box(row), mark, per_mm, rng, signature_x)
    return chosen


def photograph(page: np.ndarray, rng: random.Random, quality: int | None = None) -> bytes:
    """The page as a phone photo: on a table, turned, at an angle, unevenly lit, blurred,
    noisy, JPEG."""
    height, width = page.shape[:2]
    out_w, out_h = int(width * 1.3), int(height * 1.3)
    table = np.array(rng.choice([(60, 90, 130), (40, 40, 45), (170, 175, 180), (90, 120, 150)]))
    canvas = np.empty((out_h, out_w, 3), np.float32)
    canvas[:] = table
    canvas += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 12, canvas.shape)
    angle = np.radians(rng.uniform(-8, 8))
    scale = rng.uniform(0.82, 0.92) * min(out_w / width, out_h / height)
    centre = np.array(
        [out_w / 2 + _jitter(rng, 0.03 * out_w), out_h / 2 + _jitter(rng, 0.03 * out_h)]
    )
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    placed = (corners - [width / 2, height / 2]) @ rotation.T * scale + centre
    # perspective: the far edge of the page looks narrower, each corner a little off
    placed += np.array([[_jitter(rng, 0.035 * width * scale), _jitter(rng, 0.03 * height * scale)]
                        for _c in range(4)])
    squeeze = rng.uniform(0, 0.06) * width * scale
    placed[0, 0] += squeeze
    placed[1, 0] -= squeeze
    # the whole page in the picture, as anyone photographing a sheet frames it
    low, high = placed.min(axis=0), placed.max(axis=0)
    room = np.array([out_w, out_h]) * 0.96
    fit = min(1.0, *(room / (high - low)))
    placed = (placed - (low + high) / 2) * fit + [out_w / 2, out_h / 2]
    matrix = cv2.getPerspectiveTransform(corners, placed.astype(np.float32))
    warped = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (out_w, out_h))
    photo = np.where(mask[:, :, None] > 127, warped.astype(np.float32), canvas)
    # uneven light: brighter on one side, a soft shadow across a corner
    ys, xs = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    direction = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(direction) * xs / out_w + np.sin(direction) * ys / out_h)
    ramp = (ramp - ramp.min()) / (ramp.max() - ramp.min())
    light = 0.62 + 0.38 * ramp
    cx, cy = rng.uniform(0, out_w), rng.uniform(0, out_h)
    shadow = np.exp(-(((xs - cx) / (0.35 * out_w)) ** 2 + ((ys - cy) / (0.35 * out_h)) ** 2))
    light *= 1 - 0.25 * shadow
    photo *= light[:, :, None]
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.7, 1.5))
    photo += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 5, photo.shape)
    photo = np.clip(photo, 0, 255).astype(np.uint8)
    jpeg_quality = quality or rng.randint(65, 88)
    ok, encoded = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
    assert ok
    return encoded.tobytes()


def sheet_codes(pages: list[np.ndarray]) -> list[sheet.SheetCode]:
    """Each rendered page's code, read from the clean page (the truth for marking it)."""
    import zxingcpp

    codes = []
    for page in pages:
        found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
        codes.append(sheet.parse_code(next(b.text for b in found if sheet.is_sheet_code(b.text))))
    return codes


def photos(pdf: bytes, seed: int, marks: dict[int, list[str]] | None = None) -> list[Photo]:
    """A marked, photographed copy of every page of the sheet ``pdf``."""
    rng = random.Random(seed)
    pages = render_pages(pdf)
    made = []
    for index, (page, code) in enumerate(zip(pages, sheet_codes(pages), strict=True)):
        chosen = mark_page(page, code, rng, (marks or {}).get(index))
        made.append(Photo(photograph(page, rng), chosen))
    return made
