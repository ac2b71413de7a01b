"""Machine-readable codes drawn as vectors: QR codes and Code 128 barcodes.

Both are drawn as filled rectangles in the PDF, never as pictures: a printer (or
a preview) rasterises them at its own resolution, so every module edge is as
crisp at 150 dpi as at 1200, and nothing is smoothed into grey by scaling a
bitmap. A QR code needs a quiet zone of :data:`QUIET_MODULES` light modules on
every side to be found by a reader; layouts keep text, bands and edges out of it
(:func:`quiet_zone`).
"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen.canvas import Canvas

#: Light modules a QR code needs around it (ISO/IEC 18004).
QUIET_MODULES = 4
#: Any of the eight masks scans; choosing one skips segno's scoring of all eight,
#: which is most of the time a QR code takes (1,000 badges: seconds).
QR_MASK = 0


@lru_cache(maxsize=4096)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of the QR code of ``text``, without quiet zone."""
    qr = segno.make_qr(text, error="m", mask=QR_MASK)
    return tuple(tuple(bool(bit) for bit in row) for row in qr.matrix)


def qr_modules(text: str) -> int:
    """How many modules wide the QR code of ``text`` is (21 for a badge code)."""
    return len(qr_matrix(text))


def quiet_zone(text: str, size: float) -> float:
    """How far (points) nothing may come near a QR code of ``text`` drawn ``size`` wide."""
    return size / qr_modules(text) * QUIET_MODULES


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of ``text``, ``size`` wide, lower-left corner at (x, y), in the fill
    colour: one rectangle per run of dark modules in a row, all in one path."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    cell = size / modules
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        # rows overlap by a hair so no light seam shows between them at any resolution
        top = y + size - (row_index + 1) * cell
        column = 0
        while column < modules:
            if row[column]:
                start = column
                while column < modules and row[column]:
                    column += 1
                path.rect(x + start * cell, top, (column - start) * cell, cell * 1.02)
            else:
                column += 1
    canvas.drawPath(path, stroke=0, fill=1)


def barcode(code: str, bar_width: float, height: float) -> Code128:
    """The Code 128 barcode of a badge code (USB scanners "type" it at the desk), without
    its own quiet zones: layouts keep ten bar widths clear on each side."""
    return Code128(code, barHeight=height, barWidth=bar_width, quiet=False)
