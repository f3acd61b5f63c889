"""Arabic names after a bare style before what the speaker says as a verbal noun (session
18, S18-SPKLINK): "وأكد الملا X Y التزام الحركة بالاتفاق" — after a style with no title
(الشيخ، الملا، السيد) a name is taken only up to a clear end; a listed verbal noun
(cues.tsv cue=masdar) in construct with a definite word now is one, as "إن" was.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted

from kg.models import EntityType

_DAY = datetime.date(2025, 6, 12)


def _speakers(text: str) -> list[str]:
    x = extracted(text, "ar", _DAY)
    return [x.entity(q.speaker).label for q in x.quotes if q.speaker]


def _people(text: str) -> list[str]:
    x = extracted(text, "ar", _DAY)
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def test_a_styled_name_ends_before_a_listed_verbal_noun() -> None:
    assert "حسن كريمي" in _people("وأكد الملا حسن كريمي التزام الحركة بتنفيذ بنود الاتفاق.")
    text = "وأكد الشيخ محمد سلطاني التزام الحركة بتنفيذ بنود الاتفاق."
    assert "محمد سلطاني" in _speakers(text)


def test_a_styled_name_still_ends_before_that() -> None:
    text = "وأكد الشيخ حسن كريمي أن الحركة ملتزمة بالاتفاق."
    assert "حسن كريمي" in _speakers(text)


def test_a_styled_name_before_an_unlisted_noun_is_not_taken() -> None:
    text = "وأكد الشيخ حسن كريمي صحة الخبر."
    assert not any("صحة" in p for p in _people(text))
