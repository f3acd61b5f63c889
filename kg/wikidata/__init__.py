"""Wikidata alignment: links, a Wikidata-shaped export, QuickStatements, alignment from dumps.

* :func:`linkset` — the VoID linkset of ``skos:exactMatch`` links to Wikidata
  (:mod:`kg.wikidata.linkset` explains why not ``owl:sameAs``).
* :class:`~kg.wikidata.profile.WikidataProfile` — ``kg dump --profile wikidata``.
* :func:`quickstatements` — ``kg export quickstatements``.
* :func:`align`, :func:`apply_review` — ``kg align`` from a Wikidata JSON dump
  (:mod:`kg.wikidata.jsondump` reads dumps streamed).
* :func:`kg.wikidata.reconcile.reconcile_routes` — the reconciliation service of
  ``kg serve`` (imported on its own: it needs the server's dependencies).
"""

from __future__ import annotations

from kg.wikidata.align import AlignResult, Candidate, align, apply_links, apply_review
from kg.wikidata.jsondump import WikidataEntity, iter_entities
from kg.wikidata.linkset import LINK_COUNT_QUERY, count_links, linkset, linkset_triples
from kg.wikidata.profile import WikidataProfile, profile_prefixes
from kg.wikidata.quickstatements import QuickStatementsReport, quickstatements

__all__ = [
    "LINK_COUNT_QUERY",
    "AlignResult",
    "Candidate",
    "QuickStatementsReport",
    "WikidataEntity",
    "WikidataProfile",
    "align",
    "apply_links",
    "apply_review",
    "count_links",
    "iter_entities",
    "linkset",
    "linkset_triples",
    "profile_prefixes",
    "quickstatements",
]
