"""Session-8 `about` rules (issue #3), checked on fresh English sentences of our own.

* a direct quotation in which an official or a state body speaks as "we"/"our"/"us" is
  also about the state the speaker speaks for (not for a speaker with no state, and not
  for the upper-case "US");
* a definite description of a state in the content ("the kingdom", "the Gulf state", "the
  country") takes up the state of the actor named last before it, unless that is the
  speaker itself or the words are a name ("the Kingdom of Bahrain").
"""

from __future__ import annotations

from datetime import date

from factories import extracted

from kg.models import Extraction


def run(text: str, day: date = date(2021, 8, 25)) -> Extraction:
    return extracted(text, "en", day)


def abouts(x: Extraction) -> dict[str, set[str]]:
    labels = {e.id: e.label for e in x.entities}
    return {q.text: {labels[a] for a in q.about} for q in x.quotes}


# -- "we" in a direct quotation --------------------------------------------------------


def test_we_said_by_a_minister_is_about_his_state() -> None:
    x = run('"We will never accept this," Spanish Foreign Minister Jose Manuel Albares said.')
    assert "Spain" in abouts(x)["We will never accept this"]


def test_we_said_by_a_speaker_with_no_state_adds_no_state() -> None:
    x = run('"We need a ceasefire now," U.N. Secretary-General Antonio Guterres said.')
    assert abouts(x)["We need a ceasefire now"] == set()


def test_we_in_reported_speech_is_not_read() -> None:
    x = run("Spanish Foreign Minister Jose Manuel Albares said talks would resume in October.")
    assert "Spain" not in abouts(x)["talks would resume in October"]


# -- "the kingdom", "the Gulf state", "the country" -------------------------------------


def test_the_kingdom_takes_up_the_state_named_before() -> None:
    x = run(
        "Algeria cut diplomatic ties with Morocco on Tuesday, accusing the kingdom of hostile "
        "actions."
    )
    assert "Morocco" in abouts(x)["the kingdom of hostile actions"]


def test_the_country_said_by_an_agency_is_its_state() -> None:
    x = run(
        "Iran's official IRNA news agency said the launch had succeeded and that the country "
        "would send more satellites into orbit."
    )
    (about,) = abouts(x).values()
    assert "Iran" in about


def test_the_kingdom_that_is_the_speaker_itself_is_not_its_topic() -> None:
    x = run("Saudi Arabia said the kingdom would host the talks in Jeddah.")
    assert "Saudi Arabia" not in abouts(x)["the kingdom would host the talks in Jeddah"]


def test_in_the_north_of_the_country_is_a_place_not_a_topic() -> None:
    x = run(
        "Nigeria's army said on Friday that it had killed 30 fighters in the north of the "
        "country, in a push against Boko Haram."
    )
    for about in abouts(x).values():
        assert "Nigeria" not in about


# -- an unnamed group of a state's people ----------------------------------------------


def test_a_state_s_unnamed_diplomats_are_about_the_state() -> None:
    x = run("Estonia said on Monday that Russia's diplomats had been told to leave within a week.")
    labels = {e.id: e.label for e in x.entities}
    (q,) = [q for q in x.quotes if labels[q.speaker] == "Estonia"]
    about = {labels[a] for a in q.about}
    assert "Russia" in about
    assert not any("diplomats" in a for a in about)
