"""English speakers the linker missed after a title (session 18, S18-SPKLINK).

"Minister of <Portfolio> X Y": a capitalised portfolio after "of" that the role lexicon lacks
("Minister of the Presidency", "Minister of Public Health") no longer hides the minister's
name; "the commander of the armed forces, X Y," — a public body after "of" (its last word a
cue=body row) and a comma: the apposed name is the holder's (not a firm's president); "House
Speaker" is a title. Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted

from kg.models import EntityType

_DAY = datetime.date(2025, 6, 12)


def _people(text: str, lang: str) -> list[str]:
    x = extracted(text, lang, _DAY)
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def _speakers(text: str, lang: str) -> list[str]:
    x = extracted(text, lang, _DAY)
    return [x.entity(q.speaker).label for q in x.quotes if q.speaker]


def test_en_minister_of_a_portfolio_the_lexicon_lacks_names_the_speaker() -> None:
    text = "Minister of the Presidency Laura Quiroga said the government would send aid."
    assert "Laura Quiroga" in _speakers(text, "en")


def test_en_minister_of_a_two_word_portfolio_leaves_a_three_word_name() -> None:
    text = "Minister of Public Health Ana Lucia Torres said the clinics would reopen on Monday."
    assert "Ana Lucia Torres" in _speakers(text, "en")


def test_en_minister_of_a_portfolio_after_a_possessive_state() -> None:
    text = "Peru's Minister of Energy Oscar Vera said talks with Bolivia would resume."
    x = extracted(text, "en", _DAY)
    vera = [e for e in x.entities if e.label == "Oscar Vera"]
    assert vera and vera[0].state is not None and x.entity(vera[0].state).label == "Peru"


def test_en_minister_of_a_portfolio_without_a_name_is_no_person() -> None:
    text = "The Minister of Defence said on Monday that the army would help."
    assert _people(text, "en") == []


def test_en_holder_named_after_the_body_his_title_heads_and_a_comma() -> None:
    text = (
        "Hours later, the commander of the armed forces, Gen. Tomas Rivero, went on "
        "television to ask the president to step down."
    )
    assert "Tomas Rivero" in _people(text, "en")


def test_en_holder_named_after_a_party_his_title_heads_speaks() -> None:
    text = "The leader of the main opposition party, Ana Castillo, said the vote was rigged."
    assert "Ana Castillo" in _speakers(text, "en")


def test_en_a_relative_clause_after_the_body_names_no_holder() -> None:
    text = "The head of the armed forces, which backed the vote, said nothing on Monday."
    assert _people(text, "en") == []


def test_en_house_speaker_is_a_title_outside_speech_too() -> None:
    text = "She may meet U.S. House Speaker John Whitfield in California next week."
    x = extracted(text, "en", _DAY)
    people = [e for e in x.entities if e.type is EntityType.PERSON]
    assert [p.label for p in people] == ["John Whitfield"]
    assert people[0].state is not None and x.entity(people[0].state).label == "United States"


def test_en_a_firms_president_apposed_after_the_company_is_no_state_actor() -> None:
    text = "The president of the company, Jane Roe, said sales rose in the spring."
    assert _people(text, "en") == []


def test_en_a_coordinator_is_a_title_before_a_name() -> None:
    text = (
        "A delegation led by White House Pacific coordinator Daniel Hartley met the prime "
        "minister in the capital on Tuesday."
    )
    assert "Daniel Hartley" in _people(text, "en")


def test_en_the_coordinator_of_a_network_names_no_person() -> None:
    text = "The coordinator of the network said the event was cancelled."
    assert _people(text, "en") == []


def test_en_a_region_between_the_office_and_the_title_is_its_portfolio() -> None:
    text = "White House Middle East envoy Daniel Hartley met the king in Amman on Tuesday."
    x = extracted(text, "en", _DAY)
    hartley = [e for e in x.entities if e.label == "Daniel Hartley"]
    assert hartley and hartley[0].state is not None
    assert x.entity(hartley[0].state).label == "United States"
