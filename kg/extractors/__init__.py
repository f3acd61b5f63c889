"""Rule-based extraction of statements, relations and time from Arabic and English news.

>>> from kg.models import Article
>>> from kg.extractors import extract
>>> x = extract(Article(id="a1", lang="en", text="Egypt condemned Israel."))  # doctest: +SKIP

Modules: :mod:`~kg.extractors.text` (normalisation with offsets),
:mod:`~kg.extractors.sentences` (sentences and clauses),
:mod:`~kg.extractors.dates` (time expressions; their patterns in :mod:`~kg.extractors.times`),
:mod:`~kg.extractors.lexicon` (TSV trigger lexicons and their morphology),
:mod:`~kg.extractors.quotes` (attributed statements; the finder's rules in
:mod:`~kg.extractors.statements`),
:mod:`~kg.extractors.relations` (relations between actors),
:mod:`~kg.extractors.pipeline` (``extract``) and :mod:`~kg.extractors.calibrate`
(the confidence calibration table).  The lexicons are TSV files in
``kg/extractors/lexicons/``.
"""

from __future__ import annotations

from kg.extractors.pipeline import EXTRACTOR_NAME, EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract"]
