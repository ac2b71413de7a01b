"""PDF pages as pictures, for the Print pane's preview and for printing through Qt.

ReportLab writes PDFs but cannot draw them, the Qt we ship (PySide6
Essentials) has no QtPdf, and poppler's ``pdftoppm`` is not on facilitators'
laptops. PDFium, through the ``pypdfium2`` wheel (no system libraries),
rasterises a page in milliseconds on every platform we support. This module
is Qt-free: it returns plain RGB bytes that the GUI wraps in QImages, so the
work can run off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from wltdesk.errors import UserError

#: PDFium is not thread-safe; one rasterisation at a time, from any thread.
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB pixels, rows top to bottom, no padding."""

    width: int
    height: int
    rgb: bytes
    #: The page's size in PDF points (1/72 inch), for placing it on a printer page.
    points: tuple[float, float]


def _render(document: Any, index: int, dpi: float) -> PageImage:
    """One page of an open PDFium document as a :class:`PageImage` (hold ``_PDFIUM``)."""
    page = document[index]
    try:
        points = (page.get_width(), page.get_height())
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        try:
            image = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
    return PageImage(image.width, image.height, image.tobytes(), points)


def _open(data: bytes) -> Any:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise UserError(f"this is not a PDF that can be shown: {exc}") from exc


def _check_dpi(dpi: float) -> None:
    if not 10 <= dpi <= 1200:
        raise ValueError(f"dpi must be between 10 and 1200, not {dpi}")


def page_images(
    data: bytes,
    dpi: float = 72,
    first: int = 0,
    count: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PageImage]:
    """Rasterise pages ``first``…``first + count - 1`` (all by default) at ``dpi``.

    All the pictures are in memory at once: fine for a preview at screen
    resolution, not for printing (see :func:`iter_page_images`).
    """
    _check_dpi(dpi)
    images: list[PageImage] = []
    with _PDFIUM:
        document = _open(data)
        try:
            total = len(document)
            last = total if count is None else min(total, first + count)
            for index in range(first, last):
                if cancelled and cancelled():
                    break
                images.append(_render(document, index, dpi))
                if progress:
                    progress(index - first + 1, last - first)
        finally:
            document.close()
    return images


def iter_page_images(
    data: bytes,
    dpi: float,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[PageImage]:
    """Every page rasterised at ``dpi``, one at a time, for printing.

    An A4 page at 300 dpi is about 26 MB of RGB; making all of them before
    printing the first held 1.2 GB for 34 certificates. Here each page is
    made when the printer asks for it and can be dropped once painted, so
    memory stays at about one page whatever the page count. The PDFium lock is
    held only while a page is rendered, so a preview can run in between.
    """
    _check_dpi(dpi)
    with _PDFIUM:
        document = _open(data)
        total = len(document)
    try:
        for index in range(total):
            if cancelled and cancelled():
                return
            with _PDFIUM:
                image = _render(document, index, dpi)
            yield image
            del image
            if progress:
                progress(index + 1, total)
    finally:
        with _PDFIUM:
            document.close()


def pages_in(data: bytes) -> int:
    """How many pages a PDF has."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()
