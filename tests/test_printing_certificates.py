"""Certificates: what they say and do not say, where their parts stand, their numbers,
their signatories and logos, and refusing a bad logo.

Text comes from ``pdftotext`` and PDFium's text layer (sizes and positions), the QR
code is decoded from rendered pixels (zxing-cpp), the logos from the PDF's images.
"""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from old_stores import database_at
from PIL import Image, ImageDraw
from printing_data import build_event, char_boxes, page_size_points, pdf_text, poppler
from sqlalchemy import func, select, text

from wltdesk import attendance, events, people, printing
from wltdesk.cli import main
from wltdesk.errors import UserError
from wltdesk.printing import certificates, issuer
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts
from wltdesk.store.database import SCHEMA_HEAD, schema_revision
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import Change, Event
from wltdesk.store.validation import change_problem

MM = 72 / 25.4
LONG_NAME = "Maximilian Alexander von Hohenzollern-Sigmaringen Bartholomew"


@pytest.fixture
def event(sqlite_store):
    return build_event(sqlite_store)


def opts(**fields) -> printing.PrintOptions:
    return printing.PrintOptions(min_sessions=3, **fields)


def logo_file(folder: Path, name: str = "logo.png", size: tuple[int, int] = (400, 200)) -> Path:
    photo = name.endswith(".jpg")
    picture = Image.new(
        "RGB" if photo else "RGBA", size, (250, 250, 250) if photo else (0, 0, 0, 0)
    )
    draw = ImageDraw.Draw(picture)
    draw.ellipse((5, 5, size[1] - 5, size[1] - 5), fill=(31, 95, 139))
    if photo:  # noise, which PNG cannot squeeze
        picture.paste(Image.effect_noise(size, 60).convert("RGB"), (size[1], 0))
    path = folder / name
    picture.save(path)
    return path


def font_sizes(data: bytes, page_index: int, word: str) -> list[float]:
    """The font size of each character of ``word`` where the page's text layer has it."""
    document = pypdfium2.PdfDocument(data)
    try:
        layer = document[page_index].get_textpage()
        chars = [layer.get_text_range(i, 1) for i in range(layer.count_chars())]
        joined = "".join(chars)
        start = joined.index(word)
        return [
            pdfium_c.FPDFText_GetFontSize(layer.raw, i) for i in range(start, start + len(word))
        ]
    finally:
        document.close()


def boxes_of(data: bytes, page_index: int, word: str) -> list:
    boxes = char_boxes(data, page_index)
    joined = "".join(b.char for b in boxes)
    start = joined.index(word.replace(" ", ""))
    return boxes[start : start + len(word.replace(" ", ""))]


# ------------------------------------------------------------------ what it says
def test_a_certificate_praises_and_carries_no_software_credit(sqlite_store, event, tmp_path):
    data = printing.render(sqlite_store, event.event_id, "certificates", opts())
    text = pdf_text(data, tmp_path)
    assert "printed with" not in text and "WLT Desk" not in text
    assert "of its" not in text and "sessions" not in text and "page 1" not in text
    flat = " ".join(text.split())
    assert "took part with commitment and enthusiasm in Leadership Training Dhaka" in flat
    assert "held on 14 – 15 Mar 2026 at Riverside Centre." in flat
    assert "CERTIFICATE OF PARTICIPATION" in flat and "This certifies that" in flat
    assert "Date of issue" in flat and "15 March 2026" in flat  # the event's last day
    register = certificates.register(sqlite_store, event.event_id, 3)
    assert printing.page_count(data) == len(register) == 5
    for number, certificate in enumerate(register):
        page = " ".join(pdf_text(data, tmp_path, number + 1, number + 1).split())
        assert certificate.person.display_name in page
        assert "Certificate no." in page and certificate.number in page


