"""Event dates, session 21 (S21-DATES): a time that is a deadline the act sets ("gave him
until Friday to leave", «أمهلت ... حتى يوم الجمعة») is not the act's date; a plan told
"from Tuesday" is the coming Tuesday; a time told after "accused X of <gerund>" dates the
accused act, not the accusation; an act in a condition («إذا فرض») or in the cause an act
answers («على خلفية») is not dated by the time of the clause it hangs on.

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


def test_an_arabic_condition_is_not_dated_by_the_threat_it_hangs_on() -> None:
    x = extracted(
        "هددت بيلاروسيا، الخميس، بقطع إمدادات الغاز عن بولندا إذا فرض الاتحاد الأوروبي "
        "عقوبات جديدة على مينسك.",
        "ar",
        dt.date(2024, 11, 15),
    )
    assert [r.date for r in x.relations if r.modality == "hypothetical"] == [None]


def test_the_act_a_recall_answers_is_not_dated_by_the_recall() -> None:
    x = extracted(
        "استدعت الجزائر، أمس، سفيرها لدى مالي للتشاور، وذلك على خلفية طرد مالي السفير "
        "الجزائري من باماكو.",
        "ar",
        dt.date(2024, 11, 15),
    )
    assert sorted(_dates(x, RelationType.SANCTION), key=str) == ["2024-11-14", None]


def test_a_cause_closed_by_a_comma_leaves_the_next_clause_its_time() -> None:
    x = extracted(
        "تصاعد أمس التوتر بين البلدين على خلفية تصريحات الوزير، إذ أعلنت الجزائر استدعاء "
        "سفيرها لدى مالي.",
        "ar",
        dt.date(2024, 11, 15),
    )
    assert _dates(x, RelationType.SANCTION) == ["2024-11-14"]
