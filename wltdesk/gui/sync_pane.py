"""The Sync section: the shared target, sync now or automatically, export, import,
the history with its errors, and the review of conflicts a merge left.

Everything that touches a disk or the network (sync, export, import) runs as a
:class:`~wltdesk.gui.jobs.Job`, so the window never freezes when a USB stick is
slow or a server does not answer. A timer checks the configured target every
minute and syncs when it can; a failure then is quiet — it shows in the
status bar ("Offline — 134 changes waiting") and in the history, not in a
dialog. What the user starts and fails gets a dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from wltdesk.gui.forms.ui_join_dialog import Ui_JoinDialog
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.jobs import Job
from wltdesk.gui.people_pane import field_label
from wltdesk.sync import bundle, conflicts, eventkey, exchange, merge

#: How often the automatic sync looks at the target, and the status text is refreshed.
AUTO_INTERVAL_MS = 60_000
STATUS_INTERVAL_MS = 30_000
AUTO_KEY = "sync/automatic"
ConflictRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2
TargetRole = Qt.ItemDataRole.UserRole + 3


class ExportDialog(QDialog):
    """Where to write a bundle, what it carries, and an optional passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.redactCheck.toggled.connect(self._redact_toggled)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a bundle"),
            self.ui.fileEdit.text(),
            self.tr("WLT Desk bundles (*.wltx)"),
        )
        if path:
            self.ui.fileEdit.setText(path if path.endswith(".wltx") else path + ".wltx")

    def _redact_toggled(self, on: bool) -> None:
        if on:
            self.ui.privateCheck.setChecked(False)
        self.ui.privateCheck.setEnabled(not on)

    def _accept(self) -> None:
        if not self.ui.fileEdit.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to write."))
            return
        if self.ui.passphraseEdit.text() != self.ui.repeatEdit.text():
            QMessageBox.warning(
                self, self.tr("Export"), self.tr("The two passphrases are not the same.")
            )
            return
        self.accept()

    @property
    def path(self) -> str:
        return self.ui.fileEdit.text().strip()

    @property
    def since_last(self) -> bool:
        return self.ui.sinceRadio.isChecked()

    @property
    def passphrase(self) -> str | None:
        return self.ui.passphraseEdit.text() or None

    @property
    def redact(self) -> bool:
        return self.ui.redactCheck.isChecked()

    @property
    def include_private(self) -> bool:
        return self.ui.privateCheck.isChecked()


