"""Reading the event key from a picture of its QR code.

*Sync ▸ Event key… ▸ Save QR code…* saves the key as a PNG or SVG that the lead
facilitator prints or sends; a co-facilitator without a barcode scanner picks
that file here instead of typing 64 hex digits. Qt reads the picture (PNG,
JPEG, SVG, …) and zxing-cpp finds the QR code in it; the words are the Join
dialog's (translation context ``JoinTeamDialog``), each a literal lupdate can find.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage, QPainter

from wltdesk.errors import UserError
from wltdesk.gui.palette import SCAN_GROUND
from wltdesk.sync.eventkey import KEY_PREFIX

#: A bare key, as ``wltdesk event key --json`` gives it.
BARE_KEY = re.compile(r"[0-9a-fA-F]{64}")


def _on_white(image: QImage) -> QImage:
    """The picture on a white ground, in grey: an SVG's transparent background
    would otherwise turn black and hide the code's dark squares."""
    canvas = QImage(image.size(), QImage.Format.Format_Grayscale8)
    canvas.fill(QColor(SCAN_GROUND))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.end()
    return canvas


def key_from_picture(path: str | Path) -> str:
    """The text of the event key QR code in the picture at ``path``.

    Raises :class:`UserError` in one line when the file is no picture, or shows
    no event key QR code (another QR code, such as a web address, does not count).
    """
    name = Path(path).name
    image = QImage(str(path))
    if image.isNull():
        raise UserError(
            QCoreApplication.translate(
                "JoinTeamDialog", "{0} is not a picture WLT Desk can read."
            ).format(name)
        )
    try:
        import zxingcpp  # loaded when someone first reads a picture, not at start-up
    except ImportError as exc:
        raise UserError(
            QCoreApplication.translate(
                "JoinTeamDialog",
                "Reading QR code pictures needs the zxing-cpp package, which is missing.",
            )
        ) from exc
    for found in zxingcpp.read_barcodes(_on_white(image), formats=zxingcpp.BarcodeFormat.QRCode):
        text = found.text.strip()
        if text.startswith(KEY_PREFIX) or BARE_KEY.fullmatch(text):
            return text
    raise UserError(
        QCoreApplication.translate(
            "JoinTeamDialog", "There is no event key QR code in {0}."
        ).format(name)
    )
