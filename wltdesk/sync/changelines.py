"""The change lines of a bundle: their shape, and the rules each must pass.

Every line of a bundle's changes member is one JSON object with exactly the
fields ``entity``, ``row``, ``field``, ``value``, ``hlc`` and ``device``, and
``seen`` when its writer recorded what it had seen (the causal context, see
:mod:`wltdesk.store.causal`; lines of older writers have none) — see
``docs/export-format.md``. A line is checked before it can reach a store: a
known entity, text fields of sane length, a well-formed HLC stamp whose device
is the line's device and whose time lies in the range :mod:`wltdesk.store.hlc`
allows, a field its entity has (never the event key: it is not a field), a row
id that is a UUID, no change to another event, and a value the schema allows
(:mod:`wltdesk.store.validation`: type, length, choices, row ids, NUL,
nesting), and a context of older stamps, one per laptop. :func:`parse_lines`
checks and parses a whole batch of lines at once;
a refusal names the line, and for a value the field and why ("line 17:
people.display_name is longer than 200 characters").
"""

from __future__ import annotations

import json
import re
from itertools import repeat
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
from pathlib import Path
from typing import Any

from wltdesk.language import _
from wltdesk.store.causal import seen_problem, valid_seen
from wltdesk.store.changes import ChangeRow, content_columns, encode
from wltdesk.store.hlc import CEILING_HEX, FLOOR_HEX
from wltdesk.store.models import ENTITY_BY_NAME
from wltdesk.store.validation import ROW_ID, change_problem, valid_changes, valid_row_ids
from wltdesk.sync.bundle import refusal

_LINE_KEYS = frozenset({"entity", "row", "field", "value", "hlc", "device"})
#: The optional key: what the writer had seen (absent from lines of older writers).
SEEN = "seen"
_WITH_SEEN = _LINE_KEYS | {SEEN}

#: The fields a line may write, by entity: the model's logged columns
#: (``deleted`` among them). Anything else is refused — a field no table has
#: would wait in the log and travel on in every later bundle.
FIELDS = {name: frozenset(content_columns(model)) for name, model in ENTITY_BY_NAME.items()}
_PAIRS = frozenset((entity, name) for entity, names in FIELDS.items() for name in names)
#: The event key as format 1 carried it, a change of ``events``. Such lines are
#: let through the check of a format 1 bundle only to be dropped unread
#: (:mod:`.reading`); in any later format they are refused like any unknown field.
LEGACY_KEY = "signing_key"
_LEGACY_PAIRS = _PAIRS | {("events", LEGACY_KEY)}

_STAMP = re.compile(r"[0-9a-f]{12}-[0-9a-f]{4}-([A-Za-z0-9_]{1,36})")


