"""Arabic statements, session 9 round 3 (issue #3, S9-R3-H2): agency-style families.

- a speaker with two chained titles, then an occasion set off by commas ("قال X مستشار ...
  المتحدث الرسمي ...، في تصريح لوكالة ...، إن"): the titles do not use up the window in
  which the complementiser after the occasion is looked for;
- a possessed noun of speech as the occasion ("وطالبت الوزارة في بيانها X بـ"): it takes
  no object, so the content starts after it;
- a reported clause whose subject is the speaker's own pronoun ("قال X إنه التقى Y وأكد
  له أن"): the second verb goes on with X, it gives Y no statement of his own; after a
  comma too ("، وأبلغه بأن"), it stays in the one reported clause.

All sentences are written for these tests in agency style about real events.
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted, said

_DAY = datetime.date(2023, 6, 12)

CASES = [
    (  # two chained titles, then an occasion between commas
        "من جانبه، قال الدكتور ماجد بن محمد الأنصاري مستشار رئيس مجلس الوزراء المتحدث"
        " الرسمي لوزارة الخارجية، في مؤتمر صحفي عقده في الدوحة، إن قطر تواصل اتصالاتها مع"
        " جميع الأطراف.",
        [("Majed al-Ansari", "قطر تواصل اتصالاتها مع جميع الأطراف")],
    ),
    (  # guard: one title and the occasion keep working
        "من جانبه، قال ماجد الأنصاري المتحدث الرسمي لوزارة الخارجية، في تصريح لوكالة"
        " الأنباء القطرية /قنا/، إن الدوحة تواصل اتصالاتها مع جميع الأطراف.",
        [("Majed al-Ansari", "الدوحة تواصل اتصالاتها مع جميع الأطراف")],
    ),
    (  # a possessed noun of speech is the occasion, not the object
        "اتهمت وزارة الخارجية السودانية قوات الدعم السريع بقصف مخيمات النازحين في دارفور."
        " وطالبت الوزارة في بيانها مجلس الأمن بإدانة هذه الجرائم.",
        [
            (
                "Sudanese Ministry of Foreign Affairs",
                "قوات الدعم السريع بقصف مخيمات النازحين في دارفور",
            ),
            ("Sudanese Ministry of Foreign Affairs", "مجلس الأمن بإدانة هذه الجرائم"),
        ],
    ),
    (  # the speaker's own pronoun goes on: the minister he met says nothing
        "وقال وزير الخارجية التركي مولود جاويش أوغلو إنه التقى نظيره الروسي سيرغي لافروف"
        " وأكد له أن أنقرة تدعم استئناف صادرات الحبوب.",
        [
            (
                "Mevlüt Çavuşoğlu",
                "إنه التقى نظيره الروسي سيرغي لافروف وأكد له أن أنقرة تدعم استئناف صادرات الحبوب",
            )
        ],
    ),
]


TOLD = [
    (  # the speaker tells "him" after a comma: still the one reported clause
        "وقال وزير الخارجية الألماني هايكو ماس، في تغريدة، إنه اتصل بنظيره الروسي سيرغي"
        " لافروف، وأبلغه بأن برلين «قلقة للغاية» من الحشود على حدود أوكرانيا.",
        1,
    ),
    (  # guard: another verb with no one told is a second statement
        "وقال وزير الخارجية الألماني هايكو ماس إنه اتصل بنظيره الروسي سيرغي لافروف،"
        " ووصف المحادثة بأنها صعبة.",
        2,
    ),
]


@pytest.mark.parametrize(("text", "count"), TOLD, ids=["told-him", "second-verb"])
def test_telling_him_goes_on_with_the_speakers_own_reported_act(text: str, count: int) -> None:
    x = extracted(text, "ar", _DAY)
    speakers = [s for s, _ in said(x)]
    assert len(speakers) == count and set(speakers) == {speakers[0]}
    assert "ماس" in speakers[0]
    assert said(x)[0][1].startswith("إنه اتصل بنظيره")


@pytest.mark.parametrize(
    ("text", "expected"), CASES, ids=["two-titles", "one-title", "own-statement", "own-pronoun"]
)
def test_agency_style_statements(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(extracted(text, "ar", _DAY)) == expected


def test_named_subject_of_a_reported_clause_still_speaks_for_the_second_verb() -> None:
    # guard: "قال X إن Y تحدث مع Z وأبلغه بأن": Y (named) tells Z, relayed by X
    x = extracted(
        "وقال المتحدث باسم الرئاسة التركية إبراهيم قالن إن أردوغان تحدث هاتفيا مع ماكرون"
        " وأبلغه بأن أنقرة ترفض أي تصعيد في شرق المتوسط.",
        "ar",
        _DAY,
    )
    speakers = [s for s, text in said(x) if text.startswith("أنقرة ترفض")]
    assert speakers == ["Recep Tayyip Erdoğan"]
