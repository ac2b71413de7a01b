"""Printouts in Bengali or in English and Bengali: per event, per print, the screen untouched.

Text that ``pdftotext`` extracts from shaped Bengali is lossy (conjuncts and
pre-base vowel signs come back in visual order or not at all), so Bengali words
are looked for as :func:`as_extracted` says the same word alone comes back out
of a PDF made with the same fonts and shaping. The strong check is the other
way round: every Latin word or figure left in a Bengali printout must be part of
the event's own data (names, titles, regions, badge codes) — no English heading,
label, sentence or Latin digit remains.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from printing_data import build_event, pdf_text, poppler
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from wltdesk import agenda, circles, events, groups, people, plans, printing
from wltdesk.cli import main
from wltdesk.errors import UserError
from wltdesk.language import _, current_language
from wltdesk.printing.issuer import certificate_number, issuer
from wltdesk.printing.styles import style
from wltdesk.printing.typeset import para
from wltdesk.store import open_store
from wltdesk.store.changes import change_dicts
from wltdesk.store.materialize import apply_changes
from wltdesk.store.models import Change
from wltdesk.store.validation import change_problem

TOKEN = re.compile(r"[A-Za-z0-9]+")
PRIVATE = "[\ue000-\uf8ff]"
#: Words of the program's own name, printed in every footer.
NAME = {"WLT", "Desk"}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every output of the printing tests' event, in en, bn and en+bn, and the words
    of the event's own data (the only Latin a Bengali printout may hold)."""
    folder = tmp_path_factory.mktemp("language")
    store = open_store(folder / "store.sqlite", backups=False)
    try:
        data = build_event(store)
        pdfs = {}
        for language in ("en", "bn", "en+bn"):
            for output in printing.OUTPUTS:
                options = printing.PrintOptions(
                    session_id=data.sessions[0], language=language, reprint=True
                )
                pdfs[output, language] = printing.render(store, data.event_id, output, options)
        yield pdfs, data_words(store, data.event_id), folder
    finally:
        store.close()


def data_words(store, event_id: str) -> set[str]:
    """Latin words and figures of everything the organizers typed in (and badge codes,
    certificate numbers)."""
    event = events.get_event(store, event_id)
    texts = [event.name, event.venue or ""]
    for person in people.list_people(store, event_id):
        texts += [person.display_name, person.region or "", person.affiliation or ""]
        texts.append(person.badge_code)
        # a certificate's number (its event's code and the person's part) stays Latin
        texts.append(certificate_number(issuer(event), event_id, person.id))
    texts += [s.title for s in agenda.list_sessions(store, event_id)]
    for circle in circles.list_circles(store, event_id):
        summary = circles.summary(store, circle.id, "facilitator")
        texts += [summary.title, *summary.prompts, *[t for t, _n in summary.themes]]
        texts += [q.text for q in summary.quotes]
    for plan in plans.list_plans(store, event_id):
        texts += [plan.title, plan.goal or "", plan.region or ""]
        for item in plan.items:
            texts += [item.what, item.resources or "", item.success_indicator or ""]
    for found in groups.list_sets(store, event_id):
        view = groups.set_view(store, found.id)
        texts += [view.name, view.session_title or ""]
        texts += [g.name for r in view.rounds for g in r.groups]
    return {word for text in texts for word in TOKEN.findall(text)} | NAME


def as_extracted(text: str, folder: Path, bold: bool = False) -> str:
    """How ``text`` comes back out of a PDF: set alone in the house fonts, then extracted."""
    out = io.BytesIO()
    canvas = Canvas(out)
    paragraph = para(text, style("probe", 12, bold=bold))
    paragraph.wrap(500, 100)
    paragraph.drawOn(canvas, 40, 700)
    canvas.showPage()
    canvas.save()
    return " ".join(pdf_text(out.getvalue(), folder).split())


def has_words(text: str, words: str, folder: Path, bold: bool = False) -> bool:
    """Whether every word of ``words`` is in ``text`` as extraction gives it back.

    A glyph with no character of its own (a conjunct) comes back as a private-use
    character that differs from one PDF to the next: any one stands for it.
    """
    flat = " ".join(text.split())
    for word in words.split():
        pattern = "".join(
            PRIVATE if "\ue000" <= char <= "\uf8ff" else re.escape(char)
            for char in as_extracted(word, folder, bold)
        )
        if not re.search(pattern, flat):
            return False
    return True


