"""``kg dump --profile wikidata``: facts with a Wikidata counterpart, in Wikidata's RDF shape.

What is written (and only when its meaning is the Wikidata property's):

* every article **with a URL** as an item: ``wikibase:Item``, its headline as
  ``rdfs:label`` / ``schema:name`` / ``skos:prefLabel``, and the statements
  P31 news article, P1476 title (monolingual), P577 publication date (with its
  ``psv:`` time value, precision 11) and P953 full work available at URL;
* each **verbatim** (``kg:direct``) quotation by a speaker with a QID as a P1683
  quotation statement on the article item, qualified with P50 author (the speaker)
  and P585 point in time when the article dates it;
* the names statekg knows for an entity that has a QID, as ``skos:altLabel`` on
  the ``wd:`` item (never ``rdfs:label``: an item has one label per language, and
  ours come from our gazetteer and the article, not from Wikidata).

Every statement has ``wikibase:rank wikibase:NormalRank``, is ``wikibase:BestRank``
(so it also gets its truthy ``wdt:`` triple) and is ``prov:wasDerivedFrom`` a
reference node with ``pr:P854`` reference URL (the article), ``pr:P577``
publication date and, when the caller says when the articles were retrieved,
``pr:P813``.  An article without a URL has nothing to cite and gives no statements.

Left out, on purpose: relations (a reported event such as "Russia supported
Syria" on a date is not P530 "diplomatic relation", a standing relation);
positions held (P39 needs a position item, we only have the role as worded);
the state an actor speaks for (not P27 citizenship nor P17 country); language
of work (P407) and publisher (P123), whose items are not in our data.

Statement, reference and value nodes are minted under the store's base IRI
(``{base}wikidata/statement/…``), not in Wikidata's ``wds:``/``wdref:``/``wdv:``
namespaces: they are ours, and must not pass for Wikidata's own.  Their
identifiers are content hashes, so the same fact gives the same node.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Triple

from kg.rdf.iris import IRIs
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.wikidata.facts import article_facts
from kg.wikidata.terms import (
    PQ,
    PQV,
    PR,
    PRV,
    PS,
    PSV,
    WD_NS,
    WDT,
    WIKIBASE,
    WIKIDATA_PREFIXES,
    P,
    Pid,
    item,
)

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

__all__ = ["WikidataProfile", "profile_prefixes", "time_literal"]

_PRECISION = {4: 9, 7: 10, 10: 11}


def profile_prefixes(iris: IRIs) -> dict[str, str]:
    """Prefixes of the Wikidata profile: Wikidata's, plus ours for articles and minted nodes."""
    return {
        **WIKIDATA_PREFIXES,
        "art": iris.base + "article/",
        "wst": iris.base + "wikidata/statement/",
        "wref": iris.base + "wikidata/reference/",
        "wval": iris.base + "wikidata/value/",
    }


def time_literal(value: str) -> tuple[Literal, int]:
    """An ISO partial date as Wikidata writes it in RDF, with its precision.

    >>> lit, precision = time_literal("2025-03")
    >>> lit.value, precision
    ('2025-03-01T00:00:00Z', 10)
    """
    precision = _PRECISION[len(value)]
    parts = [*value.split("-"), "01", "01"]
    stamp = f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
    return Literal(stamp, datatype=XSD.dateTime), precision


def _digest(*parts: object) -> str:
    h = hashlib.sha1(usedforsecurity=False)
    for p in parts:
        h.update(str(p).encode("utf-8") + b"\x1f")
    return h.hexdigest()


Value = NamedNode | Literal


