"""Dates an act takes from its story's context, round 3 (session 8): a time told in
another clause after the act ("على أن يتوجه اليوم إلى ..."، "فيما يغادر اليوم") does not
keep the act from the story's day; "الليلة الماضية" is last night; a Hijri month told from
publication ("في رمضان الماضي") is the Gregorian month that holds most of it; the last two
years or months ("خلال العامين الماضيين") are a stretch, no day of the story. Guards: the
act's own time, "الليلة" alone, a Hijri date next to its Gregorian one, counted years."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Extraction, Relation, RelationType


def _run(text: str, pub: date) -> Extraction:
    return extracted(text, "ar", pub, article_id="s8c-dates")


def _rel(x: Extraction, rtype: RelationType, party: str) -> list[Relation]:
    label = {e.id: e.label for e in x.entities}
    return [
        r
        for r in x.relations
        if r.type is rtype and "ووقع" in r.evidence and party in (label[r.subject], label[r.object])
    ]


def _values(text: str, pub: date) -> list[tuple[str, str | None]]:
    folded = fold(text)
    return [(folded[t.start : t.end], t.value) for t in find_times(folded, "ar", pub)]


def _en_values(text: str, pub: date) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in find_times(text, "en", pub)]


def _times(lang: str, text: str, pub: date) -> list[tuple[str, str | None]]:
    """(span, value) of every time in ``text`` (Arabic is folded first)."""
    return _values(text, pub) if lang == "ar" else _en_values(text, pub)


_VISIT = "عمان - استقبل العاهل الأردني الملك عبد الله الثاني، أمس الأحد، الرئيس العراقي.\n"


@pytest.mark.parametrize(
    ("act", "day"),
    [
        pytest.param(
            "ووقع الأردن والعراق اتفاقا للربط الكهربائي، على أن يتوجه الرئيس العراقي اليوم "
            "إلى القاهرة.\n",
            "2024-09-22",
            id="a_today_in_a_later_clause_leaves_the_act_the_storys_day",
        ),
        pytest.param(
            "ووقع الأردن والعراق اليوم اتفاقا للربط الكهربائي.\n",
            "2024-09-23",
            id="the_acts_own_today_still_dates_it",
        ),
        pytest.param(
            "ووقع الأردن والعراق اتفاقا فيما يتعلق بالربط الكهربائي اليوم.\n",
            "2024-09-23",
            id="a_today_after_regarding_is_still_the_acts_own",
        ),
    ],
)
def test_the_signing_after_the_visit_takes_its_day(act: str, day: str) -> None:
    signed = _rel(_run(_VISIT + act, date(2024, 9, 23)), RelationType.AGREE, "Jordan")
    assert signed and all(r.date == day for r in signed)


# (language, text, publication day, every (span, value) found), by what the row proves.
SPANS: dict[str, tuple[str, str, date, list[tuple[str, str | None]]]] = {
    "last_night_is_the_day_before_publication": (
        "ar",
        "وأدانت الكويت الهجوم الليلة الماضية.",
        date(2022, 6, 14),
        [("الليلة الماضية", "2022-06-13")],
    ),
    "last_night_is_the_day_before_publication-tonight_alone_is_the_day": (
        "ar",
        "ويلقي الرئيس خطابا الليلة.",
        date(2022, 6, 14),
        [("الليلة", "2022-06-14")],
    ),
    # "رمضان" is also a name: no time without "في", "خلال", "منذ" or "شهر"
    "a_hijri_month_told_from_publication_is_its_gregorian_month-ramadan_as_a_name": (
        "ar",
        "وقال المتحدث باسم الوزارة رمضان الماضي إن",
        date(2024, 5, 13),
        [],
    ),
    "the_last_two_years_are_a_stretch_no_day_of_the_story": (
        "ar",
        "خلال العامين الماضيين",
        date(2024, 9, 23),
        [("خلال العامين الماضيين", None)],
    ),
    "the_last_two_years_are_a_stretch_no_day_of_the_story-counted_years_ago": (
        "ar",
        "وزار الوزير بغداد قبل عامين",
        date(2024, 9, 23),
        [("قبل عامين", "2022")],
    ),
    "the_part_of_the_present_week_month_or_year_is_that_period-start_of_month": (
        "en",
        "Oman said at the start of the month that it would mediate.",
        date(2019, 6, 12),
        [("at the start of the month", "2019-06")],
    ),
    "the_part_of_the_present_week_month_or_year_is_that_period-midweek": (
        "en",
        "Midweek, Kuwait urged restraint.",
        date(2019, 6, 12),
        [("Midweek", "2019-06")],
    ),
    "the_part_of_the_present_week_month_or_year_is_that_period-end_of_year": (
        "en",
        "Bahrain will host the talks by the end of the year.",
        date(2019, 6, 12),
        [("by the end of the year", "2019")],
    ),
    # early in January, the start of the year is its first month, as "earlier this year"
    "the_part_of_the_present_week_month_or_year_is_that_period-january": (
        "en",
        "Qatar said at the beginning of the year that",
        date(2019, 1, 9),
        [("at the beginning of the year", "2019-01")],
    ),
    "the_start_of_another_thing_or_of_last_year_keeps_its_reading-war": (
        "en",
        "At the start of the war, Oman stayed neutral.",
        date(2019, 6, 12),
        [],
    ),
    "the_start_of_another_thing_or_of_last_year_keeps_its_reading-last_year": (
        "en",
        "Oman said at the end of last year that",
        date(2019, 6, 12),
        [("last year", "2018")],
    ),
}


@pytest.mark.parametrize(
    ("lang", "text", "pub", "expected"),
    [pytest.param(*row, id=name) for name, row in SPANS.items()],
)
def test_the_times_found_have_these_spans_and_values(
    lang: str, text: str, pub: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _times(lang, text, pub) == expected


# Arabic text, publication day, the values of every time found (spans not checked).
VALUES: dict[str, tuple[str, date, list[str | None]]] = {
    "a_hijri_month_told_from_publication_is_its_gregorian_month-last_ramadan": (
        "واتفق الجانبان في رمضان الماضي على التعاون.",
        date(2024, 5, 13),
        ["2024-03"],
    ),
    "a_hijri_month_told_from_publication_is_its_gregorian_month-next_dhu_al_hijja": (
        "ويزور الوفد الرياض خلال شهر ذي الحجة المقبل.",
        date(2024, 5, 13),
        ["2024-06"],
    ),
    "a_hijri_date_next_to_its_gregorian_one_keeps_the_gregorian_value": (
        "وصل الوفد في 16 محرم 1443 هـ الموافق 24 أغسطس 2021.",
        date(2021, 8, 30),
        ["2021-08-24"],
    ),
}


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [pytest.param(*row, id=name) for name, row in VALUES.items()],
)
def test_the_times_found_have_these_values(
    text: str, pub: date, expected: list[str | None]
) -> None:
    assert [v for _, v in _values(text, pub)] == expected


def test_the_last_two_years_are_a_stretch_no_day_of_the_story() -> None:
    text = _VISIT + "واستضافت بغداد جولات من المحادثات بين الأردن ومصر خلال العامين الماضيين.\n"
    x = _run(text, date(2024, 9, 23))
    hosted = [r for r in x.relations if "جولات" in r.evidence]
    assert hosted and all(r.date is None for r in hosted)


@pytest.mark.parametrize(
    ("lead", "lang", "day"),
    [
        pytest.param(
            "BUDAPEST, Feb 27 - Hungary's parliament ratified Sweden's bid to join NATO on "
            "Monday, ending months of delay.\n"
            "Speaking after the vote, Swedish Prime Minister Ulf Kristersson thanked Hungary.\n",
            "en",
            "2024-02-26",
            id="thanks_after_the_vote_take_the_day_of_the_ratification_told_before",
        ),
        pytest.param(
            "BUDAPEST, Feb 27 - Hungary's parliament is expected to take up Sweden's bid to "
            "join NATO.\n"
            "Speaking after the vote, Swedish Prime Minister Ulf Kristersson thanked Hungary.\n",
            "en",
            None,
            id="thanks_after_a_vote_no_dated_act_told_stay_undated",
        ),
        pytest.param(
            "بودابست - صادق البرلمان المجري، أمس الإثنين، على اتفاقية الشراكة الاستراتيجية مع "
            "اليونان.\n"
            "وقبيل التصويت، أعرب رئيس الوزراء اليوناني عن شكره للمجر.\n",
            "ar",
            "2024-02-26",
            id="arabic_thanks_before_the_vote_take_the_day_of_the_ratification",
        ),
    ],
)
def test_thanks_for_a_vote_take_the_day_of_the_vote_told(
    lead: str, lang: str, day: str | None
) -> None:
    x = extracted(lead, lang, date(2024, 2, 27), article_id="s8c-vote")
    label = {e.id: e.label for e in x.entities}
    thanks = [
        r for r in x.relations if r.type is RelationType.SUPPORT and "Hungary" in label[r.object]
    ]
    assert thanks and all(r.date == day for r in thanks)
