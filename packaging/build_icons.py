"""Render the app icon ``resources/icons/wltdesk.svg`` into the files each platform wants.

- ``wltdesk-<size>.png`` (16 … 512 px): the Linux desktop entry (hicolor theme sizes) and
  the window icon;
- ``wltdesk.ico`` (16 … 256 px in one file): the Windows executables (``wltdesk.spec``);
- ``wltdesk.icns`` (16 … 1024 px): the macOS app bundle (``wltdesk.spec``).

Qt's SVG renderer draws the PNGs (so no extra tool is needed), Pillow writes the ``.ico``
and ``.icns``. The outputs are committed; run this after editing the SVG.

Usage: python packaging/build_icons.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "wltdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow makes every smaller ICNS size from the largest image


def render(size: int, target: Path) -> None:
    """Draw the SVG into a transparent ``size`` × ``size`` PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"build_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        sys.exit(f"build_icons: could not write {target}")


def build() -> list[Path]:
    from PIL import Image

    written = []
    for size in PNG_SIZES:
        target = ICONS / f"wltdesk-{size}.png"
        render(size, target)
        written.append(target)
    with tempfile.TemporaryDirectory() as scratch:
        large = Path(scratch) / "large.png"
        render(ICNS_SIZE, large)
        with Image.open(large) as image:
            image.load()
            image.save(ICONS / "wltdesk.icns")
            image.save(ICONS / "wltdesk.ico", sizes=[(s, s) for s in ICO_SIZES])
    written += [ICONS / "wltdesk.icns", ICONS / "wltdesk.ico"]
    return written


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in build():
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
