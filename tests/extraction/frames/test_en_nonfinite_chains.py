"""English relation frames, session 17 second round (S17-FRAME-EN2): a non-finite verb far
along a chain of coordinated infinitives or participles has the sentence's subject
("Nigeria offered in May to lead the mission and to send 800 soldiers to help Mali",
"X has been tightening its border for months, building a fence ... and expelling ..."),
unless an actor is named in the chain, a clause opens, or someone is asked to act.
Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_the_third_infinitive_of_an_offer_has_the_offerer_as_subject() -> None:
    got = triples(
        "Rwanda offered in March to lead the regional force and to send 800 soldiers to "
        "help Mozambique."
    )
    assert ("Rwanda", "AID", "Mozambique") in got


def test_a_coordinated_participle_past_a_relative_clause_has_the_subject() -> None:
    got = triples(
        "Algeria, which shares a long desert border with Niger, has been tightening "
        "controls for months, building new checkpoints along the frontier and deporting "
        "thousands of Nigeriens this year."
    )
    assert ("Algeria", "COERCE", "Niger") in got


def test_those_asked_in_the_chain_do_what_is_asked() -> None:
    got = triples(
        "The African Union has for months asked member states in the region to pledge "
        "troops and to send officers to help Mozambique."
    )
    assert ("African Union", "AID", "Mozambique") not in got


def test_a_chain_in_a_relative_clause_is_that_clauses() -> None:
    got = triples(
        "Rwanda offered in March to train soldiers of the regional force, which has "
        "agreed to lead patrols and to help Mozambique."
    )
    assert ("Rwanda", "AID", "Mozambique") not in got


def test_a_chain_after_said_is_the_statements() -> None:
    got = triples(
        "Rwanda offered in March to lead patrols and said the regional force was ready "
        "to send soldiers and to help Mozambique."
    )
    assert ("Rwanda", "AID", "Mozambique") not in got
