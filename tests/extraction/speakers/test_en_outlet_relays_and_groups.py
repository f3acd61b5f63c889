"""English statements (S10-H2): who speaks when an outlet relays a quoted person, when a
generic group stands "in both countries", when "according to" cites numbers, and when an
unknown person is introduced by a title the role lexicon lacks."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said, said_via

DAY = datetime.date(2023, 6, 14)

# (sentence, (speaker, words of the content, relaying outlet or None))
SPEAKERS = [
    # a direct quote, its speaker, then "according to <outlet>": the outlet only relays
    (
        '"The two economies have never been closer," Xi said, according to Xinhua.',
        ("Xi Jinping", "The two economies have never been closer", "Xinhua News Agency"),
    ),
    # a title word the role lexicon lacks before an unknown name: the person speaks
    (
        "IMF Managing Director Kristalina Georgieva said the reform plan was on track.",
        ("Kristalina Georgieva", "the reform plan was on track", None),
    ),
    (
        "World Food Programme Executive Director Cindy McCain warned that famine was spreading.",
        ("Cindy McCain", "famine was spreading", None),
    ),
    (
        "IMF Managing Director Kristalina Georgieva urged lenders to speed up debt relief.",
        ("Kristalina Georgieva", "lenders to speed up debt relief", None),
    ),
    # "<state>'s <title>, <unknown name>, said": the named holder, not the state
    (
        "Peru's human rights ombudsman, Eliana Revollar, said the detentions were arbitrary.",
        ("Eliana Revollar", "the detentions were arbitrary", None),
    ),
    (
        "Kenya's deputy director, Paul Otieno, told reporters the flights would resume.",
        ("Paul Otieno", "the flights would resume", None),
    ),
    # guards: what was right stays right
    (
        "Lavrov said the talks in Ankara were useful, according to TASS.",
        ("Sergey Lavrov", "the talks in Ankara were useful", "TASS"),
    ),
    (
        "Egypt's foreign minister, Sameh Shoukry, said Cairo would host the next round.",
        ("Sameh Shoukry", "Cairo would host the next round", None),
    ),
    (
        "The ceasefire talks in Havana collapsed on Sunday, according to the Colombian government.",
        ("Colombia", "talks in Havana collapsed", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_english_speaker_of_the_statement(text: str, expected: tuple[str, str, str | None]) -> None:
    speaker, words, via = expected
    found = [(s, c, v) for s, c, v in said_via(extracted(text, "en", DAY)) if words in c]
    assert found, said_via(extracted(text, "en", DAY))
    assert found[0][0] == speaker and found[0][2] == via, found


# (sentence, speakers that must say nothing)
NOT_SPEECH = [
    # the outlet does not speak the quote it relays, even for a name we do not know
    ('"The two sides reached a broad consensus," Wang said, according to Xinhua.', {"Xinhua"}),
    # "critics in both countries": a group in the two states, not the states themselves
    (
        "Chile and Peru signed a fisheries pact on Friday. Critics in both countries say "
        "the pact favours industrial fleets.",
        {"Chile", "Peru"},
    ),
    (
        "Chile and Peru signed a fisheries pact on Friday. Opponents in both nations argue "
        "that the pact was rushed.",
        {"Chile", "Peru"},
    ),
    # "according to <owner> figures/data": numbers, not a statement
    (
        "Arrivals of Haitian migrants rose by a third last year, according to Chilean "
        "government figures.",
        {"Chile"},
    ),
]


@pytest.mark.parametrize(("text", "silent"), NOT_SPEECH)
def test_english_no_statement_of(text: str, silent: set[str]) -> None:
    speakers = {s for s, _ in said(extracted(text, "en", DAY))}
    assert not {s for s in speakers if any(w in s for w in silent)}, speakers


def test_both_countries_as_subject_still_speak() -> None:
    x = extracted(
        "Chile and Peru signed a fisheries pact on Friday. Both countries said the pact "
        "would protect small fishermen.",
        "en",
        DAY,
    )
    assert {s for s, c in said(x) if "small fishermen" in c} == {"Chile", "Peru"}, said(x)
