"""Arabic entities behind blind10's missed speakers and actors (S10-R2-H3), each fixed in its
general form: the Turkish "son of" written apart (أوغلو) ends a name, not a verbal noun before
an object; a verb the press marks as passive with a damma ("قُتل"، "أُودع") ends a name; a
comma and an aside close a name read right after a speech verb; the Gulf title "مستشار الأمن
الوطني"; an indefinite مساعد after a complete title opens the holder's name (Musaed), while
the definite "المساعد" stays the title's modifier and a deputy with a portfolio is not the
minister; an acronym in brackets after a known organisation is part of its name; given names,
private-person titles (athletes, arms dealers) and actors (AFRICOM, UNSMIL, FACT, GNA, KRG) the
lexicons lacked."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, speaker_of, statement_with

CASES = [
    # the Turkish "son of" written apart, then the verb's definite object
    (
        "ودعا وزير الخارجية التركي مولود جاووش أوغلو الدول الأوروبية إلى رفع القيود.",
        "2019-06-12",
        "رفع القيود",
        "Mevlüt Çavuşoğlu",
    ),
    (
        "ودعا رئيس الوزراء التركي الأسبق أحمد داود أوغلو المعارضين إلى توحيد صفوفهم.",
        "2020-02-03",
        "توحيد صفوفهم",
        "أحمد داود أوغلو",
    ),
    # a comma and an aside between the name and the complementiser
    (
        "وقالت ميشيل باشليه، المفوضة السامية لحقوق الإنسان، إن الوضع في ميانمار مقلق.",
        "2021-03-11",
        "ميانمار مقلق",
        "ميشيل باشليه",
    ),
    (
        "وقال جون كيربي، في إفادة صحافية، إن البنتاغون يراقب التحركات الروسية.",
        "2022-02-14",
        "يراقب التحركات",
        "جون كيربي",
    ),
    # a foreign given name the list lacks: the family name speaks again later
    (
        "وقالت ليندا توماس غرينفيلد، في جلسة لمجلس الأمن، إن واشنطن لن تعترف بالضم. "
        "وأضافت غرينفيلد أن العقوبات ستتواصل.",
        "2022-10-01",
        "العقوبات ستتواصل",
        "ليندا توماس غرينفيلد",
    ),
    # the Gulf title "national security adviser"
    (
        "وقال مستشار الأمن الوطني العراقي قاسم الأعرجي إن بغداد لن تسمح بأي اعتداء.",
        "2023-03-20",
        "أي اعتداء",
        "قاسم الأعرجي",
    ),
    # given names the list lacked (a Turkish one, an English diminutive)
    (
        "وأكد وزير الدفاع التركي خلوصي أكار أن أنقرة لن تسحب قواتها من شمال سوريا.",
        "2021-10-20",
        "لن تسحب",
        "خلوصي أكار",
    ),
    (
        "وقال نيد برايس إن واشنطن تراقب التحركات العسكرية عن كثب.",
        "2022-01-25",
        "عن كثب",
        "نيد برايس",
    ),
    # actors of Libyan, Chadian, Iraqi news the gazetteer lacked; an acronym in brackets
    (
        "وقالت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) إن غارة جوية استهدفت "
        "مسلحين قرب مقديشو.",
        "2023-02-14",
        "غارة جوية",
        "United States Africa Command",
    ),
    (
        "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن اللجنة العسكرية ستجتمع في سرت.",
        "2020-11-02",
        "اللجنة العسكرية",
        "United Nations Support Mission in Libya",
    ),
    (
        "وأكدت جبهة التغيير والوفاق في تشاد أن مقاتليها انسحبوا من منطقة تيبستي.",
        "2021-04-25",
        "مقاتليها انسحبوا",
        "Front for Change and Concord in Chad",
    ),
    (
        "وقالت حكومة إقليم كردستان في بيان إن أربيل ستستأنف تصدير النفط عبر تركيا.",
        "2023-09-26",
        "تصدير النفط",
        "Kurdistan Regional Government",
    ),
    # the body's acronym in brackets between the title and the holder's rank and name
    (
        "وكان قائد القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) الجنرال مايكل لانغلي "
        "قد حذر من أن موسكو توسع نفوذها في منطقة الساحل.",
        "2023-06-01",
        "توسع نفوذها",
        "مايكل لانغلي",
    ),
    # مساعد as a given name after a complete title, with a lineage link
    (
        "وأكد مستشار الأمن الوطني السعودي مساعد بن محمد العيبان أن الرياض تدعم التهدئة.",
        "2023-04-09",
        "تدعم التهدئة",
        "مساعد بن محمد العيبان",
    ),
]


@pytest.mark.parametrize(("text", "date", "words", "speaker"), CASES)
def test_arabic_speaker_entity(text: str, date: str, words: str, speaker: str) -> None:
    x = extracted(text, "ar", datetime.date.fromisoformat(date))
    assert speaker_of(x, words) == speaker, [(e.label, e.type.value) for e in x.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # private persons of prisoner swaps: an athlete, an arms dealer, a former marine
        (
            "وأفرجت موسكو عن لاعبة كرة السلة الأمريكية بريتني غراينر في صفقة تبادل.",
            "بريتني غراينر",
        ),
        ("وسلمت واشنطن تاجر السلاح الروسي فيكتور بوت إلى موسكو.", "فيكتور بوت"),
        ("وأفرجت روسيا عن جندي البحرية الأمريكي السابق تريفور ريد.", "تريفور ريد"),
        ("وكان الرئيس الهايتي جوفينيل مويز اُغتيل في منزله في بورت أو برنس.", "جوفينيل مويز"),
        (
            "وكان الرئيس الموريتاني السابق محمد ولد عبد العزيز أُودع السجن بتهم فساد.",
            "محمد ولد عبد العزيز",
        ),
        ("وكان الزعيم الليبي معمر القذافي قُتل قرب سرت في أكتوبر 2011.", "معمر القذافي"),
    ],
)
def test_a_person_is_named_after_a_title(text: str, name: str) -> None:
    x = extracted(text, "ar", datetime.date(2021, 7, 8))
    people = [e.label for e in x.entities if e.type.value == "Person"]
    assert name in people, people


GUARDS = [
    # guard: an unnamed official with an aside keeps its speaker
    (
        "وقال مسؤول أمريكي، طلب عدم ذكر اسمه، إن واشنطن تدرس الخيارات المتاحة.",
        "تدرس الخيارات",
        "مسؤول أمريكي",
    ),
    # guard: the deputy modifier before the title stays a deputy, not the minister
    (
        "وقال مساعد وزير الخارجية الأمريكي إن واشنطن تدعم الحوار بين الطرفين.",
        "تدعم الحوار",
        "مساعد وزير الخارجية الأمريكي",
    ),
    # guard: the definite المساعد after the title is the title's modifier
    (
        "وقال الأمين العام المساعد للأمم المتحدة إن الوضع الإنساني في السودان خطير.",
        "الوضع الإنساني",
        "الأمين العام المساعد للأمم المتحدة",
    ),
    # guard: a Persian "son of" already read as a name's last word
    (
        "وقال المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده إن طهران لن تتفاوض.",
        "لن تتفاوض",
        "سعيد خطيب زاده",
    ),
]


def test_an_acronym_in_brackets_is_not_the_statement() -> None:
    x = extracted(
        "وقالت منظمة الصحة العالمية (WHO) إن الوباء لم ينته بعد في أفريقيا.",
        "ar",
        datetime.date(2022, 5, 10),
    )
    st = statement_with(x, "الوباء لم ينته")
    assert st.text.startswith("الوباء"), st.text
    assert speaker_of(x, "الوباء لم ينته") == "World Health Organization"


def test_a_deputy_with_a_portfolio_is_not_the_minister() -> None:
    x = extracted(
        "وقالت مساعدة وزير الخارجية الأمريكي لشؤون أفريقيا إن واشنطن تدعم الوساطة.",
        "ar",
        datetime.date(2023, 5, 10),
    )
    assert "Antony Blinken" not in [e.label for e in x.entities]


@pytest.mark.parametrize(("text", "words", "speaker"), GUARDS)
def test_arabic_guards_keep_nearby_output(text: str, words: str, speaker: str) -> None:
    x = extracted(text, "ar", datetime.date(2022, 5, 10))
    assert speaker_of(x, words) == speaker, [(e.label, e.type.value) for e in x.entities]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر مطلعة، إن المفاوضات تعثرت مجددا.",
        "وقال شهود عيان، إن القصف استمر طوال الليل.",
    ],
)
def test_no_person_from_common_words_before_a_comma(text: str) -> None:
    x = extracted(text, "ar", datetime.date(2022, 5, 10))
    assert not [e.label for e in x.entities if e.type.value == "Person"]
