"""Search: any part of any name field, case- and accent-insensitive, Bengali included."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

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
