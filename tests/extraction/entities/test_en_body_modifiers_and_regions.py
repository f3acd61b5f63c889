"""English entities (S10-R2-H4): families of speakers and actors lost or linked wrongly —
a modifier inside a state's body, a spokesman "for the" body, unknown names ending in a known
person's family name, region names, conference codes before a title."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, speaker_of

from kg.models import EntityType

_DAY = datetime.date(2023, 9, 1)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a modifier between the state's possessive and its body keeps the body
        (
            "Guinea's new military government said the curfew would end.",
            "curfew",
            "Guinean Military Junta",
        ),
        (
            "Chad's transitional military government said the vote was set.",
            "vote",
            "Chadian Military Junta",
        ),
        (
            "Mali's new ruling junta said the airport would reopen.",
            "airport",
            "Malian Military Junta",
        ),
        (
            "Turkey's new interior ministry said the suspects were held.",
            "suspects",
            "Turkish Ministry of the Interior",
        ),
        # guards: the state's plain forms and a modifier before a title
        ("Guinea said the curfew would end on Friday.", "curfew", "Guinea"),
        (
            "Mali's military government said the border would open.",
            "border",
            "Malian Military Junta",
        ),
        # an unknown name whose last word is a known person's family name (gated by
        # an antecedent) is a new person, not nobody
        ("Omar Abbas said the convoy had reached the camp.", "convoy", "Omar Abbas"),
        ("Rachel Cohen said the vote had been delayed.", "vote had", "Rachel Cohen"),
        ("Colonel Ali Hassan said the troops had left the village.", "troops", "Ali Hassan"),
        # guard: the family name alone, with its holder named before, stays that holder
        (
            "Palestinian President Mahmoud Abbas met envoys on Monday. "
            "On Tuesday Abbas said the talks had stalled.",
            "stalled",
            "Mahmoud Abbas",
        ),
        # "a spokesman for the <body>": "the" opens the body's name
        (
            "A spokesman for the Kremlin said the call was useful.",
            "call",
            "spokesman for the Kremlin",
        ),
        (
            "A spokeswoman for the Pentagon said the drills would go on.",
            "drills",
            "spokeswoman for the Pentagon",
        ),
        ("A spokesman for Hamas said the talks were over.", "talks", "spokesman for Hamas"),
        # a state's department named "X Canada" is no bare Canada
        (
            "Global Affairs Canada said the envoy had been summoned.",
            "envoy",
            "Global Affairs Canada",
        ),
        ("Canada said on Monday the envoy had been summoned.", "envoy", "Canada"),
    ],
)
def test_english_speaker_families(text: str, words: str, speaker: str) -> None:
    assert speaker_of(extracted(text, "en", _DAY), words) == speaker


def test_government_spokesman_is_no_spokesperson_of_an_alliance() -> None:
    text = (
        "BERLIN (Reuters) - A NATO spokesperson said the alliance was ready. "
        "A government spokesman said the budget would pass."
    )
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, "alliance was ready") == "NATO spokesperson"
    assert speaker_of(x, "budget") == "government spokesman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China has courted leaders across the South Pacific for a decade.", "South Pacific"),
        ("Jihadist groups have spread across the Sahel since 2012.", "Sahel"),
        ("The storm hit the Caribbean on Monday.", "Caribbean"),
        ("Leaders from Southeast Asia met in Jakarta.", "Southeast Asia"),
    ],
)
def test_regions_are_places(text: str, name: str) -> None:
    x = extracted(text, "en", _DAY)
    found = [e for e in x.entities if e.label == name]
    assert found and found[0].type is EntityType.PLACE


def test_pacific_islands_are_not_palau_and_the_forum_still_speaks() -> None:
    x = extracted(
        "The Pacific Islands Forum said leaders of the Pacific islands would meet in Tonga.",
        "en",
        _DAY,
    )
    assert not any(e.label == "Palau" for e in x.entities)
    assert speaker_of(x, "would meet") == "Pacific Islands Forum"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "COP29 President Mukhtar Babayev said the talks would run late.",
            "Mukhtar Babayev",
            "COP29 President",
        ),
        (
            "COP28 President Sultan al-Jaber said the text was balanced.",
            "Sultan al-Jaber",
            "COP28 President",
        ),
        # guard: a year before a title is no code
        ("In 2022 President Joe Biden said the bill would pass.", "Joe Biden", "President"),
    ],
)
def test_conference_code_before_a_title_names_the_office(text: str, person: str, role: str) -> None:
    x = extracted(text, "en", _DAY)
    e = next(e for e in x.entities if e.label == person)
    assert role in [r.label for r in e.roles]


def test_two_names_after_a_plural_title_are_two_people() -> None:
    text = (
        "Two former Ghanaian presidents, Kufuor Agyeman and Rawlings Mensah, travelled to "
        "Lome on Monday and met President Faure Gnassingbe."
    )
    x = extracted(text, "en", _DAY)
    people = {e.label for e in x.entities if e.type is EntityType.PERSON}
    assert {"Kufuor Agyeman", "Rawlings Mensah"} <= people


def test_two_places_after_a_plural_noun_are_no_people() -> None:
    text = "Two port cities, Port Sudan and Wadi Halfa, were shelled on Monday."
    x = extracted(text, "en", _DAY)
    assert not any(e.type is EntityType.PERSON for e in x.entities)


@pytest.mark.parametrize(
    ("text", "firm", "state"),
    [
        (
            "Pirates boarded a tanker operated by Greece's Delta Tankers Shipping.",
            "Delta Tankers Shipping",
            "Greece",
        ),
        (
            "The drone hit a ship chartered by Singapore's Eastern Pacific Lines.",
            "Eastern Pacific Lines",
            "Singapore",
        ),
    ],
)
def test_capitalised_firm_after_a_state_possessive_is_the_firm(
    text: str, firm: str, state: str
) -> None:
    x = extracted(text, "en", _DAY)
    org = next((e for e in x.entities if e.label == firm), None)
    assert org is not None and org.type is EntityType.ORGANIZATION
    assert org.state is not None and x.entity(org.state).label == state


def test_state_possessive_before_a_person_or_a_title_stays_the_state() -> None:
    x = extracted("Japan's Prime Minister Fumio Kishida said the crew was safe.", "en", _DAY)
    assert speaker_of(x, "crew") == "Fumio Kishida"
    assert not any(e.type is EntityType.ORGANIZATION for e in x.entities)
