"""A statement whose content only holds the same speaker's own cue and words ("أصدر X
بياناً ... وأشار البيان إلى أن X أبلغ نظيره Y بأن ...": the statement's issuer is X) is
the inner statement said twice: only the inner one is kept.  An outer statement of another
speaker stays, with the inner one relayed.  Fresh news-style sentences written for these
tests."""

from __future__ import annotations

from datetime import date

from factories import said

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str, lang: str) -> Extraction:
    return extract(Article(id="t", lang=lang, text=text, published=date(2025, 3, 4)))


def test_ar_statement_restating_its_speakers_own_telling_is_kept_once() -> None:
    x = run(
        "أصدر الرئيس الفرنسي إيمانويل ماكرون بياناً مساء الاثنين عقب اتصال هاتفي. وأشار "
        "البيان إلى أن الرئيس ماكرون أبلغ نظيره الروسي فلاديمير بوتين بأن فرنسا ستواصل "
        "دعم أوكرانيا.",
        "ar",
    )
    assert said(x) == [("Emmanuel Macron", "فرنسا ستواصل دعم أوكرانيا")]


def test_outer_statement_of_another_speaker_stays() -> None:
    x = run(
        "وقالت الرئاسة الفرنسية في بيان إن الرئيس إيمانويل ماكرون أبلغ نظيره الروسي "
        "فلاديمير بوتين بأن فرنسا ستواصل دعم أوكرانيا.",
        "ar",
    )
    speakers = [speaker for speaker, _ in said(x)]
    assert "Emmanuel Macron" in speakers
    assert len(speakers) == 2
