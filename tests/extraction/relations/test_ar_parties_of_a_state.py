"""Arabic «الأطراف <nisba> كافة» / «جميع الأطراف <nisba>» (session 18, S18-FRAME-AR): the
parties of a state's conflict are the bodies of that state, and its government, named before
in the article (word lists relations.parties_ar, relations.all_of_ar, relations.government_ar);
a request to them is one to each, and the phrase is no subject of the verb before it.  A state
named as a place («في ليبيا») or by its capital is no party.  Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from factories import extracted, relation_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return relation_triples(extracted(text, "ar", date(2025, 6, 12)), symmetric=False)


def test_a_call_on_all_the_parties_of_a_state_reaches_each() -> None:
    got = triples(
        "واندلعت اشتباكات في عدن بين قوات الحكومة اليمنية والمجلس الانتقالي الجنوبي. "
        "ودعا وزير الخارجية المصري بدر عبد العاطي الأطراف اليمنية كافة إلى وقف القتال."
    )
    assert ("Badr Abdelatty", "REQUEST", "Southern Transitional Council") in got
    assert ("Badr Abdelatty", "REQUEST", "Yemen") in got
    assert not any(s == "Yemen" and t == "REQUEST" for s, t, _ in got)


def test_all_the_parties_after_jami() -> None:
    got = triples(
        "ووقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي اتفاقا في الرياض. "
        "وحث الأمين العام للأمم المتحدة جميع الأطراف اليمنية على تنفيذ الاتفاق."
    )
    assert any(t == "REQUEST" and o == "Southern Transitional Council" for _, t, o in got)
    assert any(t == "REQUEST" and o == "Yemen" for _, t, o in got)


def test_a_state_named_only_as_a_place_is_no_party() -> None:
    got = triples(
        "ويواصل المجلس الانتقالي الجنوبي تعزيز مواقعه في اليمن. "
        "ودعا وزير الخارجية المصري بدر عبد العاطي الأطراف اليمنية كافة إلى وقف القتال."
    )
    assert ("Badr Abdelatty", "REQUEST", "Yemen") not in got
