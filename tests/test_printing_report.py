"""The event report with charts, the facilitator's circle copy, rosters and the follow-up list.

Checked on real PDFs: the words and their order with ``pdftotext`` (page by
page with ``-f N -l N`` where the page matters), the charts by their colours
on rendered pages and by the ReportLab drawings they are made of, and on a
messy 62-person event (spelling variants, blanks, long names, a group larger
than a page, a plan of two dozen items) as well as the tidy one of
:mod:`printing_data`.
"""

from __future__ import annotations

import random
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from printing_data import build_event, pdf_text, render_pages

from wltdesk import agenda, circles, events, groups, people, plans, printing
from wltdesk.printing import charts, turnout
from wltdesk.printing.charts import SERIES, Chart
from wltdesk.printing.wording import printing_in
from wltdesk.store import Store

MESSY_DAY = date(2026, 5, 9)

GENDERS = ["female", "Female ", "woman", "male", "Man", "male", "non-binary", None, "", "মহিলা"]
REGIONS = [
    "Dhaka", "dhaka ", "DHAKA", "Chattogram", "Chittagong", "Sylhet", "Khulna", "Rajshahi",
    "Barishal", "Rangpur", "Mymensingh", "Cumilla", "Gazipur", "Bogura", "Jessore", "ঢাকা",
    None, "",
]  # fmt: skip
GIVEN = ["Nusrat", "Tanvir", "Farhana", "Rakib", "Sadia", "Arif", "Mitu", "José", "Lena", "Aiko"]
FAMILY = ["Hasan", "Ahmed", "Akter", "Islam", "Chowdhury", "Das", "Barua", "Álvarez", "Tanaka"]
BN_GIVEN = ["নুসরাত", "তানভীর", "ফারহানা", "রাকিব", "সাদিয়া", "আরিফ", "মিতু", "জয়", "কমল"]
BN_FAMILY = ["হাসান", "আহমেদ", "আক্তার", "ইসলাম", "চৌধুরী", "দাস", "রহমান", "বড়ুয়া", "রায়"]
LONG_NAMES = [
    "Mohammad Abdullah Al Mamun Chowdhury Khan",
    "Sheikh Fatema-Tuz-Zohra Binte Rahman Siddiqua",
]


@dataclass
class MessyEvent:
    event_id: str
    people: dict[str, str]  # display name -> id
    declined: list[str]  # display names of those who declined photos
    sessions: list[str]
    halves_set: str = ""
    small_set: str = ""
    circle_id: str = ""
    big_plan: str = ""
    private_notes: list[str] = field(default_factory=list)
    organizer_notes: list[str] = field(default_factory=list)


