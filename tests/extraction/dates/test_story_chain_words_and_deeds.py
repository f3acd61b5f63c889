"""Arabic: the sentence-by-sentence story carries a dated step's day to the next deed of the
same actor, not to its words. Thanks, condemnations, appeals, warnings and offers of
cooperation told in the sentence after a dated step stay undated (a stance, often no step of
that day); the story still goes on through them to a later deed; a summons, an ACCUSE done
rather than said, is a deed."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extractors import extract
from kg.models import Article, Extraction, RelationType

PUB = date(2025, 6, 6)  # a Friday
WEDNESDAY = "2025-06-04"

LEAD = (
    "الرباط (وكالات) - استقبل وزير الخارجية المغربي ناصر بوريطة، الأربعاء، نظيره الموريتاني "
    "محمد سالم ولد مرزوك في الرباط.\n"
)


def _extract(text: str) -> Extraction:
    return extract(Article(id="t", lang="ar", published=PUB, title="", text=text))


def _dates(x: Extraction, rtype: RelationType) -> list[str | None]:
    return [r.date for r in x.relations if r.type is rtype]


@pytest.mark.parametrize(
    ("second", "rtype"),
    [
        pytest.param(
            "وأعرب المغرب عن تقديره لدعم موريتانيا لمبادرة الحكم الذاتي.",
            RelationType.SUPPORT,
            id="thanks",
        ),
        pytest.param(
            "ودعت الرباط الجزائر إلى وقف التصعيد على الحدود.", RelationType.REQUEST, id="appeal"
        ),
        pytest.param(
            "وأدانت الرباط الهجمات الجزائرية على الحدود.", RelationType.ACCUSE, id="condemnation"
        ),
        pytest.param(
            "وحذر المغرب الجزائر من أي تصعيد على الحدود.", RelationType.THREATEN, id="warning"
        ),
    ],
)
def test_words_after_a_dated_step_of_the_same_state_stay_undated(
    second: str, rtype: RelationType
) -> None:
    x = _extract(LEAD + second)
    assert _dates(x, RelationType.CONSULT) == [WEDNESDAY]
    assert _dates(x, rtype) == [None]


def test_a_persons_own_words_after_his_meeting_still_go_on_that_occasion() -> None:
    # not the chain of the state's story: the person who met spoke there
    x = _extract(LEAD + "ودعا بوريطة موريتانيا إلى تعزيز التنسيق الأمني على الحدود.")
    assert _dates(x, RelationType.REQUEST) == [WEDNESDAY]


def test_the_story_goes_on_through_the_words_to_the_next_deed() -> None:
    x = _extract(
        LEAD + "وأعرب المغرب عن تقديره لدعم موريتانيا لمبادرة الحكم الذاتي.\n"
        "ووقع المغرب وموريتانيا اتفاقا للتعاون في مجال الصيد البحري.\n"
    )
    assert _dates(x, RelationType.SUPPORT) == [None]
    assert _dates(x, RelationType.AGREE) == [WEDNESDAY]


def test_a_deed_after_a_dated_step_still_takes_its_day() -> None:
    x = _extract(LEAD + "ووقع بوريطة وولد مرزوك اتفاقا للتعاون في مجال الطاقة.")
    assert _dates(x, RelationType.AGREE) == [WEDNESDAY]


def test_a_summons_is_a_deed_and_takes_the_day() -> None:
    x = _extract(
        "الجزائر (وكالات) - سلمت وزارة الخارجية الجزائرية، الأربعاء، السفير الفرنسي مذكرة "
        "احتجاج.\nواستدعت الجزائر سفيرها لدى باريس للتشاور.\n"
        "واستدعت الخارجية الجزائرية القائم بالأعمال الإسباني.\n"
    )
    accused = [r for r in x.relations if r.type is RelationType.ACCUSE]
    assert accused and accused[-1].date == WEDNESDAY
