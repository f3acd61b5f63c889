"""Arabic ministers named after the government they sit in (session 18, S18-SPKLINK).

"وزيرة الخارجية في حكومة «X» Y Z"، "وزير الدفاع في حكومة X الوطني Y Z": a government the
gazetteer does not know, named by one to three definite words or a run in guillemets, stands
between the title and the holder's name; the name must open with a known given name.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime

from factories import extracted

from kg.models import EntityType

_DAY = datetime.date(2025, 6, 12)


def _people(text: str) -> list[str]:
    x = extracted(text, "ar", _DAY)
    return [e.label for e in x.entities if e.type is EntityType.PERSON]


def test_a_minister_named_after_a_government_in_guillemets() -> None:
    text = "ووقّع الاتفاق وزيرة الخارجية في حكومة «الإنقاذ» سلمى الفاسي، بحضور السفير."
    assert "سلمى الفاسي" in _people(text)


def test_a_minister_named_after_a_government_of_two_definite_words() -> None:
    text = "واستقبل وزير الداخلية في حكومة الوحدة الوطنية خالد الشريف وفدا من الاتحاد الأفريقي."
    assert "خالد الشريف" in _people(text)


def test_a_minister_in_an_unknown_government_speaks() -> None:
    text = "وقال وزير المالية في حكومة «التوافق» عمر الزين إن الرواتب ستصرف الأسبوع المقبل."
    x = extracted(text, "ar", _DAY)
    speakers = [x.entity(q.speaker).label for q in x.quotes if q.speaker]
    assert "عمر الزين" in speakers


def test_no_name_after_the_government_is_no_person() -> None:
    text = "وشارك وزير الخارجية في حكومة الوحدة الوطنية في الاجتماع الوزاري."
    assert _people(text) == []


def test_the_minister_takes_the_state_the_article_gives_that_government() -> None:
    text = (
        "أعلنت حكومة «الإنقاذ الوطني» السودانية تشكيل لجنة جديدة. وقال وزير الخارجية في "
        "حكومة «الإنقاذ» عمر الزين إن اللجنة ستبدأ عملها قريبا."
    )
    x = extracted(text, "ar", _DAY)
    zein = [e for e in x.entities if e.label == "عمر الزين"]
    assert zein and zein[0].state is not None and x.entity(zein[0].state).label == "Sudan"


def test_a_government_never_given_a_state_gives_none() -> None:
    text = "وقال وزير الخارجية في حكومة «الإنقاذ» عمر الزين إن اللجنة ستبدأ عملها قريبا."
    x = extracted(text, "ar", _DAY)
    zein = [e for e in x.entities if e.label == "عمر الزين"]
    assert zein and zein[0].state is None
