"""Arabic relations found on fresh wire-style text (session 5, helper S5-H12):
congratulations, a "بين البلدين" phrase that closes an earlier noun, the helpers of a
deal, money grants and pledges, and ending a treaty."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def _run(text: str) -> Extraction:
    return extracted(text, "ar", date(2024, 6, 3))


def _rels(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def _modality(x: Extraction, rtype: str) -> set[str]:
    return {r.modality.value for r in x.relations if r.type.value == rtype}


def test_congratulation_verb_is_support() -> None:
    x = _run("هنأ الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ بإعادة انتخابه.")
    assert ("Vladimir Putin", "SUPPORT", "Xi Jinping") in _rels(x)
    x = _run("وهنأت اليابان كوريا الجنوبية على نجاح القمة الثلاثية.")
    assert ("Japan", "SUPPORT", "South Korea") in _rels(x)


def test_here_is_no_congratulation() -> None:
    # "هنا" (here) folds like "هنأ": without its hamza it is no verb
    x = _run("وقال وزير الخارجية الإيراني عباس عراقجي هنا الهند شريك مهم.")
    assert not any(r.type.value == "SUPPORT" for r in x.relations)


def test_holiday_greeting_is_no_stance() -> None:
    x = _run("هنأ الرئيس الإيراني الرئيس العراقي بمناسبة عيد الفطر.")
    assert not any(r.type.value == "SUPPORT" for r in x.relations)


def test_pair_of_an_earlier_noun_does_not_wage_the_war() -> None:
    x = _run("أجرت اليونان وتركيا أول محادثات عسكرية بين البلدين منذ الحرب، في أنقرة يوم الاثنين.")
    assert not any(r.type.value == "ASSAULT" for r in x.relations)
    assert ("Greece", "CONSULT", "Türkiye") in _rels(x) or (
        "Türkiye",
        "CONSULT",
        "Greece",
    ) in _rels(x)


THE_RELATION_IS_READ_CASES = [
    pytest.param(
        "اندلعت الحرب بين إثيوبيا وإريتريا عام 1998.",
        ("Ethiopia", "ASSAULT", "Eritrea"),
        id="war_between_the_two_named_after_it_is_kept",
    ),
    pytest.param(
        "ألغت بوركينا فاسو معاهدة الدفاع مع فرنسا يوم الجمعة.",
        ("Burkina Faso", "SANCTION", "France"),
        id="ending_a_treaty_stays_a_sanction",
    ),
    pytest.param(
        "وتم تبادل الأسرى بين باكستان والهند عبر معبر واغا.",
        ("Pakistan", "CONCEDE", "India"),
        id="verbal_noun_after_took_place_is_no_verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_RELATION_IS_READ_CASES)
def test_the_relation_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _rels(_run(text))


def test_helpers_of_a_deal_are_not_its_parties() -> None:
    x = _run("وأشاد رئيس الوزراء البريطاني بقطر والنرويج على جهودهما في إنجاز صفقة تبادل الأسرى.")
    assert not any(r.type.value == "AGREE" for r in x.relations)


def test_money_grant_is_aid_and_a_pledge_is_intended() -> None:
    x = _run("قدمت الكويت 15 مليون دولار إلى اليمن لمكافحة وباء الكوليرا.")
    assert ("Kuwait", "AID", "Yemen") in _rels(x)
    x = _run("تعهدت فرنسا بتقديم مساعدات إنسانية إلى لبنان خلال مؤتمر باريس.")
    assert ("France", "AID", "Lebanon") in _rels(x)
    assert _modality(x, "AID") == {"intended"}


def test_given_aid_stays_asserted() -> None:
    x = _run("أرسلت تركيا مساعدات إنسانية إلى سوريا بعد الزلزال.")
    assert ("Türkiye", "AID", "Syria") in _rels(x)
    assert _modality(x, "AID") == {"asserted"}


def test_prisoner_exchange_is_a_mutual_concession() -> None:
    x = _run("تبادلت أرمينيا وأذربيجان 32 أسيرا يوم الأربعاء على الحدود بين البلدين.")
    assert {("Armenia", "CONCEDE", "Azerbaijan"), ("Azerbaijan", "CONCEDE", "Armenia")} <= _rels(x)
    x = _run("ورحبت الأمم المتحدة بتبادل الأسرى بين إثيوبيا وإريتريا.")
    assert ("Ethiopia", "CONCEDE", "Eritrea") in _rels(x)


def test_joint_exercises_with_an_adjective_are_cooperation() -> None:
    x = _run("أجرت الهند وفرنسا مناورات بحرية مشتركة في المحيط الهندي.")
    assert {(s, o) for s, t, o in _rels(x) if t == "COOPERATE"} & {
        ("India", "France"),
        ("France", "India"),
    }


def test_accusations_exchanged_stay_accusations() -> None:
    x = _run("وتبادلت باكستان والهند الاتهامات بشأن الهجوم.")
    assert ("Pakistan", "ACCUSE", "India") in _rels(x)
    assert not any(r.type.value == "CONCEDE" for r in x.relations)


def test_any_act_is_hypothetical() -> None:
    x = _run("وقالت كوريا الشمالية إن أي هجوم أمريكي على أراضيها سيواجه برد ساحق.")
    assert _modality(x, "ASSAULT") == {"hypothetical"}


def test_reported_act_stays_asserted() -> None:
    x = _run("وشنت الولايات المتحدة هجوما جويا على مواقع في سوريا يوم الأحد.")
    assert ("United States", "ASSAULT", "Syria") in _rels(x)
    assert _modality(x, "ASSAULT") == {"asserted"}


def test_suspended_cooperation_pact_is_no_cooperation() -> None:
    x = _run("علقت بوروندي اتفاقية التعاون الأمني مع رواندا يوم الخميس.")
    assert ("Burundi", "SANCTION", "Rwanda") in _rels(x)
    assert not any(r.type.value == "COOPERATE" for r in x.relations)


def test_signed_cooperation_pact_keeps_cooperation() -> None:
    x = _run("ووقعت السنغال وموريتانيا اتفاقية التعاون في مجال الطاقة.")
    assert {t for _, t, _ in _rels(x)} >= {"AGREE", "COOPERATE"}


def test_mediator_named_after_the_verb_deals_with_each_party() -> None:
    x = _run("وتوسطت سويسرا بين أرمينيا وتركيا في زيورخ عام 2009.")
    assert {("Switzerland", "CONSULT", "Armenia"), ("Switzerland", "CONSULT", "Türkiye")} <= _rels(
        x
    )
    x = _run("وتتوسط الكويت بين السعودية وقطر منذ بداية الأزمة.")
    assert {("Kuwait", "CONSULT", "Saudi Arabia"), ("Kuwait", "CONSULT", "Qatar")} <= _rels(x)


def test_mediation_noun_keeps_the_pair() -> None:
    x = _run("وأعلنت الإمارات نجاح وساطة بين روسيا وأوكرانيا أسفرت عن تبادل جثث الجنود.")
    pairs = {frozenset((s, o)) for s, t, o in _rels(x) if t == "CONSULT"}
    assert frozenset(("Russia", "Ukraine")) in pairs
