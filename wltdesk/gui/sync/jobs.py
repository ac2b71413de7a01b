"""The Sync section's background work: sync now, export, import and join an event.

Everything here touches a disk or the network, so each runs as a
:class:`~wltdesk.gui.jobs.Job`, one at a time, on the pane's progress bar:
the window never freezes when a USB stick is slow or a server does not
answer. A sync the timer started fails quietly (the status bar and the
history say so); what the user started and fails gets a dialog, in plain
words, with the technical part behind *Show Details…*.
:class:`SyncJobs` speaks with the Sync pane's words (translation context
``SyncPane``), where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from wltdesk import events
from wltdesk.gui.desk import Desk
from wltdesk.gui.jobs import Job
from wltdesk.gui.sync import wording
from wltdesk.gui.sync.dialogs import ExportDialog, ImportTargetDialog, JoinDialog
from wltdesk.language import format_count, speaking
from wltdesk.sync import bundle, eventkey, exchange, export, gather, merge, tally, targets


class SyncJobs(QObject):
    """Runs the pane's sync, export and import work, and tells what came of it."""

    #: A job started or ended: the pane enables and disables its buttons.
    started = Signal()
    ended = Signal()
    #: Merged work may have touched anything: every pane reloads.
    merged = Signal()
    #: Something failed that the user should hear about: the message for them, and
    #: its technical details ("" if none).
    failed = Signal(str, str)

    def __init__(self, desk: Desk, progress_bar: QProgressBar, pane: QWidget) -> None:
        super().__init__(pane)
        self.desk = desk
        self.pane = pane
        self.progress_bar = progress_bar
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    # ------------------------------------------------------------ one job at a time
    def _run(
        self,
        work: Callable,
        done: Callable,
        quiet: bool = False,
        failed: Callable[[str], None] | None = None,
    ) -> Job | None:
        """Run core work in the thread pool, one job at a time; ``done`` gets its result."""
        if self.job is not None:
            return None
        job = Job(work)
        self.job = job
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda result: self._finished(job, done, result))
        job.signals.failed.connect(lambda message: self._failed(job, message, quiet, failed))
        self.started.emit()
        return job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _end(self) -> None:
        self.job = None
        self.progress_bar.hide()
        self.ended.emit()

    def _finished(self, job: Job, done, result: object) -> None:
        if job is not self.job:
            return
        try:
            done(result)
        finally:
            self._end()

    def _failed(
        self, job: Job, message: str, quiet: bool, failed: Callable[[str], None] | None
    ) -> None:
        if job is not self.job:
            return
        self._end()
        if failed is not None:
            failed(message)
        elif not quiet:
            self.failed.emit(message, "")

    # ------------------------------------------------------------ the work
    def sync_now(self, quiet: bool = False) -> None:
        """Push and pull with the default target, in the background."""
        event_id = self.desk.event_id
        if event_id is None:
            return
        if exchange.default_target(self.desk.store, event_id) is None:
            if not quiet:
                self.failed.emit(
                    QCoreApplication.translate(
                        "SyncPane", "Set up a shared target first (a folder or WebDAV)."
                    ),
                    "",
                )
            return
        store = self.desk.store
        language = wording.ui_language()

        def work(progress, cancelled):
            # What the sync records and says is in the window's language.
            with speaking(language):
                try:
                    return exchange.sync(store, event_id, None, progress, cancelled)
                except targets.TargetProblem as problem:  # recorded; shown with details
                    return problem

        def done(result: exchange.SyncResult | targets.TargetProblem) -> None:
            if isinstance(result, targets.TargetProblem):
                if not quiet:
                    self.failed.emit(str(result), result.details or "")
                return
            if result.summary is not None and result.summary.new_changes:
                self.merged.emit()
            if result.refused and not quiet:
                self.failed.emit(*wording.refused_words(result.refused))

        self._run(work, done, quiet)

    def export(self) -> None:
        event_id = self.desk.event_id
        if event_id is None:
            return
        dialog = ExportDialog(self.pane)
        event = self.desk.current_event
        name = f"{event.name if event else 'event'}-{datetime.now():%Y%m%d-%H%M}.wltx"
        dialog.ui.fileEdit.setText(str(Path.home() / name.replace("/", "-")))
        if not dialog.exec():
            return
        store = self.desk.store
        options = (dialog.path, dialog.since_last, dialog.passphrase, dialog.redact)
        private = dialog.include_private

        def work(_progress, _cancelled):
            path, since, passphrase, redact = options
            return export.export_file(store, event_id, path, since, passphrase, redact, private)

        def done(info: bundle.BundleInfo) -> None:
            QMessageBox.information(
                self.pane,
                QCoreApplication.translate("SyncPane", "Export"),
                QCoreApplication.translate("SyncPane", "{0} changes written to {1}").format(
                    wording.number(info.changes), info.path
                ),
            )

        self._run(work, done)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.pane,
            QCoreApplication.translate("SyncPane", "Import files"),
            "",
            QCoreApplication.translate("SyncPane", "WLT Desk sync files (*.wltx)"),
        )
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        """Every bundle in a folder, or every laptop's on a WebDAV target (read only)."""
        dialog = ImportTargetDialog(self.pane)
        if dialog.exec():
            self.import_paths([dialog.place])

    def join_event(self) -> None:
        """Import an event package, opened with the key from the QR code (or, for
        a join package, its passphrase)."""
        store = self.desk.store
        dialog = JoinDialog(self.pane, needs_key=lambda path: merge.key_needed(store, path))
        if dialog.exec():
            self.import_paths([dialog.path], key_text=dialog.key_text)

    def import_paths(
        self, paths: list[str], passphrase: str | None = None, key_text: str | None = None
    ) -> Job | None:
        """Verify and merge bundles in the background; asks for a passphrase if needed.

        Bundles of any event are welcome (an organizer merges several events'
        laptops; a co-facilitator joins with a package); an event key narrows
        the import to that key's event.
        """
        store = self.desk.store
        expected, key = eventkey.parse_key(key_text) if key_text else (None, None)

        def work(progress, cancelled):
            if len(paths) == 1 and gather.is_address(paths[0]):
                return gather.import_address(
                    store, paths[0], passphrase, expected, key, progress, cancelled
                )
            return merge.import_bundles(
                store, paths, passphrase, expected, key, progress, cancelled
            )

        def done(summary: merge.ImportSummary) -> None:
            if summary.new_changes:
                self.merged.emit()
            words = summary_words(summary)
            title = QCoreApplication.translate("SyncPane", "Import")
            if summary.refused:
                # The others merged; each refused one is named, with why, in the details.
                words += "\n\n" + QCoreApplication.translate(
                    "SyncPane",
                    "Some files could not be imported; the others were. Show Details says "
                    "which, and why.",
                )
                reasons = "\n".join(reason for _path, reason in summary.refused)
                self.report = wording.message_box(
                    self.pane, QMessageBox.Icon.Warning, title, words, reasons
                )
            else:
                QMessageBox.information(self.pane, title, words)
            self._offer_event(summary)

        return self._run(
            work, done, failed=lambda message: self._import_failed(message, paths, key_text)
        )

    def _offer_event(self, summary: merge.ImportSummary) -> None:
        """After an import into another event than the open one, offer to open it."""
        event_id = self.desk.event_id
        others = [e for e in summary.events if e != event_id]
        if len(others) != 1 or event_id in summary.events:
            return
        if event_id is None:
            self.desk.open_event(others[0])
            return
        name = events.get_event(self.desk.store, others[0]).name
        answer = QMessageBox.question(
            self.pane,
            QCoreApplication.translate("SyncPane", "Import"),
            QCoreApplication.translate(
                "SyncPane", "The imported files belong to the event “{0}”. Open it now?"
            ).format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.desk.open_event(others[0])

    def _import_failed(self, message: str, paths: list[str], key_text: str | None) -> None:
        if "encrypted: give its passphrase" in message or "wrong passphrase" in message:
            wrong = "wrong passphrase" in message
            prompt = (
                QCoreApplication.translate("SyncPane", "Wrong passphrase. Try again:")
                if wrong
                else QCoreApplication.translate(
                    "SyncPane", "The file is locked with a passphrase. Passphrase:"
                )
            )
            text, ok = QInputDialog.getText(
                self.pane,
                QCoreApplication.translate("SyncPane", "Passphrase"),
                prompt,
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.import_paths(paths, text, key_text)
            return
        # What the core said stays in the details; the dialog says what to do.
        plain = _what_to_do(message)
        if plain:
            self.failed.emit(plain, message)
        else:
            self.failed.emit(message, "")


def _state_words(state: str) -> str:
    """A check-in's state in an import's summary: its status, or none."""
    if state == tally.NONE:
        return QCoreApplication.translate("SyncPane", "not checked in")
    return QCoreApplication.translate("Attendance", state)


def summary_words(summary: merge.ImportSummary) -> str:
    """What an import brought, each count of rows (see :mod:`wltdesk.sync.tally`)."""
    moves = "".join(
        "\n"
        + QCoreApplication.translate("SyncPane", "{0} → {1}: {2}").format(
            _state_words(t.before), _state_words(t.after), format_count(t.count)
        )
        for t in summary.changed_check_ins
    )
    words = QCoreApplication.translate(
        "SyncPane",
        "Files imported: {0}. New changes: {1} — new people: {2}, new check-ins: {3}, "
        "changed check-ins: {4}, new plans: {5}, new action items: {6}. Conflicts to "
        "review: {7}.",
    ).format(
        *map(
            format_count,
            (
                summary.bundles,
                summary.new_changes,
                summary.new_people,
                summary.check_ins,
                sum(t.count for t in summary.changed_check_ins),
                summary.plans,
                summary.items,
                summary.conflicts,
            ),
        )
    )
    words += moves
    if summary.held:
        words += "\n" + QCoreApplication.translate(
            "SyncPane",
            "{0} changes were held for review: they were made on a laptop whose clock "
            "is more than a day ahead of this one. See Conflicts.",
        ).format(format_count(summary.held))
    return words


def _what_to_do(message: str) -> str:
    """For an import the core refused: what the facilitator can do about it, or ""."""
    plain = ""
    if "give its event key" in message:
        plain = QCoreApplication.translate(
            "SyncPane",
            "This file belongs to an event this laptop does not have yet. Join the "
            "event first: Sync ▸ Join an event…, with the event key from the lead "
            "facilitator's QR code.",
        )
    elif "wrong event key" in message:
        plain = QCoreApplication.translate(
            "SyncPane",
            "This event key does not open the file: it is the key of another event, "
            "or an old one. Scan the QR code of this event again.",
        )
    elif "event key this laptop does not have" in message:
        plain = QCoreApplication.translate(
            "SyncPane",
            "The event key was changed after a laptop was lost. Ask the organizer for "
            "the new key and scan it in Sync ▸ Laptops (Enter a new key…).",
        )
    elif "from a revoked laptop" in message:
        plain = QCoreApplication.translate(
            "SyncPane",
            "This file comes from a laptop that was revoked (lost or stolen): "
            "nothing it sends is taken.",
        )
    return plain
