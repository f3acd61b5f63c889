"""English: a person named with the body he is "of" or "from" speaks, not the body the "of"
phrase names: after a quotation ('"...," Jens Stoltenberg of the North Atlantic Treaty
Organization (NATO) told reporters', the cue then more than nine words after the quotation)
and before a cue ("Rafael Grossi of the International Atomic Energy Agency told reporters
..."; the body's acronym in brackets may follow its name).  A title "of" a body ("the head of
the agency said") is unaffected."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 10, 9)

# (text, speaker, words the content holds)
FOUND = [
    (
        'BRUSSELS (Reuters) - "The investigation is ongoing," Jens Stoltenberg of the North '
        "Atlantic Treaty Organization (NATO) told reporters.",
        "Jens Stoltenberg",
        "The investigation is ongoing",
    ),
    (
        'MOSCOW (Reuters) - "Our forces are ready to respond," Chief of the General Staff '
        "Valery Gerasimov of the Russian Armed Forces told a news conference.",
        "Valery Gerasimov",
        "Our forces are ready to respond",
    ),
    (
        'VIENNA (Reuters) - "We will not accept this," Rafael Grossi of the International '
        "Atomic Energy Agency said on Monday.",
        "Rafael Grossi",
        "We will not accept this",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_person_of_body_after_quotation_speaks(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, speaker, words the content holds)
BEFORE_CUE = [
    (
        "BRUSSELS (Reuters) - Jens Stoltenberg of the North Atlantic Treaty Organization (NATO) "
        "said the alliance had stepped up patrols.",
        "Jens Stoltenberg",
        "the alliance had stepped up patrols",
    ),
    (
        "VIENNA (Reuters) - Rafael Grossi of the International Atomic Energy Agency told "
        "reporters Iran had enriched uranium to 60%.",
        "Rafael Grossi",
        "Iran had enriched uranium",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BEFORE_CUE)
def test_person_of_body_before_cue_speaks(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found
