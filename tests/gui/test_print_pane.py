"""The Print pane: options per output, a preview of real pages, save, print, the reprint question.

Only the printer is stand-in: Qt's print dialog is replaced by a QPrinter that
writes a PDF file, so the painting code runs for real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from printing_data import build_event, pdf_text

from wltdesk import events, printing
from wltdesk.gui.desk import Desk
from wltdesk.gui.printing.pane import PrintPane
from wltdesk.printing import badges
from wltdesk.printing.preview import pages_in


@pytest.fixture
def printed(gui_store):
    return build_event(gui_store)


@pytest.fixture
def pane(qtbot, gui_store, printed):
    desk = Desk(gui_store)
    desk.open_event(printed.event_id)
    widget = PrintPane(desk)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def choose(pane: PrintPane, output: str) -> None:
    pane.ui.outputCombo.setCurrentIndex(pane.ui.outputCombo.findData(output))


def visible_rows(pane: PrintPane) -> set[str]:
    names = {
        "session": pane.ui.sessionCombo,
        "walk_in": pane.ui.walkInSpin,
        "who": pane.ui.whoCombo,
        "set": pane.ui.setCombo,
        "circle": pane.ui.circleCombo,
        "audience": pane.ui.audienceCombo,
        "min_sessions": pane.ui.minSessionsSpin,
        "stock": pane.ui.stockCombo,
        "blank": pane.ui.blankSpin,
        "short_name": pane.ui.shortNameEdit,
        "certificate_details": pane.choices.details,
    }
    return {name for name, widget in names.items() if pane.ui.optionsForm.isRowVisible(widget)}


def test_each_output_shows_its_own_options(pane):
    expected = {
        "signin": {"session", "walk_in"},
        "badges": {"who", "stock", "blank", "short_name"},
        "groups": {"set"},
        "circle": {"circle", "audience"},
        "plans": set(),
        "certificates": {"min_sessions", "certificate_details"},
        "report": set(),
    }
    assert [pane.ui.outputCombo.itemData(i) for i in range(pane.ui.outputCombo.count())] == list(
        printing.OUTPUTS
    )
    for output, rows in expected.items():
        choose(pane, output)
        assert visible_rows(pane) == rows, output
        assert pane.ui.descriptionLabel.text()
    # the agenda's five counted sessions; the default is three quarters of them
    assert pane.ui.minSessionsSpin.maximum() == 5
    assert pane.ui.minSessionsSpin.value() == 4
    assert pane.ui.sessionCombo.count() == 6
    assert pane.ui.setCombo.count() == 2 and pane.ui.circleCombo.count() == 2


def page_width(pane: PrintPane) -> float:
    """The first page's width on screen, in the window's (device-independent) pixels."""
    return pane.page_labels[0].pixmap().deviceIndependentSize().width()


def test_preview_shows_the_pages(pane, qtbot):
    choose(pane, "signin")
    pane.ui.walkInSpin.setValue(3)
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert pane.ui.pagesLabel.text() == "1 page"
    assert len(pane.page_labels) == 1
    assert page_width(pane) == pytest.approx(210 / 25.4 * 80, abs=2)  # A4 at the preview dpi
    # options changed: the old preview is marked stale
    pane.ui.paperCombo.setCurrentIndex(1)
    assert pane.pdf is None and "Options changed" in pane.ui.pagesLabel.text()
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert page_width(pane) == pytest.approx(8.5 * 80, abs=2)  # Letter


#: Run at 200 % in a process of its own (Qt's scale is fixed when the app starts).
PREVIEW_AT_SCALE = """
import json, sys
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from printing_data import build_event
from wltdesk.gui.desk import Desk
from wltdesk.gui.printing.pane import PrintPane
from wltdesk.store import open_store
store = open_store(sys.argv[1])
desk = Desk(store)
desk.open_event(build_event(store).event_id)
pane = PrintPane(desk)
pane.resize(1200, 700)
pane.show()
pane.ui.outputCombo.setCurrentIndex(pane.ui.outputCombo.findData("signin"))
pane.preview()
loop = QEventLoop()
poll = QTimer(interval=20, timeout=lambda: pane.pdf is not None and loop.quit())
poll.start()
QTimer.singleShot(120_000, loop.quit)
loop.exec()
pixmap = pane.page_labels[0].pixmap()
ratio, width = pixmap.devicePixelRatio(), pixmap.width()
print(json.dumps({"ratio": ratio, "dots": width, "shown": pixmap.deviceIndependentSize().width()}))
store.close()
"""


def test_the_preview_is_sharp_at_200_percent(tmp_path):
    """On a 200 % screen the pages have twice the dots, shown at the same size: not a
    page of 80 dpi blown up and blurred."""
    script = tmp_path / "preview.py"
    script.write_text(PREVIEW_AT_SCALE, "utf-8")
    tests = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "scaled.sqlite"), str(tests)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    a4 = 210 / 25.4 * 80
    assert seen["ratio"] == 2
    assert seen["shown"] == pytest.approx(a4, abs=2)
    assert seen["dots"] == pytest.approx(2 * a4, abs=3)


def session_shown(pane: PrintPane) -> str:
    return pane.ui.sessionCombo.currentText().split(" · ", 1)[1]


def come_back_at(pane: PrintPane, clock, moment: datetime) -> None:
    """The facilitator is elsewhere at ``moment``, then opens the Print pane again."""
    pane.hide()
    clock.move_to(moment)
    pane.show()


def test_the_session_is_the_one_on_now_at_the_venue(clock, pane, qtbot):
    choose(pane, "signin")
    # day two, 09:30 in Dhaka (03:30 UTC): "Regional plans" is running
    come_back_at(pane, clock, datetime(2026, 3, 15, 3, 30, tzinfo=UTC))
    assert session_shown(pane) == "Regional plans"
    # day one, 13:30 in Dhaka: lunch is over, "Partnerships" starts next
    come_back_at(pane, clock, datetime(2026, 3, 14, 7, 30, tzinfo=UTC))
    assert session_shown(pane) == "Partnerships"
    # day one, 18:00 in Dhaka: nothing on any more today, the day's last session
    come_back_at(pane, clock, datetime(2026, 3, 14, 12, 0, tzinfo=UTC))
    assert session_shown(pane) == "Partnerships"
    # day two, 08:00 in Dhaka (02:00 UTC, still the 14th in London): the first of the day
    come_back_at(pane, clock, datetime(2026, 3, 15, 2, 0, tzinfo=UTC))
    assert session_shown(pane) == "Regional plans"
    # a session the facilitator picks by keys stays picked while the clock moves on
    pane.ui.sessionCombo.setFocus()
    qtbot.keyClick(pane.ui.sessionCombo, Qt.Key.Key_Down)
    assert session_shown(pane) == "Closing circle"
    come_back_at(pane, clock, datetime(2026, 3, 15, 3, 30, tzinfo=UTC))
    assert session_shown(pane) == "Closing circle"


def test_a_shown_preview_follows_the_options(pane, qtbot):
    choose(pane, "signin")
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert page_width(pane) == pytest.approx(210 / 25.4 * 80, abs=2)
    # Letter paper, chosen by keys: the pages shown become Letter pages, no button pressed
    pane.ui.paperCombo.setFocus()
    qtbot.keyClick(pane.ui.paperCombo, Qt.Key.Key_Down)
    assert "building the new pages" in pane.ui.pagesLabel.text()
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert page_width(pane) == pytest.approx(8.5 * 80, abs=2)
    assert pane.ui.pagesLabel.text() == "1 page"
    # badges only for people without one, when everyone has one: said, no stale pages
    choose(pane, "badges")
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    log_every_badge(pane)
    pane.ui.whoCombo.setFocus()
    qtbot.keyClick(pane.ui.whoCombo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "no pages" in pane.ui.pagesLabel.text(), timeout=30_000)
    assert pane.page_labels == [] and "badge already" in pane.ui.statusLabel.text()


def test_the_language_is_the_events_unless_chosen_here(pane, qtbot, gui_store, printed, tmp_path):
    """The printout's language starts as the event's; a choice made by keys holds for
    this pane (the preview follows it) and leaves the event's as it is."""
    combo = pane.ui.languageCombo
    assert pane.ui.optionsForm.isRowVisible(combo)
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "bn", "en+bn"]
    assert combo.currentData() == "en"
    events.update_event(gui_store, printed.event_id, output_language="bn")
    pane.desk.open_event(printed.event_id)
    assert combo.currentData() == "bn"
    choose(pane, "signin")
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert "Signature" not in pdf_text(pane.pdf, tmp_path)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English and Bengali
    assert combo.currentData() == "en+bn"
    assert pane.choices.options(printed.event_id).language == "en+bn"
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert "Signature" in pdf_text(pane.pdf, tmp_path)
    pane.refresh()  # a choice made here stays when the lists are filled again
    assert combo.currentData() == "en+bn"
    assert events.get_event(gui_store, printed.event_id).output_language == "bn"


