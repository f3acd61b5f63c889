"""English: "X, which has said ...": a state or body named right before the comma is the
speaker of "said"/"says" after "which" (as a person is of "who said").  Other verbs after
"which" ("which pledged", "which voiced") are not read this way, and a noun that is no actor
before "which" gives no speaker."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 9, 4)

# (text, speaker, words the content holds)
FOUND = [
    (
        "SEOUL (Reuters) - South Korea, which has said it found no problems with the plan, "
        "asked Japan on Thursday to share monitoring data.",
        "South Korea",
        "it found no problems with the plan",
    ),
    (
        "CAIRO (Reuters) - Talks resumed in Doha with mediators from Egypt, which says it has "
        "submitted a new proposal to both sides.",
        "Egypt",
        "it has submitted a new proposal",
    ),
    (
        "BRUSSELS (Reuters) - The decision was welcomed by NATO, which said the alliance "
        "would keep supporting Kyiv.",
        "North Atlantic Treaty Organization",
        "the alliance would keep supporting Kyiv",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_which_said_has_its_antecedent_speak(text: str, speaker: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, words no statement may hold)
SILENT = [
    (
        "GEORGETOWN (Reuters) - The dispute was raised at the summit by the United States, "
        "which pledged 200 million dollars to the mission.",
        "200 million",
    ),
    (
        "GENEVA (Reuters) - The draft text, which said the talks had stalled, was never published.",
        "the talks had stalled",
    ),
]


@pytest.mark.parametrize(("text", "words"), SILENT)
def test_other_which_clauses_say_nothing(text: str, words: str) -> None:
    found = said(extracted(text, "en", DAY))
    assert not [c for _, c in found if words in c], found
