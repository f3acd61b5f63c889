"""Scoring extraction against gold annotations (``kg eval``; GUIDELINES.md, "Scoring").

>>> from kg.evaluation import evaluate, render_table
>>> report = evaluate("gold.jsonl", extractor=my_extractor)  # doctest: +SKIP
>>> print(render_table(report, errors=True))  # doctest: +SKIP

Modules: :mod:`~kg.evaluation.gold` (reading gold JSONL),
:mod:`~kg.evaluation.normalize` (the scorer's label normaliser),
:mod:`~kg.evaluation.matching` (entity, quote, relation and dyad matching),
:mod:`~kg.evaluation.assignment` (optimal one-to-one pairing),
:mod:`~kg.evaluation.scorer` (figures) and :mod:`~kg.evaluation.report`
(text and JSON output).
"""

from __future__ import annotations

from kg.evaluation.gold import GoldArticle, GoldEntity, GoldQuote, GoldRelation, read_gold
from kg.evaluation.normalize import normalize_label
from kg.evaluation.report import render_json, render_table
from kg.evaluation.scorer import (
    ArticleResult,
    EvalReport,
    Extractor,
    Figures,
    Ratio,
    Score,
    evaluate,
    load_extractor,
    score_article,
)

__all__ = [
    "ArticleResult",
    "EvalReport",
    "Extractor",
    "Figures",
    "GoldArticle",
    "GoldEntity",
    "GoldQuote",
    "GoldRelation",
    "Ratio",
    "Score",
    "evaluate",
    "load_extractor",
    "normalize_label",
    "read_gold",
    "render_json",
    "render_table",
    "score_article",
]