def log_every_badge(pane: PrintPane) -> None:
    """Log every badge as printed, as a save would."""
    event_id = pane.desk.event_id
    options = pane.choices.options(event_id)
    printing.finish(pane.desk.store, event_id, "badges", options)


def test_save_logs_badges_and_asks_before_a_reprint(pane, qtbot, tmp_path, monkeypatch, printed):
    choose(pane, "badges")
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(pane, "_choose_file", lambda: str(target))
    questions: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            questions.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(pane.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not pane.busy, timeout=30_000)
    assert questions == []  # nothing was printed before: no question
    assert pages_in(target.read_bytes()) == 1
    store, event_id = pane.desk.store, printed.event_id
    assert len(badges.printed_before(store, event_id)) == len(printed.people)
    target.unlink()
    qtbot.mouseClick(pane.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "printed before" in questions[0]
    assert not pane.busy and not target.exists()  # "No": nothing saved, nothing logged
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(pane.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not pane.busy, timeout=30_000)
    assert {p.times for p in badges.printed_before(store, event_id)} == {2}
    assert "Saved" in pane.ui.statusLabel.text()


def test_print_paints_every_page_on_the_printer(pane, qtbot, tmp_path, monkeypatch):
    choose(pane, "certificates")
    pane.ui.minSessionsSpin.setValue(3)
    output = tmp_path / "printer.pdf"
    chosen: list[tuple[str, bool]] = []

    def fake_printer(paper: str, landscape: bool) -> QPrinter:
        chosen.append((paper, landscape))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(pane, "_choose_printer", fake_printer)
    qtbot.mouseClick(pane.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.busy, timeout=30_000)
    assert chosen == [("a4", True)]
    assert output.exists()
    assert pages_in(output.read_bytes()) == 5  # one certificate per qualifying participant
    assert "Sent 5 pages" in pane.ui.statusLabel.text()


def test_printing_holds_one_page_image_at_a_time(pane, qtbot, tmp_path, monkeypatch):
    """At the printer's resolution a page image is tens of MB: pages are made, painted
    and dropped one by one, never all held at once (34 certificates took 1.2 GB)."""
    import threading
    import weakref

    from wltdesk.printing import preview

    alive = {"now": 0, "most": 0}
    lock = threading.Lock()

    def gone() -> None:
        with lock:
            alive["now"] -= 1

    class Tracked(preview.PageImage):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            with lock:
                alive["now"] += 1
                alive["most"] = max(alive["most"], alive["now"])
            weakref.finalize(self, gone)

    monkeypatch.setattr(preview, "PageImage", Tracked)
    choose(pane, "certificates")
    pane.ui.minSessionsSpin.setValue(3)
    output = tmp_path / "printer.pdf"

    def fake_printer(paper: str, landscape: bool) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(pane, "_choose_printer", fake_printer)
    qtbot.mouseClick(pane.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.busy, timeout=30_000)
    assert pages_in(output.read_bytes()) == 5
    assert 1 <= alive["most"] <= 2  # five pages printed, never more than two in memory


def test_bad_choices_and_failures_show_a_dialog(pane, qtbot, monkeypatch, gui_store, printed):
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text)
    )
    badges.record_prints(gui_store, printed.event_id, list(printed.people.values()))
    choose(pane, "badges")
    pane.ui.whoCombo.setCurrentIndex(1)  # only people without a badge: there are none
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    assert warnings == ["Everyone on the roster has a badge already."]
    # a failure inside the background job comes back as a dialog too
    empty = events.create_event(gui_store, "Empty", date(2026, 5, 1), date(2026, 5, 1))
    pane.desk.open_event(empty)
    choose(pane, "plans")
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=30_000)
    assert warnings[1] == "the event has no action plans yet"
    assert not pane.busy and pane.ui.previewButton.isEnabled()
    choose(pane, "signin")
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    assert warnings[2] == "The agenda has no session yet: add one first."