def stray_words(text: str, allowed: set[str]) -> set[str]:
    return set(TOKEN.findall(text)) - allowed


# ------------------------------------------------------------------ Bengali
@pytest.mark.parametrize("output", printing.OUTPUTS)
def test_a_bengali_printout_has_no_english_words_nor_latin_digits(printed, output):
    """Only the event's data is left in Latin; the English printout has more (so the
    check can fail): its headings, labels, dates and figures."""
    pdfs, allowed, folder = printed
    english = stray_words(pdf_text(pdfs[output, "en"], folder), allowed)
    assert english, output
    strays = stray_words(pdf_text(pdfs[output, "bn"], folder), allowed)
    if output == "badges":
        # the band a photographer reads from afar says it in English too, by design
        assert strays == {"NO", "PHOTOS"}
    else:
        assert not strays, f"{output}: {sorted(strays)}"


#: (output, Bengali words each printout must show, bold?) — titles, heads and sentences.
BENGALI = [
    ("signin", "হাজিরা শিট", False),
    ("signin", "তালিকায় জন সরাসরি আগতদের জন্য সারি", False),
    ("badges", "সহায়ক", True),  # the role; the no-photos band is in Bengali in English too
    ("groups", "গ্রুপের তালিকা", True),
    ("circle", "সংখ্যায় সার্কেল বিষয়বস্তু", True),
    ("plans", "ফলো-আপ তালিকা", True),
    ("certificates", "অংশগ্রহণের সনদপত্র", True),
    ("certificates", "এই মর্মে প্রত্যয়ন করা যাচ্ছে যে", False),
    ("report", "সেশনভিত্তিক উপস্থিতি ছবির সম্মতি", True),
    ("report", "প্রতিবেদন শেষ।", False),
]


@pytest.mark.parametrize(("output", "words", "bold"), BENGALI)
def test_a_bengali_printout_says_it_in_bengali(printed, output, words, bold):
    pdfs, _allowed, folder = printed
    assert has_words(pdf_text(pdfs[output, "bn"], folder), words, folder, bold)
    assert not has_words(pdf_text(pdfs[output, "en"], folder), words, folder, bold)


def test_bengali_figures_dates_and_times(printed):
    pdfs, _allowed, folder = printed
    signin = pdf_text(pdfs["signin", "bn"], folder)
    # 6 on the roster, 8 walk-in rows: rows numbered ১ to ১৪; the session at ০৯:০০–১০:০০
    assert "১৪" in signin and "০৯:০০–১০:০০" in signin and "২০২৬" in signin
    assert "১ / ১" in signin and has_words(signin, "পৃষ্ঠা", folder)
    report = pdf_text(pdfs["report", "bn"], folder)
    assert "১০০%" in report and "৮০%" in report
    plans_text = pdf_text(pdfs["plans", "bn"], folder)
    assert "২০২৬" in plans_text and "2026" not in plans_text


