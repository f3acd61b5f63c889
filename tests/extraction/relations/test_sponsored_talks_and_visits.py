"""CONSULT families of session 10 (S10-H10): talks sponsored or mediated by a third
party, a meeting after a visit or an arrival, "لقاء جمع X بـY", a delegation's head as the
guest, a visit to a seat of power, a phone call fronted with a titled partner.  Fresh
sentences on real public events, written for these tests."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, relation_triples

PUB = datetime.date(2024, 5, 2)
NO_CONSULT = ("*", "CONSULT", "*")  # (as unwanted: no CONSULT at all)

# (text, lang, triples that must be coded, triples that must not be)
CASES: list[tuple[str, str, set[tuple[str, str, str]], set[tuple[str, str, str]]]] = [
    (  # a sponsor of talks between two sides meets each
        "وجاء الاتفاق بعد محادثات شاقة رعتها الكويت بين السعودية وقطر على مدى أشهر.",
        "ar",
        {
            ("Kuwait", "CONSULT", "Saudi Arabia"),
            ("Kuwait", "CONSULT", "Qatar"),
            ("Saudi Arabia", "CONSULT", "Qatar"),
        },
        set(),
    ),
    (
        "وجاء الاتفاق بعد محادثات بين السعودية وقطر رعتها الكويت على مدى أشهر.",
        "ar",
        {("Kuwait", "CONSULT", "Saudi Arabia"), ("Kuwait", "CONSULT", "Qatar")},
        set(),
    ),
    (  # a mediator of a deal between two sides
        "وكانت سلطنة عمان قد توسطت في مايو الماضي في صفقة تبادل أسرى بين إيران وبلجيكا.",
        "ar",
        {("Oman", "CONSULT", "Iran"), ("Oman", "CONSULT", "Belgium")},
        set(),
    ),
    (  # visited a capital and met a man there (no comma)
        "زار رئيس الوزراء الهندي ناريندرا مودي موسكو يوم الاثنين والتقى الرئيس الروسي "
        "فلاديمير بوتين.",
        "ar",
        {("Narendra Modi", "CONSULT", "Vladimir Putin")},
        set(),
    ),
    (
        "وكان وزير الخارجية الصيني وانغ يي قد زار الرياض في يناير والتقى ولي العهد السعودي "
        "الأمير محمد بن سلمان.",
        "ar",
        {("Wang Yi", "CONSULT", "Mohammed bin Salman")},
        set(),
    ),
    (  # arrived, then met
        "وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو يوم الاثنين والتقى الرئيس الروسي "
        "فلاديمير بوتين.",
        "ar",
        {("Narendra Modi", "CONSULT", "Vladimir Putin")},
        set(),
    ),
    (  # a meeting that "brought together" two leaders
        "وعقب لقاء جمع الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني، "
        "أعلن الجانبان تشكيل لجنة مشتركة.",
        "ar",
        {("Abdel Fattah el-Sisi", "CONSULT", "Abdullah II of Jordan")},
        set(),
    ),
    (  # guard: collecting evidence is no meeting
        "وجمعت الشرطة الأدلة من موقع الانفجار في بيروت.",
        "ar",
        set(),
        {NO_CONSULT},
    ),
    (  # the head of a received delegation is the guest
        "واستقبلت بغداد الأسبوع الماضي وفدا تركيا برئاسة وزير الخارجية هاكان فيدان.",
        "ar",
        {("Iraq", "CONSULT", "Hakan Fidan")},
        {("Iraq", "CONSULT", "Türkiye")},
    ),
    (  # guard: a guest named outright stays
        "واستقبل الرئيس التركي رجب طيب أردوغان يوم الثلاثاء وزير الخارجية الإيراني عباس "
        "عراقجي في أنقرة.",
        "ar",
        {("Recep Tayyip Erdoğan", "CONSULT", "Abbas Araghchi")},
        set(),
    ),
    (
        "Baghdad last week received a Turkish delegation led by Foreign Minister Hakan Fidan.",
        "en",
        {("Iraq", "CONSULT", "Hakan Fidan")},
        {("Iraq", "CONSULT", "Türkiye")},
    ),
    (  # the head of a visiting delegation is the visitor
        "A US delegation led by Secretary of State Antony Blinken visited Baghdad last week.",
        "en",
        {("Antony Blinken", "CONSULT", "Iraq")},
        {("United States", "CONSULT", "Iraq")},
    ),
    (  # guard: a delegation with no head named stands for its state
        "Baghdad last week received a Turkish delegation for talks on water.",
        "en",
        {("Iraq", "CONSULT", "Türkiye")},
        set(),
    ),
    (  # each named member of a visiting delegation visits too
        "وتأتي زيارة الوفد الأمريكي إلى بغداد هذا الأسبوع، الذي ضم وزير الخارجية أنتوني بلينكن "
        "ووزير الدفاع لويد أوستن، في إطار المشاورات.",
        "ar",
        {("United States", "CONSULT", "Iraq"), ("Antony Blinken", "CONSULT", "Iraq")},
        set(),
    ),
    (  # troops received on a state's soil are no guests met
        "وأعلنت وزارة الدفاع أن الملك وافق على استقبال قوات بريطانية على أراضي الكويت "
        "لتعزيز الأمن.",
        "ar",
        set(),
        {NO_CONSULT},
    ),
    (  # guard: a received delegation's head named after its state's adjective
        "واستقبل الرئيس العراقي عبد اللطيف رشيد الوفد الإيراني برئاسة وزير الخارجية عباس عراقجي.",
        "ar",
        {("Abdul Latif Rashid", "CONSULT", "Abbas Araghchi")},
        set(),
    ),
    (  # a passive greeting with a place phrase before its "by" agent
        "Ukrainian President Volodymyr Zelensky was greeted at the airport by Polish President "
        "Andrzej Duda on Wednesday.",
        "en",
        {("Andrzej Duda", "CONSULT", "Volodymyr Zelenskyy")},
        set(),
    ),
    (
        "Ukrainian President Volodymyr Zelensky arrived in Warsaw on Wednesday and was greeted "
        "at the airport by Polish President Andrzej Duda.",
        "en",
        {("Andrzej Duda", "CONSULT", "Volodymyr Zelenskyy")},
        set(),
    ),
    (  # goods received are aid, no meeting
        "Under the deal, Ukraine would receive U.S. funding for reconstruction.",
        "en",
        {("United States", "AID", "Ukraine")},
        {NO_CONSULT},
    ),
    (  # guard: a guest received stays a meeting
        "Jordanian King Abdullah received the Japanese ambassador in Amman on Monday.",
        "en",
        {("Abdullah II of Jordan", "CONSULT", "Japanese ambassador")},
        set(),
    ),
    (  # a visit to the White House meets the president of the day, named in the article
        "Colombian President Gustavo Petro cancelled a visit to the White House planned for "
        "July 2023. Petro had criticised President Joe Biden over migration.",
        "en",
        {("Gustavo Petro", "CONSULT", "Joe Biden")},
        {("Gustavo Petro", "CONSULT", "White House")},
    ),
    (  # a fronted phone call whose partner is introduced by a nationality and title
        "In a phone call with Russian Foreign Minister Sergei Lavrov on Monday, Turkish "
        "Foreign Minister Hakan Fidan urged a return to the grain deal.",
        "en",
        {("Hakan Fidan", "CONSULT", "Sergey Lavrov")},
        set(),
    ),
    (  # guard: a visit with a meeting keeps both (English)
        "Indian Prime Minister Narendra Modi visited Moscow on Monday and met Russian "
        "President Vladimir Putin.",
        "en",
        {("Narendra Modi", "CONSULT", "Vladimir Putin")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "lang", "wanted", "unwanted"), CASES)
def test_consult_families_are_coded(
    text: str,
    lang: str,
    wanted: set[tuple[str, str, str]],
    unwanted: set[tuple[str, str, str]],
) -> None:
    got = relation_triples(extracted(text, lang, PUB))
    assert wanted <= got, (wanted - got, got)
    assert not (unwanted & got), (unwanted & got, got)
    if NO_CONSULT in unwanted:
        assert not any(t[1] == "CONSULT" for t in got), got
