"""Event dates, session 11 round 2 (S11-R2-DATES): Arabic wire constructions common in
agency copy -- a KUNA dateline in digits, "منذ يومين" as "two days ago", "صباح الغد" and
"يوم غد الجمعة", the occasion an act was done on ("خلال اتصال هاتفي تلقاه مساء أمس"), a
time past a long place phrase in one clause, the own time of the event of "بعد يومين من
<event>" -- and English "earlier in the day".

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extractors.dates import ago_since, find_times
from kg.extractors.pipeline import extract
from kg.extractors.text import fold
from kg.models import Article, Extraction


def _times(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    norm = fold(text) if lang == "ar" else text
    pub = dt.date.fromisoformat(published)
    return [(norm[t.start : t.end], t.value) for t in find_times(norm, lang, pub)]


def _values(text: str, lang: str, published: str) -> list[str | None]:
    return [v for _, v in _times(text, lang, published)]


def _rels(lang: str, published: str, text: str) -> set[tuple[str, str, str, str | None]]:
    x: Extraction = extract(Article(id="t", lang=lang, published=published, text=text))
    label = {e.id: e.label for e in x.entities}
    return {(label[r.subject], r.type.value, label[r.object], r.date) for r in x.relations}


# KUNA datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("الكويت - 12 - 2 (كونا) -- استقبل ولي العهد وفدا برلمانيا.", "2024-02-12", "2024-02-12"),
        ("نيويورك - 3 - 10 (كونا) -- ألقى المندوب كلمة.", "2023-10-04", "2023-10-03"),
        ("الكويت - 9 - 1 - 2025 (كونا) -- أعلنت الوزارة.", "2025-01-09", "2025-01-09"),
        # the last days of December told in a January page
        ("الكويت - 31 - 12 (كونا) -- أعلنت الوزارة.", "2025-01-01", "2024-12-31"),
    ],
)
def test_a_kuna_dateline_in_digits_gives_its_day(text: str, published: str, value: str) -> None:
    assert value in _values(text, "ar", published)


def test_a_kuna_dateline_on_the_line_after_the_headline() -> None:
    text = "الكويت تدين الهجوم\nالكويت - 12 - 2 (كونا) -- أدانت الكويت الهجوم على السفينة."
    assert "2024-02-12" in _values(text, "ar", "2024-02-12")


@pytest.mark.parametrize(
    "text",
    [
        "وأسفرت المواجهات عن 5 - 3 (كونا) -- قتلى",  # no city opens the line
        "الكويت - 5 - 3 نتيجة المباراة النهائية",  # no agency in brackets after it
        "الكويت - 20 - 6 (كونا) -- أعلنت الوزارة.",  # months away from the page's day
    ],
)
def test_digits_that_are_no_kuna_dateline_give_no_day(text: str) -> None:
    assert not [v for v in _values(text, "ar", "2024-03-05") if v and v.endswith(("-05", "-20"))]


def test_an_act_under_a_kuna_dateline_takes_its_day() -> None:
    rels = _rels(
        "ar",
        "2024-02-13",
        "الكويت - 12 - 2 (كونا) -- استقبل أمير الكويت وزير الخارجية الأردني في قصر بيان.",
    )
    assert any(t == "CONSULT" and d == "2024-02-12" for _, t, _, d in rels)


# منذ + a count of days or weeks -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وصل الوفد إلى الخرطوم منذ يومين.", "2024-06-08"),
        ("بدأت المحادثات منذ ثلاثة أيام في جدة.", "2024-06-07"),
        ("ومنذ 4 أيام أغلقت السلطات المعبر.", "2024-06-06"),
        ("وصل المبعوث إلى صنعاء منذ أسبوع.", "2024-06"),
    ],
)
def test_since_a_count_of_days_is_that_long_ago(text: str, value: str) -> None:
    assert value in _values(text, "ar", "2024-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "تستضيف الدوحة منذ أيام جولة من المفاوضات.",  # no count: a vague stretch
        "قطع البلدان العلاقات منذ عامين.",  # years: a stretch, left open
    ],
)
def test_since_an_open_stretch_stays_without_a_day(text: str) -> None:
    assert not [v for v in _values(text, "ar", "2024-06-10") if v and len(v) == 10]


def test_ago_since_tells_a_count_of_days_from_a_stretch() -> None:
    text = fold("وصل منذ يومين وتستمر المحادثات منذ عام 2019")
    assert ago_since(text, text.index(fold("منذ يومين")))
    assert not ago_since(text, text.index(fold("منذ عام")))


def test_a_visit_since_two_days_is_dated_two_days_back() -> None:
    rels = _rels("ar", "2024-06-10", "زار وزير الخارجية السعودي دمشق منذ يومين في أول زيارة.")
    assert any(t == "CONSULT" and d == "2024-06-08" for _, t, _, d in rels)


# tomorrow --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ويصل الرئيس صباح الغد إلى أنقرة.", "2024-06-11"),
        ("وتعقد القمة مساء غد في المنامة.", "2024-06-11"),
        ("وتستأنف المفاوضات بعد غد في القاهرة.", "2024-06-12"),
        # 2024-06-10 is a Monday: "tomorrow, Tuesday" is the 11th, not the 4th
        ("ويبدأ الوزير يوم غد الثلاثاء جولة خليجية.", "2024-06-11"),
        ("وتبدأ المناورات بعد غد الأربعاء.", "2024-06-12"),
    ],
)
def test_tomorrow_and_the_day_after_are_ahead(text: str, value: str) -> None:
    assert value in _values(text, "ar", "2024-06-10")


@pytest.mark.parametrize(
    "text", ["يبني البلدان شراكة من أجل جيل الغد.", "وتحدث الوزير عن اقتصاد الغد."]
)
def test_the_future_called_tomorrow_is_no_day(text: str) -> None:
    assert _values(text, "ar", "2024-06-10") == []


# the occasion of an act -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وبحث ملك البحرين مع الرئيس الفرنسي، خلال اتصال هاتفي تلقاه مساء أمس، "
        "مستجدات الأوضاع في المنطقة.",
        "وخلال اتصال هاتفي تلقاه مساء أمس، بحث ملك البحرين مع الرئيس الفرنسي "
        "مستجدات الأوضاع في المنطقة.",
    ],
)
def test_the_time_of_the_call_an_act_was_done_on_dates_it(text: str) -> None:
    rels = _rels("ar", "2024-06-10", text)
    assert any(t == "CONSULT" and d == "2024-06-09" for _, t, _, d in rels)


# a time past a long place phrase ---------------------------------------------------------


def test_a_time_past_a_long_place_phrase_in_one_clause_dates_the_act() -> None:
    rels = _rels(
        "ar",
        "2024-06-10",
        "والتقى الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ على هامش قمة "
        "مجموعة العشرين في جزيرة بالي الإندونيسية في نوفمبر 2022.",
    )
    assert ("Joe Biden", "CONSULT", "Xi Jinping", "2022-11") in rels


# the own time of the event of "بعد يومين من" ------------------------------------------


def test_the_time_closing_an_after_phrase_is_its_events_own() -> None:
    text = (
        "واتهمت روسيا أوكرانيا بقصف مدينة بيلغورود، وذلك بعد يومين من هجوم روسي "
        "واسع على كييف يوم الثلاثاء."
    )
    # 2024-03-07 is a Thursday: the Russian attack was on Tuesday the 5th, not the 3rd
    got = _times(text, "ar", "2024-03-07")
    assert (fold("بعد يومين من"), "2024-03-05") in got


def test_an_after_phrase_opening_the_sentence_still_counts_back() -> None:
    got = _times("وبعد ثلاثة أيام من الهجوم أعلنت الحكومة يوم الخميس الحداد.", "ar", "2024-03-07")
    assert (fold("وبعد ثلاثة ايام من"), "2024-03-04") in got


# English: earlier in the day -------------------------------------------------------------


def test_earlier_in_the_day_goes_on_with_the_day_told_before() -> None:
    got = _times(
        "Blinken met Netanyahu in Jerusalem on Monday. Earlier in the day, Israel struck Rafah.",
        "en",
        "2024-06-12",
    )
    assert ("Earlier in the day", "2024-06-10") in got


def test_earlier_in_the_day_with_no_day_before_is_the_reports_day() -> None:
    got = _times("Earlier in the day, the ministry summoned the envoy.", "en", "2024-06-12")
    assert ("Earlier in the day", "2024-06-12") in got
