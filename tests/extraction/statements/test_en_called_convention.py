"""English statements, session 9 round 3: the 'called X "Y"' convention, a reported
clause that ends in a quotation, and a spokesman's own State inside his statement.

Sentences are new (real public events 2015-2025, other wording than any set)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, day: date = date(2023, 5, 2)) -> Extraction:
    return extract(Article(id="t", lang="en", published=day, text=text))


def said(x: Extraction) -> dict[str, tuple[str, bool]]:
    """Content -> (speaker label, direct)."""
    labels = {e.id: e.label for e in x.entities}
    return {q.text: (labels[q.speaker], q.direct) for q in x.quotes}


LEAD = "Talks stalled on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        # 'called X "Y"': the object named is part of the content (indirect)
        (
            'Turkish Foreign Minister Mevlut Cavusoglu called the Swedish decision "unacceptable".',
            'the Swedish decision "unacceptable"',
            "Mevlüt Çavuşoğlu",
        ),
        # a time adjunct after the quotation is not part of it
        (
            'The Iranian foreign ministry called the European sanctions "a hostile step" on '
            "Tuesday.",
            'the European sanctions "a hostile step"',
            "Iranian Ministry of Foreign Affairs",
        ),
        # the predicate going on past the quotation stays
        (
            'Japanese Prime Minister Fumio Kishida branded the launch "an outrage" against '
            "regional peace.",
            'the launch "an outrage" against regional peace',
            "Fumio Kishida",
        ),
        # 'said the vote was "illegitimate".' at the sentence end: the reported clause
        (
            'Russian Foreign Minister Sergei Lavrov said the referendum was "illegitimate".',
            'the referendum was "illegitimate"',
            "Sergey Lavrov",
        ),
        # guard: the same clause going on was already whole
        (
            'Indian Prime Minister Narendra Modi said the agreement was "historic" and thanked '
            "Japan.",
            'the agreement was "historic"',
            "Narendra Modi",
        ),
        # guard: no quotation, the object and what it is called
        (
            "Egypt called the Ethiopian move a violation of international law.",
            "the Ethiopian move a violation of international law",
            "Egypt",
        ),
    ],
)
def test_naming_and_clause_final_quotations(sentence: str, content: str, speaker: str) -> None:
    got = said(run(LEAD + sentence + "\n"))
    assert got.get(content) == (speaker, False), got


OWN_STATE = (
    "Talks stalled on Monday.\n\n"
    "In Washington, State Department spokesman Ned Price said the United States had urged "
    "Russia to withdraw its troops from the border, and urged Ukraine to show restraint.\n\n"
    "Chinese foreign ministry spokesman Wang Wenbin said China urged Japan to halt the "
    "release of the water.\n\n"
    "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had warned Kyiv against "
    "any escalation.\n"
)


def test_a_spokesman_speaks_for_his_own_state_in_one_statement() -> None:
    x = run(OWN_STATE, date(2022, 2, 14))
    labels = {e.id: e.label for e in x.entities}
    speakers = {labels[q.speaker] for q in x.quotes}
    assert "United States" not in speakers
    assert "China" not in speakers
    got = said(x)
    assert got.get("Ukraine to show restraint") == ("Ned Price", False)
    assert any(
        t.startswith("China urged Japan") and s == "Wang Wenbin" for t, (s, _) in got.items()
    )


def test_a_person_relayed_by_a_spokesman_keeps_the_inner_statement() -> None:
    x = run(OWN_STATE, date(2022, 2, 14))
    labels = {e.id: e.label for e in x.entities}
    inner = [q for q in x.quotes if q.text == "Kyiv against any escalation"]
    assert [labels[q.speaker] for q in inner] == ["Vladimir Putin"]
    assert inner[0].via is not None and labels[inner[0].via] == "Dmitry Peskov"


BACKGROUND = (
    "Talks stalled on Monday.\n\n"
    "The summit was made possible by Seoul's announcement last week that it would pay the "
    "victims through a public foundation.\n\n"
    "Kremlin officials pointed to Washington's pledge that it would not send troops to "
    "Ukraine.\n\n"
    "Britain's announcement that it would send long-range missiles angered Moscow.\n"
)


def test_an_owned_statement_noun_after_a_preposition_is_background() -> None:
    """'made possible by Seoul's announcement that ...': an earlier statement the writer
    refers to, no claim reported here; the noun as the subject of its clause stays."""
    x = run(BACKGROUND, date(2023, 7, 12))
    texts = [q.text for q in x.quotes]
    assert not any("pay the victims" in t for t in texts)
    assert not any("not send troops" in t for t in texts)
    assert any(t.startswith("it would send long-range missiles") for t in texts)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The tanker was seized in the Strait of Hormuz on Friday and taken to Bandar Abbas, "
            "where, according to British Foreign Secretary Jeremy Hunt, its crew was being held "
            "without charge.",
            "its crew was being held without charge",
        ),
        (
            "The missile landed near the border, and according to the Polish government, two "
            "farmers were killed.",
            "two farmers were killed",
        ),
        # guards: the aside at the end, or after the subject, keeps the words before it
        (
            "The drones were shot down over the sea, according to the Turkish defence ministry.",
            "The drones were shot down over the sea",
        ),
        (
            "No civilians were hurt, according to Indian officials, who said the soldiers "
            "fought with sticks.",
            "No civilians were hurt",
        ),
    ],
)
def test_according_to_aside_opening_a_clause(sentence: str, content: str) -> None:
    x = run(LEAD + sentence + "\n", date(2019, 7, 20))
    assert content in [q.text for q in x.quotes], [q.text for q in x.quotes]


def test_a_spokesman_quoting_his_own_state_makes_one_statement() -> None:
    text = (
        LEAD + '"Turkey has repeatedly urged Sweden to take concrete steps against militants," '
        "Turkish foreign ministry spokesman Tanju Bilgic told reporters.\n"
    )
    x = run(text, date(2023, 1, 10))
    labels = {e.id: e.label for e in x.entities}
    assert [labels[q.speaker] for q in x.quotes] == ["Tanju Bilgic"]
