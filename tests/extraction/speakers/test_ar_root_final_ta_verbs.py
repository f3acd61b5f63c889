"""S17-QPREC: a verb whose root ends in ت ("لفت"، "أثبت") is masculine.

"ولفت إلى أن" (he drew attention) is not the feminine of a verb "لف": the ت is a root
letter.  The gender tests that pick among the latest speakers of a subject-less verb read
it as masculine, so a man who spoke last goes on, not a ministry or a woman before him;
"ولفتت" stays feminine.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

from kg.extractors.speakers_ar import ar_feminine_verb

_DAY = datetime.date(2024, 11, 4)


def _speaker_of(text: str, start: str) -> str | None:
    """The speaker label of the statement whose text starts with ``start``, else None."""
    x = extracted(text, "ar", _DAY)
    labels = {e.id: e.label for e in x.entities}
    for q in x.quotes:
        if q.text.startswith(start):
            return labels[q.speaker]
    return None


@pytest.mark.parametrize(
    ("word", "feminine"),
    [
        ("لفت", False),
        ("ولفت", False),
        ("وأثبت", False),
        ("لفتت", True),
        ("ولفتت", True),
        ("أكدت", True),
        ("وأضاف", False),
    ],
)
def test_root_final_ta_is_not_the_feminine_ending(word: str, feminine: bool) -> None:
    assert ar_feminine_verb(word) is feminine


def test_masculine_lafata_after_a_ministry_goes_on_with_the_minister() -> None:
    text = (
        "وأكدت وزارة الخارجية الألمانية، في بيان، أن برلين تدعم جهود الوساطة في المنطقة. "
        "وأوضح وزير الخارجية الفرنسي جان نويل بارو، في مؤتمر صحفي، أن باريس ستستضيف "
        "اجتماعا وزاريا الشهر المقبل.\n\n"
        "ولفت إلى أن الحل السياسي يتطلب وقفا فوريا لإطلاق النار."
    )
    assert _speaker_of(text, "الحل السياسي") == "Jean-Noël Barrot"


def test_feminine_lafatat_still_passes_to_the_ministry() -> None:
    text = (
        "وأكدت وزارة الخارجية الألمانية، في بيان، أن برلين تدعم جهود الوساطة في المنطقة. "
        "وأوضح وزير الخارجية الفرنسي جان نويل بارو، في مؤتمر صحفي، أن باريس ستستضيف "
        "اجتماعا وزاريا الشهر المقبل.\n\n"
        "ولفتت إلى أن الحل السياسي يتطلب وقفا فوريا لإطلاق النار."
    )
    assert _speaker_of(text, "الحل السياسي") != "Jean-Noël Barrot"
