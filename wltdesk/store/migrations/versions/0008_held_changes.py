"""held_changes: changes stamped too far ahead, held for review

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "held_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("bundle", sa.Text(), nullable=False),
        sa.Column("ahead_ms", sa.BigInteger(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_changes")),
        sa.UniqueConstraint(
            "entity", "row_id", "field", "hlc", name="uq_held_changes_identity"
        ),
    )
    with op.batch_alter_table("held_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_held_changes_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_held_changes_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("held_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_held_changes_hlc"))
        batch_op.drop_index(batch_op.f("ix_held_changes_event_id"))
    op.drop_table("held_changes")
