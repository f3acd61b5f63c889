"""Linking of actors the gazetteer lacks or names only by their side (S14-LINK).

Classes: a signatory or delegate written as acting for a side, right before the title
and name ("ووقّع عن الجانب الإريتري وزير الخارجية X"), speaks for that side's state, not
for the dateline's.
Every sentence is written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest
from factories import extracted

from kg.models import Extraction


def state_of(x: Extraction, name: str) -> str | None:
    """The label of the state of the entity labelled ``name`` (None when stateless)."""
    ent = next(e for e in x.entities if e.label == name)
    return x.entity(ent.state).label if ent.state else None


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "أديس أبابا - وكالات: وقّعت إثيوبيا وإريتريا اتفاقاً لترسيم الحدود. ووقّع "
            "الاتفاق عن الجانب الإريتري وزير الخارجية عثمان صالح، وعن الجانب الإثيوبي "
            "وزير الخارجية ورقنه جبيهو.",
            "عثمان صالح",
            "Eritrea",
        ),
        (
            "نجامينا - وكالات: ووقّع الاتفاق نيابة عن الحكومة الليبية وزير الداخلية "
            "عماد الطرابلسي، بحضور مسؤولين تشاديين.",
            "عماد الطرابلسي",
            "Libya",
        ),
        (
            "الدوحة - قنا: ووقّع مذكرة التفاهم عن الجانب الكيني وزير التجارة موسى كوريا "
            "في العاصمة القطرية.",
            "موسى كوريا",
            "Kenya",
        ),
    ],
)
def test_signatory_for_a_side_speaks_for_that_sides_state(
    text: str, person: str, state: str
) -> None:
    assert state_of(extracted(text, "ar", date(2025, 3, 4)), person) == state


def test_a_citizen_released_is_not_read_as_a_signatory() -> None:
    x = extracted(
        "بغداد - وكالات: أعلنت طهران الإفراج عن المواطن الأمريكي سيامك نمازي بعد سنوات "
        "من الاحتجاز.",
        "ar",
        date(2025, 3, 4),
    )
    assert state_of(x, "سيامك نمازي") == "United States"
