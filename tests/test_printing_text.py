"""Text in every script users type prints with a real glyph, reads back as typed, and
keeps to its column.

* No tofu: every character goes to a bundled font that has it (the fallback chain
  of :mod:`wltdesk.printing.fonts`); checked glyph by glyph on what is drawn (no
  ``.notdef``, glyph 0, among the glyphs, shaped or not), and by ``pdffonts`` that
  the fallback fonts are embedded.
* Searchable: ``pdftotext`` (poppler) returns shaped Bengali conjuncts, an Arabic
  lam-alef and a Hebrew name exactly as typed, from a table cell, a paragraph and
  a line drawn straight on the canvas (``/ActualText`` spans).
* Alignment: a right-to-left name in a left-aligned column starts at the column's
  left edge and ends before the next column (glyph boxes from PDFium).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from printing_data import char_boxes, poppler
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from wltdesk import agenda, events, groups, people, printing
from wltdesk.printing import fonts
from wltdesk.printing.document import Document, Letterhead
from wltdesk.printing.fonts import CJK, EMOJI, MATH, REPLACEMENT, SYMBOLS, font_runs
from wltdesk.printing.shaping import draw_line, line_pieces
from wltdesk.printing.styles import styles
from wltdesk.printing.tables import house_table
from wltdesk.printing.typeset import Line, TextParagraph, para, rich, stacked_text
from wltdesk.store import open_store

#: What people type into names, regions and notes, script by script.
SAMPLES = {
    "Latin with diacritics": "Zoë Ångström Łukasz Żółć Nguyễn Thị Ánh Çağrı Şahin Jose\u0301",
    "Bengali": "ক্ষিতীশ চন্দ্র স্বপ্ন রাষ্ট্র প্রজ্ঞা র‍্যাব ঢাকা।",
    "Arabic": "لا إله محمد عبد الله ١٢٣",
    "Hebrew": "שָׁלוֹם דוד כהן",
    "Devanagari": "नमस्ते क्षत्रिय श्री।",
    "Chinese, Japanese, Korean": "田中太郎 李明 김민준 さくら カタカナ",
    "emoji": "👍 👍🏽 👩‍💻 👨‍👩‍👧 ❤️ 🎉 🇧🇩 😀 ✅",
    "symbols": "≥ ✓ → ✔ ★ ⚠ ∞ ≠ ≤ ± × ÷ € ₹ ৳ © ® ™ ° • ½",
    "styled letters": "𝓜𝓪𝓻𝔂 𝐁𝐨𝐥𝐝",
}
#: Names whose shaped glyphs are not their letters (conjuncts, pre-base vowels, lam-alef).
HARD_NAMES = ["ক্ষিতীশ চন্দ্র", "স্বপ্ন রাষ্ট্র", "প্রজ্ঞা", "عبد الله لافي", "דוד כהן"]
#: The fonts only a character their families lack calls for.
FALLBACKS = ("NotoSansSymbols2", "NotoSansMath", "NotoEmoji", "DroidSansFallback")
#: What pdftotext adds around a right-to-left line (embedding marks), not the PDF's text.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _notdef(text: str, bold: bool = False) -> list[str]:
    """The characters drawn as ``.notdef`` (glyph 0) when ``text`` is laid out and shaped."""
    missing = []
    for piece in line_pieces(text, 10, bold):
        glyphs = pdfmetrics.getFont(piece.font).face.charToGlyph
        missing += [c for c in str(piece.text) if glyphs.get(ord(c), 0) == 0]
    return missing


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("kind", list(SAMPLES))
def test_every_character_users_type_has_a_glyph(kind, bold):
    assert _notdef(SAMPLES[kind], bold) == []
    # and each run is in a font whose map has its characters
    for font, run in font_runs(SAMPLES[kind]):
        lacking = [c for c in run if not fonts.covers(font, c) and not fonts.is_ignorable(c)]
        assert lacking == [], (font, run)


def test_symbols_emoji_and_cjk_go_to_the_fonts_that_have_them():
    runs = {run.strip(): font for font, run in font_runs("a ≥ ✓ 😀 田中 𝐁") if run.strip()}
    assert runs == {"a": fonts.LATIN, "≥": MATH, "✓": SYMBOLS, "😀": EMOJI, "田中": CJK,
                    "𝐁": MATH}  # fmt: skip
    # a word keeps one font where that font can draw it: brackets with the Bengali
    assert (fonts.BENGALI, "(ঢাকা)") in font_runs("Rakib (ঢাকা)")


def test_emoji_sequences_print_as_one_glyph():
    """A ZWJ sequence, a flag and a skin tone are one glyph each (the monochrome
    font has no skin tones: 👍🏽 is the thumb, not a thumb and a colour swatch)."""
    for sequence in ("👩‍💻", "👨‍👩‍👧", "🇧🇩", "👍🏽", "❤️"):
        [piece] = line_pieces(sequence, 10)
        drawn = [c for c in str(piece.text) if c != " "]  # a hidden selector: blank, no advance
        assert len(drawn) == 1, sequence
        assert piece.width == pytest.approx(line_pieces("😀", 10)[0].width)
    assert str(line_pieces("👍🏽", 10)[0].text) == "👍"


def test_a_character_no_font_has_prints_as_the_replacement_and_reads_back(tmp_path):
    assert font_runs("𓀀 x") == [(fonts.LATIN, f"{REPLACEMENT} x")]
    assert _notdef("𓀀 x") == []
    assert "𓀀 x" in _text(_canvas_pdf(lambda c: draw_line(c, "𓀀 x", 50, 700, 12)), tmp_path)


def _canvas_pdf(draw) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _text(data: bytes, tmp_path: Path, *options: str) -> str:
    """pdftotext's text, without the embedding marks it puts around right-to-left lines.

    Not NFKC-normalised: an Arabic presentation form (ﻻ for لا) must show as a failure.
    """
    poppler()
    source = tmp_path / "text.pdf"
    source.write_bytes(data)
    done = subprocess.run(["pdftotext", *options, str(source), "-"], capture_output=True,
                          check=True)  # fmt: skip
    return _BIDI_MARKS.sub("", done.stdout.decode("utf-8"))


def _document(story: list[Flowable]) -> bytes:
    head = Letterhead("Scripts", date(2026, 3, 14), date(2026, 3, 14), None, "Test")
    return Document(head, heading_on_pages=False, numbered=False).build(story)


def test_every_script_is_embedded_with_its_fallback_fonts(tmp_path):
    s = styles()
    story: list[Flowable] = []
    for kind, text in SAMPLES.items():
        story += [para(f"{kind}: {text}", s.body), Line(text, 11, bold=True)]
    story.append(house_table([["What", "Text"], *([k, v] for k, v in SAMPLES.items())],
                             [40 * mm, 130 * mm]))  # fmt: skip
    data = _document(story)
    source = tmp_path / "scripts.pdf"
    source.write_bytes(data)
    listing = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]  # fmt: skip
    embedded = {line.split()[0].split("+")[-1] for line in listing if " yes " in line}
    assert all(" yes " in line for line in listing), listing
    assert {"NotoSansSymbols2-Regular", "NotoSansMath-Regular", "NotoEmoji-Regular",
            "DroidSansFallback", "NotoSansDevanagari-Regular"} <= embedded  # fmt: skip
    # (where poppler sees a word space between two emoji is its guess)
    text = "".join(_text(data, tmp_path).split())
    for kind, sample in SAMPLES.items():
        assert "".join(sample.split()) in text, kind


@pytest.mark.parametrize("name", HARD_NAMES)
def test_shaped_names_read_back_as_typed(name, tmp_path):
    """Conjuncts (ক্ষ, স্ব, ষ্ট্র, জ্ঞ), pre-base vowel signs, lam-alef and Hebrew come out of
    pdftotext as typed: from a table cell, a paragraph, a name line and the canvas."""
    s = styles()
    table = house_table([["Name", "Region"], [name, "Dhaka"]], [60 * mm, 40 * mm])
    story = [table, para(name, s.body), para(f"Notes by {name}", s.body), Line(name, 12)]
    lines = [line.strip() for line in _text(_document(story), tmp_path).splitlines()]
    assert lines.count(name) == 3  # the table's cell, the paragraph, the name line
    assert any(name in line and "Notes by" in line for line in lines)
    canvas = _canvas_pdf(lambda c: draw_line(c, name, 300, 700, 14, align="centre"))
    assert _text(canvas, tmp_path).strip() == name


def test_right_to_left_name_keeps_to_its_column():
    """In a Name column aligned left, an Arabic or Hebrew name starts at the column's
    left edge like the Latin names and ends before the Region column."""
    width = 45 * mm
    rows = [["Name", "Region"], ["Rakib Hasan", "Khulna"],
            ["عبد الرحمن بن محمد الحداد", "Sylhet"], ["דוד בן גוריון", "Dhaka"]]  # fmt: skip
    cells = [["Name", "Region"], *([Line(name, 9), region] for name, region in rows[1:])]
    tables = (house_table(rows, [width, 30 * mm]), house_table(cells, [width, 30 * mm]))
    x, top = 100.0, 700.0
    for table in tables:
        table.wrap(0, 0)
        data = _canvas_pdf(lambda c, t=table: t.drawOn(c, x, top - t._height))
        boxes = char_boxes(data)
        latin = [b for b in boxes if b.char in "Rakib"]
        for letters in ("عبدالرحمنبنمحمدالحداد", "דודבןגוריון"):
            found = [b for b in boxes if b.char in letters]
            assert found
            assert min(b.left for b in found) == pytest.approx(min(b.left for b in latin), abs=1)
            assert max(b.right for b in found) <= x + width - 2  # inside its cell's padding
        region = min(b.left for b in boxes if b.char == "S")
        assert region >= x + width


def test_paragraph_of_bengali_splits_across_pages_and_reads_back(tmp_path):
    sentence = "ক্ষিতীশ চন্দ্র আজ স্বপ্ন রাষ্ট্র নিয়ে প্রজ্ঞা দিয়ে কথা বললেন।"
    long_text = " ".join([sentence] * 300)
    paragraph = para(long_text, styles().body)
    assert isinstance(paragraph, TextParagraph)
    data = _document([paragraph])
    assert printing.page_count(data) >= 2
    lines = _text(data, tmp_path).splitlines()
    text = " ".join(" ".join(line for line in lines if "WLT Desk" not in line).split())
    assert text.count(sentence) == 300


def test_rich_and_stacked_paragraphs_mix_weights_and_sizes(tmp_path):
    s = styles()
    mixed = rich([("লক্ষ্য: ", True), ("Ten editors ✓", False)], s.body)
    assert isinstance(mixed, TextParagraph)
    heading = stacked_text([("Region", 9.5), ("অঞ্চল", 8.5)], s.cell_bold)
    assert isinstance(heading, TextParagraph)
    assert [size for size, _pieces in (heading.wrap(200, 100) and heading.laid)] == [9.5, 8.5]
    plain = rich([("Goal: ", True), ("Ten editors", False)], s.body)
    assert isinstance(plain, Paragraph)  # plain Latin stays a fast ReportLab paragraph
    data = _document([mixed, heading])
    text = _text(data, tmp_path)
    assert "লক্ষ্য: Ten editors ✓" in text and "অঞ্চল" in text
    source = tmp_path / "weights.pdf"
    source.write_bytes(data)
    listing = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    assert "NotoSansBengali-Bold" in listing and "NotoSans-Regular" in listing


def test_draw_line_aligns_on_its_point():
    for align, expected in (("left", 0.0), ("centre", 0.5), ("right", 1.0)):
        data = _canvas_pdf(lambda c, a=align: draw_line(c, "K7M2QX ক্ষ", 300, 700, 12, align=a))
        boxes = char_boxes(data)
        left, right = min(b.left for b in boxes), max(b.right for b in boxes)
        assert left + (right - left) * expected == pytest.approx(300, abs=1.5), align


def test_latin_and_bengali_never_load_the_fallback_fonts():
    """The fast path: a printout of Latin and Bengali names never reads the fallback
    fonts (the CJK one alone is 3.4 MB), in a fresh interpreter."""
    script = (
        "from wltdesk.printing import fonts\n"
        "from wltdesk.printing.typeset import Line, para\n"
        "from wltdesk.printing.styles import styles\n"
        "from wltdesk.printing.tables import house_table\n"
        "Line('মোঃ রাকিব হাসান, Zoë (ঢাকা) 12%', 9).wrap(100, 20)\n"
        "para('প্রিয়াঙ্কা চক্রবর্তী — Rakib «Dhaka»', styles().body).wrap(100, 100)\n"
        "house_table([['নাম', 'Region'], ['সাদিয়া', 'Dhaka']], [50, 50]).wrap(100, 100)\n"
        "print(sorted(fonts._cmaps))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)  # fmt: skip
    loaded = done.stdout.strip()
    assert not any(name in loaded for name in FALLBACKS), loaded
    assert "NotoSansBengali" in loaded


# ------------------------------------------------------------------ outputs
NAMES = [
    # display name, local name, region
    ("Kshitish Chandra", "ক্ষিতীশ চন্দ্র", "Dhaka"),
    ("Swapna Rashtra", "স্বপ্ন রাষ্ট্র", "Khulna"),
    ("Pragya", "প্রজ্ঞা", "Sylhet"),
    ("Abdullah Lafi", "عبد الله لافي", "Sylhet"),
    ("David Cohen", "דוד כהן", "Dhaka"),
    ("Aarav Sharma", "आरव शर्मा", "Rajshahi ≥ 2"),
    ("Tanaka Aiko", "田中愛子", "Chattogram"),
    ("Zoë Ångström ✓", "Mira 👩‍💻 👍🏽", "Barishal → Dhaka"),
]


@pytest.fixture
def script_event(tmp_path):
    store = open_store(tmp_path / "scripts.sqlite", backups=False)
    event_id = events.create_event(store, "Scripts ✓ লিপি", date(2026, 3, 14), date(2026, 3, 15),
                                   venue="ঢাকা", timezone="Asia/Dhaka")  # fmt: skip
    for name, local, region in NAMES:
        people.add_person(store, event_id, display_name=name, local_name=local, region=region)
    yield store, event_id
    store.close()


def test_sign_in_sheet_and_rosters_read_back_every_name(script_event, tmp_path):
    store, event_id = script_event
    session = agenda.add_session(store, event_id, "Opening", datetime(2026, 3, 14, 9),
                                 datetime(2026, 3, 14, 10))  # fmt: skip
    everyone = [person.id for person in people.list_people(store, event_id)]
    groups.make_set(store, event_id, groups.Wish(count=2), person_ids=everyone, name="Mix")
    sheet = printing.render(store, event_id, "signin", printing.PrintOptions(session_id=session))
    rosters = printing.render(store, event_id, "groups", printing.PrintOptions())
    for data in (sheet, rosters):
        text = _text(data, tmp_path)
        assert "Scripts ✓ লিপি" in text
        text = "".join(text.split())  # poppler may put an emoji on a line of its own
        for _name, local, region in NAMES:
            assert "".join(local.split()) in text, local
            assert "".join(region.split()) in text, region
