"""Relation arguments at clause edges: time phrases are no patients, and state
institutions named with a state adjective act for that state."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 1, 17)))


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    return {
        (x.entity(r.subject).label, r.type.value, x.entity(r.object).label) for r in x.relations
    }


def test_an_actor_inside_a_since_phrase_is_not_the_patient() -> None:
    x = run(
        "Zelenskiy thanked Britain for its help since the start of Russia's full-scale "
        "invasion in February 2022.",
        "en",
    )
    assert ("United Kingdom", "AID", "Russia") not in triples(x)
    assert ("Volodymyr Zelenskyy", "SUPPORT", "United Kingdom") in triples(x)


def test_an_arabic_actor_inside_a_mundhu_phrase_is_not_the_patient() -> None:
    x = run(
        "وشكر الرئيس الأوكراني فولوديمير زيلينسكي بريطانيا على دعمها منذ بدء الغزو الروسي.", "ar"
    )
    assert not any(t[2] == "Russia" for t in triples(x))


def test_a_royal_court_named_by_its_state_is_an_organisation_of_that_state() -> None:
    x = run("ورحب الديوان الملكي المغربي بالرسالة، وقال إن العلاقات متينة.", "ar")
    court = next(e for e in x.entities if e.type.value == "Organization")
    assert court.state is not None and x.entity(court.state).label == "Morocco"
    assert x.quotes and x.quotes[0].speaker == court.id
