"""English: a name, then a title aside set off by commas that runs long because of its
relative clause ("X, the chairman of the committee who had blocked the bill for months,
said ..."), still gives the cue its subject, the person named before the aside.  A clause
before the cue with no name before the aside stays without that speaker."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 2, 20)

# (text, speaker, words the content holds)
FOUND = [
    (
        "NAIROBI (Reuters) - Kenyan Senator Moses Wetangula, the chairman of the committee who "
        "had blocked the bill for months, said he had lifted his objection after talks.",
        "Moses Wetangula",
        "he had lifted his objection",
    ),
    (
        "PARIS (AFP) - Jean-Noel Barrot, the French foreign minister who returned from Algiers "
        "on Sunday after two days of talks, said relations had entered a new phase.",
        "Jean-Noël Barrot",
        "relations had entered a new phase",
    ),
    (
        "ANKARA (Reuters) - Hakan Fidan, the Turkish foreign minister whose country hosted "
        "the first round of talks in Istanbul, said a second round would follow in June.",
        "Hakan Fidan",
        "a second round would follow in June",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_name_before_long_title_aside_speaks(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found
