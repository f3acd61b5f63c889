"""Ontology terms and IRIs of event clustering, kept in this one module.

The terms are declared in ``ontology/kg.ttl`` and mirrored by :mod:`kg.vocab`.

IRIs of clusters are minted here too, under the knowledge graph's base::

    {base}event/{sha256(key)[:20]}              one event (kg:Event)
    {base}statement-cluster/{sha256(key)[:20]}  one statement cluster (kg:StatementCluster)

The key of each is described in :mod:`kg.network.events`.
"""

from __future__ import annotations

import hashlib

from pyoxigraph import NamedNode

from kg.rdf.iris import IRIs
from kg.vocab import KG

__all__ = [
    "CLUSTER_SPEAKER",
    "EVENT",
    "EVENT_MODALITY",
    "EVENT_OBJECT",
    "EVENT_SUBJECT",
    "EVENT_TYPE",
    "PERIOD",
    "PERIOD_END",
    "PERIOD_START",
    "REPORT_OF",
    "STATEMENT_CLUSTER",
    "cluster_iri",
    "event_iri",
]


EVENT = KG.Event
"""Class: one happening between two actors, reported by one or more relation reports."""
STATEMENT_CLUSTER = KG.StatementCluster
"""Class: what one speaker was reported to say on one day, by one or more statement reports."""
REPORT_OF = KG.reportOf
"""A relation (or statement) report → the event (or statement cluster) it reports."""
EVENT_TYPE = KG.eventType
"""Event → its PLOVER concept."""
EVENT_SUBJECT = KG.eventSubject
"""Event → the state (or actor with no state) that acts."""
EVENT_OBJECT = KG.eventObject
"""Event → the state (or actor with no state) acted upon."""
EVENT_MODALITY = KG.eventModality
"""Event → the modality its reports share."""
CLUSTER_SPEAKER = KG.clusterSpeaker
"""Statement cluster → the speaker."""
PERIOD = KG.period
"""Event or statement cluster → its date, as precise as its reports (date, gYearMonth, gYear)."""
PERIOD_START = KG.periodStart
"""Event or statement cluster → first day of its period (xsd:date)."""
PERIOD_END = KG.periodEnd
"""Event or statement cluster → last day of its period (xsd:date)."""


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") + b"\x1f")
    return h.hexdigest()[:20]


def event_iri(iris: IRIs, *key: str) -> NamedNode:
    """The IRI of the event with this key (see :func:`kg.network.events.event_key`)."""
    return NamedNode(f"{iris.base}event/{_digest(*key)}")


def cluster_iri(iris: IRIs, *key: str) -> NamedNode:
    """The IRI of the statement cluster with this key."""
    return NamedNode(f"{iris.base}statement-cluster/{_digest(*key)}")
