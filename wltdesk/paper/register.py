"""Finding a sheet's page in a photo and straightening it.

A phone photo shows the page turned, at an angle, on a table, lit unevenly. The
page's QR code (found and read by zxing-cpp, which reports its four corners in
reading order) gives a first, rough mapping from the page to the photo (affine:
right near the code, up to a few centimetres off far from it, where the photo's
perspective shows). That predicts where the four corner marks are; each is then
found as the darkest solid square with light paper round it
(:func:`_find_mark`) near its prediction, and the four marks fix the page exactly
(a homography: rotation, perspective and scale in one 3×3 matrix). The page is
then resampled upright at :data:`PIXELS_PER_MM` (:func:`straighten`).

Why not OpenCV: its wheel costs 150 MB or more in the frozen app (its video
libraries and OpenBLAS come with it), and NumPy with Pillow's perspective
transform do the few steps needed here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import zxingcpp
from PIL import Image

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.paper import sheet

#: The straightened page's resolution: 6 px/mm is 152 dpi, plenty for 7 mm boxes.
PIXELS_PER_MM = 6.0
#: Pictures are searched for the code and the marks at most this large (long side).
WORK_SIDE = 2400
#: How far (mm) from where the code predicts it a corner mark is looked for.
MARK_SEARCH = 35.0
#: ... and the bottom marks, 28 cm from the code, where a photo's perspective shows most.
FAR_SEARCH = 80.0
#: A mark's square must be this much darker than the paper round it (0..1).
MARK_CONTRAST = 0.55


@dataclass(frozen=True)
class FoundCode:
    """A sheet's QR code in a picture: its text and corners (picture pixels, reading order)."""

    text: str
    corners: np.ndarray  # 4 × 2: top-left, top-right, bottom-right, bottom-left


@dataclass
class Registered:
    """A page found in a picture: its code, its layout, and the page → picture mapping."""

    code: sheet.SheetCode
    page: sheet.SheetLayout
    to_picture: np.ndarray  # 3 × 3, page mm → picture pixels


def homography(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The 3×3 matrix taking each of ≥ 4 ``source`` points to its ``target`` (least squares)."""
    rows = []
    values = []
    for (x, y), (u, v) in zip(source, target, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    solution, *_rest = np.linalg.lstsq(np.array(rows, float), np.array(values, float), rcond=None)
    return np.append(solution, 1.0).reshape(3, 3)


def affine(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The affine map (as a 3×3 matrix) taking ``source`` points nearest their ``target``."""
    ones = np.hstack([source, np.ones((len(source), 1))])
    solution, *_rest = np.linalg.lstsq(ones, target, rcond=None)
    return np.vstack([solution.T, [0.0, 0.0, 1.0]])


def apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    """``points`` (n × 2) through the homography ``matrix``."""
    ones = np.hstack([points, np.ones((len(points), 1))])
    mapped = ones @ matrix.T
    return mapped[:, :2] / mapped[:, 2:3]


def find_codes(picture: Image.Image) -> list[FoundCode]:
    """Every sheet code in the picture (a photo may show two pages side by side)."""
    found = []
    for barcode in zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode):
        if not sheet.is_sheet_code(barcode.text):
            continue
        p = barcode.position
        corners = np.array(
            [
                [p.top_left.x, p.top_left.y],
                [p.top_right.x, p.top_right.y],
                [p.bottom_right.x, p.bottom_right.y],
                [p.bottom_left.x, p.bottom_left.y],
            ],
            float,
        )
        found.append(FoundCode(barcode.text, corners))
    return found


def _box_sums(integral: np.ndarray, side: int) -> np.ndarray:
    """The sum of every ``side`` × ``side`` square, indexed by its top-left pixel."""
    return (
        integral[side:, side:]
        - integral[:-side, side:]
        - integral[side:, :-side]
        + integral[:-side, :-side]
    )


