"""Arabic "the two sides" after a host met both (session 17, S17-FRAME-AR2): when the one
who calls on "الطرفين" met two sides named together before ("التقى الوزير ممثلين عن X
وY"), the call goes to those two, not to his own side and one of them; a bare definite
title between the verb and the anaphor ("ودعا الوزير الطرفين إلى") is the subject, and
the anaphor after it the object.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples

_MET = "التقى وزير الخارجية المصري في القاهرة ممثلين عن حكومة الوفاق الليبية والجيش الوطني الليبي. "


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_bare_title_before_the_two_sides_calls_on_both() -> None:
    got = triples(_MET + "ودعا الوزير الطرفين إلى الحوار.")
    requests = {(s, o) for s, t, o in got if t == "REQUEST"}
    assert requests == {
        ("Badr Abdelatty", "Government of National Accord"),
        ("Badr Abdelatty", "Libyan National Army"),
    }


def test_the_hosts_state_calls_on_the_two_it_met() -> None:
    got = triples(_MET + "ودعت مصر الطرفين إلى الحوار.")
    assert ("Egypt", "REQUEST", "Government of National Accord") in got
    assert ("Egypt", "REQUEST", "Libyan National Army") in got
    assert ("Egypt", "REQUEST", "Libya") not in got


def test_two_sides_that_fought_are_still_the_pair_called_on() -> None:
    got = triples(
        "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم. "
        "ودعت السعودية الطرفين إلى وقف القتال."
    )
    assert ("Saudi Arabia", "REQUEST", "Sudanese Armed Forces") in got
    assert ("Saudi Arabia", "REQUEST", "Rapid Support Forces") in got
