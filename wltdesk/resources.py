"""Read-only files the program ships: fonts, translations, the demo roster, the guides.

In a checkout they sit in the top-level ``resources/`` folder; the wheel and the
PyInstaller bundle both place that folder at ``wltdesk/resources``. Both
layouts are found from this file's own location, so no code needs to know how
it was installed. The user guides (``docs/*.md``) ship the same way, at
``wltdesk/resources/docs``, so Help opens them offline.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_HERE / "resources", _HERE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of WLT Desk is missing from this install")


def resource(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def guides_dir() -> Path:
    """The folder of the user guides (Markdown): shipped in resources, or the checkout's docs/."""
    for candidate in (_HERE / "resources" / "docs", _HERE.parent / "docs"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the guides of WLT Desk are missing from this install")
