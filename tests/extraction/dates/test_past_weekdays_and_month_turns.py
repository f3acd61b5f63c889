"""A weekday right before a verb in the simple past dates that past act, even when the act
brings in a plan ("on Tuesday sent X a letter inviting him to talks"); "earlier this month"
in a story dated the 1st is the month that just ended."""

from __future__ import annotations

from datetime import date

from factories import relation_dates as _dates

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType


def _extract(text: str, pub: date) -> Extraction:
    return extract(Article(id="t", lang="en", published=pub, text=text))


def test_a_weekday_before_a_past_verb_is_the_past_one_even_for_an_invitation() -> None:
    x = _extract(
        "President Erdogan on Tuesday sent Greek Prime Minister Kyriakos Mitsotakis a letter "
        "inviting him to Ankara for talks.",
        date(2024, 3, 2),
    )
    assert _dates(x, RelationType.CONSULT) == ["2024-02-27"]


def test_a_weekday_of_a_planned_trip_is_still_the_coming_one() -> None:
    x = _extract(
        "President Erdogan will travel to Athens on Tuesday for talks with Greek Prime "
        "Minister Kyriakos Mitsotakis.",
        date(2024, 3, 2),
    )
    assert set(_dates(x, RelationType.CONSULT)) == {"2024-03-05"}


def test_earlier_this_month_on_the_first_is_the_month_that_ended() -> None:
    text = "Turkey suspended trade with Israel earlier this month, officials said."
    assert _dates(_extract(text, date(2024, 3, 1)), RelationType.SANCTION) == ["2024-02"]
    # guard: later in the month it is the month of publication
    assert _dates(_extract(text, date(2024, 3, 12)), RelationType.SANCTION) == ["2024-03"]


def test_a_deed_in_an_irregular_simple_past_goes_on_the_days_story() -> None:
    x = _extract(
        "Armenia and Azerbaijan agreed on Saturday to reopen transport links. Foreign "
        "Ministers Ararat Mirzoyan and Jeyhun Bayramov put their signatures to the "
        "declaration in Washington.",
        date(2024, 6, 15),
    )
    assert _dates(x, RelationType.AGREE) == ["2024-06-15", "2024-06-15"]
