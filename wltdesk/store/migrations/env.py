"""Alembic environment: migrations run on a connection handed over by the store.

``wltdesk.store.database.migrate`` passes its open connection in
``config.attributes["connection"]``; a bare ``alembic`` command line run is not
supported, because stores are opened only through the program.
"""

from alembic import context

from wltdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
