"""badge prints: the reprint log of badges

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "badge_prints",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_badge_prints_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_badge_prints_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge_prints")),
    )
    with op.batch_alter_table("badge_prints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_badge_prints_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_badge_prints_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_badge_prints_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("badge_prints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_prints_person_id"))
        batch_op.drop_index(batch_op.f("ix_badge_prints_hlc"))
        batch_op.drop_index(batch_op.f("ix_badge_prints_event_id"))
    op.drop_table("badge_prints")