class WikidataProfile:
    """Builds the Wikidata-shaped triples of some article graphs, one graph at a time.

    :param kg: the knowledge graph.
    :param graphs: the article graphs, in output order.
    :param retrieved: the day the articles were retrieved (``pr:P813``), if known.
    """

    def __init__(
        self, kg: KnowledgeGraph, graphs: list[NamedNode], *, retrieved: date | None = None
    ) -> None:
        self.kg = kg
        self.graphs = graphs
        self.retrieved = retrieved
        self.skipped = 0
        """Articles without a URL (no statements written for them)."""
        base = kg.iris.base
        self._st = base + "wikidata/statement/"
        self._ref = base + "wikidata/reference/"
        self._val = base + "wikidata/value/"
        self._selected = set(graphs)
        self._written: set[NamedNode] = set()  # value nodes written for the current article

    # -- nodes ---------------------------------------------------------------------------
    def _time_node(self, lit: Literal, precision: int) -> tuple[NamedNode, list[Triple]]:
        node = NamedNode(self._val + _digest("time", lit.value, precision))
        if node in self._written:
            return node, []
        self._written.add(node)
        return node, [
            Triple(node, RDF.type, WIKIBASE.TimeValue),
            Triple(node, WIKIBASE.timeValue, lit),
            Triple(node, WIKIBASE.timePrecision, Literal(precision)),
            Triple(node, WIKIBASE.timeTimezone, Literal(0)),
            Triple(node, WIKIBASE.timeCalendarModel, item("gregorian_calendar")),
        ]

    def _reference(self, url: NamedNode, published: str | None) -> tuple[NamedNode, list[Triple]]:
        retrieved = self.retrieved.isoformat() if self.retrieved else None
        node = NamedNode(self._ref + _digest(url.value, published, retrieved))
        out = [Triple(node, RDF.type, WIKIBASE.Reference), Triple(node, PR[Pid.REFERENCE_URL], url)]
        for pid, day in ((Pid.PUBLICATION_DATE, published), (Pid.RETRIEVED, retrieved)):
            if day:
                lit, precision = time_literal(day)
                value, triples = self._time_node(lit, precision)
                out += [Triple(node, PR[pid], lit), Triple(node, PRV[pid], value), *triples]
        return node, out

    def _statement(
        self,
        subject: NamedNode,
        pid: str,
        value: Value,
        ref: NamedNode,
        *,
        precision: int | None = None,
        qualifiers: list[tuple[str, Value, int | None]] | None = None,
    ) -> Iterator[Triple]:
        quals = qualifiers or []
        st = NamedNode(self._st + _digest(subject.value, pid, value, *quals))
        yield Triple(subject, P[pid], st)
        yield Triple(subject, WDT[pid], value)
        yield Triple(st, RDF.type, WIKIBASE.Statement)
        yield Triple(st, RDF.type, WIKIBASE.BestRank)
        yield Triple(st, WIKIBASE.rank, WIKIBASE.NormalRank)
        yield Triple(st, PS[pid], value)
        if precision is not None and isinstance(value, Literal):
            node, triples = self._time_node(value, precision)
            yield Triple(st, PSV[pid], node)
            yield from triples
        for qpid, qvalue, qprecision in quals:
            yield Triple(st, PQ[qpid], qvalue)
            if qprecision is not None and isinstance(qvalue, Literal):
                node, triples = self._time_node(qvalue, qprecision)
                yield Triple(st, PQV[qpid], node)
                yield from triples
        yield Triple(st, PROV.wasDerivedFrom, ref)

    # -- per article -------------------------------------------------------------------
    def triples(self) -> Iterator[Triple]:
        """All triples, article graph by article graph."""
        for g in self.graphs:
            self._written.clear()
            yield from self._names(g)
            yield from self._article(g)

    def _names(self, g: NamedNode) -> Iterator[Triple]:
        store = self.kg.store
        for link in store.quads_for_pattern(None, KG.wikidata, None, g):
            wd = link.object
            if not (isinstance(wd, NamedNode) and wd.value.startswith(WD_NS + "Q")):
                continue
            for pred in (RDFS.label, SKOS.altLabel):
                for q in store.quads_for_pattern(link.subject, pred, None, g):
                    lit = q.object
                    if not (isinstance(lit, Literal) and lit.language):
                        continue
                    if self._owns_name(wd, lit, g):
                        yield Triple(wd, SKOS.altLabel, lit)

    def _owns_name(self, wd: NamedNode, name: Literal, g: NamedNode) -> bool:
        """True if ``g`` is the first selected graph (in index order) naming ``wd`` so.

        Every article that names an entity repeats the name; it is written once,
        with its owner, at the cost of index lookups rather than a set of names seen.
        """
        store = self.kg.store
        for link in store.quads_for_pattern(None, KG.wikidata, wd, None):
            other = link.graph_name
            if not isinstance(other, NamedNode) or other not in self._selected:
                continue
            for pred in (RDFS.label, SKOS.altLabel):
                if any(store.quads_for_pattern(link.subject, pred, name, other)):
                    return other == g
        return False

    def _article(self, g: NamedNode) -> Iterator[Triple]:
        facts = article_facts(self.kg.store, g)
        url = facts.url
        if url is None:
            self.skipped += 1
            return
        ref, ref_triples = self._reference(url, facts.published)
        headline = facts.headline if facts.language else None
        yield Triple(g, RDF.type, WIKIBASE.Item)
        if headline is not None:
            for pred in (RDFS.label, SCHEMA.name, SKOS.prefLabel):
                yield Triple(g, pred, headline)
        yield from self._statement(g, Pid.INSTANCE_OF, item("news_article"), ref)
        if headline is not None:
            yield from self._statement(g, Pid.TITLE, headline, ref)
        if facts.published:
            lit, precision = time_literal(facts.published)
            yield from self._statement(g, Pid.PUBLICATION_DATE, lit, ref, precision=precision)
        yield from self._statement(g, Pid.FULL_WORK_URL, url, ref)
        for quote in facts.quotations:
            quals: list[tuple[str, Value, int | None]] = [
                (Pid.AUTHOR, NamedNode(WD_NS + quote.author), None)
            ]
            if quote.date:
                lit, precision = time_literal(quote.date)
                quals.append((Pid.POINT_IN_TIME, lit, precision))
            yield from self._statement(g, Pid.QUOTATION, quote.text, ref, qualifiers=quals)
        yield from ref_triples
