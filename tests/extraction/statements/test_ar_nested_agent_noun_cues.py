"""Arabic: "وتأتي تصريحات X عقب إعلان Y أن ..." — a nominal cue with its own agent named
right after it ("إعلان الرئيس Y"، "تأكيد الرئيس Y") owns the clause after it: the statement
is Y's, not that of the earlier noun's owner X (whose remarks are not quoted here).  A relay
("نقلت الوكالة عن X قوله إن") is unaffected."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 4, 22)

# (text, speaker, words the content holds, speaker who may not hold them)
CASES = [
    (
        "وتأتي تصريحات أردوغان عقب إعلان الرئيس السوري أحمد الشرع أن دمشق لن تسمح بوجود "
        "قواعد أجنبية.",
        "Ahmed al-Sharaa",
        "دمشق لن تسمح بوجود قواعد أجنبية",
        "Recep Tayyip Erdoğan",
    ),
    (
        "وجاءت تصريحات الوزير الإيراني عباس عراقجي بعد ساعات من تأكيد الرئيس الأمريكي "
        "دونالد ترامب أن المفاوضات ستستأنف.",
        "Donald Trump",
        "المفاوضات ستستأنف",
        "Abbas Araghchi",
    ),
    (
        "وجاء موقف الخارجية المصرية بعد تحذير رئيس الوزراء الإسرائيلي بنيامين نتنياهو من أن "
        "إسرائيل ستوسع عملياتها في رفح.",
        "Benjamin Netanyahu",
        "إسرائيل ستوسع عملياتها في رفح",
        "Egyptian Ministry of Foreign Affairs",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words", "other"), CASES)
def test_inner_noun_cue_agent_speaks(text: str, speaker: str, words: str, other: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found
    assert not [c for s, c in found if s == other and words in c], found


def test_relay_with_saying_noun_unaffected() -> None:
    found = said(
        extracted("ونقلت وكالة الأنباء الروسية عن لافروف قوله إن موسكو مستعدة للحوار.", "ar", DAY)
    )
    assert any(s == "Sergey Lavrov" and "موسكو مستعدة للحوار" in c for s, c in found), found
