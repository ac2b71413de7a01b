"""Search: any part of any name field, case- and accent-insensitive, Bengali included."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wltdesk.search import PeopleIndex, fold


def person(pid, name, local=None, code=None, **other):
    return SimpleNamespace(
        id=pid,
        display_name=name,
        local_name=local,
        badge_code=code or f"C{pid}",
        region=other.get("region"),
        wiki_username=other.get("wiki"),
        email=other.get("email"),
        affiliation=other.get("affiliation"),
        deleted=other.get("deleted", False),
    )


@pytest.fixture
def index():
    return PeopleIndex.build(
        [
            person("1", "José Álvarez", email="jose@example.org"),
            person("2", "Rakib Hasan", "মোঃ রাকিব হাসান", wiki="RakibH"),
            person("3", "Hasan Mahmud", "হাসান মাহমুদ", affiliation="Riverbank Club"),
            person("4", "Kamal Uddin", "কামাল উদ্দিন"),
            person("5", "Komol Roy", "কমল রায়"),
            person("6", "Mahmuda Khan", code="K7Q2MX"),
            person("7", "Deleted Person", deleted=True),
        ]
    )


def ids(matches):
    return [m.person_id for m in matches]


def test_fold_drops_case_and_latin_accents_but_keeps_bengali_vowels():
    assert fold("  JOSÉ   Álvarez ") == "jose alvarez"
    assert fold("কামাল") != fold("কমল")
    assert fold("মোঃ") == fold("মোঃ")  # precomposed and decomposed o-kar fold alike
    assert fold("রা\u200cকিব") == fold("রাকিব")  # zero-width non-joiner ignored


def test_accents_and_case_do_not_matter(index):
    assert ids(index.search("jose")) == ["1"]
    assert ids(index.search("ÁLVAREZ")) == ["1"]


def test_bengali_matches_any_part_of_the_local_name(index):
    assert ids(index.search("রাকিব")) == ["2"]
    assert ids(index.search("কমল")) == ["5"]  # does not find কামাল
    assert set(ids(index.search("হাসান"))) == {"2", "3"}


def test_ranking_prefers_name_starts_then_word_starts_then_the_rest(index):
    assert ids(index.search("hasan")) == ["3", "2"]  # starts the name, then a later word
    assert ids(index.search("mahmud")) == ["6", "3"]  # "Mahmuda" starts with it
    assert ids(index.search("club")) == ["3"]  # affiliation, ranked last
    assert ids(index.search("rakibh")) == ["2"]  # wiki username


def test_a_badge_code_finds_its_person_first(index):
    assert ids(index.search("k7q2mx"))[0] == "6"
    assert index.by_code(" k7q2mx ") == "6"


def test_every_word_must_match_somewhere(index):
    assert ids(index.search("hasan মাহমুদ")) == ["3"]
    assert index.search("hasan zzz") == []


def test_deleted_people_and_empty_queries_find_nothing(index):
    assert index.search("deleted") == []
    assert index.search("   ") == []


def test_put_and_remove_keep_the_index_current(index):
    index.put(person("2", "Rakib Chowdhury", code="NEW123"))
    assert ids(index.search("chowdhury")) == ["2"]
    assert index.search("রাকিব") == []
    assert index.by_code("C2") is None and index.by_code("NEW123") == "2"
    index.remove("2")
    assert index.search("rakib") == [] and len(index) == 5


# ---------------------------------------------------------------- properties
# Small alphabets, so that names collide, tie and nest as on a real roster:
# Latin with accents and case, Bengali with vowel signs, blanks.
LATIN = st.lists(st.sampled_from([*"abnrAÁáN  "]), max_size=7).map("".join)
BENGALI = st.lists(st.sampled_from(["কা", "ম", "ল", "ি", "ক", " "]), max_size=5).map("".join)
TEXT = st.lists(
    st.sampled_from([*"abnrAÁáN  ", "কা", "ম", "ল", "ি", "ক"]), max_size=7
).map("".join)
CODES = st.sampled_from(["K7Q2MX", "AAAAAA", "abc", "NEW123"])


@st.composite
def someone(draw, pid):
    return person(
        pid,
        draw((LATIN | TEXT).filter(lambda t: t.strip())),
        draw(st.one_of(st.none(), BENGALI, BENGALI, TEXT)),
        code=draw(st.none() | CODES),
        wiki=draw(st.none() | TEXT),
        email=draw(st.none() | TEXT),
        affiliation=draw(st.none() | TEXT),
        deleted=draw(st.booleans()),
    )


@st.composite
def roster(draw, min_size=0):
    count = draw(st.integers(min_size, 40))
    return [draw(someone(str(n))) for n in range(count)]


def expected_rank(p, text):
    """The rank of one person for ``text``, straight from the definition (None: no match)."""
    query = fold(text)
    names = [n for n in (fold(p.display_name), fold(p.local_name)) if n]
    others = [o for o in (fold(p.wiki_username), fold(p.email), fold(p.affiliation)) if o]
    tokens = query.split()
    checks = [
        p.badge_code.upper() == text.strip().upper(),
        query in names,
        any(n.startswith(query) for n in names),
        any(w.startswith(query) for n in names for w in n.split()),
        any(query in n for n in names),
        any(o.startswith(query) for o in others),
        any(query in o for o in others),
        len(tokens) > 1 and all(any(t in f for f in names + others) for t in tokens),
    ]
    return next((rank for rank, hit in enumerate(checks) if hit), None)


def sort_everything(people, text, limit):
    """Rank every person, sort them all by (rank, name, id), keep the first ``limit``."""
    if not fold(text):
        return []
    ranked = []
    for p in people:
        rank = expected_rank(p, text)
        if rank is not None and not p.deleted:
            names = [n for n in (fold(p.display_name), fold(p.local_name)) if n]
            ranked.append((rank, names[0] if names else "", p.id))
    ranked.sort()
    return [(pid, rank) for rank, _name, pid in ranked[:limit]]


def queries_for(people, data):
    """What someone might type: a piece of a field of someone, or any text."""
    fields = [
        value
        for p in people
        for value in (p.display_name, p.local_name, p.wiki_username, p.badge_code)
        if value
    ]
    if not fields:
        return data.draw(st.lists(TEXT, min_size=1, max_size=3))
    starts = st.sampled_from(fields).flatmap(lambda v: st.integers(1, 2).map(lambda b: v[:b]))
    pieces = st.sampled_from(fields).flatmap(
        lambda v: st.tuples(st.integers(0, len(v)), st.integers(0, len(v))).map(
            lambda ab: v[min(ab) : max(ab)]
        )
    )
    return data.draw(st.lists(st.one_of(starts, starts, pieces, TEXT), min_size=1, max_size=8))


@settings(max_examples=300, deadline=None)
@given(people=roster(), data=st.data(), limit=st.sampled_from([1, 2, 3, 5, 20]))
def test_the_best_few_are_those_of_sorting_every_match(people, data, limit):
    """Top-k selection: the same people in the same order as sorting everything, ties too."""
    index = PeopleIndex.build(people)
    for text in queries_for(people, data):
        found = [(m.person_id, m.rank) for m in index.search(text, limit)]
        assert found == sort_everything(people, text, limit), text


def test_people_who_rank_alike_come_by_name_then_id_whatever_the_order_they_came_in():
    same = [person(pid, "Nusrat Hasan") for pid in ("9", "3", "5", "1")]
    forwards = PeopleIndex.build(same)
    backwards = PeopleIndex()
    for p in reversed(same):
        backwards.put(p)
    first_three = ["1", "3", "5"]
    assert ids(forwards.search("nusrat", 3)) == ids(backwards.search("nusrat", 3)) == first_three


EDITS = st.sampled_from(["add", "rename", "local", "code", "other", "delete", "restore", "drop"])


@settings(max_examples=150, deadline=None)
@given(start=roster(), steps=st.lists(st.tuples(EDITS, st.integers(0, 40)), max_size=25),
       data=st.data())
def test_an_index_kept_current_finds_what_a_fresh_one_finds(start, steps, data):
    """Walk-ins, edits of name, local name or badge code, and people removed or merged
    back by a sync, one at a time: the same results as an index built afresh."""
    rows = {p.id: p for p in start}
    index = PeopleIndex.build(start)
    for what, n in steps:
        pid = str(n)
        old = rows.get(pid)
        if what == "add" or old is None:
            new = data.draw(someone(pid))
        elif what in ("rename", "local", "code", "other"):
            field = {"rename": "display_name", "local": "local_name", "code": "badge_code",
                     "other": "email"}[what]
            value = data.draw(CODES if what == "code" else TEXT.filter(lambda t: t.strip()))
            new = SimpleNamespace(**{**vars(old), field: value})
        elif what == "drop":  # gone from the store altogether (an undone walk-in's merge)
            rows.pop(pid)
            index.remove(pid)
            continue
        else:
            new = SimpleNamespace(**{**vars(old), "deleted": what == "delete"})
        rows[pid] = new
        index.put(new)
    fresh = PeopleIndex.build(rows.values())
    assert len(index) == len(fresh)
    for text in [*queries_for(list(rows.values()), data), "a", "ক", "n a"]:
        assert index.search(text, 5) == fresh.search(text, 5), text
        assert index.by_code(text) == fresh.by_code(text)
    for pid in rows:
        assert index.match(pid) == fresh.match(pid)


def test_pages_split_and_empty_as_people_come_and_go():
    """Enough people to fill several pages of the substring scan, added and removed
    in an order unlike their names: every one is still found, in name order."""
    crowd = [person(f"{n:04}", f"Person {(n * 7919) % 1000:03} Club") for n in range(1000)]
    index = PeopleIndex()
    for p in crowd:
        index.put(p)
    assert ids(index.search("club", 3)) == ["0000", "0679", "0358"]  # names 000, 001, 002
    for p in crowd[::2]:
        index.remove(p.id)
    assert ids(index.search("lub", 1000)) == ids(PeopleIndex.build(crowd[1::2]).search("lub", 1000))
    assert len(index.search("lub", 1000)) == 500