def test_the_bengali_font_is_embedded(printed):
    poppler()
    pdfs, _allowed, folder = printed
    for output in printing.OUTPUTS:
        source = folder / f"fonts-{output}.pdf"
        source.write_bytes(pdfs[output, "en+bn"])
        listing = subprocess.run(
            ["pdffonts", str(source)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        fonts = {line.split()[0].split("+")[-1]: line.split() for line in listing}
        assert "NotoSansBengali-Regular" in fonts or "NotoSansBengali-Bold" in fonts, output
        for name, columns in fonts.items():
            assert columns[-5] == "yes", f"{output}: {name} is not embedded"


# ------------------------------------------------------------------ both languages
#: English headings and heads a bilingual printout keeps, with Bengali under them.
BILINGUAL = {
    "signin": (("Sign-in sheet", "Name", "Signature", "on the roster"), "হাজিরা শিট"),
    "badges": (("NO PHOTOS", "FACILITATOR", "PARTICIPANT"), "ছবি তুলবেন না"),
    "groups": (("Group rosters", "people"), "গ্রুপের তালিকা"),
    "circle": (("The circle in numbers", "What was said", "Speaker"), "যা বলা হয়েছে"),
    "plans": (("Follow-up list", "Success looks like", "Goal:"), "ফলো-আপ তালিকা"),
    "certificates": (
        ("CERTIFICATE OF PARTICIPATION", "took part with commitment", "Organizer"),
        "সনদপত্র",
    ),
    "report": (("The event in numbers", "Attendance per session", "Photo consent"), "উপস্থিতি"),
}


@pytest.mark.parametrize("output", printing.OUTPUTS)
def test_a_bilingual_printout_has_the_english_and_the_bengali(printed, output):
    pdfs, _allowed, folder = printed
    english, bengali = BILINGUAL[output]
    text = pdf_text(pdfs[output, "en+bn"], folder)
    flat = " ".join(text.split())
    for words in english:
        assert words in flat, f"{output}: {words}"
    assert has_words(text, bengali, folder, bold=True) or has_words(text, bengali, folder)
    # values once, in English figures: the dates in the letterhead
    if output not in ("badges", "certificates"):
        assert "14 – 15 Mar 2026" in flat


def test_a_bilingual_certificate_states_it_twice(printed):
    pdfs, _allowed, folder = printed
    text = " ".join(pdf_text(pdfs["certificates", "en+bn"], folder, 1, 1).split())
    assert "took part with commitment and enthusiasm in Leadership Training Dhaka" in text
    assert "held on 14 – 15 Mar 2026 at Riverside Centre." in text
    # the Bengali statement names the days as Bengali does, in Bengali digits
    assert has_words(text, "১৪–১৫ মার্চ, ২০২৬", folder)
    assert "of its" not in text


# ------------------------------------------------------------------ the event's language
def test_the_events_output_language_is_stored_checked_and_synced(tmp_path):
    first = open_store(tmp_path / "first.sqlite", backups=False)
    second = open_store(tmp_path / "second.sqlite", backups=False)
    try:
        event_id = events.create_event(first, "Training", date(2026, 3, 14), date(2026, 3, 15))
        assert events.event_output_language(events.get_event(first, event_id)) == "en"
        assert events.update_event(first, event_id, output_language="bilingual")
        assert events.get_event(first, event_id).output_language == "en+bn"
        assert not events.update_event(first, event_id, output_language="en+bn")
        with pytest.raises(UserError, match="choose en, bn or bilingual"):
            events.update_event(first, event_id, output_language="fr")
        assert events.get_event(first, event_id).output_language == "en+bn"
        # it travels in the change log like every event field, and bundles are checked
        with first.read() as db:
            everything = change_dicts(db)
            rows = db.scalars(select(Change).where(Change.field == "output_language")).all()
        values = [c["value"] for c in everything if c["field"] == "output_language"]
        assert [json.loads(value) for value in values] == ["en+bn"]
        assert len(rows) == 1
        with second.write() as writer:
            apply_changes(writer.db, everything, writer.clock)
        assert events.get_event(second, event_id).output_language == "en+bn"
        assert change_problem("events", "output_language", "bn") is None
        assert change_problem("events", "output_language", "fr")
    finally:
        first.close()
        second.close()


def test_render_follows_the_event_unless_the_print_asks(store, event_id, tmp_path):
    session = agenda.add_session(store, event_id, "Opening", *_hours(date(2026, 3, 14), 9, 10))
    options = printing.PrintOptions(session_id=session)
    assert "Sign-in sheet" in pdf_text(
        printing.render(store, event_id, "signin", options), tmp_path
    )
    events.update_event(store, event_id, output_language="bn")
    bengali = pdf_text(printing.render(store, event_id, "signin", options), tmp_path)
    assert "Sign-in sheet" not in bengali and "Signature" not in bengali
    asked = printing.PrintOptions(session_id=session, language="en")
    assert "Signature" in pdf_text(printing.render(store, event_id, "signin", asked), tmp_path)
    with pytest.raises(UserError, match="unknown output language 'fr'"):
        printing.render(store, event_id, "signin", printing.PrintOptions(language="fr"))


def _hours(day: date, start: int, end: int):
    from datetime import datetime

    return datetime(day.year, day.month, day.day, start), datetime(
        day.year, day.month, day.day, end
    )


def test_a_bengali_pdf_leaves_the_screen_in_its_language(store, event_id):
    """Made on a worker thread or not, a Bengali PDF changes no word of the window; a
    refusal while making one is said in the language of the person printing."""
    events.update_event(store, event_id, output_language="bn")
    assert current_language() == "en"
    with pytest.raises(UserError) as refused:
        printing.render(store, event_id, "circle", printing.PrintOptions())
    assert str(refused.value) == "the event has no reflection circles yet"
    agenda.add_session(store, event_id, "Opening", *_hours(date(2026, 3, 14), 9, 10))

    def work() -> bytes:
        return printing.render(store, event_id, "report", printing.PrintOptions())

    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(work)
        assert _("Sign-in sheet") == "Sign-in sheet"
        assert pending.result().startswith(b"%PDF")
    assert current_language() == "en" and _("Event report") == "Event report"


# ------------------------------------------------------------------ plan templates
def test_a_plan_from_a_bengali_template_prints_bengali_labels(store, event_id, tmp_path):
    """What an item needs and what success looks like came in English from a Bengali
    template; now all of a Bengali plan is Bengali, and its printout has no English."""
    plan_id = plans.create_from_template(store, event_id, "outreach", language="bn")
    template = plans.get_template("outreach")
    view = plans.get_plan(store, plan_id)
    for item, source in zip(view.items, template.items, strict=True):
        assert item.what == source.what_bn
        assert item.resources == source.resources_bn
        assert item.success_indicator == source.success_indicator_bn
        for text in (item.resources, item.success_indicator):
            assert not re.search("[A-Za-z0-9]", text), text
    options = printing.PrintOptions(language="bn")
    text = pdf_text(printing.render(store, event_id, "plans", options), tmp_path)
    allowed = data_words(store, event_id)
    assert not stray_words(text, allowed)
    assert "Venue confirmed in writing" not in text and "Report published" not in text
    english = plans.create_from_template(store, event_id, "outreach")
    first = plans.get_plan(store, english).items[0]
    assert first.resources == "Partner institution or rental budget"


def test_every_template_item_has_bengali_labels():
    for template in plans.templates():
        for item in template.items:
            for text in (item.what_bn, item.resources_bn, item.success_indicator_bn):
                assert any("\u0980" <= c <= "\u09ff" for c in text), (template.key, text)


# ------------------------------------------------------------------ command line
@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.sqlite"
    store = open_store(path, backups=False)
    try:
        build_event(store)
    finally:
        store.close()
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_sets_the_events_language_and_prints_in_it(db, tmp_path, capsys):
    target = tmp_path / "signin.pdf"
    sheet = ("--db", db, "print", "signin", "--session", "1", "--out", str(target))
    code, _out, err = run(capsys, "--db", db, "event", "edit", "--output-language", "bn")
    assert code == 0, err
    code, out, _err = run(capsys, "--db", db, "event", "list", "--json")
    assert '"output_language": "bn"' in out
    code, out, err = run(capsys, *sheet, "--json")
    assert code == 0 and '"language": "bn"' in out, err
    text = pdf_text(target.read_bytes(), tmp_path)
    assert "Sign-in sheet" not in text and "Signature" not in text and "১৪" in text
    # one print in another language; the event's stays as it is
    code, out, err = run(capsys, *sheet, "--lang", "en", "--json")
    assert code == 0 and '"language": "en"' in out, err
    assert "Signature" in pdf_text(target.read_bytes(), tmp_path)
    code, _out, err = run(capsys, *sheet, "--lang", "bilingual")
    assert code == 0, err
    both = pdf_text(target.read_bytes(), tmp_path)
    assert "Signature" in both and has_words(both, "হাজিরা শিট", tmp_path, True)
    code, out, _err = run(capsys, "--db", db, "event", "list", "--json")
    assert '"output_language": "bn"' in out


def test_a_bad_language_is_one_line_and_nothing_written(db, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    code, _out, err = run(
        capsys, "--db", db, "print", "report", "--lang", "fr", "--out", str(target)
    )
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("wltdesk: unknown output language 'fr'")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))
    code, _out, err = run(capsys, "--db", db, "event", "edit", "--output-language", "xx")
    assert code == 1 and "choose en, bn or bilingual" in err
    code, out, _err = run(capsys, "--db", db, "event", "list", "--json")
    assert '"output_language": "en"' in out
