"""Console conventions shared by every command: argument types, JSON and table output.

Names in any script reach terminals and pipes that may not speak UTF-8, so JSON
escapes where it must (see :mod:`wltdesk.cli.terminal`); times are ISO 8601 in JSON
and venue wall time in tables.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from wltdesk.cli.terminal import speaks_utf
from wltdesk.language import N_, _, format_time, locale_digits

#: How every command that takes a session says it may be named.
#: English here, translated where a parser is built: ``help=_(SESSION_HELP)``.
SESSION_HELP = N_("number in 'session list', id, title, or now / next (by the venue's clock)")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a date (YYYY-MM-DD): {text!r}").format(text=text)
        ) from None


def parse_datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a time (YYYY-MM-DDTHH:MM): {text!r}").format(
            text=text
        )) from None
    if moment.tzinfo is not None:
        raise argparse.ArgumentTypeError(_(
            "give session times as wall time at the venue, no offset"
        ))
    return moment


def parse_mapping(text: str) -> tuple[str, str]:
    column, sep, field = text.partition("=")
    if not sep or not column.strip() or not field.strip():
        raise argparse.ArgumentTypeError(_("--map wants COLUMN=field, not {text!r}").format(
            text=text
        ))
    return column.strip(), field.strip()


def json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def utc(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) moment, marked as UTC so JSON readers cannot mistake it."""
    return None if moment is None else moment.replace(tzinfo=UTC)


def print_json(data: Any) -> None:
    # ISO 8601 times; \u escapes (still exact JSON) where stdout cannot take UTF-8.
    ascii_only = not speaks_utf(sys.stdout)
    json.dump(data, sys.stdout, ensure_ascii=ascii_only, indent=2, default=json_value)
    sys.stdout.write("\n")


def table(rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    # Numbers (a row's number, a count) in the language's digits; text as it is.
    rows = [
        [locale_digits(str(c or "")) if type(c) is int else str(c or "") for c in row]
        for row in rows
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def local_time(event_tz: str, moment: datetime | None) -> str:
    if moment is None:
        return ""
    from wltdesk import events  # not at the top: every command, even --help, imports this module

    return format_time(moment.replace(tzinfo=UTC), events.check_timezone(event_tz))
