"""A first line with no title field that ends on a closed quotation ('... are "a flagrant
violation"', '... تلغي الاتفاق «بأثر فوري»') is still a headline for statements: the
writer's summary of the story, which holds no statement.  A first line whose quotation
ends its sentence ('..."') or stays open is the body's.  Fresh news-style sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from kg.extractors import extract
from kg.extractors.statements.claims import _closes_a_phrase, _en_headline_end
from kg.models import Article, Extraction
from tests.factories import said


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 6, 12)))


def test_en_headline_ending_in_a_quoted_phrase_holds_no_statement() -> None:
    x = run(
        'Ruritania says border shelling by Freedonia is "a flagrant violation"\n\n'
        "ZENDA (AP) — Ruritania condemned on Wednesday the shelling of its border villages.\n",
        "en",
    )
    assert said(x) == []


def test_ar_headline_ending_in_a_quoted_phrase_holds_no_statement() -> None:
    x = run(
        "الجزائر تعتبر قرار باريس «خطوة عدائية»\n\n"
        "أعلنت وزارة الخارجية الجزائرية، أمس الثلاثاء، استدعاء سفيرها لدى فرنسا للتشاور.\n",
        "ar",
    )
    assert all("خطوة عدائية" not in text for _, text in said(x))


def test_first_lines_that_end_on_a_closed_quotation_of_a_phrase_read_as_headlines() -> None:
    assert _closes_a_phrase('Ruritania accuses Freedonia of "intransigence"')
    assert _closes_a_phrase("مصر تلغي الاتفاق «بأثر فوري»")
    assert _closes_a_phrase("Talks with Freedonia “very productive”")


def test_an_english_lede_that_ends_on_a_quotation_is_no_headline() -> None:
    text = 'The minister said: "We will not back down."\n\nHe spoke in Zenda on Monday.\n'
    assert _en_headline_end(text) == 0
    text = 'Ruritania accuses Freedonia of "intransigence"\n\nZENDA (AP) — It said so.\n'
    assert _en_headline_end(text) == text.index("\n")


def test_first_lines_whose_quotation_ends_a_sentence_or_stays_open_are_the_body() -> None:
    assert not _closes_a_phrase('The minister said: "We will not back down."')
    assert not _closes_a_phrase('He called the talks "useful" and "')
    assert not _closes_a_phrase("The talks were useful.")
