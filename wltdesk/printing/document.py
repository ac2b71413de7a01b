"""The page every PDF is printed on, and saving a PDF.

Every PDF shares this module's page template (A4 or Letter; the event's name and
dates at the top, the output's title, page numbers and a small footer at the
bottom): an output builds its story from flowables (:mod:`.typeset`, the house
styles and tables of :mod:`.styles`) and :class:`Document` turns it into PDF
bytes. :func:`save_pdf` writes them atomically.
"""

from __future__ import annotations

import io
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from wltdesk.errors import UserError
from wltdesk.language import _, format_date_range, format_number
from wltdesk.printing.fonts import LATIN, register_fonts
from wltdesk.printing.shaping import Piece, draw_pieces, line_pieces
from wltdesk.printing.styles import ACCENT, INK, MUTED, RULE, style, styles
from wltdesk.printing.typeset import para
from wltdesk.printing.wording import joined

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}


@dataclass(frozen=True)
class Letterhead:
    """What the top and bottom of every page say."""

    event_name: str
    start: date
    end: date
    venue: str | None
    title: str  # the output in the printout's language(s), e.g. "Sign-in sheet"
    subtitle: str | None = None  # e.g. the session


def event_dates(start: date, end: date) -> str:
    """The event's days as the printout's language writes them ("14 – 15 Mar 2026")."""
    return format_date_range(start, end, "yMMMMd")


def footnote(canvas: Canvas, text: str, x: float, y: float, right: bool = False) -> None:
    """A small muted line in any script at the foot of a page (left or right of ``x``)."""
    pieces = line_pieces(text, FOOT_SIZE)
    if right:
        x -= sum(piece.width for piece in pieces)
    canvas.setFillColor(MUTED)
    draw_pieces(canvas, pieces, x, y, 1.0, FOOT_SIZE)


def page_size(paper: str, turned: bool = False) -> tuple[float, float]:
    try:
        size = PAPERS[paper.lower()]
    except KeyError:
        raise UserError(f"paper must be a4 or letter, not {paper!r}") from None
    return landscape(size) if turned else size


