"""changes: seen, the causal context of each change

Revision ID: 0012
Revises: 0011

Each change records the stamps of the values its writer had seen in the same field
(``wltdesk.store.causal``), so a merge can tell a correction from a concurrent edit.
Changes logged before this revision have none (NULL): they are read as they were
before, every value from another laptop counting as concurrent.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seen", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_column("seen")
