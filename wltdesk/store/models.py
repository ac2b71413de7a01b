"""The domain model: every table of an event store, as typed SQLAlchemy 2 classes.

Two kinds of table live here:

* **Syncable** tables (:class:`Syncable` subclasses) hold what facilitators
  type. Their primary key is a random UUID (two laptops never hand out the same
  id), every row belongs to an event, carries the HLC stamp of its last change
  and is never physically deleted: a delete sets ``deleted`` (a tombstone) so
  that it can travel to other laptops like any other edit.
* **Local** tables (:class:`Change`, :class:`StoreMeta`, :class:`EventKey`,
  :class:`HeldChange`…) belong to this store only. ``Change`` is the append-only log
  that sync ships; the syncable tables are the state that log materializes to. The
  event key is local on purpose: it is the team's secret, so it is never a field a
  bundle could carry or change.

Timestamps of moments (a check-in) are naive UTC. Session times are naive wall
times in the event's own time zone, because that is how an agenda is written.
Schema changes go through Alembic migrations in ``wltdesk/migrations``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    join,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PERSON_ROLES = ("participant", "facilitator", "organizer")
ATTENDANCE_STATUSES = ("present", "late", "excused", "absent")
#: Where a check-in came from, when not from the desk itself (None): read from a photo or
#: scan of a printed sign-in sheet, or typed in from one (``wltdesk.paper``).
ATTENDANCE_SOURCES = ("paper", "paper-typed")
VISIBILITIES = ("private", "organizers", "public")
ITEM_STATUSES = ("planned", "in progress", "done", "dropped")
#: How a circle's speaking order is made (``Circle.order_mode``).
ORDER_MODES = ("random", "seated", "manual")
#: The languages an event's printouts are made in (``Event.output_language``): English,
#: Bengali, or both ("en+bn": headings and labels in English and Bengali).
OUTPUT_LANGUAGES = ("en", "bn", "en+bn")


def new_id() -> str:
    """A random UUID in text form, the primary key of every syncable row."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        str: String(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, Any]]: JSON(),
    }


class Syncable(Base):
    """Columns every synced row shares; see the module docstring."""

    __abstract__ = True
    #: Fields that are bookkeeping, not content: never logged as changes.
    bookkeeping: ClassVar[frozenset[str]] = frozenset({"id", "event_id", "hlc"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Not indexed: no query looks rows up by stamp (the log does, see :class:`Edit`).
    hlc: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Syncable):
    """A training: the unit everything else belongs to and that sync exchanges."""

    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    late_grace_minutes: Mapped[int] = mapped_column(Integer, default=10)
    #: Who took the event's photos and under what licence, one credit per line
    #: ("Rakib Hasan — CC BY-SA 4.0"); the event report prints them.
    photo_credits: Mapped[str | None] = mapped_column(Text)
    #: The language its PDFs are printed in (:data:`OUTPUT_LANGUAGES`); empty means
    #: English. A print can still ask for another (``print --lang``).
    output_language: Mapped[str | None] = mapped_column(String(8))
    #: The event's name as badges print it in their top band ("LTD 2026"); empty: the
    #: name itself when it fits, else its initials (:mod:`wltdesk.printing.badges`).
    short_name: Mapped[str | None] = mapped_column(String(60))
    #: What certificates carry, set by the organizer (:mod:`wltdesk.printing.issuer`):
    #: the code their numbers start with ("LTD26"; empty: made from the name and year),
    #: up to three signatories (``{"name", "title"}``), up to three logos (PNG or JPEG,
    #: base64, made small enough to travel) and the date of issue (empty: the last day).
    certificate_code: Mapped[str | None] = mapped_column(String(12))
    signatories: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    logos: Mapped[list[str] | None] = mapped_column(JSON)
    certificate_date: Mapped[date | None] = mapped_column(Date)

    @property
    def event_id(self) -> str:
        return self.id


class EventOwned(Syncable):
    __abstract__ = True

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)


