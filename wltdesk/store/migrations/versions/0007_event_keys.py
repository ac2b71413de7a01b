"""event keys: a local table; the key is no longer a synced field of events

The event key used to be ``events.signing_key``, an ordinary synced field: it
travelled in clear inside every bundle, and a bundle could replace it. It now
lives in ``event_keys``, a table of this store only. The upgrade copies every
event's key there, deletes the key's changes from the log (they are secrets and
must never be exported again) and drops the column.

Revision ID: 0007
Revises: 0006
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key_id(secret: str) -> str:
    # The same as wltdesk.store.eventkeys.key_id (a migration keeps its own copy:
    # the application's may change later); a test keeps them equal.
    return hashlib.sha256(b"wltdesk event key id\n" + secret.encode("utf-8")).hexdigest()[:16]


def upgrade() -> None:
    keys = op.create_table(
        "event_keys",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "key_id", name=op.f("pk_event_keys")),
    )
    op.create_index(
        "uq_event_keys_current",
        "event_keys",
        ["event_id"],
        unique=True,
        sqlite_where=sa.text("is_current"),
        postgresql_where=sa.text("is_current"),
    )
    bind = op.get_bind()
    found = bind.execute(
        sa.text("SELECT id, signing_key FROM events WHERE signing_key IS NOT NULL")
    ).all()
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "event_id": event_id,
            "key_id": _key_id(secret),
            "secret": secret,
            "is_current": True,
            "created_at": now,
        }
        for event_id, secret in found
        if secret
    ]
    if rows:
        op.bulk_insert(keys, rows)
    op.execute(sa.text("DELETE FROM changes WHERE entity = 'events' AND field = 'signing_key'"))
    # SQLite drops the column by copying the table (migrate() runs this with its
    # foreign keys off and checks every reference before committing).
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("signing_key")


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signing_key", sa.String(length=128), nullable=True))
    op.execute(
        sa.text(
            "UPDATE events SET signing_key = (SELECT secret FROM event_keys"
            " WHERE event_keys.event_id = events.id AND event_keys.is_current)"
        )
    )
    op.drop_index("uq_event_keys_current", table_name="event_keys")
    op.drop_table("event_keys")
