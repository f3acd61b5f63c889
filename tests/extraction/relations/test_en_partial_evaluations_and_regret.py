"""English relations, session 11 round 2 (S11-R2-RELEN): evaluations quoted in part,
acts named in apposition or a relative clause, regret, relations cut, signatures put to
a pact, shots fired.  Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article


def triples(text: str) -> set[tuple[str, str, str]]:
    x = extract(Article(id="t", lang="en", text=text, published=date(2025, 6, 12)))
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


# ------------------------------------------------------ evaluation quoted only in part


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia's foreign ministry said Poland's decision was \"unacceptable\".",
            ("Russian Ministry of Foreign Affairs", "ACCUSE", "Poland"),
        ),
        (
            'China\'s foreign ministry said the British claims were "completely fabricated".',
            ("Chinese Ministry of Foreign Affairs", "ACCUSE", "United Kingdom"),
        ),
    ],
)
def test_partial_quote_evaluation_reads_the_clause_subject(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_evaluated_act_with_its_infinitive_is_owned_by_the_possessive() -> None:
    text = (
        "Russia's foreign ministry said on Friday that Poland's decision to close the "
        'consulate was "unacceptable and provocative".'
    )
    assert ("Russian Ministry of Foreign Affairs", "ACCUSE", "Poland") in triples(text)


def test_own_act_evaluated_is_no_accusation() -> None:
    assert not any(
        t[1] == "ACCUSE" for t in triples('Britain said its own decision was "necessary".')
    )


# ------------------------------------------------- act nouns in apposition or relative


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia expelled ten Polish diplomats, a move which Warsaw described as unjustified.",
            ("Poland", "ACCUSE", "Russia"),
        ),
        (
            "Israel struck an Iranian consulate in Damascus, an attack which Tehran called a "
            "violation of international law.",
            ("Iran", "ACCUSE", "Israel"),
        ),
        (
            "Peru expelled Mexico's ambassador, a decision Mexico called "
            '"unacceptable interference".',
            ("Mexico", "ACCUSE", "Peru"),
        ),
        (
            "China sent warships near Taiwan, a step the United States called destabilising.",
            ("United States", "ACCUSE", "China"),
        ),
    ],
)
def test_act_noun_in_apposition_described_accuses_the_clause_subject(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_sentence_initial_act_noun_with_relative_points_to_the_act_told_before() -> None:
    text = (
        "Venezuela expelled Argentine diplomats. The decision, which Buenos Aires described as "
        "illegal, followed the election."
    )
    assert ("Argentina", "ACCUSE", "Venezuela") in triples(text)


def test_negated_act_of_the_speaker_side_does_not_hide_the_act_told_before() -> None:
    text = (
        "Peru expelled Mexico's ambassador on Tuesday. Mexico's foreign minister said his "
        'country would not break off relations with Peru. He called the expulsion "unjustified".'
    )
    assert any(t[1:] == ("ACCUSE", "Peru") for t in triples(text))


# ---------------------------------------------------------------------- lexicon rows


def test_regret_over_another_sides_decision_accuses_it() -> None:
    assert ("Japan", "ACCUSE", "China") in triples("Japan deeply regrets China's decision.")
    assert ("Lithuania", "ACCUSE", "China") in triples(
        "Lithuania expressed regret over China's decision to recall its ambassador."
    )


def test_regret_over_a_disaster_is_no_accusation() -> None:
    assert not triples("Turkey regretted the loss of life in the earthquake.")


@pytest.mark.parametrize(
    "text",
    [
        "Germany cut diplomatic relations with Iran.",
        "Germany has decided to cut diplomatic relations with Iran.",
        "Germany cut off all relations with Iran on Monday.",
    ],
)
def test_relations_cut_is_a_sanction(text: str) -> None:
    assert ("Germany", "SANCTION", "Iran") in triples(text)


def test_signatures_put_to_an_accord_is_an_agreement() -> None:
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
        "Bayramov put their signatures to the accord on Friday."
    )
    assert any(t[1] == "AGREE" for t in triples(text))
    assert ("Kenya", "AGREE", "European Union") in triples(
        "Kenya put its signature to the trade deal with the European Union."
    )


def test_warning_shots_fired_at_troops_is_an_assault() -> None:
    text = "Indian troops fired warning shots at Chinese soldiers."
    assert ("Indian Armed Forces", "ASSAULT", "Chinese Armed Forces") in triples(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Serbia's build-up of troops along its border with Kosovo alarmed NATO.",
            ("Serbia", "MOBILIZE", "Kosovo"),
        ),
        (
            "Russia's buildup of forces near Ukraine worried European capitals.",
            ("Russia", "MOBILIZE", "Ukraine"),
        ),
    ],
)
def test_build_up_of_troops_is_a_mobilisation_of_its_owner(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in triples(text)


def test_arrest_warrant_issued_for_a_leader_is_coercion() -> None:
    text = (
        "The International Criminal Court issued arrest warrants for Israeli Prime Minister "
        "Benjamin Netanyahu."
    )
    assert ("International Criminal Court", "COERCE", "Benjamin Netanyahu") in triples(text)


@pytest.mark.parametrize(
    "text",
    ["Lithuania froze diplomatic relations with China.", "Lithuania paused relations with China."],
)
def test_relations_frozen_or_paused_is_a_sanction(text: str) -> None:
    assert ("Lithuania", "SANCTION", "China") in triples(text)


def test_release_demanded_for_a_national_held_abroad_is_asked_of_the_holder() -> None:
    text = (
        "Iranian authorities detained French tourist Lennart Monterlos in June. France "
        "demanded the immediate release of Monterlos."
    )
    got = triples(text)
    assert ("France", "REQUEST", "Iran") in got
    assert ("France", "REQUEST", "Lennart Monterlos") not in got


def test_act_noun_condemned_in_the_passive_accuses_each_judge_of_the_act_told_before() -> None:
    text = "Russian missiles struck Kyiv on Monday. The strike was condemned by France and Germany."
    got = triples(text)
    assert ("France", "ACCUSE", "Russia") in got
    assert ("Germany", "ACCUSE", "Russia") in got


def test_act_noun_welcomed_in_the_passive_supports_its_author() -> None:
    text = (
        "Poland expelled two Russian diplomats on Friday. The decision was welcomed by "
        "Lithuania, Latvia and Estonia."
    )
    got = triples(text)
    assert {("Lithuania", "SUPPORT", "Poland"), ("Estonia", "SUPPORT", "Poland")} <= got


def test_passive_judgement_of_an_act_never_told_codes_nothing() -> None:
    assert not triples("The strike was condemned by France.")
