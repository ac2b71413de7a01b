"""What the Print pane prints: the output and its options, chosen in the pane's form.

:class:`PrintChoices` fills the output list and the option fields (paper,
the printout's language, session, who gets a badge, the badge stock, blank badges
and the event's name on badges, group set, circle and its readers, minimum
sessions for a certificate and what every certificate carries —
:class:`~wltdesk.gui.printing.certificate_details.CertificateDetails`), shows only
the options the chosen output uses, and turns them into
:class:`wltdesk.printing.PrintOptions`. Its
words are the Print pane's (translation context ``PrintPane``), where they were
written first; the outputs' names and descriptions are the core's
(:data:`wltdesk.printing.OUTPUT_LABELS`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from wltdesk import agenda, circles, events, groups, printing
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_print_pane import Ui_PrintPane
from wltdesk.gui.printing.certificate_details import CertificateDetails
from wltdesk.language import _, format_count, format_date
from wltdesk.printing import badges, certificates
from wltdesk.printing.stock import DEFAULT_STOCK, STOCKS


def output_labels() -> dict[str, tuple[str, str]]:
    """Each output's name and what it holds, in the user's language (the core's words)."""
    return {key: (_(name), _(text)) for key, (name, text) in printing.OUTPUT_LABELS.items()}


def language_labels() -> dict[str, str]:
    """The languages a printout can be made in, as the Print pane offers them."""
    translate = QCoreApplication.translate  # the name pyside6-lupdate reads
    return {
        "en": translate("PrintPane", "English"),
        "bn": translate("PrintPane", "Bengali"),
        "en+bn": translate("PrintPane", "English and Bengali"),
    }


def number_text(value: int) -> str:
    """A count in the user's digits (Bengali digits in the Bengali UI)."""
    return format_count(value)


class PrintChoices(QObject):
    """The output and option fields of the Print pane's form; ``changed`` follows every choice."""

    #: The output or one of its options changed: a preview shown is out of date.
    changed = Signal()

    def __init__(self, desk: Desk, ui: Ui_PrintPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui
        for key, (label, _text) in output_labels().items():
            ui.outputCombo.addItem(label, key)
        ui.paperCombo.addItem(QCoreApplication.translate("PrintPane", "A4"), "a4")
        ui.paperCombo.addItem(QCoreApplication.translate("PrintPane", "Letter"), "letter")
        for code, label in language_labels().items():
            ui.languageCombo.addItem(label, code)
        ui.whoCombo.addItem(
            QCoreApplication.translate("PrintPane", "Everyone on the roster"), "all"
        )
        ui.whoCombo.addItem(
            QCoreApplication.translate("PrintPane", "Only people without a badge yet"), "new"
        )
        ui.whoCombo.addItem(
            QCoreApplication.translate("PrintPane", "No one: blank badges only"), "blank"
        )
        for key, stock in STOCKS.items():
            ui.stockCombo.addItem(_(stock.label), key)
        ui.stockCombo.setCurrentIndex(ui.stockCombo.findData(DEFAULT_STOCK))
        # what every certificate carries: the event's, saved as it is edited
        self.details = CertificateDetails(desk, ui.optionsColumn)
        ui.optionsForm.addRow(self.details)
        self.details.changed.connect(self.changed)
        ui.audienceCombo.addItem(
            QCoreApplication.translate("PrintPane", "Public notes only"), "public"
        )
        ui.audienceCombo.addItem(
            QCoreApplication.translate("PrintPane", "Notes for organizers too"), "organizers"
        )
        ui.audienceCombo.addItem(
            QCoreApplication.translate("PrintPane", "All notes, private ones too"), "facilitator"
        )
        ui.outputCombo.currentIndexChanged.connect(self._output_changed)
        for combo in (
            ui.paperCombo,
            ui.languageCombo,
            ui.sessionCombo,
            ui.whoCombo,
            ui.setCombo,
            ui.circleCombo,
            ui.audienceCombo,
            ui.stockCombo,
        ):
            combo.currentIndexChanged.connect(self._options_changed)
        ui.walkInSpin.valueChanged.connect(self._options_changed)
        ui.blankSpin.valueChanged.connect(self._options_changed)
        ui.shortNameEdit.editingFinished.connect(self._save_short_name)
        ui.minSessionsSpin.valueChanged.connect(self._options_changed)
        # another event (or this one's details changed): its own language again
        desk.event_opened.connect(lambda: ui.languageCombo.setProperty("chosen", False))
        self._output_changed()

    @staticmethod
    def _refill(
        combo: Any, items: list[tuple[str, str | None]], default: str | None = None
    ) -> None:
        """New items; the choice kept if still there, else ``default``, else the first.

        With a ``default``, only a choice the facilitator made (property ``chosen``) is kept.
        """
        wanted = combo.currentData()
        if default is not None and not combo.property("chosen"):
            wanted = default
        combo.blockSignals(True)
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        index = combo.findData(wanted)
        if index < 0 and default is not None:
            index = combo.findData(default)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def refresh(self, event_id: str) -> None:
        """Fill the session, group set and circle choices from the event, and choose the
        event's output language unless the facilitator chose one here."""
        store = self.desk.store
        sessions = agenda.list_sessions(store, event_id)
        # the sign-in sheet is for the session on now at the venue (the agenda's rule)
        event = self.desk.current_event
        language = self.ui.languageCombo
        if event is not None and not language.property("chosen"):
            language.blockSignals(True)
            language.setCurrentIndex(max(0, language.findData(events.event_output_language(event))))
            language.blockSignals(False)
        current = agenda.current_session(sessions, events.local_now(event)) if event else None
        self._refill(
            self.ui.sessionCombo,
            [(f"{format_date(s.starts_at, 'EEEHm')} · {s.title}", s.id) for s in sessions],
            current.id if current else None,
        )
        sets = groups.list_sets(store, event_id)
        self._refill(
            self.ui.setCombo,
            [
                (QCoreApplication.translate("PrintPane", "All group sets"), None),
                *[(s.name, s.id) for s in sets],
            ],
        )
        found = circles.list_circles(store, event_id)
        self._refill(
            self.ui.circleCombo,
            [
                (QCoreApplication.translate("PrintPane", "All circles"), None),
                *[(c.title, c.id) for c in found],
            ],
        )
        if event is not None:
            self.ui.shortNameEdit.setText(event.short_name or "")
            self.ui.shortNameEdit.setPlaceholderText(badges.default_title(event.name))
        self.details.refresh()
        counted = len(certificates.counted_sessions(store, event_id))
        spin = self.ui.minSessionsSpin
        spin.blockSignals(True)
        spin.setMaximum(max(1, counted))
        if not spin.property("chosen"):
            spin.setValue(certificates.default_minimum(counted) if counted else 1)
        spin.blockSignals(False)
        spin.setSuffix(
            QCoreApplication.translate("PrintPane", " of %1").replace("%1", number_text(counted))
        )

    def output(self) -> str:
        return str(self.ui.outputCombo.currentData())

    def _output_changed(self) -> None:
        output = self.output()
        rows = {
            "signin": (self.ui.sessionCombo, self.ui.walkInSpin),
            "badges": (
                self.ui.whoCombo, self.ui.stockCombo, self.ui.blankSpin, self.ui.shortNameEdit,
            ),
            "groups": (self.ui.setCombo,),
            "circle": (self.ui.circleCombo, self.ui.audienceCombo),
            "certificates": (self.ui.minSessionsSpin, self.details),
        }  # fmt: skip
        wanted = rows.get(output, ())
        for widget in (
            self.ui.sessionCombo,
            self.ui.walkInSpin,
            self.ui.whoCombo,
            self.ui.stockCombo,
            self.ui.blankSpin,
            self.ui.shortNameEdit,
            self.ui.setCombo,
            self.ui.circleCombo,
            self.ui.audienceCombo,
            self.ui.minSessionsSpin,
            self.details,
        ):
            self.ui.optionsForm.setRowVisible(widget, widget in wanted)
        self.ui.descriptionLabel.setText(output_labels()[output][1])
        self._options_changed()

    def _paper_follows_stock(self) -> None:
        """A stock sold on one sheet (Avery labels, A6) prints on that sheet: the paper
        choice is then not the facilitator's to make."""
        stock = STOCKS[str(self.ui.stockCombo.currentData())]
        self.ui.stockCombo.setToolTip(self.ui.stockCombo.currentText())  # names run long
        fixed = self.output() == "badges" and stock.paper is not None
        self.ui.paperCombo.setEnabled(not fixed)
        if fixed and stock.paper in ("a4", "letter"):
            self.ui.paperCombo.blockSignals(True)
            self.ui.paperCombo.setCurrentIndex(self.ui.paperCombo.findData(stock.paper))
            self.ui.paperCombo.blockSignals(False)

    def sheet(self, options: printing.PrintOptions) -> str:
        """The paper the printer is given: a badge stock sold on one sheet size (Avery
        labels, A6 cards) prints on that sheet, anything else on the paper chosen."""
        if self.output() == "badges":
            return STOCKS[options.stock].paper or options.paper
        return options.paper

    def _save_short_name(self) -> None:
        """The event's name on badges, stored as it is left (the event's, for every laptop)."""
        event_id = self.desk.event_id
        if event_id is None:
            return
        try:
            changed = events.update_event(
                self.desk.store, event_id, short_name=self.ui.shortNameEdit.text()
            )
        except UserError as exc:
            QMessageBox.warning(
                self.ui.shortNameEdit,
                QCoreApplication.translate("PrintPane", "Cannot save"),
                str(exc),
            )
            return
        if changed:
            self.changed.emit()

    def _options_changed(self) -> None:
        self._paper_follows_stock()
        # a choice the facilitator made is kept when the lists are filled again
        chosen_here = (self.ui.minSessionsSpin, self.ui.sessionCombo, self.ui.languageCombo)
        if self.sender() in chosen_here:
            self.sender().setProperty("chosen", True)
        self.changed.emit()

    def options(self, event_id: str, reprint: bool = False) -> printing.PrintOptions:
        """The chosen options; raises UserError when a choice is missing."""
        output = self.output()
        session_id = self.ui.sessionCombo.currentData()
        if output == "signin" and not session_id:
            raise UserError(
                QCoreApplication.translate(
                    "PrintPane", "The agenda has no session yet: add one first."
                )
            )
        person_ids: tuple[str, ...] | None = None
        blank = self.ui.blankSpin.value() if output == "badges" else 0
        if output == "badges" and self.ui.whoCombo.currentData() == "blank":
            person_ids = ()
            if not blank:
                raise UserError(
                    QCoreApplication.translate(
                        "PrintPane", "Choose how many blank badges to print."
                    )
                )
        if output == "badges" and self.ui.whoCombo.currentData() == "new":
            person_ids = tuple(badges.never_printed(self.desk.store, event_id))
            if not person_ids and not blank:
                raise UserError(
                    QCoreApplication.translate(
                        "PrintPane", "Everyone on the roster has a badge already."
                    )
                )
        return printing.PrintOptions(
            paper=str(self.ui.paperCombo.currentData()),
            session_id=session_id,
            set_id=self.ui.setCombo.currentData(),
            circle_id=self.ui.circleCombo.currentData(),
            audience=str(self.ui.audienceCombo.currentData()),
            min_sessions=self.ui.minSessionsSpin.value(),
            person_ids=person_ids,
            reprint=reprint,
            stock=str(self.ui.stockCombo.currentData()),
            blank=blank,
            walk_in_rows=self.ui.walkInSpin.value(),
            language=str(self.ui.languageCombo.currentData()),
        )
