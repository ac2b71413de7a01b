"""When something happened, as people say it: "just now", "2 minutes ago",
"yesterday at 15:03", "6 Dec at 09:12" — or, for a list of past events, the
date and time in full.

Times are read in the venue's time zone (the event's, never the laptop's), so
"yesterday" is the venue's yesterday. Babel words the durations
(``format_timedelta``: CLDR's "2 minutes ago" / "২ মিনিট আগে" in every
language) and joins a date and a time the locale's way; the two phrases CLDR
has no public pattern for ("just now", "yesterday at …") are gettext messages.
Digits are the language's own. A moment is either aware or naive UTC, as the
store keeps it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from wltdesk.language.catalog import _, current_language, speaking
from wltdesk.language.formats import _locale, format_date, format_time, locale_digits

Zone = str | ZoneInfo | None


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _zone(zone: Zone) -> ZoneInfo:
    if zone is None:
        return ZoneInfo("UTC")
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def format_ago(
    moment: dt.datetime,
    now: dt.datetime | None = None,
    zone: Zone = None,
    language: str | None = None,
) -> str:
    """How long ago ``moment`` was, the way a person says it.

    Under a minute (or a moment ahead of ``now``, from a clock set back): "just
    now"; within the hour or earlier the same day at the venue: "2 minutes ago",
    "3 hours ago"; the venue's day before: "yesterday at 15:03"; earlier: "6 Dec
    at 09:12" (with the year when it is another year).
    """
    lang = language or current_language()
    then = _aware(moment)
    current = _aware(now) if now is not None else dt.datetime.now(dt.UTC)
    seconds = (current - then).total_seconds()
    venue = _zone(zone)
    day, today = then.astimezone(venue).date(), current.astimezone(venue).date()
    with speaking(lang):
        if seconds < 60:
            return _("just now")
        if seconds < 3600 or day == today:
            # Whole minutes, then whole hours: 1 h 59 min is "1 hour ago", as people say.
            unit = 60 if seconds < 3600 else 3600
            past = dt.timedelta(seconds=-(seconds // unit) * unit)
            from babel.dates import format_timedelta  # lazily: see formats

            text = format_timedelta(
                past, granularity="minute", threshold=1, add_direction=True, locale=_locale(lang)
            )
            return locale_digits(text, lang)
        time = format_time(then, venue, lang)
        if (today - day).days == 1:
            return _("yesterday at {time}").format(time=time)
        skeleton = "dMMM" if day.year == today.year else "yMMMd"
        return _("{date} at {time}").format(
            date=format_date(then, skeleton, venue, lang), time=time
        )


def format_moment(moment: dt.datetime, zone: Zone = None, language: str | None = None) -> str:
    """A date and time in full at the venue ("31 Dec 2026, 15:30"), for lists of what
    happened when; the locale joins the two its own way."""
    lang = language or current_language()
    then = _aware(moment)
    from babel.dates import get_datetime_format

    pattern = get_datetime_format("medium", locale=_locale(lang))
    date = format_date(then, "medium", _zone(zone), lang)
    time = format_time(then, _zone(zone), lang)
    return str(pattern).replace("{1}", date).replace("{0}", time)
