"""Session 9 (S9-H7): English acts told in the first person inside a statement, with
auxiliaries, adverbs or an intent verb between "we" and the verb, have the speaker as
agent; goods sent or delivered to a state are AID.  All sentences are written for these
tests (real public events, other wording than any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples

from kg.models import Extraction


def run(text: str) -> Extraction:
    return extracted(text, "en", date(2023, 3, 1), article_id="s9h7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have frozen the assets of Russia\'s central bank," Japanese Prime Minister '
            "Fumio Kishida said in February 2022.",
            ("Fumio Kishida", "SANCTION", "Russian Central Bank"),
        ),
        (
            '"We will also impose sanctions on Iran," U.S. Secretary of State Antony Blinken '
            "said in October 2022.",
            ("Antony Blinken", "SANCTION", "Iran"),
        ),
        (
            '"We have decided to send tanks to Ukraine," Polish President Andrzej Duda said '
            "in January 2023.",
            ("Andrzej Duda", "AID", "Ukraine"),
        ),
        (
            '"We are sending more artillery to Ukraine," Canadian Prime Minister Justin Trudeau '
            "said in 2023.",
            ("Justin Trudeau", "AID", "Ukraine"),
        ),
        (
            '"Our government has expelled Russian diplomats," German Chancellor Olaf Scholz '
            "said in April 2023.",
            ("Olaf Scholz", "SANCTION", "Russia"),
        ),
        (
            '"We firmly condemn Israel\'s raid on Jenin," Jordanian Foreign Minister Ayman '
            "Safadi said in July 2023.",
            ("Ayman Safadi", "ACCUSE", "Israel"),
        ),
    ],
)
def test_first_person_act_across_auxiliaries_is_the_speakers(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relation_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan has sent 100 generators to Ukraine, the foreign ministry said in December 2022.",
            ("Japan", "AID", "Ukraine"),
        ),
        (
            "Canada delivered 10,000 helmets to Ukraine in March 2022.",
            ("Canada", "AID", "Ukraine"),
        ),
        (
            "The Netherlands pledged more air defence systems to Ukraine in 2024.",
            ("Netherlands", "AID", "Ukraine"),
        ),
        (
            "Gambia filed a case against Myanmar at the World Court in 2019.",
            ("Gambia", "ACCUSE", "Myanmar"),
        ),
        (
            "Latvia shut down the Russian consulate in Daugavpils in 2023.",
            ("Latvia", "SANCTION", "Russia"),
        ),
    ],
)
def test_new_lexicon_rows_are_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relation_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor closed the case in Berlin on Friday.",
        "Japan shut down its last coal plants in 2023.",
    ],
)
def test_rows_need_their_nouns(text: str) -> None:
    assert not relation_triples(run(text))


def test_speaker_is_not_the_agent_of_an_act_whose_subject_is_named() -> None:
    x = run(
        '"We have watched Russia strike Kyiv again," NATO Secretary General Jens Stoltenberg '
        "said on Tuesday."
    )
    triples = relation_triples(x)
    assert ("Russia", "ASSAULT", "Ukraine") in triples or not triples
    assert not any(s == "Jens Stoltenberg" and t == "ASSAULT" for s, t, _ in triples)


def test_troops_sent_stay_a_deployment() -> None:
    triples = relation_triples(run("Germany sent more troops to Lithuania in June 2023."))
    assert not any(t == "AID" for _, t, _ in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sanctions that Washington imposed on Caracas in 2019 hit its oil exports.",
            ("United States", "SANCTION", "Venezuela"),
        ),
        (
            "Exporters hope the tariffs Beijing slapped on Canberra in 2020 will go.",
            ("China", "SANCTION", "Australia"),
        ),
    ],
)
def test_named_subject_of_a_relative_after_a_sanctions_noun_imposed_them(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relation_triples(run(text))


def test_sanctions_a_state_faces_are_not_its_own() -> None:
    triples = relation_triples(run("The sanctions Russia faced in 2014 hit its banks."))
    assert not any(s == "Russia" and t == "SANCTION" for s, t, _ in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trevor Reed, who was convicted in Moscow in 2020, flew home in April 2022.",
            ("Russia", "COERCE", "Trevor Reed"),
        ),
        (
            "Two Australians, who were sentenced by China in 2021, were released in 2024.",
            ("China", "COERCE", "Australia"),
        ),
        (
            "Eleven Russian diplomats were expelled from Latvia in 2022.",
            ("Latvia", "SANCTION", "Russia"),
        ),
    ],
)
def test_passives_of_sentencing_and_expulsion(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relation_triples(run(text))


def test_a_state_expelled_from_a_body_is_not_coded_backwards() -> None:
    triples = relation_triples(run("Russia was expelled from the Council of Europe in 2022."))
    assert not any(s == "Russia" and t == "SANCTION" for s, t, _ in triples)
