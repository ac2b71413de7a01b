"""changes: each write kept once (edits), its fields beside it; no index nothing reads

Revision ID: 0015
Revises: 0014

The log held every field with its event, entity, row, stamp and device, under
three indexes besides its key (one of them on the event, which has one value
per event): 90 % of a store, 4 kB per person of a roster. Now a write's shared
part is an ``edits`` row, once, and each field is (edit, field, value); the
identity of a change, (entity, row, field, stamp), is unique as before, and each
field keeps its causal context (``seen``, revision 0012).

An edit's id is the greatest log position (``seq``) of its changes, so export
marks (``sync_targets.last_seq``, the marks in ``store_meta``) and the numbers in
bundle and backup names keep meaning what they meant, and new ones keep growing.

New: ``merged_bundles``, the bundles this store has merged (by the SHA-256 of their
changes), so that merging one again costs its reading, not a merge.

Also dropped: the stamp index of every syncable table (no query looks rows up by
stamp) and ``attendance.session_id``'s own index (the (session, person) unique
index serves look-ups by session).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCABLE = (
    "events",
    "devices",
    "people",
    "sessions",
    "attendance",
    "badge_prints",
    "group_sets",
    "groups",
    "group_members",
    "circles",
    "prompts",
    "reflections",
    "action_plans",
    "action_items",
)


def upgrade() -> None:
    op.create_table(
        "edits",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edits")),
        sa.UniqueConstraint("entity", "row_id", "hlc", name="uq_edits_identity"),
    )
    op.create_index(op.f("ix_edits_hlc"), "edits", ["hlc"], unique=False)
    op.execute(
        "INSERT INTO edits (id, event_id, entity, row_id, hlc, device_id) "
        "SELECT max(seq), min(event_id), entity, row_id, hlc, min(device_id) "
        "FROM changes GROUP BY entity, row_id, hlc"
    )
    op.create_table(
        "changes_0015",
        sa.Column("edit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("seen", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("edit_id", "field", name="pk_changes_0015"),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO changes_0015 (edit_id, field, value, seen) "
        "SELECT e.id, c.field, c.value, c.seen FROM changes c JOIN edits e "
        "ON e.entity = c.entity AND e.row_id = c.row_id AND e.hlc = c.hlc "
        "ORDER BY e.id, c.field"
    )
    op.drop_table("changes")
    op.rename_table("changes_0015", "changes")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE changes RENAME CONSTRAINT pk_changes_0015 TO pk_changes")
    for table in SYNCABLE:
        op.drop_index(f"ix_{table}_hlc", table_name=table, if_exists=True)
    op.drop_index("ix_attendance_session_id", table_name="attendance", if_exists=True)
    op.create_table(
        "merged_bundles",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_merged_bundles")),
    )


def downgrade() -> None:
    op.drop_table("merged_bundles")
    for table in SYNCABLE:
        op.create_index(f"ix_{table}_hlc", table, ["hlc"], unique=False)
    op.create_index("ix_attendance_session_id", "attendance", ["session_id"], unique=False)
    op.rename_table("changes", "changes_0015")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE changes_0015 RENAME CONSTRAINT pk_changes TO pk_changes_0015")
    op.create_table(
        "changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seen", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_changes")),
        sa.UniqueConstraint("entity", "row_id", "field", "hlc", name="uq_changes_identity"),
    )
    op.create_index(op.f("ix_changes_event_id"), "changes", ["event_id"], unique=False)
    op.create_index(op.f("ix_changes_hlc"), "changes", ["hlc"], unique=False)
    op.execute(
        "INSERT INTO changes (event_id, entity, row_id, field, value, hlc, device_id, seen) "
        "SELECT e.event_id, e.entity, e.row_id, c.field, c.value, e.hlc, e.device_id, c.seen "
        "FROM changes_0015 c JOIN edits e ON e.id = c.edit_id ORDER BY e.id, c.field"
    )
    op.drop_table("changes_0015")
    op.drop_table("edits")
