"""sync_seen: remember a refused bundle, with why and its content hash

A bundle on a target that was refused is not read again until it changes:
``refused`` keeps why (null for one that merged), ``sha256`` the content it
was refused for, so that a bundle rewritten at the same size is read again.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_seen", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("refused", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_seen", schema=None) as batch_op:
        batch_op.drop_column("refused")
        batch_op.drop_column("sha256")
