"""Coverage of the time expressions of Arabic and English wire copy (session 5): each
phrase resolves with the granularity the text gives, or is left open on purpose; and
the dates relations take from offsets ("two days after", "the next day"), from the
day's story and from the statement a participle clause goes on."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Article, Extraction, RelationType

PUB = date(2025, 3, 20)  # a Thursday

# (text, language, [(value, kind), ...]); None values are vague or unresolvable spans
CASES: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # Arabic deictic and relative expressions
    ("اجتمع الوزيران الأحد الماضي في عمّان", "ar", [("2025-03-16", "relative")]),
    ("يزور المبعوث بغداد الثلاثاء المقبل", "ar", [("2025-03-25", "relative")]),
    ("وصل الوفد مساء أمس إلى الرباط", "ar", [("2025-03-19", "deictic")]),
    ("وقعت الاشتباكات أول من أمس قرب الحدود", "ar", [("2025-03-18", "deictic")]),
    ("تبدأ المحادثات غداً في مسقط", "ar", [("2025-03-21", "deictic")]),
    ("وكانت الحكومة قد أعلنت مطلع الشهر الجاري خطة جديدة", "ar", [("2025-03", "deictic")]),
    ("انعقدت القمة أواخر الشهر الماضي", "ar", [("2025-02", "deictic")]),
    ("تجري الانتخابات منتصف الشهر المقبل", "ar", [("2025-04", "deictic")]),
    ("أعلنت الوزارة الأسبوع الماضي تعليق الرحلات", "ar", [("2025-03", "deictic")]),
    ("وقّع البلدان اتفاقا العام الماضي", "ar", [("2024", "deictic")]),
    ("قال في وقت سابق من هذا الشهر إن", "ar", [("2025-03", "deictic")]),
    ("أُفرج عن الرهائن في 3 أيار الماضي", "ar", [("2024-05-03", "relative")]),
    ("استقبل الرئيس ضيفه في 12 شباط/فبراير 2025", "ar", [("2025-02-12", "absolute")]),
    ("بدأت الهدنة في 10 كانون الثاني الجاري", "ar", [("2025-01-10", "relative")]),
    ("وقعت الحادثة فجر السبت الفائت", "ar", [("2025-03-15", "relative")]),
    ("التقى الوزيران الخميس الماضية في جدة", "ar", [("2025-03-13", "relative")]),
    ("وصل المبعوث إلى صنعاء أمس الأول", "ar", [("2025-03-18", "deictic")]),
    ("تدهورت العلاقات خلال الأيام الماضية", "ar", [(None, "vague")]),
    ("شهدت المنطقة توترا خلال الفترة الماضية", "ar", [(None, "vague")]),
    ("تصاعدت الهجمات في الآونة الأخيرة", "ar", [(None, "vague")]),
    ("تستضيف الدوحة منذ أشهر مفاوضات غير مباشرة", "ar", [(None, "vague")]),
    ("وأكد الوزير مؤخراً دعم بلاده", "ar", [(None, "vague")]),
    # English
    ("The two leaders spoke by phone last week.", "en", [("2025-03", "deictic")]),
    ("The envoy arrived earlier this month.", "en", [("2025-03", "deictic")]),
    ("Rebels shelled the town late on Tuesday.", "en", [("2025-03-18", "relative")]),
    ("The ministers met on Jan. 5 in Geneva.", "en", [("2025-01-05", "relative")]),
    ("Elections are expected in mid-April.", "en", [("2025-04", "relative")]),
    ("Troops crossed the border two days ago.", "en", [("2025-03-18", "relative")]),
    ("Exports have fallen sharply this year.", "en", [("2025", "deictic")]),
    ("The border has been closed since 2022.", "en", [("2022", "absolute")]),
    ("The navy seized a tanker on Sunday night.", "en", [("2025-03-16", "relative")]),
    ("Tensions have risen in recent weeks.", "en", [(None, "vague")]),
    ("Both sides have traded fire over the past few days.", "en", [(None, "vague")]),
    ("The two countries have been at odds for years.", "en", [(None, "vague")]),
    ("Officials recently visited the site.", "en", [(None, "vague")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_wire_copy_time_expressions_resolve_with_their_granularity(
    text: str, lang: str, expected: list[tuple[str | None, str]]
) -> None:
    got = [(t.value, t.kind) for t in find_times(fold(text), lang, PUB)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the next day / a day later count from the time told before
        (
            "The ministry summoned the envoy on March 3, and the next day it expelled him.",
            "en",
            ["2025-03-03", "2025-03-04"],
        ),
        ("Talks opened on Monday. Two days later the delegations walked out.", "en",
         ["2025-03-17", "2025-03-19"]),
        ("The army withdrew on Saturday. Hours earlier, rockets hit the base.", "en",
         ["2025-03-15", "2025-03-15"]),
        ("Ankara imposed tariffs on Sunday. Athens responded within hours.", "en",
         ["2025-03-16", "2025-03-16"]),
        ("Talks began on Monday but collapsed late in the day.", "en",
         ["2025-03-17", "2025-03-17"]),
        ("اجتمع الوزيران الأحد، وبعد ساعات أعلنا الاتفاق", "ar",
         ["2025-03-16", "2025-03-16"]),
        ("استدعت الوزارة السفير الاثنين، وفي اليوم التالي طردته", "ar",
         ["2025-03-17", "2025-03-18"]),
        ("انسحبت القوات في الخامس من آذار الجاري، وبعد ذلك بيومين عادت", "ar",
         ["2025-03-05", "2025-03-07"]),
        # "N days after <event>": the event that many days before the main clause's time
        ("Rebels seized the airport on Wednesday, two days after the army pulled out.", "en",
         ["2025-03-19", "2025-03-17"]),
        ("The talks resumed on Tuesday, a week after they broke down.", "en",
         ["2025-03-18", "2025-03"]),
        ("وصل الوزير الأربعاء إلى بيروت بعد يومين من انفجار المرفأ", "ar",
         ["2025-03-19", "2025-03-17"]),
        # a "since" time is not where the story is: "the next day" counts from Tuesday
        ("The embassy, shut since January, was stormed on Tuesday; the next day "
         "the envoy left.", "en", ["2025-01", "2025-03-18", "2025-03-19"]),
    ],
)  # fmt: skip
def test_offsets_count_from_another_time_of_the_story(
    text: str, lang: str, expected: list[str]
) -> None:
    got = [t.value for t in find_times(fold(text), lang, PUB) if t.kind != "vague"]
    assert got == expected


def test_an_offset_with_nothing_before_it_is_dropped() -> None:
    assert find_times(fold("The envoy left the next day."), "en", PUB) == []
    assert find_times(fold("وغادر السفير في اليوم التالي"), "ar", PUB) == []


def test_after_phrase_without_a_time_in_its_sentence_is_left_open() -> None:
    times = find_times(fold("Rebels seized the town days after the army left."), "en", PUB)
    assert [(t.value, t.kind) for t in times] == [(None, "after")]


# ----------------------------------------------------------------------------- relations


def _extract(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=PUB, title="", text=text))


def _dates(x: Extraction, rtype: RelationType) -> list[str | None]:
    return [r.date for r in x.relations if r.type is rtype]


def test_event_two_days_after_is_dated_back_from_the_main_clause() -> None:
    x = _extract(
        "Turkey shelled Kurdish positions in Syria on Wednesday, two days after Russia "
        "bombed Turkish troops near Idlib.",
        "en",
    )
    dated = {(r.type, r.date) for r in x.relations}
    assert (RelationType.ASSAULT, "2025-03-17") in dated
    assert (RelationType.ASSAULT, "2025-03-19") in dated


def test_deed_after_a_dated_lead_takes_the_day_of_the_story() -> None:
    x = _extract(
        "The presidents of Kenya and Uganda met in Nairobi on Monday to discuss a border "
        "dispute.\n\nUganda deployed troops to the border with Kenya, officials said. Kenya "
        "expelled the Ugandan ambassador.",
        "en",
    )
    assert _dates(x, RelationType.CONSULT) == ["2025-03-17"]
    assert _dates(x, RelationType.MOBILIZE) == ["2025-03-17"]
    assert _dates(x, RelationType.SANCTION) == ["2025-03-17"]


def test_words_and_background_after_a_dated_lead_stay_undated() -> None:
    x = _extract(
        "Serbian and Kosovar negotiators met in Brussels on Tuesday.\n\n"
        "Germany condemned Serbia over the violence. Serbia has deployed troops to the "
        "border in recent weeks.",
        "en",
    )
    assert _dates(x, RelationType.CONSULT) == ["2025-03-18"]
    assert set(_dates(x, RelationType.ACCUSE)) <= {None}
    assert set(_dates(x, RelationType.MOBILIZE)) <= {None}


def test_arabic_participle_of_the_speaker_takes_the_date_of_the_saying() -> None:
    x = _extract(
        "قال وزير الخارجية الأردني أيمن الصفدي، الثلاثاء، إن الهجوم الذي وقع الجمعة "
        "الماضي كان خطيرا، مطالباً إسرائيل بوقف التصعيد فوراً.",
        "ar",
    )
    assert "2025-03-18" in _dates(x, RelationType.REQUEST)
    assert "2025-03-14" not in _dates(x, RelationType.REQUEST)


def test_english_participle_of_the_speaker_takes_the_date_of_the_saying() -> None:
    x = _extract(
        "Egypt's foreign minister said on Monday that the raid carried out last Friday "
        "was unacceptable, urging Israel to halt its offensive.",
        "en",
    )
    assert "2025-03-17" in _dates(x, RelationType.REQUEST)


def test_vague_stretch_next_to_the_act_leaves_it_undated() -> None:
    x = _extract(
        "انتهت الهدنة في تشرين الأول الماضي، فيما تستضيف الدوحة منذ أشهر مفاوضات بين "
        "السودان وتشاد.",
        "ar",
    )
    assert set(_dates(x, RelationType.CONSULT)) <= {None}


def test_arabic_speaker_announcing_its_own_act_takes_the_announcement_date() -> None:
    x = _extract(
        "وكانت وزارة الخارجية العراقية قد أعلنت أمس أنها استدعت السفير التركي لدى بغداد.",
        "ar",
    )
    assert "2025-03-19" in [r.date for r in x.relations]


def test_arabic_feminine_participle_of_the_speaker_takes_the_date_of_the_saying() -> None:
    x = _extract(
        "أكدت الخارجية المصرية، الأحد، التزامها بالتهدئة التي أعلنت الجمعة الماضي، "
        "مطالبةً إسرائيل بوقف العمليات العسكرية.",
        "ar",
    )
    assert "2025-03-16" in _dates(x, RelationType.REQUEST)


def test_story_day_is_the_day_of_the_lead_past_its_background_year() -> None:
    x = _extract(
        "The leaders of Armenia and Azerbaijan met in Abu Dhabi on Monday, raising hopes "
        "of an end to a conflict that has displaced thousands this year.\n\n"
        "Azerbaijan released four Armenian soldiers after the talks.",
        "en",
    )
    assert _dates(x, RelationType.CONCEDE) == ["2025-03-17"]


def test_arabic_stance_noun_opening_the_saying_takes_its_date() -> None:
    x = _extract(
        "وأعرب وزير الخارجية الكويتي، الاثنين، عن تضامن الكويت الكامل مع الأردن في "
        "مواجهة التهديدات.",
        "ar",
    )
    assert "2025-03-17" in _dates(x, RelationType.SUPPORT)


def test_later_the_same_day_does_not_stop_the_story_day() -> None:
    x = _extract(
        "Ethiopia and Eritrea held talks in Asmara on Monday.\n\n"
        "Eritrea expelled two Ethiopian diplomats, before both sides stepped back late "
        "in the day.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == ["2025-03-17"]
