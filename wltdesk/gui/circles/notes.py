"""What the circle said: the Notes tab's table and the Summary tab's page.

:class:`NotesTable` lists the notes (who a note is about, who may read it,
its themes, its text); :class:`SummaryView` shows the circle's
:class:`wltdesk.circles.CircleSummary` as the audience chosen may read it
(:func:`summary_html` lays it out). The words keep the ``CirclesPane``
translation context.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
)

from wltdesk import circles
from wltdesk.errors import UserError
from wltdesk.gui.circles.labels import audience_labels, clock_text, visibility_labels
from wltdesk.language import format_count
from wltdesk.store import Store


class NotesTable:
    """The notes of one circle, one row each; the text column takes the room left."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CirclesPane", "About"),
                QCoreApplication.translate("CirclesPane", "Visible to"),
                QCoreApplication.translate("CirclesPane", "Themes"),
                QCoreApplication.translate("CirclesPane", "Note"),
            ]
        )
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show(self, notes: Sequence[circles.Note]) -> None:
        table = self.table
        labels = visibility_labels()
        table.setRowCount(len(notes))
        for row, note in enumerate(notes):
            if note.anonymous:
                about = QCoreApplication.translate("CirclesPane", "Anonymous")
            else:
                about = note.display_name or QCoreApplication.translate(
                    "CirclesPane", "The whole circle"
                )
            cells = (
                about,
                labels.get(note.visibility, note.visibility),
                ", ".join(note.themes),
                note.text,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == 3 else "")
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def chosen(self, notes: Sequence[circles.Note]) -> circles.Note | None:
        """The note of the selected row, if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return notes[row] if row < len(notes) else None


class SummaryView:
    """The summary of one circle for the audience chosen (the public report by default)."""

    def __init__(self, browser: QTextBrowser, audience: QComboBox) -> None:
        self.browser = browser
        self.audience = audience
        for key, label in audience_labels().items():
            audience.addItem(label, key)
        audience.setCurrentIndex(audience.findData("public"))

    def show(self, store: Store, view: circles.CircleView | None) -> None:
        browser = self.browser
        if view is None:
            browser.clear()
            return
        try:
            found = circles.summary(store, view.info.id, self.audience.currentData())
        except UserError as exc:
            browser.setPlainText(str(exc))
            return
        browser.setHtml(summary_html(found))


def summary_html(found: circles.CircleSummary) -> str:
    esc = html.escape
    where = " · ".join(esc(x) for x in (found.session_title, found.group_name) if x)
    parts = [f"<h2>{esc(found.title)}</h2>"]
    if where:
        parts.append(f"<p>{where}</p>")
    for prompt in found.prompts:
        parts.append(f"<p><i>{esc(prompt).replace(chr(10), '<br>')}</i></p>")
    totals = found.totals
    parts.append(
        "<p>"
        + QCoreApplication.translate(
            "CirclesPane", "{0} spoke, {1} passed, of {2} in the circle · {3} shared · {4} notes"
        ).format(
            format_count(totals.spoke),
            format_count(totals.passed),
            format_count(totals.speakers),
            clock_text(totals.seconds),
            format_count(totals.notes),
        )
        + "</p>"
    )
    if found.themes:
        heading = QCoreApplication.translate("CirclesPane", "Themes")
        parts.append(f"<h3>{esc(heading)}</h3><ul>")
        parts += [f"<li>{esc(theme)} — {format_count(count)}</li>" for theme, count in found.themes]
        parts.append("</ul>")
    if found.quotes:
        heading = QCoreApplication.translate("CirclesPane", "Quotes")
        parts.append(f"<h3>{esc(heading)}</h3>")
        for quote in found.quotes:
            if quote.speaker:
                who = quote.speaker
            elif quote.anonymous:
                who = QCoreApplication.translate("CirclesPane", "anonymous")
            else:
                who = QCoreApplication.translate("CirclesPane", "the whole circle")
            parts.append(f"<p>“{esc(quote.text)}” — <i>{esc(who)}</i></p>")
    if found.time_shared:
        heading = QCoreApplication.translate("CirclesPane", "Time shared")
        parts.append(f"<h3>{esc(heading)}</h3><table cellpadding='3'>")
        for share in found.time_shared:
            value = (
                QCoreApplication.translate("CirclesPane", "passed")
                if share.passed
                else clock_text(share.seconds)
            )
            parts.append(f"<tr><td>{esc(share.name)}</td><td>{esc(value)}</td></tr>")
        parts.append("</table>")
    return "".join(parts)
