"""Printed outputs: the engine (scripts, shaping, right-to-left, pages) and every PDF.

Each output is checked by its text (``pdftotext``; Latin parts, because text
extracted from shaped Bengali comes out in visual order) and rendered to PNG
with ``pdftoppm``; the PNGs stay in pytest's temp folder for a person to look
at. Service tests run on SQLite and PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops
from printing_data import (
    PEOPLE,
    CharBox,
    build_event,
    char_boxes,
    page_size_points,
    pdf_text,
    render_pages,
)
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from sqlalchemy import func, select

from wltdesk import printing
from wltdesk.errors import UserError
from wltdesk.printing import badges, certificates, fonts, report, turnout, typeset
from wltdesk.printing.document import Document, Letterhead, save_pdf
from wltdesk.printing.fonts import ARABIC, BENGALI, HEBREW, LATIN, font_runs, markup
from wltdesk.printing.shaping import line_pieces, pieces_width
from wltdesk.printing.styles import styles
from wltdesk.printing.typeset import Line, TextParagraph, para
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import BadgePrint, Change


@pytest.fixture
def event(store):
    return build_event(store)


def opts(**fields) -> printing.PrintOptions:
    return printing.PrintOptions(**fields)


# ------------------------------------------------------------------ scripts
def test_font_runs_give_each_script_its_font():
    runs = font_runs("Rakib মোঃ রাকিব (ঢাকা) سامي الحداد.")
    assert runs[0] == (LATIN, "Rakib ")
    # brackets go with the word they touch, in that word's font, and so do the blanks
    # between words of one font (one run to shape and draw)
    assert (BENGALI, "মোঃ রাকিব (ঢাকা)") in runs
    assert runs[-1] == (ARABIC, "سامي الحداد.")


def test_hebrew_prints_in_its_own_font_right_to_left():
    """Hebrew names take the bundled Noto Sans Hebrew (Noto Sans has no Hebrew
    letters: they printed blank) and read right to left, points and all."""
    assert (HEBREW, "שָׁלוֹם") in font_runs("Shalom שָׁלוֹם")
    fonts.register_fonts()
    face = pdfmetrics.getFont(HEBREW).face
    assert all(ord(c) in face.charToGlyph for c in "אבגדהוזחטיכלמנסעפצקרשת")
    boxes = char_boxes(_drawn((Line("דוד כהן", 12), 100, 500, 200)))
    assert _left_of(boxes, "ד") > _left_of(boxes, "ן")  # the first letter on the right
    assert {b.char for b in boxes} >= set("דוכהן")
    assert max(b.right for b in boxes) <= 300.01


def test_a_word_in_two_scripts_is_split_for_shaping_and_text_is_escaped():
    html = markup("ঢাকা/Dhaka <b>&")
    assert '<font name="NotoSansBengali">ঢাকা/</font>' in html
    assert 'size="0.5"' in html  # the invisible break between the two halves
    assert "&lt;b&gt;&amp;" in html
    assert markup("মোঃ", bold=True) == '<font name="NotoSansBengali-Bold">মোঃ</font>'


def _drawn(*flowables: tuple[Any, float, float, float]) -> bytes:
    """A one-page PDF with each (flowable, x, y, width) drawn at its place."""
    out = io.BytesIO()
    canvas = Canvas(out)
    for flowable, x, y, width in flowables:
        flowable.wrap(width, 500)
        flowable.drawOn(canvas, x, y)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _left_of(boxes: list[CharBox], char: str) -> float:
    return next(b.left for b in boxes if b.char == char)


def test_right_to_left_line_keeps_digits_in_order_and_stays_in_its_box():
    """Arabic-Indic digits read left to right inside Arabic; a line aligned right ends at
    its own right edge (it used to be drawn 5 % wider than its column, into the next)."""
    boxes = char_boxes(_drawn((Line("رقم ١٢٣ للمكتب", 12, align=TA_RIGHT), 100, 500, 200)))
    assert _left_of(boxes, "١") < _left_of(boxes, "٢") < _left_of(boxes, "٣")
    # the first word read stands on the right, the last on the left
    assert _left_of(boxes, "ر") > _left_of(boxes, "١") > _left_of(boxes, "ب")
    assert max(b.right for b in boxes) <= 300.01
    # right-aligned, as asked (PDFium spreads the letters of a shaped run over the run's
    # width, its blank included, and leaves the blank's share out)
    assert max(b.right for b in boxes) > 300 - 6
    # left-aligned by default, like every other name of a column
    boxes = char_boxes(_drawn((Line("رقم ١٢٣ للمكتب", 12), 100, 500, 200)))
    assert 100 - 0.01 <= min(b.left for b in boxes) < 100 + 6  # (the blank's share, as above)
    # a name too long for its column shrinks inside it
    long_name = "عبد الرحمن بن محمد بن عبد الله الحداد السوداني"
    boxes = char_boxes(_drawn((Line(long_name, 12), 100, 500, 90)))
    assert min(b.left for b in boxes) >= 99.99 and max(b.right for b in boxes) <= 190.01


def test_brackets_and_quotes_stand_on_the_right_side_in_right_to_left_text():
    """In Arabic, the opening bracket or quote is on the right of the word it opens."""
    pieces = line_pieces("قال (مرحبا) “سامي”", 10)
    # left to right on paper: ”سامي“ (مرحبا) قال — the logical ")" is drawn as "("
    assert [str(p.text) for p in pieces if p.font == LATIN] == ["”", "“", "(", ")"]
    assert [p.font for p in pieces if p.text.strip()].count(ARABIC) == 3


def test_visual_order_of_mixed_lines():
    """Latin inside Arabic keeps its own order, and Arabic inside Latin too (rule L2)."""
    text = "قال Open Data اليوم"
    order = [str(p.text) for p in line_pieces(text, 10) if p.font == LATIN and p.text.strip()]
    assert order == ["Open Data"]
    boxes = char_boxes(_drawn((Line(text, 12), 100, 500, 300)))
    assert _left_of(boxes, "O") < _left_of(boxes, "D")  # Latin reads left to right
    assert _left_of(boxes, "ق") > _left_of(boxes, "D") > _left_of(boxes, "ي")
    boxes = char_boxes(_drawn((Line("English عربي again", 12), 100, 500, 300)))
    assert _left_of(boxes, "E") < _left_of(boxes, "ع") < _left_of(boxes, "a")
    assert boxes[0].left == pytest.approx(100, abs=1.5)  # left-to-right text stays left


def test_right_to_left_paragraph_wraps_in_reading_order_and_stays_in_its_box():
    words = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
    paragraph = para(" ".join(words), styles().body)
    assert isinstance(paragraph, TextParagraph)
    paragraph.wrap(60, 500)
    assert len(paragraph.laid) > 1
    # the first line holds the first words read (logical order), not the last
    first_line = _visible_text(paragraph.laid[0][1])
    assert words[0] in first_line and words[-1] not in first_line
    boxes = char_boxes(_drawn((para(" ".join(words), styles().body), 100, 400, 60)))
    assert min(b.left for b in boxes) >= 99.99 and max(b.right for b in boxes) <= 160.01


def _visible_text(pieces) -> str:
    """What a line of pieces says, in reading order (the typed text of shaped runs)."""
    return " ".join(
        (p.source[::-1] if p.source is not None else str(p.text)).strip() for p in pieces
    )


def test_line_shapes_bengali():
    """The fast path (``Line``, used by badges and sign-in sheets) shapes Bengali: the
    pre-base vowel sign of কি is drawn before its consonant, and a conjunct is one glyph;
    the PDF still reads back as typed (``/ActualText``)."""
    pieces = line_pieces("কি ক্ষ", 20)
    drawn = "".join(str(p.text) for p in pieces)
    # ি, ক, a blank, and one glyph for ক্ষ (unshaped it is three: ক, a visible hasanta, ষ)
    assert drawn.startswith("িক ") and len(drawn) == 4
    boxes = char_boxes(_drawn((Line("কি ক্ষ", 20), 100, 500, 300)))
    assert "".join(b.char for b in boxes) == "কিক্ষ"
    # and in every output that draws names with it
    assert all(isinstance(p.text, ShapedStr) for p in line_pieces("মোঃ রাকিব", 10) if p.text.strip())


def _ink_box(path: Path) -> tuple[int, int, int, int]:
    image = Image.open(path).convert("L")
    inverted = ImageChops.invert(image)
    box = inverted.point(lambda v: 255 if v > 60 else 0).getbbox()
    assert box is not None, "nothing was drawn"
    return box


def _render_line(tmp_path: Path, name: str, paragraph: Paragraph) -> Path:
    head = Letterhead("Shaping", datetime(2026, 3, 14).date(), datetime(2026, 3, 14).date(),
                      None, "Test")  # fmt: skip
    data = Document(head, heading_on_pages=False, numbered=False).build([paragraph])
    pages = render_pages(data, tmp_path, name, dpi=150)
    image = Image.open(pages[0])
    # keep the text line only (the footer is far below)
    crop = image.crop((0, 0, image.width, image.height // 4))
    crop.save(pages[0])
    return pages[0]


def test_bengali_is_shaped(tmp_path):
    """Conjuncts must join: shaped, ক্ষ স্ত্র জ্ঞ are far narrower than the bare letters with
    a visible hasanta, and the pre-base vowel sign of কি changes the picture."""
    text = "ক্ষ স্ত্র জ্ঞ কি"
    shaped = para(text, styles().title)
    unshaped_style = ParagraphStyle("raw", parent=styles().title, shaping=0)
    unshaped = Paragraph(markup(text, bold=True), unshaped_style)
    assert shaped.style.shaping == 1
    with_shaping = _render_line(tmp_path, "shaped", shaped)
    without = _render_line(tmp_path, "unshaped", unshaped)
    left, _top, right, _bottom = _ink_box(with_shaping)
    left_raw, _t, right_raw, _b = _ink_box(without)
    assert (right - left) < 0.8 * (right_raw - left_raw)
    difference = ImageChops.difference(
        Image.open(with_shaping).convert("L"), Image.open(without).convert("L")
    )
    assert difference.getbbox() is not None


def test_harfbuzz_turns_a_conjunct_into_fewer_glyphs():
    """The glyph ids ReportLab's shaper produces: one conjunct glyph, not three letters."""
    from reportlab.pdfbase.ttfonts import shapeStr

    fonts.register_fonts()
    shaped = shapeStr("ক্ষ", BENGALI, 12, force=True)
    assert len(shaped) < 3


