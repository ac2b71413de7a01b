"""The Sync section of the window: the shared target, syncing, export, import and join,
the event key, the history, the conflicts and the held changes to review.

Owns the pane (:mod:`.pane`), its background jobs (:mod:`.jobs`, one at a time),
the Target box, the Conflicts tab (with the held changes), the Laptops tab
(:mod:`.devices`: revoking a lost laptop, changing the event key) and the
export, join and event-key dialogs.
May import Qt, :mod:`wltdesk.sync` and the services; never SQLAlchemy. The window
needs only :class:`SyncPane`.
"""

from wltdesk.gui.sync.pane import SyncPane

__all__ = ["SyncPane"]
