"""Arabic expulsion and summons of envoys (session 17, S17-FRAME-AR2): "طرد سفير X لديها Y Z"
— the indefinite ambassador after the verbal noun of expulsion is its patient (lexicon rows
«طرد سفير»، «طرد سفيرة», as «طرد السفير»), not the doer of an expulsion of someone after
him; the state that decided expels him.  An envoy summoned "للاحتجاج" is the one summoned
(a stance noun's genitive before "لـ" is still its doer).  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_named_envoy_of_a_body_is_expelled_by_the_deciding_state() -> None:
    got = triples("قررت كندا، أمس الجمعة، طرد سفير حكومة الوفاق الليبية لديها علي محمد.")
    assert ("Canada", "SANCTION", "علي محمد") in got


def test_an_unnamed_envoy_expelled_is_his_state() -> None:
    got = triples("قررت كندا طرد سفير ليبيا لديها.")
    assert ("Canada", "SANCTION", "Libya") in got


def test_a_woman_ambassador_is_expelled_too() -> None:
    got = triples("وأعلنت الحكومة الكندية طرد سفيرة فنزويلا لديها.")
    assert ("Canada", "SANCTION", "Venezuela") in got


def test_an_envoy_summoned_to_protest_is_the_one_summoned() -> None:
    x = extracted("وأعلنت كندا استدعاء سفير ليبيا للاحتجاج على التصريحات.", "ar", date(2025, 6, 12))
    got = relation_triples(x, symmetric=False)
    assert any(s == "Canada" and t == "ACCUSE" for s, t, _ in got)


def test_a_condemnation_by_the_genitive_is_still_not_aimed_at_it() -> None:
    got = triples("وأكد البيان إدانة الكويت للهجوم الذي استهدف الحدود السعودية.")
    assert not any(s != "Kuwait" and o == "Kuwait" and t == "ACCUSE" for s, t, o in got)
