"""The group engine: planning balanced, mixed breakout groups from plain data.

Owns forming groups over one or more rounds — the request and its answer as
plain data (:mod:`.request`), the tabu search and what it works on
(:mod:`.search`, with :mod:`.problem`, :mod:`.state`, :mod:`.start` and
:mod:`.moves`), the constructions from design theory it starts from
(:mod:`.designs`) and the search over who sits in which of their cells
(:mod:`.relabel`), the work a plan may take, in steps (:mod:`.budget`), and the
quality report in plain language (:mod:`.assess`).
It has no database: :mod:`wltdesk.groups` stores what it plans and calls
:func:`assess` again after manual moves.

May import nothing of ours but :mod:`wltdesk.errors` and plain data; never the
store, a service, ``sync``, ``printing``, ``cli`` or ``gui``. Its face is below.
"""

from wltdesk.grouping.assess import assess
from wltdesk.grouping.request import Constraints, Member, Plan, Quality, Request, group_count
from wltdesk.grouping.search import plan

__all__ = [
    "Constraints",
    "Member",
    "Plan",
    "Quality",
    "Request",
    "assess",
    "group_count",
    "plan",
]
