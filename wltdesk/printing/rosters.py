"""Group rosters: every group of a group set in its own block, in the projector's colours.

Facilitators pin these on the doors of the breakout rooms, so each block
carries the group's colour (:data:`wltdesk.groups.GROUP_COLOURS`, the same
as on the projector, with the same readable ink) and lists its members with
their names in local script and region. A set with several rounds prints one
section per round. The data comes from :func:`wltdesk.groups.set_view`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PTOContainer

from wltdesk import events, groups
from wltdesk.errors import UserError
from wltdesk.language import _, format_number, ngettext
from wltdesk.printing.continued import ContinuedTitle
from wltdesk.printing.document import Document, letterhead
from wltdesk.printing.fonts import LATIN
from wltdesk.printing.styles import RULE, style, styles
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined, lines, said
from wltdesk.store import Store


def resolve_set(store: Store, event_id: str, selector: str) -> str:
    """The id of the group set a command line names (number, id or name)."""
    return groups.resolve_set(store, event_id, selector).id


def _group_cells(
    group: groups.GroupView, column: int
) -> tuple[list[list[object]], list[tuple[object, ...]]]:
    """One group as table cells (bar, then members) and the style commands for them.

    ``column`` is where the group's two columns start in the table it goes in.
    """
    s = styles()
    ink = colors.HexColor(groups.ink_for(group.colour))
    count = people_count(len(group.members))
    title = f"{group.name} · {group.room}" if group.room else group.name
    more = _continued_group(title)
    rows: list[list[object]] = [
        [ContinuedTitle(title, more, 11, ink), para(count, style("gh-n", 8.5, colour=ink))]
    ]
    for member in group.members:
        name: list[Flowable] = [para(member.display_name, s.cell_bold)]
        if member.local_name:
            name.append(para(member.local_name, s.cell))
        rows.append([name, para(member.region, s.muted) if member.region else ""])
    if not group.members:
        rows.append([para(joined(lambda: _("(no one yet)")), s.muted), ""])
    colour = colors.HexColor(group.colour)
    last = len(rows) - 1
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (column, 0), (column + 1, 0), colour),
        ("LINEBELOW", (column, 1), (column + 1, last), 0.4, RULE),
        ("BOX", (column, 0), (column + 1, last), 1.2, colour),
    ]
    return rows, commands


def _continued_group(title: str) -> str:
    """A group's name on the pages its list runs onto: "Group 3 (continued)"."""
    return joined(lambda: _("{group} (continued)").format(group=title))


def _side_by_side(
    shown: list[groups.GroupView], width: float, gap: float, whole: bool = False
) -> Table:
    """Groups side by side in one table (two, or one alone), so a long one splits across
    pages by rows with its coloured bar repeated at the top of the next page (a table
    nested in a cell could not split at all). A ``whole`` table never splits: it goes
    to the next page whole (ReportLab's KeepTogether cannot do that in a PTOContainer)."""
    block = (width - gap * (len(shown) - 1)) / len(shown)
    blocks = [_group_cells(group, 3 * index) for index, group in enumerate(shown)]
    height = max(len(rows) for rows, _commands in blocks)
    columns = 3 * len(shown) - 1
    rows: list[list[object]] = [[""] * columns for _ in range(height)]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), LATIN),  # empty cells too: not the unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, (cells, styling) in enumerate(blocks):
        for number, (name, region) in enumerate(cells):
            rows[number][3 * index] = name
            rows[number][3 * index + 1] = region
        commands += styling
    widths = [block * 0.68, block * 0.32, gap] * len(shown)
    table = Table(rows, colWidths=widths[:columns], repeatRows=1, splitByRow=not whole)
    table.setStyle(TableStyle(commands))
    return table


def _round_story(rnd: groups.RoundView, width: float, page: float) -> list[Flowable]:
    """A round's groups two by two; a pair that fits on a page is never split across
    two. A group too long for a page stands alone and goes on over the next pages,
    its bar repeated there with "(continued)"; the groups around it pair up as usual.

    ``page`` is the height a page offers (less the line that says whose groups
    these are on a page a round runs onto).
    """
    gap = 6 * mm
    half = (width - gap) / 2
    story: list[Flowable] = []
    waiting: list[groups.GroupView] = []

    def pair_up() -> None:
        if waiting:
            story.extend([_side_by_side(list(waiting), width, gap, True), Spacer(1, 5 * mm)])
            waiting.clear()

    for group in rnd.groups:
        if _side_by_side([group], half, 0).wrap(half, page)[1] > page:
            pair_up()
            story += [_side_by_side([group], width, 0), Spacer(1, 5 * mm)]
            continue
        waiting.append(group)
        if len(waiting) == 2:
            pair_up()
    pair_up()
    return story


def _first_height(story: list[Flowable], width: float) -> float:
    """How tall the first groups of a round are: a pair that never splits whole, a long
    group (which splits) enough of it to follow its heading."""
    first = story[0] if story else None
    if isinstance(first, Table) and not first.splitByRow:
        return float(first.wrap(width, 1e6)[1])
    return 30 * mm


