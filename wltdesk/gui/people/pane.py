"""The People section: the event's roster as a sortable, filterable table.

The table is a view on :class:`~wltdesk.gui.people.model.PeopleModel`, a Qt
item model over the rows ``people.list_people`` returns (no copy of the data
in widgets), read in the thread pool when an event opens ("Loading the
roster…" until then). The model sorts on a header click and filters on every
keystroke in the filter field itself, on keys worked out as each person is
read (:mod:`wltdesk.gui.people.rows`). Cells are edited in place;
the whole record opens in :class:`~wltdesk.gui.people.dialog.PersonDialog`.
Every change goes through the ``people`` service and onto the app-wide undo
stack; the table shows it at once, and it is announced with
``desk.people_changed`` on the next turn of the event loop, so the check-in
desk's search index takes just the people changed. Rosters from a
spreadsheet come in through :mod:`wltdesk.gui.people.roster_import`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from wltdesk import roster
from wltdesk.errors import UserError
from wltdesk.gui.desk import Desk
from wltdesk.gui.forms.ui_people_pane import Ui_PeoplePane
from wltdesk.gui.people.delegate import PeopleDelegate
from wltdesk.gui.people.dialog import PersonDialog
from wltdesk.gui.people.model import COLUMNS, PeopleModel, PersonIdRole
from wltdesk.gui.people.redraw import RedrawNextTurn
from wltdesk.gui.people.roster_import import ImportDialog
from wltdesk.language import format_count

#: Narrowest a column is made to fit the pane (pixels); the user can drag it wider.
MIN_COLUMN_WIDTH = 64
#: Columns never cut: a facilitator finds people by their names.
NAME_COLUMNS = (COLUMNS.index("display_name"), COLUMNS.index("local_name"))


def fit_widths(wanted: Sequence[int], available: int, whole: Sequence[int] = ()) -> list[int]:
    """Column widths within ``available``: the widest columns give way first, down to a floor.

    Columns in ``whole`` (the names) keep their width; the others give way around them,
    and when even that is too wide the table scrolls sideways rather than cut a name.
    """
    if sum(wanted) <= available:
        return list(wanted)
    if whole:
        rest = [c for c in range(len(wanted)) if c not in whole]
        room = available - sum(wanted[c] for c in whole)
        narrowed = fit_widths([wanted[c] for c in rest], room)
        widths = list(wanted)
        for column, width in zip(rest, narrowed, strict=True):
            widths[column] = width
        return widths
    remaining, left = available, len(wanted)
    cap = available
    for width in sorted(wanted):
        if width * left <= remaining:
            remaining -= width
            left -= 1
        else:
            cap = remaining // left
            break
    return [min(width, max(cap, MIN_COLUMN_WIDTH)) for width in wanted]


class PeoplePane(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PeoplePane()
        self.ui.setupUi(self)
        self.model = PeopleModel(desk, self)
        view = self.ui.tableView
        view.setModel(self.model)
        view.setItemDelegate(PeopleDelegate(self.model, view))
        self.redraw = RedrawNextTurn(view)
        view.sortByColumn(COLUMNS.index("display_name"), Qt.SortOrder.AscendingOrder)
        # An edited name moves its row (the model keeps it sorted, with a row
        # move), and the view would lay itself out as it next paints and then ask
        # for a second whole redraw in the same frame. Laid out as the editor
        # closes, its redraw joins the one due.
        view.itemDelegate().closeEditor.connect(view.executeDelayedItemsLayout)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # columns are measured on the rows in sight, not Qt's default of a thousand
        # rows (a tenth of a second on a big roster, as it opens)
        header.setResizeContentsPrecision(0)
        header.sectionResized.connect(self._column_resized)
        view.viewport().installEventFilter(self)
        # Fixed rows stay fast with thousands of people; the extra height gives
        # Bengali vowel signs, which rise above the Latin line, room to show.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
        self._wanted: list[int] = []
        self._fitting = False
        self._user_sized = False
        self._build_actions()
        self.ui.filterEdit.textChanged.connect(self.model.set_filter)
        self.ui.filterEdit.returnPressed.connect(self.focus_table)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
        ):
            signal.connect(self.update_count)
        self.model.loading_changed.connect(self.update_buttons)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._measure_columns)
        self.model.modelReset.connect(self._restore_selection)
        self._kept_selection: list[str] = []
        self.model.edit_failed.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        view.activated.connect(lambda _index: self.edit_current())
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.ui.addButton.clicked.connect(self.add_person)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.importButton.clicked.connect(self.choose_roster)
        desk.event_opened.connect(self.update_buttons)
        self.model.reload()
        self.update_count()
        self.update_buttons()

    def _build_actions(self) -> None:
        find = QAction(self.tr("Filter the roster"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_filter)
        self.addAction(find)
        clear = QAction(self.tr("Clear the filter"), self)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.ui.filterEdit.clear)
        self.ui.filterEdit.addAction(clear)
        delete = QAction(self.tr("Delete the chosen people"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.ui.tableView.addAction(delete)
        # Ctrl+N is "new" in every section: here a person
        add = QAction(self.tr("Add person…"), self)
        add.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_person)
        self.addAction(add)
        self.find_action, self.delete_action, self.add_action = find, delete, add

    # ------------------------------------------------------------ state
    def update_count(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if self.desk.event_id is None:
            text = self.tr("No event open")
        elif self.model.loading:
            text = self.tr("Loading the roster…")
        elif self.ui.filterEdit.text() and shown != total:
            text = self.tr("{0} of {1} people").format(format_count(shown), format_count(total))
        elif total == 1:
            text = self.tr("1 person")
        else:
            text = self.tr("{0} people").format(format_count(total))
        self.ui.countLabel.setText(text)

    def update_buttons(self) -> None:
        has_event = self.desk.event_id is not None
        chosen = bool(self.selected_ids())
        # adding selects the new row, which is not there until the roster is
        self.ui.addButton.setEnabled(has_event and not self.model.loading)
        self.add_action.setEnabled(has_event and not self.model.loading)
        self.ui.importButton.setEnabled(has_event)
        self.ui.editButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)

    def _measure_columns(self) -> None:
        """How wide each column wants to be, measured on the rows in sight.

        Only a visible view knows which rows are in sight; a hidden one is
        measured when it is first laid out (see :meth:`eventFilter`).
        """
        view = self.ui.tableView
        if not view.isVisible():
            self._wanted = []
            return
        header = view.horizontalHeader()
        self._wanted = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + 8
            for c in range(len(COLUMNS))
        ]
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, narrowed (widest first) to fit the pane.

        Stops once the user has dragged a column edge: their widths win.
        """
        if self._user_sized or not self._wanted:
            return
        header = self.ui.tableView.horizontalHeader()
        available = self.ui.tableView.viewport().width()
        self._fitting = True
        try:
            widths = fit_widths(self._wanted, available, NAME_COLUMNS)
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized_or_shown = (QEvent.Type.Resize, QEvent.Type.Show)
        if watched is self.ui.tableView.viewport() and event.type() in resized_or_shown:
            if self._wanted:
                self._fit_columns()
            else:
                self._measure_columns()
        return super().eventFilter(watched, event)

    def _remember_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        """After a reload, the people chosen before stay chosen (those still there)."""
        kept, self._kept_selection = self._kept_selection, []
        selection = self.ui.tableView.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for person_id in kept:
            row = self.model.row_of(person_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            selection.select(index, flags)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.update_buttons()

    def selected_ids(self) -> list[str]:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return [row.data(PersonIdRole) for row in sorted(rows, key=lambda i: i.row())]

    def current_id(self) -> str | None:
        current = self.ui.tableView.currentIndex()
        if current.isValid() and self.ui.tableView.selectionModel().isRowSelected(
            current.row(), current.parent()
        ):
            return current.siblingAtColumn(0).data(PersonIdRole)
        chosen = self.selected_ids()
        return chosen[0] if chosen else None

    def select_person(self, person_id: str) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            return
        index = self.model.index(row, COLUMNS.index("display_name"))
        view = self.ui.tableView
        view.setCurrentIndex(index)
        view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    # ------------------------------------------------------------ keyboard
    def focus_filter(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def focus_table(self) -> None:
        """Enter in the filter: on to the first match, where Enter opens it."""
        if self.model.rowCount():
            index = self.model.index(0, COLUMNS.index("display_name"))
            view = self.ui.tableView
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.setCurrentIndex(index)
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # ------------------------------------------------------------ actions
    def add_person(self) -> PersonDialog | None:
        if self.desk.event_id is None or self.model.loading:
            return None
        dialog = PersonDialog(self.model, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select_person(dialog.person_id or ""))
        dialog.open()
        return dialog

    def edit_current(self) -> PersonDialog | None:
        person_id = self.current_id()
        row = self.model.row_of(person_id) if person_id else None
        if row is None:
            return None
        dialog = PersonDialog(self.model, self.model.person(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if len(ids) == 1:
            name = self.model.person(self.model.row_of(ids[0]) or 0).display_name
            question = self.tr("Remove {0} from the roster?").format(name)
        else:
            question = self.tr("Remove {0} people from the roster?").format(format_count(len(ids)))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question + "\n" + self.tr("Their check-ins stay; Ctrl+Z brings them back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.model.delete(ids)
        except UserError as exc:
            self.show_error(str(exc))
            self.model.announce(ids)  # whatever happened to them, the rows show it
            return False
        return True

    def choose_roster(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import roster"),
            "",
            self.tr("Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.open_roster(path)

    def open_roster(self, path: str) -> QDialog | None:
        """Read the start of ``path`` and open the column-mapping dialog for it."""
        try:
            preview = roster.preview(path, rows=8)
        except UserError as exc:
            self.show_error(str(exc))
            return None
        dialog = ImportDialog(self.desk, preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("People"), message)
