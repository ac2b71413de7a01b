"""Which language the core speaks, and how it writes numbers, dates and times.

The Qt-free core (services, the command line, printing, the groups report)
marks every word a user reads with ``_`` / ``ngettext`` / ``N_`` from here; the
gettext catalogs are ``resources/locale/<lang>/LC_MESSAGES/wltdesk.po``,
extracted, updated and compiled with Babel by ``packaging/build_catalogs.py``.
The GUI keeps Qt's ``.ts`` for its widgets and asks this package for the core's
messages in the UI language. Numbers, dates and times go through Babel's
locale formats, with the locale's own digits (Bengali digits in a Bengali line);
how long ago something was ("2 minutes ago") through Babel too (:mod:`.moments`).

It may import only the standard library, Babel (lazily: see formats) and ``wltdesk.resources``: it
sits at the bottom of the layers so that every other layer can use it.
"""

from wltdesk.language.catalog import (
    N_,
    SUPPORTED,
    Message,
    _,
    current_language,
    language_from_environment,
    library_gettext,
    native_digits,
    ngettext,
    normalise_language,
    pgettext,
    set_language,
    speaking,
)
from wltdesk.language.formats import (
    format_count,
    format_date,
    format_date_range,
    format_day_time,
    format_number,
    format_stamp,
    format_time,
    locale_digits,
)
from wltdesk.language.moments import format_ago, format_moment

__all__ = [
    "N_",
    "SUPPORTED",
    "Message",
    "_",
    "current_language",
    "format_ago",
    "format_count",
    "format_date",
    "format_date_range",
    "format_day_time",
    "format_moment",
    "format_number",
    "format_stamp",
    "format_time",
    "language_from_environment",
    "library_gettext",
    "locale_digits",
    "native_digits",
    "ngettext",
    "normalise_language",
    "pgettext",
    "set_language",
    "speaking",
]
