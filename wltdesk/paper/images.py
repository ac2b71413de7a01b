"""Photos and scans of sheets as grey pictures: JPEG, PNG (any format Pillow reads), PDF
(every page), and HEIC when pillow-heif is installed.

A phone photo is turned the way its EXIF says it was held; a PDF page is rendered
at :data:`PDF_DPI`, enough for the QR code and the boxes. A file that cannot be
read is refused with one line naming it and what is wrong.
"""

from __future__ import annotations

import importlib.util
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from wltdesk.errors import UserError
from wltdesk.language import _, format_number

PDF_DPI = 200
HEIC_SUFFIXES = (".heic", ".heif")
#: The largest picture taken (pixels): a 50-megapixel phone photo fits, a bomb does not.
MAX_PIXELS = 80_000_000
#: The most pages of one PDF read (a sheet is rarely more than a few dozen pages).
MAX_PDF_PAGES = 200


@dataclass
class Picture:
    """One page's picture: where it came from (file, and page of a PDF), grey, 8 bits."""

    source: str
    image: Image.Image


def heic_supported() -> bool:
    """Whether pillow-heif, which reads iPhone photos (HEIC), is installed."""
    return importlib.util.find_spec("pillow_heif") is not None


def load_pictures(path: str | Path) -> list[Picture]:
    """Every page in the file at ``path``, as grey pictures."""
    file = Path(path)
    if not file.is_file():
        raise UserError(_("{file}: no such file").format(file=file))
    with file.open("rb") as stream:
        start = stream.read(5)
    if start == b"%PDF-":
        return _pdf_pages(file)
    if file.suffix.lower() in HEIC_SUFFIXES:
        if not heic_supported():
            raise UserError(
                _(
                    "{file}: HEIC photos need pillow-heif, which is not installed here; "
                    "save the photo as JPEG"
                ).format(file=file)
            )
        from pillow_heif import register_heif_opener

        register_heif_opener()
    return [Picture(file.name, _open_image(file))]


def _open_image(file: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as opened:
                if opened.width * opened.height > MAX_PIXELS:
                    raise UserError(
                        _("{file}: the picture is too large ({count} megapixels)").format(
                            file=file,
                            count=format_number(opened.width * opened.height // 1_000_000),
                        )
                    )
                opened.load()
                upright = ImageOps.exif_transpose(opened)
                return upright.convert("L")
    except UserError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise UserError(
            _("{file}: not a picture WLT Desk can read (JPEG, PNG or PDF): {problem}").format(
                file=file, problem=str(exc) or type(exc).__name__
            )
        ) from None


def _pdf_pages(file: Path) -> list[Picture]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(file)
    except pypdfium2.PdfiumError as exc:
        raise UserError(
            _("{file}: not a PDF WLT Desk can read: {problem}").format(file=file, problem=exc)
        ) from None
    try:
        count = len(document)
        if count > MAX_PDF_PAGES:
            raise UserError(
                _("{file}: {count} pages; read at most {most} at a time").format(
                    file=file, count=format_number(count), most=format_number(MAX_PDF_PAGES)
                )
            )
        pictures = []
        for index in range(count):
            page = document[index]
            try:
                bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
                image = bitmap.to_pil().convert("L")
            except pypdfium2.PdfiumError as exc:
                raise UserError(
                    _("{file}, page {page}: cannot be drawn: {problem}").format(
                        file=file, page=format_number(index + 1), problem=exc
                    )
                ) from None
            finally:
                page.close()
            pictures.append(Picture(f"{file.name} p{index + 1}", image))
        return pictures
    finally:
        document.close()
