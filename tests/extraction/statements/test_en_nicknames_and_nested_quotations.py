"""English statements, session 9 round 4: a quoted nickname inside a person's name, a
quotation quoted inside a quotation, the one told before a bare reported clause, and
a statement noun as the subject of its sentence.

Sentences are new (real public events 2015-2025, other wording than any set)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.extractors.quotes import find_quotes
from kg.models import Article, Extraction


def run(text: str, day: date = date(2024, 5, 2)) -> Extraction:
    return extract(Article(id="t", lang="en", published=day, text=text))


def said(x: Extraction) -> dict[str, str]:
    """Content -> speaker label."""
    labels = {e.id: e.label for e in x.entities}
    return {q.text: labels[q.speaker] for q in x.quotes}


LEAD = "Tensions rose on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_part"),
    [
        # a quoted nickname inside the speaker's name is no statement of its own
        (
            'Former Philippine President Rodrigo "Digong" Duterte said on Tuesday that he '
            "would not apologise for the drug war.",
            "he would not apologise for the drug war",
            "Duterte",
        ),
        # a quotation nested in a quotation: the outer one is the statement
        (
            '"We asked Kabul to make sure "no attacks are launched from its soil" and we '
            'expect results," Pakistani Foreign Minister Ishaq Dar told reporters.',
            'We asked Kabul to make sure "no attacks are launched from its soil" and we '
            "expect results",
            "Ishaq Dar",
        ),
        # "told the court he ...": the one told is not part of the content
        (
            "Former Philippine President Rodrigo Duterte told the senators he had no regrets.",
            "he had no regrets",
            "Duterte",
        ),
        # a statement noun as subject: the content stops before the main verb
        (
            "Germany's announcement that it would halt arms exports to Israel surprised "
            "Washington.",
            "it would halt arms exports to Israel",
            "Germany",
        ),
        # "X, who/whose ... <cue word> ..., said": the aside ends at its comma
        (
            "Israeli Prime Minister Benjamin Netanyahu, whose office denied the report, said "
            "Israel would press on with the offensive.",
            "Israel would press on with the offensive",
            "Netanyahu",
        ),
        (
            "French President Emmanuel Macron, whose aides played down the warning, told "
            "reporters that Paris would keep its embassy open.",
            "Paris would keep its embassy open",
            "Macron",
        ),
    ],
)
def test_english_statement_spans(sentence: str, content: str, speaker_part: str) -> None:
    got = said(run(LEAD + sentence))
    assert content in got, got
    assert speaker_part in got[content]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker_part"),
    [
        # guards: nearby true output is kept
        (
            "Former Philippine President Rodrigo Duterte told reporters he would not resign.",
            "he would not resign",
            "Duterte",
        ),
        (
            "Germany's announcement that Poland had joined the talks worried Moscow.",
            "Poland had joined the talks",
            "Germany",
        ),
        (
            "Russia's warning that missiles armed with nuclear warheads could be moved "
            "to Belarus alarmed Vilnius.",
            "missiles armed with nuclear warheads could be moved to Belarus",
            "Russia",
        ),
    ],
)
def test_english_statement_spans_kept(sentence: str, content: str, speaker_part: str) -> None:
    got = said(run(LEAD + sentence))
    assert content in got, got
    assert speaker_part in got[content]


def test_nickname_gives_no_statement() -> None:
    got = said(
        run(
            LEAD + 'Former Philippine President Rodrigo "Digong" Duterte told the '
            "court he would not apologise."
        )
    )
    assert "Digong" not in got, got


def test_two_straight_quotes_in_a_paragraph_stay_apart() -> None:
    text = 'He called the plan "reckless" and the vote "a farce".'
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == ["reckless", "a farce"]


def test_nested_straight_quotes_give_the_outer_quotation() -> None:
    text = '"They said "never again" and meant it," she told the BBC.'
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == ['They said "never again" and meant it']


def test_statement_noun_closing_an_aside_is_not_the_cue() -> None:
    x = run(
        LEAD + "Dutch Prime Minister Mark Rutte, whose ministers criticised the pledge, told "
        "parliament that the Netherlands would deliver the jets."
    )
    cues = {q.text: q.cue for q in x.quotes}
    assert cues.get("the Netherlands would deliver the jets") == "told", cues
