"""Group rosters: every group of a group set in its own block, in the projector's colours.

Facilitators pin these on the doors of the breakout rooms, so each block
carries the group's colour (:data:`wltdesk.groups.GROUP_COLOURS`, the same
as on the projector, with the same readable ink) and lists its members with
their names in local script and region. A set with several rounds prints one
section per round. The data comes from :func:`wltdesk.groups.set_view`.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from wltdesk import events, groups
from wltdesk.errors import UserError
from wltdesk.printing.document import (
    RULE,
    Document,
    letterhead,
    para,
    style,
    styles,
)
from wltdesk.store import Store


def resolve_set(store: Store, event_id: str, selector: str) -> str:
    """The id of the group set a command line names (number, id or name)."""
    return groups.resolve_set(store, event_id, selector).id


def group_block(group: groups.GroupView, width: float) -> Flowable:
    """One group: a bar in its colour with name, room and size, then its members."""
    s = styles()
    ink = colors.HexColor(groups.ink_for(group.colour))
    head = style(f"group-head-{ink.hexval()}", 11, bold=True, colour=ink)
    count = f"{len(group.members)} people"
    title = f"{group.name} · {group.room}" if group.room else group.name
    rows: list[list[object]] = [[para(title, head), para(count, style("gh-n", 8.5, colour=ink))]]
    for member in group.members:
        name: list[Flowable] = [para(member.display_name, s.cell_bold)]
        if member.local_name:
            name.append(para(member.local_name, s.cell))
        rows.append([name, para(member.region, s.muted) if member.region else ""])
    if not group.members:
        rows.append([para("(no one yet)", s.muted), ""])
    table = Table(rows, colWidths=[width * 0.68, width * 0.32])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(group.colour)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(group.colour)),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _round_story(view: groups.GroupSetView, rnd: groups.RoundView, width: float) -> list[Flowable]:
    gap = 6 * mm
    half = (width - gap) / 2
    blocks = [group_block(g, half) for g in rnd.groups]
    story: list[Flowable] = []
    for start in range(0, len(blocks), 2):
        pair = blocks[start : start + 2]
        if len(pair) == 1:
            pair.append(Spacer(half, 1))
        row = Table([[pair[0], "", pair[1]]], colWidths=[half, gap, half])
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                ]
            )
        )
        story.append(row)
    return story


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
        raise UserError("the event has no group sets yet")
    doc = Document(letterhead(event, "Group rosters"), paper)
    width = doc.frame_width
    s = styles()
    story: list[Flowable] = []
    for index, one in enumerate(chosen, 1):
        view = groups.set_view(store, one)
        if view.event_id != event_id:
            raise UserError(f"the group set {one} belongs to another event")
        if story:
            story.append(PageBreak())
        story.append(para(view.name, s.title))
        if view.session_title:
            story.append(para(view.session_title, s.muted))
        for rnd in view.rounds:
            if len(view.rounds) > 1:
                heading = f"Round {rnd.number}" + (" (locked)" if rnd.locked else "")
                story.append(KeepTogether([para(heading, s.heading)]))
            story.append(Spacer(1, 2 * mm))
            story += _round_story(view, rnd, width)
        if progress:
            progress(index, len(chosen))
    return doc.build(story)


def report_section(store: Store, event_id: str, width: float) -> list[Flowable]:
    """The event report's groups: each set's groups with their members, one line each."""
    s = styles()
    sets = groups.list_sets(store, event_id)
    story: list[Flowable] = [para("Groups", s.heading)]
    if not sets:
        return [*story, para("No breakout groups were formed.", s.body)]
    for summary in sets:
        view = groups.set_view(store, summary.id)
        where = f" · {view.session_title}" if view.session_title else ""
        story.append(
            para(
                f"{view.name}{where}: {summary.people} people, {summary.groups} groups, "
                f"{summary.rounds} round(s)",
                s.subheading,
            )
        )
        for rnd in view.rounds:
            rows: list[list[object]] = []
            for group in rnd.groups:
                names = ", ".join(m.display_name for m in group.members)
                label = group.name if len(view.rounds) == 1 else f"R{rnd.number} {group.name}"
                rows.append([para(label, s.cell_bold), para(names, s.cell)])
            table = Table(rows, colWidths=[width * 0.22, width * 0.78])
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        *[
                            ("LINEBEFORE", (0, i), (0, i), 4, colors.HexColor(g.colour))
                            for i, g in enumerate(rnd.groups)
                        ],
                    ]
                )
            )
            story.append(table)
    return story
