"""Arabic attacks on an actor's members, units or positions (session 18, S18-FRAME-AR).

"على/ضد <target noun> <actor>" names whose positions are hit; a noun of the actor's members or
units may stand before it or in the target noun's place («على مواقع مسلحي الحزب»، «ضد مقاتلي
حزب العمال»، «على وحدات للجيش اليمني»; word list relations.target_members_ar), and adjuncts
may stand between the verb's subject and the preposition («تشن تركيا منذ سنوات حملات عسكرية
على ...»).  The owner is the patient, not the state or place the targets are in.  Sentences
written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_campaign_on_the_positions_of_a_groups_fighters() -> None:
    got = triples(
        "وتشن تركيا منذ سنوات حملات عسكرية على مواقع مسلحي حزب العمال الكردستاني في شمال العراق."
    )
    assert ("Türkiye", "ASSAULT", "Kurdistan Workers' Party") in got


def test_an_operation_against_a_groups_fighters_is_no_attack_on_the_host_state() -> None:
    got = triples(
        "وتنفذ تركيا منذ أبريل الماضي عملية عسكرية ضد مقاتلي حزب العمال الكردستاني في شمال العراق."
    )
    assert ("Türkiye", "ASSAULT", "Kurdistan Workers' Party") in got
    assert ("Türkiye", "ASSAULT", "Iraq") not in got


def test_raids_on_units_of_an_army_after_li() -> None:
    got = triples("وشنت طائرات إماراتية غارات على وحدات للجيش اليمني قرب عدن.")
    assert any(t == "ASSAULT" and o == "Yemeni Armed Forces" for _, t, o in got)


def test_a_state_named_before_the_preposition_keeps_the_default_search() -> None:
    got = triples("وقصفت إسرائيل مواقع لحزب الله في جنوب لبنان.")
    assert ("Israel", "ASSAULT", "Hezbollah") in got


def test_a_speech_act_on_members_is_left_alone() -> None:
    got = triples("وأدانت مصر الهجوم على عناصر قوات حفظ السلام في مالي.")
    assert not any(s == "Egypt" and t == "ASSAULT" for s, t, _ in got)
