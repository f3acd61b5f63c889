"""Dates read off fresh wire copy (session 6): months and years of the story ("in
November of that year", "من العام السابق", "الشهر التالي"), "مطلع الشهر" without a
qualifier, and the date a relation or statement takes: not from a relative clause or
a "but" clause, not from "a day after ...", a plan's time ahead of it, both sides of a
meeting going on with its story, and a described state staying undated."""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted
from factories import relation_dates as _dates

from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Extraction, RelationType

PUB = date(2024, 3, 14)  # a Thursday

# (text, language, [(value, kind), ...])
STORY_CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "Georgia and Russia fought a five-day war in 2008 and Moscow recognised the two "
        "regions in August of that year.",
        "en",
        [("2008", "absolute"), ("2008-08", "anaphoric")],
    ),
    (
        "Britain left the bloc in January 2020 after voters backed Brexit that June.",
        "en",
        [("2020-01", "absolute"), ("2020-06", "anaphoric")],
    ),
    (
        "The accord was signed in 2015 and Washington quit it the following year.",
        "en",
        [("2015", "absolute"), ("2016", "anaphoric")],
    ),
    (
        "Rebels took the port in 2014 and troops retook it on 3 May of the following year.",
        "en",
        [("2014", "absolute"), ("2015-05-03", "anaphoric")],
    ),
    (
        "Talks stalled in March 2019; later that year the envoys met in Oslo.",
        "en",
        [("2019-03", "absolute"), ("2019", "anaphoric")],
    ),
    (
        "اندلعت الأزمة في آذار/مارس 2017، وقطعت الدول الأربع علاقاتها في حزيران من العام نفسه.",
        "ar",
        [("2017-03", "absolute"), ("2017-06", "anaphoric")],
    ),
    (
        "أغلقت الكويت سفارتها عام 2012، بعد أن علّقت الجامعة العضوية في تشرين الثاني "
        "من العام السابق.",
        "ar",
        [("2012", "absolute"), ("2011-11", "anaphoric")],
    ),
    (
        "وقّع البلدان الاتفاقية عام 2018، وانسحبت منها طهران في العام التالي.",
        "ar",
        [("2018", "absolute"), ("2019", "anaphoric")],
    ),
    (
        "أطلقت الصواريخ في أيلول 2022، وفي الشهر التالي فرضت واشنطن عقوبات.",
        "ar",
        [("2022-09", "absolute"), ("2022-10", "anaphoric")],
    ),
    # in a new sentence: from the main clause's time, not the one of a clause after it
    (
        "Washington imposed tariffs in March 2018 after a review begun in April 2017. "
        "Beijing retaliated the following month.",
        "en",
        [("2018-03", "absolute"), ("2017-04", "absolute"), ("2018-04", "anaphoric")],
    ),
    (
        "أغلقت الدوحة حدودها في حزيران 2017 بعد أزمة بدأت في أيار 2017. وفي الشهر التالي "
        "قدمت الكويت وساطتها.",
        "ar",
        [("2017-06", "absolute"), ("2017-05", "absolute"), ("2017-07", "anaphoric")],
    ),
    # bare "early/mid/late this month/year" (no qualifier: the current one)
    ("اندلعت الحرائق مطلع الشهر في منطقة القبائل.", "ar", [("2024-03", "deictic")]),
    ("وتعقد القمة أواخر الشهر في الدوحة.", "ar", [("2024-03", "deictic")]),
    ("وتبدأ المفاوضات منتصف العام في جنيف.", "ar", [("2024", "deictic")]),
]


# days of the current month, dual year words, "on the weekend", "قبل نحو", "Oct. 7"
MORE_CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    ("وأعلنت الرئاسة يوم 10 الجاري تشكيل الحكومة.", "ar", [("2024-03-10", "deictic")]),
    ("وجرت الجولة الثانية في 27 من الشهر الماضي.", "ar", [("2024-02-27", "deictic")]),
    ("وتعقد القمة في 4 المقبل بالرياض.", "ar", [("2024-04-04", "deictic")]),
    ("سيطر التنظيم على المدينة بين عامي 2014 و2017.", "ar", [("2014", "absolute")]),
    ("Thousands protested in Tbilisi on the weekend.", "en", [("2024-03", "deictic")]),
    ("وقع البلدان اتفاقية التجارة قبل نحو عامين.", "ar", [("2022", "relative")]),
    ("The raid of Oct. 7 shocked the region.", "en", [("2023-10-07", "relative")]),
]


