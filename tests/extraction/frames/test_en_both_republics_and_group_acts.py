"""English relation frames, session 17 (S17-FRAME-EN): a pair named by "both" or "the
two" with a head such as "republics" or "states" and up to two modifiers after a
preposition ("has bases in both former Soviet republics") is each of the pair; an act
aimed at several patients pairs none of them with its agent when a later "the two
neighbours" looks for the pair.  Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_bases_in_both_former_soviet_republics_are_in_each() -> None:
    got = triples(
        "Clashes erupted between Armenia and Azerbaijan on Tuesday. Russia has military "
        "bases in both former Soviet republics."
    )
    assert ("Russia", "PRESENCE", "Armenia") in got
    assert ("Russia", "PRESENCE", "Azerbaijan") in got


def test_both_states_is_a_dual_head() -> None:
    got = triples(
        "Clashes erupted between Armenia and Azerbaijan on Tuesday. France urged both "
        "states to return to talks."
    )
    assert ("France", "REQUEST", "Armenia") in got
    assert ("France", "REQUEST", "Azerbaijan") in got


def test_an_act_on_both_is_not_the_pair_of_the_two_neighbours() -> None:
    got = triples(
        "Clashes erupted between Armenia and Azerbaijan on Tuesday. Russia has military "
        "bases in both former Soviet republics. The two neighbours fought a war over the "
        "region in 2020."
    )
    assert not any("Russia" in (s, o) and t == "ASSAULT" for s, t, o in got)