def _find_mark(
    grey: np.ndarray,
    centre: np.ndarray,
    scale: float,
    reach_mm: float,
    outward: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    """The corner mark near ``centre`` (picture px; ``scale`` px per mm there).

    Scores every place by how much darker a square well inside the mark is than a
    ring of paper just outside it, so dark table round the page, text and table
    lines never pass for a mark. The best score wins; with ``outward`` (a direction
    in the picture) the mark-like place farthest that way wins instead: nothing
    printed lies beyond a corner mark, while a box filled in with ink looks like
    one. Returns the mark's centre (the centroid of its dark pixels) and its score.
    """
    reach = int(reach_mm * scale)
    cx, cy = round(centre[0]), round(centre[1])
    height, width = grey.shape
    x0, y0 = max(0, cx - reach), max(0, cy - reach)
    x1, y1 = min(width, cx + reach), min(height, cy + reach)
    window = grey[y0:y1, x0:x1]
    side = sheet.MARK_SIZE * scale
    inner, hole, outer = (max(2, int(side * f)) for f in (0.7, 1.2, 1.8))
    if window.shape[0] <= outer or window.shape[1] <= outer:
        return centre, 0.0
    paper = np.percentile(window, 90)
    ink = float(window.min())  # a mark may be a thousandth of a wide window
    if paper - ink < 40:
        return centre, 0.0
    darkness = np.clip((paper - window.astype(np.float32)) / (paper - ink), 0.0, 1.0)
    integral = np.pad(darkness, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    outer_sums = _box_sums(integral, outer)
    # align the three squares on a common centre: offsets from the outer square's corner
    shift_hole = (outer - hole) // 2
    shift_inner = (outer - inner) // 2
    rows, cols = outer_sums.shape
    hole_sums = _box_sums(integral, hole)[
        shift_hole : shift_hole + rows, shift_hole : shift_hole + cols
    ]
    inner_sums = _box_sums(integral, inner)[
        shift_inner : shift_inner + rows, shift_inner : shift_inner + cols
    ]
    ring = (outer_sums - hole_sums) / (outer * outer - hole * hole)
    score = inner_sums / (inner * inner) - ring
    if outward is None:
        best = np.unravel_index(int(np.argmax(score)), score.shape)
    else:
        ys, xs = np.nonzero(score >= MARK_CONTRAST)
        if len(xs) == 0:
            return centre, 0.0
        farthest = int(np.argmax(xs * outward[0] + ys * outward[1]))
        best = (int(ys[farthest]), int(xs[farthest]))
        # the far edge of the mark's plateau: move to the best score within half a mark
        half = max(1, int(side / 2))
        top, left = max(0, best[0] - half), max(0, best[1] - half)
        near = score[top : best[0] + half + 1, left : best[1] + half + 1]
        step = np.unravel_index(int(np.argmax(near)), near.shape)
        best = (top + int(step[0]), left + int(step[1]))
    value = float(score[best])
    top, left = best[0] + shift_hole, best[1] + shift_hole
    patch = darkness[top : top + hole, left : left + hole]
    patch = np.where(patch > 0.5, patch, 0.0)
    total = patch.sum()
    if total <= 0:
        return centre, 0.0
    ys, xs = np.indices(patch.shape)
    found_x = x0 + left + (xs * patch).sum() / total + 0.5
    found_y = y0 + top + (ys * patch).sum() / total + 0.5
    return np.array([found_x, found_y]), value


def _scale_at(matrix: np.ndarray, point: tuple[float, float]) -> float:
    """Picture pixels per page mm near ``point`` (page mm)."""
    x, y = point
    around = apply(matrix, np.array([[x, y], [x + 1, y], [x, y + 1]], float))
    (ax, ay), (bx, by) = around[1] - around[0], around[2] - around[0]
    return float(np.sqrt(abs(ax * by - ay * bx)))


def register(grey: np.ndarray, found: FoundCode, where: str) -> Registered:
    """Fix the page whose code is ``found`` in the picture ``grey`` (2-D uint8)."""
    code = sheet.parse_code(found.text)
    page = sheet.layout(code.paper)
    qr = page.qr_box()
    qr_corners = np.array(
        [[qr.x, qr.y], [qr.x + qr.width, qr.y], [qr.x + qr.width, qr.y + qr.height],
         [qr.x, qr.y + qr.height]],
        float,
    )
    # an affine map from the code's corners: a perspective fitted to a 24 mm square
    # would swing wildly 280 mm away; the affine's error there stays within the search
    rough = affine(qr_corners, found.corners)
    targets = np.array(page.mark_centres(), float)
    predicted = apply(rough, targets)
    marks = []
    for index, (point, guess) in enumerate(zip(targets, predicted, strict=True)):
        scale = _scale_at(rough, tuple(point))
        if index < 2:  # the top marks, level with the code: where the code says
            centre, score = _find_mark(grey, guess, scale, MARK_SEARCH)
        else:  # the bottom ones, far from it: the outermost mark-like place
            outward = rough[:2, :2] @ np.array([1.0 if index == 2 else -1.0, 1.0])
            centre, score = _find_mark(grey, guess, scale, FAR_SEARCH, outward)
        if score < MARK_CONTRAST:
            raise UserError(
                _(
                    "{where}: a corner mark of the page is hidden or outside the picture; "
                    "photograph the whole page"
                ).format(where=where)
            )
        marks.append(centre)
    exact = homography(targets, np.array(marks))
    # the marks must agree with the code: four marks of another page would not
    drift = np.abs(apply(exact, qr_corners) - found.corners).max() / _scale_at(exact, qr.centre)
    if drift > 3.0:
        raise UserError(
            _("{where}: the corner marks do not match the page's QR code").format(where=where)
        )
    return Registered(code, page, exact)


def straighten(picture: Image.Image, registered: Registered, scale: float = 1.0) -> Image.Image:
    """The page upright at :data:`PIXELS_PER_MM`, from the (full-size) ``picture``.

    ``scale`` is how many of ``picture``'s pixels one pixel of the searched picture was.
    """
    page = registered.page
    size = (round(page.width * PIXELS_PER_MM), round(page.height * PIXELS_PER_MM))
    to_page = np.diag([1 / PIXELS_PER_MM, 1 / PIXELS_PER_MM, 1.0])
    to_full = np.diag([scale, scale, 1.0])
    matrix = to_full @ registered.to_picture @ to_page
    matrix = matrix / matrix[2, 2]
    coefficients = tuple(float(v) for v in matrix.flatten()[:8])
    return picture.transform(
        size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR, fillcolor=255
    )
