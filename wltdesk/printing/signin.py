"""Sign-in sheet for one session: everyone on the roster, a box to sign, rows for walk-ins.

Paper is the fallback when the laptop is not at the door, and the record some
funders ask for. Names are sorted as the roster sorts them, each with the
name in local script under it, the region and the badge code (so a facilitator
can type a code in later); blank rows at the end take walk-ins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wltdesk import agenda, events, people
from wltdesk.language import _, format_date, format_number, format_time, ngettext
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import MUTED, styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import Line, para
from wltdesk.printing.wording import bilingual, joined, lines, stacked_row, value_word
from wltdesk.store import Store

DEFAULT_WALK_IN_ROWS = 8


@dataclass(frozen=True)
class SignInRow:
    display_name: str
    local_name: str | None
    region: str | None
    badge_code: str
    role: str


def signin_rows(store: Store, event_id: str) -> list[SignInRow]:
    """Everyone on the roster in name order, as the sheet lists them."""
    return [
        SignInRow(p.display_name, p.local_name, p.region, p.badge_code, p.role)
        for p in people.list_people(store, event_id)
    ]


ROW_HEIGHT = 11 * mm
NAME_SIZE = 9.5


def _name_cell(row: SignInRow) -> Flowable | list[Flowable]:
    name = Line(row.display_name, NAME_SIZE, bold=True)
    if not row.local_name:
        return name
    return [name, Line(row.local_name, 9)]


def _region_cell(row: SignInRow) -> Flowable | list[Flowable] | str:
    region = Line(row.region, 8.5) if row.region else ""
    if row.role == "participant":
        return region
    return [region or Spacer(1, 8.5), Line(value_word(row.role), 7.5, colour=MUTED)]


def _instructions(on_roster: int, walk_in_rows: int) -> str:
    roster = _("{count} on the roster").format(count=format_number(on_roster))
    rows = ngettext(
        "{count} row for walk-ins (write name, region and contact)",
        "{count} rows for walk-ins (write name, region and contact)",
        walk_in_rows,
    ).format(count=format_number(walk_in_rows))
    return f"{roster} · {rows}"


def build_signin(
    store: Store,
    event_id: str,
    session_id: str,
    paper: str = "a4",
    walk_in_rows: int = DEFAULT_WALK_IN_ROWS,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The sign-in sheet of one session as PDF bytes."""
    event = events.get_event(store, event_id)
    session = agenda.get_session(store, session_id)
    # the session's times are the venue's wall times, as the agenda holds them
    when = (
        f"{format_date(session.starts_at, 'yMMMEd')}, "
        f"{format_time(session.starts_at)}–{format_time(session.ends_at)}"
    )
    room = f" · {session.room}" if session.room else ""
    head = letterhead(event, joined(lambda: _("Sign-in sheet")), f"{when}{room}")
    doc = Document(head, paper)
    s = styles()
    rows = signin_rows(store, event_id)
    width = doc.frame_width
    widths = [0.05 * width, 0.36 * width, 0.17 * width, 0.11 * width, 0.31 * width]
    table_rows: list[list[object]] = [
        stacked_row(lambda: [_("#"), _("Name"), _("Region"), _("Badge"), _("Signature")])
    ]
    for number, row in enumerate(rows, 1):
        table_rows.append(
            [format_number(number), _name_cell(row), _region_cell(row), row.badge_code, ""]
        )
        if progress and number % 200 == 0:
            progress(number, len(rows))
    for number in range(len(rows) + 1, len(rows) + 1 + walk_in_rows):
        table_rows.append([format_number(number), "", "", "", ""])
    # fixed heights: the table never has to measure 2,000 rows to lay them out; a
    # head in two languages takes two lines
    heights = [(10 if bilingual() else 7) * mm] + [ROW_HEIGHT] * (len(rows) + walk_in_rows)
    table = house_table(table_rows, widths, heights=heights)
    table.setStyle(
        [
            ("FONT", (3, 1), (3, -1), f"{LATIN}-Bold", 9.5),
            ("LINEBEFORE", (4, 1), (4, -1), 0.4, s.muted.textColor),
            ("TOPPADDING", (0, 1), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ]
    )
    story: list[Flowable] = [
        para(session.title, s.title),
        lines(lambda: _instructions(len(rows), walk_in_rows), s.muted),
        Spacer(1, 3 * mm),
        table,
    ]
    data = doc.build(story)
    if progress:
        progress(len(rows), len(rows))
    return data
