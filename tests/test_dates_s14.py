"""Event dates, session 14 (S14-DATES).

A participle that is a lexicalised adjective of a name or body ("اللجنة المشتركة",
"القوات المسلحة", "الحكومة المؤقتة") opens no clause of its own: a time right after it
dates the main act, while a true participle with its own act ("الاتفاق الموقع مع واشنطن
عام 2012") still keeps its year.

All sentences are written for these tests in news style."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import extracted

from kg.extractors.dates import relative_between
from kg.extractors.text import fold
from kg.models import Extraction


def _extract(lang: str, published: str, text: str) -> Extraction:
    return extracted(text, lang, dt.date.fromisoformat(published))


def _dates(x: Extraction, rtype: str) -> list[str | None]:
    return [r.date for r in x.relations if r.type.value == rtype]


# adjective participles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rtype", "day"),
    [
        (
            "القاهرة - وكالات\nاتفقت اللجنة العسكرية المصرية السودانية المشتركة أمس الأحد على "
            "ترتيبات تأمين الحدود بين البلدين.",
            "AGREE",
            "2024-03-03",
        ),
        (
            "القاهرة - أ ش أ\nالتقى وزير الخارجية المصري سامح شكري نظيره السوداني على هامش "
            "اجتماعات اللجنة المشتركة أمس الأحد.",
            "CONSULT",
            "2024-03-03",
        ),
        (
            "طرابلس - وكالات\nاستقبل رئيس الحكومة الليبية المؤقتة أمس الأحد وزير الخارجية "
            "التركي هاكان فيدان.",
            "CONSULT",
            "2024-03-03",
        ),
        (
            "الخرطوم - وكالات\nوقع السودان وجنوب السودان اتفاق التعاون المشترك أمس الأحد في جوبا.",
            "AGREE",
            "2024-03-03",
        ),
    ],
)
def test_time_after_an_adjective_participle_dates_the_main_act(
    text: str, rtype: str, day: str
) -> None:
    assert day in _dates(_extract("ar", "2024-03-04", text), rtype)


@pytest.mark.parametrize(
    "head",
    [
        "ألغت النيجر الاتفاق الموقع ",
        "أنهت الحكومة المعاهدة المبرمة ",
        "ألغى البرلمان القانون المعدل ",
    ],
)
def test_a_true_participle_still_keeps_the_time_after_it(head: str) -> None:
    text = fold(head + "في عام 2012")
    assert relative_between(text, True, 0, len(fold(head)))


@pytest.mark.parametrize(
    "head",
    ["اتفقت اللجنة المشتركة ", "هاجمت القوات المسلحة ", "زار رئيس الحكومة المؤقتة "],
)
def test_an_adjective_participle_opens_no_clause(head: str) -> None:
    text = fold(head + "في عام 2012")
    assert not relative_between(text, True, 0, len(fold(head)))
