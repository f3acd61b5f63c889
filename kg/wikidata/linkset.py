"""The VoID linkset from statekg entities to Wikidata items.

Entities link to Wikidata with ``skos:exactMatch wd:Q…`` (and ``kg:wikidata``),
not ``owl:sameAs``: sameAs asserts that the two IRIs are interchangeable, so a
reasoner would copy every triple of our entity (each article's mentions,
statements and relations) onto the Wikidata item and back.  ``skos:exactMatch``
is what Wikidata's own P2888 "exact match" means.  The linkset says so in VoID
(``void:linkPredicate skos:exactMatch``) with the number of links.

The HTTP server, which queries through an async pool, can run
:data:`LINK_COUNT_QUERY` itself and call :func:`linkset_triples`; a library
caller with a :class:`~kg.store.KnowledgeGraph` calls :func:`linkset`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Triple

from kg.vocab import DCTERMS, RDF, SKOS
from kg.wikidata.terms import WD_NS

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

__all__ = ["LINK_COUNT_QUERY", "VOID", "count_links", "linkset", "linkset_triples"]

VOID = "http://rdfs.org/ns/void#"
FOAF_HOMEPAGE = NamedNode("http://xmlns.com/foaf/0.1/homepage")

LINK_COUNT_QUERY = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { "
    "?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?o "
    f'FILTER(STRSTARTS(STR(?o), "{WD_NS}")) }} }}'
)
"""Counts distinct (entity, Wikidata item) links over the union of article graphs (``?n``)."""


_TITLE_EN = "statekg entities linked to Wikidata items"
_TITLE_AR = "كيانات statekg المربوطة بعناصر ويكي بيانات"


def _v(name: str) -> NamedNode:
    return NamedNode(VOID + name)


def linkset_triples(
    links: int | None,
    *,
    dataset: str,
    linkset_iri: str | None = None,
    wikidata: str | None = None,
) -> list[Triple]:
    """The VoID description of the linkset (and of Wikidata as its target).

    :param links: number of links (``void:triples``), or ``None`` to leave it out.
    :param dataset: IRI of our ``void:Dataset`` (the subjects' dataset).
    :param linkset_iri: IRI of the linkset (default: ``{dataset}-wikidata-links``,
        or ``#wikidata-links`` next to a ``#dataset`` fragment).
    :param wikidata: IRI that stands for the Wikidata dataset (default likewise ``#wikidata``).
    """
    stem = dataset[: -len("dataset")] if dataset.endswith("#dataset") else dataset + "-"
    ls = NamedNode(linkset_iri or stem + "wikidata-links")
    wd = NamedNode(wikidata or stem + "wikidata")
    ds = NamedNode(dataset)
    out = [
        Triple(ds, _v("subset"), ls),
        Triple(ls, RDF.type, _v("Linkset")),
        Triple(ls, _v("linkPredicate"), SKOS.exactMatch),
        Triple(ls, _v("subjectsTarget"), ds),
        Triple(ls, _v("objectsTarget"), wd),
        Triple(
            ls, DCTERMS.title, Literal("statekg entities linked to Wikidata items", language="en")
        ),
        Triple(
            ls, DCTERMS.title, Literal("كيانات statekg المربوطة بعناصر ويكي بيانات", language="ar")
        ),
        Triple(wd, RDF.type, _v("Dataset")),
        Triple(wd, DCTERMS.title, Literal("Wikidata")),
        Triple(wd, FOAF_HOMEPAGE, NamedNode("https://www.wikidata.org/")),
        Triple(wd, _v("uriSpace"), Literal(WD_NS)),
        Triple(wd, _v("sparqlEndpoint"), NamedNode("https://query.wikidata.org/sparql")),
    ]
    if links is not None:
        out.append(Triple(ls, _v("triples"), Literal(links)))
    return out


def count_links(kg: KnowledgeGraph) -> int:
    """Distinct ``skos:exactMatch`` links from entities to Wikidata items."""
    rows = kg.sparql(LINK_COUNT_QUERY)
    value = rows[0].get("n") if rows else None
    return int(value.value) if isinstance(value, Literal) else 0


def linkset(kg: KnowledgeGraph, *, dataset: str | None = None) -> list[Triple]:
    """The VoID linkset of ``kg`` to Wikidata, with its link count.

    :param dataset: IRI of our ``void:Dataset`` (default ``{base}void#dataset``).
    """
    return linkset_triples(count_links(kg), dataset=dataset or kg.iris.base + "void#dataset")
