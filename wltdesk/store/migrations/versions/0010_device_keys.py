"""devices: public_key and revoked (per-device identity)

Revision ID: 0010
Revises: 0009

Each laptop signs its bundles with its own Ed25519 key; the public key travels
as a field of its ``devices`` row, and an organizer can revoke a lost laptop.
The key pair itself is made when a store is first opened by this version
(``store_meta``), so nothing but the two columns is needed here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("revoked", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("revoked")
        batch_op.drop_column("public_key")
