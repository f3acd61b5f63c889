"""Dates read off fresh wire copy (session 6, round 2): a time in a relative clause nested
after a noun, or earlier in the sentence inside a relative clause, is that clause's; a
background (pluperfect) act does not date the next sentence's; "N months after <event>"
parts the main act's time from the earlier event's; a weekday after a word that merely
ends like a preposition ("الإيطالي", "الأمن") is still read."""

from __future__ import annotations

from datetime import date

from factories import extracted
from factories import relation_dates as _dates

from kg.extractors.dates import find_times
from kg.extractors.text import fold
from kg.models import Extraction, RelationType

PUB = date(2024, 3, 14)  # a Thursday


def _extract(text: str, lang: str, pub: date = PUB) -> Extraction:
    return extracted(text, lang, pub)


def test_a_noun_does_not_take_the_time_of_a_participle_nested_in_its_relative_clause() -> None:
    x = _extract(
        "أشاد الرئيس المصري بالمفاوضات بين إثيوبيا وإريتريا، التي أفضت إلى إعلان السلام "
        "الموقع في 9 تموز 2018.",
        "ar",
    )
    assert _dates(x, RelationType.CONSULT) == [None]
    # guard: a relative clause telling when the talks themselves ended keeps its time
    x = _extract(
        "رحبت مصر بالمفاوضات بين السودان وجنوب السودان، التي انتهت في جوبا يوم الاثنين.", "ar"
    )
    assert _dates(x, RelationType.CONSULT) == ["2024-03-11"]


def test_an_act_after_a_relative_clause_does_not_take_the_clause_time() -> None:
    x = _extract(
        "انتقدت تركيا الهجوم على السفارة، التي أغلقت في نيسان الماضي، ودعت إسرائيل إلى وقف "
        "التصعيد.",
        "ar",
    )
    assert _dates(x, RelationType.REQUEST) == [None]
    # guard: the main clause's time goes on to the coordinated act
    x = _extract("أدانت قطر الهجوم على السفارة يوم الأحد، ودعت إسرائيل إلى وقف التصعيد.", "ar")
    assert _dates(x, RelationType.REQUEST) == ["2024-03-10"]


def test_a_background_act_does_not_date_the_next_sentence() -> None:
    x = _extract(
        "وكانت الحكومة الليبية قد طلبت من تركيا المساعدة في تموز الماضي. وشكرت ليبيا أنقرة "
        "على دعمها.",
        "ar",
    )
    assert _dates(x, RelationType.REQUEST) == ["2023-07"]  # its own time stays
    assert _dates(x, RelationType.SUPPORT) == [None]
    # guard: a step of the story told in the simple past goes on with its day
    x = _extract(
        "طلبت الحكومة الليبية من تركيا المساعدة يوم الأحد. ووقعت ليبيا مع تركيا اتفاقا "
        "للتعاون الأمني.",
        "ar",
    )
    assert _dates(x, RelationType.AGREE) == ["2024-03-10"]


