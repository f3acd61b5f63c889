"""A state adjective of a land noun is no agent, session 17 (S17-RPREC): "استخدام
الأراضي الأفغانية لتهديد أمن باكستان", "باستخدام الأراضي السورية منطلقاً للهجمات ضد
تركيا", "militants use Afghan soil to attack Pakistan" tell where an act comes from, not
that the land's state acts; the land's state stays the patient of an act on it.  Fresh
news-style sentences."""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, lang, date(2025, 6, 12)), symmetric=False)


def test_ar_land_used_to_threaten_is_no_threat_of_its_state() -> None:
    got = triples(
        "وتعهدت الحركة بمنع أي جماعة من استخدام الأراضي الأفغانية لتهديد أمن باكستان.", "ar"
    )
    assert ("Afghanistan", "THREATEN", "Pakistan") not in got


def test_ar_land_as_a_launch_pad_is_no_attacker() -> None:
    got = triples(
        "وقال الرئيس التركي إن أنقرة لن تسمح لأي جماعة باستخدام الأراضي السورية منطلقاً "
        "للهجمات ضد تركيا.",
        "ar",
    )
    assert ("Syria", "ASSAULT", "Türkiye") not in got


def test_en_soil_used_to_attack_is_no_attacker() -> None:
    got = triples("Islamabad says militants use Afghan soil to attack Pakistan.", "en")
    assert ("Afghanistan", "ASSAULT", "Pakistan") not in got


def test_ar_raids_on_a_states_land_keep_it_as_patient() -> None:
    got = triples("وشنت القوات الإسرائيلية غارات على الأراضي السورية أمس.", "ar")
    assert ("Israeli Armed Forces", "ASSAULT", "Syria") in got
