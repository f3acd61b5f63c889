"""Arabic speakers the linker missed after a title (session 18, S18-SPKLINK).

A name after a title ends before a stance noun with its pronoun whose object opens with a
quantifier ("رفضه أي اتفاق"، "إدانتها كل"), and before a definite document or act the titled
subject signs, calls or rejects ("المذكرة"، "المبادرة": cue=noun rows of cues.tsv); a common
given name in ة the list lacked ("عقيلة") opens a name after a title with no state.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted

from kg.models import EntityType

_DAY = datetime.date(2025, 6, 12)


def _people(text: str, lang: str) -> list[str]:
    x = extracted(text, lang, _DAY)
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def test_ar_name_ends_before_a_stance_noun_and_its_quantified_object() -> None:
    text = "وأعلن رئيس مجلس النواب سمير حداد رفضه أي اتفاق توقعه الحكومة المؤقتة."
    assert "سمير حداد" in _people(text, "ar")


def test_ar_unknown_first_name_ends_before_a_stance_noun_and_its_quantified_object() -> None:
    text = "وأعلنت وزيرة الخارجية الليبية سوزان كريستوفر رفضها أي تدخل في شؤون بلادها."
    assert "سوزان كريستوفر" in _people(text, "ar")


def test_ar_name_ends_before_a_definite_memorandum() -> None:
    text = "ووصف رئيس الحكومة المؤقتة كريم ناصيف المذكرة بأنها «باطلة»."
    people = _people(text, "ar")
    assert "كريم ناصيف" in people
    assert not any("المذكرة" in p for p in people)


def test_ar_name_ends_before_a_definite_initiative() -> None:
    text = "وانتقد رئيس الوزراء الأسبق فؤاد منصور المبادرة الجديدة في مؤتمر صحافي."
    people = _people(text, "ar")
    assert "فؤاد منصور" in people
    assert not any("المبادرة" in p for p in people)


def test_ar_given_name_in_ta_opens_a_name_after_a_bare_title() -> None:
    text = "وأعلن رئيس مجلس النواب عقيلة منصور رفضه أي حكومة لا ينالها ثقة المجلس."
    assert "عقيلة منصور" in _people(text, "ar")


def test_ar_stance_noun_with_a_quantifier_stays_the_verbs_object() -> None:
    text = "وأكد وزير الخارجية الأردني أيمن الصفدي إدانته كل أشكال العنف ضد المدنيين."
    people = _people(text, "ar")
    assert not any("إدانته" in p for p in people)
