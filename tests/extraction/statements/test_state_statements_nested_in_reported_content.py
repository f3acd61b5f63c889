"""S17-QPREC: a state's statement nested in another speaker's reported content.

"وأضاف أن الجانب الأمريكي تعهد برفع العقوبات"، "مؤكدا أن فنزويلا تعهدت بالإفراج عن ...":
the outer speaker tells what a state pledged or holds; that is part of the outer claim,
not a second statement by the state relayed by the speaker.  A person whose words are
reported inside ("قال إن الرئيس أكد ...", "said Putin had warned ...") still speaks.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted
from factories import said as statements_said

_DAY = datetime.date(2024, 9, 12)


def _said(text: str, lang: str) -> set[tuple[str, str]]:
    return set(statements_said(extracted(text, lang, _DAY)))


@pytest.mark.parametrize(
    ("text", "lang", "outer"),
    [
        (
            "وقال وزير الخارجية المصري بدر عبد العاطي إن القاهرة تتابع المفاوضات عن كثب، "
            "مؤكدا أن إثيوبيا تعهدت بعدم اتخاذ أي خطوة أحادية قبل الاتفاق.",
            "ar",
            "Badr Abdelatty",
        ),
        (
            "Spanish Foreign Minister Jose Manuel Albares said on Monday that talks were "
            'going well but warned that Morocco often makes pledges "that are never kept."',
            "en",
            "Jose Manuel Albares",
        ),
    ],
)
def test_state_inside_a_speakers_content_is_no_statement(text: str, lang: str, outer: str) -> None:
    said = _said(text, lang)
    assert {speaker for speaker, _ in said} == {outer}


def test_person_inside_a_speakers_content_still_speaks() -> None:
    text = (
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس فلاديمير بوتين أكد استعداد "
        "موسكو لمواصلة الحوار مع أنقرة."
    )
    assert "Vladimir Putin" in {speaker for speaker, _ in _said(text, "ar")}


def test_state_whose_cue_the_speaker_quotes_still_speaks() -> None:
    text = '"Tehran says it wants calm, but it keeps arming militias," Netanyahu said.'
    assert "Iran" in {speaker for speaker, _ in _said(text, "en")}


def test_state_in_the_writers_relative_aside_still_speaks() -> None:
    # "...، في خطوة وصفتها X بأنها": the verb's pronoun resumes a noun of the content; the
    # aside is the writer's, and the state after the verb speaks
    text = (
        "وقال رئيس الوزراء الأسترالي إن كانبيرا ستفرض عقوبات على مستوطنين، في خطوة "
        "وصفتها إسرائيل بأنها متسرعة."
    )
    assert "Israel" in {speaker for speaker, _ in _said(text, "ar")}