def build_messy_event(store: Store, seed: int = 62) -> MessyEvent:
    """62 people typed in by many hands: regions spelt three ways or left blank, genders
    described freely, long names, 25 who declined photos; two days of check-ins with
    people dropping off; a set of two groups too long for a page and one of many small
    groups; a circle with notes of every visibility over several pages; six plans, one
    of two dozen items and one from the Bengali template."""
    rng = random.Random(seed)
    event_id = events.create_event(
        store, "Regional Organizers Meetup 2026", MESSY_DAY, MESSY_DAY + timedelta(days=1),
        venue="Community Hall, Sylhet", timezone="Asia/Dhaka",
    )  # fmt: skip
    rows = [
        {
            "display_name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "local_name": f"{rng.choice(BN_GIVEN)} {rng.choice(BN_FAMILY)}"
            if rng.random() < 0.6
            else None,
            "affiliation": f"Community group {rng.randint(1, 30)}",
        }
        for _index in range(58)
    ]
    for index, row in enumerate(rows):
        row["region"] = REGIONS[index % len(REGIONS)]
        row["gender"] = GENDERS[index % len(GENDERS)]
        row["photo_consent"] = [True, False, None, False][index % 4]
        row["display_name"] = f"{row['display_name']} {index:02d}"
        if index % 9 == 4:
            row["affiliation"] = ""
    rows[3]["display_name"], rows[11]["display_name"] = LONG_NAMES
    rows[7]["local_name"] = "سامي الحداد"
    for number in range(4):
        rows.append({"display_name": f"Facilitator {number + 1}", "role": "facilitator",
                     "region": "Dhaka", "photo_consent": True})  # fmt: skip
    with store.write() as writer:
        made = people.create_people(writer, event_id, rows)
    ids = {row["display_name"]: pid for row, pid in zip(rows, made, strict=True)}
    declined = [row["display_name"] for row in rows if row.get("photo_consent") is False]
    sessions = []
    for day in (1, 2):
        for number, hour in enumerate((9, 10, 11, 14, 15, 16)):
            start = datetime(2026, 5, 8 + day, hour, 30 if number % 2 else 0)
            kind = "break" if hour == 11 else "workshop"
            sessions.append(
                agenda.add_session(
                    store,
                    event_id,
                    f"Day {day} session {number + 1}",
                    start,
                    start + timedelta(minutes=50),
                    kind=kind,
                )
            )
    participants = [pid for row, pid in zip(rows, made, strict=True) if row.get("role") is None]
    moment = datetime(2026, 5, 9, 3, 0, tzinfo=UTC)
    from wltdesk.attendance import record_check_in

    gone = set(rng.sample(participants, 11))
    with store.write() as writer:
        for index, session_id in enumerate(sessions):
            if index in (2, 8) or index == len(sessions) - 1:
                continue  # breaks; and the last session's laptop has not synced
            for person_id in participants:
                if index >= 6 and person_id in gone:
                    continue
                roll = rng.random()
                status = "present" if roll < 0.72 else "late" if roll < 0.86 else "absent"
                if roll > 0.95:
                    status = "excused"
                record_check_in(writer, session_id, person_id, status, moment)
    data = MessyEvent(event_id, ids, declined, sessions)
    data.halves_set = groups.make_set(
        store, event_id, groups.Wish(count=2, seed=1), person_ids=participants,
        name="Two halves",
    )  # fmt: skip
    data.small_set = groups.make_set(
        store, event_id, groups.Wish(size=4, rounds=2, seed=2), person_ids=participants,
        name="Small circles",
    )  # fmt: skip
    data.circle_id = circles.create_circle(
        store, sessions[5], "Closing circle", ["What will you carry home?"],
        order_mode="manual", speakers=participants[:30],
    )  # fmt: skip
    for number, person_id in enumerate(participants[:30]):
        circles.record_turn(store, data.circle_id, person_id, 40 + number * 3, number % 7 == 3)
        visibility = ["public", "private", "organizers", "public"][number % 4]
        text = (
            f"Note {number:02d}: we want to keep the momentum going in our district, "
            "with a monthly meetup and a shared calendar of events for new volunteers."
        )
        circles.add_note(
            store, data.circle_id, text, person_id=person_id, anonymous=number % 5 == 0,
            themes=["momentum"] if number % 2 else ["calendar", "volunteers"],
            visibility=visibility,
        )  # fmt: skip
        if visibility == "private":
            data.private_notes.append(text)
        elif visibility == "organizers":
            data.organizer_notes.append(text)
    first_owner = participants[0]
    data.big_plan = plans.create_plan(
        store, event_id, "District volunteer network with a very long title for the plan",
        goal="Grow the network", region="Sylhet",
    )  # fmt: skip
    for number in range(40):
        plans.add_item(
            store, data.big_plan,
            f"Task {number:02d} of the network: call the volunteers of the district and "
            "ask who will host the next meetup",
            owners=[first_owner], due_date=MESSY_DAY + timedelta(days=10 + number * 3),
            status="done" if number % 6 == 5 else "planned",
        )  # fmt: skip
    for region in ("Khulna", "Rajshahi", "Rangpur"):
        plan = plans.create_plan(store, event_id, f"{region} outreach", region=region)
        for number in range(3):
            plans.add_item(store, plan, f"{region} step {number + 1}",
                           due_date=MESSY_DAY + timedelta(days=20 + number * 7))  # fmt: skip
        plans.add_item(store, plan, f"{region} undated step")
    plans.create_from_template(store, event_id, "editathon", language="bn", region="Sylhet")
    plans.create_plan(store, event_id, "Empty plan", region="Barishal")
    return data


@pytest.fixture
def event(store):
    return build_event(store)


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    from wltdesk.store import open_store

    folder = tmp_path_factory.mktemp("messy")
    store = open_store(folder / "messy.sqlite", backups=False)
    try:
        yield store, build_messy_event(store)
    finally:
        store.close()


def opts(**fields) -> printing.PrintOptions:
    return printing.PrintOptions(**fields)


