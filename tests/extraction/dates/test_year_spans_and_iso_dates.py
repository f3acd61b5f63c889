"""Event dates of relations, session 11: spans of years, dates written in ISO form in
Arabic text, "a fortnight ago", a time right next to its act, a relative clause's time
in the story of the day, and what a pact provides dated by the pact (S11-DATES).

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extractors.dates import find_times
from kg.extractors.pipeline import extract
from kg.extractors.text import fold
from kg.models import Article, Extraction


def _times(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    norm = fold(text) if lang == "ar" else text
    pub = dt.date.fromisoformat(published)
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


def _rels(lang: str, published: str, text: str) -> set[tuple[str, str, str, str | None]]:
    x: Extraction = extract(Article(id="t", lang=lang, published=published, text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object], r.date) for r in x.relations}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The Iran-Iraq war (1980-1988) left hundreds of thousands dead.", "1980"),
        ("en", "The two states fought a border war between 1998 and 2000.", "1998"),
        ("en", "The 2014 \u2013 2016 talks in Geneva produced no deal.", "2014"),
        ("ar", "وكانت الحرب الأهلية اللبنانية (1975 - 1990) قد أودت بحياة الآلاف.", "1975"),
        ("ar", "خاض البلدان حربا حدودية (1998-2000) انتهت باتفاق سلام.", "1998"),
    ],
)
def test_a_span_of_years_dates_by_its_first_year(lang: str, text: str, value: str) -> None:
    assert value in [v for _, v in _times(text, lang, "2024-05-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The 2000-1998 figures were revised.",  # runs backwards
        "Records from 1900-2020 were lost.",  # over fifty years: no act's span
    ],
)
def test_no_span_runs_backwards_or_over_half_a_century(text: str) -> None:
    assert not [v for _, v in _times(text, "en", "2024-05-01") if v in ("1900", "2000")]


def test_an_arabic_iso_date_keeps_its_day() -> None:
    # "في 2024-05-12" was read as the year alone
    assert ("2024-05-12", "2024-05-12") in _times(
        "وقعت الحكومة الاتفاق في 2024-05-12 بحضور الوسطاء.", "ar", "2024-05-20"
    )


def test_a_fortnight_ago_is_two_weeks_back() -> None:
    got = _times("The minister visited Ankara a fortnight ago.", "en", "2025-03-10")
    assert ("a fortnight ago", "2025-02") in got


def test_a_time_right_before_the_act_dates_it() -> None:
    # a release demand coded by its own rule took no time: the day next to the verb
    rels = _rels(
        "en",
        "2024-03-09",
        "N'DJAMENA, March 9 (Reuters) - Chad's transitional government on Friday "
        "demanded the immediate release of two Chadian soldiers detained in Sudan.",
    )
    assert ("Chad", "REQUEST", "Sudan", "2024-03-08") in rels


def test_a_relative_clause_time_leaves_the_story_day_to_the_act() -> None:
    # "who had been arrested ... in March" is the arrest's time, not the release's
    rels = _rels(
        "en",
        "2018-08-17",
        "Erdogan's spokesman spoke with reporters on Thursday. Turkey released two Greek "
        "soldiers, who had been arrested at the border in March.",
    )
    assert ("Türkiye", "CONCEDE", "Greek Armed Forces", "2018-08-16") in rels


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Armenia and Azerbaijan signed a peace treaty in Washington on Wednesday. Under "
            "the treaty, Azerbaijan will withdraw its forces from Armenian territory.",
            ("Azerbaijan", "RETREAT", "Armenia", "2024-06-05"),
        ),
        (
            "Serbia and Kosovo signed a deal on Tuesday to normalise ties. Under the deal, "
            "Serbia will withdraw its troops from the border and Kosovo will free detained Serbs.",
            ("Serbia", "RETREAT", "Kosovo", "2024-06-04"),
        ),
    ],
)
def test_what_a_pact_provides_takes_the_pact_date(
    text: str, want: tuple[str, str, str, str]
) -> None:
    assert want in _rels("en", "2024-06-07", text)


def test_a_provision_with_no_pact_coded_takes_the_day_the_pact_was_told() -> None:
    doc = (
        "جرت اليوم الأحد في نيروبي مراسم التوقيع على اتفاق السلام بحضور وسطاء أفارقة. "
        "وينص الاتفاق على انسحاب القوات الإثيوبية من إريتريا خلال ستة أشهر."
    )
    rels = _rels("ar", "2023-06-11", doc)
    assert any(r[1] == "RETREAT" and r[3] == "2023-06-11" for r in rels), rels
