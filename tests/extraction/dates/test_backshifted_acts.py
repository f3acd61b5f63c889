"""When a relation happened: the speaker's own act told in backshifted reported speech,
an Arabic story going on from a dated sentence, and weekdays of arrangements ahead."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.extractors.dates import find_times
from kg.models import Article, Extraction, RelationType

PUB = date(2025, 3, 14)  # a Friday


def _extract(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, published=PUB, title="", text=text))


def _dates(x: Extraction, rtype: RelationType) -> list[str | None]:
    return [r.date for r in x.relations if r.type is rtype]


def test_act_announced_in_past_progressive_takes_the_statement_date() -> None:
    x = _extract(
        "Chile's government said on Tuesday it was recalling its ambassador from Peru "
        "in protest over the detention of two of its citizens.",
        "en",
    )
    assert _dates(x, RelationType.SANCTION) == ["2025-03-11"]


def test_own_act_in_past_perfect_takes_the_statement_date() -> None:
    x = _extract(
        "Poland's foreign ministry said on Wednesday it had summoned the Belarusian "
        "ambassador over a border incident.",
        "en",
    )
    assert _dates(x, RelationType.ACCUSE) == ["2025-03-12"]


def test_arabic_act_after_a_dated_sentence_by_the_same_actor_takes_its_date() -> None:
    x = _extract(
        "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة "
        "يوم الأحد. ووقع السيسي وماكرون اتفاقا للتعاون في مجال الطاقة.",
        "ar",
    )
    assert _dates(x, RelationType.CONSULT) == ["2025-03-09"]
    assert _dates(x, RelationType.AGREE) == ["2025-03-09"]


def test_arabic_pluperfect_background_does_not_take_the_story_date() -> None:
    x = _extract(
        "استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة "
        "يوم الأحد. وكانت مصر قد وقعت مع فرنسا اتفاقا لشراء طائرات رافال.",
        "ar",
    )
    assert _dates(x, RelationType.CONSULT) == ["2025-03-09"]
    assert _dates(x, RelationType.AGREE) == [None]


def test_weekday_of_an_arrangement_ahead_is_after_publication() -> None:
    times = find_times(
        "The minister cancelled a visit to Ankara planned for Monday and talks "
        "scheduled for Thursday; he met the envoy on Monday.",
        "en",
        PUB,
    )
    assert [t.value for t in times] == ["2025-03-17", "2025-03-20", "2025-03-10"]


def test_wire_dateline_date_does_not_date_the_lead_act() -> None:
    x = _extract(
        "SANTIAGO, March 13 (Reuters) - Chile has asked Peru to hand over two suspects "
        "wanted over a bombing in the capital.",
        "en",
    )
    assert _dates(x, RelationType.REQUEST) == [None]
