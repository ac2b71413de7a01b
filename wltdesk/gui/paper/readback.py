"""*Print ▸ Read back sheets…*: photos and scans of sign-in sheets into check-ins, reviewed.

Photos are chosen or dropped on the dialog; they are read in the thread pool
(:class:`~wltdesk.gui.jobs.Job`), so the window never freezes on a 12-megapixel
photo. Each page appears straightened with its boxes outlined
(:class:`~wltdesk.gui.paper.view.PageView`); the facilitator flips what the
reader got wrong or could not decide, then records. What was recorded is one
step on the desk's undo stack (Ctrl+Z, also inside this dialog). A picture that
cannot be read, or a sheet of another event, is named in one line and skipped;
nothing of it is recorded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.help import fitting
from wltdesk.gui.jobs import Job
from wltdesk.gui.palette import Tint
from wltdesk.gui.paper.undo import PaperCommand
from wltdesk.gui.paper.view import PageView
from wltdesk.language import format_count
from wltdesk.paper import record
from wltdesk.paper.boxes import TICKED, UNCLEAR
from wltdesk.paper.reading import read_files

PICTURES = "*.jpg *.jpeg *.png *.pdf *.heic *.heif *.tif *.tiff *.webp *.bmp"


def read_and_match(desk: Desk, event_id: str, paths: list[str]):  # type: ignore[no-untyped-def]
    """The job's work: read every file, match each page to the event (plain data back)."""

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        readings = read_files(paths, progress, cancelled)
        problems = [p.message for p in readings.problems]
        pages = []
        for page in readings.pages:
            try:
                pages.append(record.match_page(desk.store, event_id, page))
            except UserError as exc:
                problems.append(str(exc))
        return pages, problems

    return work


