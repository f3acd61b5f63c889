"""Arabic circumstantial participle phrases (session 18, S18-FRAME-AR): a lexicon phrase opened
by a participle and set off by a comma («، محمّلة إسرائيل مسؤولية»، «، ملقيا باللائمة على»)
acts with the subject of the clause before it, as a one-word participle does («، متهمة»),
also when that clause is pluperfect and reports no statement.  Sentences written for these
tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_holding_a_state_responsible_after_a_recall() -> None:
    got = triples(
        "وكانت الحكومة الأردنية قد استدعت سفيرها للتشاور الشهر الماضي احتجاجاً على استمرار "
        "احتجاز المواطنين، محمّلة إسرائيل مسؤولية سلامتهما."
    )
    assert ("Jordan", "ACCUSE", "Israel") in got


def test_laying_the_blame_after_a_condemnation() -> None:
    got = triples("وأدان العراق القصف الذي استهدف منتجعا سياحيا، ملقيا باللائمة على تركيا.")
    assert ("Iraq", "ACCUSE", "Türkiye") in got


def test_a_phrase_not_opened_by_a_participle_is_no_circumstantial() -> None:
    got = triples("وقال الرئيس إن بلاده لن تتنازل، كافة الخيارات مطروحة تجاه إيران.")
    assert not any(s == "Iran" for s, _, _ in got)
