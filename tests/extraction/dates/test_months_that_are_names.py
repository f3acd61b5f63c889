"""English months that are also names or verbs (May, June, April, August, March).

"Theresa May said" is a person speaking, not a month; "in May", "May 5", "last May" and
"May 2019" are months.  Sentences written for this test in wire style.
"""

from __future__ import annotations

import datetime

import pytest
from factories import find_mention, linked

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.models import Article

PUB = datetime.date(2019, 3, 14)


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in find_times(text, "en", PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past verb: the May before publication (S7-H16), not the one two months ahead
        ("The ministers met in May.", [("in May", "2018-05")]),
        ("The ministers will meet in May.", [("in May", "2019-05")]),
        ("The ministers met on May 5.", [("May 5", "2019-05-05")]),
        ("The ministers met last May.", [("last May", "2018-05")]),
        ("The ministers met in May 2017.", [("May 2017", "2017-05")]),
        ("Troops march to the border, Interior Minister Ian August said.", []),
        ("Envoy Peter May told reporters the talks had stalled.", []),
    ],
)
def test_a_month_name_is_a_month_only_with_a_preposition_a_day_or_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text) == expected


def test_a_family_name_that_is_a_month_stays_in_the_name_and_speaks() -> None:
    text = "Britain will expel 12 diplomats, British Prime Minister Theresa May said on Monday."
    r = linked(text, "en", PUB)
    assert find_mention(r, "Theresa May").key == "Person:theresa may"
    x = extract(Article(id="m", lang="en", text=text, published=PUB))
    assert [(x.entity(q.speaker).label, q.text) for q in x.quotes] == [
        ("Theresa May", "Britain will expel 12 diplomats")
    ]
    assert all(r.date != "2019-05" for r in x.relations)
