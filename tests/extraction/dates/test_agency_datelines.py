"""Event dates, session 12 (S12-DATES): agency datelines with no dash after the agency
("أبوظبي في 7 فبراير / وام / استقبل", "الرياض ... الموافق 24 يناير 2024 م واس") give the
day "today" counts from; "في وقت سابق من يوم السبت"; "قبل أمس"; a part of a month
before an ordinal ("الأسبوع الأول من يونيو"); "2 مارس الماضي" and "20 مارس المقبل"
written in March; a span of days ("يومي 15 و16 مارس"); a headline act dated by the lead
past a byline line; "منذ يومين" as the time a statement was made; English "earlier in
the day" after a background month.

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import extracted

from kg.extractors.dates import find_times, since_at
from kg.extractors.text import fold
from kg.models import Extraction


def _times(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    norm = fold(text) if lang == "ar" else text
    pub = dt.date.fromisoformat(published)
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


def _value_of(text: str, lang: str, published: str, word: str) -> str | None:
    """The value of the time expression that holds ``word``."""
    key = fold(word) if lang == "ar" else word
    return next(v for span, v in _times(text, lang, published) if key in span)


def _extract(lang: str, published: str, text: str) -> Extraction:
    return extracted(text, lang, dt.date.fromisoformat(published))


def _rels(lang: str, published: str, text: str) -> set[tuple[str, str, str, str | None]]:
    x = _extract(lang, published, text)
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object], r.date) for r in x.relations}


# agency datelines with no dash after the agency's name --------------------------------


@pytest.mark.parametrize(
    ("text", "published", "lang", "word", "value"),
    [
        (
            "أبوظبي في 7 فبراير / وام / استقبل الرئيس اليوم وفدا.",
            "2024-02-08",
            "ar",
            "اليوم",
            "2024-02-07",
        ),
        (
            "الدوحة في 20 مايو /قنا/ أجرى الأمير اليوم اتصالا.",
            "2024-05-21",
            "ar",
            "اليوم",
            "2024-05-20",
        ),
        (
            "القاهرة في 3 مارس /أ ش أ/ تلقى الوزير مساء اليوم اتصالا.",
            "2024-03-04",
            "ar",
            "اليوم",
            "2024-03-03",
        ),
        (
            "المنامة في 9 يونيو / بنا / تلقى الملك اليوم برقية.",
            "2024-06-10",
            "ar",
            "اليوم",
            "2024-06-09",
        ),
        ("عمان 7 نيسان (بترا) استقبل الملك اليوم وفدا.", "2024-04-08", "ar", "اليوم", "2024-04-07"),
        (
            "الرباط 7 أبريل 2024 (ومع) استقبل الملك أمس وفدا.",
            "2024-04-08",
            "ar",
            "أمس",
            "2024-04-06",
        ),
        (
            "الرياض 12 رجب 1445 هـ الموافق 24 يناير 2024 م واس\nاستقبل ولي العهد اليوم وفدا.",
            "2024-01-25",
            "ar",
            "اليوم",
            "2024-01-24",
        ),
        (
            "Riyadh, April 07, 2024, SPA -- The Crown Prince received the envoy today.",
            "2024-04-08",
            "en",
            "today",
            "2024-04-07",
        ),
    ],
)
def test_an_agency_dateline_without_a_dash_gives_the_day_today_counts_from(
    text: str, published: str, lang: str, word: str, value: str
) -> None:
    assert _value_of(text, lang, published, word) == value


def test_a_month_named_twice_at_the_head_of_a_line_is_no_dateline() -> None:
    # "في 7 أكتوبر (تشرين الأول)" opens a body line: no agency, "today" stays the page's
    text = "وقالت الوزارة:\nفي 7 أكتوبر (تشرين الأول) شنت حماس هجوما، واليوم تتواصل الحرب."
    assert _value_of(text, "ar", "2023-10-08", "اليوم") == "2023-10-08"


def test_a_dated_agency_lead_on_the_next_day_dates_its_act_to_the_dateline() -> None:
    text = (
        "أبوظبي في 14 فبراير / وام / استقبل الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان "
        "اليوم الرئيس الفرنسي إيمانويل ماكرون."
    )
    rels = _rels("ar", "2024-02-15", text)
    assert ("Mohamed bin Zayed Al Nahyan", "CONSULT", "Emmanuel Macron", "2024-02-14") in rels


# parts of days and months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("وأدان الأردن في وقت سابق من يوم السبت الهجوم على القافلة.", "السبت", "2024-05-04"),
        ("ورحبت مصر في وقت لاحق من مساء السبت بالاتفاق.", "السبت", "2024-05-04"),
    ],
)
def test_earlier_or_later_on_a_weekday_is_that_day(text: str, word: str, value: str) -> None:
    assert _value_of(text, "ar", "2024-05-05", word) == value


def test_the_day_before_yesterday_written_qabl_ams() -> None:
    assert _value_of("وقصفت الطائرات قبل أمس مواقع في الجنوب.", "ar", "2024-05-05", "أمس") == (
        "2024-05-03"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وتبدأ المناورات في الأسبوع الأول من يونيو.", "2024-06"),
        ("وتعقد الجولة المقبلة في النصف الثاني من يونيو.", "2024-06"),
        ("وشهد الربع الأول من الشهر الجاري هدوءا نسبيا.", "2024-05"),
    ],
)
def test_a_week_or_half_of_a_month_dates_to_the_month(text: str, value: str) -> None:
    assert value in [v for _, v in _times(text, "ar", "2024-05-21")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وزار الوزير الرباط في 2 مارس الماضي.", "2024-03-02"),
        ("ويزور الوزير الرباط في 20 مارس المقبل.", "2024-03-20"),
        ("ويزور الوزير الرباط في 2 مارس المقبل.", "2025-03-02"),
        ("وزار الوزير الرباط في 20 مارس الماضي.", "2023-03-20"),
        ("وكان الوفد قد وصل في الثاني من مارس الماضي.", "2024-03-02"),
    ],
)
def test_a_day_of_the_current_month_with_last_or_next_is_the_nearest_such_day(
    text: str, value: str
) -> None:
    assert value in [v for _, v in _times(text, "ar", "2024-03-10")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وعقدت القمة في المنامة يومي 15 و16 مايو الجاري.", "2024-05-15"),
        ("وعقد المنتدى في الدوحة بين 5 و7 مايو.", "2024-05-05"),
        ("وتجرى التدريبات من 22 إلى 25 مايو.", "2024-05-22"),
    ],
)
def test_a_span_of_days_is_dated_to_its_first_day(text: str, value: str) -> None:
    assert [v for _, v in _times(text, "ar", "2024-05-20")] == [value]


# headline acts ---------------------------------------------------------------------------------


def test_a_headline_act_takes_the_lead_day_past_a_byline_line() -> None:
    # the byline line is no lead; the treaty's day of 2010 is no day of the story
    text = (
        "الجزائر تعلق معاهدة التعاون مع فرنسا\n\nالجزائر - «الشرق الأوسط»\n\n"
        "أعلنت الجزائر، الأربعاء، التعليق الفوري لمعاهدة التعاون التي أبرمتها مع فرنسا في "
        "12 مارس 2010، في تصعيد جديد."
    )
    rels = _rels("ar", "2024-06-13", text)
    assert ("Algeria", "SANCTION", "France", "2024-06-12") in rels


def test_an_act_named_in_an_after_phrase_takes_the_phrase_time() -> None:
    text = (
        "استدعت وزارة الخارجية المغربية، الأربعاء، سفير السويد لدى الرباط للاحتجاج على حرق "
        "نسخة من المصحف، وذلك بعد إبرام اتفاقية ثقافية بين البلدين في 12 مارس 2010."
    )
    rels = _rels("ar", "2024-06-13", text)
    assert ("Morocco", "AGREE", "Sweden", "2010-03-12") in rels


def test_a_headline_act_takes_the_day_told_with_the_lead_subject() -> None:
    text = (
        "روسيا تطرد دبلوماسيين مولدوفيين\nموسكو - سبوتنيك\n"
        "أعلنت وزارة الخارجية الروسية، الخميس، طرد دبلوماسي مولدوفي ردا على خطوة مماثلة "
        "اتخذتها كيشيناو في الرابع من مارس."
    )
    rels = _rels("ar", "2024-03-08", text)
    assert ("Russia", "SANCTION", "Moldova", "2024-03-07") in rels


# "since" two days ------------------------------------------------------------------------------


def test_mundhu_with_days_is_no_stretch() -> None:
    norm = fold("أعلن الوزير منذ يومين أن بلاده ستفتح سفارتها، وتقاطع الدولتان منذ عام 2016.")
    starts = [t.start for t in find_times(norm, "ar", dt.date(2024, 5, 20))]
    assert [since_at(norm, s) for s in starts] == [False, True]


def test_a_statement_made_two_days_ago_is_dated() -> None:
    x = _extract(
        "ar",
        "2024-05-20",
        "وأعلن وزير الخارجية الجزائري أحمد عطاف منذ ثلاثة أيام أن الجزائر "
        "ستقدم مساعدات إنسانية لغزة.",
    )
    assert [q.date for q in x.quotes] == ["2024-05-17"]


# English ---------------------------------------------------------------------------------------


def test_earlier_in_the_day_after_a_background_month_is_the_story_day() -> None:
    text = (
        "MOSCOW, June 3 (Reuters) - Russia expelled a Moldovan diplomat on Monday, the "
        "foreign ministry said. Moldova had expelled a Russian diplomat last month. The "
        "ministry summoned Moldova's ambassador earlier in the day."
    )
    assert _value_of(text, "en", "2024-06-04", "earlier in the day") == "2024-06-03"


@pytest.mark.parametrize(
    ("text", "lang", "published", "word", "value"),
    [
        # the week before is 28 April - 4 May (Arabic weeks start on Sunday)
        (
            "وأعلنت الخارجية نهاية الأسبوع الماضي استدعاء السفير.",
            "ar",
            "2024-05-06",
            "الأسبوع",
            "2024-05",
        ),
        (
            "وأعلنت الخارجية الأسبوع الماضي استدعاء السفير.",
            "ar",
            "2024-05-06",
            "الأسبوع",
            "2024-04",
        ),
        ("Israel struck the town late last week.", "en", "2024-05-06", "last week", "2024-05"),
        (
            "Israel struck the town at the end of last week.",
            "en",
            "2024-05-06",
            "last week",
            "2024-05",
        ),
        ("Israel struck the town last week.", "en", "2024-05-06", "last week", "2024-04"),
    ],
)
def test_the_end_of_last_week_is_dated_by_its_last_days(
    text: str, lang: str, published: str, word: str, value: str
) -> None:
    assert _value_of(text, lang, published, word) == value


@pytest.mark.parametrize(
    "text",
    [
        "بحث الرئيس، الاثنين، مع نظيره التطورات. وفي وقت سابق من اليوم ذاته، استقبل الوزير.",
        "بحث الرئيس، الاثنين، مع نظيره التطورات. واستقبل مساء اليوم نفسه الوزير.",
        "بحث الرئيس، الاثنين، مع نظيره التطورات. واستقبل خلال اليوم نفسه الوزير.",
    ],
)
def test_the_same_day_with_a_part_of_it_is_the_day_told_before(text: str) -> None:
    assert [v for _, v in _times(text, "ar", "2023-12-05")] == ["2023-12-04", "2023-12-04"]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("وقصفت المدفعية قبل ساعات مواقع قرب الحدود.", "ar", "ساعات"),
        ("وقصفت المدفعية خلال الساعات الماضية مواقع قرب الحدود.", "ar", "الساعات"),
        ("وقصفت المدفعية هذا الصباح مواقع قرب الحدود.", "ar", "الصباح"),
        ("The army shelled positions near the border hours ago.", "en", "hours ago"),
        ("The army shelled positions near the border a few hours ago.", "en", "hours ago"),
    ],
)
def test_hours_ago_and_this_morning_are_the_day_of_the_report(
    text: str, lang: str, word: str
) -> None:
    assert _value_of(text, lang, "2024-05-06", word) == "2024-05-06"


def test_hours_before_an_event_is_no_time_ago() -> None:
    assert _times("ووصل الوفد قبل ساعات من بدء الاجتماع.", "ar", "2024-05-06") == []


def test_a_deed_reported_in_the_past_perfect_takes_the_day_it_was_told() -> None:
    rels = _rels(
        "en",
        "2024-06-05",
        "Moldova's foreign ministry said on Tuesday that Russia had expelled a Moldovan diplomat.",
    )
    assert ("Russia", "SANCTION", "Moldova", "2024-06-04") in rels


def test_a_reported_deed_with_its_own_time_keeps_it() -> None:
    rels = _rels(
        "en",
        "2024-06-05",
        "Moldova's foreign ministry said on Tuesday that Russia had expelled a Moldovan "
        "diplomat in March.",
    )
    assert {d for *_, d in rels} <= {"2024-03", None}
