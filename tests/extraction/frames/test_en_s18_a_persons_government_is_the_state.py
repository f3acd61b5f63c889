"""English relation frames, session 18 (S18-FRAME-EN): "the Biden administration" and "his
government/administration" after a person's statement act for the person's state
(GUIDELINES: metonyms of the government are the State); a possessive "X's government" and
"his country" keep the person, as the gold does.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_a_presidents_administration_is_the_state() -> None:
    got = triples("The Trump administration imposed new tariffs on Brazil in July.")
    assert ("United States", "SANCTION", "Brazil") in got
    assert ("Donald Trump", "SANCTION", "Brazil") not in got


def test_his_government_in_a_statement_is_the_speakers_state() -> None:
    got = triples("Macron said his government would send more troops to Estonia.")
    assert ("France", "MOBILIZE", "Estonia") in got
    got = triples("Trump said his administration would cut aid to Honduras.")
    assert ("United States", "SANCTION", "Honduras") in got


def test_the_person_acts_when_he_or_his_country_is_the_subject() -> None:
    got = triples("Macron said he would send more troops to Estonia.")
    assert ("Emmanuel Macron", "MOBILIZE", "Estonia") in got
    got = triples("Macron said his country would send more troops to Estonia.")
    assert ("Emmanuel Macron", "MOBILIZE", "Estonia") in got
