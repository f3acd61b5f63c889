"""The speed-ups of the extraction path change nothing: rewritten regexes match what
their plain forms match, cached keys equal uncached ones, and the per-article value
classes still hash and compare by value."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extractors import sentences, text
from kg.extractors.dates import TimeExpr
from kg.extractors.doc import Ment
from kg.extractors.sentences import Segmenter, Span
from kg.gazetteer.index import PhraseIndex
from kg.models import EntityType
from kg.text import normalize

# characters around which the rewritten patterns decide: sentence ends, clause marks,
# white space, hyphens, Arabic marks and invisible format characters, plain letters
_ALPHABET = ".!?؟…\n,،;؛:—–- \t\u00a0abجد1\u064b\u0640\u0670\u200f\u00ad\u2066"
_TEXTS = st.text(alphabet=_ALPHABET, max_size=60)

_PLAIN_END = re.compile(r"[.!?؟…]+|\n")
_PLAIN_CLAUSE = re.compile(r"[,،;؛:—–]|\s-\s")
_PLAIN_DELETE = re.compile(f"[{text._MARKS_CLASS}{text._FORMAT_CLASS}]+")


def _spans(pattern: re.Pattern[str], s: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(s, pos, end)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
def test_segmentation_patterns_match_what_their_plain_forms_match(s: str, a: int, b: int) -> None:
    pos, end = min(a, b, len(s)), min(max(a, b), len(s))
    for plain, fast in (
        (_PLAIN_END, sentences._END_RE),
        (_PLAIN_CLAUSE, sentences._CLAUSE_RE),
        (_PLAIN_DELETE, text._DELETE_RE),
    ):
        assert _spans(fast, s, 0, len(s)) == _spans(plain, s, 0, len(s))
        assert _spans(fast, s, pos, end) == _spans(plain, s, pos, end)


def test_sentences_and_clauses_split_where_they_did() -> None:
    norm = "قال الوزير: إن الاتفاق - وهو الأول - صامد، وأضاف… Then U.S. envoys left.\nNext - ok"
    seg = Segmenter(norm)
    assert [norm[s.start : s.end] for s in seg.sents] == [
        "قال الوزير: إن الاتفاق - وهو الأول - صامد، وأضاف…",
        "Then U.S. envoys left.",
        "Next - ok",
    ]
    assert [norm[c.start : c.end] for c in seg.clauses_of(0)] == [
        "قال الوزير",
        "إن الاتفاق",
        "وهو الأول",
        "صامد",
        "وأضاف…",
    ]


def test_normalised_keys_are_the_same_cached_or_not() -> None:
    short = "الرَّئِيسُ  الأمريكيّ Russia’s U.S.-backed"
    long = " ".join([short] * 20)
    assert len(long) > 200 > len(short)
    assert normalize(short) == normalize(short) == "الرئيس الامريكي russia us backed"
    assert normalize(long) == " ".join([normalize(short)] * 20)
    assert PhraseIndex.key("the United States of America") == "united states of america"
    assert PhraseIndex.key("the Fund") == "the fund"
    repeated = " ".join(["the United States"] * 30)
    assert len(repeated) > 200
    assert PhraseIndex.key(repeated) == "united states " + " ".join(["the united states"] * 29)
    assert PhraseIndex.key("...") is None


def test_per_article_values_hash_and_compare_by_value() -> None:
    a = Ment(0, 6, "Q159", "name", EntityType.STATE, 0, 0, "Russia")
    b = Ment(0, 6, "Q159", "name", EntityType.STATE, 0, 0, "Russia")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert {Span(1, 2), Span(1, 2)} == {Span(1, 2)}
    assert TimeExpr(0, 4, "2024", "absolute") == TimeExpr(0, 4, "2024", "absolute")


def test_doc_word_and_mention_lookups_read_as_before() -> None:
    from kg.extractors.doc import Doc
    from kg.extractors.text import NormText, tokenize

    nt = NormText.of("Egypt condemned Israel on Monday.")
    doc = Doc(nt=nt, lang="en", published=None)
    doc.tokens = tokenize(nt.norm)
    assert doc.word(0) == "egypt" and doc.word(-1) == "" and doc.word(99) == ""
    assert doc.mention_at_tok(0) is None
    m = Ment(0, 5, "Q79", "name", EntityType.STATE, 0, 0, "Egypt")
    doc.mentions = [m]
    doc.prepare()
    words = ["egypt", "condemned", "israel", "on", "monday"]
    assert [doc.word(i) for i in range(-2, 7)] == ["", "", *words, "", ""]
    assert doc.word(len(words)) == "" and doc.words == words
    assert doc.mention_at_tok(0) is m and doc.mention_at_tok(1) is None
    assert doc.mention_at_tok(-1) is None
    doc.mentions = []
    doc.prepare()
    assert doc.mention_at_tok(0) is None
