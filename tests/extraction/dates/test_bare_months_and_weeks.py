"""Dates read off fresh wire copy (session 7, round 3): a bare month told in the past
is the most recent one, never one ahead of publication; "this year" told as its early
part in a January story is January; "الخميس قبل الماضي" is the one a week before the
last; "in the same week" / "في الأسبوع نفسه" keep the month of the story; "days later",
"the following day" go on from the story's own time, not from a background clause (a
relative clause, a pluperfect); a time that opens a clause joined on after a comma
dates that clause's act, not one told before it."""

from __future__ import annotations

from datetime import date

from factories import extracted
from factories import relation_dates as _dates

from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Extraction, RelationType


def _extract(text: str, lang: str, pub: date) -> Extraction:
    return extracted(text, lang, pub)


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
        "هاجمت مقاتلات هندية مواقع في باكستان يوم الثلاثاء. وفي اليوم التالي، أسقطت "
        "باكستان طائرة هندية، فاستدعت الهند السفير الباكستاني في نيودلهي، وبعد ذلك بيومين "
        "أفرجت باكستان عن الطيار الهندي.",
        "ar",
        date(2019, 2, 28),
    )
    assert _dates(x, RelationType.ACCUSE) == ["2019-02-27"]
    x = _extract(
        "Indian jets struck targets in Pakistan on Tuesday. The following day, Pakistan shot "
        "down an Indian jet and India summoned Pakistan's envoy in New Delhi, and two days "
        "later Pakistan released the Indian pilot.",
        "en",
        date(2019, 2, 28),
    )
    assert "2019-03-01" not in _dates(x, RelationType.ACCUSE)
    # guard: a time inside the act's own clause stays its time
    x = _extract(
        "India summoned Pakistan's envoy in New Delhi on Wednesday, and Pakistan released "
        "the Indian pilot.",
        "en",
        date(2019, 2, 28),
    )
    assert "2019-02-27" in _dates(x, RelationType.ACCUSE)


# ------------------------------------------------ a day closing a source clause (Arabic)


def test_a_day_closing_a_source_clause_dates_the_act_ar() -> None:
    x = _extract(
        "وأكدت السعودية والإمارات رفضهما القاطع للخطة الإسرائيلية، وفق بيان مشترك صدر "
        "في ختام محادثات وزيري خارجية البلدين في أبوظبي الاثنين.",
        "ar",
        date(2023, 11, 15),
    )
    assert set(_dates(x, RelationType.REJECT)) == {"2023-11-13"}
    # guard: a clause of another act joined on after the comma keeps its time
    x = _extract(
        "وأكدت السعودية والإمارات رفضهما القاطع للخطة الإسرائيلية، فيما استقبل الرئيس "
        "المصري وفدا من حركة حماس في القاهرة الاثنين.",
        "ar",
        date(2023, 11, 15),
    )
    assert set(_dates(x, RelationType.REJECT)) == {None}


# ------------------------------------------------------- "the week before last" (English)


def test_the_one_before_last_en() -> None:
    pub = date(2021, 6, 3)
    assert _times("Israel and Hamas agreed a truce the week before last.", "en", pub) == [
        ("the week before last", "2021-05")
    ]
    assert _times("The envoy flew to Cairo the day before yesterday.", "en", pub) == [
        ("the day before yesterday", "2021-06-01")
    ]
    assert _times("Moscow expelled two diplomats the month before last.", "en", pub) == [
        ("the month before last", "2021-04")
    ]
    # guard: plain "yesterday"
    assert _times("The envoy flew to Cairo yesterday.", "en", pub) == [("yesterday", "2021-06-02")]


# ------------------------------------ "two days before that", "The attack came a week after"


def test_n_days_before_or_after_that_counts_from_the_time_told_before() -> None:
    pub = date(2019, 9, 18)
    got = _times(
        "Drones hit Saudi oil plants on Saturday. Two days before that, Houthi leaders "
        "had threatened Riyadh.",
        "en",
        pub,
    )
    assert got[-1] == ("Two days before that", "2019-09-12")
    got = _times(
        "Drones hit Saudi oil plants on Saturday. Three days after that, Pompeo flew in.", "en", pub
    )
    assert got[-1] == ("Three days after that", "2019-09-17")
    # guard: "two days after <event>" still dates the event before the main clause
    got = _times("Riyadh closed the plant on Monday, two days after drones hit it.", "en", pub)
    assert got[-1] == ("two days after", "2019-09-14")


def test_an_act_that_came_after_another_counts_from_the_story() -> None:
    pub = date(2019, 9, 18)
    got = _times(
        "Drones hit Saudi oil plants on Saturday. The attack came a week after Washington "
        "sanctioned Iranian shipping firms.",
        "en",
        pub,
    )
    assert got[-1] == ("a week after", "2019-09")
    got = _times(
        "ضربت طائرات مسيرة منشآت نفطية سعودية يوم السبت. وجاء الهجوم بعد أسبوع من فرض "
        "واشنطن عقوبات على شركات شحن إيرانية.",
        "ar",
        pub,
    )
    assert got[-1] == (fold("بعد أسبوع من"), "2019-09")
    # guard: with another main act the phrase still needs a time of its own sentence
    got = _times(
        "Drones hit Saudi oil plants on Saturday. Two weeks after the vote, parliament "
        "approved the budget.",
        "en",
        pub,
    )
    assert got[-1] == ("Two weeks after", None)


