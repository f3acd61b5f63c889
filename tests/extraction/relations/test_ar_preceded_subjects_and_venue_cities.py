"""Arabic «سبق لـX أن <verb>», venue cities and the story pair (session 18, S18-FRAME-AR).

«وسبق لروسيا أن اتهمت واشنطن» (Russia had accused Washington before): the actor after
«سبق لـ» is the verb's subject, not the patient after the verb (word list
relations.preceded_ar).  A capital or city in construct after the noun of a gathering («قمة
القاهرة»، «مؤتمر برلين»; word list relations.venue_events_ar) names where it met, not whom a
speech act is about.  «الجانبان» after recent pairs that each acted once are the two states
the story is about, when they acted on each other three times or more.  Sentences written for
these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_the_actor_after_sabaqa_li_accuses() -> None:
    got = triples("وسبق لروسيا أن اتهمت الولايات المتحدة بدعم الجماعات المسلحة.")
    assert ("Russia", "ACCUSE", "United States") in got
    assert ("United States", "ACCUSE", "Russia") not in got


def test_the_actor_after_sabaqa_li_requests() -> None:
    got = triples("وسبق للعراق أن طالب تركيا بسحب قواتها من أراضيه.")
    assert ("Iraq", "REQUEST", "Türkiye") in got


def test_a_titled_person_after_sabaqa_li_visits() -> None:
    got = triples("وسبق للرئيس الفرنسي إيمانويل ماكرون أن زار الجزائر عام 2022.")
    assert ("Emmanuel Macron", "CONSULT", "Algeria") in got


def test_the_city_of_a_summit_is_not_warned() -> None:
    got = triples(
        "وكان الرئيس الفرنسي قد حذر، في كلمته أمام قمة القاهرة للسلام، من اتساع رقعة الحرب."
    )
    assert not any(o == "Egypt" for _, _, o in got)


def test_the_city_of_a_conference_is_no_patient_of_praise() -> None:
    got = triples("وأشاد وزير الخارجية الألماني بنتائج مؤتمر باريس حول لبنان.")
    assert not any(o == "France" for _, _, o in got)


def test_a_visit_to_a_capital_still_reaches_its_state() -> None:
    got = triples("وزار وزير الخارجية التركي القاهرة أمس.")
    assert any(t == "CONSULT" and o == "Egypt" for _, t, o in got)


def test_the_two_sides_are_the_story_pair_not_a_one_off_pair() -> None:
    # «الجانبين» after a sentence whose only pair acted once (a minister backing the UN):
    # the two states the story is about, that acted on each other three times before
    text = (
        "ووقعت مصر وإسبانيا مذكرة تفاهم في مجال الطاقة. وأشادت إسبانيا بدور مصر في المنطقة. "
        "ودعت مصر إسبانيا إلى زيادة استثماراتها.\n"
        "وتأتي الزيارة في إطار جولة إقليمية تشمل عدة دول.\n"
        "وأوضح الوزير أن بلاده تتابع التطورات في المنطقة باهتمام.\n"
        "وقال الوزير الإسباني: «نحن ندعم جهود الأمم المتحدة بكل قوة».\n"
        "وذكر بيان الوزارة أن الجانبين اتفقا على تعزيز التعاون الأمني في مجال مكافحة الإرهاب."
    )
    got = relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=True)
    assert any(t == "COOPERATE" and {s, o} == {"Egypt", "Spain"} for s, t, o in got)
    assert not any(t in ("AGREE", "COOPERATE") and o == "United Nations" for _, t, o in got)