# ------------------------------------------------------------------ badges and certificates
def test_badge_stock_blank_badges_and_the_event_on_badges(pane, qtbot, gui_store, printed):
    """Stock, blank badges and the event's short name are chosen by keys: a stock sold
    on one sheet decides the paper; the short name is the event's, saved on leaving."""
    choose(pane, "badges")
    stock_combo = pane.ui.stockCombo
    assert stock_combo.currentData() == "pouch" and pane.ui.paperCombo.isEnabled()
    stock_combo.setFocus()
    qtbot.keyClick(stock_combo, Qt.Key.Key_Down)  # Avery L7418, on A4
    assert stock_combo.currentData() == "avery-l7418"
    pane.ui.paperCombo.setCurrentIndex(0)
    for _step in range(2):
        qtbot.keyClick(stock_combo, Qt.Key.Key_Down)  # Avery 5392: Letter sheets
    assert stock_combo.currentData() == "avery-5392"
    assert not pane.ui.paperCombo.isEnabled() and pane.ui.paperCombo.currentData() == "letter"
    pane.ui.blankSpin.setFocus()
    qtbot.keyClick(pane.ui.blankSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.ui.blankSpin, "3")
    edit = pane.ui.shortNameEdit
    assert edit.placeholderText() == "Leadership Training Dhaka"
    edit.setFocus()
    qtbot.keyClicks(edit, "LTD 2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert events.get_event(gui_store, printed.event_id).short_name == "LTD 2026"
    options = pane.choices.options(printed.event_id)
    assert (options.stock, options.blank, options.person_ids) == ("avery-5392", 3, None)
    pane.ui.whoCombo.setCurrentIndex(pane.ui.whoCombo.findData("blank"))
    assert pane.choices.options(printed.event_id).person_ids == ()
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    assert pane.ui.pagesLabel.text() == "1 page"  # three blank badges on one sheet
    assert page_width(pane) == pytest.approx(8.5 * 80, abs=2)


def test_certificate_details_are_typed_in_and_saved_to_the_event(
    pane, qtbot, gui_store, printed, tmp_path, monkeypatch
):
    from PIL import Image

    from wltdesk.printing import issuer

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text)
    )
    choose(pane, "certificates")
    details = pane.choices.details
    assert details.isVisible() and details.ui.logosLabel.text() == "No logos"
    assert details.ui.codeEdit.placeholderText() == "LTD26"
    details.ui.nameEdit1.setFocus()
    qtbot.keyClicks(details.ui.nameEdit1, "Farhana Akter")
    qtbot.keyClick(details.ui.nameEdit1, Qt.Key.Key_Tab)
    qtbot.keyClicks(details.ui.titleEdit1, "Programme Director")
    qtbot.keyClick(details.ui.titleEdit1, Qt.Key.Key_Tab)
    stored = issuer.issuer(events.get_event(gui_store, printed.event_id))
    assert stored.signatories == (issuer.Signatory("Farhana Akter", "Programme Director"),)
    # a logo chosen in the file dialog; a bad one is refused in a dialog, nothing stored
    good = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), "navy").save(good)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    for path in (good, bad):
        monkeypatch.setattr(
            "wltdesk.gui.printing.certificate_details.QFileDialog.getOpenFileName",
            lambda *_a, path=path: (str(path), ""),
        )
        qtbot.mouseClick(details.ui.addLogoButton, Qt.MouseButton.LeftButton)
    assert details.ui.logosLabel.text() == "1 logo"
    assert warnings == [f"logo {bad}: not an image (choose a PNG or JPEG file)"]
    assert len(issuer.issuer(events.get_event(gui_store, printed.event_id)).logos) == 1
    details.ui.issuedCheck.setFocus()
    qtbot.keyClick(details.ui.issuedCheck, Qt.Key.Key_Space)
    assert issuer.issuer(events.get_event(gui_store, printed.event_id)).date_set
    details.ui.codeEdit.setFocus()
    qtbot.keyClicks(details.ui.codeEdit, "ltd-26")
    qtbot.keyClick(details.ui.codeEdit, Qt.Key.Key_Tab)
    assert "1 to 12 letters" in warnings[-1] and details.ui.codeEdit.text() == ""
    pane.ui.minSessionsSpin.setValue(3)
    qtbot.mouseClick(pane.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.pdf is not None, timeout=30_000)
    text = pdf_text(pane.pdf, tmp_path)
    assert "Farhana Akter" in text and "Programme Director" in text


def test_badges_on_a_stock_of_one_sheet_size_go_to_the_printer_on_that_sheet(
    pane, qtbot, tmp_path, monkeypatch
):
    choose(pane, "badges")
    pane.ui.stockCombo.setCurrentIndex(pane.ui.stockCombo.findData("a6"))
    output = tmp_path / "printer.pdf"
    chosen: list[tuple[str, bool]] = []

    def fake_printer(paper: str, landscape: bool) -> QPrinter:
        chosen.append((paper, landscape))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(pane, "_choose_printer", fake_printer)
    qtbot.mouseClick(pane.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.busy, timeout=30_000)
    assert chosen == [("a6", False)]
    assert pages_in(output.read_bytes()) == 6  # one A6 card per person
