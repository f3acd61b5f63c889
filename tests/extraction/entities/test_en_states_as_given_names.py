"""English actors (S11-R2-ENTEN): states that are also given names (India, Georgia, Jordan,
Chad) right after a capitalised subordinator or preposition opening a sentence ("After
India ...", "When Georgia ..."), unknown names before an apposition and a verb of a
person's own move ("Jane Roe, the speaker of the House, condemned ..."), and titles whose
owner is a state's body written in lower case or after "the" and a state adjective ("a
spokesman for the Pakistani foreign ministry").  Sentences are new, written for these
tests.  Stateless titles: a capital opening the sentence gives the state in a story with no
home state, a bare "Spokesman X" after a state's body is of that state, and a company's
officer does not take the dateline's state."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, linked

from kg.gazetteer.linker import Linking
from kg.models import Extraction

DAY = datetime.date(2025, 3, 4)


def _keys(lk: Linking) -> dict[str, str]:
    return {m.text: m.key for m in lk.mentions}


STATE_AFTER_A_SENTENCE_OPENER = [
    pytest.param(
        "After India closed the crossing on Monday, Nepal lodged a protest.",
        "India",
        id="after",
    ),
    pytest.param(
        "When Georgia recalled its ambassador, Russia summoned the Georgian envoy.",
        "Georgia",
        id="when",
    ),
    pytest.param(
        "As Jordan reopened its airspace, Israel resumed flights to Amman.",
        "Jordan",
        id="as",
    ),
    pytest.param(
        "While Chad expelled the French troops, Niger kept its own garrison.",
        "Chad",
        id="while",
    ),
    pytest.param(
        "Although India denied the report, Pakistan said the drone was Indian.",
        "India",
        id="although",
    ),
    pytest.param(
        "Despite Georgia's objections, Moscow opened a new base in Abkhazia.",
        "Georgia",
        id="despite_possessive",
    ),
    pytest.param(
        "Before Jordan reopened the crossing, aid trucks waited for days.",
        "Jordan",
        id="before",
    ),
]


@pytest.mark.parametrize(("text", "state"), STATE_AFTER_A_SENTENCE_OPENER)
def test_state_that_is_a_given_name_is_linked_after_a_sentence_opener(
    text: str, state: str
) -> None:
    lk = linked(text, "en")
    hits = [m for m in lk.mentions if m.text == state]
    assert hits, [m.text for m in lk.mentions]
    assert lk.entities[hits[0].key].type.value == "State"


def test_given_name_state_still_yields_to_a_person_name() -> None:
    lk = linked("Michael Jordan visited the team on Monday.", "en")
    assert "Jordan" not in _keys(lk)


NAME_BEFORE_AN_APPOSITION_AND_AN_ACT = [
    pytest.param(
        "Karin Lindqvist, the speaker of the parliament, condemned the shelling of the port.",
        "Karin Lindqvist",
        id="the_speaker_of",
    ),
    pytest.param(
        "Tomas Hudak, a senior opposition figure, visited the border town on Sunday.",
        "Tomas Hudak",
        id="a_senior_figure_visited",
    ),
    pytest.param(
        "Amara Diallo, the mayor of the capital, praised the rescue teams.",
        "Amara Diallo",
        id="the_mayor_praised",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAME_BEFORE_AN_APPOSITION_AND_AN_ACT)
def test_unknown_name_before_an_apposition_and_an_act_verb_is_a_person(
    text: str, name: str
) -> None:
    lk = linked(text, "en")
    key = _keys(lk).get(name)
    assert key is not None, [m.text for m in lk.mentions]
    assert lk.entities[key].type.value == "Person"


def test_place_before_a_comma_and_an_act_verb_is_no_person() -> None:
    lk = linked("In Nairobi, the delegates condemned the attack.", "en")
    assert all(e.type.value != "Person" for e in lk.entities.values())


SPOKESMAN_FOR_A_STATE_BODY = [
    pytest.param(
        "A spokesman for the Pakistani foreign ministry said the talks would resume.",
        "spokesman for the Pakistani foreign ministry",
        "Pakistan",
        id="the_demonym_lowercase_ministry",
    ),
    pytest.param(
        "A spokeswoman for Japan's defence ministry said the drills had ended.",
        "spokeswoman for Japan's defence ministry",
        "Japan",
        id="possessive_lowercase_ministry",
    ),
    pytest.param(
        "A spokesman for the Kenyan government said the convoy had been attacked.",
        "spokesman for the Kenyan government",
        "Kenya",
        id="the_demonym_government",
    ),
    pytest.param(
        "The spokesman for Iraq's prime minister said the vote would go ahead.",
        "spokesman for Iraq's prime minister",
        "Iraq",
        id="possessive_leader_title",
    ),
    pytest.param(
        "A spokeswoman for the Chinese embassy in Manila said the report was false.",
        "spokeswoman for the Chinese embassy",
        "China",
        id="the_demonym_embassy",
    ),
    pytest.param(
        "A spokesman for the Thai army said the shelling had stopped.",
        "spokesman for the Thai army",
        "Thailand",
        id="the_demonym_army",
    ),
]


@pytest.mark.parametrize(("text", "title", "state"), SPOKESMAN_FOR_A_STATE_BODY)
def test_spokesman_title_covers_the_state_body_it_speaks_for(
    text: str, title: str, state: str
) -> None:
    lk = linked(text, "en")
    key = _keys(lk).get(title)
    assert key is not None, [m.text for m in lk.mentions]
    person = lk.entities[key]
    assert person.state is not None
    assert lk.entities[person.state].label == state


def _state_of(x: Extraction, name: str) -> str | None:
    person = next(e for e in x.entities if e.label == name)
    return x.entity(person.state).label if person.state else None


def test_capital_opening_the_sentence_gives_a_titled_person_a_state_with_no_home() -> None:
    x = extracted(
        "UNITED NATIONS (AP) — The General Assembly debated the resolution on Tuesday. "
        "In Canberra, Foreign Minister Jane Roe said Australia would vote in favour.",
        "en",
        DAY,
    )
    assert _state_of(x, "Jane Roe") == "Australia"


def test_bare_spokesman_after_a_state_body_is_of_that_state() -> None:
    x = extracted(
        "Hungary's Foreign Ministry dismissed the report. Spokesman Janos Kerekes said the "
        "claims were false.",
        "en",
        DAY,
    )
    assert _state_of(x, "Janos Kerekes") == "Hungary"


def test_bare_spokesman_after_a_body_of_no_state_stays_stateless() -> None:
    x = extracted(
        "The European Commission dismissed the report. Spokesman Janos Kerekes said the "
        "claims were false.",
        "en",
        DAY,
    )
    assert _state_of(x, "Janos Kerekes") is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "OSLO (Reuters) — Equinor chief executive Jane Roe said output would rise.",
            id="lowercase_title_after_company",
        ),
        pytest.param(
            "OSLO (Reuters) — Telenor Chief Executive Jane Roe said fares would rise.",
            id="capitalised_title_after_company",
        ),
    ],
)
def test_company_officer_does_not_take_the_dateline_state(text: str) -> None:
    assert _state_of(extracted(text, "en", DAY), "Jane Roe") is None


def test_official_under_a_bare_title_still_takes_the_dateline_state() -> None:
    x = extracted(
        "OSLO (Reuters) — Foreign Minister Jane Roe said Norway would send aid.", "en", DAY
    )
    assert _state_of(x, "Jane Roe") == "Norway"


AIDE_UNDER_A_LEADERS_POSSESSIVE = [
    pytest.param(
        "Macron's foreign policy aide, Jane Roe, told reporters the talks would resume.",
        "France",
        id="portfolio_then_aside",
    ),
    pytest.param(
        "Putin's foreign policy aide Jane Roe said the summit was still possible.",
        "Russia",
        id="portfolio_then_name",
    ),
    pytest.param(
        "Zelensky's chief press secretary, Jane Roe, denied the report.",
        "Ukraine",
        id="rank_and_portfolio",
    ),
]


@pytest.mark.parametrize(("text", "state"), AIDE_UNDER_A_LEADERS_POSSESSIVE)
def test_aide_with_a_portfolio_under_a_leaders_possessive_serves_that_state(
    text: str, state: str
) -> None:
    lk = linked(text, "en")
    person = lk.entities[_keys(lk)["Jane Roe"]]
    assert person.state is not None
    assert lk.entities[person.state].label == state


def test_pair_of_names_after_a_plural_title_with_a_state_adjective_takes_that_state() -> None:
    lk = linked(
        "Two former Malawian presidents, Jane Roe and John Doe, attended the funeral.", "en"
    )
    for name in ("Jane Roe", "John Doe"):
        person = lk.entities[_keys(lk)[name]]
        assert person.state is not None
        assert lk.entities[person.state].label == "Malawi"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Jane Roe, then Britain's foreign secretary, visited Taipei in 2019.",
            "United Kingdom",
            id="then_possessive_title",
        ),
        pytest.param(
            "Jane Roe, then Japan's prime minister, said the talks would resume.",
            "Japan",
            id="then_title_before_said",
        ),
    ],
)
def test_name_before_a_past_title_set_off_by_then_holds_that_title(text: str, state: str) -> None:
    lk = linked(text, "en")
    key = _keys(lk).get("Jane Roe")
    assert key is not None, [m.text for m in lk.mentions]
    person = lk.entities[key]
    assert person.state is not None
    assert lk.entities[person.state].label == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "BUKAVU, Congo (AP) — Defense Minister Jane Roe said the rebels had been pushed back.",
            "Democratic Republic of the Congo",
            id="city_state_agency",
        ),
        pytest.param(
            "KHARKIV, Ukraine, March 3 (Reuters) - Interior Minister Jane Roe said the strike "
            "killed four people.",
            "Ukraine",
            id="city_state_date_agency",
        ),
    ],
)
def test_unknown_dateline_city_with_its_state_gives_the_home_state(text: str, state: str) -> None:
    assert _state_of(extracted(text, "en", DAY), "Jane Roe") == state
