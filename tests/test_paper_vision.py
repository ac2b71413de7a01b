"""Reading sign-in sheets back from realistic synthetic photos (tests/paper_photos.py).

Real sheets (the PDF ``print signin`` makes, English, Bengali and bilingual, A4 and
Letter) are marked the ways people mark paper and photographed by OpenCV (turned up
to ±8°, perspective, uneven light, blur, noise, JPEG). The reader must decide at
least 99.5 % of the boxes right, read no empty box as ticked, and flag every box
scribbled over as unclear. Fixed seeds: the same photos every run.
"""

from __future__ import annotations

import io
import random
from collections import Counter

import cv2
import numpy as np
import pypdfium2
import pytest
from paper_event import make_event
from paper_photos import EXPECTED, mark_page, photograph, photos, render_pages, sheet_codes
from PIL import Image

from wltdesk import printing
from wltdesk.paper import boxes, register, sheet
from wltdesk.paper.images import Picture, load_pictures
from wltdesk.paper.reading import read_files, read_picture
from wltdesk.printing import PrintOptions
from wltdesk.printing.document import FOOTER, HEADER, MARGIN


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    """The sheets of one session: English A4, Bengali A4, bilingual Letter."""
    from wltdesk.store import open_store

    store = open_store(tmp_path_factory.mktemp("paper") / "store.sqlite")
    event = make_event(store)
    made = {}
    for language, paper in (("en", "a4"), ("bn", "a4"), ("en+bn", "letter")):
        options = PrintOptions(paper=paper, session_id=event.sessions[0], language=language)
        made[language] = printing.render(store, event.event_id, "signin", options)
    store.close()
    return made


def _picture(jpeg: bytes, name: str) -> Picture:
    return Picture(name, Image.open(io.BytesIO(jpeg)).convert("L"))


def test_the_layout_is_the_page_templates():
    """The sheet's layout counts on the page template's margins: they must agree."""
    mm = 72 / 25.4
    assert pytest.approx((MARGIN + HEADER) / mm) == sheet.BODY_TOP
    assert pytest.approx((FOOTER + 4 * mm) / mm) == sheet.BODY_BOTTOM
    assert pytest.approx(MARGIN / mm) == sheet.SIDE


@pytest.mark.parametrize("language", ["en", "bn", "en+bn"])
def test_boxes_are_printed_where_the_layout_says(sheets, language):
    """Every 7 mm square path in the PDF sits on a layout box, and every row has one."""
    document = pypdfium2.PdfDocument(sheets[language])
    codes = sheet_codes(render_pages(sheets[language], dpi=100))
    for index, code in enumerate(codes):
        page = document[index]
        layout = sheet.layout(code.paper)
        height_pt = page.get_height()
        squares = []
        for item in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_PATH]):
            left, bottom, right, top = item.get_bounds()
            width_mm, tall_mm = (right - left) * 25.4 / 72, (top - bottom) * 25.4 / 72
            if abs(width_mm - sheet.BOX_SIZE) < 0.5 and abs(tall_mm - sheet.BOX_SIZE) < 0.5:
                squares.append((left * 25.4 / 72, (height_pt - top) * 25.4 / 72))
        expected = [(b.x, b.y) for b in map(layout.tick_box, range(code.rows))]
        assert len(squares) == code.rows
        for (x, y), (ex, ey) in zip(sorted(squares, key=lambda s: s[1]), expected, strict=True):
            assert x == pytest.approx(ex, abs=0.3) and y == pytest.approx(ey, abs=0.3)
    document.close()


