"""S17-QPREC: Arabic statements with no speaker or no claim of ours.

- "وأشادت أوساط دبلوماسية بالدور ..."، "وتقول دوائر غربية إن": circles, observers and
  analysts are vague sources like "مصادر"; the last speaker does not go on;
- "في خطوة رحبت بها أنقرة": a verb in a relative clause with a resumptive pronoun; what was
  welcomed is the noun before it, the actor after "بها" is its subject: no claim ("أكد له
  رغبة بلاده", the one told and then the claim, stays).

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

from factories import extracted
from factories import said as statements_said

_DAY = datetime.date(2025, 4, 2)


def _said(text: str) -> set[tuple[str, str]]:
    return set(statements_said(extracted(text, "ar", _DAY)))


def test_diplomatic_circles_are_no_speaker_of_ours() -> None:
    said = _said(
        "واتهمت أوكرانيا روسيا بعرقلة المفاوضات بشأن تبادل الأسرى.\n\n"
        "وأشادت أوساط دبلوماسية في العاصمتين بالدور التركي في الوساطة بين البلدين."
    )
    assert not any("بالدور التركي" in text or "أوساط" in text for _, text in said)


def test_actor_after_a_resumptive_pronoun_makes_no_claim() -> None:
    said = _said(
        "وكان البرلمان العراقي قد أقر الشهر الماضي قانوناً لحظر الحزب، في خطوة رحبت بها أنقرة."
    )
    assert not any(text.startswith("بها") for _, text in said)


def test_one_told_after_the_verb_still_makes_a_claim() -> None:
    said = _said(
        "وقال وزير الخارجية البريطاني ديفيد لامي إنه تحدث مع نظيره الإيراني عباس عراقجي. "
        "وأضاف أن عراقجي أكد له رغبة بلاده في خفض التصعيد."
    )
    assert any(text.startswith("له رغبة") for _, text in said)
