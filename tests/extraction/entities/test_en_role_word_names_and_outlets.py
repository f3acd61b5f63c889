"""English entities, round 2 (S10-H15): given names that are role words, outlets named
after a state, military governments, coordinated governments, offices owned by "the country's"."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, speaker_of

from kg.models import EntityType

_DAY = datetime.date(2023, 9, 12)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a role word that is also a given name opens the name, bare or after a title
        ("Marine Tondelier said the coalition would hold.", "coalition", "Marine Tondelier"),
        ("Amir Ohana said the session was adjourned.", "adjourned", "Amir Ohana"),
        (
            "Iranian Deputy Minister Amir Saeid Iravani said the talks had failed.",
            "talks",
            "Amir Saeid Iravani",
        ),
        ("Party leader Marine Tondelier said the vote was rigged.", "rigged", "Marine Tondelier"),
        (
            "Emirati Minister of State Sultan al-Jaber said the fund would double.",
            "fund",
            "Sultan al-Jaber",
        ),
        # guards: a modifier or a state keeps the title; a known ruler keeps his title
        ("Former Marine Trevor Reed said he was grateful.", "grateful", "Trevor Reed"),
        ("Sultan Haitham said Oman would mediate.", "mediate", "Haitham bin Tariq"),
    ],
)
def test_role_word_that_is_a_given_name_opens_the_name(text: str, words: str, speaker: str) -> None:
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, words) == speaker


def test_former_marine_keeps_the_title() -> None:
    x = extracted("Former Marine Trevor Reed said he was grateful.", "en", _DAY)
    person = next(e for e in x.entities if e.label == "Trevor Reed")
    assert any("Marine" in r.label for r in person.roles)


@pytest.mark.parametrize(
    ("text", "words", "outlet", "state"),
    [
        ("India Today reported that the army had moved.", "army", "India Today", "India"),
        ("China Daily said the exports had slowed.", "exports", "China Daily", "China"),
        ("The Korea Herald said the summit was off.", "summit", "Korea Herald", "South Korea"),
        ("The Times of India reported that rains had eased.", "rains", "Times of India", "India"),
    ],
)
def test_outlet_named_after_a_state_speaks_not_the_state(
    text: str, words: str, outlet: str, state: str
) -> None:
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, words) == outlet
    org = next(e for e in x.entities if e.label == outlet)
    assert org.type == EntityType.ORGANIZATION and org.qid is None
    assert not any(e.label == state and e.mentions for e in x.entities)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("India said on Tuesday the army had moved.", "army"),  # guard: the state itself
        ("India today said the army had moved.", "army"),  # a lower-case adverb
    ],
)
def test_state_before_a_lower_case_or_no_masthead_stays_the_state(text: str, words: str) -> None:
    assert speaker_of(extracted(text, "en", _DAY), words) == "India"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mali's military government said the mission must leave.",
            "mission",
            "Malian Military Junta",
        ),
        (
            "The military government in Bamako said the mission must leave.",
            "mission",
            "Malian Military Junta",
        ),
        (
            "Guinea's military regime said the vote was delayed.",
            "delayed",
            "Guinean Military Junta",
        ),
        # guard: the army is still the army
        ("Mali's army said ten soldiers were killed.", "soldiers", "Malian Armed Forces"),
    ],
)
def test_military_government_is_the_junta(text: str, words: str, speaker: str) -> None:
    assert speaker_of(extracted(text, "en", _DAY), words) == speaker


def test_regimes_in_two_states_are_two_speakers() -> None:
    x = extracted("The regimes in Minsk and Moscow said the drills were defensive.", "en", _DAY)
    speakers = {
        next(e.label for e in x.entities if e.id == q.speaker)
        for q in x.quotes
        if "drills" in q.text
    }
    assert speakers == {"Belarus", "Russia"}


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        (
            "LIMA, Sept 12 (Reuters) - The country's top prosecutor said the inquiry would widen.",
            "inquiry",
            "top prosecutor",
        ),
        (
            "LIMA, Sept 12 (Reuters) - The province's human rights ombudsman said the arrests "
            "were unlawful.",
            "arrests",
            "human rights ombudsman",
        ),
    ],
)
def test_office_owned_by_the_country_is_an_unnamed_holder_of_the_dateline_state(
    text: str, words: str, role: str
) -> None:
    x = extracted(text, "en", _DAY)
    assert speaker_of(x, words) == role
    person = next(e for e in x.entities if e.label == role)
    peru = next(e for e in x.entities if e.label == "Peru")
    assert person.type == EntityType.PERSON and person.state == peru.id


def test_office_owned_by_the_country_needs_a_dateline() -> None:
    x = extracted("The country's top prosecutor said the inquiry would widen.", "en", _DAY)
    assert not any(e.label == "top prosecutor" for e in x.entities)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a "<portfolio> Department" in a story naming the US, under a ministries' dateline
        (
            "BEIRUT, Sept 12 (Reuters) - Lebanon welcomed a U.S. move to indict three men.\n\n"
            "The Treasury Department said the men had laundered money.",
            "United States Treasury Department",
        ),
        # guards: no US named; a dateline state with departments of its own
        (
            "BEIRUT, Sept 12 (Reuters) - Lebanon arrested three men.\n\n"
            "The Justice Department said the men had laundered money.",
            "Lebanon Justice Department",
        ),
        (
            "MANILA, Sept 12 (Reuters) - The Philippines will deport a U.S. citizen.\n\n"
            "The Justice Department said the men had laundered money.",
            "Philippines Justice Department",
        ),
    ],
)
def test_department_under_a_ministries_dateline_is_the_american_one(
    text: str, speaker: str
) -> None:
    assert speaker_of(extracted(text, "en", _DAY), "laundered") == speaker


def test_military_government_named_again_is_the_same_junta() -> None:
    text = (
        "Guinea's military government suspended the constitution on Sunday.\n\n"
        "Senegal urged the military government to free the president."
    )
    x = extracted(text, "en", _DAY)
    juntas = [e for e in x.entities if e.label.endswith("Military Junta")]
    assert len(juntas) == 1
    assert not any(e.label.endswith("Armed Forces") for e in x.entities)
