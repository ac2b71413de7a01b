"""The store: where an event's data lives and how every write is recorded.

Owns the SQLAlchemy models (:mod:`.models`), opening and migrating a store
(:mod:`.database`, Alembic scripts in ``migrations/``), the change log
(:mod:`.changes`) and how a log becomes tables (:mod:`.materialize`, writing rows
in bulk through :mod:`.records`), the hybrid logical clock that stamps each change
(:mod:`.hlc`), the event keys this store
holds — local secrets, never in the log (:mod:`.eventkeys`) — and the rotating
file backups of SQLite stores (:mod:`.backup`).

May import SQLAlchemy, Alembic and the plain modules at the package root
(``errors``, ``paths``); never a service, ``sync``, ``printing``, ``cli`` or ``gui``.
Its face is :class:`Store` and :func:`open_store`; services import models and the
:class:`~wltdesk.store.changes.Writer` from their modules.
"""

from wltdesk.store.database import Store, open_store

__all__ = ["Store", "open_store"]
