"""Arabic backing with arms, fighters or money (session 18, S18-FRAME-AR): «دعم X بـ<arms>»
(«دعمت أنقرة حكومة الوفاق بطائرات مسيرة ومستشارين»، «بآلاف الجنود»; word list
relations.backing_means_ar) is aid given, not only support voiced.  Sentences written for these
tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_backing_a_government_with_drones_is_aid() -> None:
    got = triples("وكانت أنقرة قد دعمت حكومة «الوفاق» بطائرات مسيّرة ومستشارين عسكريين.")
    assert ("Türkiye", "AID", "Government of National Accord") in got
    assert ("Türkiye", "SUPPORT", "Government of National Accord") not in got


def test_backing_with_thousands_of_soldiers_is_aid() -> None:
    got = triples("وقالت الأمم المتحدة إن إيران تدعم الحوثيين بآلاف المقاتلين والصواريخ.")
    assert ("Iran", "AID", "Houthis") in got


def test_backing_strongly_stays_support() -> None:
    got = triples("وأكدت قطر أنها تدعم السودان بقوة في هذه المرحلة.")
    assert ("Qatar", "SUPPORT", "Sudan") in got
    assert not any(t == "AID" for _, t, _ in got)
