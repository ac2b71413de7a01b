"""The Plans section of the window: action plans typed in, followed up and exported.

Owns the pane (:mod:`.pane`), the tree of plans (:mod:`.tree`), the items
table's model, delegate and editors (:mod:`.items`), its keys and the edits
they make (:mod:`.table`), the Follow-up tab (:mod:`.follow_up`), the new-plan
dialog (:mod:`.dialogs`) and the undo commands (:mod:`.undo`). May import Qt,
the services (:mod:`wltdesk.plans`, :mod:`wltdesk.people`,
:mod:`wltdesk.events`) and the shared GUI modules (desk, forms); never
SQLAlchemy. Words said outside a class of their own keep the ``PlansPane``
translation context. The window needs only :class:`PlansPane`.
"""

from wltdesk.gui.plans.pane import PlansPane

__all__ = ["PlansPane"]
