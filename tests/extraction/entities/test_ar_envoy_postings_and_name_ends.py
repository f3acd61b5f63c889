"""Arabic envoys posted to the wire's own country and where their names end (session 17,
S17-FRAME-AR2).  "سفير X لدى البلاد Y Z" (or "لدى الدولة") names the ambassador Y Z after
his posting, also as a verb's object; a name ends before a stance noun with its pronoun and
its preposition ("احتجاجها على"، "استياءه من") and before the complement of a declaration
("شخصا غير مرغوب فيه").  Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted, relation_triples

from kg.models import EntityType


def _people(text: str) -> list[str]:
    x = extracted(text, "ar", datetime.date(2025, 6, 12))
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def test_an_ambassador_posted_here_is_named_after_his_posting() -> None:
    people = _people(
        "وأبلغت وزارة الخارجية الكويتية سفير جمهورية مصر العربية لدى البلاد أحمد سمير "
        "الجارحي رسالة احتجاج."
    )
    assert "أحمد سمير الجارحي" in people


def test_an_ambassador_posted_to_the_federation_is_named_too() -> None:
    people = _people(
        "استدعت وزارة الخارجية الإماراتية سفير جمهورية الهند لدى الدولة سنجاي سودير، "
        "وسلمته مذكرة احتجاج."
    )
    assert any(p.startswith("سنجاي سودير") for p in people)


def test_a_name_ends_before_a_protest_with_its_pronoun() -> None:
    people = _people(
        "وأبلغت وزارة الخارجية الكويتية سفير جمهورية مصر العربية لدى البلاد أحمد سمير "
        "الجارحي احتجاجها على التصريحات."
    )
    assert "أحمد سمير الجارحي" in people


def test_a_name_ends_before_persona_non_grata() -> None:
    text = (
        "وقررت قطر اعتبار سفير جمهورية إندونيسيا لدى دولة قطر رضوان هادي سانتوسو "
        "شخصا غير مرغوب فيه."
    )
    assert "رضوان هادي سانتوسو" in _people(text)
    got = relation_triples(extracted(text, "ar", datetime.date(2025, 6, 12)), symmetric=False)
    assert ("Qatar", "SANCTION", "Indonesia") in got


def test_a_short_surname_in_ha_before_a_preposition_stays() -> None:
    people = _people(
        "وقال المبعوث الأممي إلى ليبيا عبد الله نزيه على هامش الاجتماع إن الأطراف متفقة."
    )
    assert "عبد الله نزيه" in people
