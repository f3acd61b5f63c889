"""A bare definite government noun right before a state's name (session 17,
S17-FRAME-AR2): a definite noun stands in no construct, so "وطالبت الحكومة أنقرة" is the
government named before asking Ankara, and "بين الحكومة والحركة" pairs that government
with the movement; "الحكومة السورية" (a state adjective) stays the linker's one mention.
Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 3, 4)), symmetric=False)


def test_a_bare_government_asks_the_capital_named_after_it() -> None:
    got = triples("أعلنت الحكومة العراقية رفضها القصف التركي. وطالبت الحكومة أنقرة بسحب قواتها.")
    assert ("Iraq", "REQUEST", "Türkiye") in got


def test_a_bare_government_condemns_the_state_named_after_it() -> None:
    got = triples(
        "رحبت الحكومة الليبية بالمبادرة الأممية. وأدانت الحكومة مصر لاستقبالها وفدا من الشرق."
    )
    assert ("Libya", "ACCUSE", "Egypt") in got


def test_a_government_with_its_adjective_stays_one_mention() -> None:
    got = triples("وطالبت الحكومة السورية أنقرة بسحب قواتها.")
    assert got == {("Syria", "REQUEST", "Türkiye")}


def test_an_indefinite_government_before_a_state_is_its_genitive() -> None:
    got = triples("وطالبت حكومة مالي فرنسا بسحب قواتها.")
    assert ("Mali", "REQUEST", "France") in got