def pages_of(data: bytes, tmp_path, raw: bool = False) -> list[str]:
    """The text of each page of a PDF, in order: in reading layout, or ``raw`` in the
    order it was drawn (a name wrapped in its cell stays whole, not interleaved with
    the next column's lines)."""
    if not raw:
        return [
            pdf_text(data, tmp_path, number, number)
            for number in range(1, printing.page_count(data) + 1)
        ]
    source = tmp_path / "raw-source.pdf"
    source.write_bytes(data)
    done = subprocess.run(["pdftotext", "-raw", str(source), "-"], capture_output=True, check=True)
    text = unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
    return text.split("\f")[: printing.page_count(data)]


def flat(text: str) -> str:
    return " ".join(text.split())


def series_pixels(png, colour=SERIES[0]) -> int:
    """Pixels of a page drawn in a chart series' colour (no table or text uses it)."""
    image = Image.open(png).convert("RGB")
    wanted = tuple(int(colour.hexval()[2 + 2 * i : 4 + 2 * i], 16) for i in range(3))
    return sum(
        count
        for count, pixel in image.getcolors(image.width * image.height)
        if sum(abs(a - b) for a, b in zip(pixel, wanted, strict=True)) < 18
    )


# ------------------------------------------------------------------ the report's charts
def test_the_report_draws_its_charts(store, event, tmp_path):
    """Attendance per session (present and late), participants by region and by gender,
    and who came back: bars in the series' colours, with their words in the PDF."""
    people.update_person(store, event.people["Rakib Hasan"], gender="man")
    people.update_person(store, event.people["Aiko Tanaka"], gender="woman")
    data = printing.render(store, event.event_id, "report", opts())
    pngs = render_pages(data, tmp_path / "png", "report", dpi=50)
    assert sum(series_pixels(png) for png in pngs) > 2000
    text = flat(pdf_text(data, tmp_path))
    gender_part = text.split("Participants by gender", 1)[1].split("Attendance", 1)[0]
    assert "man 1 · 20 %" in gender_part and "(not given) 3 · 60 %" in gender_part
    assert "Present Late" in text  # the legend
    assert "5 participants" in text  # the dashed line: how many could have come
    # the sessions under their day, the days in order
    assert "09:00 10:30 14:00 09:00 14:00 Sat 14 Mar Sun 15 Mar" in text
    assert "Who came back" in text
    assert "1 of the 5 participants who came on Sat 14 Mar did not come on Sun 15 Mar." in text
    # every region's bar: its name, its count and share
    assert "Khulna 1 · 20 %" in text and "Sylhet 2 · 40 %" in text


def test_the_charts_are_reportlab_drawings_in_the_printouts_language(store, event):
    """A chart is a ReportLab Drawing (bar charts inside) whose words and figures are in
    the printout's language: Bengali digits on the axis and under the bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    sessions = turnout.counted_sessions(store, event.event_id)
    from wltdesk import attendance

    counted = {s.id: attendance.counts(store, s.id) for s in sessions}
    with printing_in("bn"):
        chart = turnout._session_chart(sessions, counted, 480)
        axis = next(c for c in chart.contents if isinstance(c, VerticalBarChart)).valueAxis
        assert axis.labelTextFormat(10) == "১০"
    assert isinstance(chart, Drawing) and isinstance(chart, Chart)
    words = " ".join(w.text for w in chart.words)
    assert "০৯:০০" in words and not re.search("[0-9]", words)
    with printing_in("en"):
        english = turnout._session_chart(sessions, counted, 480)
    assert "09:00" in " ".join(w.text for w in english.words)
    assert "Present" in " ".join(w.text for w in english.words)


def test_chart_steps_are_round_numbers():
    assert [charts.nice_step(top) for top in (1, 5, 9, 40, 58, 200, 1234)] == [
        1, 1, 2, 10, 20, 50, 500
    ]  # fmt: skip


def test_regions_and_genders_as_typed_by_many_hands(messy, tmp_path):
    """Spellings that differ only in case or blanks count as one; blanks are "not given",
    last; past a dozen regions the smallest are added up in one bar."""
    from wltdesk.printing.report import tally

    assert tally(["Dhaka", "dhaka ", "DHAKA", None, "", "Sylhet"]) == [
        ("Dhaka", 3), ("Sylhet", 1), ("(not given)", 2)
    ]  # fmt: skip
    store, data = messy
    text = flat(pdf_text(printing.render(store, data.event_id, "report", opts()), tmp_path))
    region_part = text.split("Participants by region", 1)[1].split("Affiliation", 1)[0]
    assert "more regions" in region_part and "(not given)" in region_part
    assert "dhaka" not in region_part and "DHAKA" not in region_part
    gender_part = text.split("Participants by gender", 1)[1].split("Attendance", 1)[0]
    assert "non-binary" in gender_part and "(not given)" in gender_part
    assert gender_part.count("female") == 1 and "Female" not in gender_part


def test_plurals_are_words_not_brackets(store, event, tmp_path):
    """ "1 day", "2 days" — never "day(s)" — in every language's report."""
    text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    assert "5 sessions over 2 days" in flat(text)
    assert "(s)" not in text
    one_day = events.create_event(store, "One day", date(2026, 3, 14), date(2026, 3, 14))
    agenda.add_session(store, one_day, "Only", datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 10))
    text = pdf_text(printing.render(store, one_day, "report", opts()), tmp_path)
    assert "1 session over 1 day" in flat(text) and "(s)" not in text


