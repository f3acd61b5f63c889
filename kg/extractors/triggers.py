"""A relation trigger: one row of a relation lexicon (``lexicons/*_relations.tsv``).

Read by :func:`kg.extractors.relations.relation_matcher`, and built in code for the acts
that rules infer rather than read from a lexicon row (evaluations and stances in
:mod:`kg.extractors.coder.stances`).  Its own module so that the coder's mixins can build one
without importing :mod:`kg.extractors.relations`, which imports them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.models import Modality, RelationType

__all__ = ["Trigger"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of a relation lexicon."""

    type: RelationType
    frame: str
    preps: tuple[str, ...]
    modality: Modality
    prior: float
    topic: str | None
    prep_required: bool = False