def test_letterhead_paper_sizes_and_page_numbers(tmp_path):
    head = Letterhead("Event ঢাকা", datetime(2026, 3, 14).date(), datetime(2026, 3, 15).date(),
                      "Dhaka", "Report", "sub")  # fmt: skip
    story = [para(f"line {n}", styles().body) for n in range(150)]
    a4 = Document(head, "a4").build(story)
    letter = Document(head, "letter").build(story)
    assert page_size_points(a4, tmp_path) == pytest.approx((595.28, 841.89), abs=0.5)
    assert page_size_points(letter, tmp_path) == pytest.approx((612, 792), abs=0.5)
    text = pdf_text(a4, tmp_path)
    pages = printing.page_count(a4)
    assert pages >= 2
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "14 – 15 Mar 2026 · Dhaka" in text
    with pytest.raises(UserError, match="paper"):
        Document(head, "a3")


def test_save_pdf_is_atomic(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        save_pdf(object(), target)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    save_pdf(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    with pytest.raises(UserError, match="does not exist"):
        save_pdf(b"x", tmp_path / "missing" / "out.pdf")


# ------------------------------------------------------------------ outputs
def test_signin_sheet(store, event, tmp_path):
    data = printing.render(
        store, event.event_id, "signin", opts(session_id=event.sessions[0], walk_in_rows=5)
    )
    text = pdf_text(data, tmp_path)
    assert "Sign-in sheet" in text and "Opening circle" in text and "Signature" in text
    names = ["Aiko Tanaka", "Ayesha Siddiqua", "Priyanka Chakraborty", "Rakib Hasan",
             "Sadia Islam", "Sami Al-Haddad"]  # fmt: skip
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)  # sorted by name
    with store.read() as db:
        from wltdesk.store.models import Person

        codes = list(db.execute(select(Person.badge_code)).scalars())
    assert all(code in text for code in codes)
    assert "Khulna" in text and "facilitator" in text
    # 6 people + 5 walk-in rows, numbered on
    assert " 11 " in text.replace("\n", " ") or "\n11" in text
    assert render_pages(data, tmp_path / "png", "signin")
    with pytest.raises(UserError, match="--session"):
        printing.render(store, event.event_id, "signin", opts())


def test_badges_and_the_reprint_log(store, event, tmp_path):
    data = printing.render(store, event.event_id, "badges", opts())
    text = pdf_text(data, tmp_path)
    assert text.count("NO PHOTOS") == 1  # only Sadia declined; Sami was not asked
    assert "FACILITATOR" in text
    for name in ("Rakib Hasan", "Aiko Tanaka", "Sami Al-Haddad"):
        assert name in text
    assert render_pages(data, tmp_path / "png", "badges")
    assert badges.printed_before(store, event.event_id) == []

    target = tmp_path / "badges.pdf"
    done = printing.produce(store, event.event_id, "badges", opts(), target)
    assert done.badges_logged == 6 and target.stat().st_size > 1000
    before = badges.printed_before(store, event.event_id)
    assert {p.display_name for p in before} == {name for name, *_ in PEOPLE}
    with pytest.raises(UserError, match=r"6 badges were printed before .*--reprint"):
        printing.produce(store, event.event_id, "badges", opts(), tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()
    one = (event.people["Rakib Hasan"],)
    with pytest.raises(UserError, match=r"1 badge was printed before \(Rakib Hasan\)"):
        printing.render(store, event.event_id, "badges", opts(person_ids=one))
    printing.produce(store, event.event_id, "badges", opts(person_ids=one, reprint=True),
                     tmp_path / "rakib.pdf")  # fmt: skip
    rakib = [p for p in badges.printed_before(store, event.event_id) if p.person_id == one[0]]
    assert rakib[0].times == 2
    with store.read() as db:
        rows = db.execute(select(func.count()).select_from(BadgePrint)).scalar_one()
        logged = db.execute(
            select(func.count()).select_from(Change).where(Change.entity == "badge_prints")
        ).scalar_one()
    assert rows == 7 and logged >= 7 * 3  # every print went through the change log


def test_badges_for_new_people_only(store, event):
    from wltdesk import people as roster

    badges.record_prints(store, event.event_id, list(event.people.values()))
    assert badges.never_printed(store, event.event_id) == []
    walk_in = roster.add_person(store, event.event_id, display_name="Nusrat Jahan")
    assert badges.never_printed(store, event.event_id) == [walk_in]
    assert badges.people_by_codes(store, event.event_id, []) == []
    with pytest.raises(UserError, match="badge code ZZZZZZ"):
        badges.people_by_codes(store, event.event_id, [" zzzzzz "])


def test_certificates_count_n_of_m(store, event, tmp_path):
    # the agenda has 6 items, one a lunch break: M = 5; Sadia came to 3, the rest to 5
    found = certificates.qualified(store, event.event_id, 4)
    assert {q.display_name for q in found} == {
        "Rakib Hasan", "Priyanka Chakraborty", "Sami Al-Haddad", "Aiko Tanaka"
    }  # fmt: skip
    assert all(q.of == 5 for q in found)
    assert len(certificates.qualified(store, event.event_id, 3)) == 5
    data = printing.render(store, event.event_id, "certificates", opts(min_sessions=3))
    assert printing.page_count(data) == 5
    text = pdf_text(data, tmp_path)
    assert "took part with commitment and enthusiasm in" in text
    assert "Ayesha" not in text  # facilitators get none
    assert render_pages(data, tmp_path / "png", "certificates")
    with pytest.raises(UserError, match="between 1 and 5"):
        printing.render(store, event.event_id, "certificates", opts(min_sessions=6))


def test_certificates_from_two_laptops_merged(tmp_path):
    """A person checked in on one laptop for some sessions and on another for the rest
    qualifies once both laptops' changes are in the organizer's store."""
    from wltdesk import attendance

    first = open_store(tmp_path / "a.sqlite", backups=False)
    try:
        data = build_event(first)
        second = open_store(tmp_path / "b.sqlite", backups=False)
        organizer = open_store(tmp_path / "org.sqlite", backups=False)
        try:
            with first.read() as db:
                apply_changes_to = change_dicts(db)
            with second.write() as writer:
                apply_changes(writer.db, apply_changes_to, writer.clock)
            sadia = data.people["Sadia Islam"]
            moment = datetime(2026, 3, 15, 3, 0, tzinfo=UTC)
            for session_id in data.sessions[4:]:  # day two, on the second laptop only
                attendance.check_in(second, session_id, sadia, "present", now=moment)
            assert sadia not in {
                q.person_id for q in certificates.qualified(first, data.event_id, 5)
            }
            for source in (first, second):
                with source.read() as db:
                    changes = change_dicts(db)
                with organizer.write() as writer:
                    apply_changes(writer.db, changes, writer.clock)
            merged = certificates.qualified(organizer, data.event_id, 5)
            assert sadia in {q.person_id for q in merged}
        finally:
            second.close()
            organizer.close()
    finally:
        first.close()


def test_event_report(store, event, tmp_path):
    data = printing.render(store, event.event_id, "report", opts())
    text = pdf_text(data, tmp_path)
    for heading in (
        "The event in numbers",
        "Participants by region and affiliation",
        "Attendance per session",
        "Action plans",
        "Photo consent",
    ):
        assert heading in text  # fmt: skip
    assert "Hill Tracts Heritage Group" in text and "Sylhet" in text
    dropped = text.split("not on Sun 15 Mar", 1)[1].split("Groups", 1)[0]
    assert "Sadia Islam" in dropped and "Rakib Hasan" not in dropped
    assert "Khulna outreach" in text
    # no photo credits are recorded, so none (and no blank template) are printed
    assert "CC BY-SA" not in text and "Credit line" not in text
    photos = text.split("Photo consent", 1)[1]
    assert "1 declined, 1 were not asked" in photos
    assert "Sadia Islam" in photos and "Sami Al-Haddad" in photos
    assert render_pages(data, tmp_path / "png", "report")


def test_event_report_prints_the_photo_credits_the_organizers_entered(store, event, tmp_path):
    from wltdesk import events

    credits = ["Rakib Hasan — CC BY-SA 4.0", "  ফারহানা   আক্তার — CC BY 4.0 ", ""]
    assert events.update_event(store, event.event_id, photo_credits=credits)
    ev = events.get_event(store, event.event_id)
    assert ev.photo_credits == "Rakib Hasan — CC BY-SA 4.0\nফারহানা আক্তার — CC BY 4.0"
    text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    credits_part = text.split("Photo credits", 1)[1].split("Photo consent", 1)[0]
    assert "Rakib Hasan — CC BY-SA 4.0" in credits_part
    assert "CC BY 4.0" in credits_part
    # cleared again: no heading, no template
    assert events.update_event(store, event.event_id, photo_credits=[])
    text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    assert "Photo credits" not in text and "Photo consent" in text
    assert not events.update_event(store, event.event_id, photo_credits=[])


def test_drop_off_waits_for_the_last_day(store, event):
    gone = turnout.drop_off(store, event.event_id)
    assert gone is not None and [p.display_name for p in gone.people] == ["Sadia Islam"]
    assert report.tally(["A", None, "B", "A"]) == [("A", 2), ("B", 1), ("(not given)", 1)]


def test_circle_summary_shows_only_allowed_notes(store, event, tmp_path):
    public = pdf_text(printing.render(store, event.event_id, "circle", opts()), tmp_path)
    assert event.public_text in public and "Rakib Hasan" in public
    assert event.anonymous_text in public and "anonymous" in public
    assert "Sadia" not in public  # the anonymous note's author never shows
    assert event.organizer_text not in public and event.private_text not in public
    assert "What will you do first?" in public and "1 passed" in public
    organizers = pdf_text(
        printing.render(store, event.event_id, "circle", opts(audience="organizers")), tmp_path
    )
    assert event.organizer_text in organizers and event.private_text not in organizers
    everything = printing.render(
        store, event.event_id, "circle", opts(audience="facilitator", circle_id=event.circle_id)
    )
    assert event.private_text in pdf_text(everything, tmp_path)
    assert render_pages(everything, tmp_path / "png", "circle")
    with pytest.raises(UserError, match="audience"):
        printing.render(store, event.event_id, "circle", opts(audience="everyone"))


def test_action_plans_one_per_page_and_follow_up_by_due_date(store, event, tmp_path):
    data = printing.render(store, event.event_id, "plans", opts())
    assert printing.page_count(data) == 3
    assert "Khulna outreach" in pdf_text(data, tmp_path, 1, 1)
    assert "Sylhet photo walk" not in pdf_text(data, tmp_path, 1, 1)
    assert "Sylhet photo walk" in pdf_text(data, tmp_path, 2, 2)
    follow = pdf_text(data, tmp_path, 3, 3)
    assert "Follow-up list" in follow
    # plan by plan (the plan due soonest first), each plan's items soonest due first
    wanted = ("Ask the archive", "Collect licences", "Draft the invitation", "Book the library")
    order = [follow.index(t) for t in wanted]
    assert order == sorted(order)
    assert render_pages(data, tmp_path / "png", "plans")


def test_unknown_output_and_paper(store, event):
    with pytest.raises(UserError, match="unknown output"):
        printing.render(store, event.event_id, "posters", opts())
    with pytest.raises(UserError, match="paper"):
        printing.render(store, event.event_id, "report", opts(paper="a3"))


def test_group_rosters_in_projector_colours(store, event, tmp_path):
    from wltdesk import groups

    view = groups.set_view(store, event.set_id)
    data = printing.render(store, event.event_id, "groups", opts(set_id=event.set_id))
    text = pdf_text(data, tmp_path)
    assert "Morning mix" in text and "Opening circle" in text
    for group in view.rounds[0].groups:
        assert group.name in text
        for member in group.members:
            assert member.display_name in text
    page = render_pages(data, tmp_path / "png", "groups", dpi=50)[0]
    image = Image.open(page).convert("RGB")
    pixels = {image.getpixel((x, y)) for x in range(image.width) for y in range(image.height)}
    for group in view.rounds[0].groups:
        wanted = tuple(int(group.colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
        assert any(sum(abs(a - b) for a, b in zip(p, wanted, strict=True)) < 12 for p in pixels)
    report_text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    assert "Morning mix" in report_text and view.rounds[0].groups[0].name in report_text
    with pytest.raises(UserError, match="group set"):
        printing.render(store, event.event_id, "groups", opts(set_id="no-such-set"))


LONG_LATIN = "Maximilian Alexander von Hohenzollern-Sigmaringen Bartholomew"


def test_badge_lines_shrink_then_wrap():
    long = typeset.Line(LONG_LATIN, 19, bold=True, min_size=12, max_lines=2)
    long.wrap(150, 100)
    assert len(long.lines) == 2 and long.used < 19
    assert all(pieces_width(p) * long.used / 19 <= 150.01 for p in long.lines)
    short = typeset.Line("Rakib Hasan", 19, bold=True, min_size=12, max_lines=2)
    short.wrap(150, 100)
    assert len(short.lines) == 1 and short.used == 19
    slightly = typeset.Line("Priyanka Chakraborty", 19, bold=True, min_size=12, max_lines=2)
    slightly.wrap(190, 100)
    assert len(slightly.lines) == 1 and 15 < slightly.used < 19  # shrunk a little, one line


def test_group_rosters_say_on_every_page_whose_groups_these_are(store, event, tmp_path):
    """Groups longer than a page split by rows: every page names the round, and each
    group's coloured bar (name, size) repeats on top of its continuation."""
    from wltdesk import groups, people

    ids = [
        people.add_person(
            store,
            event.event_id,
            display_name=f"Person {n:02d}",
            local_name="প্রিয়াঙ্কা চক্রবর্তী",
            region="Khulna",
        )
        for n in range(80)
    ]
    set_id = groups.make_set(
        store, event.event_id, groups.Wish(count=3, rounds=2), person_ids=ids, name="Big mix"
    )
    data = printing.render(store, event.event_id, "groups", opts(set_id=set_id))
    pages = printing.page_count(data)
    assert pages >= 4
    for number in range(1, pages + 1):
        text = pdf_text(data, tmp_path, number, number)
        heading = [line for line in text.splitlines() if "Round" in line]
        assert heading, f"page {number} does not say which round it shows"
        assert "people" in text  # a group's bar heads the page's blocks
        if number > 1 and "Round 2\n" not in text and not text.lstrip().startswith("Round"):
            assert "(continued)" in text
    assert "Big mix · Round 2 (continued)" in pdf_text(data, tmp_path, pages, pages)


def test_event_report_counts_absences_and_splits_a_long_attendance_table(store, event, tmp_path):
    """Absent = marked absent or never checked in, once a session has started; a long
    agenda's table starts on the page its heading is on and repeats its header."""
    import re

    from wltdesk import agenda, attendance, events

    text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    # 5 participants; Sadia did not come back on day two
    assert re.search(r"Opening circle\s+5\s+0\s+0\s+0\s+100 %", text)
    assert re.search(r"Regional plans\s+4\s+0\s+0\s+1\s+80 %", text)
    session = agenda.get_session(store, event.sessions[4])
    counts = attendance.counts(store, session.id)
    ev = events.get_event(store, event.event_id)
    before = datetime(2026, 3, 15, 2, 0, tzinfo=UTC)  # 08:00 in Dhaka, before it starts
    assert attendance.absent_from(counts, session, ev, before) is None
    assert attendance.absent_from(counts, session, ev) == 1
    for number in range(40):
        start = datetime(2026, 3, 15, 15, 0) + timedelta(minutes=10 * number)
        title = f"Extra session {number:02d}"
        agenda.add_session(store, event.event_id, title, start, start + timedelta(minutes=10))
    data = printing.render(store, event.event_id, "report", opts())
    pages = [pdf_text(data, tmp_path, n, n) for n in range(1, printing.page_count(data) + 1)]
    first = next(i for i, text in enumerate(pages) if "Attendance per session" in text)
    # the chart of every session, then the table, which starts under it
    assert "Opening circle" in pages[first]
    last = next(i for i, text in enumerate(pages) if "Extra session 39" in text)
    assert last > first
    assert re.search(r"When\s+Session\s+Present", pages[last])  # the header row again
    assert "–" in pages[last].split("Extra session 39", 1)[1].splitlines()[0]  # no check-ins
    assert render_pages(data, tmp_path / "png", "report-long")


def test_saved_pdfs_get_the_usual_permissions(tmp_path):
    """Not 0600 (what a temporary file gets): the user's umask decides, as for any saved
    file, and a PDF that is replaced keeps its permissions."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        fresh = save_pdf(b"%PDF-new", tmp_path / "fresh.pdf")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        save_pdf(b"%PDF-new", kept)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.pdf", "kept.pdf"]


def test_every_output_embeds_every_font_it_uses(store, event, tmp_path):
    """Courier (badge codes) and Helvetica (ReportLab's defaults) are PDF base fonts,
    never embedded: viewers substitute them. Every font of every output is embedded."""
    import shutil
    import subprocess

    if not shutil.which("pdffonts"):
        pytest.skip("poppler-utils (pdffonts) is not installed")
    options = opts(session_id=event.sessions[0], min_sessions=3)
    for output in printing.OUTPUTS:
        data = printing.render(store, event.event_id, output, options)
        assert b"Courier" not in data
        source = tmp_path / f"{output}.pdf"
        source.write_bytes(data)
        listing = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]  # fmt: skip
        assert listing and all(" yes " in line for line in listing), listing


def test_line_breaks_in_text_are_kept(store, event, tmp_path):
    """A bilingual prompt is stored as "English\\nBengali": each language on its own line."""
    from wltdesk import circles

    assert markup("One\nদুই").count("<br/>") == 1
    paragraph = para("Say one thing\nএকটি কথা বলুন", styles().body)
    _width, height = paragraph.wrap(400, 500)
    assert height == pytest.approx(2 * styles().body.leading)
    circle = circles.create_circle(
        store, event.sessions[5], "Bilingual", ["Say one thing\nএকটি কথা বলুন"]
    )
    text = pdf_text(
        printing.render(store, event.event_id, "circle", opts(circle_id=circle)), tmp_path
    )
    line = next(line for line in text.splitlines() if "Say one thing" in line)
    assert line.strip().endswith("Say one thing")
