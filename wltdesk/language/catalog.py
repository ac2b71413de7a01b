"""The gettext catalogs of the core, and the one place that decides their language.

The process has one language (the app preference in the GUI, ``--lang`` or
``LANG`` on the command line), set once with :func:`set_language`. A document
printed in another language (an event's *output language*, ``print --lang``)
is made inside ``with speaking("bn"):``, which overrides the process language
for the current thread or task only (a :class:`contextvars.ContextVar`), so a
PDF rendered on a worker thread never changes the words on the screen.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from babel.support import Translations

from wltdesk.resources import resource

DOMAIN = "wltdesk"
SUPPORTED: tuple[str, ...] = ("en", "bn")
"""Languages with a complete catalog; English is the source language."""

_process_language = "en"
_speaking: ContextVar[str | None] = ContextVar("wltdesk_speaking", default=None)


def normalise_language(code: str | None) -> str:
    """``"bn_BD.UTF-8"`` → ``"bn"``; anything without a catalog → ``"en"``."""
    if not code:
        return "en"
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in SUPPORTED else "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language a command line asks for through the usual POSIX variables."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            # LANGUAGE may list several ("bn:en"); the first one we have wins.
            for part in value.split(":"):
                if normalise_language(part) != "en" or part.lower().startswith("en"):
                    return normalise_language(part)
    return "en"


def set_language(code: str | None) -> str:
    """Make ``code`` the language of this process; returns the one chosen."""
    global _process_language
    _process_language = normalise_language(code)
    return _process_language


def current_language() -> str:
    """The language words are being written in right now (``speaking`` first)."""
    return _speaking.get() or _process_language


@contextmanager
def speaking(code: str | None) -> Iterator[str]:
    """Write in ``code`` inside the block (this thread/task only), e.g. for one PDF."""
    token = _speaking.set(normalise_language(code))
    try:
        yield _speaking.get() or "en"
    finally:
        _speaking.reset(token)


@lru_cache(maxsize=8)
def _catalog(code: str) -> gettext.NullTranslations:
    if code == "en":
        return gettext.NullTranslations()
    return Translations.load(str(resource("locale")), [code], domain=DOMAIN)


def _(message: str) -> str:
    """The message in the current language (English if it has no translation)."""
    return _catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form the current language uses for ``n``.

    Callers format the number themselves (``.format(n=format_number(n))``), so
    that it is written with the language's digits.
    """
    return _catalog(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A message whose translation depends on where it is used (a short label)."""
    return _catalog(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a constant for extraction without translating it yet.

    For words defined at import time (tables of labels); translate them with
    ``_(constant)`` where they are shown, in the language of that moment.
    """
    return message
