"""English relation frames, session 17 second round (S17-FRAME-EN2): "both leaders" named
several paragraphs after the two leaders met is still that pair; a relative clause whose
subject is a pronoun ("the X group, which it blamed for ...") takes the speaker of the
statement that names the group, and an actor "together with" the first is blamed with it.
Fresh news-style sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


_SUMMIT = (
    "Armenian Prime Minister Nikol Pashinyan and his Azerbaijani counterpart Ilham Aliyev "
    "met in Brussels on Friday and agreed to resume border talks. Armenia said two of its "
    "soldiers were wounded overnight. Azerbaijan's defence ministry said its positions "
    "came under fire near the village of Sotk. Baku accused Yerevan of breaking the truce. "
    "Yerevan gave a mirror account of the shooting. "
)


def test_both_leaders_are_the_pair_that_met_five_paragraphs_back() -> None:
    got = triples(_SUMMIT + "French President Emmanuel Macron urged both leaders to keep talking.")
    assert ("Emmanuel Macron", "REQUEST", "Nikol Pashinyan") in got
    assert ("Emmanuel Macron", "REQUEST", "Ilham Aliyev") in got


def test_both_leaders_are_the_latest_pair_that_met() -> None:
    got = triples(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi "
        "on Monday. " + _SUMMIT + "French President Emmanuel Macron urged both leaders to "
        "keep talking."
    )
    assert ("Emmanuel Macron", "REQUEST", "Ilham Aliyev") in got
    assert ("Emmanuel Macron", "REQUEST", "William Ruto") not in got


def test_a_group_which_it_blamed_is_accused_by_the_speaker() -> None:
    got = triples(
        "Turkey's defence ministry said it had struck positions in northern Iraq, "
        "targeting fighters of the Kurdistan Workers' Party, which it blamed for an "
        "attack on a border post on Sunday."
    )
    assert ("Turkish Ministry of Defence", "ACCUSE", "Kurdistan Workers' Party") in got


def test_an_actor_together_with_the_blamed_one_is_blamed_too() -> None:
    got = triples(
        "Israel said it had struck depots of Hezbollah, which it blamed, together with "
        "Hamas, for rocket fire on Saturday that wounded three people."
    )
    assert ("Israel", "ACCUSE", "Hezbollah") in got
    assert ("Israel", "ACCUSE", "Hamas") in got


def test_a_pronoun_of_another_kind_is_not_the_speaker() -> None:
    # ("he" cannot stand for a state speaking)
    got = triples(
        "Israel said it had struck depots of Hezbollah, which he blamed for rocket fire "
        "on Saturday."
    )
    assert ("Israel", "ACCUSE", "Hezbollah") not in got


def test_a_demand_one_side_made_and_the_other_opposed() -> None:
    got = triples(
        "Negotiations stalled for months over whether Japan should pay compensation, a "
        "demand Seoul made and Tokyo opposed."
    )
    assert ("Japan", "REJECT", "South Korea") in got


def test_a_plan_one_side_put_forward_and_the_other_rejected() -> None:
    got = triples(
        "Talks on the dam broke down over a binding deal, a plan Cairo put forward and "
        "Addis Ababa rejected."
    )
    assert ("Ethiopia", "REJECT", "Egypt") in got


def test_a_demand_two_sides_made_together_is_no_answer() -> None:
    # ("Seoul and Tokyo opposed" after no verb of making: both oppose, neither answers)
    got = triples(
        "Negotiations stalled for months over whether Washington should pay, a demand "
        "Seoul and Tokyo opposed."
    )
    assert ("Japan", "REJECT", "South Korea") not in got


_MINISTERS = (
    "Russian President Vladimir Putin and Chinese President Xi Jinping met in Moscow on "
    "Tuesday after their foreign ministers, Sergei Lavrov and Wang Yi, drafted a joint "
    "statement. The talks lasted six hours. The text covers energy and trade. Officials "
    "gave few details. "
)


def test_the_two_foreign_ministers_are_the_pair_introduced_under_that_title() -> None:
    got = triples(
        _MINISTERS + "The two foreign ministers also asked the United Nations to hold a "
        "conference on the region."
    )
    assert ("Sergey Lavrov", "REQUEST", "United Nations") in got
    assert ("Wang Yi", "REQUEST", "United Nations") in got


def test_urging_the_two_foreign_ministers_aims_at_that_pair() -> None:
    got = triples(_MINISTERS + "India urged the two foreign ministers to finish the annex.")
    assert ("India", "REQUEST", "Wang Yi") in got
    assert ("India", "REQUEST", "Xi Jinping") not in got
