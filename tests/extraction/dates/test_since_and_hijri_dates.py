"""Dates read off fresh wire copy (session 7, round 2): a dated "since ..." right after an
act dates the state or series it starts; a Hijri date or weekday written next to its
Gregorian date is one time phrase; a statement that goes on with a dated act passes the
day to the speaker's next act; a participle of manner ("داعياً") after a dated statement
takes its date; "في وقت سابق" and a sentence opened by its source keep the story's day
out; with no title field a headline-like first line is the headline."""

from __future__ import annotations

from datetime import date

import pytest
from factories import relation_dates as _dates

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.extractors.pipeline import _title_end
from kg.extractors.text import NormText, fold
from kg.models import Article, Extraction, RelationType


def _extract(text: str, lang: str, pub: date, title: str | None = None) -> Extraction:
    return extract(Article(id="t", lang=lang, published=pub, title=title, text=text))


def _ar_times(text: str, pub: date) -> list[tuple[str, str | None]]:
    norm = fold(text)
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, "ar", pub)]


# ---------------------------------------------------------------- "since YEAR" start dates


def test_a_dated_since_right_after_the_act_is_its_start_en() -> None:
    x = _extract(
        "Turkey has occupied northern Cyprus since 1974, the United Nations said.",
        "en",
        date(2024, 5, 2),
    )
    assert _dates(x, RelationType.PRESENCE) == ["1974"]
    # guard: a "since" past a comma belongs to another phrase
    x = _extract(
        "Turkey has occupied northern Cyprus, the longest such dispute in Europe since 1945.",
        "en",
        date(2024, 5, 2),
    )
    assert _dates(x, RelationType.PRESENCE) == [None]


def test_a_dated_since_right_after_the_act_is_its_start_ar() -> None:
    x = _extract(
        "وأغلقت تركيا حدودها البرية مع أرمينيا منذ عام 1993 تضامناً مع أذربيجان.",
        "ar",
        date(2022, 1, 14),
    )
    assert "1993" in _dates(x, RelationType.SANCTION)
    # a start in the publication year told right after the act: the month the series began
    x = _extract(
        "وتستضيف النرويج محادثات بين كولومبيا وفنزويلا منذ آذار الماضي.",
        "ar",
        date(2022, 6, 14),
    )
    assert set(_dates(x, RelationType.CONSULT)) <= {"2022-03", None}
    # guard: fronted and set off by a comma it spans the rounds up to now: the year
    x = _extract(
        "منذ آذار الماضي، عقدت كولومبيا وفنزويلا ثلاث جولات من المحادثات في أوسلو.",
        "ar",
        date(2022, 6, 14),
    )
    assert set(_dates(x, RelationType.CONSULT)) <= {"2022", None}
    assert _dates(x, RelationType.CONSULT)


def test_a_since_this_year_right_after_the_act_is_its_month_en() -> None:
    x = _extract(
        "Azerbaijan has shelled Armenian border villages since March, officials said.",
        "en",
        date(2024, 7, 9),
    )
    assert _dates(x, RelationType.ASSAULT) == ["2024-03"]
    x = _extract(
        "Tanzania has hosted talks between Kenya and Uganda since March 4.",
        "en",
        date(2024, 7, 9),
    )
    assert set(_dates(x, RelationType.CONSULT)) == {"2024-03"}


# ---------------------------------------------------------------- Hijri next to Gregorian


def test_a_hijri_date_next_to_its_gregorian_one_is_one_time_phrase() -> None:
    pub = date(2023, 4, 3)
    assert _ar_times("وقع الاتفاق يوم 12 رمضان 1444 هـ الموافق 3 أبريل 2023 في جدة", pub) == [
        ("12 رمضان 1444 ه الموافق 3 ابريل 2023", "2023-04-03")
    ]
    assert _ar_times("في 3 أبريل 2023 الموافق 12 رمضان 1444هـ، وقع", pub) == [
        ("3 ابريل 2023 الموافق 12 رمضان 1444ه", "2023-04-03")
    ]
    assert _ar_times("أمس الأحد الموافق 2 أبريل 2023،", pub) == [
        ("امس الاحد الموافق 2 ابريل 2023", "2023-04-02")
    ]
    # guard: a plain Gregorian date is unchanged
    assert _ar_times("في 3 أبريل 2023 وقع", pub) == [("3 ابريل 2023", "2023-04-03")]


# ---------------------------------------------------------------- the story goes on


_LEAD = (
    "أعلن وزير الخارجية المغربي ناصر بوريطة، أمس الثلاثاء، قطع العلاقات الدبلوماسية مع "
    "إيران. وقال بوريطة في مؤتمر صحافي إن القرار جاء بعد أدلة دامغة. "
)


