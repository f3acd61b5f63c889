"""English: a fronted participle clause set off by a comma ("Thanking the mediators, X said
the truce would hold") is the speaker's act, not what was said: the content is the clause
after the cue.  A sentence whose gerund subject opens it and that ends in the cue
("Shelling continued overnight, officials said.") still reports that clause."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 8, 14)

# (text, speaker, words the content holds, words it may not hold)
CASES = [
    (
        "KHARTOUM (Reuters) - Thanking the mediators, Sudanese army chief Abdel Fattah "
        "al-Burhan said the truce would hold.",
        "Abdel Fattah al-Burhan",
        "the truce would hold",
        "Thanking",
    ),
    (
        "TEHRAN (Reuters) - Rejecting the accusations, Iranian Foreign Minister Abbas "
        "Araqchi said Tehran had no role in the attack.",
        "Abbas Araghchi",
        "Tehran had no role in the attack",
        "Rejecting",
    ),
    (
        "GOMA (Reuters) - Fighting resumed near Goma on Sunday, Congo army spokesman Sylvain "
        "Ekenge said.",
        "Sylvain Ekenge",
        "Fighting resumed near Goma",
        "spokesman",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words", "not_words"), CASES)
def test_fronted_participle_is_not_content(
    text: str, speaker: str, words: str, not_words: str
) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found
    assert not [c for s, c in found if s == speaker and not_words in c], found
