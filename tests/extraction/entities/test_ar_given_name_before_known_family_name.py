"""S17-SPKLINK: an Arabic speaker whose family name is a known person's, after a speech verb
and another given name ("وقال محمود السيسي إن"), is a new person, not the known one, and
keeps the statement; the known person's own full name or family name alone stays theirs.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import extracted, speaker_of

DAY = datetime.date(2025, 2, 10)


def test_other_given_name_before_a_known_family_name_is_a_new_speaker() -> None:
    x = extracted("وقال محمود السيسي إن الشركة ستفتتح فرعاً جديداً في القاهرة.", "ar", DAY)
    assert speaker_of(x, "فرعاً جديداً") == "محمود السيسي"
    assert not any(e.label == "Abdel Fattah el-Sisi" for e in x.entities)


def test_known_persons_full_name_stays_theirs() -> None:
    x = extracted("وقال عبد الفتاح السيسي إن مصر لن تفرط في حقوقها المائية.", "ar", DAY)
    assert speaker_of(x, "حقوقها المائية") == "Abdel Fattah el-Sisi"


def test_known_family_name_alone_stays_theirs() -> None:
    x = extracted("وقال السيسي إن مصر لن تفرط في حقوقها المائية.", "ar", DAY)
    assert speaker_of(x, "حقوقها المائية") == "Abdel Fattah el-Sisi"


def test_family_name_gated_as_a_common_word_after_a_given_name_is_a_speaker() -> None:
    x = extracted("وقال سامي عون إن البلدية ستعيد فتح الطريق غداً.", "ar", DAY)
    assert speaker_of(x, "ستعيد فتح") == "سامي عون"
