"""Event dates, session 21 (S21-DATES): a time that is a deadline the act sets ("gave him
until Friday to leave", «أمهلت ... حتى يوم الجمعة») is not the act's date; a plan told
"from Tuesday" is the coming Tuesday; a time told after "accused X of <gerund>" dates the
accused act, not the accusation.

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

from factories import extracted

from kg.models import Extraction, RelationType


def _dates(x: Extraction, kind: RelationType) -> list[str | None]:
    return [r.date for r in x.relations if r.type is kind]


def test_an_ultimatum_is_not_dated_by_the_day_it_runs_out() -> None:
    x = extracted(
        "Nigeria gave Niger until noon on Friday to release the detained envoy.",
        "en",
        dt.date(2024, 3, 6),
    )
    assert _dates(x, RelationType.THREATEN) == [None]


def test_an_arabic_ultimatum_is_not_dated_by_its_deadline() -> None:
    x = extracted(
        "طالبت الجزائر فرنسا بسحب موظفيها حتى يوم الجمعة المقبل.",
        "ar",
        dt.date(2025, 4, 14),
    )
    assert _dates(x, RelationType.REQUEST) == [None]


def test_a_plan_from_a_weekday_is_dated_by_the_coming_one() -> None:
    x = extracted(
        "Japan will impose tariffs on steel imports from South Korea from Thursday, "
        "the trade ministry said on Monday.",
        "en",
        dt.date(2024, 6, 10),
    )
    assert _dates(x, RelationType.SANCTION) == ["2024-06-13"]


def test_a_time_after_an_accused_deed_dates_the_deed_not_the_accusation() -> None:
    x = extracted(
        "Armenia accused Azerbaijan of shelling border villages in March.",
        "en",
        dt.date(2024, 5, 8),
    )
    assert _dates(x, RelationType.ACCUSE) == [None]
