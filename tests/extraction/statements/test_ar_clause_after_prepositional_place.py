"""Arabic: a speech verb with no subject after it, right after a comma that closes a
prepositional phrase ("غارات على مواقع في جنوب لبنان، قالت إنها ..."), opens a clause on
what was done there, said by the subject of the sentence; the place or actor the preposition
governs is not the speaker.  An actor before the comma that is not governed by a preposition
is unaffected, as is a subject named after the verb."""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

DAY = datetime.date(2025, 5, 12)

# (text, speaker, words the content holds)
FOUND = [
    (
        "وشنت إسرائيل غارات على مواقع في جنوب لبنان، قالت إنها بنى تحتية لحزب الله.",
        "Israel",
        "بنى تحتية لحزب الله",
    ),
    (
        "وشنت الهند ضربات صاروخية على تسعة مواقع في باكستان، قالت إنها معسكرات لجماعات مسلحة.",
        "India",
        "معسكرات لجماعات مسلحة",
    ),
    (
        "ونفذت الولايات المتحدة ضربات جوية على أهداف في اليمن، قالت إنها مخازن أسلحة للحوثيين.",
        "United States",
        "مخازن أسلحة للحوثيين",
    ),
    # a subject named after the verb: the place before the comma is an opener
    (
        "وفي القاهرة، قال وزير الخارجية المصري بدر عبد العاطي إن الاتفاق صامد.",
        "Badr Abdelatty",
        "الاتفاق صامد",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FOUND)
def test_clause_after_prepositional_phrase_is_the_subjects(
    text: str, speaker: str, words: str
) -> None:
    found = said(extracted(text, "ar", DAY))
    assert any(s == speaker and words in c for s, c in found), found


# (text, place or actor that may not speak)
NOT_SPEAKERS = [
    ("وشنت إسرائيل غارات على مواقع في جنوب لبنان، قالت إنها بنى تحتية لحزب الله.", "Lebanon"),
    ("ونفذت الولايات المتحدة ضربات جوية على أهداف في اليمن، قالت إنها مخازن أسلحة.", "Yemen"),
]


@pytest.mark.parametrize(("text", "actor"), NOT_SPEAKERS)
def test_governed_place_is_no_speaker(text: str, actor: str) -> None:
    found = said(extracted(text, "ar", DAY))
    assert not [c for s, c in found if s == actor], found
