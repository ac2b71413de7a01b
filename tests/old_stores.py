"""Databases as an earlier version of WLT Desk left them, for the tests of a migration.

One helper for every such test: on SQLite a file, on PostgreSQL a new database of the
test server (dropped when the test ends), migrated to the revision the earlier version
had, then filled with the rows that version wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine

from wltdesk.store.database import MIGRATIONS


def database_at(
    request: pytest.FixtureRequest,
    folder: Path,
    revision: str,
    fill: Callable[[Connection], None] | None = None,
) -> str:
    """The URL of a database at ``revision`` on the back end ``request.param`` names
    ("sqlite" or "postgres"), holding what ``fill`` writes."""
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'old.sqlite'}"
    else:
        server = request.getfixturevalue("postgres_server")
        name = server.create_database(migrated=False)
        url = server.url(name)
        request.addfinalizer(lambda: server.drop_database(name))
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        if fill is not None:
            with engine.begin() as connection:
                fill(connection)
    finally:
        engine.dispose()
    return url
