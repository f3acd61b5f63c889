"""English: a time inside a relative clause with no pronoun after the act ("the hostages it
seized on October 7", "the weapons they took in March") dates that clause's verb, not the
request or demand it hangs on; the act's own time still dates it."""

from __future__ import annotations

from datetime import date

from factories import relation_dates as _dates

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2024, 3, 2)


def _extract(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", published=PUB, text=text))


def test_a_reduced_relative_clause_time_does_not_date_the_request() -> None:
    x = _extract(
        "Qatar urged Hamas to free the hostages it seized in southern Israel on October 7."
    )
    assert _dates(x, RelationType.REQUEST) == [None]
    x = _extract("Kenya urged Somalia to return the weapons they took from its base in March.")
    assert _dates(x, RelationType.REQUEST) == [None]


def test_the_requests_own_time_still_dates_it() -> None:
    x = _extract("Qatar urged Hamas on Monday to free the hostages.")
    assert _dates(x, RelationType.REQUEST) == ["2024-02-26"]
