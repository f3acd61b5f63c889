"""Dates an act takes from its story's context (session 8): the Arabic reception formula of
a visit ("وكان في استقبال الضيف لدى وصوله ...") is the arrival the lead dates, not
background; a sentence that names the signing ceremony again takes the signing's day, and
a time inside the speaker's quoted words is no time of the act. Guards: a pluperfect visit
with no time stays undated, and a year of its own is kept."""

from __future__ import annotations

from datetime import date

import pytest
from factories import DateCheck, assert_relation_dates, extracted

from kg.models import RelationType

CONSULT, AGREE, SUPPORT = RelationType.CONSULT, RelationType.AGREE, RelationType.SUPPORT
ASSAULT, SANCTION, ACCUSE = RelationType.ASSAULT, RelationType.SANCTION, RelationType.ACCUSE

# Each row: the act's story and what must hold of its relations' dates (see DateCheck).

VISIT = (
    "أبوظبي (وام) - وصل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، إلى أبوظبي في زيارة "
    "رسمية إلى دولة الإمارات.\n\n"
    "وكان في استقبال الرئيس التركي لدى وصوله ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان.\n"
)
SIGNING = (
    "القاهرة - وقعت مصر والإمارات، أمس الجمعة، اتفاقا لتطوير مدينة رأس الحكمة على ساحل "
    "البحر المتوسط.\n\n"
    "وقال رئيس الوزراء المصري مصطفى مدبولي في كلمة خلال مراسم التوقيع إن الاتفاق "
    '"يفتح اليوم صفحة جديدة"، معربا عن شكر مصر لدولة الإمارات.\n\n'
    "وأشاد الرئيس عبد الفتاح السيسي في عام 2019 بدعم السعودية لمصر.\n"
)
STRIKES = (
    "DAMASCUS (Reuters) - Israeli air strikes on Thursday hit Syria's main airports in "
    "Damascus and Aleppo, putting both out of service, Syrian state media said.\n\n"
)

CASES: list[tuple[str, str, str, date, list[DateCheck]]] = [
    (
        "the_reception_formula_of_a_visit_takes_the_day_of_the_arrival_in_the_lead",
        "ar",
        VISIT,
        date(2022, 2, 14),
        [(CONSULT, "Erdo", "Mohamed bin Zayed", "2022-02-14", "all")],
    ),
    (
        "a_pluperfect_visit_with_no_time_stays_undated",
        "ar",
        "أبوظبي (وام) - وصل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، إلى أبوظبي في "
        "زيارة رسمية إلى دولة الإمارات.\n\n"
        "وكان الشيخ محمد بن زايد آل نهيان قد زار أنقرة والتقى الرئيس التركي.\n",
        date(2022, 2, 14),
        [
            (CONSULT, "Erdo", "United Arab Emirates", "2022-02-14", "first"),  # the lead's day
            (CONSULT, "Mohamed bin Zayed", "T", None, "all"),
        ],
    ),
    (
        "a_sentence_naming_the_signing_ceremony_takes_its_day_past_a_quoted_today",
        "ar",
        SIGNING,
        date(2024, 2, 24),
        [
            (AGREE, "Egypt", "United Arab Emirates", "2024-02-23", "first"),
            (SUPPORT, "Madbouly", "United Arab Emirates", "2024-02-23", "all"),
        ],
    ),
    (
        "an_act_with_a_year_of_its_own_keeps_it_after_the_ceremony",
        "ar",
        SIGNING,
        date(2024, 2, 24),
        [(SUPPORT, "Sisi", "Saudi Arabia", "2019", "all")],
    ),
    (
        "a_strike_told_again_in_reported_speech_takes_the_day_of_the_dated_strike",
        "en",
        STRIKES
        + "The Israeli military said it had targeted positions of Hezbollah near the capital.\n",
        date(2023, 10, 13),
        [
            (ASSAULT, "Israel", "Syria", "2023-10-12", "first"),
            (ASSAULT, "Israel", "Hezbollah", "2023-10-12", "all"),
        ],
    ),
    (
        "a_strike_told_as_another_one_stays_undated",
        "en",
        STRIKES + "Israel said it had earlier struck Hezbollah positions in southern Lebanon.\n",
        date(2023, 10, 13),
        [(ASSAULT, "Israel", "Hezbollah", None, "all")],
    ),
    (
        "the_cause_an_act_answers_is_not_dated_by_the_acts_day_arabic",
        "ar",
        "الجزائر (وكالات) - استدعت الجزائر، أمس السبت، سفيرها لدى إسبانيا للتشاور، احتجاجا "
        "على دعم مدريد لخطة الحكم الذاتي المغربية في الصحراء الغربية.\n",
        date(2022, 3, 20),
        [
            (SANCTION, "Algeria", "Spain", "2022-03-19", "first"),  # the act keeps its day
            (SUPPORT, "Spain", "Morocco", None, "all"),
        ],
    ),
    (
        "the_cause_an_act_answers_is_not_dated_by_the_acts_day_english",
        "en",
        "MOSCOW (Reuters) - Russia on Monday expelled three Latvian diplomats in retaliation "
        "for Riga's expulsion of Russian embassy staff.\n",
        date(2023, 2, 14),
        [
            (SANCTION, "Russia", "Latvia", "2023-02-13", "first"),
            (SANCTION, "Latvia", "Russia", None, "all"),
        ],
    ),
    (
        "an_act_made_in_the_dated_statement_coordinated_after_it_takes_its_day",
        "ar",
        "باريس (أ ف ب) - دان الرئيس الفرنسي إيمانويل ماكرون الهجوم الروسي على أوكرانيا، وقال "
        "في بيان مساء الخميس إن فرنسا ستقف إلى جانب الشعب الأوكراني.\n",
        date(2022, 2, 25),
        [
            (ACCUSE, "Macron", "Russia", "2022-02-24", "all"),
            (ASSAULT, "Russia", "Ukraine", None, "all"),  # the event condemned: no day
        ],
    ),
    (
        "another_speakers_dated_statement_does_not_date_the_act",
        "ar",
        "برلين (د ب أ) - دانت ألمانيا الهجوم الروسي على أوكرانيا، وقال الرئيس الفرنسي "
        "إيمانويل ماكرون في بيان مساء الخميس إن فرنسا ستقف إلى جانب الشعب الأوكراني.\n",
        date(2022, 2, 25),
        [(ACCUSE, "Germany", "Russia", None, "all")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "checks"),
    [pytest.param(*row, id=name) for name, *row in CASES],
)
def test_an_act_takes_its_day_from_the_story_context(
    lang: str, text: str, published: date, checks: list[DateCheck]
) -> None:
    x = extracted(text, lang, published, article_id="s8-dates" if lang == "ar" else "s8-dates-en")
    assert_relation_dates(x, checks)
