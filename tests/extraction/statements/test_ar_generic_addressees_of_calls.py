"""Arabic verbs of calling on (دعا، حث، ناشد، طالب) with no subject written, followed by a
generic addressee ("المجتمع الدولي"، "الأطراف كافة"، "جميع الدول") or a definite noun in the
oblique dual or plural ("الطرفين"، "المسؤولين"): the noun is the one called on, and the
speaker is the one who spoke or acted before in the sentence or in the sentence before.  A
definite noun that can be the subject ("ودعت الحكومة إلى") still stops the statement from
going to an earlier speaker, as does an actor named after the addressee."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 2, 10)

# (text, speaker, words the content holds)
FOUND = [
    # after an act of the same subject in the sentence ("فيما دعا")
    (
        "أدان رئيس الوزراء العراقي محمد شياع السوداني القصف، فيما دعا المجتمع الدولي إلى "
        "التحرك العاجل لوقف الاعتداءات.",
        "Mohammed Shia al-Sudani",
        "المجتمع الدولي إلى التحرك العاجل",
    ),
    # a sentence of its own after a meeting: the actor of the sentence before
    (
        "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني عباس عراقجي في "
        "الرياض. ودعا الأطراف كافة إلى ضبط النفس وتجنب التصعيد.",
        "Faisal bin Farhan",
        "الأطراف كافة إلى ضبط النفس",
    ),
    # the oblique dual after a statement of the sentence before
    (
        "وقال الرئيس المصري عبد الفتاح السيسي إن بلاده ترفض تهجير الفلسطينيين. وحث الطرفين "
        "على العودة إلى طاولة المفاوضات.",
        "Abdel Fattah el-Sisi",
        "الطرفين على العودة إلى طاولة المفاوضات",
    ),
    # a quantifier before the addressee
    (
        "رحب الرئيس الفرنسي إيمانويل ماكرون بوقف إطلاق النار في لبنان، ودعا جميع الأطراف "
        "إلى احترامه.",
        "Emmanuel Macron",
        "جميع الأطراف إلى احترامه",
    ),
    # the verb's gender picks the speaker of an earlier sentence when the last one differs
    (
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض الاتهامات. وقال "
        "وزير الخارجية الروسي سيرغي لافروف إن الحوار ممكن. ودعت الأطراف إلى ضبط النفس.",
        "Maria Zakharova",
        "الأطراف إلى ضبط النفس",
    ),
    # a ب-noun after the addressee of طالب, an occasion between
    (
        "أدانت وزارة الخارجية القطرية الهجوم على مخيم النازحين، وطالبت في بيان المجتمع "
        "الدولي بالتحرك الفوري لوقف الحرب.",
        "Qatari Ministry of Foreign Affairs",
        "المجتمع الدولي بالتحرك الفوري",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_call_on_a_generic_addressee_is_the_speakers(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, speaker who may not have said the words, words)
NOT_HIS = [
    # "الحكومة" can be the subject: not the previous speaker's call
    (
        "وقال الرئيس الكيني وليام روتو إن بلاده ستستضيف المحادثات. ودعت الحكومة إلى ضبط النفس.",
        "وليام روتو",
        "ضبط النفس",
    ),
    # a subject, then an actor named as the addressee
    (
        "وقال الرئيس الكيني وليام روتو إن بلاده ستستضيف المحادثات. ودعا الوزراء طهران إلى "
        "استئناف تعاونها مع الوكالة.",
        "وليام روتو",
        "استئناف تعاونها",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NOT_HIS)
def test_possible_subject_is_not_an_addressee(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert not [c for s, c in found if s == speaker and words in c], found
