"""The gettext catalogs of the core, and the one place that decides their language.

The process has one language (the app preference in the GUI, ``--lang`` or
``LANG`` on the command line), set once with :func:`set_language`. A document
printed in another language (an event's *output language*, ``print --lang``)
is made inside ``with speaking("bn"):``, which overrides the process language
for the current thread or task only (a :class:`contextvars.ContextVar`), so a
PDF rendered on a worker thread never changes the words on the screen.

Catalogs are written, updated and compiled with Babel (``packaging/build_catalogs.py``)
and read here with the standard library's :mod:`gettext` — the compiled ``.mo`` is
the same file either way, and ``wltdesk --help`` in Bengali then costs no Babel
import. Every translated message is a :class:`Message`: its ``format`` writes the
numbers it is given in the language's own digits, so ``_("{n} people").format(n=n)``
gives "৫ জন" in a Bengali line without each caller remembering to.
"""

from __future__ import annotations

import gettext
import os
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

# Not ``typing.TYPE_CHECKING``: ``wltdesk --help`` imports this module, and typing alone
# costs a tenth of it (see wltdesk/cli/__init__.py). Type checkers read the constant alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from typing import Any

DOMAIN = "wltdesk"
#: Python's argparse says "usage:", "options" and its own errors through gettext:
#: the command line gives it this catalog (see :func:`library_gettext`).
ARGPARSE_DOMAIN = "argparse"
SUPPORTED: tuple[str, ...] = ("en", "bn")
"""Languages with a complete catalog; English is the source language."""

_process_language = "en"
_speaking: ContextVar[str | None] = ContextVar("wltdesk_speaking", default=None)
# The first code point of each language's 0-9 run, for languages that write their own
# digits (the same table as CLDR's default numbering system; formats.py checks it).
_ZERO_DIGIT = {"bn": 0x09E6}


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
def _catalog(code: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    if code == "en":
        return gettext.NullTranslations()
    from wltdesk.resources import resource  # pathlib: only when there is a catalog to read

    return gettext.translation(domain, str(resource("locale")), [code], fallback=True)


def native_digits(text: str, language: str | None = None) -> str:
    """``text`` with 0-9 in the language's own digits (unchanged where it uses 0-9)."""
    zero = _ZERO_DIGIT.get(language or current_language())
    if zero is None:
        return text
    return text.translate({ord("0") + d: chr(zero + d) for d in range(10)})


@lru_cache(maxsize=4)
def _local_figures(language: str) -> Any:
    """``str.format`` that writes the numbers among the values in the language's digits.

    Only ``int`` and ``float`` values change (not ``bool``, not text): a name, a code
    or whatever the user typed stays as it was, digits and all. (``string`` is imported
    here: ``wltdesk --version`` in English never needs it.)
    """
    import string

    class LocalFigures(string.Formatter):
        def format_field(self, value: Any, format_spec: str) -> str:
            text = super().format_field(value, format_spec)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return native_digits(text, language)
            return text

    return LocalFigures()


class Message(str):
    """A translated message: ``format`` puts numbers in the language's own digits."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:
        language = current_language()
        if language not in _ZERO_DIGIT:
            return str.format(self, *args, **kwargs)
        return _local_figures(language).vformat(str(self), args, kwargs)


def _(message: str) -> Message:
    """The message in the current language (English if it has no translation)."""
    return Message(_catalog(current_language()).gettext(message))


def ngettext(singular: str, plural: str, n: int) -> Message:
    """The singular or plural form the current language uses for ``n``.

    ``ngettext("{n} person", "{n} people", n).format(n=n)`` writes ``n`` in the
    language's digits (see :class:`Message`).
    """
    return Message(_catalog(current_language()).ngettext(singular, plural, n))


def pgettext(context: str, message: str) -> Message:
    """A message whose translation depends on where it is used (a short label)."""
    return Message(_catalog(current_language()).pgettext(context, message))


def N_(message: str) -> str:
    """Mark a constant for extraction without translating it yet.

    For words defined at import time (tables of labels); translate them with
    ``_(constant)`` where they are shown, in the language of that moment.
    """
    return message


def library_gettext(domain: str) -> tuple[Any, Any]:
    """``(gettext, ngettext)`` for a library's own messages (``argparse``), in the
    current language, from the catalog of that ``domain`` we ship."""

    def library_(message: str) -> str:
        return _catalog(current_language(), domain).gettext(message)

    def library_n(singular: str, plural: str, n: int) -> str:
        return _catalog(current_language(), domain).ngettext(singular, plural, n)

    return library_, library_n
