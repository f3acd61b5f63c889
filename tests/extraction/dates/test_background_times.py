"""Event dates of session 10 (S10-H4), on fresh wire copy:

* "حينها"/"آنذاك"/"at the time" in the sentence after a background one (a pluperfect
  "وكانت ... قد"، "had annexed ... in 2014") is the background's time, not the story's;
* a time told inside the content an act brings in, past a modal ("agreed that Kenya
  would build a road by December") is the content's, not the act's: the act goes on
  with the day of the story told just before it;
* an act told by the narrator with its source after it ("..., according to a statement
  from the president's office") goes on with the day of the sentence before.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import assert_relation_dates, extracted

from kg.extractors.dates import find_times
from kg.extractors.text import NormText
from kg.models import RelationType

_CASES = [
    # "at the time" after a background sentence: the background's month
    (
        "Britain expels Russian diplomats\n\nLONDON (Reuters) - Britain expelled two"
        " Russian diplomats on Thursday over a spying case.\n\nRussia had annexed Crimea in"
        " March 2014. At the time, Britain condemned Russia over the annexation.",
        "en",
        date(2023, 5, 12),
        [
            (RelationType.ACCUSE, "United Kingdom", "Russia", "2014-03", "first"),
            (RelationType.SANCTION, "United Kingdom", "Russia", "2023-05-11", "first"),
        ],
    ),
    # "آنذاك" after a pluperfect background sentence
    (
        "الجزائر تستدعي سفيرها في باريس\n\nأعلنت الرئاسة الجزائرية، اليوم السبت، استدعاء"
        " سفيرها لدى فرنسا للتشاور.\n\nوكانت الجزائر قد أغلقت مجالها الجوي أمام الطائرات"
        " العسكرية الفرنسية في الثالث من أكتوبر 2021. واتهمت الجزائر باريس آنذاك بالتدخل"
        " في شؤونها الداخلية.",
        "ar",
        date(2024, 7, 27),
        [(RelationType.ACCUSE, "Algeria", "France", "2021-10", "first")],  # its month (S14)
    ),
    # "حينها" likewise, the background's "the same month"
    (
        "الرياض تعيد فتح سفارتها في الدوحة\n\nأعلنت وزارة الخارجية السعودية، اليوم الاثنين،"
        " إعادة فتح سفارة المملكة في الدوحة بعد انقطاع دام أكثر من ثلاث سنوات.\n\nوكانت"
        " السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر في الخامس من يونيو 2017،"
        " قبل أن تغلق الحدود البرية في السابع من الشهر نفسه. واتهمت الدوحة الرياض حينها"
        " بمحاولة فرض الوصاية على قرارها السيادي.",
        "ar",
        date(2021, 1, 11),
        [(RelationType.ACCUSE, "Qatar", "Saudi Arabia", "2017-06", "first")],
    ),
    # a deadline inside what was agreed: the meeting's day, told just before
    (
        "Egypt and Sudan agree on power link\n\nCAIRO (Reuters) - Sudan said on Tuesday it"
        " would restore flights to Cairo.\n\nOn Monday, Egyptian President Abdel Fattah"
        " al-Sisi received Sudan's army chief Abdel Fattah al-Burhan in Cairo. The two"
        " leaders agreed that Egypt would send engineers to Port Sudan by June, and that"
        " EgyptAir would resume flights there, according to a statement from Sisi's office.",
        "en",
        date(2021, 3, 4),
        [(RelationType.AGREE, "Sisi", "Burhan", "2021-03-01", "first")],
    ),
    (
        "Kenya and Ethiopia sign trade pact\n\nNAIROBI (Reuters) - Kenya's president said on"
        " Friday that regional trade was growing.\n\nOn Wednesday, Kenyan President William"
        " Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi. The two leaders agreed"
        " that Kenya would build a new road to Moyale by December, according to a statement"
        " from Ruto's office.",
        "en",
        date(2023, 6, 3),
        [(RelationType.AGREE, "Ruto", "Abiy", "2023-05-31", "first")],
    ),
    # a part of the day before "من": that day
    (
        "الأردن يستدعي السفير الإيراني\n\nاستدعت وزارة الخارجية الأردنية في ساعة متأخرة من"
        " مساء الأحد السفير الإيراني في عمان وسلمته مذكرة احتجاج.",
        "ar",
        date(2024, 4, 16),
        [(RelationType.ACCUSE, "Jordan", "", "2024-04-14", "first")],
    ),
    # guard: the act's own day, told before the modal, stays
    (
        "Iran warns Israel\n\nTEHRAN (AP) - Iran warned Israel on Tuesday that it would"
        " retaliate next week if strikes on Syria continued.",
        "en",
        date(2024, 4, 10),
        [(RelationType.THREATEN, "Iran", "Israel", "2024-04-09", "first")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "pub", "checks"), _CASES)
def test_event_dates_of_background_content_and_sourced_acts(
    text: str,
    lang: str,
    pub: date,
    checks: list[tuple[RelationType, str, str, str | None, str]],
) -> None:
    assert_relation_dates(extracted(text, lang, pub), checks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أغلقت السلطات المعبر في ساعة متأخرة من مساء الأحد", [("مساء الاحد", "2024-04-14")]),
        ("سقطت الصواريخ في الساعات الأولى من صباح الأحد", [("صباح الاحد", "2024-04-14")]),
        ("أعلن الجيش في وقت متأخر من ليل السبت", [("ليل السبت", "2024-04-13")]),
        ("تستمر المناورات من الأحد إلى الثلاثاء", []),
    ],
)
def test_a_part_of_the_day_before_min_reads_that_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    norm = NormText.of(text).norm
    got = [(norm[t.start : t.end], t.value) for t in find_times(norm, "ar", date(2024, 4, 16))]
    assert got == expected
