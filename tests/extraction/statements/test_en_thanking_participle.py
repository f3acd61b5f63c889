"""English "thanking" is a participle cue like "thanked": ", thanking X for Y" goes on with
the speaker of the clause before and is kept when it says what for; a bare ", thanking X"
names no claim (the convention of "thanked")."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 1, 28)

# (text, speaker, words the content holds)
FOUND = [
    (
        'ACCRA (Reuters) - "This is a turning point for our economy," Ghanaian President John '
        "Mahama said on Twitter, thanking China and France, which co-chair the creditor "
        'committee, for their "tireless efforts."',
        "John Mahama",
        "China and France",
    ),
    (
        "DOHA (Reuters) - Qatar's foreign ministry said the exchange had been completed, "
        "thanking Turkey for its role in the talks.",
        "Qatari Ministry of Foreign Affairs",
        "Turkey for its role in the talks",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_thanking_for_something_is_a_statement(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


def test_bare_thanking_is_no_statement() -> None:
    text = (
        "DOHA (Reuters) - Qatar announced the release of the hostages on Monday, thanking "
        "Egypt and the United States."
    )
    found = said(extracted(text, "en", DAY))
    assert not [c for _, c in found if "Egypt and the United States" in c], found