def test_the_name_is_large_and_a_long_one_goes_on_two_lines(sqlite_store, event, tmp_path):
    long_id = people.add_person(sqlite_store, event.event_id, display_name=LONG_NAME)
    for session_id in event.sessions:
        attendance.check_in(sqlite_store, session_id, long_id, "present")
    data = printing.render(sqlite_store, event.event_id, "certificates", opts())
    names = [c.person.display_name for c in certificates.register(sqlite_store, event.event_id, 3)]
    short = names.index("Aiko Tanaka")
    assert min(font_sizes(data, short, "Tanaka")) >= 40
    long = names.index(LONG_NAME)
    assert min(font_sizes(data, long, "Maximilian")) >= 32  # shrunk a little at most
    letters = boxes_of(data, long, "MaximilianAlexandervonHohenzollern")
    assert len({round(b.bottom) for b in letters}) == 2  # two lines, not one tiny one
    width = page_size_points(data, tmp_path)[0]
    assert all(b.left > 21 * MM and b.right < width - 21 * MM for b in letters)  # in the frame


def test_signature_lines_stay_put_whatever_the_name_and_language(sqlite_store, event, tmp_path):
    """The signatories' names stand at the same place on every certificate: long names,
    a second language and a local name move nothing under the statement."""
    long_id = people.add_person(sqlite_store, event.event_id, display_name=LONG_NAME,
                                local_name="মোহাম্মদ আব্দুল্লাহ আল মামুন চৌধুরী")  # fmt: skip
    for session_id in event.sessions:
        attendance.check_in(sqlite_store, session_id, long_id, "present")
    issuer.update_issuer(sqlite_store, event.event_id, signatories=[
        issuer.Signatory("Farhana Akter", "Programme Director"),
        issuer.Signatory("Rakibul Hasan", "Lead facilitator"),
        issuer.Signatory("Nasrin Sultana", "Chair"),
    ])  # fmt: skip
    places = set()
    for language in ("en", "bn", "en+bn"):
        data = printing.render(sqlite_store, event.event_id, "certificates",
                               opts(language=language))  # fmt: skip
        for page in range(printing.page_count(data)):
            for word in ("Farhana", "Rakibul", "Nasrin", "Chair"):
                first = boxes_of(data, page, word)[0]
                places.add((word, round(first.left, 1), round(first.bottom, 1)))
    assert len(places) == 4, places
    text = " ".join(pdf_text(data, tmp_path, 1, 1).split())
    assert "Programme Director" in text and "Lead facilitator" in text


def test_without_signatories_two_lines_are_left_to_sign(sqlite_store, event, tmp_path):
    text = pdf_text(printing.render(sqlite_store, event.event_id, "certificates", opts()),
                    tmp_path, 1, 1)  # fmt: skip
    assert "Facilitator" in text and "Organizer" in text


