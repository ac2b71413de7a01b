"""The Print pane: choose an output and its options, preview the pages, save or print.

The PDF is built by the core (:mod:`wltdesk.printing`) in a background job and
its pages rasterised there too (:mod:`wltdesk.printing.preview`, PDFium), so
the window stays responsive while 1,000 badges are laid out. Printing goes
through Qt's own print dialog: each page is rasterised at the printer's
resolution (at most 300 dpi) and painted on the printer before the next is
made, so memory holds one page whatever the page count. Badges
printed before are printed again only after the facilitator says so; every
badge saved or printed goes into the reprint log. The output and its options
are chosen in :class:`~wltdesk.gui.printing.options.PrintChoices`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from wltdesk import printing
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_print_pane import Ui_PrintPane
from wltdesk.gui.jobs import Job
from wltdesk.gui.paper import read_back_button
from wltdesk.gui.printing.options import PrintChoices, number_text
from wltdesk.printing import badges
from wltdesk.printing.preview import PageImage, iter_page_images, page_images

PREVIEW_DPI = 80
PREVIEW_PAGES = 24
PRINT_DPI_LIMIT = 300
#: After an option changes, a shown preview is rebuilt once the choices rest this long (ms).
REBUILD_DELAY_MS = 300


def qimage(page: PageImage) -> QImage:
    """A QImage that owns a copy of the page's pixels."""
    image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()


def narrowed(pixmap: QPixmap, width: int) -> QPixmap:
    """``pixmap`` shown ``width`` wide (in the window's pixels), as sharp as the screen allows."""
    ratio = pixmap.devicePixelRatio()
    smaller = pixmap.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
    smaller.setDevicePixelRatio(ratio)
    return smaller


def paint_pages(printer: QPrinter, pages: Iterable[PageImage]) -> int:
    """Paint page images on the printer, each filling the whole sheet; returns how many.

    Runs in the print job's thread (Qt allows QPainter on a QPrinter outside
    the GUI thread); each page image is dropped as soon as it is painted.
    """
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate("PrintPane", "The printer is not ready."))
    count = 0
    try:
        for page in pages:
            if count:
                printer.newPage()
            sheet = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(sheet), qimage(page))
            count += 1
            del page
    finally:
        painter.end()
    return count


