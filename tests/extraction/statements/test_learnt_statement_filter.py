"""S19-QMODEL: the learnt statement filter (:mod:`kg.extractors.statement_filter`).

- every statement the finder emits gets features in both languages: direct or reported,
  the quotation mark a direct one opens with, the class of the word a reported one opens
  with (a complementiser), the finder family that made it;
- a statement the model scores below its threshold is dropped cleanly: the statement it
  carried loses ``reported_in``, every id of the extraction still resolves;
- the model is trained only on analysis sets: dev and the unseen sets are refused.

Every sentence is new (other events, other wording than the evaluation sets).
"""

from __future__ import annotations

import datetime

import pytest
from factories import extracted

from kg.extractors import pipeline as pl
from kg.extractors import statement_filter as qmodel
from kg.extractors.statements.statement import Stmt
from kg.models import Article

_DAY = datetime.date(2024, 9, 12)

_EN = (
    "Lima, Sept 12 — Peru's foreign minister Javier Gonzalez-Olaechea said on Thursday "
    "that his government would reopen its embassy in Caracas next month. "
    '"We have no quarrel with the Venezuelan people," he told reporters.'
)
_AR = (
    "القاهرة - قال وزير الخارجية المصري بدر عبد العاطي إن بلاده ستستضيف جولة جديدة من "
    "المحادثات حول سد النهضة الشهر المقبل."
)


def _features(text: str, lang: str) -> list[tuple[Stmt, list[str]]]:
    doc, _, stmts, _ = pl.prepare(Article(id="t", lang=lang, published=_DAY, text=text))
    return list(zip(stmts, qmodel.features(doc, stmts), strict=True))


def test_features_tell_direct_quotes_from_reported_clauses_in_english() -> None:
    got = _features(_EN, "en")
    direct = [f for s, f in got if s.direct]
    reported = [f for s, f in got if not s.direct]
    assert direct and reported
    assert "direct=True" in direct[0] and 'mark="' in direct[0]
    assert "first_person" in direct[0]  # "We have no quarrel"
    assert "intro=complementiser" in reported[0]  # "said ... that"
    assert "lang=en" in reported[0] and "by=cue" in reported[0]


def test_features_read_the_arabic_complementiser_after_the_cue() -> None:
    got = _features(_AR, "ar")
    assert got
    stmt, feats = got[0]
    assert not stmt.direct
    assert "intro=complementiser" in feats and "lang=ar" in feats  # "قال ... إن"
    assert "open=word" in feats  # "بلاده": no preposition
    assert any(f.startswith("spk=Person|") for f in feats)


def test_a_dropped_carrier_leaves_its_nested_statement_without_reported_in() -> None:
    outer = Stmt("A", 0, 4, 5, 60, False)
    inner = Stmt("B", 20, 24, 25, 50, False, reported_in=0)
    third = Stmt("C", 70, 74, 75, 90, False, reported_in=1)
    kept = qmodel.keep_only([outer, inner, third], [False, True, True])
    assert [s.speaker for s in kept] == ["B", "C"]
    assert kept[0].reported_in is None
    assert kept[1].reported_in == 0  # re-pointed at the carrier's new index
    assert inner.reported_in == 0  # the finder's records are not changed


def test_statements_below_the_threshold_drop_cleanly_from_the_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = {"@threshold": 0.5, "@enabled": 1.0, "bias": 4.0, "direct=True": -9.0}
    monkeypatch.setattr(qmodel, "load_weights", lambda: weights)
    monkeypatch.setenv(qmodel.ENV, "1")
    x = extracted(_EN, "en", _DAY)
    assert x.quotes and all(not q.direct for q in x.quotes)
    ids = {e.id for e in x.entities}
    qids = {q.id for q in x.quotes}
    for q in x.quotes:
        assert q.speaker in ids
        assert q.reported_in is None or q.reported_in in qids
    monkeypatch.setenv(qmodel.ENV, "0")
    assert any(q.direct for q in extracted(_EN, "en", _DAY).quotes)


def test_no_weights_keep_every_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, _, stmts, _ = pl.prepare(Article(id="t", lang="ar", published=_DAY, text=_AR))
    monkeypatch.setattr(qmodel, "load_weights", dict)
    assert qmodel.filter_statements(doc, stmts) is stmts


@pytest.mark.parametrize("path", ["../shared/eval/dev.jsonl", "examples/blind16/gold.jsonl"])
def test_training_refuses_dev_and_the_unseen_sets(path: str) -> None:
    assert qmodel.main(["--train", path]) == 2