def test_logos_print_on_every_certificate_as_the_organizer_chose(sqlite_store, event, tmp_path):
    logos = [issuer.read_logo(logo_file(tmp_path)),
             issuer.read_logo(logo_file(tmp_path, "photo.jpg", (3000, 1500)))]  # fmt: skip
    assert issuer.update_issuer(sqlite_store, event.event_id, logos=logos)
    stored = issuer.issuer(events.get_event(sqlite_store, event.event_id))
    assert len(stored.logos) == 2
    assert all(len(logo) <= issuer.LOGO_TEXT_LIMIT for logo in stored.logos)
    big = Image.open(io.BytesIO(issuer.logo_bytes(stored.logos[1])))
    assert max(big.size) <= issuer.LOGO_SIDE  # made small enough to travel
    data = printing.render(sqlite_store, event.event_id, "certificates", opts())
    document = pypdfium2.PdfDocument(data)
    try:
        for page in document:
            images = [o for o in page.get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
            assert len(images) == 2
            top = page.get_height()
            assert all(o.get_bounds()[3] > top - 45 * MM for o in images)  # in the top row
    finally:
        document.close()
    with pytest.raises(UserError, match="room for 3 logos, not 4"):
        issuer.update_issuer(sqlite_store, event.event_id, logos=logos * 2)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder: folder / "missing.png", "no such file"),
        (lambda folder: _write(folder / "notes.png", b"just some text\n"), "not an image"),
        (lambda folder: _truncated(folder), "cannot be read"),
        (lambda folder: _gif(folder), "a GIF image; choose a PNG or JPEG file"),
        (lambda folder: _huge_pixels(folder), "too large for a logo"),
        (lambda folder: _tiny(folder), "too small to print sharply"),
        (lambda folder: _huge_file(folder), "a logo may be at most 20 MB"),
    ],
)
def test_a_bad_logo_is_one_clear_line_and_changes_nothing(sqlite_store, event, tmp_path,
                                                          capsys, make, message):  # fmt: skip
    path = make(tmp_path)
    with pytest.raises(UserError, match=message) as refused:
        issuer.read_logo(path)
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)
    with sqlite_store.read() as db:
        before = db.execute(select(func.count()).select_from(Change)).scalar_one()
    code = main(["--db", str(sqlite_store.path), "certificates", "details",
                 "--logo", str(path)])  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 1
    assert len(err.splitlines()) == 1 and err.startswith(f"wltdesk: logo {path}: ")
    with sqlite_store.read() as db:
        assert db.execute(select(func.count()).select_from(Change)).scalar_one() == before
    assert not issuer.issuer(events.get_event(sqlite_store, event.event_id)).logos


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated(folder: Path) -> Path:
    whole = logo_file(folder, "whole.png").read_bytes()
    return _write(folder / "broken.png", whole[: len(whole) // 2])


def _gif(folder: Path) -> Path:
    path = folder / "logo.gif"
    Image.new("RGB", (200, 100), "red").save(path)
    return path


def _huge_pixels(folder: Path) -> Path:
    path = folder / "huge.png"
    Image.new("1", (9000, 9000)).save(path)  # 81 megapixels in a few kilobytes
    return path


def _tiny(folder: Path) -> Path:
    path = folder / "tiny.png"
    Image.new("RGB", (20, 20), "blue").save(path)
    return path


def _huge_file(folder: Path) -> Path:
    path = folder / "huge-file.png"
    with path.open("wb") as stream:
        stream.write(b"\x89PNG\r\n\x1a\n")
        stream.truncate(21 * 1024 * 1024)
    return path


# ------------------------------------------------------------------ numbers
def test_numbers_are_stable_and_the_qr_code_holds_them(sqlite_store, event, tmp_path):
    poppler()
    before = {c.person.person_id: c.number for c in
              certificates.register(sqlite_store, event.event_id, 3)}  # fmt: skip
    assert all(n.startswith("LTD26-") and len(n) == 12 for n in before.values())
    assert len(set(before.values())) == len(before)
    # more people, a renamed person: nobody's number changes
    people.add_person(sqlite_store, event.event_id, display_name="Aaron Abbott")
    people.update_person(sqlite_store, event.people["Rakib Hasan"], display_name="Rakib H.")
    after = {c.person.person_id: c.number for c in
             certificates.register(sqlite_store, event.event_id, 3)}  # fmt: skip
    assert after == before
    data = printing.render(sqlite_store, event.event_id, "certificates", opts())
    source = tmp_path / "certificates.pdf"
    source.write_bytes(data)
    for dpi in (150, 300):
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                        str(tmp_path / f"c{dpi}")], check=True)  # fmt: skip
        found = set()
        for page in sorted(tmp_path.glob(f"c{dpi}-*.png")):
            found |= {r.text for r in zxingcpp.read_barcodes(Image.open(page))}
        assert found == set(before.values())
    # the event's own code, when the organizer sets one
    issuer.update_issuer(sqlite_store, event.event_id, code="wlt-dhaka"[:3])
    renumbered = certificates.register(sqlite_store, event.event_id, 3)
    assert {c.number.split("-")[1] for c in renumbered} == {
        n.split("-")[1] for n in before.values()
    }
    assert all(c.number.startswith("WLT-") for c in renumbered)
    with pytest.raises(UserError, match="1 to 12 letters"):
        issuer.update_issuer(sqlite_store, event.event_id, code="LTD-26")