# ------------------------------------------- a time closing the act before "and <act>"


def test_a_second_act_after_and_takes_its_own_later_time() -> None:
    x = _extract(
        "French President Emmanuel Macron condemned the coup on Wednesday and spoke by "
        "phone with Nigerien President Mohamed Bazoum the following morning.",
        "en",
        date(2023, 7, 28),
    )
    assert _dates(x, RelationType.CONSULT) == ["2023-07-27"]
    x = _extract(
        "ودان الرئيس الفرنسي إيمانويل ماكرون الانقلاب يوم الأربعاء وأجرى اتصالا هاتفيا "
        "بالرئيس النيجري محمد بازوم صباح اليوم التالي.",
        "ar",
        date(2023, 7, 28),
    )
    assert _dates(x, RelationType.CONSULT) == ["2023-07-27"]
    # guard: with no time of its own the second act shares the first one's
    x = _extract(
        "French President Emmanuel Macron condemned the coup on Wednesday and spoke by "
        "phone with Nigerien President Mohamed Bazoum.",
        "en",
        date(2023, 7, 28),
    )
    assert _dates(x, RelationType.CONSULT) == ["2023-07-26"]


def test_earlier_in_the_week_keeps_the_story_month() -> None:
    pub = date(2024, 10, 5)
    got = _times(
        "Kyiv was hit on Friday. Earlier in the week, Moscow expelled a diplomat.", "en", pub
    )
    assert got[-1] == ("Earlier in the week", "2024-10")
    got = _times(
        "قصفت روسيا كييف يوم الجمعة. وفي وقت سابق من الأسبوع، طردت موسكو دبلوماسيا.", "ar", pub
    )
    assert got[-1] == (fold("وفي وقت سابق من الأسبوع"), "2024-10")
    # guard: a qualified week is that week
    got = _times("وفي وقت سابق من الأسبوع الماضي، طردت موسكو دبلوماسيا.", "ar", pub)
    assert got == [(fold("الأسبوع الماضي"), "2024-09")]


# ------------------------------------------- "وبعد يومين،" and a weekday told as ahead


def test_a_fronted_count_after_counts_from_the_story_ar() -> None:
    pub = date(2017, 6, 8)
    got = _times(
        "قطعت السعودية والإمارات علاقاتهما مع قطر يوم الاثنين. وبعد يومين، أغلقت الأردن "
        "مكتب قناة الجزيرة.",
        "ar",
        pub,
    )
    assert got[-1] == (fold("وبعد يومين"), "2017-06-07")
    # guards: "بعد يومين من" dates an earlier event; a count told ahead is no anaphora
    got = _times("وبعد يومين من القطيعة، أغلقت الأردن مكتب القناة.", "ar", pub)
    assert got == [(fold("وبعد يومين من"), None)]
    got = _times(
        "قطعت السعودية علاقاتها مع قطر يوم الاثنين. وقال إنه سيعود بعد يومين، مضيفا أن "
        "الأزمة ستطول.",
        "ar",
        pub,
    )
    assert len(got) == 1


def test_a_weekday_told_as_ahead_is_the_coming_one() -> None:
    pub = date(2017, 6, 8)  # a Thursday
    assert _times("Arab ministers would meet in Cairo on Saturday, he said.", "en", pub) == [
        ("on Saturday", "2017-06-10")
    ]
    assert _times("وقال إن وزراء الخارجية العرب سيجتمعون السبت في القاهرة.", "ar", pub) == [
        (fold("السبت"), "2017-06-10")
    ]
    assert _times("ومن المقرر أن يجتمع الوزراء يوم السبت في القاهرة.", "ar", pub) == [
        (fold("يوم السبت"), "2017-06-10")
    ]
    # guards: a past act, a saying day before the future clause
    assert _times("Arab ministers met in Cairo on Saturday.", "en", pub) == [
        ("on Saturday", "2017-06-03")
    ]
    assert _times("He said on Saturday the ministers would meet.", "en", pub) == [
        ("on Saturday", "2017-06-03")
    ]
    assert _times("واجتمع الوزراء يوم السبت في القاهرة.", "ar", pub) == [
        (fold("يوم السبت"), "2017-06-03")
    ]


def test_a_plan_ahead_is_no_base_for_the_next_step() -> None:
    pub = date(2017, 6, 8)
    got = _times(
        "Riyadh cut ties with Doha on Monday. Arab ministers would meet in Cairo on "
        "Saturday, he said. The following day, Jordan closed Al Jazeera's office.",
        "en",
        pub,
    )
    assert got[-1] == ("The following day", "2017-06-06")
