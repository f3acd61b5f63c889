"""S17-SPKLINK: English speakers that are people acting together ("protesters said",
"French fishermen told"): a new Organization of that name speaks, with the state of a state
adjective before it; analysts are no such speaker.

All sentences are written for these tests in news style.
"""

from __future__ import annotations

import datetime

from factories import extracted, speaker_of

DAY = datetime.date(2021, 5, 7)


def test_bare_plural_of_protesters_before_said_is_the_speaker() -> None:
    x = extracted(
        "Thousands marched to parliament on Friday. Protesters said the government had "
        "betrayed the country.",
        "en",
        DAY,
    )
    assert speaker_of(x, "betrayed the country") == "Protesters"


def test_state_adjective_gives_the_group_its_state() -> None:
    x = extracted("French fishermen said the new licences were unfair.", "en", DAY)
    assert speaker_of(x, "licences were unfair") == "French fishermen"
    group = next(e for e in x.entities if e.label == "French fishermen")
    labels = {e.id: e.label for e in x.entities}
    assert labels.get(group.state or "") == "France"


def test_analysts_are_no_collective_speaker() -> None:
    x = extracted("Analysts said the move signalled a shift in policy.", "en", DAY)
    assert not any(e.label.lower() == "analysts" for e in x.entities)
