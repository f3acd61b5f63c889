"""Dates of fresh wire copy (session 9, round 2, S9-R2-H7): "summoned the ambassador" is a
deed of the day's story, past a year reported in the sentence before; an Arabic note on
the background ("يذكر أن ...") takes no story date; "في مثل هذا اليوم قبل ثلاثة أعوام"
with a number word; "ليل السبت-الأحد" is one night, dated to its evening; a wire dateline
of the day before publication is the day "today" counts from; "The bill's approval came
hours after ..." counts from the approval told before."""

from __future__ import annotations

from datetime import date

from factories import extracted
from factories import relation_dates as _dates

from kg.extractors.dates import find_times
from kg.extractors.text import NormText
from kg.models import Extraction, RelationType


def _extract(text: str, lang: str, pub: date) -> Extraction:
    return extracted(text, lang, pub)


def _times(text: str, lang: str, pub: date) -> list[tuple[str, str | None]]:
    norm = NormText.of(text).norm
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


def test_summoning_an_envoy_is_a_step_of_the_days_story_en() -> None:
    text = (
        "Netherlands expels Russian diplomats over spying\n\n"
        "THE HAGUE (Reuters) - The Netherlands on Tuesday expelled two Russian diplomats it"
        " accused of espionage, the Dutch intelligence service said.\n"
        "Interior Minister Kajsa Ollongren told parliament that the men had tried to build a"
        " network of informants in the technology sector in 2019 and 2020. The Dutch foreign"
        " ministry summoned Russia's ambassador, Alexander Shulgin.\n"
    )
    x = _extract(text, "en", date(2020, 12, 10))
    assert _dates(x, RelationType.SANCTION) == ["2020-12-08"]  # kept: its own Tuesday
    assert _dates(x, RelationType.ACCUSE)[-1] == "2020-12-08"


def test_words_after_the_lead_stay_undated_en() -> None:
    text = (
        "Netherlands expels Russian diplomats over spying\n\n"
        "THE HAGUE (Reuters) - The Netherlands on Tuesday expelled two Russian diplomats,"
        " the Dutch intelligence service said.\n"
        "Germany condemned Russia's spying in Europe.\n"
    )
    x = _extract(text, "en", date(2020, 12, 10))
    accused = [r for r in x.relations if r.type is RelationType.ACCUSE]
    assert accused and all(r.date is None for r in accused)


def test_a_background_note_takes_no_story_date_ar() -> None:
    text = (
        "بكين تستقبل الرئيس الفنزويلي\n\n"
        "بكين 13 سبتمبر 2023 (شينخوا) - استقبل الرئيس الصيني شي جين بينغ اليوم الأربعاء"
        " الرئيس الفنزويلي نيكولاس مادورو في قاعة الشعب الكبرى.\n"
        "ووقع الرئيسان اتفاقيات للتعاون الاقتصادي.\n"
        "ويشار إلى أن الصين أدانت العقوبات الأمريكية على فنزويلا.\n"
    )
    x = _extract(text, "ar", date(2023, 9, 13))
    assert _dates(x, RelationType.AGREE) == ["2023-09-13"]  # kept: the story's step
    assert _dates(x, RelationType.ACCUSE) == [None]


def test_this_day_years_ago_with_a_number_word_ar() -> None:
    pub = date(2024, 10, 7)
    got = _times("وفي مثل هذا اليوم قبل ثلاثة أعوام وقع البلدان اتفاقا للتعاون.", "ar", pub)
    assert [v for _, v in got] == ["2021-10-07"]
    got = _times("وفي مثل هذا اليوم قبل خمس سنوات أعلنت واشنطن انسحابها.", "ar", pub)
    assert [v for _, v in got] == ["2019-10-07"]
    got = _times("وفي مثل هذا اليوم قبل عامين أعلنت واشنطن انسحابها.", "ar", pub)
    assert [v for _, v in got] == ["2022-10-07"]  # kept
    got = _times("وتم توقيع الاتفاق قبل ثلاثة أعوام.", "ar", pub)
    assert [v for _, v in got] == ["2021"]  # kept: a year, no day


def test_a_night_across_two_days_is_its_evenings_day_ar() -> None:
    pub = date(2024, 4, 15)
    for text in (
        "شنت إيران ليل السبت-الأحد هجوما بالمسيرات على إسرائيل.",
        "شنت إيران ليل السبت / الأحد هجوما بالمسيرات على إسرائيل.",
    ):
        assert [v for _, v in _times(text, "ar", pub)] == ["2024-04-13"]
    # kept: two acts on two days
    got = _times("شنت إيران ليل السبت هجوما، ثم ردت إسرائيل الأحد.", "ar", pub)
    assert [v for _, v in got] == ["2024-04-13", "2024-04-14"]


