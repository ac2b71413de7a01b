"""Where each column of a roster file goes, chosen in the import dialog's preview table.

:class:`ColumnMapping` fills the table the import dialog shows: a "Goes to"
row with one choice per column (preselected from the headers by
``roster.preview``), the file's first rows under it, and in the first column
what importing would do with each row. It turns the choices into the explicit
mapping ``roster.import_roster`` takes. Its words are the import dialog's
(translation context ``ImportDialog``), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from wltdesk import roster
from wltdesk.gui.people.fields import field_label
from wltdesk.language import locale_digits
from wltdesk.people import PERSON_FIELDS

# Table columns before the file's own: the outcome of each row.
FIRST = 1


class ColumnMapping(QObject):
    """The preview table of one roster file, with a destination choice per column.

    A field goes to one column only: choosing it for a column makes the
    column that had it an extra column. ``changed`` follows every choice.
    """

    #: The user chose another destination for a column.
    changed = Signal()

    def __init__(
        self, preview: roster.Preview, table: QTableWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.table = table
        self.combos: list[QComboBox] = []
        self._fill_table()

    def _fill_table(self) -> None:
        preview = self.preview
        table = self.table
        table.setColumnCount(FIRST + len(preview.headers))
        table.setRowCount(1 + len(preview.rows))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Outcome"),
                *(
                    header
                    or QCoreApplication.translate("ImportDialog", "(column {0})").format(
                        locale_digits(str(number))
                    )
                    for number, header in enumerate(preview.headers, 1)
                ),
            ]
        )
        table.horizontalHeaderItem(0).setToolTip(
            QCoreApplication.translate("ImportDialog", "What importing would do with each row")
        )
        for number in range(1 + len(preview.rows)):
            table.setItem(number, 0, QTableWidgetItem(""))
        table.setVerticalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Goes to"),
                *(locale_digits(str(row.line)) for row in preview.rows),
            ]
        )
        table.verticalHeaderItem(0).setToolTip(
            QCoreApplication.translate("ImportDialog", "Where each column goes")
        )
        for row in preview.rows:
            table.verticalHeaderItem(1 + preview.rows.index(row)).setToolTip(
                QCoreApplication.translate("ImportDialog", "Line {0} of the file").format(
                    locale_digits(str(row.line))
                )
            )
        repeated = self._repeated_headers()
        for column, destination in enumerate(preview.fields):
            combo = QComboBox(table)
            for key in PERSON_FIELDS:
                combo.addItem(field_label(key), key)
            combo.insertSeparator(combo.count())
            combo.addItem(
                QCoreApplication.translate("ImportDialog", "Extra column (kept)"), roster.EXTRA
            )
            combo.addItem(
                QCoreApplication.translate("ImportDialog", "Ignore (not imported)"), roster.IGNORE
            )
            combo.setAccessibleName(
                QCoreApplication.translate("ImportDialog", "Destination of column {0}").format(
                    table.horizontalHeaderItem(FIRST + column).text()
                )
            )
            if column in repeated:
                combo.setEnabled(False)
                combo.setToolTip(
                    QCoreApplication.translate(
                        "ImportDialog",
                        "This column's header is empty or repeated, so it cannot be mapped.",
                    )
                )
            combo.setCurrentIndex(combo.findData(destination))
            combo.currentIndexChanged.connect(lambda _i, c=column: self.mapping_changed(c))
            table.setCellWidget(0, FIRST + column, combo)
            self.combos.append(combo)
            for number, row in enumerate(preview.rows, 1):
                text = row.cells[column] if column < len(row.cells) else ""
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(number, FIRST + column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.resizeSection(0, max(header.sectionSize(0), 160))
        for column, combo in enumerate(self.combos, FIRST):
            wanted = max(header.sectionSize(column), combo.sizeHint().width())
            header.resizeSection(column, min(wanted, 260))
        table.resizeRowToContents(0)
        # As tall as the rows shown, no taller: the dialog then fits small screens.
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMaximumHeight(
            rows_height
            + table.horizontalHeader().sizeHint().height()
            + table.horizontalScrollBar().sizeHint().height()
            + table.frameWidth() * 2
            + 2
        )

    def _repeated_headers(self) -> set[int]:
        """Columns an explicit mapping cannot name: empty or (as compared) repeated headers."""
        keys = [roster.normalize_header(header) for header in self.preview.headers]
        return {n for n, key in enumerate(keys) if not key or keys.count(key) > 1}

    # ------------------------------------------------------------ the mapping
    def mapping(self) -> dict[str, str]:
        """The explicit column mapping for ``roster.import_roster``, by header."""
        repeated = self._repeated_headers()
        headers = self.preview.headers
        return {
            headers[column]: combo.currentData()
            for column, combo in enumerate(self.combos)
            if column not in repeated
        }

    def destinations(self) -> dict[int, str]:
        """Where each column goes, as the import will see it (UserError if it cannot)."""
        return roster.map_columns(self.preview.headers, self.mapping())

    def mapping_changed(self, column: int) -> None:
        """A field goes to one column only: the column that had it becomes an extra column."""
        chosen = self.combos[column].currentData()
        if chosen not in (roster.EXTRA, roster.IGNORE):
            for other, combo in enumerate(self.combos):
                if other != column and combo.isEnabled() and combo.currentData() == chosen:
                    self._set_combo(combo, roster.EXTRA)
        self.changed.emit()

    def show_destinations(self, destinations: dict[int, str]) -> None:
        """Each choice as the import will see it (its rules may have moved one)."""
        for column, combo in enumerate(self.combos):
            if combo.currentData() != destinations[column]:
                self._set_combo(combo, destinations[column])

    def _set_combo(self, combo: QComboBox, destination: str) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(destination))
        combo.blockSignals(False)

    def set_enabled(self, enabled: bool) -> None:
        """Choices open to change (never those of columns that cannot be mapped)."""
        repeated = self._repeated_headers()
        for column, combo in enumerate(self.combos):
            combo.setEnabled(enabled and column not in repeated)

    # ------------------------------------------------------------ what it would do
    def outcome_text(self, outcome: roster.RowOutcome | None) -> str:
        """One row's outcome as the table shows it."""
        if outcome is None:
            return ""
        if outcome.kind == "new":
            return QCoreApplication.translate("ImportDialog", "new")
        if outcome.kind == "update":
            return QCoreApplication.translate("ImportDialog", "updates {0}").format(outcome.detail)
        if outcome.kind == "unchanged":
            return QCoreApplication.translate("ImportDialog", "unchanged")
        return QCoreApplication.translate("ImportDialog", "rejected: {0}").format(outcome.detail)

    def show_outcomes(self, report: roster.ImportReport | None) -> None:
        """Each preview row's outcome in the first column (blank without a report)."""
        table = self.table
        for number, row in enumerate(self.preview.rows, 1):
            outcome = report.outcomes.get(row.line) if report is not None else None
            item = table.item(number, 0)
            item.setText(self.outcome_text(outcome))
            if outcome is not None and outcome.kind == "unchanged":
                item.setToolTip(
                    QCoreApplication.translate("ImportDialog", "Nothing new for {0}").format(
                        outcome.detail
                    )
                )
            else:
                item.setToolTip(item.text())
