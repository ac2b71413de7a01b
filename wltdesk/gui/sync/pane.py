"""The Sync section: the shared target, sync now or automatically, export, import,
the history with its errors, and the review of conflicts a merge left.

The pane itself shows how syncing goes (the status line, also in the status
bar, and the history) and the event key. Its parts: the Target box is a
:class:`~wltdesk.gui.sync.targets.TargetSetup`, the work runs in
:class:`~wltdesk.gui.sync.jobs.SyncJobs` (every sync, export and import is a
background job), the Conflicts tab is a
:class:`~wltdesk.gui.sync.conflicts.ConflictReview` under the changes held for
review (:class:`~wltdesk.gui.sync.held.HeldReview`), the Laptops tab is a
:class:`~wltdesk.gui.sync.devices.DevicesView`, and the dialogs are in
:mod:`wltdesk.gui.sync.dialogs`. A timer checks the configured target every
minute and syncs when it can; a failure then is quiet — it shows in the
status bar ("Offline — 134 changes not yet sent") and in the history, not in a
dialog. What the user starts and fails gets a dialog, in plain words with the
technical part behind *Show Details…*. The status line is the core's
(:mod:`.wording`), so the status bar, this pane and ``wltdesk sync --status``
say the same; "not yet sent" is the figure the next sync shows as sent. Every
time is the venue's, whatever the laptop's time zone. A clock that looks wrong
(:mod:`wltdesk.sync.clockwatch`) is said in the status line and the status bar.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from wltdesk import events
from wltdesk.errors import UserError
from wltdesk.gui import palette
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_sync_pane import Ui_SyncPane
from wltdesk.gui.jobs import BackgroundRead, Job
from wltdesk.gui.sync import wording
from wltdesk.gui.sync.conflicts import ConflictReview
from wltdesk.gui.sync.devices import DevicesView
from wltdesk.gui.sync.dialogs import EventKeyBox
from wltdesk.gui.sync.held import HeldReview
from wltdesk.gui.sync.jobs import SyncJobs
from wltdesk.gui.sync.reading import SectionFacts, read_section
from wltdesk.gui.sync.targets import TargetSetup
from wltdesk.sync import clockwatch, eventkey, exchange

#: How often the automatic sync looks at the target, and the status text is refreshed.
AUTO_INTERVAL_MS = 60_000
STATUS_INTERVAL_MS = 30_000
AUTO_KEY = "sync/automatic"


class SyncPane(QWidget):
    #: The status bar's text ("Synced 2 minutes ago — everything sent"), when it may change.
    status_changed = Signal(str)
    #: A sync, import or export finished (for tests and the status bar).
    job_done = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SyncPane()
        self.ui.setupUi(self)
        palette.hint(self.ui.targetHint)
        self.status_text = ""
        #: The event whose facts the section shows (None: none shown yet, or no event).
        self.shown_event: str | None = None
        #: The last message shown (with its details), for whoever looks again.
        self.error_box: QMessageBox | None = None
        self.ui.progressBar.hide()
        self._setup_tables()
        self.jobs = SyncJobs(desk, self.ui.progressBar, self)
        #: What the section shows is read off the GUI thread (see :meth:`refresh`).
        self.reading = BackgroundRead(self._show_read, self)
        #: The status line is read again after every change anywhere (a walk-in, an
        #: edit), off the GUI thread too: on a big event its reads cost a few ms.
        self.status_reading = BackgroundRead(self._show_read_status, self)
        self.jobs.started.connect(self._enable)
        self.jobs.ended.connect(self._job_ended)
        self.jobs.merged.connect(self._changed_data)
        self.jobs.failed.connect(self.show_error)
        self.conflicts = ConflictReview(desk, self.ui, self)
        self.conflicts.picked.connect(self._picked)
        self.conflicts.failed.connect(self.show_error)
        self.held = HeldReview(desk, self.ui, self)
        self.held.accepted.connect(self._picked)
        self.held.decided.connect(self.refresh)
        self.held.failed.connect(self.show_error)
        self.devices = DevicesView(desk, self)
        self.ui.tabs.addTab(self.devices, self.tr("&Laptops"))
        self.devices.changed.connect(self.refresh)
        self.devices.failed.connect(self.show_error)
        self.targets = TargetSetup(desk, self.ui, self.jobs, self)
        self.targets.changed.connect(self.refresh)
        self.targets.failed.connect(self.show_error)
        self.ui.autoCheck.setChecked(bool(QSettings().value(AUTO_KEY, True, type=bool)))
        self.ui.autoCheck.toggled.connect(self._auto_toggled)
        self.ui.syncButton.clicked.connect(lambda: self.sync_now(quiet=False))
        self.ui.exportButton.clicked.connect(self.jobs.export)
        self.ui.importButton.clicked.connect(self.jobs.import_files)
        self.ui.importFolderButton.clicked.connect(self.jobs.import_folder)
        self.ui.joinButton.clicked.connect(self.jobs.join_event)
        self.ui.keyButton.clicked.connect(self.show_key)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(AUTO_INTERVAL_MS)
        self.auto_timer.timeout.connect(self._auto_sync)
        self.auto_timer.start()
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_INTERVAL_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        desk.event_opened.connect(self.refresh)
        palette.appearance().changed.connect(self.refresh)  # its words in colour
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

    # ------------------------------------------------------------ state
    @property
    def event_id(self) -> str | None:
        return self.desk.event_id

    def refresh(self, after_job: bool = False) -> None:
        """Everything again (targets, status, history, held changes, conflicts, laptops),
        read in the thread pool (see :mod:`.reading`): after a job, when an event
        opens, when a target, a laptop or a conflict changes. ``job_done`` follows
        if a job had ended. Until another event's facts come, its lists are off."""
        store, event_id = self.desk.store, self.event_id
        if event_id is None:  # nothing to read
            self._show_read((read_section(store, None), after_job))
            return
        if event_id != self.shown_event:  # the last event's targets and conflicts are shown:
            self.ui.tabs.setEnabled(False)  # not to be picked for this one
            self.ui.targetBox.setEnabled(False)
        self.reading.ask(lambda: (read_section(store, event_id), after_job))

    def show(self, facts: SectionFacts) -> None:
        """What :func:`~wltdesk.gui.sync.reading.read_section` found (if still this event's)."""
        if facts.event_id != self.event_id:
            return
        self.shown_event = facts.event_id
        self.ui.tabs.setEnabled(True)
        self._enable()
        self.targets.show(facts.targets)
        self._show_status(facts.status, facts.clock)
        self._show_history(facts.history)
        self.held.show(facts.held)
        self.conflicts.show(facts.conflicts, len(facts.held))
        self.devices.show(facts.devices)

    def _enable(self) -> None:
        """Buttons that start a job are off while one runs."""
        has_event = self.event_id is not None
        for widget in (
            self.ui.targetBox,
            self.ui.syncButton,
            self.ui.exportButton,
            self.ui.keyButton,
        ):
            widget.setEnabled(has_event and not self.jobs.busy)
        for widget in (self.ui.importButton, self.ui.importFolderButton, self.ui.joinButton):
            widget.setEnabled(not self.jobs.busy)

    def refresh_status(self) -> None:
        """The status line again, read in the thread pool (``status_changed`` once shown)."""
        event_id = self.event_id
        if event_id is None:
            self._show_status(None, None)
            return
        store = self.desk.store
        self.status_reading.ask(
            lambda: (
                event_id,
                exchange.status(store, event_id),
                clockwatch.clock_warning(store, event_id),
            )
        )

    def _show_read_status(
        self,
        found: tuple[str, exchange.SyncStatus, clockwatch.ClockWarning | None],
    ) -> None:
        event_id, state, warning = found
        if event_id == self.event_id:  # not another event's, opened since
            self._show_status(state, warning)

    def _show_status(
        self, state: exchange.SyncStatus | None, warning: clockwatch.ClockWarning | None
    ) -> None:
        details = ""
        if state is None:
            text = self.tr("Sync: no event open")
            detail = ""
        else:
            text = wording.status_line(state)
            detail = state.problem or (state.location or "")
            details = exchange.failure_parts(state.last_error)[1] if state.problem else ""
        if warning is not None:
            text += self.tr(" — check this laptop's clock")
        self.status_text = text
        label = f"<b>{_escape(text)}</b>"
        if detail:
            label += f"<br><span>{_escape(detail)}</span>"
        if warning is not None:
            colour = palette.current().danger_text
            words = _escape(wording.clock_words(warning))
            label += f"<br><span style='color:{colour}'>{words}</span>"
        self.ui.statusLabel.setText(label)
        self.ui.statusLabel.setToolTip(details)
        self.status_changed.emit(text)

    def _show_history(self, runs: list[exchange.RunInfo]) -> None:
        """Every sync, export and import, newest first, at the venue's time."""
        kinds = {
            "sync": self.tr("sync"),
            "export": self.tr("export"),
            "import": self.tr("import"),
        }
        event = self.desk.current_event
        zone = events.check_timezone(event.timezone) if event else None  # the venue's clock
        table = self.ui.historyTable
        table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            said, details = exchange.failure_parts(run.message)
            cells = [
                wording.when(run.started_at, zone),
                kinds.get(run.kind, run.kind),
                self.tr("ok") if run.ok else self.tr("failed"),
                wording.number(run.sent),
                wording.number(run.received),
                said or run.location,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not run.ok:
                    item.setForeground(palette.brush("danger_text"))
                if column == 5:
                    item.setToolTip(f"{text}\n\n{details}" if details else text)
                table.setItem(row, column, item)

    def _auto_toggled(self, on: bool) -> None:
        QSettings().setValue(AUTO_KEY, on)

    # ------------------------------------------------------------ jobs
    def _auto_sync(self) -> None:
        if not self.ui.autoCheck.isChecked() or self.event_id is None or self.jobs.busy:
            return
        if exchange.default_target(self.desk.store, self.event_id) is None:
            return
        self.sync_now(quiet=True)

    def sync_now(self, quiet: bool = False) -> None:
        """Push and pull with the default target, in the background."""
        self.jobs.sync_now(quiet)

    def import_paths(
        self, paths: list[str], passphrase: str | None = None, key_text: str | None = None
    ) -> Job | None:
        """Verify and merge bundles in the background (see :meth:`SyncJobs.import_paths`)."""
        return self.jobs.import_paths(paths, passphrase, key_text)

    def _job_ended(self) -> None:
        """The job's results are read off the GUI thread; ``job_done`` once they show."""
        self._enable()
        self.refresh(after_job=True)

    def _show_read(self, found: tuple[SectionFacts, bool]) -> None:
        facts, after_job = found
        self.show(facts)
        if after_job:
            self.job_done.emit()

    def _changed_data(self) -> None:
        """Merged work may touch everything: let every pane reload."""
        self.desk.announce_people(None)
        self.desk.agenda_changed.emit()
        self.desk.attendance_changed.emit()

    def _picked(self) -> None:
        """Another version of a conflict became current: the data changed."""
        self._changed_data()
        self.refresh()

    # ------------------------------------------------------------ the event key
    def show_key(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        try:
            key = eventkey.event_key(self.desk.store, event_id)
        except UserError as exc:
            self.show_error(str(exc))
            return
        event = self.desk.current_event
        box = EventKeyBox(event.name if event else "event", event_id, key, self)
        self.key_box = box
        box.open()

    def show_error(self, message: str, details: str = "") -> None:
        """What went wrong, in plain words; the technical part, if any, behind Show
        Details… (that box opens window-modal and leaves the window live)."""
        if not details:
            QMessageBox.warning(self, self.tr("Sync"), message)
            return
        self.error_box = wording.message_box(
            self, QMessageBox.Icon.Warning, self.tr("Sync"), message, details
        )


def _escape(text: str) -> str:
    return html.escape(text)