def test_a_dateline_of_the_day_before_is_the_day_today_counts_from() -> None:
    text = (
        "Egypt and Qatar discuss Gaza truce\n\n"
        "CAIRO, Jan 14 (Reuters) - Egyptian President Abdel Fattah al-Sisi on Sunday received"
        " the Emir of Qatar in Cairo.\nSisi today urged Israel to allow aid into Gaza.\n"
    )
    pub = date(2024, 1, 15)
    assert [v for s, v in _times(text, "en", pub) if s == "today"] == ["2024-01-14"]
    x = _extract(text, "en", pub)
    assert _dates(x, RelationType.REQUEST) == ["2024-01-14"]
    ar = "القاهرة في 14 يناير /أ ش أ/ - أعلنت وزارة الخارجية أمس أن الوزير سيزور الدوحة."
    assert [v for s, v in _times(ar, "ar", pub) if s == "امس"] == ["2024-01-13"]
    # kept: a dateline of the publication's day
    same = text.replace("Jan 14", "Jan 15").replace("on Sunday", "on Monday")
    assert [v for s, v in _times(same, "en", pub) if s == "today"] == ["2024-01-15"]


def test_came_hours_after_counts_from_the_act_it_names_en() -> None:
    text = (
        "Slovakia's president signs media law despite EU warnings\n\n"
        "BRATISLAVA (Reuters) - Slovak President Peter Pellegrini on Thursday signed a law"
        " overhauling the public broadcaster, his office said.\n"
        "Parliament approved the bill on June 6 despite weeks of street rallies. The"
        " opposition challenged it on Monday, but judges are expected to rule next month.\n"
        "The bill's approval came hours after EU Justice Commissioner Didier Reynders met"
        " Fico in Bratislava.\n"
    )
    got = _times(text, "en", date(2024, 6, 21))
    assert [v for s, v in got if s == "hours after"] == ["2024-06-06"]
    # kept: a head that names no act told before goes on from the story's day
    other = text.replace("The bill's approval came", "It came")
    got = _times(other, "en", date(2024, 6, 21))
    assert [v for s, v in got if s == "hours after"] == ["2024-06-17"]


def test_the_other_sides_answer_in_contrast_takes_the_day_ar() -> None:
    text = (
        "عمان - 14 فبراير 2021 (بترا)\n"
        "أعلن بيان للديوان الملكي الهاشمي، اليوم الأحد، أن جلالة الملك عبد الله الثاني أجرى"
        " اتصالاً هاتفياً مع الرئيس الأمريكي جو بايدن.\n"
        "وأضاف البيان أن جلالة الملك أعرب عن شكره للرئيس الأمريكي على دعم بلاده للمملكة.\n"
        "في المقابل، أعلنت حركة حماس رفضها للموقف الأمريكي، معتبرة أنه منحاز.\n"
    )
    x = _extract(text, "ar", date(2021, 2, 14))
    assert _dates(x, RelationType.CONSULT) == ["2021-02-14"]  # kept
    assert _dates(x, RelationType.REJECT) == ["2021-02-14"]


def test_a_plan_for_next_week_is_no_step_of_the_story() -> None:
    pub = date(2024, 5, 24)
    en = (
        "The court ruled on Monday. Lawmakers will vote on the bill next week. It came"
        " hours after the envoy met the premier."
    )
    assert [v for s, v in _times(en, "en", pub) if s == "hours after"] == ["2024-05-20"]
    ar = (
        "قضت المحكمة الاثنين بإلغاء القانون. ومن المقرر أن يصوت البرلمان الأسبوع المقبل."
        " وجاء ذلك بعد ساعات من لقاء المبعوث برئيس الوزراء."
    )
    got = _times(ar, "ar", pub)
    assert [v for _, v in got] == ["2024-05-20", "2024-05", "2024-05-20"]


def test_words_said_in_answer_go_on_the_days_story_en() -> None:
    text = (
        "US imposes visa bans on Hungarian officials\n\n"
        "Budapest (AFP) - The United States on Tuesday imposed visa restrictions on Hungarian"
        " officials it accuses of undermining the rule of law.\n"
        "Secretary of State Antony Blinken said Washington was reviewing its ties with Budapest.\n"
        "Prime Minister Viktor Orban hit back, accusing the United States of meddling in"
        " Hungary's elections.\n"
        "Germany criticised Hungary's media law.\n"
    )
    x = _extract(text, "en", date(2022, 3, 10))
    accused = {
        x.entities[[e.id for e in x.entities].index(r.subject)].label: r.date
        for r in x.relations
        if r.type is RelationType.ACCUSE
    }
    assert accused.get("Viktor Orban") == "2022-03-08"
    assert accused.get("Germany", "absent") is None  # kept: a third party's words


def test_an_answer_told_in_response_takes_the_day_en() -> None:
    text = (
        "China expels Canadian diplomats\n\n"
        "BEIJING (Reuters) - China on Monday expelled two Canadian diplomats, the foreign"
        " ministry said.\n"
        "In response, Canada urged Beijing to reverse the decision.\n"
        "Japan criticised the Chinese decision.\n"
    )
    x = _extract(text, "en", date(2023, 5, 10))
    assert _dates(x, RelationType.SANCTION) == ["2023-05-08"]  # kept
    assert _dates(x, RelationType.REQUEST) == ["2023-05-08"]
    assert _dates(x, RelationType.ACCUSE) == [None]  # kept: no answer told as such
