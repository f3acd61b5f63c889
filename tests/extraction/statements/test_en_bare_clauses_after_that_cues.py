"""English cues that take a "that" clause (insisted, confirmed, argued, announced ...) also
report a clause written without "that" when its subject opens with a possessive, an article
or a demonstrative ("insisted its personnel had acted lawfully", "announced a truce had been
agreed"), or is a pronoun followed by a past verb ("confirmed it received the letter").  An
object of such a cue with no clause after it is still no statement."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 3, 14)

# (text, speaker, words the content holds)
FOUND = [
    (
        "MOSCOW (Reuters) - Russia insisted its troops would remain in the disputed region "
        "until a settlement was reached.",
        "Russia",
        "its troops would remain in the disputed region",
    ),
    (
        "LIMA (Reuters) - Peru's foreign ministry confirmed its ambassador had been recalled "
        "from Mexico City for consultations.",
        "Peruvian Ministry of Foreign Affairs",
        "its ambassador had been recalled",
    ),
    (
        "ISLAMABAD (AFP) - Pakistan announced a ceasefire had been agreed with India after "
        "four days of cross-border strikes.",
        "Pakistan",
        "a ceasefire had been agreed with India",
    ),
    (
        "TEHRAN (AFP) - Iran confirmed it received a letter from U.S. President Donald Trump "
        "on Wednesday.",
        "Iran",
        "it received a letter",
    ),
    (
        "BUDAPEST (Reuters) - Hungary argued their sanctions would hurt European consumers "
        "more than Russia.",
        "Hungary",
        "their sanctions would hurt European consumers",
    ),
    # the article or "the" before the subject stays the clause's own
    (
        "CAIRO (Reuters) - Egypt insisted the talks were still on track.",
        "Egypt",
        "the talks were still on track",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_bare_clause_after_that_cue(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# an object of a that-cue with no clause after it: not a statement of this cue
SILENT = [
    (
        "BERLIN (Reuters) - Germany announced its decision on Monday.",
        "its decision",
    ),
    (
        "TOKYO (Reuters) - Japan confirmed its support for the plan at a meeting in Tokyo.",
        "its support",
    ),
    (
        "OTTAWA (Reuters) - Canada announced a new aid package for Ukraine on Monday.",
        "a new aid package",
    ),
]


@pytest.mark.parametrize(("text", "words"), SILENT)
def test_object_of_that_cue_is_no_statement(text: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert not [c for _, c in found if words in c], found