def test_groups_in_the_report_are_tables_not_lists_of_names(store, event, tmp_path):
    """Each group is a column, a member a line: no line of names separated by commas."""
    view = groups.set_view(store, event.set_id)
    text = pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)
    part = text.split("Morning mix", 1)[1].split("Action plans", 1)[0]
    for group in view.rounds[0].groups:
        assert group.name in part
        names = [m.display_name for m in group.members]
        assert ", ".join(names) not in part
        for name in names:
            line = next(x for x in part.splitlines() if name in x)
            assert "," not in line


# ------------------------------------------------------------------ internal pages
MARK = "Internal — do not publish"


def test_only_pages_naming_who_declined_photos_are_marked_internal(messy, tmp_path):
    """The list of who declined photos is for whoever publishes photos, not for the
    public: each page it is on (two here: it runs over a page) carries the stamp, and no
    other page does."""
    store, data = messy
    for paper in ("a4", "letter"):
        pdf = printing.render(store, data.event_id, "report", opts(paper=paper))
        texts = pages_of(pdf, tmp_path, raw=True)
        listing = [i for i, t in enumerate(texts) if "Declined photos" in t]
        marked = [i for i, t in enumerate(texts) if MARK in t]
        assert len(listing) >= 2, paper  # the list runs over a page: both are marked
        assert marked == listing, paper
        for index in listing:
            assert any(name in texts[index] for name in data.declined)
        everything = flat(" ".join(texts[i] for i in listing))
        assert all(name in everything for name in data.declined)
        assert render_pages(pdf, tmp_path / "png", f"messy-report-{paper}", dpi=40)


def test_a_report_with_nobody_declining_photos_has_no_mark(store, event, tmp_path):
    pdf = printing.render(store, event.event_id, "report", opts())
    assert MARK in pdf_text(pdf, tmp_path)
    people.update_person(store, event.people["Sadia Islam"], photo_consent=True)
    assert MARK not in pdf_text(printing.render(store, event.event_id, "report", opts()), tmp_path)


# ------------------------------------------------------------------ circle summaries
def test_the_facilitator_copy_says_so_on_every_page(messy, tmp_path):
    """Not a grey 8 pt subtitle: a red stamp in every page's letterhead and a warning box
    at the top; each private note boxed under its tag, so it cannot pass for a public
    quote; a public copy carries none of it."""
    store, data = messy
    pdf = printing.render(store, data.event_id, "circle",
                          opts(audience="facilitator", circle_id=data.circle_id))  # fmt: skip
    texts = pages_of(pdf, tmp_path)
    assert len(texts) >= 3
    for text in texts:
        assert "Facilitator copy — private notes" in text
    first = flat(texts[0])
    assert first.index("Facilitator copy Private notes are shown") < first.index("Closing circle")
    whole = flat("".join(texts))
    tag = "Private — for the facilitator only"
    assert whole.count(tag) == len(data.private_notes)
    for note in data.private_notes:
        assert f"{tag} “{note}”" in whole  # the tag right over the note
    for note in data.organizer_notes:
        assert f"For organizers only “{note}”" in whole
    public = printing.render(store, data.event_id, "circle", opts(circle_id=data.circle_id))
    public_text = pdf_text(public, tmp_path)
    assert "Facilitator copy" not in public_text and tag not in public_text
    assert "For organizers only" not in public_text
    organizers = printing.render(store, data.event_id, "circle",
                                 opts(audience="organizers", circle_id=data.circle_id))  # fmt: skip
    organizer_text = flat(pdf_text(organizers, tmp_path))
    assert "Facilitator copy" not in organizer_text
    assert organizer_text.count("For organizers only") == len(data.organizer_notes)
    assert render_pages(pdf, tmp_path / "png", "facilitator", dpi=40)