class PrintPane(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PrintPane()
        self.ui.setupUi(self)
        self.jobs: set[Job] = set()
        self.busy = False
        self.pdf: bytes | None = None
        self.images: list[PageImage] = []
        self.page_labels: list[QLabel] = []
        self.pixmaps: list[QPixmap] = []
        # pages stand out as white sheets on a darker ground, as in a PDF viewer
        self.ui.previewPages.setBackgroundRole(QPalette.ColorRole.Mid)
        self.ui.previewPages.setAutoFillBackground(True)
        self.choices = PrintChoices(desk, self.ui, self)
        self.choices.changed.connect(self._options_changed)
        # a preview on screen follows the options: rebuilt when they rest (spin boxes
        # change on every key), once the job running ends if one is
        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self.rebuild_timer.timeout.connect(self._rebuild_preview)
        self.stale_preview = False
        self.follow_options = False  # a preview was asked for: it follows the options
        self.ui.progressBar.hide()
        self.ui.previewButton.clicked.connect(lambda: self.preview())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.printButton.clicked.connect(self.print_pages)
        below = self.ui.optionsLayout.indexOf(self.ui.buttonRow) + 1
        self.ui.optionsLayout.insertWidget(below, read_back_button(desk, self.ui.optionsColumn))
        desk.event_opened.connect(self.refresh)
        desk.agenda_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ choices
    def showEvent(self, event: QShowEvent) -> None:
        # groups, circles and plans change in other panes: pick them up on arrival
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """The buttons, and the session, group set and circle choices, for the open event."""
        event_id = self.desk.event_id
        has_event = event_id is not None
        for button in (self.ui.previewButton, self.ui.saveButton, self.ui.printButton):
            button.setEnabled(has_event and not self.busy)
        if event_id is None:
            self.ui.statusLabel.setText(self.tr("Open an event to print for it."))
            return
        self.choices.refresh(event_id)

    def _options_changed(self) -> None:
        self.pdf = None
        if self.follow_options:
            self.stale_preview = True
            self.ui.pagesLabel.setText(self.tr("Options changed: building the new pages…"))
            self.rebuild_timer.start()

    def _rebuild_preview(self) -> None:
        """The preview again for the new options; a choice missing is said, not a dialog."""
        if not self.stale_preview or self.busy:
            return  # the job running ends by calling this again
        self.preview(quiet=True)

    def _event_id(self) -> str:
        if self.desk.event_id is None:
            raise UserError(self.tr("Open an event to print for it."))
        return self.desk.event_id

    # ------------------------------------------------------------ jobs
    def _start(self, work: Callable[..., Any], done: Callable[[Any], None], busy_text: str) -> Job:
        job = Job(work)
        self.jobs.add(job)
        self._set_busy(True, busy_text)
        job.signals.progress.connect(self._progress)

        def finished(result: Any) -> None:
            self.jobs.discard(job)
            self._set_busy(False, "")
            done(result)
            if self.stale_preview and self.follow_options:
                self.rebuild_timer.start()

        def failed(message: str) -> None:
            self.jobs.discard(job)
            self._set_busy(False, "")
            self.show_error(message)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        return job.start()

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        for button in (self.ui.previewButton, self.ui.saveButton, self.ui.printButton):
            button.setEnabled(not busy and self.desk.event_id is not None)
        self.ui.progressBar.setVisible(busy)
        self.ui.progressBar.setRange(0, 0)
        if text:
            self.ui.statusLabel.setText(text)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def show_error(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        QMessageBox.warning(self, self.tr("Cannot print"), message)

    # ------------------------------------------------------------ preview
    def preview(self, quiet: bool = False) -> None:
        """Build the PDF and show its first pages (nothing is logged).

        ``quiet``: a rebuild after an option changed, so a choice missing goes in the
        status line rather than a dialog the facilitator did not ask for.
        """
        self.rebuild_timer.stop()
        self.stale_preview = False
        try:
            event_id = self._event_id()
            options = self.choices.options(event_id, reprint=True)
        except UserError as exc:
            if quiet:
                self._clear_pages()
                self.ui.statusLabel.setText(str(exc))
                self.ui.pagesLabel.setText(self.tr("Options changed: no pages to show."))
            else:
                self.show_error(str(exc))
            return
        store, output = self.desk.store, self.choices.output()
        # as many pixels as the screen has (200 %: twice the dots), shown at the same size
        ratio = self.devicePixelRatioF()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            data = printing.render(store, event_id, output, options, progress, cancelled)
            total = printing.page_count(data)
            dpi = round(PREVIEW_DPI * ratio)
            pages = page_images(data, dpi, 0, PREVIEW_PAGES, progress, cancelled)
            return data, total, pages, ratio

        self._start(work, self._show_preview, self.tr("Building the pages…"))

    def _show_preview(self, result: tuple[bytes, int, list[PageImage], float]) -> None:
        data, total, pages, ratio = result
        self.pdf = data
        self.follow_options = True
        self._clear_pages()
        self.images = pages
        self.pixmaps = [QPixmap.fromImage(qimage(page)) for page in pages]
        for pixmap in self.pixmaps:
            pixmap.setDevicePixelRatio(ratio)
        for number, pixmap in enumerate(self.pixmaps, 1):
            label = QLabel(self.ui.previewPages)
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Page %1").replace("%1", number_text(number)))
            self.ui.pagesLayout.addWidget(label)
            self.page_labels.append(label)
        if total > len(pages):
            text = self.tr("%1 pages (the first %2 shown)")
            text = text.replace("%1", number_text(total)).replace("%2", number_text(len(pages)))
        elif total == 1:
            text = self.tr("1 page")
        else:
            text = self.tr("%1 pages").replace("%1", number_text(total))
        self.ui.pagesLabel.setText(text)
        self.ui.statusLabel.setText(self.tr("Preview ready."))
        self._fit_pages()

    def _clear_pages(self) -> None:
        for label in self.page_labels:
            self.ui.pagesLayout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self.pixmaps = []
        self.images = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Pages no wider than the preview (landscape certificates, narrow windows)."""
        room = self.ui.previewArea.viewport().width() - 28
        for label, pixmap in zip(self.page_labels, self.pixmaps, strict=True):
            fits = pixmap.deviceIndependentSize().width() <= room or room <= 50
            label.setPixmap(pixmap if fits else narrowed(pixmap, room))

    # ------------------------------------------------------------ save and print
    def _confirm_reprint(self, event_id: str, options: printing.PrintOptions) -> bool | None:
        """Whether to print badges printed before again: True, False (only if none), None."""
        if self.choices.output() != "badges":
            return False
        before = badges.printed_before(self.desk.store, event_id, options.person_ids)
        if not before:
            return False
        names = ", ".join(p.display_name for p in before[:6])
        if len(before) > 6:
            names += self.tr(" and %1 more").replace("%1", number_text(len(before) - 6))
        text = self.tr("%1 of these badges were printed before (%2). Print them again?")
        text = text.replace("%1", number_text(len(before))).replace("%2", names)
        answer = QMessageBox.question(
            self,
            self.tr("Print badges again?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _choose_file(self) -> str | None:
        suggested = str(Path.home() / f"{self.choices.output()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else f"{path}.pdf"

    def save(self) -> None:
        """Save the output as a PDF file (atomically) and log printed badges."""
        try:
            event_id = self._event_id()
            options = self.choices.options(event_id)
            reprint = self._confirm_reprint(event_id, options)
        except UserError as exc:
            self.show_error(str(exc))
            return
        if reprint is None:
            return
        path = self._choose_file()
        if path is None:
            return
        options = replace(options, reprint=reprint)
        store, output = self.desk.store, self.choices.output()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return printing.produce(store, event_id, output, options, path, progress, cancelled)

        def done(result: printing.Printed) -> None:
            text = self.tr("Saved %1 (%2 pages).")
            self.ui.statusLabel.setText(
                text.replace("%1", str(result.path)).replace("%2", number_text(result.pages))
            )

        self._start(work, done, self.tr("Saving…"))

    def _choose_printer(self, paper: str, landscape: bool) -> QPrinter | None:
        """Qt's print dialog; a printer to paint on, or None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = {"a4": QPageSize.PageSizeId.A4, "a6": QPageSize.PageSizeId.A6}.get(
            paper, QPageSize.PageSizeId.Letter
        )
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pages(self) -> None:
        """Print through Qt's print dialog, page images painted at the printer's resolution."""
        try:
            event_id = self._event_id()
            options = self.choices.options(event_id)
            reprint = self._confirm_reprint(event_id, options)
        except UserError as exc:
            self.show_error(str(exc))
            return
        if reprint is None:
            return
        options = replace(options, reprint=reprint)
        output = self.choices.output()
        printer = self._choose_printer(self.choices.sheet(options), output == "certificates")
        if printer is None:
            return
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        store = self.desk.store

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            data = printing.render(store, event_id, output, options, progress, cancelled)
            # painted in this job, page by page: memory holds one page image, not all
            return paint_pages(printer, iter_page_images(data, dpi, progress, cancelled))

        def done(pages: int) -> None:
            try:
                printing.finish(store, event_id, output, options)
            except UserError as exc:
                self.show_error(str(exc))
                return
            self.ui.statusLabel.setText(
                self.tr("Sent %1 pages to the printer.").replace("%1", number_text(pages))
            )

        self._start(work, done, self.tr("Preparing the pages for the printer…"))
