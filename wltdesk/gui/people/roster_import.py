"""Roster import in the GUI: map the columns, import in the background, report rejects.

:class:`ImportDialog` shows the start of the file with one choice per column
(preselected from the headers by ``roster.preview``; the table is a
:class:`~wltdesk.gui.people.roster_columns.ColumnMapping`), runs
``roster.import_roster`` in a :class:`~wltdesk.gui.jobs.Job` with a progress
bar and a Cancel button, and ends with what the import did. Rows it refused
are listed by line number in :class:`RejectedRowsDialog`, to fix in the file
and import again (people already imported are recognised, not added twice).

Before importing, the dialog shows what the import would do: ``roster.dry_run``
runs in a :class:`~wltdesk.gui.jobs.Job` when the dialog opens and after every
mapping change (the newest one wins), and gives a summary line and, in the
table's first column, each preview row's outcome.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wltdesk import roster
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from wltdesk.gui.jobs import Job
from wltdesk.gui.palette import Tint
from wltdesk.gui.people.fields import field_label
from wltdesk.gui.people.roster_columns import ColumnMapping
from wltdesk.language import format_count, locale_digits

#: Rows of the file shown under the column choices.
PREVIEW_ROWS = 8


def import_counts(report: roster.ImportReport) -> list[str]:
    """New, updated, unchanged and rejected rows, in the UI language's digits."""
    counts = (report.created, report.updated, report.unchanged, len(report.rejected))
    return [format_count(n) for n in counts]


class ImportCancelled(UserError):
    """Raised from the progress callback when the user cancels; the store rolls back."""


