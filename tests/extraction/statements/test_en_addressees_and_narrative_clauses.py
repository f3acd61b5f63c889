"""S17-QPREC: English speakers and contents that are not there.

- '"...," one woman told Reuters': after a subject we did not link, the name after the
  verb is the one told, never the speaker (only "..., said Peskov." puts the speaker
  after the verb);
- "..., officials said on Monday, as Kyiv and Moscow traded accusations": a clause opened
  by "as"/"while"/"when"/"amid" after a comma past the cue is the writer's, not content.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

from factories import extracted
from factories import said as statements_said

_DAY = datetime.date(2025, 2, 10)


def _said(text: str) -> set[tuple[str, str]]:
    return set(statements_said(extracted(text, "en", _DAY)))


def test_outlet_told_after_an_unlinked_subject_is_no_speaker() -> None:
    said = _said(
        "Residents of the port city said they heard at least ten explosions. "
        '"The whole building shook," one woman told Reuters.'
    )
    assert not any(speaker == "Reuters" for speaker, _ in said)


def test_name_right_after_said_still_speaks() -> None:
    said = _said('"We are ready to talk," said Kremlin spokesman Dmitry Peskov.')
    assert ("Dmitry Peskov", "We are ready to talk") in said


def test_as_clause_after_the_cue_is_no_content() -> None:
    said = _said(
        "KYIV, Feb 10 (Reuters) - Russian drones struck energy facilities across Ukraine "
        "overnight, officials said on Monday, as Kyiv and Moscow traded accusations over "
        "stalled prisoner exchange talks."
    )
    assert not any(text.startswith("as Kyiv") for _, text in said)


def test_as_inside_the_content_without_a_comma_stays() -> None:
    said = _said("Turkey said on Monday that it would host the talks as planned.")
    assert ("Türkiye", "it would host the talks as planned") in said
