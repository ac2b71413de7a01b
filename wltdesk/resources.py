"""Read-only files the program ships: fonts, translations, the demo roster.

In a checkout they sit in the top-level ``resources/`` folder; the wheel and the
PyInstaller bundle both place that folder at ``wltdesk/resources``. Both
layouts are found from this file's own location, so no code needs to know how
it was installed.
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
