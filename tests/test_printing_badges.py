"""Badges on every stock: where they sit on the sheet, what they say, and that they scan.

Geometry is measured on rendered pages (poppler's ``pdftoppm``) against the numbers
``docs/printing.md`` documents for each stock, in millimetres, within half a
millimetre; codes are decoded from the pixels with zxing-cpp at 150, 300 and 600
dpi; words, their sizes, colours and angles come from the PDF's text layer (PDFium).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image
from printing_data import PEOPLE, build_event, char_boxes, pdf_text, poppler

from wltdesk import events, people, printing
from wltdesk.cli import main
from wltdesk.errors import UserError
from wltdesk.printing import badges, stock
from wltdesk.printing.badge_face import FacePainter, face_layout
from wltdesk.printing.codes import QUIET_MODULES, qr_matrix, qr_modules
from wltdesk.printing.styles import ACCENT, INK

MM = 72 / 25.4

#: What docs/printing.md says of each stock, in mm: the sheet (width, height), one
#: place (width, height), columns, rows, left and top margins to the first place,
#: pitch across and down, and how far the design keeps from the edge.
DOCUMENTED = {
    ("pouch", "a4"): ((210, 297), (86, 54), 2, 4, 16, 31.5, 92, 60, 0),
    ("pouch", "letter"): ((215.9, 279.4), (86, 54), 2, 4, 18.95, 22.7, 92, 60, 0),
    ("avery-l7418", "a4"): ((210, 297), (86, 55), 2, 4, 19, 38.5, 86, 55, 2),
    ("avery-l4785", "a4"): ((210, 297), (80, 50), 2, 5, 18, 13, 95, 55, 2),
    ("avery-5392", "letter"): ((215.9, 279.4), (101.6, 76.2), 2, 3, 6.35, 25.4, 101.6, 76.2, 2),
    ("a6", "a4"): ((105, 148), (105, 148), 1, 1, 0, 0, 105, 148, 5),
    ("fold-over", "a4"): ((210, 297), (86, 108), 2, 2, 16, 37.5, 92, 114, 0),
    ("fold-over", "letter"): ((215.9, 279.4), (86, 108), 2, 2, 18.95, 28.7, 92, 114, 0),
}
PRE_CUT = {"avery-l7418", "avery-l4785", "avery-5392", "a6"}


@pytest.fixture
def event(sqlite_store):
    return build_event(sqlite_store)


def render(data: bytes, folder: Path, dpi: int, page: int = 1, gray: bool = False) -> Image.Image:
    """One page as poppler renders it (what a printer driver or viewer shows)."""
    poppler()
    source = folder / "page-source.pdf"
    source.write_bytes(data)
    stem = folder / f"page-{dpi}-{page}"
    command = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run([*command, *(["-gray"] if gray else []), "-png", str(source), str(stem)],
                   check=True)  # fmt: skip
    return Image.open(f"{stem}.png").convert("L" if gray else "RGB")


def is_accent(pixel: tuple[int, int, int]) -> bool:
    wanted = (round(ACCENT.red * 255), round(ACCENT.green * 255), round(ACCENT.blue * 255))
    return all(abs(a - b) <= 14 for a, b in zip(pixel, wanted, strict=True))


def run_of(image: Image.Image, start: tuple[int, int], step: tuple[int, int]) -> int:
    """How far (pixels) accent-coloured pixels go from ``start`` in direction ``step``."""
    x, y = start
    length = 0
    while 0 <= x < image.width and 0 <= y < image.height and is_accent(image.getpixel((x, y))):
        x, y, length = x + step[0], y + step[1], length + 1
    return length


def badge_codes_in_order(store, event_id: str) -> list[str]:
    return [b.badge_code for b in badges.badge_people(store, event_id)]


# ------------------------------------------------------------------ geometry
@pytest.mark.parametrize(("key", "paper"), list(DOCUMENTED))
def test_every_stock_puts_its_badges_where_the_documentation_says(
    sqlite_store, event, tmp_path, key, paper
):
    """The top band of every badge (the first thing on each) starts at the documented
    place, as wide as the badge, within 0.5 mm; a fold-over's two bands meet at its
    fold, half-way down its place."""
    sheet_mm, (width, height), columns, rows, left, top, across, down, inset = DOCUMENTED[
        key, paper
    ]
    places = columns * rows
    data = printing.render(
        sqlite_store, event.event_id, "badges",
        printing.PrintOptions(stock=key, paper=paper, blank=max(0, places - len(PEOPLE))),
    )  # fmt: skip
    dpi = 150
    image = render(data, tmp_path, dpi)
    pixel = dpi / 25.4  # pixels per mm
    assert abs(image.width / pixel - sheet_mm[0]) < 0.5
    assert abs(image.height / pixel - sheet_mm[1]) < 0.5
    for index in range(places):
        row, column = divmod(index, columns)
        x0 = left + column * across + inset
        x1 = x0 + width - 2 * inset
        y0 = top + row * down + inset
        centre = round((x0 + x1) / 2 * pixel)
        if key == "fold-over":
            fold = y0 + height / 2
            probe = round(fold * pixel)
            up = run_of(image, (centre, probe), (0, -1))
            below = run_of(image, (centre, probe), (0, 1))
            middle = (probe - up + probe + below) / 2 / pixel
            assert abs(middle - fold) < 0.5, (key, index, middle, fold)
            band_y = probe - 2
        else:
            band_y = round((y0 + 0.8) * pixel)  # above the words in the band
            upward = run_of(image, (centre, band_y), (0, -1))
            found_top = (band_y - upward + 1) / pixel
            assert abs(found_top - y0) < 0.5, (key, index, found_top, y0)
        leftward = run_of(image, (centre, band_y), (-1, 0))
        rightward = run_of(image, (centre, band_y), (1, 0))
        found_left = (centre - leftward + 1) / pixel
        found_right = (centre + rightward) / pixel
        assert abs(found_left - x0) < 0.5, (key, index, found_left, x0)
        assert abs(found_right - x1) < 0.5, (key, index, found_right, x1)


@pytest.mark.parametrize(("key", "paper"), list(DOCUMENTED))
def test_the_stock_module_holds_the_documented_geometry(key, paper):
    sheet_mm, (width, height), columns, rows, left, top, across, down, inset = DOCUMENTED[
        key, paper
    ]
    found = stock.get_stock(key)
    page_width, page_height = found.sheet(paper)
    assert (round(page_width / MM, 1), round(page_height / MM, 1)) == pytest.approx(sheet_mm)
    assert found.width / MM == pytest.approx(width) or found.kind == "fold-over"
    assert found.place_height / MM == pytest.approx(height)
    assert found.inset / MM == pytest.approx(inset)
    first_x, first_y = found.places(paper)[0]
    assert first_x / MM == pytest.approx(left, abs=0.05)
    assert (page_height - first_y) / MM - height == pytest.approx(top, abs=0.05)
    assert found.per_sheet == columns * rows
    if columns > 1:
        assert (found.places(paper)[1][0] - first_x) / MM == pytest.approx(across)
    if rows > 1:
        assert (first_y - found.places(paper)[columns][1]) / MM == pytest.approx(down)


@pytest.mark.parametrize("key", ["pouch", "fold-over", "avery-l7418", "avery-l4785"])
def test_cut_marks_only_where_the_stock_needs_cutting(sqlite_store, event, tmp_path, key):
    """Plain paper has cut marks at every badge's corners, outside the badge; a sheet of
    pre-cut labels has no mark at all outside its labels (nor a footer)."""
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(stock=key))  # fmt: skip
    text = pdf_text(data, tmp_path)
    assert "printed with" not in text and "page 1 of" not in text and "Badges" not in text
    image = render(data, tmp_path, 100, gray=True)
    pixel = 100 / 25.4
    sheet = stock.get_stock(key)
    page_height = sheet.sheet("a4")[1]
    outside = Image.new("1", image.size, 1)
    for x, y in sheet.places("a4"):
        box = (x / MM * pixel - 2, (page_height - y - sheet.place_height) / MM * pixel - 2,
               (x + sheet.width) / MM * pixel + 2, (page_height - y) / MM * pixel + 2)  # fmt: skip
        outside.paste(0, tuple(round(v) for v in box))
    ink_outside = Image.composite(image, Image.new("L", image.size, 255), outside)
    darkest = ink_outside.getextrema()[0]
    if key in PRE_CUT:
        assert darkest > 245, f"{key}: marks outside the labels"
    else:
        assert darkest < 200, f"{key}: no cut marks"


# ------------------------------------------------------------------ codes
STOCK_KEYS = ["pouch", "avery-l7418", "avery-l4785", "avery-5392", "a6", "fold-over"]


@pytest.mark.parametrize("key", STOCK_KEYS)
def test_every_qr_code_decodes_at_150_300_and_600_dpi_with_its_quiet_zone_clear(
    sqlite_store, event, tmp_path, key
):
    """The codes are vectors: every badge's QR code (both sides of a fold-over) and
    barcode decode to its badge code at any resolution, and nothing is drawn in the
    QR code's quiet zone of four modules (the code's text included)."""
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(stock=key))  # fmt: skip
    sheet = stock.get_stock(key)
    codes = badge_codes_in_order(sqlite_store, event.event_id)[: sheet.per_sheet]
    sides = 2 if key == "fold-over" else 1
    document = pypdfium2.PdfDocument(data)
    try:
        page = document[0]
        assert not [o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    finally:
        document.close()
    for dpi in (150, 300, 600):
        image = render(data, tmp_path, dpi, gray=True)
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert sorted(r.text for r in found) == sorted(codes * sides), (key, dpi)
        if dpi == 150:
            continue  # a bar is a pixel and a half wide: no printer prints that coarse
        bars = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
        assert sorted(r.text for r in bars) == sorted(codes * sides), (key, dpi)
        if dpi != 300:
            continue
        for result in found:
            corners = result.position
            xs = [corners.top_left.x, corners.top_right.x, corners.bottom_left.x,
                  corners.bottom_right.x]  # fmt: skip
            ys = [corners.top_left.y, corners.top_right.y, corners.bottom_left.y,
                  corners.bottom_right.y]  # fmt: skip
            # zxing gives the symbol's outer corners
            module = (max(xs) - min(xs)) / qr_modules(result.text)
            quiet = QUIET_MODULES * module
            box = (min(xs), min(ys), max(xs), max(ys))
            ring = [
                (box[0] - quiet + 2, box[1] - quiet + 2, box[2] + quiet - 2, box[1] - 2),
                (box[0] - quiet + 2, box[3] + 2, box[2] + quiet - 2, box[3] + quiet - 2),
                (box[0] - quiet + 2, box[1], box[0] - 2, box[3]),
                (box[2] + 2, box[1], box[2] + quiet - 2, box[3]),
            ]
            for part in ring:
                region = image.crop(tuple(round(v) for v in part))
                assert region.getextrema()[0] > 200, f"{key}: ink in {result.text}'s quiet zone"


# ------------------------------------------------------------------ what a badge says
def text_objects(data: bytes, page_index: int = 0) -> list[tuple[str, float, float, tuple]]:
    """(character, font size, angle, fill colour) of every visible character."""
    document = pypdfium2.PdfDocument(data)
    try:
        text = document[page_index].get_textpage()
        found = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char or char.isspace():
                continue
            colour = [pdfium_c.c_uint() for _ in range(4)]
            pdfium_c.FPDFText_GetFillColor(text.raw, index, *colour)
            found.append((
                char,
                pdfium_c.FPDFText_GetFontSize(text.raw, index),
                pdfium_c.FPDFText_GetCharAngle(text.raw, index),
                tuple(c.value for c in colour[:3]),
                text.get_charbox(index),
            ))  # fmt: skip
        return found
    finally:
        document.close()


def chars_of(objects: list, word: str) -> list:
    """The characters of the last place ``word`` is written in the text layer."""
    joined = "".join(o[0] for o in objects)
    start = joined.rindex(word)
    return objects[start : start + len(word)]


def rgb(colour) -> tuple[int, int, int]:
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255))


def test_the_role_is_a_band_and_the_details_are_readable(sqlite_store, event, tmp_path):
    """The role is a word of its own on a band across the badge, centred, at 10 pt or
    more; region and affiliation print in ink (or the accent), at 8 pt or more."""
    ayesha = event.people["Ayesha Siddiqua"]
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(person_ids=(ayesha,)))  # fmt: skip
    objects = text_objects(data)
    role = chars_of(objects, "FACILITATOR")
    assert min(size for _c, size, *_rest in role) >= 10
    left = min(o[4][0] for o in role)
    right = max(o[4][2] for o in role)
    place_left, _y = stock.get_stock("pouch").places("a4")[0]
    centre = place_left + 43 * MM
    assert abs((left + right) / 2 - centre) < 1.5 * MM
    for word in ("Training Team", "Dhaka"):
        chars = chars_of(objects, word.replace(" ", ""))
        assert min(size for _c, size, *_rest in chars) >= 8, word
        assert {colour for _c, _s, _a, colour, _b in chars} <= {rgb(INK), rgb(ACCENT)}, word


def test_a_long_event_name_is_not_micro_text_on_badges(sqlite_store, event, tmp_path):
    """A long name becomes its initials and year in the top band, at a readable size;
    the short name the organizer sets is what badges print."""
    long_name = "Wikimedia Leadership Training for Community Organizers of South Asia 2026"
    events.update_event(sqlite_store, event.event_id, name=long_name)
    rakib = (event.people["Rakib Hasan"],)
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(person_ids=rakib))  # fmt: skip
    objects = text_objects(data)
    band = chars_of(objects, "WLTCOSA2026")
    assert min(size for _c, size, *_rest in band) >= 8
    assert badges.default_title(long_name) == "WLTCOSA 2026"
    events.update_event(sqlite_store, event.event_id, short_name="  WLT South Asia  2026 ")
    assert events.get_event(sqlite_store, event.event_id).short_name == "WLT South Asia 2026"
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(person_ids=rakib, reprint=True))  # fmt: skip
    band = chars_of(text_objects(data), "WLTSouthAsia2026")
    assert min(size for _c, size, *_rest in band) >= 9
    with pytest.raises(UserError, match="at most 60 characters"):
        events.update_event(sqlite_store, event.event_id, short_name="x" * 61)
    events.update_event(sqlite_store, event.event_id, short_name="")
    assert events.get_event(sqlite_store, event.event_id).short_name is None


def test_name_tents_print_the_name_both_ways_up(sqlite_store, event, tmp_path):
    """One tent per sheet: the name on the lower half upright and on the upper half
    upside down (turned 180°), a fold line between them; blank tents too."""
    rakib = event.people["Rakib Hasan"]
    for paper, height in (("a4", 297 * MM), ("letter", 279.4 * MM)):
        data = printing.render(sqlite_store, event.event_id, "badges",
                               printing.PrintOptions(stock="tent", paper=paper,
                                                     person_ids=(rakib,), blank=1))  # fmt: skip
        assert printing.page_count(data) == 2
        objects = text_objects(data)
        name = [o for o in objects if o[0] in "RakibHsn" and o[1] > 40]
        upright = [o for o in name if abs(o[2]) < 0.01]
        turned = [o for o in name if abs(o[2] - 3.14159) < 0.01]
        assert len(upright) == len(turned) == len("RakibHasan")
        assert all(o[4][3] < height / 2 for o in upright)
        assert all(o[4][1] > height / 2 for o in turned)
        image = render(data, tmp_path, 60, gray=True)
        fold = image.crop((0, image.height // 2 - 2, image.width, image.height // 2 + 2))
        assert fold.getextrema()[0] < 240  # the dashed fold line


def test_blank_badges_for_walk_ins_are_added_and_not_logged(sqlite_store, event, tmp_path):
    target = tmp_path / "badges.pdf"
    options = printing.PrintOptions(blank=3)
    done = printing.produce(sqlite_store, event.event_id, "badges", options, target)
    assert done.badges_logged == len(PEOPLE) and done.pages == 2  # 6 + 3 on 8-up sheets
    image = render(target.read_bytes(), tmp_path, 150, page=2, gray=True)
    assert zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) == []
    assert "Name" in pdf_text(target.read_bytes(), tmp_path, 2, 2)
    only_blank = printing.PrintOptions(person_ids=(), blank=2)
    data = printing.render(sqlite_store, event.event_id, "badges", only_blank)
    assert printing.page_count(data) == 1
    assert printing.finish(sqlite_store, event.event_id, "badges", only_blank) == 0
    with pytest.raises(UserError, match="--blank takes 0 to 500"):
        printing.render(sqlite_store, event.event_id, "badges",
                        printing.PrintOptions(person_ids=(), blank=501))  # fmt: skip
    with pytest.raises(UserError, match="no one to print a badge for"):
        printing.render(sqlite_store, event.event_id, "badges",
                        printing.PrintOptions(person_ids=()))  # fmt: skip


def test_an_unknown_stock_is_named_with_the_choices(sqlite_store, event):
    with pytest.raises(UserError, match=r"unknown badge stock 'avery-9999'; choose one of pouch"):
        printing.render(sqlite_store, event.event_id, "badges",
                        printing.PrintOptions(stock="avery-9999"))  # fmt: skip


def test_a_bengali_badge_keeps_latin_codes_and_bengali_bands(sqlite_store, event, tmp_path):
    """In Bengali the role band and the no-photos band are Bengali, the codes stay Latin
    (scanners read them) and still decode."""
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(language="bn"))  # fmt: skip
    text = pdf_text(data, tmp_path)
    assert "FACILITATOR" not in text and "PARTICIPANT" not in text
    image = render(data, tmp_path, 150, gray=True)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert sorted(r.text for r in found) == sorted(
        badge_codes_in_order(sqlite_store, event.event_id)
    )
    for code in badge_codes_in_order(sqlite_store, event.event_id):
        assert code in text


# ------------------------------------------------------------------ command line
def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_prints_stocks_and_blank_badges(tmp_path, capsys):
    from wltdesk.store import open_store

    db = tmp_path / "store.sqlite"
    opened = open_store(db, backups=False)
    try:
        build_event(opened)
    finally:
        opened.close()
    base = ["--db", str(db), "print", "badges"]
    code, out, err = run(capsys, *base, "--stock", "avery-l4785", "--blank", "4",
                         "--out", str(tmp_path / "l4785.pdf"))  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"{tmp_path / 'l4785.pdf'}: 1 page; {len(PEOPLE)} badges logged")
    # everyone has a badge now: --new-only with --blank prints the blank ones alone
    code, out, err = run(capsys, *base, "--new-only", "--blank", "2",
                         "--out", str(tmp_path / "walk-ins.pdf"))  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"{tmp_path / 'walk-ins.pdf'}: 1 page"
    code, _out, err = run(capsys, *base, "--new-only", "--out", str(tmp_path / "none.pdf"))
    assert code == 1 and "everyone on the roster has a badge already" in err
    code, _out, err = run(capsys, "--db", str(db), "print", "signin", "--session", "1",
                          "--stock", "tent", "--out", str(tmp_path / "s.pdf"))  # fmt: skip
    assert code == 1 and err.strip() == "wltdesk: --stock and --blank are for badges only"
    with pytest.raises(SystemExit) as stopped:
        main([*base, "--stock", "avery-9999", "--out", str(tmp_path / "x.pdf")])
    assert stopped.value.code == 2
    assert "invalid choice: 'avery-9999'" in capsys.readouterr().err
    code, _out, err = run(capsys, "--db", str(db), "event", "edit", "--short-name", "LTD 2026")
    assert code == 0, err
    code, out, _err = run(capsys, "--db", str(db), "event", "list", "--json")
    assert '"short_name": "LTD 2026"' in out
    assert not (tmp_path / "none.pdf").exists() and not (tmp_path / "s.pdf").exists()


def test_a_person_added_later_gets_a_badge_on_any_stock(sqlite_store, event, tmp_path):
    walk_in = people.add_person(sqlite_store, event.event_id, display_name="Nusrat Jahan",
                                role="organizer")  # fmt: skip
    for key in ("a6", "fold-over", "tent"):
        data = printing.render(sqlite_store, event.event_id, "badges",
                               printing.PrintOptions(stock=key, person_ids=(walk_in,)))  # fmt: skip
        assert "Nusrat Jahan" in pdf_text(data, tmp_path)


# ------------------------------------------------------------------ nothing runs over
LONG_LATIN = "Maximilian Alexander von Hohenzollern-Sigmaringen Bartholomew"
LONG_BENGALI = "মোহাম্মদ আব্দুল্লাহ আল মামুন চৌধুরী শাহরিয়ার হোসেন"
LONG_AFFILIATION = "Bangladesh Open Knowledge and Free Culture Volunteers Association of Chattogram"


def painter_for(key: str) -> tuple[stock.Stock, FacePainter]:
    sheet = stock.get_stock(key)
    layout = face_layout(sheet.width - 2 * sheet.inset, sheet.height - 2 * sheet.inset)
    return sheet, FacePainter(layout, "Leadership Training Dhaka")


@pytest.mark.parametrize("key", ["pouch", "avery-l4785", "avery-5392", "a6"])
def test_badge_text_never_runs_over_the_codes_or_the_edge(sqlite_store, event, key):
    """Very long names (Latin and Bengali) and affiliations wrap and shrink inside the
    badge: measured from the PDF, no glyph — the written code included — comes into
    the QR code's quiet zone, below the details' floor or past the badge's padding,
    and every letter of the long name is there, the name on two lines."""
    latin = people.add_person(
        sqlite_store, event.event_id, display_name=LONG_LATIN, local_name=LONG_BENGALI,
        region="Chattogram Hill Tracts Division", affiliation=LONG_AFFILIATION,
        photo_consent=False,
    )  # fmt: skip
    bengali = people.add_person(
        sqlite_store, event.event_id, display_name=LONG_BENGALI, region="Sylhet",
        affiliation="প্রিয়াঙ্কা চক্রবর্তী মুক্ত জ্ঞান সংগঠন চট্টগ্রাম বিভাগীয় শাখা",
    )  # fmt: skip
    chosen = (latin, bengali)
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(stock=key, person_ids=chosen))  # fmt: skip
    sheet, painter = painter_for(key)
    lay = painter.layout
    faces = badges.badge_people(sqlite_store, event.event_id, chosen)
    for page, (badge, (x, y)) in enumerate(zip(faces, sheet.places("a4") * 2, strict=False)):
        page_index = page if sheet.per_sheet == 1 else 0
        x, y = x + sheet.inset, y + sheet.inset
        places = painter.code_places(badge, x, y)
        bottom, top = painter.body(badge, y)
        boxes = [b for b in char_boxes(data, page_index)
                 if x - 1 <= b.left and b.right <= x + lay.width + 1
                 and bottom - 0.5 <= b.bottom and b.top <= top + 0.5]  # fmt: skip
        assert boxes
        quiet = (
            places.qr_x - places.quiet,
            places.qr_y - places.quiet,
            places.qr_x + places.qr + places.quiet,
            places.qr_y + places.qr + places.quiet,
        )
        for b in boxes:  # fmt: skip
            assert x + lay.pad - 0.5 <= b.left and b.right <= x + lay.width - lay.pad + 0.5, b
            inside = (
                b.right > quiet[0]
                and b.left < quiet[2]
                and b.top > quiet[1]
                and (b.bottom < quiet[3])
            )
            assert not inside, f"{key}: {b.char!r} in the QR code's quiet zone: {b} {quiet}"
        written = [b for b in boxes if b.bottom < places.bar_y + lay.bar_height]
        assert "".join(b.char for b in written) == badge.badge_code
        if badge.person_id == latin:
            letters = [b.char for b in boxes if b.char.isascii() and b.char.isalpha()]
            expected = LONG_LATIN + "Chattogram Hill Tracts Division" + LONG_AFFILIATION
            assert len(letters) == sum(c.isalpha() for c in expected + badge.badge_code)
            name = [b for b in boxes if b.char in "MS" and b not in written]  # Maximilian…
            assert len({round(b.bottom) for b in name}) == 2


def test_the_qr_code_is_drawn_module_for_module(sqlite_store, event):
    """Rendered at 300 dpi, every module of a badge's QR code is dark exactly where
    segno's matrix says: the code on paper is the badge code, drawn as vectors."""
    rakib = event.people["Rakib Hasan"]
    badge = badges.badge_people(sqlite_store, event.event_id, [rakib])[0]
    data = printing.render(sqlite_store, event.event_id, "badges",
                           printing.PrintOptions(person_ids=(rakib,)))  # fmt: skip
    dpi = 300
    document = pypdfium2.PdfDocument(data)
    try:
        image = document[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        document.close()
    sheet, painter = painter_for("pouch")
    x, y = sheet.places("a4")[0]
    places = painter.code_places(badge, x, y)
    matrix = qr_matrix(badge.badge_code)
    cell = places.qr / len(matrix)
    scale = dpi / 72
    page_height = 841.89
    wrong = 0
    for row, bits in enumerate(matrix):
        for column, bit in enumerate(bits):
            px = (places.qr_x + (column + 0.5) * cell) * scale
            py = (page_height - (places.qr_y + places.qr - (row + 0.5) * cell)) * scale
            wrong += (image.getpixel((round(px), round(py))) < 128) != bit
    assert wrong == 0
