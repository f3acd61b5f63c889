"""Event dates, session 13 (S13-DATES): a meeting told again between the same two actors
(in the pluperfect too) takes the day of the dated one, unless it is said to be another
("سابق", "previously"); a time past a relative clause closed by a comma is the main
clause's again; a year past a definite participle with its partner ("الاتفاق الموقع مع
واشنطن عام 2012") is the participle's, not the act's; a person speaking again takes the
day of his dated statement.

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import extracted

from kg.extractors.dates import relative_between
from kg.extractors.text import fold
from kg.models import Extraction


def _extract(lang: str, published: str, text: str) -> Extraction:
    return extracted(text, lang, dt.date.fromisoformat(published))


def _rels(x: Extraction) -> list[tuple[str, str, str, str | None, str]]:
    label = {e.id: e.label for e in x.entities}
    return [
        (label[r.subject], r.type.value, label[r.object], r.date, r.evidence) for r in x.relations
    ]


# a meeting told again -------------------------------------------------------------------

_TALKS_AR = (
    "جدة - عقد ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء العراقي محمد شياع "
    "السوداني، مساء الثلاثاء، جلسة مباحثات رسمية في قصر السلام.\n"
    "وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن البلدين وقعا اتفاقية للربط "
    "الكهربائي.\n"
    "وأكد السوداني أن العراق يتطلع إلى شراكة اقتصادية واسعة مع المملكة.\n"
)


def test_reception_told_again_in_the_pluperfect_takes_the_day_of_the_talks() -> None:
    text = _TALKS_AR + "وكان ولي العهد قد استقبل السوداني في قصر السلام، وأقام مأدبة عشاء له."
    meetings = [
        r
        for r in _rels(_extract("ar", "2024-03-06", text))
        if r[1] == "CONSULT" and {r[0], r[2]} == {"Mohammed bin Salman", "Mohammed Shia al-Sudani"}
    ]
    assert meetings
    assert all(r[3] == "2024-03-05" for r in meetings)


def test_a_call_said_to_be_an_earlier_one_does_not_take_the_day_of_the_talks() -> None:
    text = (
        _TALKS_AR
        + "وكان ولي العهد قد أجرى اتصالا هاتفيا سابقا مع السوداني، تناول العلاقات الثنائية."
    )
    calls = [r for r in _rels(_extract("ar", "2024-03-06", text)) if "هاتفيا" in r[4]]
    assert all(r[3] != "2024-03-05" for r in calls)


# relative clauses and participles before a time ----------------------------------------


def _between(text: str, lang: str, time_word: str) -> bool:
    norm = fold(text) if lang == "ar" else text
    key = fold(time_word) if lang == "ar" else time_word
    return relative_between(norm, lang == "ar", 0, norm.index(key))


@pytest.mark.parametrize(
    ("text", "time_word"),
    [
        ("ألغت النيجر اتفاق التعاون العسكري الموقع مع الولايات المتحدة عام 2012", "عام 2012"),
        ("قضت المحكمة ببطلان الاتفاقية الموقعة بين البلدين عام 2012", "عام 2012"),
        ("انسحبت واشنطن من المعاهدة المبرمة مع موسكو في 1987", "في 1987"),
    ],
)
def test_year_past_a_participle_with_its_partner_is_the_participles(
    text: str, time_word: str
) -> None:
    assert _between(text, "ar", time_word)


@pytest.mark.parametrize(
    ("text", "time_word"),
    [
        # a day, not a year: the participle phrase is no background there
        ("بحث الجانبان العلاقات المشتركة بين البلدين اليوم", "اليوم"),
        # no participle: a plain object and its time
        ("التقى الوزير نظيره المصري في 2024", "في 2024"),
    ],
)
def test_time_with_no_participle_phrase_before_it_stays_the_acts(text: str, time_word: str) -> None:
    assert not _between(text, "ar", time_word)


@pytest.mark.parametrize(
    ("text", "lang", "time_word", "inside"),
    [
        (
            "The junta freed the French journalist, who had been held in Niamey for a "
            "year, on Friday after talks with Qatar",
            "en",
            "on Friday",
            False,
        ),
        (
            "The minister met Wang Yi, who arrived in Jakarta on Monday",
            "en",
            "on Monday",
            True,
        ),
        ("التقى الوزير نظيره، الذي وصل إلى الرياض مساء الأحد، اليوم", "ar", "اليوم", False),
        ("التقى الوزير نظيره الذي وصل إلى الرياض مساء الأحد", "ar", "مساء الأحد", True),
    ],
)
def test_time_past_a_relative_clause_closed_by_a_comma_is_the_main_clauses(
    text: str, lang: str, time_word: str, inside: bool
) -> None:
    assert _between(text, lang, time_word) is inside


# an act reported in the progressive, an open span in a later clause ---------------------


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "BEIJING (Reuters) - China's customs agency said Thursday it was immediately "
            "suspending all imports of aquatic products from Japan after the release of "
            "treated water began, escalating a dispute that has simmered for months.",
            "2023-08-25",
            "2023-08-24",
        ),
        (
            "CANBERRA (AP) — Australia said Thursday it was permanently suspending its "
            "military cooperation with Myanmar after the junta refused to free an Australian "
            "adviser, in the sharpest break between the two governments in years.",
            "2024-10-11",
            "2024-10-10",
        ),
    ],
)
def test_open_span_past_a_comma_leaves_the_reported_act_the_statements_day(
    text: str, published: str, date: str
) -> None:
    sanctions = [r for r in _rels(_extract("en", published, text)) if r[1] == "SANCTION"]
    assert sanctions
    assert all(r[3] == date for r in sanctions)


# Arabic: a person goes on speaking on the occasion of a dated statement ------------------

_FIDAN_AR = (
    "أنقرة - أكد وزير الخارجية التركي هاكان فيدان، الثلاثاء، أن بلاده ستواصل دعم الحكومة "
    "السورية الجديدة.\n"
    "وتأتي تصريحاته بعد زيارة قام بها إلى دمشق في الثاني من الشهر الجاري.\n"
)


def test_person_speaking_again_takes_the_day_of_the_first_statement() -> None:
    text = _FIDAN_AR + (
        "وقال فيدان إن الاستقرار في سوريا مصلحة للمنطقة، معربا عن شكره للأردن على جهوده."
    )
    rels = _rels(_extract("ar", "2025-01-15", text))
    assert ("Hakan Fidan", "SUPPORT", "Jordan", "2025-01-14") in [r[:4] for r in rels]


@pytest.mark.parametrize(
    "last",
    [
        # a state, not the person who spoke
        "وأعربت تركيا عن شكرها للأردن على جهوده في استقبال اللاجئين.",
        # a stance told in the present tense
        "ويطالب فيدان إسرائيل بالانسحاب من الجولان.",
        # the pluperfect: background
        "وكان فيدان قد انتقد إسرائيل بشدة.",
    ],
)
def test_state_stance_or_background_does_not_go_on_the_persons_day(last: str) -> None:
    rels = _rels(_extract("ar", "2025-01-15", _FIDAN_AR + last))
    assert all(r[3] is None for r in rels if r[2] in ("Jordan", "Israel"))


def test_another_actors_step_in_between_ends_the_persons_occasion() -> None:
    text = _FIDAN_AR + (
        "وطلبت الحكومة العراقية من الأردن تزويدها بالكهرباء.\n"
        "وقال فيدان إن الاستقرار في سوريا مصلحة للمنطقة، معربا عن شكره للأردن على جهوده."
    )
    rels = _rels(_extract("ar", "2025-01-15", text))
    thanks = [r for r in rels if r[0] == "Hakan Fidan" and r[2] == "Jordan"]
    assert thanks
    assert all(r[3] is None for r in thanks)
