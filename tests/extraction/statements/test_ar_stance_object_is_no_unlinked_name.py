"""Arabic: after a coordinated speech verb with no subject ("استقبل X Y، وأكد ..."), two or
three bare words before a preposition are read as a name we could not link ("وأكدت فيرونيكا
بيريز أن") unless one is a stance verbal noun or "his country" ("حرص بلاده على"، "دعم
المملكة"، "تمسكه بـ"): then they are the content, and the subject of the sentence speaks.  A
real unlinked name still keeps the statement from the sentence's subject."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 6, 3)

# (text, speaker, words the content holds)
FOUND = [
    (
        "استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الروسي سيرغي لافروف، وأكد حرص "
        "بلاده على تعزيز التعاون.",
        "Abdelmadjid Tebboune",
        "حرص بلاده على تعزيز التعاون",
    ),
    (
        "والتقى وزير الخارجية المصري بدر عبد العاطي نظيره الأمريكي ماركو روبيو في واشنطن، "
        "وجدد رفض مصر لتهجير الفلسطينيين.",
        "Badr Abdelatty",
        "رفض مصر لتهجير الفلسطينيين",
    ),
    (
        "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس الأوكراني فولوديمير زيلينسكي في "
        "الإليزيه، وأكد تمسكه بدعم كييف.",
        "Emmanuel Macron",
        "تمسكه بدعم كييف",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_stance_after_coordinated_verb_is_content(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


def test_unlinked_name_still_speaks_for_itself() -> None:
    # a name we do not link after the verb: not the host's statement
    text = (
        "استقبل الرئيس الجزائري عبد المجيد تبون وفداً من رجال الأعمال، وقال كمال زروقي إن "
        "الاستثمارات ستتضاعف."
    )
    found = said(extracted(text, "ar", DAY))
    assert not [c for s, c in found if s == "Abdelmadjid Tebboune" and "الاستثمارات" in c]
