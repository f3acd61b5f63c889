"""Time expressions in Arabic and English resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors.dates import find_times, parse_dateline
from kg.extractors.text import fold

PUB = date(2025, 3, 20)  # a Thursday


def values(text: str, lang: str, pub: date | None = PUB) -> list[str | None]:
    return [t.value for t in find_times(fold(text), lang, pub)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister arrived on Thursday.", "2025-03-20"),
        ("Talks were held on Monday.", "2025-03-17"),
        ("Officials met last Thursday.", "2025-03-13"),
        ("The vote is due next Monday.", "2025-03-24"),
        ("The ministry said yesterday.", "2025-03-19"),
        ("He spoke to reporters today.", "2025-03-20"),
        ("The envoy visited last February.", "2025-02"),
        ("The army withdrew in December of last year.", "2024-12"),
        ("Troops massed earlier this month.", "2025-03"),
        ("The summit is planned for next month.", "2025-04"),
        ("Sanctions were imposed last week.", "2025-03"),
        ("The treaty was signed on March 20, 2025.", "2025-03-20"),
        ("The treaty was signed on 5 June 2019.", "2019-06-05"),
        ("Statement dated 2024-11-02.", "2024-11-02"),
        ("The war began in April 2023.", "2023-04"),
        ("The ruling came in 2016.", "2016"),
        ("Both sides met two days ago.", "2025-03-18"),
        ("Drones struck the port overnight, officials said.", "2025-03-20"),
        ("The strikes at the weekend drew condemnation.", "2025-03"),
    ],
)
def test_english_expressions_resolve_with_their_granularity(text: str, expected: str) -> None:
    assert values(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوزير الخميس إلى العاصمة", "2025-03-20"),
        ("وقالت الوزارة أمس إن", "2025-03-19"),
        ("أعلنت الرئاسة اليوم الاثنين", "2025-03-17"),
        ("زار الوفد أمس الأربعاء المدينة", "2025-03-19"),
        ("التقى الوزيران في فبراير الماضي", "2025-02"),
        ("انسحبت القوات في ديسمبر من العام الماضي", "2024-12"),
        ("وأعلن في وقت سابق من الشهر الجاري", "2025-03"),
        ("وقال في وقت سابق من شهر مارس الجاري", "2025-03"),
        ("وقعت الاتفاقية في 20 آذار/مارس 2025", "2025-03-20"),
        ("وقعت الاتفاقية في ٢٠ مارس ٢٠٢٥", "2025-03-20"),
        ("بدأت الأزمة في نهاية تموز 2024", "2024-07"),
        ("جرت الانتخابات في تشرين الأول الماضي", "2024-10"),
        ("اندلعت الاشتباكات في كانون الثاني 2024", "2024-01"),
        ("وتعود الأزمة إلى عام 1967", "1967"),
        ("ومن المقرر أن يزور الشهر المقبل", "2025-04"),
        ("والتقى الطرفان قبل يومين", "2025-03-18"),
        ("استقبل الرئيس في الثامن عشر من شباط الماضي وفدا", "2025-02-18"),
        ("وعقد الاجتماع في الأول من آذار الجاري", "2025-03-01"),
        ("ووقع الجانبان في الحادي والعشرين من كانون الثاني 2024", "2024-01-21"),
        ("وأعلن في العشرين من الشهر الماضي", "2025-02-20"),
    ],
)
def test_arabic_expressions_resolve_with_their_granularity(text: str, expected: str) -> None:
    assert values(text, "ar") == [expected]


def test_levantine_and_egyptian_month_names_agree() -> None:
    levantine = values("في أيلول 2024 وفي كانون الأول 2024 وفي شباط 2025", "ar")
    egyptian = values("في سبتمبر 2024 وفي ديسمبر 2024 وفي فبراير 2025", "ar")
    assert levantine == egyptian == ["2024-09", "2024-12", "2025-02"]


def test_anaphoric_time_takes_the_previous_date() -> None:
    assert values("وقال في فبراير الماضي إن الوضع صعب، ووقتها أشاد بالعلاقات", "ar") == [
        "2025-02",
        "2025-02",
    ]
    assert values("They met in May 2024. At the time, officials were hopeful.", "en") == [
        "2024-05",
        "2024-05",
    ]


def test_month_words_that_are_not_dates_are_left_alone() -> None:
    assert values("The minister may travel, and protesters march on.", "en") == []
    assert values("مارس الضغط على الحكومة بين الاثنين", "ar") == []


def test_relative_expressions_need_a_publication_date() -> None:
    assert values("The ministry said yesterday.", "en", None) == [None]
    assert values("The treaty was signed on March 20, 2025.", "en", None) == ["2025-03-20"]


def test_the_next_day_is_not_the_publication_day() -> None:
    # "اليوم التالي" counts from an earlier event, not from publication
    assert values("واستدعت الحكومة سفيرها في اليوم التالي", "ar") == []
    assert values("وأعلنت الحكومة اليوم أنها", "ar") == ["2025-03-20"]


def test_text_without_time_expressions_gives_none() -> None:
    assert find_times(fold("قال الوزير إن الوضع مستقر"), "ar", PUB) == []


def test_publication_date_is_read_from_a_dateline() -> None:
    assert parse_dateline("عنوان\nتاريخ النشر: 14th, May 2024 GMT\nنص") == date(2024, 5, 14)
    assert parse_dateline("Title\n09:10 GMT, June 2, 2023\nBody") == date(2023, 6, 2)
    assert parse_dateline("no date in this text at all") is None
