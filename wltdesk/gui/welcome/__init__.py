"""The welcome screen and the ways to begin: what the window shows while no event is open.

Owns the welcome page (:mod:`.page`), the dialog that joins the team's event
with a package and its key or passphrase (:mod:`.join`), reading the event key
from a picture of its QR code (:mod:`.keypicture`) and the dialog that chooses
another store, a file or a PostgreSQL database (:mod:`.stores`).

May import Qt, the other GUI modules below the main window (``desk``, ``jobs``,
``help``, ``forms``) and the core's services and ``sync``; never SQLAlchemy,
and never the main window, which wires the page in. Its face is
:class:`WelcomePage` and :class:`OpenStoreDialog` (the Event menu opens it too).
"""

from wltdesk.gui.welcome.page import WelcomePage
from wltdesk.gui.welcome.stores import OpenStoreDialog

__all__ = ["OpenStoreDialog", "WelcomePage"]
