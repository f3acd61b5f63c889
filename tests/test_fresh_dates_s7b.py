"""Dates read off fresh wire copy (session 7, round 3): a bare month told in the past
is the most recent one, never one ahead of publication; "this year" told as its early
part in a January story is January; "الخميس قبل الماضي" is the one a week before the
last; "in the same week" / "في الأسبوع نفسه" keep the month of the story; "days later",
"the following day" go on from the story's own time, not from a background clause (a
relative clause, a pluperfect); a time that opens a clause joined on after a comma
dates that clause's act, not one told before it."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Article, Extraction, RelationType


def _extract(text: str, lang: str, pub: date) -> Extraction:
    return extract(Article(id="t", lang=lang, published=pub, text=text))


def _dates(x: Extraction, rtype: RelationType) -> list[str | None]:
    return [r.date for r in x.relations if r.type is rtype]


def _times(text: str, lang: str, pub: date) -> list[tuple[str, str | None]]:
    norm = fold(text) if lang == "ar" else text
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


# ------------------------------------------------------------- a past act's bare month


def test_a_bare_month_told_in_the_past_is_the_last_one_en() -> None:
    pub = date(2019, 2, 11)
    got = _times("The envoy, who travelled to Kabul in March, briefed lawmakers.", "en", pub)
    assert got == [("in March", "2018-03")]
    got = _times("Pompeo met Lavrov in Sochi in April and discussed Syria.", "en", pub)
    assert got == [("in April", "2018-04")]
    # guards: a month ahead told about the future, or after a verb that looks ahead
    assert _times("The envoy will travel to Kabul in March.", "en", pub) == [
        ("in March", "2019-03")
    ]
    assert _times("The two sides agreed to meet again in March.", "en", pub) == [
        ("in March", "2019-03")
    ]
    assert _times("Officials said talks would resume in March.", "en", pub) == [
        ("in March", "2019-03")
    ]
    # guard: a past month of this year stays this year
    assert _times("He visited Seoul in January.", "en", pub) == [("in January", "2019-01")]


def test_a_bare_month_told_in_the_past_is_the_last_one_ar() -> None:
    pub = date(2019, 2, 11)
    got = _times("وكان المبعوث الأممي قد زار صنعاء في مارس لبحث تبادل الأسرى.", "ar", pub)
    assert got == [(fold("في مارس"), "2018-03")]
    got = _times("فيما استقبلت الجزائر وزير الخارجية الفرنسي في أبريل.", "ar", pub)
    assert got == [(fold("في أبريل"), "2018-04")]
    # guards: the future, a plan ("اتفقا على عقد ... في مارس")
    assert _times("ومن المقرر أن يزور المبعوث صنعاء في مارس.", "ar", pub) == [
        (fold("في مارس"), "2019-03")
    ]
    assert _times("واتفق الوزيران على عقد اجتماع جديد في مارس.", "ar", pub) == [
        (fold("في مارس"), "2019-03")
    ]


def test_a_relation_told_in_the_past_takes_the_last_month() -> None:
    x = _extract(
        "Saudi Foreign Minister Faisal bin Farhan, who visited Tehran in March, "
        "met his Iranian counterpart in Riyadh on Monday.",
        "en",
        date(2025, 2, 12),
    )
    assert _dates(x, RelationType.CONSULT)[0] == "2024-03"


# ------------------------------------------------------- "early this year" in January


def test_early_this_year_in_january_is_the_month() -> None:
    pub = date(2020, 1, 20)
    assert _times("Earlier this year, Washington killed Soleimani.", "en", pub) == [
        ("Earlier this year", "2020-01")
    ]
    assert _times("Tehran struck the bases early this year.", "en", pub) == [
        ("this year", "2020-01")
    ]
    assert _times("وقصفت طهران القاعدتين مطلع العام الجاري.", "ar", pub) == [
        (fold("العام الجاري"), "2020-01")
    ]
    assert _times("وفي مطلع العام، قصفت طهران القاعدتين.", "ar", pub) == [
        (fold("وفي مطلع العام"), "2020-01")
    ]
    # guards: later in the year, or a later part, stays the year
    assert _times("Earlier this year, Washington killed Soleimani.", "en", date(2020, 3, 2)) == [
        ("Earlier this year", "2020")
    ]
    assert _times("وقصفت طهران القاعدتين في منتصف العام الجاري.", "ar", pub) == [
        (fold("العام الجاري"), "2020")
    ]


# ------------------------------------------------------------- the weekday before last


def test_the_weekday_before_last_ar() -> None:
    pub = date(2023, 6, 8)  # a Thursday
    assert _times("زار الوفد عمّان الأحد قبل الماضي.", "ar", pub) == [
        (fold("الأحد قبل الماضي"), "2023-05-28")
    ]
    assert _times("والتقى الوفد الملك الجمعة قبل الماضية.", "ar", pub) == [
        (fold("الجمعة قبل الماضية"), "2023-05-26")
    ]
    # guard: the last one
    assert _times("زار الوفد عمّان الأحد الماضي.", "ar", pub) == [
        (fold("الأحد الماضي"), "2023-06-04")
    ]


# --------------------------------------------------------------------- the same week


def test_the_same_week_keeps_the_story_month() -> None:
    pub = date(2022, 10, 12)
    got = _times(
        "Russia struck Kyiv on Monday. In the same week, Zelensky spoke to Biden.", "en", pub
    )
    assert got == [("on Monday", "2022-10-10"), ("the same week", "2022-10")]
    got = _times("قصفت روسيا كييف يوم الاثنين. وفي الأسبوع نفسه، اتصل زيلينسكي ببايدن.", "ar", pub)
    assert got == [(fold("يوم الاثنين"), "2022-10-10"), (fold("وفي الأسبوع نفسه"), "2022-10")]


# ------------------------------------------------------ background is no anaphora base


def test_days_later_goes_on_from_the_story_not_a_relative_clause() -> None:
    pub = date(2022, 10, 12)
    got = _times(
        "Russia struck Kyiv on Monday. Zelensky, who visited Kherson in August, "
        "called it terror. Days later, Ukraine hit the Crimean bridge again.",
        "en",
        pub,
    )
    assert got[-1] == ("Days later", "2022-10")
    # guard: within the same sentence the clause's own time still counts
    got = _times("Zelensky visited Kherson on August 3 and two days later flew to Kyiv.", "en", pub)
    assert got[-1] == ("two days later", "2022-08-05")


def test_the_following_day_goes_on_from_the_story_not_a_pluperfect() -> None:
    pub = date(2022, 10, 12)
    got = _times(
        "قصفت روسيا كييف يوم الاثنين. وكان زيلينسكي قد زار خيرسون في أغسطس. "
        "وفي اليوم التالي، استهدفت أوكرانيا جسر القرم.",
        "ar",
        pub,
    )
    assert got[-1] == (fold("وفي اليوم التالي"), "2022-10-11")
    # guard: with no story time before it, the background still counts
    got = _times(
        "وكان زيلينسكي قد زار خيرسون في 3 أغسطس. وفي اليوم التالي، عاد إلى كييف.", "ar", pub
    )
    assert got[-1] == (fold("وفي اليوم التالي"), "2022-08-04")


def test_a_relation_after_a_background_sentence_takes_the_story_day() -> None:
    x = _extract(
        "استدعت الخارجية الجزائرية السفير الفرنسي يوم الثلاثاء. "
        "وكان الرئيس الفرنسي قد زار الجزائر في أغسطس. "
        "وفي اليوم التالي، استدعت فرنسا سفيرها من الجزائر للتشاور.",
        "ar",
        date(2022, 10, 13),
    )
    assert "2022-10-12" in _dates(x, RelationType.SANCTION)
    assert "2022-08" not in _dates(x, RelationType.SANCTION)


# ------------------------------------------- a time opening a clause joined on after it


def test_a_time_opening_the_next_clause_is_not_the_act_before_it() -> None:
    x = _extract(
        "استقبل العاهل الأردني وزير الخارجية المصري في عمّان يوم السبت، "
        "وبعد ذلك بيومين أجرى اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.",
        "ar",
        date(2023, 11, 20),
    )
    assert "2023-11-18" in _dates(x, RelationType.CONSULT)
    assert "2023-11-20" in _dates(x, RelationType.CONSULT)
    x = _extract(
        "Jordan's King Abdullah hosted Egypt's foreign minister in Amman, "
        "and two days later he spoke by phone with French President Emmanuel Macron.",
        "en",
        date(2023, 11, 20),
    )
    assert _dates(x, RelationType.CONSULT)[0] is None
