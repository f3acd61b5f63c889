"""Lexicon rows added in session 13 that need no code: judging a told act "a mistake" or "a
disgrace" is criticism of its doer; "the two neighbours" and "both allies" are pairs like "the
two countries"; "ended" and "tore up" leave a pact.  And a news agency (a dateline's
"(Reuters)") is never the doer of an act.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 9, 3)), symmetric=False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia on Monday vetoed a draft resolution on Ukraine's nuclear plants. Poland "
            "called the veto a disgrace on Tuesday.",
            ("Poland", "ACCUSE", "Russia"),
        ),
        (
            "Niger expelled the French ambassador last week. Paris called the decision a "
            "serious blunder.",
            ("France", "ACCUSE", "Niger"),
        ),
    ],
)
def test_calling_a_told_act_a_disgrace_or_blunder_accuses_its_doer(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_the_two_neighbours_is_the_pair_named_before() -> None:
    got = triples(
        "Foreign ministers of Armenia and Azerbaijan met in Almaty on Friday. The two "
        "neighbours agreed to continue talks on a peace treaty."
    )
    assert ("Armenia", "AGREE", "Azerbaijan") in got or ("Azerbaijan", "AGREE", "Armenia") in got


def test_a_news_agency_in_the_dateline_is_never_the_doer_of_an_act() -> None:
    got = triples(
        "HANOI (Reuters) - It called on Beijing on Monday to withdraw a survey ship from "
        "waters off the Vietnamese coast."
    )
    assert not any(subject == "Reuters" for subject, _, _ in got)