def test_an_act_told_by_its_source_or_earlier_keeps_no_story_day() -> None:
    for tail in (
        "وبحسب مصادر دبلوماسية، اتهم بوريطة طهران بتسليح جبهة البوليساريو.",
        "وفي وقت سابق، اتهم بوريطة طهران بتسليح جبهة البوليساريو.",
    ):
        x = _extract(_LEAD + tail, "ar", date(2018, 5, 2))
        assert _dates(x, RelationType.ACCUSE) == [None], tail
    assert _ar_times("وفي وقت سابق من اليوم، رحبت الكويت", date(2023, 3, 11)) == [
        ("اليوم", "2023-03-11")
    ]


# ---------------------------------------------------------------- the headline line


def _end(text: str) -> int:
    return _title_end(Article(id="t", lang="ar", text=text), NormText.of(text))


def test_a_headline_first_line_with_no_title_field_ends_the_title() -> None:
    x = _extract(
        "Spain recalls its ambassador to Algeria over Sahara row\n\n"
        "MADRID - Spain recalled its ambassador to Algeria for consultations on Saturday, "
        "the foreign ministry said.",
        "en",
        date(2022, 3, 20),
    )
    # guard: the body's act keeps its own day
    assert _dates(x, RelationType.SANCTION) == ["2022-03-19"]
    # the headline's news is the day's: it takes the publication date, or goes as a
    # repeat of the body's act with its own day; it is not left undated
    x = _extract(
        "Britain sends warships to the Red Sea as Houthi attacks on shipping mount\n\n"
        "LONDON, Dec 19 (Reuters) - Britain sent a second warship to the Red Sea on Monday, "
        "the defence ministry said, after Houthi forces attacked merchant vessels.",
        "en",
        date(2023, 12, 19),
    )
    got = _dates(x, RelationType.MOBILIZE)
    assert got and None not in got and set(got) <= {"2023-12-18", "2023-12-19"}


def test_a_dateline_or_lead_first_line_is_no_headline() -> None:
    head = "الكويت تستدعي سفير الفلبين احتجاجاً على تصريحات رئيسه"
    text = head + "\n\nالكويت - استدعت وزارة الخارجية السفير."
    assert _end(text) == NormText.of(text).to_norm(len(head))
    for text in (
        "عمّان (بترا)\nاستقبل وزير الخارجية نظيره المصري اليوم.",
        "القاهرة - «الأهرام»:\nأدانت مصر الهجوم.",
        "استقبل وزير الخارجية الأردني نظيره المصري في عمّان اليوم.\nوبحث الجانبان التعاون.",
        "استقبل وزير الخارجية الأردني نظيره المصري في عمّان",
    ):
        assert _end(text) == 0, text


def test_a_verbal_noun_of_an_announced_decision_takes_the_announcement_day() -> None:
    x = _extract(
        "أعلنت وزارة الخارجية البحرينية اليوم الاثنين أنها قررت اعتبار السفير اللبناني "
        "شخصاً غير مرغوب فيه ومطالبته بمغادرة البلاد خلال 48 ساعة، إلى جانب سحب سفيرها "
        "من بيروت.",
        "ar",
        date(2021, 11, 1),
    )
    assert _dates(x, RelationType.SANCTION) == ["2021-11-01"]
    # guard: an act named in what is said, not decided now, keeps no day
    x = _extract(
        "أعلنت وزارة الخارجية البحرينية اليوم الاثنين أن اعتبار السفير اللبناني شخصاً غير "
        "مرغوب فيه كان خطوة ضرورية.",
        "ar",
        date(2021, 11, 1),
    )
    assert "2021-11-01" not in _dates(x, RelationType.SANCTION)


def test_the_year_month_and_week_before_last() -> None:
    pub = date(2024, 1, 10)
    assert _ar_times("وقعت الاتفاقية العام قبل الماضي", pub) == [("العام قبل الماضي", "2022")]
    assert _ar_times("في أواخر السنة قبل الماضية", pub) == [("السنة قبل الماضية", "2022")]
    assert _ar_times("منتصف الشهر قبل الماضي", pub) == [("الشهر قبل الماضي", "2023-11")]
    # guards: last year, and the end of this year
    assert _ar_times("وقعت الاتفاقية العام الماضي", pub) == [("العام الماضي", "2023")]
    assert _ar_times("في أواخر العام", pub) == [("في اواخر العام", "2024")]
    assert _ar_times("وفي تشرين الأول (أكتوبر) من العام قبل الماضي، وقع", pub) == [
        ("وفي تشرين الاول (اكتوبر) من العام قبل الماضي", "2022-10")
    ]


def test_a_timestamp_first_line_is_no_headline() -> None:
    for text in (
        "14:30 GMT, June 5, 2024\nThe minister said the talks would resume.",
        "June 5, 2024 Wednesday\nThe minister said the talks would resume.",
    ):
        assert _end(text) == 0, text
    # guard: a headline quoting its speaker after a colon is a headline
    text = "أردوغان: لن نسمح بإقامة ممر إرهابي على حدودنا\nأنقرة - قال الرئيس التركي ..."
    assert _end(text) == NormText.of(text).to_norm(text.index("\n"))


