"""Which values a field may hold: the schema's rules, checked before anything is written.

A value that a store cannot hold must never reach the change log: SQLite would
take almost anything (a 500 kB name, a NUL, a number where a date belongs) and
pass it on in every bundle, and then the organizer's PostgreSQL store, or the
merge itself, fails on it — on every sync of every laptop. So every change is
checked against these rules twice: by the :class:`~wltdesk.store.changes.Writer`,
a safety net under the services' own checks, and by the bundle reader before
anything of a bundle is applied (:mod:`wltdesk.sync.changelines`). The rules are
plain Python on the log's JSON values, so SQLite and PostgreSQL stores accept and
refuse exactly the same changes.

The rules come from the models: a field must be a content column of its entity
(:func:`~wltdesk.store.changes.content_columns`; ``id``, ``event_id`` and ``hlc``
are bookkeeping, never set by a change); its column type says text (at most the
``String`` length, or :data:`TEXT_LIMIT` for ``Text``), whole number (within
PostgreSQL's ``INTEGER``), true/false, date or date and time (ISO 8601 as
:func:`~wltdesk.store.changes.encode` writes them, years :data:`FIRST_DAY` to
:data:`LAST_DAY`); a foreign key holds a row id (a UUID); a JSON column the shape
its ``Mapped[...]`` annotation names, nested at most :data:`JSON_DEPTH` deep and
at most :data:`JSON_LIMIT` characters long; a column that is not nullable takes
no null. No text anywhere holds a NUL (PostgreSQL refuses it) or half of a
surrogate pair (not Unicode; no driver can store it). A few fields take only the
values the services write: the choices of :data:`CHOICES` and the patterns of
:data:`PATTERNS`. ``docs/export-format.md`` lists all of it for outside writers.

Each rule checks one value (:meth:`Rule.problem`, which says what is wrong) or a
whole column of values at once (:meth:`Rule.all_valid`, for the speed of a merge:
a call per value cost as much as parsing the bundle).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from operator import itemgetter
from typing import Any, get_args, get_origin, get_type_hints

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text

from wltdesk.errors import UserError
from wltdesk.language import _
from wltdesk.store.models import (
    ATTENDANCE_SOURCES,
    ATTENDANCE_STATUSES,
    ITEM_STATUSES,
    ORDER_MODES,
    OUTPUT_LANGUAGES,
    PERSON_ROLES,
    SYNCABLE,
    VISIBILITIES,
    Syncable,
)

#: The most characters a ``Text`` column (notes, reflections, prompts, goals) holds.
TEXT_LIMIT = 100_000
#: The most characters a JSON column's value takes, written as JSON.
JSON_LIMIT = 200_000
#: How deep lists and objects may sit inside each other in a JSON column (a list of
#: text is 1 deep; the deepest the app writes, a group set's pairs, is 3).
JSON_DEPTH = 5
#: Whole numbers as PostgreSQL's ``INTEGER`` holds them (SQLite would take more).
SMALLEST_INTEGER, LARGEST_INTEGER = -(2**31), 2**31 - 1
#: The first and last day a date (or a date and time) may fall on.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)

#: Fields that take one of a few words, as the services write them.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("people", "role"): PERSON_ROLES,
    ("attendance", "status"): ATTENDANCE_STATUSES,
    ("attendance", "source"): ATTENDANCE_SOURCES,
    ("reflections", "visibility"): VISIBILITIES,
    ("action_items", "status"): ITEM_STATUSES,
    ("circles", "order_mode"): ORDER_MODES,
    ("events", "output_language"): OUTPUT_LANGUAGES,
}
#: Text fields with a form (what they must look like, and how to say it).
PATTERNS: dict[tuple[str, str], tuple[str, str]] = {
    # The groups pane and printouts read it as six hex digits.
    ("groups", "colour"): (r"#[0-9A-Fa-f]{6}", "a colour as #RRGGBB"),
    # A zone's name only: whether the zone exists depends on the machine's zone data,
    # and stores must agree on what they take; the services check it where it is used.
    ("events", "timezone"): (
        r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*",
        _("a time zone name such as Asia/Dhaka"),
    ),
    # Certificate numbers are this code, a dash and the person's part (printing/issuer.py).
    ("events", "certificate_code"): (r"[A-Z0-9]{1,12}", _("1 to 12 capital letters or digits")),
    # Devices name themselves as HLC stamps do (see store/hlc.py).
    ("attendance", "device_id"): (r"[A-Za-z0-9_]{1,36}", "a device id"),
    ("badge_prints", "device_id"): (r"[A-Za-z0-9_]{1,36}", "a device id"),
    ("devices", "device"): (r"[A-Za-z0-9_]{1,36}", "a device id"),
}
#: JSON lists of person ids (the models' comments say so), checked like foreign keys.
ID_LISTS = frozenset(
    {("sessions", "facilitators"), ("circles", "speaking_order"), ("action_items", "owners")}
)

#: A row id as :func:`~wltdesk.store.models.new_id` makes it (and ``uuid5`` ids).
ROW_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: Row ids joined by newlines, each as :data:`ROW_ID` (which no newline matches).
_ROW_IDS = re.compile(rf"(?:{ROW_ID.pattern}\n)*{ROW_ID.pattern}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NONE = type(None)


def valid_row_ids(rows: Sequence[str]) -> bool:
    """Whether every one of ``rows`` (all text) is a row id, checked in one match."""
    if not rows:
        return True
    joined = "\n".join(rows)
    return joined.count("\n") == len(rows) - 1 and _ROW_IDS.fullmatch(joined) is not None


def _shown(value: Any) -> str:
    """A value as a message may quote it: short, and on one line."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _json_kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _text_problem(value: str) -> str | None:
    if "\x00" in value:
        return _("holds a NUL character")
    if not value.isascii() and _SURROGATE.search(value):
        return _("holds half of a surrogate pair (not Unicode)")
    return None


