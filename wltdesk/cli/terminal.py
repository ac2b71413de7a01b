"""What the terminal or pipe can take: names in any script must never crash output.

Kept apart from :mod:`wltdesk.cli.console` (argument types, JSON, tables), because
every run of ``wltdesk`` needs this before anything else, ``--help`` and
``--version`` included, and it costs no import beyond what Python has loaded.
"""

from __future__ import annotations

import codecs
import sys


def speaks_utf(stream: object) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def tolerant_output() -> None:
    """Names in any script must not crash output to a console or pipe that is not
    UTF-8 (a redirected stdout on Windows is the ANSI code page): escape instead."""
    for stream in (sys.stdout, sys.stderr):
        if not speaks_utf(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
