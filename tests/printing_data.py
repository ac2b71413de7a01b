"""A small two-day event for the printing tests, built through the services.

Names in Latin, Bengali (with conjuncts and pre-base vowel signs) and Arabic;
one person declined photos, one was not asked; attendance on both days with
one participant who did not come back on day two; a circle with notes of every
visibility (one anonymous); two action plans with dated and undated items.
PDF helpers wrap poppler's ``pdftotext`` and ``pdftoppm``.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from wltdesk import agenda, attendance, circles, events, groups, people, plans
from wltdesk.store import Store

FIRST_DAY = date(2026, 3, 14)

PEOPLE = [
    # display name, local name, region, affiliation, photo consent, role
    ("Rakib Hasan", "মোঃ রাকিব হাসান", "Khulna", "Riverbank Student Club", True, "participant"),
    (
        "Priyanka Chakraborty",
        "প্রিয়াঙ্কা চক্রবর্তী",
        "Chattogram",
        "Open Knowledge Circle",
        True,
        "participant",
    ),
    (
        "Sadia Islam",
        "সাদিয়া ইসলাম",
        "Barishal",
        "Hill Tracts Heritage Group",
        False,
        "participant",
    ),
    (
        "Sami Al-Haddad",
        "سامي الحداد",
        "Sylhet",
        "Hill Tracts Heritage Group",
        None,
        "participant",
    ),
    ("Aiko Tanaka", None, "Sylhet", "Community Radio", True, "participant"),
    ("Ayesha Siddiqua", "আয়েশা সিদ্দিকা", "Dhaka", "Training Team", True, "facilitator"),
]


@dataclass
class PrintEvent:
    event_id: str
    people: dict[str, str]  # display name -> id
    sessions: list[str]  # in agenda order: three on day one, two on day two
    circle_id: str = ""
    plan_ids: list[str] = field(default_factory=list)
    set_id: str = ""
    private_text: str = "Private: my manager does not support this yet"
    organizer_text: str = "For organizers: budget worries in Barishal"
    public_text: str = "We will run an editathon every month"
    anonymous_text: str = "Anonymous: I felt unheard in my region"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 13 + day, hour, minute)


def build_event(store: Store) -> PrintEvent:
    event_id = events.create_event(
        store,
        "Leadership Training Dhaka",
        FIRST_DAY,
        date(2026, 3, 15),
        venue="Riverside Centre",
        timezone="Asia/Dhaka",
    )
    ids: dict[str, str] = {}
    for name, local, region, affiliation, consent, role in PEOPLE:
        ids[name] = people.add_person(
            store,
            event_id,
            display_name=name,
            local_name=local,
            region=region,
            affiliation=affiliation,
            photo_consent=consent,
            role=role,
        )
    sessions = [
        agenda.add_session(store, event_id, "Opening circle", at(1, 9), at(1, 10), kind="plenary"),
        agenda.add_session(store, event_id, "Editathon lab", at(1, 10, 30), at(1, 12)),
        agenda.add_session(store, event_id, "Lunch", at(1, 12), at(1, 13), kind="break"),
        agenda.add_session(store, event_id, "Partnerships", at(1, 14), at(1, 15)),
        agenda.add_session(store, event_id, "Regional plans", at(2, 9), at(2, 11)),
        agenda.add_session(store, event_id, "Closing circle", at(2, 14), at(2, 15)),
    ]
    moment = datetime(2026, 3, 14, 3, 0, tzinfo=UTC)
    day_one = [sessions[0], sessions[1], sessions[3]]
    day_two = [sessions[4], sessions[5]]
    everyone = [ids[p[0]] for p in PEOPLE if p[5] == "participant"]
    for session_id in day_one:
        for person_id in everyone:
            attendance.check_in(store, session_id, person_id, "present", now=moment)
    for session_id in day_two:
        for person_id in everyone:
            if person_id != ids["Sadia Islam"]:  # did not come back on day two
                attendance.check_in(store, session_id, person_id, "present", now=moment)
    data = PrintEvent(event_id, ids, sessions)
    data.circle_id = circles.create_circle(
        store,
        sessions[5],
        "Closing circle",
        ["What will you do first?", "আপনি প্রথমে কী করবেন?"],
        order_mode="manual",
        speakers=[ids["Rakib Hasan"], ids["Priyanka Chakraborty"]],
    )
    circles.record_turn(store, data.circle_id, ids["Rakib Hasan"], 95)
    circles.record_turn(store, data.circle_id, ids["Priyanka Chakraborty"], 0, passed=True)
    circles.add_note(
        store, data.circle_id, data.public_text, person_id=ids["Rakib Hasan"],
        themes=["editathon"], visibility="public",
    )  # fmt: skip
    circles.add_note(
        store, data.circle_id, data.anonymous_text, person_id=ids["Sadia Islam"],
        anonymous=True, themes=["inclusion"], visibility="public",
    )  # fmt: skip
    circles.add_note(store, data.circle_id, data.organizer_text, visibility="organizers")
    circles.add_note(
        store, data.circle_id, data.private_text, person_id=ids["Aiko Tanaka"],
        visibility="private",
    )  # fmt: skip
    khulna = plans.create_plan(
        store, event_id, "Khulna outreach", goal="Ten new editors by June", region="Khulna"
    )
    plans.add_item(
        store, khulna, "Book the library hall", owners=[ids["Rakib Hasan"]],
        due_date=date(2026, 4, 20), success_indicator="Hall booked",
    )  # fmt: skip
    plans.add_item(store, khulna, "Draft the invitation", due_date=date(2026, 4, 2))
    sylhet = plans.create_plan(store, event_id, "Sylhet photo walk", region="Sylhet")
    plans.add_item(
        store, sylhet, "Ask the archive for a partnership", owners=[ids["Aiko Tanaka"]],
        due_date=date(2026, 3, 30),
    )  # fmt: skip
    plans.add_item(store, sylhet, "Collect licences", status="done")
    data.plan_ids = [khulna, sylhet]
    data.set_id = groups.make_set(
        store, event_id, groups.Wish(count=2, balance=("region",)), session_id=sessions[0],
        name="Morning mix",
    )  # fmt: skip
    return data


# ------------------------------------------------------------------ PDF tools
def poppler() -> None:
    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) is not installed")


def pdf_text(data: bytes, tmp_path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of a PDF (or some pages), as poppler extracts it in reading layout."""
    poppler()
    source = tmp_path / "text-source.pdf"
    source.write_bytes(data)
    command = ["pdftotext", "-layout"]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    done = subprocess.run([*command, str(source), "-"], capture_output=True, check=True)
    # HarfBuzz sets Latin ligatures (ffi, fl), which come back as one character
    return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))


