"""Dates read off fresh wire copy (session 9, S9-H8): a day named as an event ("the
September 11 attacks", "أحداث 11 سبتمبر") is a name, no time of the act told with it;
"on this day in 2020" / "في مثل هذا اليوم من عام 2020" is the publication's day in that
year; "overnight into Sunday" is Sunday, not the night before publication; a weekday and
a Hijri date written next to a Gregorian day without its year ("الأحد 5 رمضان الموافق 26
مارس") read as that one Gregorian day."""

from __future__ import annotations

from datetime import date

from factories import extracted
from factories import relation_dates as _dates

from kg.extractors.dates import find_times
from kg.extractors.text import NormText
from kg.models import Extraction, RelationType


def _extract(text: str, lang: str, pub: date) -> Extraction:
    return extracted(text, lang, pub)


def _times(text: str, lang: str, pub: date) -> list[tuple[str, str | None]]:
    norm = NormText.of(text).norm
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


# ------------------------------------------------------------- a day named as an event


def test_a_day_named_as_an_attack_dates_no_act_en() -> None:
    pub = date(2021, 8, 31)
    text = (
        "Twenty years after the September 11 attacks, the United States pulled its"
        " troops out of Afghanistan."
    )
    x = _extract(text, "en", pub)
    assert _dates(x, RelationType.RETREAT) == [None]
    got = _times("Since Hamas's October 7 attack, Egypt has hosted talks.", "en", pub)
    assert [v for _, v in got] == [None]


def test_a_day_named_as_an_attack_dates_no_act_ar() -> None:
    pub = date(2021, 9, 12)
    got = _times("ومنذ هجمات 11 سبتمبر عززت واشنطن وجودها العسكري في الخليج.", "ar", pub)
    assert [v for _, v in got] == [None]


def test_a_date_told_of_an_attack_is_kept() -> None:
    pub = date(2023, 11, 2)
    got = _times("On October 7 attacks on Israeli towns killed hundreds.", "en", pub)
    assert got == [("October 7", "2023-10-07")]
    got = _times("Hamas attacked southern Israel on October 7.", "en", pub)
    assert got == [("October 7", "2023-10-07")]
    got = _times("وفي 11 سبتمبر هاجمت الطائرات المسيرة مواقع في إدلب.", "ar", date(2023, 9, 20))
    assert [v for _, v in got] == ["2023-09-11"]


# ------------------------------------------------------------- on this day in a year


def test_on_this_day_in_a_year_is_that_day_en() -> None:
    pub = date(2024, 9, 15)
    x = _extract(
        "On this day in 2020, Bahrain signed an agreement with Israel at the White House.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.AGREE) == ["2020-09-15"]


def test_on_this_day_in_a_year_is_that_day_ar() -> None:
    pub = date(2024, 9, 15)
    got = _times("وفي مثل هذا اليوم من عام 2020 وقعت البحرين اتفاقا مع إسرائيل.", "ar", pub)
    assert [v for _, v in got] == ["2020-09-15"]
    got = _times("وفي مثل هذا اليوم قبل عامين ضمت روسيا أربع مناطق أوكرانية.", "ar", pub)
    assert [v for _, v in got] == ["2022-09-15"]
    got = _times("On this day three years ago, Morocco restored ties with Israel.", "en", pub)
    assert got == [("On this day three years ago", "2021-09-15")]
    # "اليوم" alone stays today
    got = _times("ووقعت البحرين اليوم اتفاقا مع إسرائيل.", "ar", pub)
    assert [v for _, v in got] == ["2024-09-15"]


# ------------------------------------------------------------- overnight into a weekday


def test_overnight_into_a_weekday_is_that_day() -> None:
    pub = date(2023, 7, 26)  # a Wednesday
    got = _times("Russia pounded Odesa with missiles overnight into Sunday.", "en", pub)
    assert got == [("Sunday", "2023-07-23")]
    got = _times("Russian drones hit Odesa overnight Saturday, officials said.", "en", pub)
    assert got == [("Saturday", "2023-07-22")]
    got = _times("Russia pounded Odesa with missiles overnight.", "en", pub)
    assert got == [("overnight", "2023-07-26")]


# ------------------------------------------------------------- Hijri next to a day


def test_hijri_and_weekday_next_to_a_gregorian_day_without_year() -> None:
    pub = date(2023, 4, 2)
    got = _times("واجتمع الوزيران يوم الأحد 5 رمضان الموافق 26 مارس في الرياض.", "ar", pub)
    assert [v for _, v in got] == ["2023-03-26"]
    got = _times("واجتمع الوزيران يوم 26 مارس الموافق 5 رمضان في الرياض.", "ar", pub)
    assert [v for _, v in got] == ["2023-03-26"]
    # a weekday alone stays the last one
    got = _times("واجتمع الوزيران يوم الأحد في الرياض.", "ar", pub)
    assert [v for _, v in got] == ["2023-04-02"]


# ------------------------------------------------------------- an act told after "after"


def test_an_act_told_in_an_after_phrase_takes_no_main_clause_day() -> None:
    pub = date(2022, 2, 25)
    x = _extract(
        "German Chancellor Olaf Scholz on Thursday announced new sanctions on Russia after"
        " consultations with French President Emmanuel Macron.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.CONSULT) == [None]
    # the main act keeps its day
    assert "2022-02-24" in _dates(x, RelationType.SANCTION)
    x = _extract(
        "أعلن المستشار الألماني أولاف شولتس يوم الخميس، بعد مشاورات مع الرئيس الفرنسي"
        " إيمانويل ماكرون، فرض عقوبات جديدة على روسيا.",
        "ar",
        pub,
    )
    assert _dates(x, RelationType.CONSULT) == [None]


def test_a_time_inside_the_after_phrase_is_kept() -> None:
    pub = date(2022, 2, 25)
    x = _extract(
        "Scholz announced new sanctions on Russia after talks with Macron on Thursday.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.CONSULT) == ["2022-02-24"]
