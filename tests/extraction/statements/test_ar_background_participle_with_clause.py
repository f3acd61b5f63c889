"""Arabic: a participle after a pluperfect background sentence ("وكانت X قد قطعت ...،
متهمة ...") is narration, unless it reports a clause: a complementiser right after it
("، معتبرة أنه ..."، "، مؤكدة أن ...") makes it the subject's statement, whatever the
tense of the sentence.  An object of the participle alone stays narration."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 7, 1)

# (text, speaker, words the content holds)
FOUND = [
    (
        "وكان الاتحاد الأوروبي قد فرض عقوبات على بيلاروسيا، معتبراً أن الانتخابات لم تكن نزيهة.",
        "European Union",
        "الانتخابات لم تكن نزيهة",
    ),
    (
        "وكانت الحكومة الإثيوبية قد دشنت السد العام الماضي، مؤكدة أنه لن يضر بدولتي المصب.",
        "Ethiopia",
        "لن يضر بدولتي المصب",
    ),
    (
        "وكانت الولايات المتحدة قد سحبت سفيرها من النيجر، معتبرة أن الانقلاب قوض الديمقراطية.",
        "United States",
        "الانقلاب قوض الديمقراطية",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_background_participle_with_clause_is_a_statement(
    text: str, speaker: str, words: str
) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


def test_background_participle_with_object_stays_narration() -> None:
    text = (
        "وكانت الجزائر قد قطعت علاقاتها مع المغرب في أغسطس 2021، متهمة إياه بالقيام بأعمال "
        "عدائية ضدها."
    )
    found = said(extracted(text, "ar", DAY))
    assert not [c for _, c in found if "بأعمال عدائية" in c], found
