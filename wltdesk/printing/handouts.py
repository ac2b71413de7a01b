"""PDFs of things handed out or cut out: badges, name tents, certificates.

These are drawn straight on the page, every mark where the stock or the design
puts it: no letterhead, no page numbers and no footer (a certificate carries no
"printed with" line; a label sheet has no room for one). The reports and lists
use :mod:`.document`'s page instead.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from wltdesk.printing.fonts import LATIN, register_fonts


class Handout:
    """A PDF drawn page by page on one canvas; :meth:`finish` gives its bytes."""

    def __init__(self, size: tuple[float, float], title: str) -> None:
        register_fonts()
        self._out = io.BytesIO()
        # the canvas names a starting font on every page; Helvetica would be a PDF
        # base font that is never embedded
        self.canvas = Canvas(self._out, pagesize=size, initialFontName=LATIN)
        self.canvas.setTitle(title)
        self.canvas.setCreator("WLT Desk")
        self.size = size
        self.pages = 0

    def next_page(self) -> Canvas:
        """The canvas, on a fresh page (the first call starts the first page)."""
        if self.pages:
            self.canvas.showPage()
        self.pages += 1
        return self.canvas

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._out.getvalue()