@pytest.mark.parametrize(("text", "lang", "want"), MORE_CASES)
def test_days_of_this_month_approximate_ago_and_abbreviated_months_resolve(
    text: str, lang: str, want: list[tuple[str | None, str]]
) -> None:
    got = [(t.value, t.kind) for t in find_times(fold(text), lang, PUB)]
    assert got == want


@pytest.mark.parametrize(("text", "lang", "want"), STORY_CASES)
def test_months_and_years_of_the_story_count_from_the_time_told_before(
    text: str, lang: str, want: list[tuple[str | None, str]]
) -> None:
    got = [(t.value, t.kind) for t in find_times(fold(text), lang, PUB)]
    assert got == want


def test_qualified_month_and_year_phrases_keep_their_own_reading() -> None:
    # guards: a qualifier after "مطلع الشهر" still counts from publication, and the
    # phrases that only look like a story's year are left alone
    got = [t.value for t in find_times(fold("وقعت الاشتباكات مطلع الشهر الماضي"), "ar", PUB)]
    assert got == ["2024-02"]
    got = [t.value for t in find_times(fold("ستجري الانتخابات نهاية العام الجاري"), "ar", PUB)]
    assert got == ["2024"]
    assert [t.value for t in find_times(fold("Prices rose last February."), "en", PUB)] == [
        "2024-02"
    ]
    assert find_times(fold("He won the 2018 vote, and that year's budget rose."), "en", PUB) == []
    assert find_times(fold("The minister said that May would be decisive."), "en", PUB) == []
    # with nothing told before, a story's year is no date at all
    assert find_times(fold("Troops withdrew the following year."), "en", PUB) == []


def _extract(text: str, lang: str, pub: date = PUB) -> Extraction:
    return extracted(text, lang, pub)


def test_a_time_past_a_relative_pronoun_does_not_date_the_act() -> None:
    x = _extract(
        "Vietnam accused China of violating its sovereignty on Tuesday over the islands, "
        "which Beijing seized in 1974.",
        "en",
    )
    assert _dates(x, RelationType.ACCUSE) == ["2024-03-12"]  # guard: its own time stays
    x = _extract(
        "Serbia rejected the plan for the northern municipalities, which the European "
        "Union drafted in 2023.",
        "en",
    )
    assert _dates(x, RelationType.REJECT) == [None]


def test_a_statement_is_not_dated_by_a_since_clause_after_it() -> None:
    x = _extract(
        "China said it would send an envoy to Kyiv, the foreign ministry said, which has "
        "pressed for talks since 2023.",
        "en",
    )
    assert _dates(x, RelationType.CONSULT) == [None]
    x = _extract("China said on Monday it would send an envoy to Kyiv.", "en")
    assert _dates(x, RelationType.CONSULT) == ["2024-03-11"]  # guard


def test_a_time_before_a_but_clause_belongs_to_the_other_clause() -> None:
    x = _extract(
        "A ceasefire was agreed in Doha in 2021, but Israel rejected the Hamas demands.", "en"
    )
    assert RelationType.REJECT in {r.type for r in x.relations}
    assert set(_dates(x, RelationType.REJECT)) == {None}
    x = _extract("In 2021 Israel rejected the Hamas demands.", "en")
    assert _dates(x, RelationType.REJECT) == ["2021"]  # guard


def test_a_time_before_a_clause_with_its_own_subject_is_not_its_time() -> None:
    x = _extract(
        "Egypt hosted the climate summit in 2022, and Germany has pledged military aid to Ukraine.",
        "en",
    )
    assert _dates(x, RelationType.AID) == [None]
    x = _extract("In 2022 Germany pledged military aid to Ukraine.", "en")
    assert _dates(x, RelationType.AID) == ["2022"]  # guard


