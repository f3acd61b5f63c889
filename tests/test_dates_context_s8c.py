"""Dates an act takes from its story's context, round 3 (session 8): a time told in
another clause after the act ("على أن يتوجه اليوم إلى ..."، "فيما يغادر اليوم") does not
keep the act from the story's day; "الليلة الماضية" is last night; a Hijri month told from
publication ("في رمضان الماضي") is the Gregorian month that holds most of it; the last two
years or months ("خلال العامين الماضيين") are a stretch, no day of the story. Guards: the
act's own time, "الليلة" alone, a Hijri date next to its Gregorian one, counted years."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Article, Extraction, Relation, RelationType


def _run(text: str, pub: date) -> Extraction:
    return extract(Article(id="s8c-dates", lang="ar", published=pub, text=text))


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


_VISIT = "عمان - استقبل العاهل الأردني الملك عبد الله الثاني، أمس الأحد، الرئيس العراقي.\n"


def test_a_today_in_a_later_clause_leaves_the_act_the_storys_day() -> None:
    text = _VISIT + (
        "ووقع الأردن والعراق اتفاقا للربط الكهربائي، على أن يتوجه الرئيس العراقي اليوم "
        "إلى القاهرة.\n"
    )
    signed = _rel(_run(text, date(2024, 9, 23)), RelationType.AGREE, "Jordan")
    assert signed and all(r.date == "2024-09-22" for r in signed)


def test_the_acts_own_today_still_dates_it() -> None:
    text = _VISIT + "ووقع الأردن والعراق اليوم اتفاقا للربط الكهربائي.\n"
    signed = _rel(_run(text, date(2024, 9, 23)), RelationType.AGREE, "Jordan")
    assert signed and all(r.date == "2024-09-23" for r in signed)


def test_a_today_after_regarding_is_still_the_acts_own() -> None:
    text = _VISIT + "ووقع الأردن والعراق اتفاقا فيما يتعلق بالربط الكهربائي اليوم.\n"
    signed = _rel(_run(text, date(2024, 9, 23)), RelationType.AGREE, "Jordan")
    assert signed and all(r.date == "2024-09-23" for r in signed)


def test_last_night_is_the_day_before_publication() -> None:
    pub = date(2022, 6, 14)
    assert _values("وأدانت الكويت الهجوم الليلة الماضية.", pub) == [
        ("الليلة الماضية", "2022-06-13")
    ]
    assert _values("ويلقي الرئيس خطابا الليلة.", pub) == [("الليلة", "2022-06-14")]


def test_a_hijri_month_told_from_publication_is_its_gregorian_month() -> None:
    pub = date(2024, 5, 13)
    assert [v for _, v in _values("واتفق الجانبان في رمضان الماضي على التعاون.", pub)] == [
        "2024-03"
    ]
    assert [v for _, v in _values("ويزور الوفد الرياض خلال شهر ذي الحجة المقبل.", pub)] == [
        "2024-06"
    ]
    # "رمضان" is also a name: no time without "في", "خلال", "منذ" or "شهر"
    assert _values("وقال المتحدث باسم الوزارة رمضان الماضي إن", pub) == []


def test_a_hijri_date_next_to_its_gregorian_one_keeps_the_gregorian_value() -> None:
    got = _values("وصل الوفد في 16 محرم 1443 هـ الموافق 24 أغسطس 2021.", date(2021, 8, 30))
    assert [v for _, v in got] == ["2021-08-24"]


def test_the_last_two_years_are_a_stretch_no_day_of_the_story() -> None:
    text = _VISIT + "واستضافت بغداد جولات من المحادثات بين الأردن ومصر خلال العامين الماضيين.\n"
    pub = date(2024, 9, 23)
    assert _values("خلال العامين الماضيين", pub) == [("خلال العامين الماضيين", None)]
    assert _values("وزار الوزير بغداد قبل عامين", pub) == [("قبل عامين", "2022")]
    x = _run(text, pub)
    hosted = [r for r in x.relations if "جولات" in r.evidence]
    assert hosted and all(r.date is None for r in hosted)


def _en_values(text: str, pub: date) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in find_times(text, "en", pub)]


def test_the_part_of_the_present_week_month_or_year_is_that_period() -> None:
    pub = date(2019, 6, 12)
    assert _en_values("Oman said at the start of the month that it would mediate.", pub) == [
        ("at the start of the month", "2019-06")
    ]
    assert _en_values("Midweek, Kuwait urged restraint.", pub) == [("Midweek", "2019-06")]
    assert _en_values("Bahrain will host the talks by the end of the year.", pub) == [
        ("by the end of the year", "2019")
    ]
    # early in January, the start of the year is its first month, as "earlier this year"
    assert _en_values("Qatar said at the beginning of the year that", date(2019, 1, 9)) == [
        ("at the beginning of the year", "2019-01")
    ]


def test_the_start_of_another_thing_or_of_last_year_keeps_its_reading() -> None:
    pub = date(2019, 6, 12)
    assert _en_values("At the start of the war, Oman stayed neutral.", pub) == []
    assert _en_values("Oman said at the end of last year that", pub) == [("last year", "2018")]


def _vote(lead: str, lang: str = "en") -> list[Relation]:
    pub = date(2024, 2, 27)
    x = extract(Article(id="s8c-vote", lang=lang, published=pub, text=lead))
    label = {e.id: e.label for e in x.entities}
    return [
        r for r in x.relations if r.type is RelationType.SUPPORT and "Hungary" in label[r.object]
    ]


def test_thanks_after_the_vote_take_the_day_of_the_ratification_told_before() -> None:
    text = (
        "BUDAPEST, Feb 27 - Hungary's parliament ratified Sweden's bid to join NATO on "
        "Monday, ending months of delay.\n"
        "Speaking after the vote, Swedish Prime Minister Ulf Kristersson thanked Hungary.\n"
    )
    thanks = _vote(text)
    assert thanks and all(r.date == "2024-02-26" for r in thanks)


def test_thanks_after_a_vote_no_dated_act_told_stay_undated() -> None:
    text = (
        "BUDAPEST, Feb 27 - Hungary's parliament is expected to take up Sweden's bid to "
        "join NATO.\n"
        "Speaking after the vote, Swedish Prime Minister Ulf Kristersson thanked Hungary.\n"
    )
    thanks = _vote(text)
    assert thanks and all(r.date is None for r in thanks)


def test_arabic_thanks_before_the_vote_take_the_day_of_the_ratification() -> None:
    text = (
        "بودابست - صادق البرلمان المجري، أمس الإثنين، على اتفاقية الشراكة الاستراتيجية مع "
        "اليونان.\n"
        "وقبيل التصويت، أعرب رئيس الوزراء اليوناني عن شكره للمجر.\n"
    )
    thanks = _vote(text, "ar")
    assert thanks and all(r.date == "2024-02-26" for r in thanks)