class Person(EventOwned):
    """Anyone on the roster: participant, facilitator or organizer."""

    __tablename__ = "people"

    role: Mapped[str] = mapped_column(String(20), default="participant")
    display_name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str | None] = mapped_column(String(200))
    wiki_username: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    region: Mapped[str | None] = mapped_column(String(100))
    affiliation: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(50))
    pronouns: Mapped[str | None] = mapped_column(String(50))
    languages: Mapped[str | None] = mapped_column(String(200))
    photo_consent: Mapped[bool | None] = mapped_column(Boolean)
    #: Agreed to appear on the published participant list.
    list_consent: Mapped[bool | None] = mapped_column(Boolean)
    badge_code: Mapped[str] = mapped_column(String(16), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Roster columns that have no field of their own, kept by header name.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EventSession(EventOwned):
    """One slot of the agenda ("Session" in the domain; renamed to avoid SQLAlchemy's)."""

    __tablename__ = "sessions"

    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(50), default="session")
    room: Mapped[str | None] = mapped_column(String(100))
    #: Person ids of the facilitators running the session.
    facilitators: Mapped[list[str]] = mapped_column(JSON, default=list)


class Attendance(EventOwned):
    """A person's presence at a session.

    The id is derived from (session, person), so two laptops that check in the
    same person to the same session create the same row, not two.
    """

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    #: Found by session through the (session, person) unique index.
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"))
    status: Mapped[str] = mapped_column(String(20))
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36))
    #: One of :data:`ATTENDANCE_SOURCES`, or None for a check-in at the desk.
    source: Mapped[str | None] = mapped_column(String(20))


class BadgePrint(EventOwned):
    """One badge printed for one person: the reprint log, so a second print asks first.

    A row per print (not a flag on the person) so two laptops printing the same
    badge leave two rows and neither print is forgotten.
    """

    __tablename__ = "badge_prints"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(36))


class GroupSet(EventOwned):
    """A breakout exercise: one or more rounds of groups formed together."""

    __tablename__ = "group_sets"

    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"))
    name: Mapped[str] = mapped_column(String(200))
    strategy: Mapped[str] = mapped_column(String(50), default="mixed")
    rounds: Mapped[int] = mapped_column(Integer, default=1)
    group_size: Mapped[int | None] = mapped_column(Integer)
    group_count: Mapped[int | None] = mapped_column(Integer)
    #: Keep-apart pairs, keep-together sets, pins, balance fields.
    constraints: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    locked_rounds: Mapped[int] = mapped_column(Integer, default=0)


