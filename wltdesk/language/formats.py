"""Numbers, dates and times as the current language writes them (Babel's CLDR formats).

Babel picks the words and the order (month and weekday names, separators);
it leaves digits Latin, so :func:`locale_digits` rewrites them in the
locale's default numbering system (``beng`` for Bengali) — every figure in a
Bengali line comes out in Bengali digits, never a mix. Times are always shown
in the venue's time zone: callers pass the event's zone, never the laptop's.

Babel, ``datetime`` and ``zoneinfo`` load on the first call, not on import: the
command line imports this package to print its help, and must stay quick.
"""

from __future__ import annotations

from functools import lru_cache

from wltdesk.language.catalog import current_language, native_digits

# Not ``typing.TYPE_CHECKING``: see catalog.py (the command line's start-up time).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from babel import Locale

#: The CLDR locale of each language: the place the app is made for. tests/test_language.py
#: checks that each one's default numbering system is the one :func:`native_digits` writes.
LOCALES = {"en": "en_GB", "bn": "bn_BD"}


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES.get(language, "en_GB"))


def locale_digits(text: str, language: str | None = None) -> str:
    """``text`` with 0-9 written in the language's own digits (unchanged in English)."""
    return native_digits(text, language or current_language())


def format_number(value: float | int, language: str | None = None) -> str:
    """A number with the locale's grouping (12,34,567 in Bengali) and digits."""
    from babel.numbers import format_decimal

    lang = language or current_language()
    return locale_digits(format_decimal(value, locale=_locale(lang)), lang)


def format_count(value: int, language: str | None = None) -> str:
    """A count as shown beside a word; the same as :func:`format_number`."""
    return format_number(value, language)


def _in_zone(moment: dt.datetime, zone: str | ZoneInfo | None) -> dt.datetime:
    from zoneinfo import ZoneInfo

    if zone is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)


def format_time(
    moment: dt.datetime | dt.time, zone: str | ZoneInfo | None = None,
    language: str | None = None,
) -> str:
    """24-hour hours and minutes ("15:03", "১৫:০৩") in the venue's zone."""
    import datetime as dt

    from babel.dates import format_skeleton

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
    import datetime as dt

    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    lang = language or current_language()
    if isinstance(day, dt.datetime):
        day = _in_zone(day, zone)
    if style in ("short", "medium", "long", "full"):
        text = babel_date(day, style, locale=_locale(lang))
    else:
        text = format_skeleton(style, day, locale=_locale(lang))
    return locale_digits(text, lang)


def format_date_range(
    first: dt.date, last: dt.date, skeleton: str = "yMMMd", language: str | None = None,
) -> str:
    """Two dates as one range ("6 – 7 Dec 2026"); one date when they are the same day."""
    from babel.dates import format_interval

    lang = language or current_language()
    if first == last:
        return format_date(first, skeleton, language=lang)
    return locale_digits(format_interval(first, last, skeleton, locale=_locale(lang)), lang)


def format_day_time(
    moment: dt.datetime, zone: str | ZoneInfo | None = None, language: str | None = None,
    weekday_only: bool = False,
) -> str:
    """Weekday, day, month and time ("Sun 6 Dec 09:05", "রবি ৬ ডিসে ০৯:০৫"), as an agenda
    names a session; ``weekday_only`` leaves out the day and month ("Sun 09:05")."""
    lang = language or current_language()
    moment = _in_zone(moment, zone)
    day = format_date(moment, "E" if weekday_only else "MMMEd", language=lang)
    return f"{day} {format_time(moment, language=lang)}"


def format_stamp(
    moment: dt.datetime, zone: str | ZoneInfo | None = None, language: str | None = None,
) -> str:
    """An ISO-like date and time ("2026-12-06 09:05"), for logs and lists of changes,
    in the language's digits."""
    lang = language or current_language()
    return locale_digits(f"{_in_zone(moment, zone):%Y-%m-%d %H:%M}", lang)