def build_rosters(
    store: Store,
    event_id: str,
    set_id: str | None = None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Rosters of one group set (every set if None, each from a new page) as PDF bytes."""
    event = events.get_event(store, event_id)
    chosen = [set_id] if set_id else [s.id for s in groups.list_sets(store, event_id)]
    if not chosen:
        raise UserError(said(lambda: _("the event has no group sets yet")))
    doc = Document(letterhead(event, joined(lambda: _("Group rosters"))), paper)
    width = doc.frame_width
    s = styles()
    story: list[Flowable] = []
    for index, one in enumerate(chosen, 1):
        view = groups.set_view(store, one)
        if view.event_id != event_id:
            raise UserError(
                said(lambda: _("the group set {id} belongs to another event")).format(id=one)
            )
        if story:
            story.append(PageBreak())
        story.append(para(view.name, s.title))
        if _adds(view):
            story.append(para(view.session_title, s.muted))
        for rnd in view.rounds:
            several = len(view.rounds) > 1
            groups_story = _round_story(rnd, width, doc.body_height - 12 * mm)
            if several:
                # never a heading alone at the foot of a page: it goes over with the first
                # groups under it (ReportLab keeps nothing together with a container)
                story += [
                    CondPageBreak(_first_height(groups_story, width) + 15 * mm),
                    lines(partial(round_name, rnd), s.heading),
                ]
            else:
                story.append(Spacer(1, 2 * mm))
            # a round that runs onto another page says there whose groups these are
            again = joined(partial(_continued, view.name, rnd if several else None))
            story.append(PTOContainer(groups_story, header=[para(again, s.subheading)]))
        if progress:
            progress(index, len(chosen))
    return doc.build(story)


def people_count(count: int) -> str:
    return ngettext("{count} person", "{count} people", count).format(count=format_number(count))


def round_name(rnd: groups.RoundView, locked: bool = True) -> str:
    """ "Round 2", or "Round 2 (locked)" for a round that may no longer change."""
    name = _("Round {number}").format(number=format_number(rnd.number))
    if locked and rnd.locked:
        return _("{round} (locked)").format(round=name)
    return name


def _continued(set_name: str, rnd: groups.RoundView | None) -> str:
    """The line over a round's groups on the pages it runs onto."""
    if rnd is None:
        return _("{set} (continued)").format(set=set_name)
    return _("{set} · {round} (continued)").format(
        set=set_name, round=round_name(rnd, locked=False)
    )


def _sizes(summary: groups.GroupSetSummary) -> str:
    """ "12 people, 3 groups, 2 rounds" """
    return ", ".join(
        (
            people_count(summary.people),
            ngettext("{count} group", "{count} groups", summary.groups).format(
                count=format_number(summary.groups)
            ),
            ngettext("{count} round", "{count} rounds", summary.rounds).format(
                count=format_number(summary.rounds)
            ),
        )
    )


def _adds(view: groups.GroupSetView) -> bool:
    """Whether the session's title says more than the set's name (a set named by
    default is "Groups — SESSION": the title would only repeat it)."""
    return bool(view.session_title) and view.session_title not in view.name


#: Groups side by side in the event report's tables.
ACROSS = 4
#: Groups of up to this many are never split across two pages in the event report.
SMALL = 15


def _grid(shown: list[groups.GroupView], width: float, rnd: int | None = None) -> Table:
    """Groups side by side, each a column: its name in its colour, then a member a line.

    With ``rnd`` (a set of several rounds) each name says its round ("R2 Group 5"): a
    round's groups may go on over a page, under no heading of their own.
    """
    s = styles()
    name_style = style("grid-member", 8.5)
    column = width / ACROSS
    depth = max(len(g.members) for g in shown)
    rows: list[list[object]] = [[""] * ACROSS for _ in range(depth + 1)]
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), LATIN),  # empty cells too: not the unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3.5),
    ]
    for index, group in enumerate(shown):
        ink = colors.HexColor(groups.ink_for(group.colour))
        title = f"{group.name} · {group.room}" if group.room else group.name
        if rnd is not None:
            title = _("R{number} {group}").format(number=format_number(rnd), group=title)
        rows[0][index] = ContinuedTitle(title, _continued_group(title), s.cell_bold.fontSize, ink)
        for number, member in enumerate(group.members, 1):
            rows[number][index] = para(member.display_name, name_style)
        colour = colors.HexColor(group.colour)
        commands += [
            ("BACKGROUND", (index, 0), (index, 0), colour),
            ("BOX", (index, 0), (index, -1), 0.8, colour),
        ]
    table = Table(rows, colWidths=[column] * ACROSS, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def report_section(store: Store, event_id: str, width: float) -> list[Flowable]:
    """The event report's groups: each set's rounds, the groups of a round side by side
    (a column per group, a member per line), so the whole set reads at a glance."""
    s = styles()
    sets = groups.list_sets(store, event_id)
    heading = lines(lambda: _("Groups"), s.heading)
    if not sets:
        return [heading, lines(lambda: _("No breakout groups were formed."), s.body)]
    story: list[Flowable] = []
    # the headings go with the first groups under them, never alone at a page's foot
    waiting: list[Flowable] = [heading]
    for summary in sets:
        view = groups.set_view(store, summary.id)
        where = f" · {view.session_title}" if _adds(view) else ""
        sizes = joined(partial(_sizes, summary))
        waiting.append(para(f"{view.name}{where}: {sizes}", s.subheading))
        for rnd in view.rounds:
            if len(view.rounds) > 1:
                waiting.append(lines(partial(round_name, rnd, False), s.cell_bold))
            for start in range(0, len(rnd.groups), ACROSS):
                shown = rnd.groups[start : start + ACROSS]
                grid = _grid(shown, width, rnd.number if len(view.rounds) > 1 else None)
                if max(len(g.members) for g in shown) <= SMALL:
                    # small groups stay on one page, with the lines over them
                    story.append(KeepTogether([*waiting, grid, Spacer(1, 2.5 * mm)]))
                else:
                    # long groups go on over the next page under their names, "(continued)"
                    story += [CondPageBreak(50 * mm), *waiting, grid, Spacer(1, 2.5 * mm)]
                waiting = []
            if waiting:  # a round with no groups
                story += waiting
                waiting = []
    return story
