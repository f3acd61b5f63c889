"""English relation frames, session 17 (S17-FRAME-EN): a judged act told in the story's
lead.  A wire story tells its news in the lead and the reactions many paragraphs below
("Japan condemned the seizure"): the noun names the act of the lead, whoever did it,
however far above; a warning told in the lead is no "attack".  Fresh news-style
sentences about other events."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples

#: seven paragraphs of background that tell no act, between the lead and the reactions
_FILLER = (
    "The port handles most of the region's grain exports. "
    "Shipping rates in the area have doubled since the spring. "
    "Insurers said they were reviewing their cover for the route. "
    "The vessel's owner declined to comment on the matter. "
    "Analysts said the episode could weigh on talks due next month. "
    "The crew were reported to be in good health. "
    "Markets were calm in early trading on Monday. "
)


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_expulsion_judged_far_below_the_lead_aims_at_the_expelling_state() -> None:
    text = (
        "Estonia expelled Belarus's ambassador on Tuesday over a border incident. "
        + _FILLER
        + "Belarusian foreign ministry spokesman Anatoly Glaz condemned the expulsion "
        "as a hostile step."
    )
    assert ("Anatoly Glaz", "ACCUSE", "Estonia") in triples(text)


def test_seizure_judged_far_below_the_lead_aims_at_the_seizer() -> None:
    # (no relation is coded for the seizure itself: the ship is the firm's, not a state's)
    text = (
        "Somali pirates seized a Maltese-flagged, Greek-operated bulk carrier off the Horn "
        "of Africa on Sunday. "
        + _FILLER
        + "Greek Foreign Minister George Gerapetritis condemned the seizure as an act of "
        "piracy."
    )
    got = triples(text)
    assert any(s == "George Gerapetritis" and t == "ACCUSE" for s, t, _ in got)


def test_warning_told_in_the_lead_is_not_the_attack_judged_below() -> None:
    text = (
        "Poland warned Russia on Thursday that it would face consequences over a "
        "cyberattack on its railways. "
        + _FILLER
        + "Lithuanian President Gitanas Nauseda condemned the attack, which he called "
        "reckless."
    )
    got = triples(text)
    assert ("Gitanas Nauseda", "ACCUSE", "Poland") not in got


def test_act_far_above_but_outside_the_lead_is_not_the_one_judged() -> None:
    text = (
        "Talks between the two governments resumed in Geneva on Monday. "
        + _FILLER
        + "Estonia expelled Belarus's ambassador on Tuesday. "
        + _FILLER
        + "Belarusian foreign ministry spokesman Anatoly Glaz condemned the expulsion."
    )
    assert ("Anatoly Glaz", "ACCUSE", "Estonia") not in triples(text)