class JoinDialog(QDialog):
    """An event package to join, and the event key from the lead facilitator's QR code.

    A USB barcode scanner types the QR code's text into the key field like a
    keyboard; pasting it works the same. The key is optional: without it the
    package is checked with the key it carries.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JoinDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.keyEdit.textChanged.connect(self._key_changed)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._key_changed("")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Event package"), "", self.tr("WLT Desk bundles (*.wltx)")
        )
        if path:
            self.ui.fileEdit.setText(path)

    def key_problem(self) -> str | None:
        """Why the key field cannot be used, or None (empty counts as usable)."""
        text = self.ui.keyEdit.text().strip()
        if not text:
            return None
        try:
            eventkey.parse_key(text)
        except UserError:
            return self.tr("This is not an event key: scan the QR code again.")
        return None

    def _key_changed(self, _text: str) -> None:
        problem = self.key_problem()
        text = self.ui.keyEdit.text().strip()
        if problem:
            self.ui.keyStateLabel.setText(problem)
        elif not text:
            self.ui.keyStateLabel.setText(
                self.tr("Without a key, the package is checked with the key inside it.")
            )
        else:
            event_id, _key = eventkey.parse_key(text)
            self.ui.keyStateLabel.setText(
                self.tr("Key for event {0}.").format(event_id[:8])
                if event_id
                else self.tr("Key given.")
            )

    def _accept(self) -> None:
        if not self.ui.fileEdit.text().strip():
            QMessageBox.warning(
                self, self.tr("Join an event"), self.tr("Choose the event package.")
            )
            return
        problem = self.key_problem()
        if problem:
            QMessageBox.warning(self, self.tr("Join an event"), problem)
            return
        self.accept()

    @property
    def path(self) -> str:
        return self.ui.fileEdit.text().strip()

    @property
    def key_text(self) -> str | None:
        return self.ui.keyEdit.text().strip() or None


class SyncPane(QWidget):
    #: The status bar's text ("Synced 2 min ago"), whenever it may have changed.
    status_changed = Signal(str)
    #: A sync, import or export finished (for tests and the status bar).
    job_done = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SyncPane()
        self.ui.setupUi(self)
        self.job: Job | None = None
        self.status_text = ""
        self.ui.progressBar.hide()
        self._setup_tables()
        self.ui.autoCheck.setChecked(bool(QSettings().value(AUTO_KEY, True, type=bool)))
        self.ui.autoCheck.toggled.connect(self._auto_toggled)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.setTargetButton.clicked.connect(self.set_target)
        self.ui.targetEdit.returnPressed.connect(self.set_target)
        self.ui.syncButton.clicked.connect(lambda: self.sync_now(quiet=False))
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.importButton.clicked.connect(self.import_files)
        self.ui.importFolderButton.clicked.connect(self.import_folder)
        self.ui.joinButton.clicked.connect(self.join_event)
        self.ui.defaultTargetButton.clicked.connect(self.make_default)
        self.ui.removeTargetButton.clicked.connect(self.remove_target)
        self.ui.targetsList.currentItemChanged.connect(self._target_chosen)
        self.ui.keyButton.clicked.connect(self.show_key)
        self.ui.keepButton.clicked.connect(self.keep_current)
        self.ui.pickButton.clicked.connect(self.pick_chosen)
        self.ui.conflictsTree.currentItemChanged.connect(self._conflict_chosen)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(AUTO_INTERVAL_MS)
        self.auto_timer.timeout.connect(self._auto_sync)
        self.auto_timer.start()
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_INTERVAL_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        desk.event_opened.connect(self.refresh)
        for signal in (desk.people_changed, desk.agenda_changed, desk.attendance_changed):
            signal.connect(self.refresh_status)
        self.refresh()

    def _setup_tables(self) -> None:
        table = self.ui.historyTable
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Result"),
                self.tr("Sent"),
                self.tr("Received"),
                self.tr("Where or what went wrong"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().hide()
        targets = self.ui.targetsList
        targets.setHeaderLabels(
            [
                self.tr("Target"),
                self.tr("Default"),
                self.tr("Last synced"),
                self.tr("Waiting"),
                self.tr("Last error"),
            ]
        )
        targets.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        targets.header().setStretchLastSection(True)
        self.ui.conflictsTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # ------------------------------------------------------------ state
    @property
    def event_id(self) -> str | None:
        return self.desk.event_id

    def refresh(self) -> None:
        """Everything again: target, status, history and conflicts."""
        has_event = self.event_id is not None
        for widget in (
            self.ui.targetBox,
            self.ui.syncButton,
            self.ui.exportButton,
            self.ui.keyButton,
        ):
            widget.setEnabled(has_event and self.job is None)
        for widget in (self.ui.importButton, self.ui.importFolderButton, self.ui.joinButton):
            widget.setEnabled(self.job is None)
        targets = exchange.list_targets(self.desk.store, self.event_id) if has_event else []
        default = next((t for t in targets if t.is_default), None)
        self.ui.targetEdit.setText(default.display if default else "")
        self.refresh_targets(targets)
        self.refresh_status()
        self.refresh_history()
        self.refresh_conflicts()

    def refresh_targets(self, found: list[exchange.TargetInfo]) -> None:
        """Every target of the event, the default one marked, with its last result."""
        listing = self.ui.targetsList
        chosen = self._chosen_target()
        listing.clear()
        for target in found:
            synced = (
                self.tr("{0} min ago").format(exchange.minutes_ago(target.last_success))
                if target.last_success
                else self.tr("never")
            )
            item = QTreeWidgetItem(
                [
                    target.display,
                    self.tr("yes") if target.is_default else "",
                    synced,
                    str(target.waiting),
                    target.last_error or "",
                ]
            )
            item.setData(0, TargetRole, target)
            item.setToolTip(0, target.display)
            item.setToolTip(4, target.last_error or "")
            listing.addTopLevelItem(item)
            if chosen is not None and target.id == chosen.id:
                listing.setCurrentItem(item)
        listing.setVisible(bool(found))
        self._target_chosen()

    def _chosen_target(self) -> exchange.TargetInfo | None:
        item = self.ui.targetsList.currentItem()
        return item.data(0, TargetRole) if item is not None else None

    def _target_chosen(self, *_args: object) -> None:
        has_targets = self.ui.targetsList.topLevelItemCount() > 0
        chosen = self._chosen_target() is not None and self.job is None
        for button in (self.ui.defaultTargetButton, self.ui.removeTargetButton):
            button.setVisible(has_targets)
            button.setEnabled(chosen)

    def status_words(self, state: exchange.SyncStatus) -> str:
        """The status in the user's language."""
        if state.state == "none":
            return self.tr("Sync: not set up")
        if state.state == "offline":
            return self.tr("Offline — {0} changes waiting").format(state.waiting)
        if state.state == "never":
            return self.tr("Not synced yet — {0} changes waiting").format(state.waiting)
        minutes = exchange.minutes_ago(state.last_success)
        text = (
            self.tr("Synced just now")
            if minutes < 1
            else self.tr("Synced {0} min ago").format(minutes)
        )
        if state.waiting:
            text += self.tr(" — {0} changes waiting").format(state.waiting)
        return text

    def refresh_status(self) -> None:
        if self.event_id is None:
            text = self.tr("Sync: no event open")
            detail = ""
        else:
            state = exchange.status(self.desk.store, self.event_id)
            text = self.status_words(state)
            detail = state.last_error if state.state == "offline" else (state.location or "")
        self.status_text = text
        label = f"<b>{_escape(text)}</b>"
        if detail:
            label += f"<br><span>{_escape(detail)}</span>"
        self.ui.statusLabel.setText(label)
        self.status_changed.emit(text)

    def refresh_history(self) -> None:
        runs = exchange.history(self.desk.store, self.event_id) if self.event_id else []
        kinds = {
            "sync": self.tr("sync"),
            "export": self.tr("export"),
            "import": self.tr("import"),
        }
        table = self.ui.historyTable
        table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            when = run.started_at.replace(tzinfo=UTC).astimezone()
            cells = [
                when.strftime("%Y-%m-%d %H:%M"),
                kinds.get(run.kind, run.kind),
                self.tr("ok") if run.ok else self.tr("failed"),
                str(run.sent),
                str(run.received),
                run.message or run.location,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not run.ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                if column == 5:
                    item.setToolTip(text)
                table.setItem(row, column, item)

    def refresh_conflicts(self) -> None:
        tree = self.ui.conflictsTree
        tree.clear()
        found = conflicts.conflicts(self.desk.store, self.event_id) if self.event_id else []
        for conflict in found:
            field = self.field_words(conflict.entity, conflict.field)
            top = QTreeWidgetItem(
                [f"{conflict.label} · {field}", self.value_words(conflict, conflict.current)]
            )
            top.setData(0, ConflictRole, conflict)
            for index, version in enumerate(conflict.versions):
                mark = self.tr("current") if index == 0 else self.tr("superseded")
                child = QTreeWidgetItem(
                    [
                        mark,
                        self.value_words(conflict, version),
                        version.device_name or version.device_id,
                        version.written_at.strftime("%Y-%m-%d %H:%M"),
                    ]
                )
                child.setData(0, ConflictRole, conflict)
                child.setData(0, VersionRole, version.hlc)
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setExpanded(True)
        if found:
            self.ui.conflictsLabel.setText(
                self.tr(
                    "1 field was written differently on different laptops. The newest "
                    "value is in use; choose another value to make it current again."
                )
                if len(found) == 1
                else self.tr(
                    "{0} fields were written differently on different laptops. The newest "
                    "value is in use; choose another value to make it current again."
                ).format(len(found))
            )
        else:
            self.ui.conflictsLabel.setText(self.tr("No conflicts to review."))
        self.ui.tabs.setTabText(
            1,
            self.tr("&Conflicts ({0})").format(len(found)) if found else self.tr("&Conflicts"),
        )
        self._conflict_chosen()

    def field_words(self, entity: str, field: str) -> str:
        """A field's name as the other panes show it."""
        if entity == "people":
            return field_label(field)
        names = {("attendance", "status"): self.tr("check-in")}
        return names.get((entity, field), field.replace("_", " "))

    def value_words(self, conflict: conflicts.Conflict, version: conflicts.Version) -> str:
        if conflict.entity == "attendance" and conflict.field == "status":
            if version.value == conflicts.UNDONE:
                return self.tr("check-in undone")
            words = QCoreApplication.translate("Attendance", str(version.value))
            checked_at = version.also.get("checked_at")
            if checked_at is not None:
                local = checked_at.replace(tzinfo=UTC).astimezone()
                words = self.tr("{0} at {1}").format(words, local.strftime("%H:%M"))
            return words
        return conflicts.value_text(version.value)

    def _conflict_chosen(self, *_args: object) -> None:
        item = self.ui.conflictsTree.currentItem()
        chosen = item is not None and item.data(0, ConflictRole) is not None
        self.ui.keepButton.setEnabled(chosen)
        version = item.data(0, VersionRole) if item is not None else None
        conflict = item.data(0, ConflictRole) if item is not None else None
        self.ui.pickButton.setEnabled(
            bool(version) and conflict is not None and version != conflict.current.hlc
        )

    # ------------------------------------------------------------ target
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared folder"), self.ui.targetEdit.text()
        )
        if folder:
            self.ui.targetEdit.setText(folder)
            self.set_target()

    def set_target(self) -> None:
        if self.event_id is None:
            return
        location = self.ui.targetEdit.text().strip()
        if not location:
            self.show_error(self.tr("Give a folder or a WebDAV address first."))
            return
        try:
            exchange.add_target(self.desk.store, self.event_id, location)
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.refresh()

    def make_default(self) -> None:
        """Sync with the chosen target from now on."""
        chosen = self._chosen_target()
        if chosen is None or self.event_id is None:
            return
        try:
            exchange.add_target(self.desk.store, self.event_id, chosen.location)
        except UserError as exc:
            self.show_error(str(exc))
        self.refresh()

    def remove_target(self) -> None:
        """Forget the chosen target; what is on it stays there."""
        chosen = self._chosen_target()
        if chosen is None or self.event_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove target"),
            self.tr(
                "Stop syncing with {0}? Nothing on it is deleted; you can add it again later."
            ).format(chosen.display),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            exchange.remove_target(self.desk.store, self.event_id, chosen.id)
        except UserError as exc:
            self.show_error(str(exc))
        self.refresh()

    def _auto_toggled(self, on: bool) -> None:
        QSettings().setValue(AUTO_KEY, on)

    # ------------------------------------------------------------ jobs
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
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.show()
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(lambda result: self._finished(job, done, result))
        job.signals.failed.connect(lambda message: self._failed(job, message, quiet, failed))
        self.refresh()
        return job.start()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _end(self) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.refresh()
        self.job_done.emit()

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
            self.show_error(message)

    def _changed_data(self) -> None:
        """Merged work may touch everything: let every pane reload."""
        self.desk.people_changed.emit()
        self.desk.agenda_changed.emit()
        self.desk.attendance_changed.emit()

    def _auto_sync(self) -> None:
        if not self.ui.autoCheck.isChecked() or self.event_id is None or self.job is not None:
            return
        if exchange.default_target(self.desk.store, self.event_id) is None:
            return
        self.sync_now(quiet=True)

    def sync_now(self, quiet: bool = False) -> None:
        """Push and pull with the default target, in the background."""
        event_id = self.event_id
        if event_id is None:
            return
        if exchange.default_target(self.desk.store, event_id) is None:
            if not quiet:
                self.show_error(self.tr("Set up a shared target first (a folder or WebDAV)."))
            return
        store = self.desk.store

        def work(progress, cancelled):
            return exchange.sync(store, event_id, None, progress, cancelled)

        def done(result: exchange.SyncResult) -> None:
            if result.summary is not None and result.summary.new_changes:
                self._changed_data()
            if result.refused and not quiet:
                self.show_error(
                    self.tr("Some bundles on the target were refused:\n{0}").format(
                        "\n".join(result.refused)
                    )
                )

        self._run(work, done, quiet)

    def export(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        dialog = ExportDialog(self)
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
            return exchange.export_file(store, event_id, path, since, passphrase, redact, private)

        def done(info: bundle.BundleInfo) -> None:
            QMessageBox.information(
                self,
                self.tr("Export"),
                self.tr("{0}\n{1} changes written.").format(info.path, info.changes),
            )

        self._run(work, done)

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("WLT Desk bundles (*.wltx)")
        )
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every bundle in a folder"))
        if folder:
            self.import_paths([folder])

    def join_event(self) -> None:
        """Import an event package, checked with the key from the QR code if given."""
        dialog = JoinDialog(self)
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
            return merge.import_bundles(
                store, paths, passphrase, expected, key, progress, cancelled
            )

        def done(summary: merge.ImportSummary) -> None:
            if summary.new_changes:
                self._changed_data()
            QMessageBox.information(self, self.tr("Import"), self.summary_words(summary))
            self._offer_event(summary)

        return self._run(
            work, done, failed=lambda message: self._import_failed(message, paths, key_text)
        )

    def _offer_event(self, summary: merge.ImportSummary) -> None:
        """After an import into another event than the open one, offer to open it."""
        others = [e for e in summary.events if e != self.event_id]
        if len(others) != 1 or self.event_id in summary.events:
            return
        if self.event_id is None:
            self.desk.open_event(others[0])
            return
        name = events.get_event(self.desk.store, others[0]).name
        answer = QMessageBox.question(
            self,
            self.tr("Import"),
            self.tr("The bundles belong to the event “{0}”. Open it now?").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.desk.open_event(others[0])

    def _import_failed(self, message: str, paths: list[str], key_text: str | None) -> None:
        if "encrypted: give its passphrase" in message or "wrong passphrase" in message:
            wrong = "wrong passphrase" in message
            prompt = (
                self.tr("Wrong passphrase. Try again:")
                if wrong
                else self.tr("The bundle is encrypted. Passphrase:")
            )
            text, ok = QInputDialog.getText(
                self, self.tr("Passphrase"), prompt, QLineEdit.EchoMode.Password
            )
            if ok and text:
                self.import_paths(paths, text, key_text)
            return
        self.show_error(message)

    def summary_words(self, summary: merge.ImportSummary) -> str:
        return self.tr(
            "{0} bundles merged: {1} new changes, {2} new people, {3} check-ins, "
            "{4} plans, {5} conflicts to review."
        ).format(
            summary.bundles,
            summary.new_changes,
            summary.new_people,
            summary.check_ins,
            summary.plans,
            summary.conflicts,
        )

    # ------------------------------------------------------------ key and conflicts
    def show_key(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        try:
            key = eventkey.event_key(self.desk.store, event_id)
        except UserError as exc:
            self.show_error(str(exc))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(eventkey.key_qr_png(event_id, key), "PNG")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Event key"))
        box.setIconPixmap(pixmap)
        box.setText(
            self.tr(
                "Co-facilitators scan this code to check that an event package really "
                "comes from this event. Show it only to your team."
            )
        )
        box.setDetailedText(eventkey.key_payload(event_id, key))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        save = box.addButton(self.tr("&Save QR code…"), QMessageBox.ButtonRole.ActionRole)
        save.clicked.disconnect()  # an action button would close the box
        save.clicked.connect(lambda: self.save_key(event_id, key))
        self.key_box = box
        box.open()

    def save_key(self, event_id: str, key: str) -> Path | None:
        """The QR code as a PNG (to print or send to a co-facilitator) or SVG."""
        event = self.desk.current_event
        name = f"{event.name if event else 'event'}-key.png".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the event key"),
            str(Path.home() / name),
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        try:
            return eventkey.key_qr(event_id, key, path)
        except (UserError, OSError) as exc:
            self.show_error(str(exc))
            return None

    def _chosen(self):
        item = self.ui.conflictsTree.currentItem()
        if item is None:
            return None, None
        return item.data(0, ConflictRole), item.data(0, VersionRole)

    def keep_current(self) -> None:
        conflict, _version = self._chosen()
        if conflict is None or self.event_id is None:
            return
        try:
            conflicts.keep(
                self.desk.store, self.event_id, conflict.entity, conflict.row_id, conflict.field
            )
        except UserError as exc:
            self.show_error(str(exc))
        self.refresh_conflicts()

    def pick_chosen(self) -> None:
        conflict, version = self._chosen()
        if conflict is None or not version or self.event_id is None:
            return
        try:
            conflicts.pick(
                self.desk.store,
                self.event_id,
                conflict.entity,
                conflict.row_id,
                conflict.field,
                version,
            )
        except UserError as exc:
            self.show_error(str(exc))
        self._changed_data()
        self.refresh()

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Sync"), message)


def _escape(text: str) -> str:
    return html.escape(text)