def _texts_valid(texts: list[str]) -> bool:
    """No NUL and no lone surrogate in any of ``texts``, checked in one pass."""
    joined = "".join(texts)
    return "\x00" not in joined and (joined.isascii() or _SURROGATE.search(joined) is None)


@dataclass(frozen=True)
class Rule:
    """What one field of one entity may hold; see the module docstring.

    ``kind`` is "text", "date", "datetime", "integer", "boolean" or "json";
    text may be narrowed by ``limit``, ``choices``, ``pattern`` (with its
    ``form`` in words) or be a row id (``row_id``); JSON follows ``shape``, the
    column's annotation without ``Mapped``.
    """

    entity: str
    field: str
    kind: str
    nullable: bool
    limit: int = 0
    choices: frozenset[str] = frozenset()
    pattern: re.Pattern[str] | None = None
    form: str = ""
    row_id: bool = False
    shape: Any = None

    @property
    def name(self) -> str:
        return f"{self.entity}.{self.field}"

    # ---------------------------------------------------------------- one value
    def problem(self, value: Any) -> str | None:
        """What is wrong with ``value`` (a JSON value, as in the log), or None."""
        if value is None:
            return None if self.nullable else _("must have a value (not null)")
        if self.kind == "json":
            return self._json_problem(value)
        if self.kind == "integer":
            if type(value) is not int:
                return _("must be a whole number, not {json_kind}").format(
                    json_kind=_json_kind(value)
                )
            if not SMALLEST_INTEGER <= value <= LARGEST_INTEGER:
                return _("is out of range ({SMALLEST_INTEGER:,} to {LARGEST_INTEGER:,})").format(
                    SMALLEST_INTEGER=SMALLEST_INTEGER, LARGEST_INTEGER=LARGEST_INTEGER
                )
            return None
        if self.kind == "boolean":
            return None if type(value) is bool else _("must be true or false, not {shown}").format(
                shown=_shown(value)
            )
        if type(value) is not str:
            return _("must be text, not {json_kind}").format(json_kind=_json_kind(value))
        if self.kind in ("date", "datetime"):
            return self._moment_problem(value)
        if len(value) > self.limit:
            return _("is longer than {limit:,} characters").format(limit=self.limit)
        wrong = _text_problem(value)
        if wrong:
            return wrong
        if self.choices and value not in self.choices:
            return _("must be one of {names}, not {shown}").format(
                names=', '.join(sorted(self.choices)), shown=_shown(value)
            )
        if self.row_id and ROW_ID.fullmatch(value) is None:
            return _("is not a row id (a UUID), {shown}").format(shown=_shown(value))
        if self.pattern is not None and self.pattern.fullmatch(value) is None:
            return _("is not {form}, {shown}").format(form=self.form, shown=_shown(value))
        return None

    def _moment_problem(self, value: str) -> str | None:
        if self.kind == "date":
            form, parse, pattern = _("a date (YYYY-MM-DD)"), date.fromisoformat, _DATE
        else:
            form = _("a date and time (YYYY-MM-DDTHH:MM:SS)")
            parse, pattern = _parse_moment, _DATETIME
        if pattern.fullmatch(value) is None:
            return _("is not {form}, {shown}").format(form=form, shown=_shown(value))
        try:
            moment = parse(value)
        except ValueError:
            return _("is not {form}, {shown}").format(form=form, shown=_shown(value))
        day = moment.date() if isinstance(moment, datetime) else moment
        if not FIRST_DAY <= day <= LAST_DAY:
            return _("is not between {FIRST_DAY} and {LAST_DAY}, {shown}").format(
                FIRST_DAY=FIRST_DAY, LAST_DAY=LAST_DAY, shown=_shown(value)
            )
        return None

    def _json_problem(self, value: Any) -> str | None:
        wrong = _shape_problem(value, self.shape, 0)
        if wrong:
            return wrong
        if self.row_id and not valid_row_ids(value):
            return _("holds something that is not a person id (a UUID)")
        if len(json.dumps(value, ensure_ascii=False)) > JSON_LIMIT:
            return _("is longer than {JSON_LIMIT:,} characters as JSON").format(
                JSON_LIMIT=JSON_LIMIT
            )
        return None

    # ---------------------------------------------------------------- a column
    def all_valid(self, values: list[Any]) -> bool:
        """Whether every one of ``values`` passes :meth:`problem`, checked a column
        at a time (mostly in C); never more lenient than :meth:`problem`."""
        types = set(map(type, values))
        if _NONE in types:
            if not self.nullable:
                return False
            values = [v for v in values if v is not None]
            types.discard(_NONE)
            if not values:
                return True
        if self.kind == "json":
            return self._json_valid(values)
        if self.kind == "integer":
            if types != {int}:
                return False
            return min(values) >= SMALLEST_INTEGER and max(values) <= LARGEST_INTEGER
        if self.kind == "boolean":
            return types == {bool}
        if types != {str}:
            return False
        if self.kind in ("date", "datetime"):
            return self._moments_valid(values)
        if max(map(len, values)) > self.limit or not _texts_valid(values):
            return False
        if self.choices and not set(values) <= self.choices:
            return False
        if self.row_id and not valid_row_ids(values):
            return False
        return self.pattern is None or all(map(self.pattern.fullmatch, values))

    def _json_valid(self, values: list[Any]) -> bool:
        """:meth:`all_valid` for JSON: flat lists of text and flat objects (what almost
        every value is: roster extras, prompts, themes, owners) a column at a time,
        anything nested value by value."""
        item = _FLAT.get(self.shape)
        if item is None or set(map(type, values)) != {item[0]}:
            return all(self.problem(v) is None for v in values)
        if item[0] is dict:
            keys = list(chain.from_iterable(values))
            inner = list(chain.from_iterable(map(dict.values, values)))
        else:
            keys, inner = [], list(chain.from_iterable(values))
        kinds = set(map(type, inner))
        if not kinds <= item[1]:
            return all(self.problem(v) is None for v in values)
        texts = keys + (inner if kinds <= {str} else [v for v in inner if type(v) is str])
        if not _texts_valid(texts) or (self.row_id and not valid_row_ids(inner)):
            return False
        # Written as JSON, no value is longer than its most items, each the longest
        # text escaped (6 characters at most for one) with its quotes, key and commas.
        longest = max(map(len, texts), default=0)
        if max(map(len, values)) * (12 * longest + 48) + 2 <= JSON_LIMIT:
            return True
        return all(len(json.dumps(v, ensure_ascii=False)) <= JSON_LIMIT for v in values)

    def _moments_valid(self, values: list[str]) -> bool:
        pattern, parse = (
            (_DATE, date.fromisoformat)
            if self.kind == "date"
            else (
                _DATETIME,
                _parse_moment,
            )
        )
        if not all(map(pattern.fullmatch, values)):
            return False
        try:
            list(map(parse, values))
        except ValueError:
            return False
        # Written as the patterns say, the text sorts as the moments do.
        first, last = min(values)[:10], max(values)[:10]
        return first >= FIRST_DAY.isoformat() and last <= LAST_DAY.isoformat()