MARGIN = 14 * mm
HEADER = 15 * mm
FOOTER = 10 * mm
FOOT_SIZE = 7.5


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "page 2 of 5"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.footer_text = ""
        self.numbered = True

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._draw_number(number, total)
            super().showPage()
        super().save()

    def _draw_number(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        if self.numbered:
            text = joined(
                lambda: _("page {number} of {total}").format(
                    number=format_number(number), total=format_number(total)
                )
            )
            footnote(self, text, width - MARGIN, FOOTER - 2 * mm, right=True)
        self.restoreState()


class Document:
    """A PDF in the house look: build it from flowables, get bytes back."""

    def __init__(
        self,
        head: Letterhead,
        paper: str = "a4",
        turned: bool = False,
        numbered: bool = True,
        heading_on_pages: bool = True,
    ) -> None:
        register_fonts()
        self.head = head
        self.size = page_size(paper, turned)
        self.numbered = numbered
        self.heading_on_pages = heading_on_pages
        self._marks: list[tuple[Flowable, float, float]] | None = None
        self._foot: list[Piece] | None = None

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * MARGIN

    def _heading(self, canvas: Canvas) -> list[tuple[Flowable, float, float]]:
        """The letterhead's paragraphs and where they go, laid out once for every page
        (shaping Bengali on each of a hundred pages cost a fifth of a sign-in sheet)."""
        if self._marks is not None:
            return self._marks
        width, height = self.size
        head = self.head
        top = height - MARGIN + 4 * mm
        s = styles()
        name = para(head.event_name, style("head-event", 10, bold=True, colour=INK))
        name.wrapOn(canvas, width * 0.6, 20 * mm)
        when = event_dates(head.start, head.end)
        place = f"{when} · {head.venue}" if head.venue else when
        line = para(place, s.small)
        line.wrapOn(canvas, width * 0.6, 20 * mm)
        right = style("head-right", 10, bold=True, colour=ACCENT, align=TA_RIGHT)
        title = para(head.title, right)
        title.wrapOn(canvas, width * 0.36, 20 * mm)
        marks = [
            (name, MARGIN, top - name.height),
            (line, MARGIN, top - name.height - line.height),
            (title, width - MARGIN - width * 0.36, top - title.height),
        ]
        if head.subtitle:
            sub = para(head.subtitle, style("head-sub", 8, colour=MUTED, align=TA_RIGHT))
            sub.wrapOn(canvas, width * 0.36, 20 * mm)
            marks.append((sub, width - MARGIN - width * 0.36, top - title.height - sub.height))
        self._marks = marks
        return marks

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.size
        canvas.saveState()
        canvas.numbered = self.numbered  # type: ignore[attr-defined]
        if self.heading_on_pages:
            for flowable, x, y in self._heading(canvas):
                flowable.drawOn(canvas, x, y)
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.8)
            rule = height - MARGIN - HEADER + 4 * mm
            canvas.line(MARGIN, rule, width - MARGIN, rule)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER + 1.5 * mm, width - MARGIN, FOOTER + 1.5 * mm)
        if self._foot is None:
            printed = joined(lambda: _("printed with WLT Desk"))
            self._foot = line_pieces(f"{self.head.title} · {printed}", FOOT_SIZE)
        canvas.setFillColor(MUTED)
        draw_pieces(canvas, self._foot, MARGIN, FOOTER - 2 * mm, 1.0, FOOT_SIZE)
        canvas.restoreState()

    def build(self, story: list[Flowable]) -> bytes:
        """The finished PDF as bytes (nothing touches the disk)."""
        out = io.BytesIO()
        width, height = self.size
        top_space = HEADER if self.heading_on_pages else 0
        frame = Frame(
            MARGIN,
            FOOTER + 4 * mm,
            width - 2 * MARGIN,
            height - MARGIN - top_space - FOOTER - 4 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        template = BaseDocTemplate(
            out,
            pagesize=self.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{self.head.title} — {self.head.event_name}",
            author="WLT Desk",
            creator="WLT Desk",
            # the canvas names a starting font on every page; Helvetica would be a
            # PDF base font that is never embedded
            initialFontName=LATIN,
        )
        template.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        template.build(story or [Paragraph("", styles().body)], canvasmaker=_NumberedCanvas)
        return out.getvalue()

    @property
    def body_height(self) -> float:
        top_space = HEADER if self.heading_on_pages else 0
        return self.size[1] - MARGIN - top_space - FOOTER - 4 * mm


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _new_part_file(path: Path) -> tuple[Path, int]:
    """A new temporary file next to ``path``, opened for writing, with the usual permissions.

    ``tempfile.mkstemp`` makes files only the owner can read (0600), and the
    rename would hand that to the PDF; opening with 0666 lets the user's umask
    decide (0644 with the common umask 022), as for any file a program saves.
    """
    for _attempt in range(100):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return candidate, os.open(candidate, _CREATE, 0o666)
        except FileExistsError:
            continue
    raise UserError(f"--out: cannot make a temporary file next to {path}")


def save_pdf(data: bytes, target: str | os.PathLike[str]) -> Path:
    """Write a PDF atomically: a temporary name in the same folder, then a rename.

    A crash or a full disk half-way leaves either the old file or none, never
    half a PDF under the name the user chose.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"--out: the folder {folder} does not exist")
    if path.is_dir():
        raise UserError(f"--out: {path} is a folder, not a file name")
    temporary, handle = _new_part_file(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            # replacing a PDF keeps its permissions
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def letterhead(event: Any, title: str, subtitle: str | None = None) -> Letterhead:
    """The letterhead of an output for an event row."""
    return Letterhead(event.name, event.start_date, event.end_date, event.venue, title, subtitle)