def test_a_fronted_day_dates_the_main_clause_before_a_later_complement_time() -> None:
    pub = date(2024, 4, 6)
    x = _extract(
        "On Monday, Kenya expelled Somalia's ambassador over comments he made about last "
        "year's vote.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.SANCTION) == ["2024-04-01"]
    # guards: a time inside a reported content is its own; a fronted year stays
    x = _extract(
        "On Monday, Kenya's foreign minister said that Nairobi had expelled Somalia's "
        "ambassador in 2019.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.SANCTION) == ["2019"]
    x = _extract(
        "In 2019, Kenya expelled Somalia's ambassador over comments he made last week.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.SANCTION) == ["2019"]


def test_an_act_naming_the_call_told_before_takes_its_day() -> None:
    pub = date(2024, 3, 14)
    call = (
        "Indian Prime Minister Narendra Modi spoke with Sri Lankan President Ranil "
        "Wickremesinghe by phone on Tuesday. "
    )
    x = _extract(
        call + "According to Colombo's account of the call, Wickremesinghe urged India to "
        "speed up fuel deliveries.",
        "en",
        pub,
    )
    assert _dates(x, RelationType.REQUEST) == ["2024-03-12"]
    # guard: without the call named again, a word of the next sentence keeps no day
    x = _extract(call + "Wickremesinghe urged India to speed up fuel deliveries.", "en", pub)
    assert _dates(x, RelationType.REQUEST) == [None]


def test_an_act_at_the_close_of_the_talks_takes_their_day_ar() -> None:
    x = _extract(
        "استقبل رئيس الوزراء الإثيوبي آبي أحمد أمس الأربعاء الرئيس الكيني وليام روتو في "
        "أديس أبابا. وتشهد العلاقات بين البلدين تحسناً ملحوظاً منذ سنوات. وفي ختام "
        "المباحثات، وقّعت إثيوبيا وكينيا اتفاقية للتعاون في مجال الطاقة.",
        "ar",
        date(2024, 3, 14),
    )
    got = [r.date for r in x.relations if r.type is not RelationType.CONSULT]
    assert got and set(got) == {"2024-03-13"}


def test_a_background_call_is_not_the_meeting_named_again() -> None:
    x = _extract(
        "اتفقت الكويت والعراق على تشكيل لجنة مشتركة لترسيم الحدود البحرية. وكان أمير "
        "الكويت قد اتصل هاتفياً بالرئيس العراقي يوم الاثنين الماضي. ورحب الأمين العام "
        "للجامعة العربية أحمد أبو الغيط بالاتفاق، وأشاد بالروح التي سادت الاجتماع.",
        "ar",
        date(2023, 4, 13),
    )
    assert "2023-04-10" not in [r.date for r in x.relations if r.type is RelationType.SUPPORT]


THE_DATES_READ_ARE_THESE_CASES = [
    pytest.param(
        "أعلن وزير الخارجية المغربي ناصر بوريطة، أمس الثلاثاء 15 شعبان 1439 هـ الموافق "
        "1 مايو 2018، قطع العلاقات الدبلوماسية مع إيران.",
        "ar",
        date(2018, 5, 2),
        RelationType.SANCTION,
        ["2018-05-01"],
        id="an_act_after_a_subject_and_a_long_dated_inset_is_read_and_dated",
    ),
    pytest.param(
        _LEAD + "واتهم بوريطة طهران بتسليح جبهة البوليساريو.",
        "ar",
        date(2018, 5, 2),
        RelationType.ACCUSE,
        ["2018-05-01"],
        id="a_statement_going_on_with_a_dated_act_passes_its_day_on",
    ),
    # the pluperfect's "قد" comes seven words in: background all the same
    pytest.param(
        "وقال وزير الخارجية الأردني أيمن الصفدي، أمس الأربعاء، إن الحل السياسي هو الطريق "
        "الوحيد. وكان وزير الخارجية الإيراني حسين أمير عبد اللهيان قد زار عمّان في الشهر "
        "الماضي. وأضاف الصفدي أن "
        "الأردن سيواصل جهوده، داعياً إيران إلى وقف التدخل في شؤون المنطقة.",
        "ar",
        date(2023, 5, 11),
        RelationType.REQUEST,
        ["2023-05-10"],
        id="a_participle_after_a_long_pluperfect_sentence_takes_the_statement_date",
    ),
    # the lead's act gives no relation; its subject and day still open the story
    pytest.param(
        "بيروت - رفعت وزارة الخارجية اللبنانية، أمس الأحد، شكوى رسمية إلى مجلس الأمن "
        "الدولي بشأن الغارات على الجنوب.\nواستدعت وزارة الخارجية اللبنانية السفير الإيراني "
        "في بيروت.",
        "ar",
        date(2024, 1, 8),
        RelationType.ACCUSE,
        ["2024-01-07"],
        id="a_bare_city_dateline_does_not_hide_the_lead_day",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "pub", "rtype", "expected"), THE_DATES_READ_ARE_THESE_CASES
)
def test_the_dates_read_are_these(
    text: str, lang: str, pub: date, rtype: RelationType, expected: list[str | None]
) -> None:
    assert _dates(_extract(text, lang, pub), rtype) == expected