#: JSON shapes checked a column at a time when flat: (container, the item types that
#: need no nesting check). Whole numbers are left to the value-by-value check (a
#: number of thousands of digits would spoil the length bound).
_FLAT: dict[Any, tuple[type, set[type]]] = {
    list[str]: (list, {str}),
    dict[str, Any]: (dict, {str, bool, _NONE}),
}


def _parse_moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _shape_problem(value: Any, shape: Any, depth: int) -> str | None:
    """What is wrong with a JSON value for a column annotated ``shape``, or None."""
    if isinstance(value, list | dict) and depth >= JSON_DEPTH:
        return _("is nested deeper than {JSON_DEPTH} levels").format(JSON_DEPTH=JSON_DEPTH)
    origin = get_origin(shape)
    if shape is Any:
        if isinstance(value, list):
            items: Iterable[Any] = value
        elif isinstance(value, dict):
            items = value.values()
            wrong = next(filter(None, map(_text_problem, value)), None)
            if wrong:
                return wrong
        elif isinstance(value, str):
            return _text_problem(value)
        elif isinstance(value, float):
            return None if math.isfinite(value) else _("holds a number that is not finite")
        else:
            return None  # null, true/false, whole numbers
        for item in items:
            wrong = _shape_problem(item, Any, depth + 1)
            if wrong:
                return wrong
        return None
    if shape is str:
        return _text_problem(value) if type(value) is str else _("must hold text only")
    if origin is list:
        if not isinstance(value, list):
            return _("must be a list, not {json_kind}").format(json_kind=_json_kind(value))
        (item_shape,) = get_args(shape)
        for item in value:
            wrong = _shape_problem(item, item_shape, depth + 1)
            if wrong:
                return wrong
        return None
    if origin is dict:
        if not isinstance(value, dict):
            return _("must be an object, not {json_kind}").format(json_kind=_json_kind(value))
        _key_shape, item_shape = get_args(shape)
        wrong = next(filter(None, map(_text_problem, value)), None)
        if wrong:
            return wrong
        for item in value.values():
            wrong = _shape_problem(item, item_shape, depth + 1)
            if wrong:
                return wrong
        return None
    raise TypeError(f"no JSON rule for {shape!r}")  # a model annotation this module lacks


