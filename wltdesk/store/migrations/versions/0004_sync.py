"""sync: targets with their export marks, files already read, run history, reviews

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_targets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_success", sa.DateTime(), nullable=True),
        sa.Column("last_attempt", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_targets")),
        sa.UniqueConstraint("event_id", "location", name="uq_sync_targets_place"),
    )
    with op.batch_alter_table("sync_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_targets_event_id"), ["event_id"], unique=False)
    op.create_table(
        "sync_seen",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_id"], ["sync_targets.id"], name=op.f("fk_sync_seen_target_id_sync_targets")
        ),
        sa.PrimaryKeyConstraint("target_id", "name", name=op.f("pk_sync_seen")),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_runs")),
    )
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_runs_event_id"), ["event_id"], unique=False)
    op.create_table(
        "conflict_reviews",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", "field", name=op.f("pk_conflict_reviews")),
    )


def downgrade() -> None:
    op.drop_table("conflict_reviews")
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_runs_event_id"))
    op.drop_table("sync_runs")
    op.drop_table("sync_seen")
    with op.batch_alter_table("sync_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_targets_event_id"))
    op.drop_table("sync_targets")