def test_the_story_day_is_the_main_clause_not_the_day_before_it() -> None:
    x = _extract(
        "Kenya and Tanzania signed a trade pact on Monday, a day after Kenyan President "
        "William Ruto arrived in Dodoma. Ruto and Tanzanian President Samia Suluhu Hassan "
        "signed a border protocol.",
        "en",
    )
    assert set(_dates(x, RelationType.AGREE)) == {"2024-03-11"}


def test_a_plan_takes_the_time_ahead_not_a_past_one_before_it() -> None:
    x = _extract(
        "The Egyptian foreign minister met his Ethiopian counterpart in Cairo last June and "
        "is expected to travel to Addis Ababa next month.",
        "en",
    )
    got = {(r.modality.value, r.date) for r in x.relations if r.type is RelationType.CONSULT}
    assert ("intended", "2024-04") in got
    assert ("asserted", "2023-06") in got  # guard: the meeting keeps its own time


def test_both_sides_of_a_meeting_go_on_with_its_story() -> None:
    x = _extract(
        "استقبل العاهل الأردني الملك عبدالله الثاني، اليوم الأحد، الرئيس الفرنسي إيمانويل "
        "ماكرون في عمّان. وأشاد ماكرون بدور الأردن في إيصال المساعدات.",
        "ar",
        date(2024, 3, 17),
    )
    assert _dates(x, RelationType.SUPPORT) == ["2024-03-17"]
    assert _dates(x, RelationType.CONSULT) == ["2024-03-17"]


def test_a_described_state_does_not_take_the_story_day() -> None:
    x = _extract(
        "طالب رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الاثنين بوتين بالإفراج عن "
        "المواطن الإسرائيلي. وأكد نتنياهو أن المواطن، المعتقل في روسيا، بريء.",
        "ar",
        date(2024, 3, 11),
    )
    assert _dates(x, RelationType.REQUEST) == ["2024-03-11"]  # guard
    assert all(r.date is None for r in x.relations if "المعتقل" in r.evidence)
    assert any("المعتقل" in r.evidence for r in x.relations)


def _said(x: Extraction, cue: str) -> list[str | None]:
    return [q.date for q in x.quotes if q.cue == cue]


def test_a_statement_takes_the_time_at_the_edge_of_what_it_says() -> None:
    x = _extract("Egypt said last week it would oppose any change to the Nile treaty.", "en")
    assert _said(x, "said") == ["2024-03"]
    x = _extract("Arab League chief Ahmed Aboul Gheit welcomed the vote on Wednesday.", "en")
    assert _said(x, "welcomed") == ["2024-03-13"]
    # the time at the end of a reported clause is the content's, not the saying's
    x = _extract("وأكدت وزارة الخارجية المصرية أن السفير باشر مهامه أمس.", "ar")
    assert _said(x, "وأكدت") == [None]


def test_a_statement_does_not_take_a_time_that_belongs_elsewhere() -> None:
    x = _extract(
        "ROME, March 13 (Reuters) - Italy and Libya signed a migration accord, Italian "
        "Prime Minister Giorgia Meloni said.",
        "en",
    )
    assert _said(x, "said") == [None]  # the dateline: when the report was filed
    x = _extract(
        "وقال وزير الخارجية المصري سامح شكري إنه بحث الملف مع نظيره التونسي في أيار "
        "الماضي، مؤكدا أن العلاقات بين البلدين متينة.",
        "ar",
    )
    assert _said(x, "مؤكدا") == [None]  # a time inside another statement's content
    x = _extract(
        "Sweden applied to join in May 2022, but Ankara held up the bid, accusing "
        "Stockholm of sheltering militants.",
        "en",
    )
    assert _said(x, "accusing") == [None]  # a clause before "but"
    x = _extract("The Egyptian foreign ministry said on Tuesday the talks had failed.", "en")
    assert _said(x, "said") == ["2024-03-12"]  # guard