# ------------------------------------------------------------------ rules from the models
def _column_shape(model: type[Syncable], key: str) -> Any:
    """The annotation of a JSON column without ``Mapped[...]`` and ``| None``."""
    (hint,) = get_args(get_type_hints(model)[key])
    if get_origin(hint) in (list, dict):
        return hint
    (kind,) = [k for k in get_args(hint) if k is not _NONE]  # ``X | None``
    return kind


def _rule(model: type[Syncable], column: Any) -> Rule:
    entity, key = model.__tablename__, column.key
    kind_of = column.type
    base = {"entity": entity, "field": key, "nullable": bool(column.nullable)}
    if isinstance(kind_of, JSON):
        return Rule(
            kind="json", shape=_column_shape(model, key), row_id=(entity, key) in ID_LISTS, **base
        )
    if isinstance(kind_of, Boolean):
        return Rule(kind="boolean", **base)
    if isinstance(kind_of, Integer):
        return Rule(kind="integer", **base)
    if isinstance(kind_of, DateTime):
        return Rule(kind="datetime", **base)
    if isinstance(kind_of, Date):
        return Rule(kind="date", **base)
    if isinstance(kind_of, Text):
        limit = TEXT_LIMIT
    elif isinstance(kind_of, String) and kind_of.length:
        limit = kind_of.length
    else:
        raise TypeError(_("no rule for {entity}.{key} ({kind_of!r})").format(
            entity=entity, key=key, kind_of=kind_of
        ))  # a new column type
    pattern, form = PATTERNS.get((entity, key), (None, ""))
    return Rule(
        kind="text",
        limit=limit,
        choices=frozenset(CHOICES.get((entity, key), ())),
        pattern=re.compile(pattern) if pattern else None,
        form=form,
        row_id=bool(column.foreign_keys),
        **base,
    )


