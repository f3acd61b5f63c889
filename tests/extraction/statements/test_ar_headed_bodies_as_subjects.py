"""Arabic: a body that speaks, then its seat and its head ("حكومة الوفاق الوطني في
طرابلس برئاسة X"، "المجلس الرئاسي برئاسة X"): the seat and the head are part of the
subject, so the content starts after them and the remarks it judges ("تصريحات Y
«...»") are its object, no statement of Y's.  Fresh news-style sentences written for
these tests."""

from __future__ import annotations

from datetime import date

from factories import said

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", text=text, published=date(2025, 3, 4)))


def test_ar_body_in_its_seat_headed_by_an_unlinked_name_judges_the_remarks() -> None:
    x = run(
        "واعتبرت حكومة الوفاق الوطني في طرابلس برئاسة فايز السراج تصريحات الرئيس المصري "
        "عبد الفتاح السيسي «تدخلاً سافراً» في الشؤون الليبية."
    )
    assert [who for who, _ in said(x)] == ["Government of National Accord"]
    assert not said(x)[0][1].startswith("طرابلس")


def test_ar_body_headed_by_a_linked_person_judges_the_remarks() -> None:
    x = run(
        "واعتبر المجلس الرئاسي الليبي برئاسة محمد المنفي تصريحات رئيس الوزراء الإيطالي «مرفوضة»."
    )
    assert len(said(x)) == 1
    assert not said(x)[0][1].startswith("برئاسة")