def test_verify_says_whose_a_number_is_and_whether_they_earned_it(sqlite_store, event, capsys):
    db = str(sqlite_store.path)
    rakib = event.people["Rakib Hasan"]
    sadia = event.people["Sadia Islam"]  # came on day one only: 3 of 5 sessions
    part = issuer.person_part(event.event_id, rakib)
    verdict = certificates.verify(sqlite_store, event.event_id, f" ltd26-{part.lower()} ")
    assert verdict.person.person_id == rakib and verdict.person.earned and verdict.code_matches
    code = main(["--db", db, "certificates", "verify", f"LTD26-{part}"])
    out, _err = capsys.readouterr()
    assert code == 0
    assert out.startswith(f"LTD26-{part}: a certificate of Leadership Training Dhaka for Rakib")
    sadia_number = f"LTD26-{issuer.person_part(event.event_id, sadia)}"
    code = main(["--db", db, "certificates", "verify", sadia_number])
    _out, err = capsys.readouterr()
    assert code == 1 and "attended 3 of 5 sessions: fewer than the 4" in err
    code = main(["--db", db, "certificates", "verify", sadia_number, "--min-sessions", "3"])
    assert code == 0
    capsys.readouterr()
    code = main(["--db", db, "certificates", "verify", "LTD26-ZZZZZZ"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert (
        err.strip() == "wltdesk: no certificate LTD26-ZZZZZZ in this event: no participant "
        "has that number"
    )
    code = main(["--db", db, "certificates", "list", "--min-sessions", "3"])
    out, _err = capsys.readouterr()
    assert code == 0 and f"LTD26-{part}" in out and "5 certificates" in out


def test_certificate_details_from_the_command_line(sqlite_store, event, tmp_path, capsys):
    db = str(sqlite_store.path)
    logo = logo_file(tmp_path)
    code = main(["--db", db, "certificates", "details",
                 "--signatory", "Farhana Akter|Programme Director",
                 "--signatory", " Nasrin  Sultana ", "--logo", str(logo),
                 "--issued", "2026-04-01", "--code", "ltd"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    main(["--db", db, "certificates", "details", "--json"])
    import json

    shown = json.loads(capsys.readouterr().out)
    assert shown == {
        "code": "LTD", "code_set": True, "logos": 1, "issued": "2026-04-01", "date_set": True,
        "signatories": [
            {"name": "Farhana Akter", "title": "Programme Director"},
            {"name": "Nasrin Sultana", "title": ""},
        ],
    }  # fmt: skip
    code = main(["--db", db, "certificates", "details", "--signatory", "A|a",
                 "--signatory", "B|b", "--signatory", "C|c", "--signatory", "D|d"])  # fmt: skip
    assert code == 1 and "room for 3 signatories, not 4" in capsys.readouterr().err
    code = main(["--db", db, "certificates", "details", "--signatory", "|Chair"])
    assert code == 1 and "--signatory: give a name" in capsys.readouterr().err
    main(["--db", db, "certificates", "details", "--no-signatories", "--no-logos",
          "--default-date", "--code", ""])  # fmt: skip
    capsys.readouterr()
    details = issuer.issuer(events.get_event(sqlite_store, event.event_id))
    assert details == issuer.Issuer("LTD26", (), (), date(2026, 3, 15), False, False)


def test_a_bengali_certificate_keeps_its_structure(sqlite_store, event, tmp_path):
    """In Bengali: the same pages, the date of issue in Bengali digits, the number in
    Latin letters (a phone reads it back from the QR code)."""
    english = printing.render(sqlite_store, event.event_id, "certificates", opts())
    bengali = printing.render(sqlite_store, event.event_id, "certificates",
                              opts(language="bn"))  # fmt: skip
    assert printing.page_count(bengali) == printing.page_count(english)
    text = pdf_text(bengali, tmp_path, 1, 1)
    assert "১৫" in text and "২০২৬" in text and "2026" not in text.replace("LTD26", "")
    first = certificates.register(sqlite_store, event.event_id, 3)[0]
    assert first.number in text and "printed with" not in text


def test_certificates_on_letter_are_landscape_letter(sqlite_store, event, tmp_path):
    data = printing.render(sqlite_store, event.event_id, "certificates", opts(paper="letter"))
    width, height = page_size_points(data, tmp_path)
    assert (round(width), round(height)) == (792, 612)


# ------------------------------------------------------------------ stored and synced
def test_certificate_details_travel_and_are_checked(tmp_path):
    first = open_store(tmp_path / "first.sqlite", backups=False)
    second = open_store(tmp_path / "second.sqlite", backups=False)
    try:
        data = build_event(first)
        logo = issuer.read_logo(logo_file(tmp_path))
        issuer.update_issuer(first, data.event_id, logos=[logo], code="LTD",
                             signatories=[issuer.Signatory("Farhana Akter", "Director")],
                             issued=date(2026, 4, 1))  # fmt: skip
        events.update_event(first, data.event_id, short_name="LTD 2026")
        with first.read() as db:
            changes = change_dicts(db)
        with second.write() as writer:
            apply_changes(writer.db, changes, writer.clock)
        there = events.get_event(second, data.event_id)
        assert issuer.issuer(there) == issuer.issuer(events.get_event(first, data.event_id))
        assert there.short_name == "LTD 2026"
    finally:
        first.close()
        second.close()
    assert change_problem("events", "certificate_code", "LTD26") is None
    assert "capital letters or digits" in change_problem("events", "certificate_code", "ltd-26")
    signed = [{"name": "A", "title": "B"}]
    assert change_problem("events", "signatories", signed) is None
    assert "200,000 characters" in change_problem("events", "logos", ["x" * 250_000])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_before_badges(request, tmp_path):
    def fill(connection):
        connection.execute(text(
            "INSERT INTO events (id, hlc, deleted, name, start_date, end_date, timezone, "
            "late_grace_minutes) VALUES ('11111111-2222-3333-4444-555555555555', "
            "'019a3b4c5d6e-0001-old', false, 'Wikimedia Leadership Training for Community "
            "Organizers of South Asia 2026', '2026-03-14', '2026-03-15', 'UTC', 10)"
        ))  # fmt: skip

    return database_at(request, tmp_path, "0012", fill)


def test_an_older_store_upgrades_and_its_events_take_the_defaults(store_before_badges):
    opened = open_store(store_before_badges, backups=False)
    try:
        assert schema_revision(opened.engine) == SCHEMA_HEAD
        event = events.get_event(opened, "11111111-2222-3333-4444-555555555555")
        assert event.short_name is None and event.signatories is None
        details = issuer.issuer(event)
        assert details.code == "WLTCOSA26" and details.issued == date(2026, 3, 15)
        assert issuer.update_issuer(opened, event.id, code="WLT26")
    finally:
        opened.close()


@pytest.mark.parametrize("stored", ["not base64!", "aGVsbG8=", "R0lGODlhAQABAAAAACw="])
def test_a_logo_that_came_in_broken_is_said_in_one_line(sqlite_store, event, stored):
    """A logo another laptop's bundle brought (not through read_logo) that is not a
    picture WLT Desk keeps stops the print with one line, not a traceback."""
    with sqlite_store.write() as writer:
        writer.update(Event, event.event_id, {"logos": [stored]})
    with pytest.raises(UserError, match="a logo of this event cannot be read"):
        printing.render(sqlite_store, event.event_id, "certificates", opts())
