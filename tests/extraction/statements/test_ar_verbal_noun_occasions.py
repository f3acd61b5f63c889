"""Arabic: a form-IV verbal noun with a pronoun after a preposition is written with the
letters of a speech verb and its object pronoun ("إفادته" / "أفادته"، "إشارتها"،
"إضافته").  Right after a preposition it is the occasion of a statement ("خلال إفادته أمام
البرلمان:"، "في إفادتها الأسبوعية"), not a verb that takes the content over: the speaker
named before still reaches the quotation after the colon."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 5, 8)

# (text, speaker, words the content holds)
FOUND = [
    (
        "وقال وزير الخارجية المصري بدر عبد العاطي، خلال إفادته أمام البرلمان: «مصر لن تقبل "
        "بالمساس بأمنها المائي».",
        "Badr Abdelatty",
        "مصر لن تقبل بالمساس بأمنها المائي",
    ),
    (
        "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، في إفادتها الأسبوعية أمس: "
        "«الغرب يتحمل المسؤولية عن التصعيد».",
        "Maria Zakharova",
        "الغرب يتحمل المسؤولية عن التصعيد",
    ),
    (
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في إفادته أمام مجلس الأمن: «الوضع "
        "في السودان كارثي».",
        "António Guterres",
        "الوضع في السودان كارثي",
    ),
    # an occasion noun that is no verb homograph keeps working
    (
        "وقال المستشار الألماني فريدريش ميرتس خلال زيارته إلى كييف: «أوروبا تقف إلى جانب "
        "أوكرانيا».",
        "Friedrich Merz",
        "أوروبا تقف إلى جانب أوكرانيا",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_verbal_noun_occasion_keeps_speaker(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


def test_verb_with_object_pronoun_still_speaks() -> None:
    # the verb itself, not after a preposition: "وأفادته الوزارة بأن" (informed him)
    text = (
        "استدعت وزارة الخارجية الكويتية سفير الفلبين، وأفادته الوزارة بأن الكويت ترفض "
        "التصريحات الأخيرة."
    )
    found = said(extracted(text, "ar", DAY))
    assert not [c for _, c in found if "سفير الفلبين" in c], found