def _rules() -> dict[tuple[str, str], Rule]:
    # The columns changes.content_columns gives (changes imports this module for
    # its Writer, so this one cannot import changes): all but the bookkeeping ones.
    return {
        (model.__tablename__, column.key): _rule(model, column)
        for model in SYNCABLE
        for column in model.__table__.columns
        if column.key not in Syncable.bookkeeping
    }


_RULES: dict[tuple[str, str], Rule] = {}


def rules() -> dict[tuple[str, str], Rule]:
    """Every field a change may set, by (entity, field), with its rule."""
    if not _RULES:
        _RULES.update(_rules())
    return _RULES


def field_problem(entity: str, field: str) -> str | None:
    """Why a change may not set ``field`` of ``entity`` at all, or None if it may."""
    if (entity, field) in rules():
        return None
    if field in Syncable.bookkeeping:
        return _("{entity}.{field} is bookkeeping, which no change may set").format(
            entity=entity, field=field
        )
    return _("{entity} has no field {shown}").format(entity=entity, shown=_shown(field))


def change_problem(entity: str, field: str, value: Any) -> str | None:
    """What is wrong with a change (a JSON value), named ``entity.field``, or None."""
    wrong = field_problem(entity, field)
    if wrong:
        return wrong
    rule = rules()[entity, field]
    wrong = rule.problem(value)
    return f"{rule.name} {wrong}" if wrong else None


def valid_changes(entities: Sequence[str], fields: Sequence[str], values: Sequence[Any]) -> bool:
    """Whether every change (three columns of a batch) passes :func:`change_problem`.

    Values are grouped by field and each group checked a column at a time; on
    False the caller looks line by line, to name the first bad one.
    """
    keys = list(zip(entities, fields, strict=True))
    known = rules()
    wanted = set(keys)
    if not wanted <= known.keys():
        return False
    if len(wanted) == 1:
        return known[keys[0]].all_valid(list(values))
    grouped: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for key, value in zip(keys, values, strict=True):
        grouped[key].append(value)
    return all(known[key].all_valid(group) for key, group in grouped.items())


# ------------------------------------------------------------------ the write path
def _as_logged(rule: Rule, values: list[Any]) -> list[Any]:
    """Values given to the Writer as the log will hold them (see
    :func:`~wltdesk.store.changes.encode`): dates as ISO text, JSON as parsed back."""
    if rule.kind == "json":
        logged = []
        for value in values:
            try:  # tuples become lists, as in the log
                logged.append(json.loads(json.dumps(value)))
            except (TypeError, ValueError):
                logged.append(value)  # not JSON at all: the rule says so
        return logged
    if {date, datetime} & set(map(type, values)):
        return [v.isoformat() if isinstance(v, date) else v for v in values]
    return values


def check_rows(
    model: type[Syncable],
    rows: Sequence[Mapping[str, Any]],
    fields: Iterable[str] | None = None,
) -> None:
    """Refuse (:class:`UserError` naming ``entity.field``) rows a store may not hold.

    ``rows`` hold the ``fields`` (by default those of the first row) as given to
    the Writer, as Python values. Checked a column at a time: a roster import
    writes thousands of rows at once.
    """
    if not rows:
        return
    entity = model.__tablename__
    known = rules()
    for key in rows[0] if fields is None else fields:
        rule = known.get((entity, key))
        if rule is None:
            raise UserError(_("cannot write: {field_problem}").format(
                field_problem=field_problem(entity, key)
            ))
        column = _as_logged(rule, list(map(itemgetter(key), rows)))
        if not rule.all_valid(column):
            wrong = next(w for w in map(rule.problem, column) if w)
            raise UserError(_("cannot write: {name} {wrong}").format(name=rule.name, wrong=wrong))


def check_values(model: type[Syncable], values: Mapping[str, Any]) -> None:
    """:func:`check_rows` for one row's fields."""
    check_rows(model, [values])


def check_row_ids(model: type[Syncable], ids: Sequence[Any]) -> None:
    """Refuse row ids (or event ids) that readers would refuse (see :data:`ROW_ID`)."""
    if all(type(i) is str for i in ids) and valid_row_ids(ids):
        return
    wrong = next(i for i in ids if type(i) is not str or ROW_ID.fullmatch(i) is None)
    raise UserError(_("cannot write: {__tablename__} id {shown} is not a UUID").format(
        __tablename__=model.__tablename__, shown=_shown(wrong)
    ))
