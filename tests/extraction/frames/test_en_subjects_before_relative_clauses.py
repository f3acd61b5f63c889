"""English relation frames, session 17 (S17-FRAME-EN): the subject of a verb before a
relative clause set off by commas ("X, which/who/whose ..., has urged Y"), however long
the clause and whatever auxiliary follows it; a number's comma does not close it.  Fresh
news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_subject_before_a_whose_clause_and_an_auxiliary() -> None:
    got = triples(
        "India, whose state refiners buy most of the crude, has pressed Iraq to raise its "
        "output. Egypt, whose intelligence chief brokered the truce, has pressed Hamas to "
        "free the hostages."
    )
    assert ("India", "REQUEST", "Iraq") in got
    assert ("Egypt", "REQUEST", "Hamas") in got


def test_subject_before_a_long_which_clause() -> None:
    text = (
        "Turkey, which has backed the government in Tripoli since it sent advisers to "
        "the country in 2020, keeps a naval base in Libya."
    )
    assert ("Türkiye", "PRESENCE", "Libya") in triples(text)


def test_a_number_s_comma_does_not_close_the_relative_clause() -> None:
    text = (
        "Japan, whose lenders financed the 1,200-km railway, has pressed Kenya to repay the debt."
    )
    assert ("Japan", "REQUEST", "Kenya") in triples(text)


def test_an_antecedent_after_a_preposition_is_no_subject() -> None:
    text = (
        "Sanctions on Russia, which invaded Ukraine in 2022, have also hit Belarus, whose "
        "leader has backed the war."
    )
    assert not any(s == "Russia" and o == "Belarus" for s, _, o in triples(text))