def test_an_open_count_after_phrase_parts_the_two_events_times() -> None:
    # the event the phrase introduces keeps the time told right after it
    x = _extract(
        "Qatar restored diplomatic ties with Bahrain on Monday, six years after Manama severed "
        "relations with Doha in June 2017.",
        "en",
    )
    assert _dates(x, RelationType.COOPERATE) == ["2024-03-11"]
    assert _dates(x, RelationType.SANCTION) == ["2017-06"]
    x = _extract(
        "Turkey restored ties with Egypt, a decade after Ankara expelled Egypt's ambassador in "
        "November 2013.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == ["2013-11"]
    assert _dates(x, RelationType.COOPERATE) == [None]
    # the main act does not take the earlier event's time past the phrase
    x = _extract(
        "Armenia and Azerbaijan signed a border protocol in Almaty, eight months after "
        "negotiators concluded talks in Geneva last July.",
        "en",
    )
    assert _dates(x, RelationType.AGREE) == [None]
    # guard: a time of its own stays
    x = _extract("Armenia and Azerbaijan signed a border protocol in Almaty last July.", "en")
    assert _dates(x, RelationType.AGREE) == ["2023-07"]


def test_a_weekday_after_a_word_ending_like_a_preposition_is_read() -> None:
    for text, want in (
        ("استقبل الرئيس الجزائري وزير الخارجية الإيطالي يوم الثلاثاء.", "2024-03-12"),
        ("عقد مجلس الأمن يوم الاثنين جلسة طارئة بشأن غزة.", "2024-03-11"),
    ):
        assert [t.value for t in find_times(fold(text), "ar", PUB)] == [want]
    # guard: a span of days ("بين الأحد والثلاثاء", "من الأحد") is no single day
    for text in ("تتواصل المحادثات بين الأحد والثلاثاء.", "تستمر المناورات من الأحد إلى الخميس."):
        assert [t.value for t in find_times(fold(text), "ar", PUB) if t.value] == []
    x = _extract("استقبل الرئيس الجزائري وزير الخارجية الإيطالي يوم الثلاثاء.", "ar")
    assert _dates(x, RelationType.CONSULT) == ["2024-03-12"]


def test_a_when_clause_takes_the_time_right_before_it() -> None:
    x = _extract(
        "Relations have been frozen since July 2019, when Japan restricted exports of "
        "chemicals to South Korea.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == ["2019-07"]
    # guard: a clause of its own after "and" is not what happened since then
    x = _extract(
        "Relations have been frozen since July 2019, and Japan restricted exports of "
        "chemicals to South Korea.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == [None]


def test_a_time_in_a_consequence_clause_is_the_later_act() -> None:
    x = _extract(
        "تدهورت العلاقات في تشرين الأول 2022، حين فرضت بريطانيا عقوبات على إيران، ما دفع "
        "طهران إلى استدعاء السفير البريطاني في تشرين الثاني من العام نفسه.",
        "ar",
    )
    assert _dates(x, RelationType.SANCTION) == ["2022-10"]


def test_a_month_with_a_story_year_reference_without_of() -> None:
    for text, want in (
        ("Ties collapsed in 2018, and Riyadh expelled the envoy in August that year.", "2018-08"),
        ("Talks began in 2015 and ended in May the following year.", "2016-05"),
    ):
        assert [t.value for t in find_times(fold(text), "en", PUB)][-1] == want
    # guard: a bare month is still the last one, apart from a later "that year"
    got = find_times(
        fold("Riyadh expelled the envoy in August, and that year Ottawa froze trade."), "en", PUB
    )
    assert got[0].value == "2023-08"


def test_a_noun_does_not_take_the_time_of_a_relative_clause_on_another_noun() -> None:
    x = _extract(
        "وأكد الوزير وقوف الأردن إلى جانب تركيا في مواجهة تداعيات الزلزال الذي ضرب جنوب "
        "البلاد في السادس من الشهر الماضي.",
        "ar",
    )
    assert _dates(x, RelationType.SUPPORT) == [None]
    x = _extract(
        "وأكد الوزير وقوف الأردن إلى جانب ليبيا في مواجهة آثار العاصفة التي ضربت درنة في "
        "أيلول الماضي.",
        "ar",
    )
    assert _dates(x, RelationType.SUPPORT) == [None]
    # guard: a time of its own stays
    x = _extract(
        "وأكد الوزير وقوف الأردن إلى جانب تركيا يوم الأحد في مواجهة تداعيات الزلزال.", "ar"
    )
    assert _dates(x, RelationType.SUPPORT) == ["2024-03-10"]


def test_the_speakers_next_act_read_into_its_content_takes_the_statement_day() -> None:
    x = _extract(
        "Vietnam on Monday rejected the claims and recalled its ambassador from Beijing.", "en"
    )
    assert _dates(x, RelationType.SANCTION) == ["2024-03-11"]
    x = _extract(
        "Moscow on Friday rejected the charges and expelled two Estonian diplomats, the "
        "foreign ministry said.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == ["2024-03-08"]


def test_the_next_act_of_the_actor_of_a_dated_opening_goes_on_with_its_day() -> None:
    # the opening act (a note handed over) is read as no relation; its day still carries
    lead = (
        "الكويت (كونا) - سلمت وزارة الخارجية الكويتية، اليوم الأحد، القائم بالأعمال الإيراني "
        "مذكرة بشأن حقل الدرة. "
    )
    x = _extract(lead + "واستدعت الكويت السفير الإيراني.", "ar")
    assert _dates(x, RelationType.ACCUSE) == ["2024-03-10"]
    # guards: another actor's act, or one after a background opening, stays undated
    x = _extract(lead + "واستدعت السعودية السفير الإيراني.", "ar")
    assert _dates(x, RelationType.ACCUSE) == [None]
    x = _extract(
        "الكويت (كونا) - وكانت وزارة الخارجية الكويتية قد سلمت يوم الأحد القائم بالأعمال "
        "الإيراني مذكرة بشأن حقل الدرة. واستدعت الكويت السفير الإيراني.",
        "ar",
    )
    assert _dates(x, RelationType.ACCUSE) == [None]


def test_the_story_resumes_after_a_background_sentence() -> None:
    lead = (
        "استقبل العاهل الأردني الملك عبد الله الثاني، الثلاثاء، الرئيس العراقي عبد اللطيف "
        "رشيد في عمان. "
    )
    x = _extract(
        lead + "وكانت الحكومة العراقية قد طلبت من الأردن تزويدها بالكهرباء في أيار الماضي. "
        "وشكر الملك عبد الله الثاني العراق على دعمه.",
        "ar",
    )
    assert _dates(x, RelationType.REQUEST) == ["2023-05"]  # the background keeps its own
    assert _dates(x, RelationType.SUPPORT) == ["2024-03-12"]
    # guard: a step of another actor's story in between breaks the chain
    x = _extract(
        lead + "وطلبت الحكومة المصرية من الأردن تزويدها بالكهرباء. "
        "وشكر الملك عبد الله الثاني العراق على دعمه.",
        "ar",
    )
    assert _dates(x, RelationType.SUPPORT) == [None]


def test_a_decade_after_an_event_is_an_open_count() -> None:
    got = find_times(fold("Kosovo broke away nearly a decade after the war ended."), "en", PUB)
    assert [(t.value, t.kind) for t in got] == [(None, "vague")]
    x = _extract(
        "Greece and North Macedonia signed the Prespa accord in June 2018, nearly three "
        "decades after Athens blocked Skopje's entry into NATO.",
        "en",
    )
    assert _dates(x, RelationType.AGREE) == ["2018-06"]  # guard
    assert _dates(x, RelationType.COERCE) == [None]


def test_arabic_days_with_the_article_and_parts_of_the_week_resolve() -> None:
    for text, want in (
        ("وعقدت الجولة الأولى في الـ5 من الشهر الجاري.", "2024-03-05"),
        ("ووقع الطرفان المذكرة في الـ20 من الشهر الماضي.", "2024-02-20"),
        ("وأغلقت السلطات المعبر مطلع الأسبوع.", "2024-03"),
    ):
        assert [t.value for t in find_times(fold(text), "ar", PUB)] == [want]
    # guard: a qualified week keeps its own reading
    got = find_times(fold("وأغلقت السلطات المعبر مطلع الأسبوع الماضي."), "ar", PUB)
    assert [t.value for t in got] == ["2024-03"]


def test_years_or_months_later_count_from_the_time_told_before() -> None:
    for text, want in (
        ("Rwanda expelled the envoy in 2019 and readmitted him two years later.", "2021"),
        ("The truce was signed in May 2015; three months later the rebels quit it.", "2015-08"),
        ("Talks collapsed in 2012. A year later, the envoys met again.", "2013"),
    ):
        assert [t.value for t in find_times(fold(text), "en", PUB)][-1] == want
    x = _extract(
        "Morocco cut ties with Iran in 2018. Three years later, Rabat expelled an Iranian "
        "diplomat.",
        "en",
    )
    assert sorted(d for d in _dates(x, RelationType.SANCTION) if d) == ["2018", "2021"]
    # guard: with no time told before, the count dates nothing
    assert find_times(fold("He had been elected 12 years earlier."), "en", PUB) == []


def test_arabic_years_or_months_later_count_from_the_time_told_before() -> None:
    for text, want in (
        ("أغلقت الإمارات سفارتها في دمشق عام 2012، وبعد ذلك بست سنوات أعادت فتحها.", "2018"),
        ("وقعت الهدنة في أيار 2015، وانهارت بعد ذلك بثلاثة أشهر.", "2015-08"),
        ("قطعت البحرين علاقاتها مع قطر في حزيران 2017، وأعادتها بعد ثلاث سنوات.", "2020"),
        ("سحبت الكويت سفيرها عام 2012، وقبل ذلك بعام أغلقت قنصليتها.", "2011"),
    ):
        assert [t.value for t in find_times(fold(text), "ar", PUB)][-1] == want
    # guards: a count about the future, or "after N years of", dates nothing
    for text in (
        "قطعت البحرين علاقاتها مع قطر عام 2017، وستعيدها بعد عامين.",
        "أعادت الكويت فتح سفارتها عام 2019 بعد ثماني سنوات من الإغلاق.",
    ):
        assert find_times(fold(text), "ar", PUB)[-1].value is None


def test_seasons_with_a_qualifier_give_their_year() -> None:
    for text, lang, want in (
        ("Pyongyang tested the missile last summer.", "en", "2023"),
        ("The envoys will meet again next autumn.", "en", "2024"),
        ("The pipeline should open this fall.", "en", "2024"),
        ("وأجرى البلدان مناورات مشتركة الصيف الماضي.", "ar", "2023"),
        ("ويزور الرئيس موسكو في الخريف المقبل.", "ar", "2024"),
    ):
        assert [t.value for t in find_times(fold(text), lang, PUB)] == [want]
    later = date(2024, 10, 2)  # after the summer: last summer is this year's
    got = find_times(fold("Pyongyang tested the missile last summer."), "en", later)
    assert [t.value for t in got] == ["2024"]
    # guard: "fall" as a verb is no season
    assert find_times(fold("Prices may fall sharply."), "en", PUB) == []


def test_the_speakers_own_act_told_in_the_present_takes_the_statement_day() -> None:
    x = _extract(
        "قالت وزارة الخارجية القطرية في بيان، الاثنين، إن الدوحة تدين الهجوم الإيراني على "
        "قاعدة العديد.",
        "ar",
    )
    assert _dates(x, RelationType.ACCUSE) == ["2024-03-11"]
    # guard: another state's act in the present is not done on that day
    x = _extract("قالت وزارة الخارجية القطرية في بيان، الاثنين، إن إسرائيل تواصل قصف غزة.", "ar")
    assert _dates(x, RelationType.ASSAULT) == [None]
