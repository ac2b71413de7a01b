"""Numbers, dates and times as the current language writes them (Babel's CLDR formats).

Babel picks the words and the order (month and weekday names, separators);
it leaves digits Latin, so :func:`locale_digits` rewrites them in the
locale's default numbering system (``beng`` for Bengali) — every figure in a
Bengali line comes out in Bengali digits, never a mix. Times are always shown
in the venue's time zone: callers pass the event's zone, never the laptop's.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_interval, format_skeleton
from babel.numbers import format_decimal

from wltdesk.language.catalog import current_language

_LOCALES = {"en": "en_GB", "bn": "bn_BD"}
# The first code point of each numbering system's 0-9 run (Unicode blocks).
_ZERO = {"beng": 0x09E6, "arab": 0x0660, "arabext": 0x06F0, "deva": 0x0966}


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES.get(language, "en_GB"))


@lru_cache(maxsize=8)
def _digit_table(language: str) -> dict[int, str]:
    zero = _ZERO.get(_locale(language).default_numbering_system)
    if zero is None:
        return {}
    return {ord("0") + d: chr(zero + d) for d in range(10)}


def locale_digits(text: str, language: str | None = None) -> str:
    """``text`` with 0-9 written in the language's own digits (unchanged in English)."""
    return text.translate(_digit_table(language or current_language()))


def format_number(value: float | int, language: str | None = None) -> str:
    """A number with the locale's grouping (12,34,567 in Bengali) and digits."""
    lang = language or current_language()
    return locale_digits(format_decimal(value, locale=_locale(lang)), lang)


def format_count(value: int, language: str | None = None) -> str:
    """A count as shown beside a word; the same as :func:`format_number`."""
    return format_number(value, language)


def _in_zone(moment: dt.datetime, zone: str | ZoneInfo | None) -> dt.datetime:
    if zone is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)


def format_time(
    moment: dt.datetime | dt.time, zone: str | ZoneInfo | None = None,
    language: str | None = None,
) -> str:
    """24-hour hours and minutes ("15:03", "১৫:০৩") in the venue's zone."""
    lang = language or current_language()
    if isinstance(moment, dt.datetime):
        moment = _in_zone(moment, zone)
    text = format_skeleton("Hm", moment, locale=_locale(lang))
    return locale_digits(text, lang)


def format_date(
    day: dt.date | dt.datetime, style: str = "medium", zone: str | ZoneInfo | None = None,
    language: str | None = None,
) -> str:
    """A date with the month as a word ("6 Dec 2026", "৬ ডিসে, ২০২৬").

    ``style`` is a Babel style (short/medium/long/full) or a CLDR skeleton such
    as ``"EEEEdMMMM"`` (weekday, day and month, no year).
    """
    lang = language or current_language()
    if isinstance(day, dt.datetime):
        day = _in_zone(day, zone)
    if style in ("short", "medium", "long", "full"):
        text = _babel_date(day, style, locale=_locale(lang))
    else:
        text = format_skeleton(style, day, locale=_locale(lang))
    return locale_digits(text, lang)


def format_date_range(
    first: dt.date, last: dt.date, skeleton: str = "yMMMd", language: str | None = None,
) -> str:
    """Two dates as one range ("6 – 7 Dec 2026"); one date when they are the same day."""
    lang = language or current_language()
    if first == last:
        return format_date(first, skeleton, language=lang)
    return locale_digits(format_interval(first, last, skeleton, locale=_locale(lang)), lang)