class ImportDialog(QDialog):
    """Column mapping for one roster file, then the import itself.

    ``import_done`` carries the :class:`roster.ImportReport`; ``import_failed``
    the message shown (or nothing shown, when the user cancelled).
    """

    import_done = Signal(object)
    import_failed = Signal(str)

    def __init__(self, desk: Desk, preview: roster.Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.preview = preview
        self.job: Job | None = None
        # The running dry run, if any; a result from another one is stale.
        self.trial_job: Job | None = None
        self.trial: roster.ImportReport | None = None
        self._trials: set[Job] = set()
        self.report: roster.ImportReport | None = None
        self.report_dialog: RejectedRowsDialog | None = None
        self._cancelled = False
        self._close_when_stopped = False
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ui.fileLabel.setText(f"<b>{html.escape(preview.path.name)}</b>")
        self.ui.fileLabel.setToolTip(str(preview.path))
        self.ui.detailsLabel.setText(self._details())
        self.columns = ColumnMapping(preview, self.ui.previewTable, self)
        self.combos = self.columns.combos
        self.columns.changed.connect(self.update_state)
        Tint(self.ui.warningLabel, "danger_text")
        self.ui.progressBar.hide()
        self.ui.reportLabel.hide()
        self.ui.rejectedButton.hide()
        self.ui.closeButton.hide()
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.cancelButton.clicked.connect(self._cancel_clicked)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.rejectedButton.clicked.connect(self.show_rejected)
        self.update_state()
        self._fit_size()

    # ------------------------------------------------------------ the preview
    def _details(self) -> str:
        preview = self.preview
        shown = len(preview.rows)
        if preview.kind == "xlsx":
            kind = self.tr("Excel workbook, first sheet")
        else:
            names = {
                ",": self.tr("comma"),
                ";": self.tr("semicolon"),
                "\t": self.tr("tab"),
                "|": self.tr("vertical bar"),
            }
            delimiter = preview.delimiter or ","
            kind = self.tr("Text file in {0}, columns separated by {1}").format(
                (preview.encoding or "?").upper(), names.get(delimiter, f"“{delimiter}”")
            )
        columns = self.tr("{0} columns").format(format_count(len(preview.headers)))
        if shown:
            rows = self.tr("the first {0} rows below").format(format_count(shown))
        else:
            rows = self.tr("no rows below the headers")
        return f"{kind} · {columns} · {rows}"

    def _fit_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        table = self.ui.previewTable
        margins = self.layout().contentsMargins()
        width = table.verticalHeader().sizeHint().width() + table.frameWidth() * 2 + 4
        width += margins.left() + margins.right()
        width += sum(table.columnWidth(c) for c in range(table.columnCount()))
        limit_w = screen.width() - 80 if screen else 1280
        limit_h = screen.height() - 80 if screen else 680
        self.resize(min(max(width, 720), limit_w), min(self.sizeHint().height() + 40, limit_h))

    def update_state(self) -> None:
        """Show what the import would do with the columns; Import only when it can."""
        problem = ""
        try:
            destinations = self.columns.destinations()
        except UserError as exc:
            problem = str(exc)
        else:
            self.columns.show_destinations(destinations)
            if "display_name" not in destinations.values():
                problem = self.tr(
                    "No column gives the name. Choose “{0}” for the column that holds "
                    "people's names."
                ).format(field_label("display_name"))
            elif not self.preview.rows:
                problem = self.tr("The file has no rows below the headers.")
        self.ui.warningLabel.setText(problem)
        self.ui.warningLabel.setVisible(bool(problem))
        running = self.job is not None
        self.ui.importButton.setEnabled(not problem and not running and self.report is None)
        if not running and self.report is None:
            self.check_matches(ready=not problem)

    # ------------------------------------------------------------ what it would do
    def check_matches(self, ready: bool = True) -> None:
        """Run the import as a trial in the background, to show its outcome before importing."""
        if self.trial_job is not None:
            self.trial_job.cancel()
            self.trial_job = None
        self.trial = None
        self.columns.show_outcomes(None)
        if not ready or self.desk.event_id is None:
            self.ui.matchesLabel.hide()
            return
        store, event_id, path = self.desk.store, self.desk.event_id, self.preview.path
        mapping = self.columns.mapping()
        stopped = self.tr("Cancelled.")

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> roster.ImportReport:
            def report(done: int, total: int) -> None:
                if cancelled():  # a newer mapping came: this trial is of no use
                    raise ImportCancelled(stopped)

            report(0, 0)
            return roster.dry_run(store, event_id, path, mapping, progress=report)

        job = Job(work)
        job.signals.finished.connect(lambda report, j=job: self._trial_done(j, report))
        job.signals.failed.connect(lambda message, j=job: self._trial_failed(j, message))
        self.trial_job = job
        self._trials.add(job)  # kept until it ends, cancelled or not
        self.ui.matchesLabel.setText(self.tr("Checking the file against the event's people…"))
        self.ui.matchesLabel.show()
        job.start()

    def _trial_done(self, job: Job, report: roster.ImportReport) -> None:
        self._trials.discard(job)
        if job is not self.trial_job:
            return  # a newer mapping, or the import, came since
        self.trial_job = None
        self.trial = report
        self.ui.matchesLabel.setText(
            self.tr("Would add {0}, update {1}, leave {2} unchanged, reject {3}").format(
                *import_counts(report)
            )
        )
        self.ui.matchesLabel.show()
        self.columns.show_outcomes(report)

    def _trial_failed(self, job: Job, message: str) -> None:
        self._trials.discard(job)
        if job is not self.trial_job:
            return
        self.trial_job = None
        self.ui.matchesLabel.setText(
            self.tr("Cannot tell what the import would do: {0}").format(message)
        )
        self.ui.matchesLabel.show()

    # ------------------------------------------------------------ importing
    def start_import(self) -> None:
        if self.job is not None or self.desk.event_id is None:
            return
        try:
            self.columns.destinations()
        except UserError as exc:
            self.ui.warningLabel.setText(str(exc))
            self.ui.warningLabel.show()
            return
        if self.trial_job is not None:  # the import will tell what it did
            self.trial_job.cancel()
            self.trial_job = None
        store, event_id, path = self.desk.store, self.desk.event_id, self.preview.path
        mapping = self.columns.mapping()
        stopped = self.tr("Import cancelled; nothing was changed.")

        def work(
            progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> roster.ImportReport:
            def report(done: int, total: int) -> None:
                if cancelled():  # raising here rolls the whole import back
                    raise ImportCancelled(stopped)
                progress(done, total)

            return roster.import_roster(store, event_id, path, mapping, progress=report)

        self._cancelled = False
        self.job = Job(work)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self._set_running(True)
        self.job.start()

    def _cancel_clicked(self) -> None:
        """Cancel stops a running import and stays, to change the mapping; else closes."""
        if self.job is not None:
            self.cancel_import()
        else:
            self.reject()

    def cancel_import(self) -> None:
        if self.job is not None:
            self._cancelled = True
            self.job.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.reportLabel.setText(self.tr("Cancelling…"))
            self.ui.reportLabel.show()

    def _set_running(self, running: bool) -> None:
        self.columns.set_enabled(not running)
        self.ui.progressBar.setVisible(running)
        self.ui.progressBar.setRange(0, 0)  # busy until the first report
        self.ui.cancelButton.setEnabled(True)
        self.ui.reportLabel.setVisible(False)
        self.update_state()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finished(self, report: roster.ImportReport) -> None:
        self.job = None
        self.report = report
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.columns.set_enabled(False)
        self.ui.matchesLabel.hide()
        self.ui.reportLabel.setText(
            self.tr("{0} new, {1} updated, {2} unchanged, {3} rejected").format(
                *import_counts(report)
            )
        )
        font = self.ui.reportLabel.font()
        font.setBold(True)
        self.ui.reportLabel.setFont(font)
        self.ui.reportLabel.show()
        self.ui.importButton.hide()
        self.ui.cancelButton.hide()
        self.ui.closeButton.show()
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()
        self.ui.rejectedButton.setVisible(bool(report.rejected))
        self.update_state()
        self.desk.announce_people(None)
        self.import_done.emit(report)
        if self._close_when_stopped:
            QDialog.reject(self)
        elif report.rejected:
            self.show_rejected()

    def _failed(self, message: str) -> None:
        self.job = None
        cancelled = self._cancelled
        self._set_running(False)
        if cancelled:
            self.ui.reportLabel.setText(message)
            self.ui.reportLabel.show()
        else:
            QMessageBox.warning(self, self.tr("Import roster"), message)
        self.import_failed.emit(message)
        if self._close_when_stopped:
            QDialog.reject(self)

    def show_rejected(self) -> RejectedRowsDialog | None:
        if self.report is None or not self.report.rejected:
            return None
        if self.report_dialog is None:
            self.report_dialog = RejectedRowsDialog(self.report, self.preview.path.name, self)
        self.report_dialog.open()
        return self.report_dialog

    # ------------------------------------------------------------ closing
    def reject(self) -> None:
        """Esc or the window's close button stop a running import, then close."""
        if self.job is not None:
            self._close_when_stopped = True
            self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.trial_job is not None:
            self.trial_job.cancel()
            self.trial_job = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class RejectedRowsDialog(QDialog):
    """The rows an import refused: line number, reason, and the cells as read."""

    def __init__(
        self, report: roster.ImportReport, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Rejected rows — {0}").format(file_name))
        layout = QVBoxLayout(self)
        count = len(report.rejected)
        intro = QLabel(
            self.tr(
                "{0} rows were not imported. Correct them in the file and import it again: "
                "people already imported are recognised and updated, not added twice."
            ).format(format_count(count))
            if count != 1
            else self.tr(
                "1 row was not imported. Correct it in the file and import it again: "
                "people already imported are recognised and updated, not added twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = report.headers or ()
        width = max([len(headers), *(len(r.raw) for r in report.rejected)])
        labels = [self.tr("Line"), self.tr("Reason")]
        for n in range(width):
            header = headers[n] if n < len(headers) else ""
            labels.append(header or self.tr("(column {0})").format(locale_digits(str(n + 1))))
        self.table = QTableWidget(count, len(labels), self)
        self.table.setHorizontalHeaderLabels(labels)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Rejected rows"))
        for number, rejected in enumerate(report.rejected):
            line = QTableWidgetItem()
            line.setData(Qt.ItemDataRole.DisplayRole, rejected.line)
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(number, 0, line)
            reason = QTableWidgetItem(rejected.reason)
            reason.setToolTip(rejected.reason)
            self.table.setItem(number, 1, reason)
            for column, cell in enumerate(rejected.raw):
                self.table.setItem(number, 2 + column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(labels)):
            header.resizeSection(column, min(header.sectionSize(column) + 8, 320))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy as table"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the rows, tab-separated, to paste into a spreadsheet")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)
        self.resize(min(max(header.length() + 60, 640), 1200), 420)

    def as_text(self) -> str:
        """The table as tab-separated lines, headers first."""
        table = self.table
        lines = [
            "\t".join(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))
        ]
        for row in range(table.rowCount()):
            cells = []
            for column in range(table.columnCount()):
                item = table.item(row, column)
                cells.append(item.text() if item is not None else "")
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
