"""Breakout group sets on the store: make, show, re-plan, lock, add rounds, move people.

A group set (``GroupSet``) holds one or more rounds; each round has the same
number of ``Group`` rows (name, colour, room) and ``GroupMember`` rows. The
planning itself is :mod:`wltdesk.grouping`; this service turns the roster and
the attendance into its input and its output into rows, through the
:class:`~wltdesk.store.changes.Writer` so everything syncs.

Owns, by concern: who is grouped and what can be balanced (:mod:`.members`),
reading a stored set (:mod:`.stored`), the views screens and printouts show
(:mod:`.views`), making a set (:mod:`.making`), live re-plans and added rounds
(:mod:`.replanning`), edits by hand (:mod:`.editing`), undo snapshots
(:mod:`.snapshots`) and the group colours (:mod:`.colours`).

What a set was asked for lives in ``GroupSet.constraints`` (JSON):
``apart`` (pairs of person ids), ``together`` (lists of ids), ``pins``
(person id -> group number, 1-based), ``balance`` (field names) and
``history`` (whether earlier group sets count as meetings). Live events:
finished rounds are locked (``locked_rounds`` counts them from the first);
:func:`replan` re-plans only the rounds after them, for the people present
now, keeping locked members where they are; :func:`add_round` plans one more
round against all the earlier ones; :func:`move_member` is a manual move,
marked on the member (``moved``) so that re-plans keep it — a facilitator's
move is a decision — unless asked to discard manual moves.
:func:`snapshot_set` and :func:`restore_snapshot` let the GUI undo a re-plan or
an added round.

May import the store, the grouping engine and the other services (people,
attendance, agenda, search); never ``sync``, ``printing``, ``cli`` or ``gui``.
Its face is below: what the command line, the GUI, printing and the demo use.
"""

from wltdesk.groups.colours import GROUP_COLOURS, contrast_ratio, ink_for
from wltdesk.groups.editing import (
    Move,
    delete_set,
    move_member,
    restore_set,
    set_locked,
    undo_move,
    update_group,
)
from wltdesk.groups.making import Wish, make_set, record_set
from wltdesk.groups.members import (
    BalanceField,
    balance_fields,
    member,
    present_people,
    resolve_person,
)
from wltdesk.groups.replanning import add_round, lock_rounds, replan
from wltdesk.groups.snapshots import SetSnapshot, restore_snapshot, snapshot_set
from wltdesk.groups.views import (
    GroupSetSummary,
    GroupSetView,
    GroupView,
    MemberView,
    RoundView,
    list_sets,
    resolve_set,
    set_view,
)

__all__ = [
    "GROUP_COLOURS",
    "BalanceField",
    "GroupSetSummary",
    "GroupSetView",
    "GroupView",
    "MemberView",
    "Move",
    "RoundView",
    "SetSnapshot",
    "Wish",
    "add_round",
    "balance_fields",
    "contrast_ratio",
    "delete_set",
    "ink_for",
    "list_sets",
    "lock_rounds",
    "make_set",
    "member",
    "move_member",
    "present_people",
    "record_set",
    "replan",
    "resolve_person",
    "resolve_set",
    "restore_set",
    "restore_snapshot",
    "set_locked",
    "set_view",
    "snapshot_set",
    "undo_move",
    "update_group",
]