class Group(EventOwned):
    """One group in one round of a group set."""

    __tablename__ = "groups"

    group_set_id: Mapped[str] = mapped_column(ForeignKey("group_sets.id"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str | None] = mapped_column(String(16))
    room: Mapped[str | None] = mapped_column(String(100))
    #: Regional groups draft action plans; this ties a group to its region.
    region: Mapped[str | None] = mapped_column(String(100))


class GroupMember(EventOwned):
    __tablename__ = "group_members"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Placed here by hand (a drag or ``groups move``): a re-plan keeps the person
    #: in this group, as a decision, unless asked to discard manual moves.
    moved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Circle(EventOwned):
    """A reflection circle: prompts, a speaking order and a time per speaker."""

    __tablename__ = "circles"

    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"))
    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id"))
    title: Mapped[str] = mapped_column(String(200))
    prompts: Mapped[list[str]] = mapped_column(JSON, default=list)
    order_mode: Mapped[str] = mapped_column(String(20), default="random")
    #: Person ids in speaking order.
    speaking_order: Mapped[list[str]] = mapped_column(JSON, default=list)
    seconds_per_speaker: Mapped[int] = mapped_column(Integer, default=120)
    allow_pass: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Who spoke for how long and who passed: [{"person_id", "seconds", "passed"}].
    turns: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class Prompt(EventOwned):
    """A facilitator's own circle prompt, kept with the event so every laptop has it.

    The built-in library ships in ``resources/``; these rows are the additions.
    """

    __tablename__ = "prompts"

    text: Mapped[str] = mapped_column(Text)
    #: The same prompt in Bengali (or the facilitator's second language).
    text_bn: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Reflection(EventOwned):
    """A note taken in a circle; visibility decides where it may travel."""

    __tablename__ = "reflections"

    circle_id: Mapped[str] = mapped_column(ForeignKey("circles.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    visibility: Mapped[str] = mapped_column(String(20), default="private")


class ActionPlan(EventOwned):
    __tablename__ = "action_plans"

    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id"))
    region: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str | None] = mapped_column(Text)


class ActionItem(EventOwned):
    __tablename__ = "action_items"

    plan_id: Mapped[str] = mapped_column(ForeignKey("action_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    #: Person ids of the owners.
    owners: Mapped[list[str]] = mapped_column(JSON, default=list)
    due_date: Mapped[date | None] = mapped_column(Date)
    resources: Mapped[str | None] = mapped_column(Text)
    success_indicator: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    notes: Mapped[str | None] = mapped_column(Text)


class Device(EventOwned):
    """A laptop of the event: its name for reviews, its signing key, and whether an
    organizer revoked it (see :mod:`wltdesk.devices`).

    The row id is derived from the event and the device id
    (:func:`wltdesk.devices.device_row_id`), so one laptop has one row per event.
    """

    __tablename__ = "devices"

    #: The device id that HLC stamps and changes carry.
    device: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    #: The laptop's Ed25519 public key (64 hex digits), which checks the signature
    #: of every bundle it writes. Written once, by the laptop itself; None for a
    #: laptop that has not written since before laptops signed their bundles.
    public_key: Mapped[str | None] = mapped_column(String(64))
    #: True once an organizer revoked the laptop (lost or stolen): its bundles are
    #: refused from then on. Never set back: a bundle that tries is refused.
    revoked: Mapped[bool | None] = mapped_column(Boolean)


class Edit(Base):
    """One write of one row on one device, under one stamp: what every field that
    write logged shares, kept once (local; the unit of the log's storage).

    A change is (entity, row, field, value, stamp, device), but the fields a
    write logs share all of it but the field and value: a new person logs a
    dozen fields under one stamp. Stored per field, the shared part was most of
    the log (and of the store); stored once per write here, each field is an
    edit id, a name and a value (:data:`change_fields`).

    ``id`` is the log position (``Change.seq``): the order this store learnt
    of writes, given out by :func:`wltdesk.store.changes.next_edit_id` under
    the store's write lock, never by the database (the same on both back ends).
    """

    __tablename__ = "edits"
    #: The identity of a write across stores; it also serves look-ups by (entity, row_id).
    __table_args__ = (UniqueConstraint("entity", "row_id", "hlc", name="uq_edits_identity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    #: Indexed for the greatest stamp a store holds (its clock starts there).
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(36))


#: The fields an edit wrote, one row each: the value as JSON text (dates as ISO
#: strings), and its causal context ``seen``: the stamps of the values the writer
#: had seen in this field (for a check-in, in any of its fields), one per laptop, as
#: a JSON list (``[]``: a first write); NULL when unknown (logged before contexts
#: were recorded; see :mod:`wltdesk.store.causal`). Clustered by (edit, field) on
#: SQLite (no rowid, so no second copy of the key in an index): a change is found
#: from its edit, and a write's fields are stored side by side.
change_fields = Table(
    "changes",
    Base.metadata,
    Column("edit_id", Integer, primary_key=True, autoincrement=False),
    Column("field", String(60), primary_key=True),
    Column("value", Text, nullable=False),
    Column("seen", Text, nullable=True),
    sqlite_with_rowid=False,
)


class Change(Base):
    """One field written once, on one device: the unit that sync ships, read as
    one row although stored as its :class:`Edit` and its field (a join).

    ``seq`` is local (its edit's position: the order this store learnt of
    writes, used to find what is new since the last export); the identity of a
    change across stores is (entity, row_id, field, hlc). Read-only: the log is
    written through :mod:`wltdesk.store.changes`.
    """

    __table__ = join(change_fields, Edit.__table__, change_fields.c.edit_id == Edit.id)
    __mapper_args__: ClassVar[dict[str, Any]] = {"exclude_properties": ["id", "edit_id"]}

    seq: Mapped[int] = column_property(Edit.__table__.c.id, change_fields.c.edit_id)
    event_id: Mapped[str]
    entity: Mapped[str]
    row_id: Mapped[str]
    field: Mapped[str] = column_property(change_fields.c.field)
    value: Mapped[str] = column_property(change_fields.c.value)
    hlc: Mapped[str]
    device_id: Mapped[str]
    seen: Mapped[str | None] = column_property(change_fields.c.seen)


class StoreMeta(Base):
    """Facts about this store file itself, never synced: its device id, the device's
    private signing key and the instance token that tells a copied store from its
    original (:mod:`wltdesk.store.identity`), and export marks."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventKey(Base):
    """An event key this store holds: the team secret that locks (encrypts) and signs
    the event's bundles; local, never synced, never in a bundle.

    People pass it on by hand (text or QR code) or inside a passphrase-protected
    join package. ``key_id`` is a short fingerprint of the key that bundles name
    in clear, so a reader picks the right key without revealing it. An event has
    one current key (the one new bundles use); older ones stay so that bundles
    made before a change of key still open.
    """

    __tablename__ = "event_keys"
    __table_args__ = (
        Index(
            "uq_event_keys_current",
            "event_id",
            unique=True,
            sqlite_where=sql_text("is_current"),
            postgresql_where=sql_text("is_current"),
        ),
    )

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret: Mapped[str] = mapped_column(String(128))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SyncTarget(Base):
    """A place this store exports to and reads from (a folder or a WebDAV URL); local.

    ``last_seq`` is the export mark: the log position up to which this store's
    changes are already at the target, so a push sends only what is newer.
    """

    __tablename__ = "sync_targets"
    __table_args__ = (UniqueConstraint("event_id", "location", name="uq_sync_targets_place"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    location: Mapped[str] = mapped_column(Text)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_success: Mapped[datetime | None] = mapped_column(DateTime)
    last_attempt: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncSeen(Base):
    """A bundle file already read from a target (by name and size), so a sync
    does not download and verify it again; local.

    A refused one is remembered with why (``refused``) and the SHA-256 of what
    was refused: it is read again only once its size or content changes.
    """

    __tablename__ = "sync_seen"

    target_id: Mapped[int] = mapped_column(ForeignKey("sync_targets.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))
    refused: Mapped[str | None] = mapped_column(Text)


class MergedBundle(Base):
    """A bundle whose changes this store has merged, by the SHA-256 of its changes
    (as its authenticated manifest lists them); local, never synced.

    Merging is idempotent, so merging such a bundle again could only find every
    change known: a reader that meets it again checks its manifest, signature and
    checksum and skips the rest (:func:`wltdesk.sync.reading.open_bundle`).
    Written in the transaction that merged it.
    """

    __tablename__ = "merged_bundles"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    merged_at: Mapped[datetime] = mapped_column(DateTime)


class SyncRun(Base):
    """One sync, export or import as it happened, for the history and its errors; local."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime] = mapped_column(DateTime)
    sent: Mapped[int] = mapped_column(Integer, default=0)
    received: Mapped[int] = mapped_column(Integer, default=0)
    ok: Mapped[bool] = mapped_column(Boolean)
    message: Mapped[str | None] = mapped_column(Text)


class ConflictReview(Base):
    """A conflict reviewed on this laptop before reviews synced: the winning stamp
    accepted; local. Reviews are changes now (:mod:`wltdesk.sync.conflicts`); these
    rows only keep the older ones reviewed."""

    __tablename__ = "conflict_reviews"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))


class HeldChange(Base):
    """A change from another laptop held back for review; local, never synced.

    Its stamp was more than a day ahead of this laptop's clock when it arrived
    (see :mod:`wltdesk.sync.held`): applied, it would win every later edit of its
    field and drag this laptop's clock along. It waits here, out of the log (so it
    is never exported) until an organizer accepts it (its value is written anew
    by this laptop) or drops it; the row stays as the record of that decision,
    and as the reason the same change arriving again is not held twice.
    """

    __tablename__ = "held_changes"
    __table_args__ = (
        UniqueConstraint("entity", "row_id", "field", "hlc", name="uq_held_changes_identity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    #: The bundle it came in: a file's path, or a target and the name on it.
    bundle: Mapped[str] = mapped_column(Text)
    #: How far its stamp was ahead of this laptop's clock when it arrived (ms).
    ahead_ms: Mapped[int] = mapped_column(BigInteger)
    held_at: Mapped[datetime] = mapped_column(DateTime)
    #: "held", "accepted" or "dropped".
    status: Mapped[str] = mapped_column(String(10), default="held")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


#: Syncable entities in the order rows must exist in (parents before children).
SYNCABLE: tuple[type[Syncable], ...] = (
    Event,
    Device,
    Person,
    EventSession,
    Attendance,
    BadgePrint,
    GroupSet,
    Group,
    GroupMember,
    Circle,
    Prompt,
    Reflection,
    ActionPlan,
    ActionItem,
)
ENTITY_BY_NAME: dict[str, type[Syncable]] = {m.__tablename__: m for m in SYNCABLE}
