"""Dates an act takes from its story's context (session 8): the Arabic reception formula of
a visit ("وكان في استقبال الضيف لدى وصوله ...") is the arrival the lead dates, not
background; a sentence that names the signing ceremony again takes the signing's day, and
a time inside the speaker's quoted words is no time of the act. Guards: a pluperfect visit
with no time stays undated, and a year of its own is kept."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.models import Article, Extraction, Relation, RelationType


def _run(text: str, pub: date) -> Extraction:
    return extract(Article(id="s8-dates", lang="ar", published=pub, text=text))


def _rel(x: Extraction, rtype: RelationType, subject: str, obj: str) -> list[Relation]:
    label = {e.id: e.label for e in x.entities}
    return [
        r
        for r in x.relations
        if r.type is rtype and subject in label[r.subject] and obj in label[r.object]
    ]


VISIT = (
    "أبوظبي (وام) - وصل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، إلى أبوظبي في زيارة "
    "رسمية إلى دولة الإمارات.\n\n"
    "وكان في استقبال الرئيس التركي لدى وصوله ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان.\n"
)


def test_the_reception_formula_of_a_visit_takes_the_day_of_the_arrival_in_the_lead() -> None:
    x = _run(VISIT, date(2022, 2, 14))
    met = _rel(x, RelationType.CONSULT, "Erdo", "Mohamed bin Zayed")
    assert met and all(r.date == "2022-02-14" for r in met)


def test_a_pluperfect_visit_with_no_time_stays_undated() -> None:
    text = (
        "أبوظبي (وام) - وصل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، إلى أبوظبي في "
        "زيارة رسمية إلى دولة الإمارات.\n\n"
        "وكان الشيخ محمد بن زايد آل نهيان قد زار أنقرة والتقى الرئيس التركي.\n"
    )
    x = _run(text, date(2022, 2, 14))
    lead = _rel(x, RelationType.CONSULT, "Erdo", "United Arab Emirates")
    assert lead and lead[0].date == "2022-02-14"  # the lead keeps its own day
    back = _rel(x, RelationType.CONSULT, "Mohamed bin Zayed", "T")
    assert back and all(r.date is None for r in back)


SIGNING = (
    "القاهرة - وقعت مصر والإمارات، أمس الجمعة، اتفاقا لتطوير مدينة رأس الحكمة على ساحل "
    "البحر المتوسط.\n\n"
    "وقال رئيس الوزراء المصري مصطفى مدبولي في كلمة خلال مراسم التوقيع إن الاتفاق "
    '"يفتح اليوم صفحة جديدة"، معربا عن شكر مصر لدولة الإمارات.\n\n'
    "وأشاد الرئيس عبد الفتاح السيسي في عام 2019 بدعم السعودية لمصر.\n"
)


def test_a_sentence_naming_the_signing_ceremony_takes_its_day_past_a_quoted_today() -> None:
    x = _run(SIGNING, date(2024, 2, 24))
    signed = _rel(x, RelationType.AGREE, "Egypt", "United Arab Emirates")
    assert signed and signed[0].date == "2024-02-23"
    thanks = _rel(x, RelationType.SUPPORT, "Madbouly", "United Arab Emirates")
    assert thanks and all(r.date == "2024-02-23" for r in thanks)


def test_an_act_with_a_year_of_its_own_keeps_it_after_the_ceremony() -> None:
    x = _run(SIGNING, date(2024, 2, 24))
    praise = _rel(x, RelationType.SUPPORT, "Sisi", "Saudi Arabia")
    assert praise and all(r.date == "2019" for r in praise)


def _run_en(text: str, pub: date) -> Extraction:
    return extract(Article(id="s8-dates-en", lang="en", published=pub, text=text))


STRIKES = (
    "DAMASCUS (Reuters) - Israeli air strikes on Thursday hit Syria's main airports in "
    "Damascus and Aleppo, putting both out of service, Syrian state media said.\n\n"
)


def test_a_strike_told_again_in_reported_speech_takes_the_day_of_the_dated_strike() -> None:
    text = (
        STRIKES
        + "The Israeli military said it had targeted positions of Hezbollah near the capital.\n"
    )
    x = _run_en(text, date(2023, 10, 13))
    first = _rel(x, RelationType.ASSAULT, "Israel", "Syria")
    assert first and first[0].date == "2023-10-12"
    again = _rel(x, RelationType.ASSAULT, "Israel", "Hezbollah")
    assert again and all(r.date == "2023-10-12" for r in again)


def test_a_strike_told_as_another_one_stays_undated() -> None:
    text = STRIKES + "Israel said it had earlier struck Hezbollah positions in southern Lebanon.\n"
    x = _run_en(text, date(2023, 10, 13))
    other = _rel(x, RelationType.ASSAULT, "Israel", "Hezbollah")
    assert other and all(r.date is None for r in other)


def test_the_cause_an_act_answers_is_not_dated_by_the_acts_day_arabic() -> None:
    text = (
        "الجزائر (وكالات) - استدعت الجزائر، أمس السبت، سفيرها لدى إسبانيا للتشاور، احتجاجا "
        "على دعم مدريد لخطة الحكم الذاتي المغربية في الصحراء الغربية.\n"
    )
    x = _run(text, date(2022, 3, 20))
    recall = _rel(x, RelationType.SANCTION, "Algeria", "Spain")
    assert recall and recall[0].date == "2022-03-19"  # the act keeps its day
    backing = _rel(x, RelationType.SUPPORT, "Spain", "Morocco")
    assert backing and all(r.date is None for r in backing)


def test_the_cause_an_act_answers_is_not_dated_by_the_acts_day_english() -> None:
    text = (
        "MOSCOW (Reuters) - Russia on Monday expelled three Latvian diplomats in retaliation "
        "for Riga's expulsion of Russian embassy staff.\n"
    )
    x = _run_en(text, date(2023, 2, 14))
    expelled = _rel(x, RelationType.SANCTION, "Russia", "Latvia")
    assert expelled and expelled[0].date == "2023-02-13"
    cause = _rel(x, RelationType.SANCTION, "Latvia", "Russia")
    assert cause and all(r.date is None for r in cause)


def test_an_act_made_in_the_dated_statement_coordinated_after_it_takes_its_day() -> None:
    text = (
        "باريس (أ ف ب) - دان الرئيس الفرنسي إيمانويل ماكرون الهجوم الروسي على أوكرانيا، وقال "
        "في بيان مساء الخميس إن فرنسا ستقف إلى جانب الشعب الأوكراني.\n"
    )
    x = _run(text, date(2022, 2, 25))
    condemned = _rel(x, RelationType.ACCUSE, "Macron", "Russia")
    assert condemned and all(r.date == "2022-02-24" for r in condemned)
    attack = _rel(x, RelationType.ASSAULT, "Russia", "Ukraine")
    assert attack and all(r.date is None for r in attack)  # the event condemned: no day


def test_another_speakers_dated_statement_does_not_date_the_act() -> None:
    text = (
        "برلين (د ب أ) - دانت ألمانيا الهجوم الروسي على أوكرانيا، وقال الرئيس الفرنسي "
        "إيمانويل ماكرون في بيان مساء الخميس إن فرنسا ستقف إلى جانب الشعب الأوكراني.\n"
    )
    x = _run(text, date(2022, 2, 25))
    condemned = _rel(x, RelationType.ACCUSE, "Germany", "Russia")
    assert condemned and all(r.date is None for r in condemned)
