"""English relation frames, session 18 (S18-FRAME-EN): the subject before an appositive noun
phrase set off by commas when an auxiliary or adverb follows the closing comma ("X, Y's
neighbour, has signed"); closing several borders at once ("closed its borders with X",
"closed all land, sea and air borders with X") is a SANCTION; "PNG" names Papua New Guinea;
a state's weapons before a light verb name the attacker ("Israeli jets carried out strikes").
Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)))


def test_subject_before_an_appositive_and_an_auxiliary() -> None:
    got = triples("Peru, Chile's northern neighbour, has signed a trade pact with Japan.")
    assert ("Peru", "AGREE", "Japan") in got
    got = triples("Ghana, a Togolese neighbour, has signed a defence deal with Brazil.")
    assert ("Ghana", "AGREE", "Brazil") in got


def test_an_appositive_names_no_second_subject() -> None:
    got = triples("Peru, Chile's northern neighbour, has signed a trade pact with Japan.")
    assert ("Chile", "AGREE", "Japan") not in got


def test_closing_several_borders_is_a_sanction() -> None:
    got = triples("Tanzania closed its borders with Malawi on Monday.")
    assert ("Tanzania", "SANCTION", "Malawi") in got
    got = triples("Algeria closed all land, sea and air borders with Morocco on Friday.")
    assert ("Algeria", "SANCTION", "Morocco") in got


def test_png_names_papua_new_guinea() -> None:
    got = triples("Last May PNG signed a security agreement with Japan.")
    assert ("Papua New Guinea", "AGREE", "Japan") in got


def test_weapons_of_a_state_before_a_light_verb_name_the_attacker() -> None:
    got = triples("Pakistani jets carried out air strikes on Afghanistan overnight.")
    assert ("Pakistan", "ASSAULT", "Afghanistan") in got
    got = triples("Russian drones launched a wave of attacks on Ukraine on Sunday.")
    assert ("Russia", "ASSAULT", "Ukraine") in got


def test_weapons_of_a_state_in_another_clause_name_no_attacker() -> None:
    got = triples("American jets flew over the strait as ships carried out drills near Taiwan.")
    assert not any(s == "United States" for s, _, _ in got)


def test_the_leaders_after_an_act_are_the_pair_who_met() -> None:
    got = triples(
        "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed the "
        "accord on Monday. UN chief Antonio Guterres praised the leaders for their courage."
    )
    assert ("António Guterres", "SUPPORT", "William Ruto") in got
    assert ("António Guterres", "SUPPORT", "Hassan Sheikh Mohamud") in got


def test_the_leaders_of_a_group_are_no_pair() -> None:
    got = triples(
        "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed the "
        "accord on Monday. Antonio Guterres praised the leaders of the region for their calm."
    )
    assert ("António Guterres", "SUPPORT", "William Ruto") not in got
