"""When a statement was made is not the past time that closes what it is about.

"He thanked X for its help since the floods in March 2021" was said on the day of the report,
not in March 2021; "welcomed the decision on Wednesday" was said on Wednesday.
"""

from __future__ import annotations

import datetime

from kg.extractors import extract
from kg.models import Article

PUB = datetime.date(2024, 6, 14)


def _dates(text: str, lang: str = "en") -> dict[str, str | None]:
    x = extract(Article(id="t", lang=lang, published=PUB, text=text))
    return {q.text: q.date for q in x.quotes}


def test_a_past_month_and_year_closing_the_object_is_not_when_it_was_said() -> None:
    got = _dates(
        "Kenyan President William Ruto thanked Ethiopia for its help since the floods "
        "began in March 2021."
    )
    assert got, "the thanks is a statement"
    assert all(d is None or not d.startswith("2021") for d in got.values())


def test_a_weekday_closing_the_object_is_still_when_it_was_said() -> None:
    got = _dates("Egypt's foreign ministry welcomed the Security Council decision on Wednesday.")
    assert "2024-06-12" in got.values()
