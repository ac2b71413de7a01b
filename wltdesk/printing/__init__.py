"""Printed outputs: every PDF the room and the organizers need, in every script.

One module per output (``signin``, ``badges``, ``rosters``, ``circle``,
``plans``, ``certificates``, ``report``) builds PDF bytes from services;
:mod:`~wltdesk.printing.document` (the page), :mod:`~wltdesk.printing.styles`
(the house look), :mod:`~wltdesk.printing.fonts`, :mod:`~wltdesk.printing.shaping`
and :mod:`~wltdesk.printing.typeset` give them one look and text that prints
right in every script users type (right-to-left ones, symbols and emoji
included) and reads back as typed; :mod:`~wltdesk.printing.wording`
gives their words in the printout's language (English, Bengali or both).
This module is the single entry point the command line and the GUI share:
:func:`render` builds any output from :class:`PrintOptions` in the event's
output language (or the one the options ask for), :func:`produce` also saves
it atomically and logs printed badges.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.language import N_, _
from wltdesk.printing.document import save_pdf
from wltdesk.printing.wording import printing_in, said
from wltdesk.store import Store

#: Output names as the command line takes them, in menu order.
OUTPUTS: tuple[str, ...] = (
    "signin",
    "badges",
    "groups",
    "circle",
    "plans",
    "certificates",
    "report",
)

#: Each output's name and what it holds, as the Print pane lists them (``_()`` them).
OUTPUT_LABELS: dict[str, tuple[str, str]] = {
    "signin": (
        N_("Sign-in sheet"),
        N_(
            "One session: everyone on the roster in name order with their badge code, "
            "a box to sign and blank rows for walk-ins."
        ),
    ),
    "badges": (
        N_("Badges"),
        N_(
            "On the stock you have (card pouches, Avery labels and inserts, A6, fold-over "
            "badges, table tents): name, name in local script, role band, QR code and "
            "barcode; a red band for people who declined photos; blank badges for "
            "walk-ins. Printing a badge a second time asks first."
        ),
    ),
    "groups": (
        N_("Group rosters"),
        N_("Every group in its own block, in the colours of the projector."),
    ),
    "circle": (
        N_("Circle summary"),
        N_(
            "Prompts, themes and notes: only the notes the chosen readers may see; "
            "anonymous notes carry no name."
        ),
    ),
    "plans": (
        N_("Action plans"),
        N_("One plan per page, then the follow-up list by due date."),
    ),
    "certificates": (
        N_("Certificates"),
        N_(
            "One page per participant who attended at least the chosen number of "
            "sessions, counted over every laptop's check-ins merged here: signed by "
            "the event's signatories, with its logos, a number and a QR code to verify."
        ),
    ),
    "report": (
        N_("Event report"),
        N_(
            "Participants by region and affiliation, attendance per session and who "
            "did not come back, groups, plans, photo consent and credits."
        ),
    ),
}


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PrintOptions:
    """Everything an output may need; each output reads the fields it uses."""

    paper: str = "a4"
    session_id: str | None = None  # signin
    set_id: str | None = None  # groups: one group set (None: all)
    circle_id: str | None = None  # circle: one circle (None: all)
    audience: str = "public"  # circle: whose notes may show
    min_sessions: int | None = None  # certificates
    person_ids: tuple[str, ...] | None = None  # badges (None: everyone)
    reprint: bool = False  # badges: print again those printed before
    stock: str = "pouch"  # badges: the stock's name (stock.STOCKS; DEFAULT_STOCK)
    blank: int = 0  # badges: blank badges for walk-ins, after the people's
    walk_in_rows: int = 8  # signin
    #: "en", "bn" or "en+bn"; None: the event's output language.
    language: str | None = None


@dataclass(frozen=True)
class Printed:
    """What :func:`produce` did."""

    path: Path
    pages: int
    badges_logged: int


def render(
    store: Store,
    event_id: str,
    output: str,
    options: PrintOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """Build one output as PDF bytes. Writes nothing (badges are logged by :func:`produce`).

    The words are in the language the options ask for, else the event's output
    language; the language of the screen (or the command line) is left as it is.
    """
    if output not in OUTPUTS:
        raise UserError(
            _("unknown output {output!r}; choose one of {outputs}").format(
                output=output, outputs=", ".join(OUTPUTS)
            )
        )
    if options.paper not in ("a4", "letter"):
        raise UserError(_("paper must be a4 or letter, not {paper!r}").format(paper=options.paper))
    event = events.get_event(store, event_id)
    if options.language is None:
        language = events.event_output_language(event)
    else:
        language = events.parse_output_language(options.language)
    with printing_in(language):
        return _build(store, event_id, output, options, progress, cancelled)


def _build(
    store: Store,
    event_id: str,
    output: str,
    options: PrintOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> bytes:
    if output == "signin":
        from wltdesk.printing.signin import build_signin

        if not options.session_id:
            raise UserError(said(lambda: _("a sign-in sheet is for one session: give --session")))
        if not 0 <= options.walk_in_rows <= 200:
            raise UserError(said(lambda: _("walk-in rows must be between 0 and 200")))
        return build_signin(
            store, event_id, options.session_id, options.paper, options.walk_in_rows, progress
        )
    if output == "badges":
        from wltdesk.printing.badges import build_badges, check_reprint

        check_reprint(store, event_id, options.person_ids, options.reprint)
        return build_badges(
            store,
            event_id,
            options.person_ids,
            options.paper,
            progress,
            cancelled,
            stock=options.stock,
            blank=options.blank,
        )
    if output == "groups":
        from wltdesk.printing.rosters import build_rosters

        return build_rosters(store, event_id, options.set_id, options.paper, progress)
    if output == "circle":
        from wltdesk.printing.circle import build_circle

        return build_circle(
            store, event_id, options.circle_id, options.audience, options.paper, progress
        )
    if output == "plans":
        from wltdesk.printing.plans import build_plans

        return build_plans(store, event_id, options.paper, progress)
    if output == "certificates":
        from wltdesk.printing.certificates import build_certificates

        return build_certificates(store, event_id, options.min_sessions, options.paper, progress)
    from wltdesk.printing.report import build_report

    return build_report(store, event_id, options.paper, progress)


def page_count(data: bytes) -> int:
    """Pages in a PDF this package made (ReportLab writes one ``/Type /Page`` per page)."""
    return len(_PAGE.findall(data))


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def finish(store: Store, event_id: str, output: str, options: PrintOptions) -> int:
    """What happens once an output has left the program (saved or sent to a printer).

    For badges: one reprint-log row per badge. Returns how many rows were logged.
    """
    if output != "badges":
        return 0
    from wltdesk.printing.badges import badge_people, record_prints

    chosen = [b.person_id for b in badge_people(store, event_id, options.person_ids)]
    return record_prints(store, event_id, chosen)


def produce(
    store: Store,
    event_id: str,
    output: str,
    options: PrintOptions,
    target: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Printed:
    """Build an output, save it atomically to ``target`` and log printed badges."""
    data = render(store, event_id, output, options, progress, cancelled)
    path = save_pdf(data, target)
    logged = finish(store, event_id, output, options)
    return Printed(path, page_count(data), logged)
