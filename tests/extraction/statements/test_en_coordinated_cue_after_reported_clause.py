"""English: a verb coordinated by ", and"/", but" right after the content of a statement
whose reported clause holds a nested cue ("X told reporters that Ruritania had demanded
aid, and accused Freedonia of ...") goes on with the statement's speaker, not with the
subject of the clause he reported; without the comma the clause's subject keeps it.
Fresh news-style sentences written for these tests."""

from __future__ import annotations

from datetime import date

from factories import speaker_of

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", text=text, published=date(2025, 3, 4)))


def test_comma_and_cue_after_a_reported_demand_goes_on_with_the_reporter() -> None:
    x = run(
        "In Tirana, Foreign Minister Igli Hasani told a news conference on Monday that "
        "Serbia had demanded a written apology before any talks, and accused Russia of "
        'stirring "unrest and division" in the region.'
    )
    assert speaker_of(x, "Russia of stirring") == "Igli Hasani"


def test_comma_but_cue_after_a_reported_warning_goes_on_with_the_reporter() -> None:
    x = run(
        "Chancellor Olaf Scholz said on Tuesday that Russia had warned against new "
        "sanctions, but urged European partners to keep up their support for Ukraine."
    )
    assert speaker_of(x, "European partners") == "Olaf Scholz"


def test_and_cue_without_a_comma_stays_with_the_reported_clause_subject() -> None:
    x = run(
        "Chancellor Olaf Scholz said on Tuesday that Russia had warned against new "
        "sanctions and urged European partners to drop them."
    )
    assert speaker_of(x, "European partners") == "Russia"
