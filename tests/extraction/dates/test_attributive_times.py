"""English: a time that modifies a noun after a determiner ("the September 2023 offensive")
dates what the noun names, not a word said about it: an accusation over it stays undated;
the deed the noun names, and a time of the accusation itself, keep theirs."""

from __future__ import annotations

from datetime import date

from factories import relation_dates as _dates

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2024, 6, 15)


def _extract(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", published=PUB, text=text))


def test_an_accusation_over_a_dated_noun_is_not_dated_by_it() -> None:
    x = _extract("Armenia blamed Azerbaijan for the September 2023 offensive, officials said.")
    assert _dates(x, RelationType.ACCUSE) == [None]


def test_the_accusations_own_time_and_the_deeds_time_stay() -> None:
    x = _extract("Armenia blamed Azerbaijan in September 2023 for the offensive.")
    assert _dates(x, RelationType.ACCUSE) == ["2023-09"]
    x = _extract(
        "Azerbaijan launched the September 2023 offensive against Armenia, officials said."
    )
    assert _dates(x, RelationType.ASSAULT) == ["2023-09"]
