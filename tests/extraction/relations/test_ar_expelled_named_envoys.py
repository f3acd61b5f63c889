"""Arabic expulsion of a named envoy (session 17, S17-FRAME-AR2): "طرد سفير X لديها Y Z"
— the indefinite ambassador after the verbal noun of expulsion is its patient (lexicon rows
«طرد سفير»، «طرد سفيرة», as «طرد السفير»), not the doer of an expulsion of someone after
him; the state that decided expels him.  Sentences written for these tests.
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