def render_pages(data: bytes, folder: Path, stem: str, dpi: int = 60) -> list[Path]:
    """Every page as a PNG (kept in ``folder`` for a person to look at)."""
    poppler()
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{stem}.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / stem)], check=True
    )
    return sorted(folder.glob(f"{stem}-*.png"))


def page_size_points(data: bytes, tmp_path: Path) -> tuple[float, float]:
    poppler()
    source = tmp_path / "size-source.pdf"
    source.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(source)], capture_output=True, check=True, text=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
    width, _x, height = line.split(":", 1)[1].split()[:3]
    return float(width), float(height)


@dataclass(frozen=True)
class CharBox:
    """One character PDFium found on a page, and its box in PDF points (origin bottom left)."""

    char: str
    left: float
    bottom: float
    right: float
    top: float


def char_boxes(data: bytes, page_index: int = 0) -> list[CharBox]:
    """Every character drawn on a page with its glyph box (PDFium's text layer).

    ReportLab maps shaped glyphs back to their characters, so boxes of Bengali
    and Arabic glyphs are found too; blanks are left out (they have no ink).
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        page = document[page_index]
        text = page.get_textpage()
        boxes = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char or char.isspace():
                continue
            left, bottom, right, top = text.get_charbox(index)
            boxes.append(CharBox(char, left, bottom, right, top))
        text.close()
        page.close()
        return boxes
    finally:
        document.close()
