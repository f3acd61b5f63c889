"""Gazetteer and linking: states, organisations, people and capitals in Arabic and English.

* :class:`Gazetteer` — ``Gazetteer.load()``: entities from the package data
  (built from ``../shared/data`` by ``scripts/build_gazetteer.py``, plus
  hand-written extension files; see ``data/PROVENANCE.md``), lookup by name,
  role holders by date.
* :func:`link` — the actors mentioned in an article, with exact offsets.
* :func:`lookup_qids` — QIDs for a name (used by ``kg.answers``).
"""

from __future__ import annotations

from kg.gazetteer.gazetteer import Entry, Gazetteer, Tenure
from kg.gazetteer.linker import (
    LinkedEntity,
    LinkedMention,
    LinkedRole,
    Linking,
    link,
    place_of,
)

__all__ = [
    "Entry",
    "Gazetteer",
    "LinkedEntity",
    "LinkedMention",
    "LinkedRole",
    "Linking",
    "Tenure",
    "link",
    "lookup_qids",
    "place_of",
]


def lookup_qids(name: str) -> list[str]:
    """The QIDs of the entities ``name`` can refer to (best first; empty when none has one).

    >>> lookup_qids("Russia's")
    ['Q159']
    """
    return [e.qid for e in Gazetteer.load().lookup(name) if e.qid]