def read_back_button(desk: Desk, parent: QWidget) -> QPushButton:
    """The Print pane's *Read back sheets…* button: opens the dialog, modeless, so the
    desk stays usable while photos are read."""
    button = QPushButton(QCoreApplication.translate("ReadBackDialog", "Read bac&k sheets…"), parent)
    button.setToolTip(
        QCoreApplication.translate(
            "ReadBackDialog", "Check people in from photos or scans of printed sign-in sheets"
        )
    )

    def open_dialog() -> None:
        dialog = ReadBackDialog(desk, parent.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        button.setProperty("dialog", dialog)

    button.clicked.connect(open_dialog)
    return button


class ReadBackDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Read back sign-in sheets"))
        self.setAcceptDrops(True)
        self.pages: list[record.MatchedPage] = []
        self.decisions: list[list[str]] = []
        self.jobs: set[Job] = set()
        self._build()
        # the Record and Close buttons stay on a 1366×768 laptop's screen, title bar and all
        self.resize(fitting(self, 1100, 760))

    def _build(self) -> None:
        top = QHBoxLayout()
        self.addButton = QPushButton(self.tr("&Add photos or scans…"))
        self.addButton.clicked.connect(self.choose_files)
        self.typeButton = QPushButton(self.tr("&Type in a sheet…"))
        self.typeButton.clicked.connect(self.open_grid)
        hint = QLabel(self.tr("or drop photos here (JPEG, PNG, PDF)"))
        top.addWidget(self.addButton)
        top.addWidget(hint)
        top.addStretch()
        top.addWidget(self.typeButton)
        self.progress = QProgressBar()
        self.progress.hide()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems_tint = Tint(self.problems, "danger_text")
        self.problems.hide()
        self.pageList = QListWidget()
        # a page's name (file, session, page) wraps in the narrow list rather than hide its end
        self.pageList.setWordWrap(True)
        self.pageList.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pageList.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pageList.currentRowChanged.connect(self._page_chosen)
        self.view = PageView()
        self.view.changed.connect(self._view_changed)
        splitter = QSplitter()
        splitter.addWidget(self.pageList)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 4)
        self.rowLabel = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.startBox = QCheckBox(self.tr("At the session's &start"))
        self.startBox.setChecked(True)
        self.timeEdit = QTimeEdit(QTime(9, 0))
        self.timeEdit.setDisplayFormat("HH:mm")
        self.timeEdit.setEnabled(False)
        self.startBox.toggled.connect(lambda on: self.timeEdit.setEnabled(not on))
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Checked in:")))
        when.addWidget(self.startBox)
        when.addWidget(self.timeEdit)
        when.addStretch()
        buttons = QDialogButtonBox()
        self.recordButton = buttons.addButton(
            self.tr("&Record ticked"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.recordButton.clicked.connect(self.confirm)
        self.recordButton.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.progress, self.problems):
            layout.addWidget(widget)
        layout.insertLayout(0, top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.rowLabel)
        layout.addLayout(when)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        # Ctrl+Z here too: the main window's shortcut does not reach a dialog
        undo = self.desk.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.desk.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
        self._update_summary()

    # ------------------------------------------------------------ reading
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos or scans of sign-in sheets"),
            str(Path.home()),
            self.tr("Photos and scans ({0})").format(PICTURES),
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> Job | None:
        """Read ``paths`` in the background; their pages join the list when done."""
        event_id = self.desk.event_id
        if event_id is None:
            return None
        job = Job(read_and_match(self.desk, event_id, list(paths)))
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda result, j=job: self._read(j, result))
        job.signals.failed.connect(lambda message, j=job: self._failed(j, message))
        self.jobs.add(job)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.addButton.setEnabled(False)
        return job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish_job(self, job: Job) -> None:
        self.jobs.discard(job)
        if not self.jobs:
            self.progress.hide()
            self.addButton.setEnabled(True)

    def _failed(self, job: Job, message: str) -> None:
        self._finish_job(job)
        self._show_problems([message])

    def _read(self, job: Job, result: tuple[list[record.MatchedPage], list[str]]) -> None:
        self._finish_job(job)
        pages, problems = result
        self._show_problems(problems)
        for page in pages:
            self.pages.append(page)
            self.decisions.append([row.box.state for row in page.rows])
            self.pageList.addItem(
                self.tr("{0} — {1}, page {2}").format(
                    page.reading.source, page.session.title, format_count(page.reading.code.page)
                )
            )
        if pages and self.pageList.currentRow() < 0:
            self.pageList.setCurrentRow(0)
        self.view.setFocus()
        self._update_summary()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    # ------------------------------------------------------------ review
    def _page_chosen(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.view.show_page(self.pages[index], self.decisions[index])
            self.view.states = self.decisions[index]  # the view edits the kept list
        else:
            self.view.show_page(None)

    def _view_changed(self) -> None:
        page = self.view.page
        if page is not None and self.view.states:
            row = page.rows[self.view.current]
            who = row.display_name or (
                self.tr("walk-in (written in: add them at the desk)")
                if row.box.written
                else self.tr("walk-in row")
            )
            words = {
                TICKED: self.tr("ticked"),
                UNCLEAR: self.tr("unclear"),
            }.get(self.view.states[self.view.current], self.tr("empty"))
            self.rowLabel.setText(
                self.tr("Row {0} · {1}: {2} — Space flips, arrows move").format(
                    format_count(row.box.number), who, words
                )
            )
        else:
            self.rowLabel.clear()
        self._update_summary()

    def ticks(self) -> list[tuple[str, str]]:
        """(session id, person id) of every box now ticked, on every page."""
        return [
            (page.session.id, row.person_id)
            for page, states in zip(self.pages, self.decisions, strict=True)
            for row, state in zip(page.rows, states, strict=True)
            if state == TICKED and row.person_id
        ]

    def _update_summary(self) -> None:
        ticked = len(self.ticks())
        unclear = sum(states.count(UNCLEAR) for states in self.decisions)
        if not self.pages:
            self.summary.setText(self.tr("No sheets read yet."))
        else:
            text = self.tr("%Ln ticked", "", ticked)
            if unclear:
                text += " · " + self.tr(
                    "%Ln unclear: decide them (Space), or they are not recorded", "", unclear
                )
            self.summary.setText(text)
        self.recordButton.setEnabled(ticked > 0)

    # ------------------------------------------------------------ recording
    def confirm(self) -> None:
        at = None if self.startBox.isChecked() else self.timeEdit.time().toPython()
        done = record.record_ticks(self.desk.store, self.ticks(), at)
        if done:
            self.desk.undo_stack.push(PaperCommand(self.desk, done))
        self.pages.clear()
        self.decisions.clear()
        self.pageList.clear()
        self.view.show_page(None)
        self._update_summary()
        self.summary.setText(
            self.tr("%Ln checked in from paper (Ctrl+Z takes them back)", "", len(done))
        )

    def open_grid(self) -> None:
        from wltdesk.gui.paper.grid import TypedGrid

        grid = TypedGrid(self.desk, self)
        grid.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        grid.show()
        self.grid = grid

    # ------------------------------------------------------------ dropping
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
