"""English entities (S10-H9): governments named by a place, titles, given names that are
also states' names."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, speaker_of

from kg.models import EntityType

_DAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a government noun placed by "in" + a capital or a state: that state speaks
        ("The authorities in Tehran said they had arrested four people.", "arrested", "Iran"),
        ("The regime in Pyongyang said the launch was a routine test.", "routine", "North Korea"),
        (
            "The transitional government in Khartoum accused Chad of arming fighters.",
            "arming",
            "Sudan",
        ),
        ("The new rulers in Niamey announced that flights would resume.", "flights", "Niger"),
        ("Authorities in Ankara said the suspect had been detained.", "suspect", "Türkiye"),
        ("The government in Kenya said the vote would go ahead.", "vote", "Kenya"),
        # a junta: the state's ruling junta, as "Mali's junta"
        ("The junta in Bamako said the troops would leave.", "troops", "Malian Military Junta"),
        # guards: a name before the noun, or a place that is no capital
        ("The Houthi authorities in Sanaa said the ship was seized.", "ship", None),
        ("The authorities in Gujarat said the floods had eased.", "floods", None),
    ],
)
def test_government_named_by_place_speaks_for_its_state(
    text: str, words: str, speaker: str | None
) -> None:
    x = extracted(text, "en", _DAY)
    got = speaker_of(x, words)
    if speaker is None:
        assert got not in ("Yemen", "India")
    else:
        assert got == speaker


def test_government_named_by_place_is_the_subject_of_the_next_statement() -> None:
    text = (
        "Canada said on Monday it had withdrawn its diplomats from Afghanistan.\n\n"
        "The authorities in Kabul said the embassy would remain closed."
    )
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, "embassy would remain") == "Afghanistan"


def test_venue_in_a_capital_is_no_actor() -> None:
    x = extracted("The talks in Cairo between the two sides ended without a deal.", "en", _DAY)
    assert not any(e.label == "Egypt" and e.mentions for e in x.entities)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "World Bank Managing Director Anna Bjerde said lending would rise.",
            "Anna Bjerde",
            "Managing Director",
        ),
        (
            "Attorney General Letitia James said the lawsuit would proceed.",
            "Letitia James",
            "Attorney General",
        ),
        (
            "Georgia's Public Defender Levan Ioseliani said the detentions were unlawful.",
            "Levan Ioseliani",
            "Public Defender",
        ),
        (
            "Prosecutor General Andriy Kostin said the charges had been filed.",
            "Andriy Kostin",
            "Prosecutor General",
        ),
    ],
)
def test_titles_missing_from_roles_give_the_person_the_role(
    text: str, name: str, role: str
) -> None:
    x = extracted(text, "en", _DAY)
    person = next(e for e in x.entities if e.label == name)
    assert person.type == EntityType.PERSON
    assert any(role in r.label for r in person.roles)
    assert all(r.label != role.split()[0] for r in person.roles)  # not "Attorney" alone
    assert speaker_of(x, "") == name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Jordan Henderson said the team had deserved to win.", "deserved", "Jordan Henderson"),
        ("Interior Minister Jordán Méndez said the border would close.", "border", "Jordán Méndez"),
        (
            "Opposition leader Chad Ellison said the budget was a disgrace.",
            "budget",
            "Chad Ellison",
        ),
        # guards: the state is kept where no unknown name follows it
        ("Jordan Foreign Minister Ayman Safadi said the siege must end.", "siege", "Ayman Safadi"),
        ("Jordan said on Sunday it rejected the proposal.", "rejected", "Jordan"),
        ("Israel Katz said the operation would continue.", "operation", "Israel Katz"),
    ],
)
def test_given_name_that_is_a_state_name_opens_a_person(
    text: str, words: str, speaker: str
) -> None:
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, words) == speaker


def test_junta_named_by_place_is_the_same_body_as_the_possessive_junta() -> None:
    text = (
        "The junta in Ouagadougou expelled two French diplomats on Tuesday.\n\n"
        "Burkina Faso's junta said the diplomats had engaged in subversive activities."
    )
    x = extracted(text, "en", _DAY)
    juntas = [e for e in x.entities if e.label.endswith("Military Junta")]
    assert len(juntas) == 1
    assert speaker_of(x, "subversive") == juntas[0].label


def test_leaders_meeting_in_a_capital_are_no_government_of_it() -> None:
    x = extracted("The leaders in Brussels agreed on a new aid package for Kyiv.", "en", _DAY)
    assert not any(e.label == "Belgium" and e.mentions for e in x.entities)
