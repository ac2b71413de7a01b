"""events: short_name for badges; certificate_code, signatories, logos, certificate_date

Revision ID: 0013
Revises: 0012

All empty for every event made before: badges print the event's name (or its
initials when it is long), certificates number from the name and year, carry the
two unnamed signature lines they had, and are dated the event's last day.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("short_name", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("certificate_code", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("signatories", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("logos", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("certificate_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        for column in ("certificate_date", "logos", "signatories", "certificate_code"):
            batch_op.drop_column(column)
        batch_op.drop_column("short_name")
