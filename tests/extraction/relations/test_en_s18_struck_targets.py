"""English, session 18 (S18-FRAME-EN): "<name> targets" after a strike verb, a preposition or
a determiner is the plural noun of the named group's sites ("hit Houthi targets in Yemen"),
no act of the group's; "hit * targets/positions" is an attack on whom the gap names, while a
bare "hit" stays no attack.  Fresh news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "en", date(2025, 6, 12)), symmetric=False)


def test_named_targets_after_a_strike_verb_are_no_act_of_the_named() -> None:
    got = triples("The U.S. military said it struck Houthi targets in Yemen on Tuesday.")
    assert ("Houthis", "ASSAULT", "Yemen") not in got
    got = triples("Pakistan carried out strikes on Taliban targets in Afghanistan.")
    assert not any(s == "Taliban" for s, _, _ in got)


def test_hitting_named_targets_or_positions_is_an_attack() -> None:
    assert ("Israel", "ASSAULT", "Houthis") in triples(
        "Israeli jets hit Houthi targets in Yemen on Friday."
    )
    assert ("Russia", "ASSAULT", "Ukraine") in triples(
        "Russia hit Ukrainian positions near the border overnight."
    )


def test_a_bare_hit_is_no_attack() -> None:
    assert not triples("New sanctions hit Iran's economy hard, Tehran admitted.") & {
        ("Iran", "ASSAULT", "Iran")
    }
    got = triples("Western sanctions hit Russian banks last year.")
    assert not any(t == "ASSAULT" for _, t, _ in got)


def test_a_headline_verb_targets_still_attacks() -> None:
    got = triples("Israel targets Hezbollah commander in Beirut strike.")
    assert any(s == "Israel" and t == "ASSAULT" for s, t, _ in got)


def test_goods_received_from_a_state_are_its_aid() -> None:
    got = triples("Moldova received a new batch of air defence systems from Romania.")
    assert ("Romania", "AID", "Moldova") in got
    assert ("Zambia", "AID", "Malawi") in triples("Malawi has received vaccines from Zambia.")
    assert ("Romania", "AID", "Moldova") in triples("Moldova received fuel from Romania.")
    got = triples("Egypt received a phone call from Qatar's emir.")
    assert not any(t == "AID" for _, t, _ in got)


def test_downing_drones_is_the_launcher_s_attack_alone() -> None:
    got = triples("Moldova said its air defences had shot down 12 Russian drones overnight.")
    assert ("Russia", "ASSAULT", "Moldova") in got
    assert ("Moldova", "ASSAULT", "Russia") not in got


def test_downing_a_warplane_is_the_downer_s_attack() -> None:
    got = triples("Turkey shot down a Russian warplane near the Syrian border on Tuesday.")
    assert ("Türkiye", "ASSAULT", "Russia") in got


def test_the_killing_of_its_men_by_a_state_is_that_state_s_attack() -> None:
    got = triples("Pakistan vowed to avenge the killing of its soldiers by Afghanistan.")
    assert ("Afghanistan", "ASSAULT", "Pakistan") in got
    assert ("Pakistan", "ASSAULT", "Afghanistan") not in got
    got = triples("Jordan condemned the killing of its officer by Syria.")
    assert ("Syria", "ASSAULT", "Jordan") in got


def test_a_gerund_with_its_agent_right_after_by() -> None:
    got = triples("Jordan condemned the killing by Syria of its officer.")
    assert ("Syria", "ASSAULT", "Jordan") in got
    assert ("Jordan", "ASSAULT", "Syria") not in got
    got = triples("Peru condemned the shelling by Ecuador of Peruvian villages.")
    assert ("Ecuador", "ASSAULT", "Peru") in got
