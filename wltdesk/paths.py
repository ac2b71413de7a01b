"""Where WLT Desk keeps writable data: stores, backups and logs.

Everything writable lives under the platform's user data directory
(platformdirs), never next to the program. ``WLTDESK_HOME`` overrides it, which
tests and portable (USB stick) installs use.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "WLT Desk"
APP_AUTHOR = "WLT"


def data_dir() -> Path:
    """The folder for stores and backups, created on first use."""
    override = os.environ.get("WLTDESK_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store() -> Path:
    """The store used when ``--db`` is not given."""
    return data_dir() / "wltdesk.sqlite"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
