"""English speakers the gazetteer does not know (S9-H4): people introduced by "senior X
official" or a "secretary" title, a name before a "the <noun>'s <role>" aside, unknown
bodies whose name ends in an institution word, and role back-references through a common
noun's possessive.  Sentences are new, written for these tests."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import speaker_labels as _speakers

from kg.models import EntityType, Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "en", datetime.date(2024, 3, 1))


def test_senior_official_title_before_a_name_makes_the_name_speak() -> None:
    x = _run("Senior Hezbollah official Wafiq Safa said the group would not disarm.")
    assert _speakers(x) == ["Wafiq Safa"]
    x = _run("A senior Taliban official, Zabihullah Karimi, said the border would reopen.")
    assert _speakers(x) == ["Zabihullah Karimi"]


THE_SPEAKERS_READ_ARE_THESE_CASES = [
    pytest.param(
        "A senior Indonesian official said on Tuesday that the ferry had sunk.",
        ["senior Indonesian official"],
        id="unnamed_senior_official_is_kept",
    ),
    pytest.param(
        "Milei's legal secretary, Sebastian Amerio Vidal, told reporters the decree stood.",
        ["Sebastian Amerio Vidal"],
        id="secretary_title_before_an_unknown_name",
    ),
    pytest.param(
        "Tomasz Wrobel, the ministry's spokesman, said the convoy had crossed.",
        ["Tomasz Wrobel"],
        id="name_before_a_common_nouns_role_aside",
    ),
    pytest.param(
        "The European Union's foreign policy chief Josep Borrell arrived in Cairo on "
        "Sunday. The bloc's foreign policy chief said aid must reach Gaza.",
        ["Josep Borrell"],
        id="common_nouns_possessive_role_refers_back",
    ),
    pytest.param(
        "The Revolutionary Guards seized a tanker in the Strait of Hormuz on Friday. "
        "The Guards said the ship had been smuggling fuel.",
        ["Islamic Revolutionary Guard Corps"],
        id="an_organisations_last_name_word_refers_back",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_SPEAKERS_READ_ARE_THESE_CASES)
def test_the_speakers_read_are_these(text: str, expected: list[str]) -> None:
    assert _speakers(_run(text)) == expected


def test_unknown_body_named_before_a_speech_verb() -> None:
    x = _run("Exports fell 3%, the Central Bureau of Statistics said on Friday.")
    assert _speakers(x) == ["Central Bureau of Statistics"]
    org = next(e for e in x.entities if e.label == "Central Bureau of Statistics")
    assert org.type == EntityType.ORGANIZATION
    x = _run("Ghana's Economic and Organised Crime Office said the minister had been charged.")
    org = next(e for e in x.entities if e.label == "Economic and Organised Crime Office")
    states = {e.id: e.label for e in x.entities}
    assert org.state is not None and states[org.state] == "Ghana"
    assert _speakers(x) == ["Economic and Organised Crime Office"]


def test_known_names_before_a_speech_verb_are_untouched() -> None:
    x = _run("Prime Minister Narendra Modi said the Indian Navy would patrol the route.")
    assert _speakers(x) == ["Narendra Modi"]
    assert not any(e.label.endswith("Navy said") for e in x.entities)


def test_longer_titled_name_takes_its_later_short_form() -> None:
    x = _run(
        'Senior Hamas official Ghazi Abu Hamad said the truce would hold. "We will not '
        'be the first to break it," Abu Hamad said.'
    )
    people = [e.label for e in x.entities if e.type == EntityType.PERSON]
    assert people == ["Ghazi Abu Hamad"]
    assert _speakers(x) == ["Ghazi Abu Hamad", "Ghazi Abu Hamad"]


def test_a_state_or_city_opens_an_unknown_bodys_name() -> None:
    x = _run("Osaka Gas Trading Company said the tanker had been diverted.")
    assert _speakers(x) == ["Osaka Gas Trading Company"]
    x = _run("Beijing's Hong Kong and Macao Affairs Office said the law was needed.")
    org = next(e for e in x.entities if e.label == "Hong Kong and Macao Affairs Office")
    labels = {e.id: e.label for e in x.entities}
    assert org.state is not None and labels[org.state] == "China"
