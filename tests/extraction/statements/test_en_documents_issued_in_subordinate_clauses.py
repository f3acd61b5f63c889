"""English: a participle attached to a document that was issued inside a subordinate
clause ("... after Ecuador issued a statement backing X and describing him as ...") is
said by whoever issued it there, not by the main clause's subject; when we did not link
that clause's subject ("after the two governments issued ..."), nobody of ours says it.
A comma before the participle leaves it to the main clause.  Fresh news-style sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from factories import said, speaker_of

from kg.extractors import extract
from kg.models import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", lang="en", text=text, published=date(2025, 3, 4)))


def test_participle_of_a_statement_issued_after_the_main_act_is_its_issuers() -> None:
    x = run(
        "Chile recalled its ambassador in Quito for consultations after Ecuador issued a "
        'statement backing Morales and describing him as a victim of "judicial persecution."'
    )
    assert speaker_of(x, "judicial persecution") == "Ecuador"


def test_participle_of_a_statement_issued_by_unlinked_governments_is_nobodys() -> None:
    x = run(
        "Chile recalled its ambassadors in Quito and Lima for consultations after the two "
        "governments issued a joint statement backing Morales and describing him as a "
        'victim of "judicial persecution."'
    )
    assert said(x) == []


def test_participle_after_a_comma_goes_on_with_the_main_clause() -> None:
    x = run(
        "Chile recalled its ambassador in Quito on Monday after talks with Ecuador failed, "
        'describing the dispute as "a grave breach of trust."'
    )
    assert speaker_of(x, "grave breach") == "Chile"