# ------------------------------------------------------------------ group rosters
def _page_of_each(texts: list[str], names: list[str]) -> set[int]:
    return {i for i, text in enumerate(texts) for name in names if name in flat(text)}


def _round_pages(texts: list[str], number: int) -> list[str]:
    """What each page holds of one round: from its heading to the next round's."""
    found: list[str] = []
    current = 0
    for text in texts:
        piece = ""
        for part in re.split(r"(\bRound \d+\n)", text):
            heading = re.fullmatch(r"Round (\d+)\n", part)
            if heading:
                current = int(heading.group(1))
            elif current == number:
                piece += part
        found.append(piece)
    return found


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_small_group_is_never_split_across_pages(messy, tmp_path, paper):
    """Every group of four is on one page, all its members with it (a pair of groups
    that does not fit at the foot of a page goes over whole)."""
    store, data = messy
    view = groups.set_view(store, data.small_set)
    pdf = printing.render(store, data.event_id, "groups", opts(set_id=data.small_set, paper=paper))
    texts = pages_of(pdf, tmp_path, raw=True)
    assert len(texts) > 2
    for rnd in view.rounds:
        pieces = _round_pages(texts, rnd.number)
        for group in rnd.groups:
            names = [m.display_name for m in group.members]
            pages = _page_of_each(pieces, names)
            assert len(pages) == 1, (rnd.number, group.name, pages)
            page = flat(pieces[min(pages)])
            assert all(name in page for name in names)


def test_a_group_longer_than_a_page_goes_on_with_its_bar_continued(messy, tmp_path):
    store, data = messy
    view = groups.set_view(store, data.halves_set)
    big = view.rounds[0].groups[0]
    pdf = printing.render(store, data.event_id, "groups", opts(set_id=data.halves_set))
    texts = pages_of(pdf, tmp_path, raw=True)
    pages = sorted(_page_of_each(texts, [m.display_name for m in big.members]))
    assert len(pages) >= 2
    assert f"{big.name} (continued)" not in texts[pages[0]]
    for page in pages[1:]:
        assert f"{big.name} (continued)" in texts[page]
        assert "Two halves (continued)" in texts[page]


# ------------------------------------------------------------------ follow-up list
def test_the_follow_up_list_names_each_plan_once(store, event, tmp_path):
    data = printing.render(store, event.event_id, "plans", opts())
    follow = pdf_text(data, tmp_path, 3, 3)
    assert follow.count("Khulna outreach") == 1 and follow.count("Sylhet photo walk") == 1
    # plan by plan, the plan due soonest first, its items soonest due first
    wanted = ("Sylhet photo walk", "Ask the archive", "Collect licences", "Khulna outreach",
              "Draft the invitation", "Book the library hall")  # fmt: skip
    order = [follow.index(t) for t in wanted]
    assert order == sorted(order)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_follow_up_list_leaves_no_widow_row(messy, tmp_path, paper):
    """A plan's bar never ends a page: at least two of its items are under it; a plan
    that runs onto the next page takes at least two items there, under its bar again."""
    store, data = messy
    plan = plans.get_plan(store, data.big_plan)
    pdf = printing.render(store, data.event_id, "plans", opts(paper=paper))
    texts = pages_of(pdf, tmp_path, raw=True)
    start = next(i for i, t in enumerate(texts) if "Follow-up list" in t)
    follow = texts[start:]
    tasks = [i.what for i in plan.items]
    on_pages = [[t for t in tasks if t in flat(page)] for page in follow]
    spread = [found for found in on_pages if found]
    assert len(spread) >= 2, "the long plan should run over a page"
    for page, found in zip(follow, on_pages, strict=True):
        if plan.title[:30] in flat(page):
            assert len(found) >= 2, found
        elif found:
            pytest.fail("items of a plan on a page without its bar")
    continued = [p for p in follow if f"{plan.title} · Sylhet (continued)" in flat(p)]
    assert len(continued) == len(spread) - 1
    for plan_view in plans.list_plans(store, data.event_id):
        # (titles in Latin letters: Bengali comes out of a PDF in visual order)
        if plan_view.items and plan_view.id != data.big_plan and plan_view.title.isascii():
            shown = sum(flat(p).count(plan_view.title) for p in follow)
            assert shown == 1, plan_view.title