def test_an_event_months_or_years_before_the_main_one_is_left_undated() -> None:
    got = find_times(fold("Rwanda agreed to talks, two years after Kigali cut ties."), "en", PUB)
    assert [(t.value, t.kind) for t in got] == [(None, "vague")]
    got = find_times(fold("أعادت قطر فتح سفارتها بعد نحو خمس سنوات من إغلاقها"), "ar", PUB)
    assert [(t.value, t.kind) for t in got] == [(None, "vague")]
    # guard: a count of days still dates the earlier event from the main clause
    got = find_times(fold("Troops left on Friday, two days after the truce."), "en", PUB)
    assert [t.value for t in got] == ["2024-03-08", "2024-03-06"]
    x = _extract(
        "Bahrain and Qatar agreed on Tuesday to restore diplomatic relations, more than two "
        "years after Manama cut ties with Doha.",
        "en",
    )
    dated = {(r.type, r.date) for r in x.relations}
    assert (RelationType.AGREE, "2024-03-12") in dated  # guard
    assert all(d is None for t, d in dated if t is RelationType.SANCTION)
    assert any(t is RelationType.SANCTION for t, _ in dated)


def test_a_participle_clause_before_a_time_keeps_it_from_the_act() -> None:
    x = _extract(
        "وقعت مصر والسودان، اتفاقية جديدة لتقاسم المياه بدلا من الاتفاقية الموقعة عام 1959.",
        "ar",
    )
    assert _dates(x, RelationType.AGREE) == [None]
    x = _extract("طالبت مصر إثيوبيا بالالتزام بإعلان المبادئ الموقع في آذار 2015.", "ar")
    assert _dates(x, RelationType.REQUEST) == [None]
    # guard: "المتحدة" of a name is no participle clause
    x = _extract("وقعت الإمارات اتفاقا تجاريا مع الولايات المتحدة عام 2020.", "ar")
    assert _dates(x, RelationType.AGREE) == ["2020"]
    x = _extract(
        "Qatar said it would drop its complaint against the United Arab Emirates, filed in "
        "June 2018.",
        "en",
    )
    assert _dates(x, RelationType.CONCEDE) == [None]


def test_a_relative_clause_with_its_own_agent_does_not_date_a_named_event() -> None:
    x = _extract(
        "Erdogan also said he would fully restore a defence pact with Egypt that Ankara froze "
        "in 2013.",
        "en",
    )
    assert _dates(x, RelationType.AGREE) == [None]
    x = _extract(
        "وقال الرئيس التركي رجب طيب أردوغان إنه سيعيد تفعيل اتفاقية الدفاع مع مصر التي "
        "جمدتها أنقرة عام 2013.",
        "ar",
    )
    assert _dates(x, RelationType.AGREE) == [None]
    # guard: a clause that tells when the event itself ended keeps its time
    x = _extract("Egypt hosted the talks between Israel and Hamas, which ended on Monday.", "en")
    assert set(_dates(x, RelationType.CONSULT)) == {"2024-03-11"}


def test_a_bare_month_in_a_clause_about_the_future_is_the_coming_one() -> None:
    pub = date(2020, 10, 31)
    got = find_times(fold("NATO will review its mission in February."), "en", pub)
    assert [t.value for t in got] == ["2021-02"]
    got = find_times(fold("ومن المقرر أن تستأنف المفاوضات في آذار بالدوحة."), "ar", pub)
    assert [t.value for t in got] == ["2021-03"]
    # guard: a month told in the past is the most recent one
    got = find_times(fold("NATO reviewed its mission in February."), "en", pub)
    assert [t.value for t in got] == ["2020-02"]


def test_a_statement_is_not_dated_by_a_relative_clause_about_its_speaker() -> None:
    x = _extract(
        "Chinese President Xi Jinping, who met Vladimir Putin in Moscow on March 1, said "
        "Beijing would deepen ties with Russia.",
        "en",
    )
    assert {q.date for q in x.quotes if q.cue == "said"} == {None}
    x = _extract(
        "Chinese President Xi Jinping, who met Vladimir Putin in Moscow on March 1, said "
        "on Tuesday Beijing would deepen ties with Russia.",
        "en",
    )
    assert {q.date for q in x.quotes if q.cue == "said"} == {"2024-03-12"}  # guard
