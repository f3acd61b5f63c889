"""The mediator of a deal meets each party when the deal was brokered: a time told right
before the mediation phrase, in the clause that tells the brokering, dates the mediator's
meetings, not the time of the main clause the deal is told in."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2024, 5, 2)


def _extract(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=PUB, text=text))


def _mediator_dates(x: Extraction) -> list[str | None]:
    names = {e.id: e.label for e in x.entities}
    return [
        r.date
        for r in x.relations
        if r.type is RelationType.CONSULT and names.get(r.subject) == "Qatar"
    ]


def test_a_mediator_meets_the_parties_when_the_deal_was_brokered_ar() -> None:
    x = _extract(
        "ومن المقرر أن تنفذ أرمينيا وأذربيجان مطلع الشهر الجاري صفقة لتبادل الأسرى جرى "
        "الاتفاق عليها في الدوحة الشهر الماضي بوساطة قطرية.",
        "ar",
    )
    assert _mediator_dates(x) == ["2024-04", "2024-04"]


def test_a_mediation_phrase_with_no_time_before_it_keeps_the_acts_date_ar() -> None:
    x = _extract("وتنفذ أرمينيا وأذربيجان اليوم صفقة لتبادل الأسرى بوساطة قطرية.", "ar")
    assert _mediator_dates(x) == ["2024-05-02", "2024-05-02"]