def _change(path: Path, event_id: str, line: bytes, number: int, legacy: bool) -> None:
    """Check one JSON line; a refusal names the line."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise refusal(path, _("malformed change on line {number} (not JSON)").format(
            number=number),
        ) from None
    except RecursionError:
        raise refusal(path, _("malformed change on line {number} (nested too deeply)").format(
            number=number
        )) from None
    _checked(path, event_id, data, number, legacy)


_LINE_FIELDS = itemgetter("entity", "row", "field", "value", "hlc", "device")


def parse_lines(
    path: Path, event_id: str, lines: list[bytes], first: int, legacy: bool = False
) -> list[ChangeRow]:
    """Many lines at once, checked, as change rows (see :data:`ChangeRow`).

    One ``json.loads`` of the lines joined as an array is several times faster
    than a call per line, and the rows are built a column at a time, so that
    little but the parse runs per line. Any doubt falls back to line by line,
    which names the bad line. ``legacy`` (format 1) lets the event key's lines
    (:data:`LEGACY_KEY`) through, for the reader to drop.
    """
    if ROW_ID.fullmatch(event_id) is None:
        raise refusal(path, _("damaged manifest (the event id is not a UUID)"))
    try:
        items = json.loads(b"[" + b",".join(lines) + b"]")
    except (ValueError, UnicodeDecodeError, RecursionError):
        items = None
    if not isinstance(items, list) or len(items) != len(lines):
        for offset, line in enumerate(lines):
            _change(path, event_id, line, first + offset, legacy)
        raise refusal(path, _("malformed change near line {first} (lines run together)").format(
            first=first
        ))
    columns = _valid_columns(event_id, items, legacy)
    if columns is None:
        # Line by line: the exact rule, and a refusal that names the line.
        for offset, data in enumerate(items):
            _checked(path, event_id, data, first + offset, legacy)
        columns = tuple(zip(*map(_LINE_FIELDS, items), strict=True))
    entities, rows, names, values, stamps, devices = columns
    texts = [encode_basestring(v) if type(v) is str else encode(v) for v in values]
    # Most contexts are a first write's [] or one stamp: no call for those.
    seen = [
        None if known is None else "[]" if not known else _seen_text(known)
        for known in map(dict.get, items, repeat(SEEN))
    ]
    # repeat() never ends: the other columns, all as long as the batch, end the zip.
    return list(
        zip(repeat(event_id), entities, rows, names, texts, stamps, devices, seen, strict=False)
    )


def _seen_text(stamps: list[str]) -> str:
    """A checked context as the log holds it (in order, without spaces)."""
    return "[" + ",".join(f'"{stamp}"' for stamp in sorted(stamps)) + "]"


#: Stamps joined by newlines, each as :data:`_STAMP` (which no newline matches).
_STAMPS = re.compile(
    r"(?:[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}\n)*[0-9a-f]{12}-[0-9a-f]{4}-[A-Za-z0-9_]{1,36}"
)
_STAMP_PREFIX = len("0123456789ab-0000-")


def _valid_columns(
    event_id: str, items: list[Any], legacy: bool = False
) -> tuple[tuple[Any, ...], ...] | None:
    """The parsed lines as columns (see :data:`_LINE_FIELDS`) if every line passes
    :func:`_checked`, checked a column at a time: a function call per line cost a
    quarter of verifying a bundle. Never more lenient than :func:`_checked`; on
    None the caller checks line by line."""
    if not items or set(map(type, items)) != {dict}:
        return None
    sizes = set(map(len, items))
    if not sizes <= {len(_LINE_KEYS), len(_WITH_SEEN)}:
        return None
    if len(_WITH_SEEN) in sizes and not all(
        SEEN in item for item in items if len(item) == len(_WITH_SEEN)
    ):
        return None
    try:
        # Every line has the six keys (else KeyError) and no other (six in all).
        columns = tuple(zip(*map(_LINE_FIELDS, items), strict=True))
        entities, rows, names, values, stamps, devices = columns
        # join() takes text only (else TypeError); entities are checked against the
        # known names, devices against the stamps' text below.
        joined = "\n".join(stamps)
        "".join(rows)
        "".join(names)
        kinds = set(entities)
    except (KeyError, TypeError):
        return None
    if not kinds <= ENTITY_BY_NAME.keys():
        return None
    if not set(zip(entities, names, strict=True)) <= (_LEGACY_PAIRS if legacy else _PAIRS):
        return None
    if "events" in kinds and any(
        row != event_id for entity, row in zip(entities, rows, strict=True) if entity == "events"
    ):
        return None
    name_lengths = set(map(len, names))
    if not (min(name_lengths) > 0 and max(name_lengths) <= 60) or not valid_row_ids(rows):
        return None
    # Counting the newlines keeps a stamp with a newline inside from passing as two.
    if joined.count("\n") != len(stamps) - 1 or _STAMPS.fullmatch(joined) is None:
        return None
    if [stamp[_STAMP_PREFIX:] for stamp in stamps] != list(devices):
        return None
    # Fixed-width hex: the least and greatest stamps hold the least and greatest times.
    if min(stamps)[:12] < FLOOR_HEX or max(stamps)[:12] > CEILING_HEX:
        return None
    # A format 1 key line has no rule (it is no field): checked line by line, and dropped.
    if not valid_changes(entities, names, values):
        return None
    if len(_WITH_SEEN) in sizes:
        if not valid_seen([item.get(SEEN, None) for item in items], stamps):
            return None
        if any(item[SEEN] is None for item in items if SEEN in item):
            return None
    return columns


def _checked(path: Path, event_id: str, data: Any, number: int, legacy: bool = False) -> None:
    """Check a parsed line; a refusal names the line."""
    if type(data) is not dict or data.keys() not in (_LINE_KEYS, _WITH_SEEN):
        raise refusal(path, _("malformed change on line {number} (wrong fields)").format(
            number=number
        ))
    entity = data["entity"]
    row = data["row"]
    name = data["field"]
    stamp = data["hlc"]
    device = data["device"]
    if not (
        type(entity) is str
        and type(row) is str
        and type(name) is str
        and type(stamp) is str
        and type(device) is str
    ):
        raise refusal(path, _("malformed change on line {number} (fields must be text)").format(
            number=number
        ))
    if entity not in ENTITY_BY_NAME:
        raise refusal(path, _(
            "malformed change on line {number} (unknown entity {entity!r})"
        ).format(
            number=number, entity=entity
        ))
    if entity == "events" and row != event_id:
        raise refusal(path, _(
            "malformed change on line {number} (it changes another event)"
        ).format(
            number=number
        ))
    if not 0 < len(row) <= 36 or not 0 < len(name) <= 60:
        raise refusal(path, _("malformed change on line {number} (field too long)").format(
            number=number
        ))
    if name not in FIELDS[entity] and not (legacy and (entity, name) == ("events", LEGACY_KEY)):
        raise refusal(path, _(
            "malformed change on line {number} ({entity} has no field {name!r})"
        ).format(
            number=number, entity=entity, name=name
        ))
    matched = _STAMP.fullmatch(stamp)
    if matched is None:
        raise refusal(path, _("malformed change on line {number} (bad HLC stamp)").format(
            number=number
        ))
    if matched.group(1) != device:
        raise refusal(path, _(
            "malformed change on line {number} (stamp and device differ)"
        ).format(
            number=number
        ))
    if not FLOOR_HEX <= stamp[:12] <= CEILING_HEX:
        raise refusal(
            path,
            _(
                "malformed change on line {number} (HLC stamp {value!r} out of range: its time "
                "must lie between 2020-01-01 and 3000-01-01 UTC)"
            ).format(
                number=number, value=stamp[:17]
            ),
        )
    if ROW_ID.fullmatch(row) is None:
        raise refusal(path, _(
            "malformed change on line {number} (the row id is not a UUID)"
        ).format(
            number=number
        ))
    if legacy and (entity, name) == ("events", LEGACY_KEY):
        return  # dropped unread by the reader
    problem = change_problem(entity, name, data["value"])
    if problem is None and SEEN in data:
        problem = seen_problem(data[SEEN], stamp)
        problem = f"{entity}.{name} {problem}" if problem else None
    if problem:
        raise refusal(path, f"line {number}: {problem}")
