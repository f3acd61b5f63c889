"""Where an unknown Arabic name after a title ends (issue #3, session 7).

A name must not swallow the next word: a preposition (مقابل، دون), a past-tense verb whose
subject it is, an indefinite accusative noun (a verbal noun with tanwin or the accusative
alif), or a definite common noun that is the verb's object.  Guards: real three-part names
(a definite nisba family name, a Maghrebi family name in بو) stay whole.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

import pytest
from factories import linked

from kg.gazetteer import Linking


def _people(text: str) -> list[str]:
    result: Linking = linked(text, "ar", datetime.date(2023, 6, 1))
    return [m.text for m in result.mentions if m.key.startswith("Person:") and m.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وعرض الوسيط الأوروبي كارلوس مورينو مقابل وقف الهجمات هدنة مدتها شهر.",
            "كارلوس مورينو",
        ),
        (
            "وأكد وزير المالية الألماني كريستيان ليندنر دون تردد أن الميزانية متوازنة.",
            "كريستيان ليندنر",
        ),
    ],
)
def test_preposition_ends_name(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكان رئيس الوزراء الهولندي مارك روته غادر لاهاي متوجها إلى كييف.", "مارك روته"),
        (
            "وذكرت الصحيفة أن وزير الداخلية الفرنسي جيرالد دارمانان طرد إماما متشددا.",
            "جيرالد دارمانان",
        ),
        ("وقالت الوكالة إن الرئيس الكيني وليام روتو وصل نيروبي قادما من أديس أبابا.", "وليام روتو"),
        ("وأوضح البيان أن المستشار النمساوي كارل نيهامر ترأس الاجتماع الطارئ.", "كارل نيهامر"),
    ],
)
def test_past_verb_ends_name(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وتلقى وزير الخارجية البريطاني جيمس كليفرلي اتصالاً هاتفياً من نظيره.", "جيمس كليفرلي"),
        ("وأجرى ولي العهد الكويتي مشعل بن أحمد اتصالا بأمير قطر.", "مشعل بن أحمد"),
        ("وعقد وزير الدفاع الإيطالي غويدو كروسيتو اجتماعاً مع قادة الجيش.", "غويدو كروسيتو"),
        ("ولقي وزير الزراعة البولندي تشيسواف سيكيرسكي استقبالا حارا في كييف.", "تشيسواف سيكيرسكي"),
    ],
)
def test_accusative_noun_ends_name(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأبلغ المبعوث الأممي هانس غروندبرغ الصحفيين في عمّان أن التهدئة صامدة.", "هانس غروندبرغ"),
        ("وأطلع وزير الخارجية القطري محمد بن عبد الرحمن الوفد على المقترح.", "محمد بن عبد الرحمن"),
        ("وحث وزير الخارجية المصري سامح حسن شكري المجلس على التحرك فورا.", "سامح حسن شكري"),
    ],
)
def test_object_noun_ends_name(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقال وزير الخارجية الليبي أحمد الهادي بوخريصة الأحد إن طرابلس ترفض التدخل.",
            "أحمد الهادي بوخريصة",
        ),
        (
            "وأكد السفير الجزائري عبد القادر بوعزيزي الخميس أن بلاده تدعم الحوار.",
            "عبد القادر بوعزيزي",
        ),
        ("وقال وزير الداخلية الأردني محمد حمدان الحسيني إن الحدود آمنة.", "محمد حمدان الحسيني"),
        (
            "وأبلغ وزير الخارجية المصري محمد حمدان الحسيني المجلس أن القاهرة ترفض.",
            "محمد حمدان الحسيني",
        ),
        ("وقال السفير الأردني أحمد يوسف الصفدي إن بلاده تدعم الهدنة.", "أحمد يوسف الصفدي"),
    ],
)
def test_long_names_stay_whole(text: str, name: str) -> None:
    assert _people(text) == [name]


def test_name_in_alif_is_no_accusative() -> None:
    """Guard: a foreign family name in ا without hamza is no accusative verbal noun."""
    text = "وقال وزير الخارجية الكيني ريموند كيبكوش اوباما إن نيروبي ترحب بالاتفاق."
    assert _people(text) == ["ريموند كيبكوش اوباما"]


def test_prepositional_phrase_still_ends_name() -> None:
    """Guard: ب before a verbal noun and a definite word still ends the name."""
    text = "وأشاد وزير الخارجية البحريني عبد اللطيف الزياني بجهود الوساطة العمانية."
    assert _people(text) == ["عبد اللطيف الزياني"]
