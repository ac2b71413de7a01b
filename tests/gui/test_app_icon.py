"""The window icon: the app's own, in every size the desktop may ask for."""

from __future__ import annotations

from PySide6.QtCore import QSize

from wltdesk.gui.app import app_icon


def test_app_icon_has_every_shipped_size(qapp):
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes
    image = icon.pixmap(QSize(48, 48)).toImage()
    assert image.width() == 48
    assert image.pixelColor(24, 24).alpha() == 255  # drawn, not a blank placeholder
