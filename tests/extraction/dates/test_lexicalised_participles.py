"""Event dates, session 14 (S14-DATES).

A participle that is a lexicalised adjective of a name or body ("اللجنة المشتركة",
"القوات المسلحة", "الحكومة المؤقتة") opens no clause of its own: a time right after it
dates the main act, while a true participle with its own act ("الاتفاق الموقع مع واشنطن
عام 2012") still keeps its year.

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import extracted

from kg.extractors.dates import find_times, relative_between
from kg.extractors.text import NormText, fold
from kg.models import Extraction


def _extract(lang: str, published: str, text: str) -> Extraction:
    return extracted(text, lang, dt.date.fromisoformat(published))


def _dates(x: Extraction, rtype: str) -> list[str | None]:
    return [r.date for r in x.relations if r.type.value == rtype]


# adjective participles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rtype", "day"),
    [
        (
            "القاهرة - وكالات\nاتفقت اللجنة العسكرية المصرية السودانية المشتركة أمس الأحد على "
            "ترتيبات تأمين الحدود بين البلدين.",
            "AGREE",
            "2024-03-03",
        ),
        (
            "القاهرة - أ ش أ\nالتقى وزير الخارجية المصري سامح شكري نظيره السوداني على هامش "
            "اجتماعات اللجنة المشتركة أمس الأحد.",
            "CONSULT",
            "2024-03-03",
        ),
        (
            "طرابلس - وكالات\nاستقبل رئيس الحكومة الليبية المؤقتة أمس الأحد وزير الخارجية "
            "التركي هاكان فيدان.",
            "CONSULT",
            "2024-03-03",
        ),
        (
            "الخرطوم - وكالات\nوقع السودان وجنوب السودان اتفاق التعاون المشترك أمس الأحد في جوبا.",
            "AGREE",
            "2024-03-03",
        ),
    ],
)
def test_time_after_an_adjective_participle_dates_the_main_act(
    text: str, rtype: str, day: str
) -> None:
    assert day in _dates(_extract("ar", "2024-03-04", text), rtype)


@pytest.mark.parametrize(
    "head",
    [
        "ألغت النيجر الاتفاق الموقع ",
        "أنهت الحكومة المعاهدة المبرمة ",
        "ألغى البرلمان القانون المعدل ",
    ],
)
def test_a_true_participle_still_keeps_the_time_after_it(head: str) -> None:
    text = fold(head + "في عام 2012")
    assert relative_between(text, True, 0, len(fold(head)))


@pytest.mark.parametrize(
    "head",
    ["اتفقت اللجنة المشتركة ", "هاجمت القوات المسلحة ", "زار رئيس الحكومة المؤقتة "],
)
def test_an_adjective_participle_opens_no_clause(head: str) -> None:
    text = fold(head + "في عام 2012")
    assert not relative_between(text, True, 0, len(fold(head)))


# a standing state told in a relative clause ---------------------------------------------


def _date_of(x: Extraction, rtype: str, subject: str) -> list[str | None]:
    label = {e.id: e.label for e in x.entities}
    return [r.date for r in x.relations if r.type.value == rtype and subject in label[r.subject]]


def test_present_perfect_relative_clause_is_not_dated_by_the_main_clause_en() -> None:
    x = _extract(
        "en",
        "2024-09-08",
        "The United States, which has voiced firm support for Kyiv, sent more air defence "
        "systems to Ukraine in July.",
    )
    assert _date_of(x, "SUPPORT", "United States") == [None]


def test_present_relative_clause_is_not_dated_by_the_main_clause_ar() -> None:
    x = _extract(
        "ar",
        "2023-02-27",
        "دمشق - سانا\nوجدد المقداد خلال المباحثات اليوم المطالبة برفع العقوبات التي تفرضها "
        "الولايات المتحدة على سورية.",
    )
    assert _date_of(x, "SANCTION", "United States") == [None]
    assert _date_of(x, "REQUEST", "Mekdad") == ["2023-02-27"]  # the main act keeps its day


def test_wa_huwa_ma_clause_of_a_standing_view_is_undated() -> None:
    x = _extract(
        "ar",
        "2024-09-08",
        "بغداد - وكالات\nوتنشر تركيا منذ عام 2019 قوات داخل إقليم كردستان، وهو ما تعتبره "
        "بغداد انتهاكا لسيادتها.",
    )
    assert _date_of(x, "ACCUSE", "Iraq") == [None]


def test_past_relative_clause_keeps_its_own_time() -> None:
    en = _extract(
        "en",
        "2024-09-08",
        "ANKARA (Reuters) - Turkey, which signed a grain deal with Ukraine on Friday, urged "
        "Russia to join talks.",
    )
    assert _date_of(en, "AGREE", "Türkiye") == ["2024-09-06"]
    ar = _extract(
        "ar",
        "2024-09-08",
        "الدوحة - قنا\nرحب الوزير بالاتفاق الذي وقعته مصر وقطر أمس في الدوحة.",
    )
    assert _date_of(ar, "AGREE", "Egypt") == ["2024-09-07"]


# "at the time" -----------------------------------------------------------------------


def _times(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    norm = NormText.of(text).norm
    return [
        (norm[t.start : t.end], t.value)
        for t in find_times(norm, lang, dt.date.fromisoformat(published))
    ]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        (
            "احتجزت البحرية ناقلة في الرابع من مارس الجاري، وهو ما وصفته أنقرة حينها بالقرصنة.",
            "ar",
            "حينها",
        ),
        (
            "وكان الجيش قد أغلق المعبر في 12 فبراير، واعتبرت القاهرة آنذاك الخطوة تصعيدا.",
            "ar",
            "آنذاك",
        ),
        (
            "The coast guard seized the ship on March 4. Ankara at the time called it piracy.",
            "en",
            "at the time",
        ),
    ],
)
def test_at_the_time_is_the_month_of_the_day_told_before(text: str, lang: str, word: str) -> None:
    got = dict(_times(text, lang, "2024-03-20"))
    assert got[word][:7] == got[word]
    assert len(got[word]) == 7


def test_the_same_day_keeps_the_day() -> None:
    got = dict(
        _times(
            "The coast guard seized the ship on March 4. Ankara condemned it that day.",
            "en",
            "2024-03-20",
        )
    )
    assert got["that day"] == "2024-03-04"
    ar = dict(
        _times(
            "احتجزت البحرية ناقلة في الرابع من مارس الجاري، واتهمتها أنقرة في اليوم نفسه بالقرصنة.",
            "ar",
            "2024-03-20",
        )
    )
    assert ar["في اليوم نفسه"] == "2024-03-04"


# a day of the month told before ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        (
            "أعلنت مدريد في 18 آذار دعمها للخطة، وردت الرباط في التاسع عشر من الشهر نفسه "
            "باستدعاء سفيرها.",
            "في التاسع عشر من الشهر نفسه",
            "2024-03-19",
        ),
        (
            "أعلنت مدريد في 18 آذار دعمها للخطة، وردت الرباط في 21 من الشهر ذاته باستدعاء سفيرها.",
            "في 21 من الشهر ذاته",
            "2024-03-21",
        ),
        (
            "زار الوزير القاهرة في الثالث من آذار، ثم أرسل وفدا إلى عمان في السادس والعشرين منه.",
            "في السادس والعشرين منه",
            "2024-03-26",
        ),
        (
            "وقع البلدان الاتفاق في 3 كانون الثاني. وصادق عليه البرلمان في الخامس من الشهر التالي.",
            "في الخامس من الشهر التالي",
            "2024-02-05",
        ),
    ],
)
def test_a_day_of_the_month_told_before(text: str, phrase: str, day: str) -> None:
    assert dict(_times(text, "ar", "2024-04-20"))[phrase] == day


def test_a_count_of_the_same_month_with_nothing_told_before_is_no_date() -> None:
    assert _times("أفرجت السلطات عن 20 من الشهر نفسه.", "ar", "2024-04-20") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("عقدت القمة يومي الخامس والسادس من مارس 2023 في الرياض.", "2023-03-05"),
        ("استضافت الدوحة جولة المحادثات يومي الحادي عشر والثاني عشر من آذار الماضي.", "2024-03-11"),
    ],
)
def test_a_span_of_two_ordinal_days_is_its_first_day(text: str, day: str) -> None:
    assert [v for _, v in _times(text, "ar", "2024-04-20")] == [day]


# a weekday is never the name of an event ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Militants carried out an attack on Saturday near the border.", "en", "2024-03-16"),
        ("The Saturday attack killed seven soldiers.", "en", "2024-03-16"),
        ("Police blamed the group for a bombing on Friday in the capital.", "en", "2024-03-15"),
        ("أدان الوزير هجوم الأحد على القاعدة العسكرية.", "ar", "2024-03-17"),
        ("وتبنت الجماعة تفجيرات السبت في العاصمة.", "ar", "2024-03-16"),
    ],
)
def test_an_attack_on_a_weekday_is_dated_by_it(text: str, lang: str, day: str) -> None:
    assert [v for _, v in _times(text, lang, "2024-03-18")] == [day]


@pytest.mark.parametrize(
    "text",
    ["Security was tightened after the September 11 attacks.", "منذ هجمات 11 سبتمبر"],
)
def test_a_named_day_event_is_still_no_date(text: str) -> None:
    lang = "en" if text[0].isascii() else "ar"
    assert [v for _, v in _times(text, lang, "2024-03-18")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "KABUL (Reuters) - Taliban forces carried out an attack on Saturday on Pakistani "
        "military posts along the border, officials said.",
        "MOSCOW (Reuters) - Russia launched an attack on Saturday on Ukraine's energy grid.",
    ],
)
def test_an_attack_launched_on_a_weekday_is_dated_by_it(text: str) -> None:
    assert _dates(_extract("en", "2024-03-18", text), "ASSAULT") == ["2024-03-16"]


# a weekday in a clause headed by a future verb -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وسيلتقي وزير الخارجية نظيره الروسي في موسكو الثلاثاء.", "2025-03-18"),
        ("وستعقد القمة الخليجية في الرياض الأحد.", "2025-03-16"),
        ("سيزور الرئيس التركي القاهرة يوم الثلاثاء.", "2025-03-18"),
        ("وسيدعو الرئيس البرلمان إلى الانعقاد الثلاثاء.", "2025-03-18"),
    ],
)
def test_a_weekday_in_a_future_clause_is_the_coming_one(text: str, day: str) -> None:
    assert [v for _, v in _times(text, "ar", "2025-03-12")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "وسيطرت القوات على المدينة الثلاثاء.",
        "التقى سيرغي لافروف نظيره التركي الثلاثاء.",
        "ستة قتلى في غارة إسرائيلية الثلاثاء.",
        "وسنعمل مع شركائنا، قال الوزير الثلاثاء.",
    ],
)
def test_a_past_weekday_is_not_moved_by_look_alike_words(text: str) -> None:
    assert [v for _, v in _times(text, "ar", "2025-03-12")] == ["2025-03-11"]


def test_a_planned_meeting_takes_the_coming_weekday() -> None:
    x = _extract(
        "ar",
        "2025-03-12",
        "القاهرة - أ ش أ\nأعلنت وزارة الخارجية المصرية اليوم أن الوزير بدر عبد العاطي بحث "
        "مع نظيره الأردني أيمن الصفدي التطورات في غزة.\nوسيلتقي عبد العاطي نظيره السعودي "
        "فيصل بن فرحان في الرياض الأحد.",
    )
    assert "2025-03-16" in _dates(x, "CONSULT")


def test_a_visit_under_way_told_in_a_relative_clause_keeps_the_day() -> None:
    x = _extract(
        "en",
        "2024-09-08",
        "CAIRO (Reuters) - U.S. Secretary of State Antony Blinken, who is visiting Egypt, met "
        "President Abdel Fattah al-Sisi on Saturday.",
    )
    assert _date_of(x, "CONSULT", "Blinken") and set(_date_of(x, "CONSULT", "Blinken")) == {
        "2024-09-07"
    }