def test_a_clean_scan_reads_every_box_empty(sheets, tmp_path):
    """The PDF itself, as a scanner would give it: every page found, every box empty."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(sheets["en"])
    read = read_files([path])
    assert not read.problems
    assert [p.code.page for p in read.pages] == [1, 2, 3]
    states = Counter(b.state for p in read.pages for b in p.boxes)
    assert states == {"empty": 38}  # 30 on the roster and 8 walk-in rows


def test_photos_are_read_right(sheets):
    """≥ 99.5 % of boxes right over the run, no empty box ticked, every scribble unclear."""
    right = total = 0
    wrong: list[tuple[str, str, str]] = []
    seen: Counter[str] = Counter()
    for seed, language in enumerate(["en", "bn", "en+bn", "en", "bn"]):
        for number, photo in enumerate(photos(sheets[language], seed=100 + seed)):
            pages = read_picture(_picture(photo.jpeg, f"{language}-{seed}-{number}"))
            assert len(pages) == 1
            for box, mark in zip(pages[0].boxes, photo.marks, strict=True):
                seen[mark] += 1
                total += 1
                if box.state == EXPECTED[mark]:
                    right += 1
                else:
                    wrong.append((mark, box.state, f"{box.inked:.3f}"))
                assert not (EXPECTED[mark] == "empty" and box.state == boxes.TICKED), (mark, box)
                if mark == "scribble":
                    assert box.state == boxes.UNCLEAR
    assert set(seen) == set(EXPECTED)  # every kind of mark was drawn
    assert total >= 180
    assert right / total >= 0.995, wrong


def test_a_photo_held_sideways_is_read():
    """A photo taken in landscape (the page turned a quarter) reads the same."""
    rng = random.Random(7)
    pdf = _one_page_pdf()
    page = render_pages(pdf)[0]
    code = sheet_codes([page])[0]
    marks = ["tick", "empty", "cross", "filled", "empty", "pencil"] * 3
    mark_page(page, code, rng, marks[: code.rows])
    jpeg = photograph(page, rng)
    turned = cv2.rotate(cv2.imdecode(np.frombuffer(jpeg, np.uint8), 1), cv2.ROTATE_90_CLOCKWISE)
    _ok, encoded = cv2.imencode(".jpg", turned)
    pages = read_picture(_picture(encoded.tobytes(), "sideways"))
    assert [b.state for b in pages[0].boxes] == [EXPECTED[m] for m in marks[: code.rows]]


_PDF: dict[str, bytes] = {}


def _one_page_pdf() -> bytes:
    if "pdf" not in _PDF:
        from wltdesk.store import open_store

        store = open_store("sqlite://")
        event = make_event(store, count=10)
        _PDF["pdf"] = printing.render(
            store, event.event_id, "signin",
            PrintOptions(session_id=event.sessions[1], walk_in_rows=8),
        )
        store.close()
    return _PDF["pdf"]


def test_a_page_with_a_corner_cut_off_is_refused(tmp_path):
    """A mark outside the photo: one line asking for the whole page, never a guess."""
    page = render_pages(_one_page_pdf())[0]
    cut = page[:, : int(page.shape[1] * 0.94)]
    path = tmp_path / "cut.png"
    cv2.imwrite(str(path), cut)
    read = read_files([path])
    assert not read.pages
    assert "corner mark" in read.problems[0].message and "cut.png" in read.problems[0].message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not a picture at all", "not a picture WLT Desk can read"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "not a picture WLT Desk can read"),
        (b"%PDF-1.7\n garbage", "not a PDF WLT Desk can read"),
    ],
)
def test_unreadable_files_are_one_line(tmp_path, content, words):
    path = tmp_path / "sheet.jpg"
    path.write_bytes(content)
    read = read_files([path])
    assert not read.pages and len(read.problems) == 1
    assert words in read.problems[0].message and "sheet.jpg" in read.problems[0].message
    assert "\n" not in read.problems[0].message


def test_a_picture_without_a_sheet_says_so(tmp_path):
    path = tmp_path / "table.png"
    Image.new("L", (800, 600), 200).save(path)
    read = read_files([path])
    assert "no sign-in sheet's QR code" in read.problems[0].message


def test_heic_without_its_reader_is_one_line(tmp_path, monkeypatch):
    from wltdesk.paper import images

    monkeypatch.setattr(images, "heic_supported", lambda: False)
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic")
    with pytest.raises(Exception, match="pillow-heif"):
        load_pictures(path)


def test_the_straightened_page_is_upright_and_to_scale(sheets):
    """The corner marks land where the layout puts them on the straightened page."""
    rng = random.Random(3)
    page = render_pages(sheets["en"])[0]
    jpeg = photograph(page, rng)
    read = read_picture(_picture(jpeg, "p"))[0]
    grey = np.asarray(read.image)
    per_mm = register.PIXELS_PER_MM
    assert read.image.size == (round(210 * per_mm), round(297 * per_mm))
    for x, y in read.layout.mark_centres():
        half = int(sheet.MARK_SIZE * per_mm * 0.3)
        cx, cy = int(x * per_mm), int(y * per_mm)
        assert grey[cy - half : cy + half, cx - half : cx + half].mean() < 110


def test_a_long_name_wraps_before_it_shrinks(tmp_path):
    """#17 finding 5: a long name takes a second line at a readable size, not one tiny line."""
    from wltdesk import people
    from wltdesk.store import open_store

    store = open_store(tmp_path / "names.sqlite")
    event = make_event(store, count=2)
    people.add_person(
        store, event.event_id, display_name="Mohammad Abdullah Al Mamun Chowdhury Bhuiyan Rafi"
    )
    options = PrintOptions(session_id=event.sessions[0])
    pdf = printing.render(store, event.event_id, "signin", options)
    store.close()
    page = pypdfium2.PdfDocument(pdf)[0]
    text = page.get_textpage()
    words = text.get_text_range()
    first, last = words.find("Mohammad"), words.find("Rafi")
    assert 1 <= words[first:last].count("\n") <= 2  # wrapped onto two or three lines
    box = text.get_charbox(first)
    assert (box[3] - box[1]) * 25.4 / 72 > 2.0  # a capital over 2 mm tall (≥ 8 pt type)
