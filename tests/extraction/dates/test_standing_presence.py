"""A presence told in the present tense is a standing state: no time of another clause
(the pact it rests on, a relative clause on its subject) dates it; a time of its own, a
"since" right after it and a past deployment keep theirs."""

from __future__ import annotations

from datetime import date

from factories import relation_dates as _dates

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2024, 5, 2)


def _extract(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=PUB, text=text))


def test_a_present_presence_takes_no_time_of_the_pact_it_rests_on_ar() -> None:
    x = _extract(
        "وتحتفظ فرنسا بقوات في تشاد بموجب اتفاق دفاعي أبرمته مع نجامينا في العام 2019.", "ar"
    )
    assert _dates(x, RelationType.PRESENCE) == [None]


def test_a_present_presence_takes_no_time_of_a_relative_clause_on_its_subject_en() -> None:
    x = _extract(
        "France, which signed a defence pact with Chad in 2019, keeps about 1,000 troops in Chad.",
        "en",
    )
    assert _dates(x, RelationType.PRESENCE) == [None]
    assert _dates(x, RelationType.AGREE) == ["2019"]  # the pact keeps its year


def test_a_since_right_after_a_present_presence_is_its_start() -> None:
    x = _extract("وتحتفظ روسيا بقوات في أرمينيا منذ عام 1995.", "ar")
    assert _dates(x, RelationType.PRESENCE) == ["1995"]
    x = _extract("Russia has kept troops in Armenia since 1995.", "en")
    assert _dates(x, RelationType.PRESENCE) == ["1995"]


def test_a_past_deployment_keeps_its_time() -> None:
    x = _extract("ونشرت فرنسا ألف جندي في تشاد في آذار الماضي.", "ar")
    assert _dates(x, RelationType.PRESENCE) == ["2024-03"]
