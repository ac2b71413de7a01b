"""Group rosters (waiting for the groups service)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from wltdesk.errors import UserError
from wltdesk.store import Store


def report_section(store: Store, event_id: str, width: float) -> list[Flowable]:
    return []


def resolve_set(store: Store, event_id: str, selector: str) -> str:
    raise UserError("group rosters are not available yet")


def build_rosters(
    store: Store,
    event_id: str,
    set_id: str | None,
    paper: str = "a4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    raise UserError("group rosters are not available yet")
