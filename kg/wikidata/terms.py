"""Wikidata namespaces, the properties statekg uses, and the few items it names.

Namespaces follow the Wikibase RDF binding (``wd:``, ``wdt:``, ``p:``/``ps:``/``pq:``/``pr:``,
their ``…v:`` full-value forms and ``wikibase:``).  Items are not written in code: the ones
the exports need by name are in ``kg/wikidata/data/items.tsv`` with their source, and the
classes an entity type corresponds to are read from ``ontology/wikidata.ttl`` (the reviewed
alignment), so a QID appears in one place only.
"""

from __future__ import annotations

import functools
from importlib import resources

from pyoxigraph import NamedNode, RdfFormat, parse

from kg.models import EntityType
from kg.vocab import KG_NS, PREFIXES, ontology_path

__all__ = [
    "PQ",
    "PQV",
    "PR",
    "PRV",
    "PS",
    "PSV",
    "WDT",
    "WD_NS",
    "WIKIBASE",
    "WIKIDATA_PREFIXES",
    "P",
    "Pid",
    "class_types",
    "item",
    "qid",
    "type_classes",
]

WD_NS = "http://www.wikidata.org/entity/"
_PROP = "http://www.wikidata.org/prop/"
WIKIBASE_NS = "http://wikiba.se/ontology#"

WIKIDATA_PREFIXES: dict[str, str] = {
    "wd": WD_NS,
    "wdt": "http://www.wikidata.org/prop/direct/",
    "p": _PROP,
    "ps": _PROP + "statement/",
    "psv": _PROP + "statement/value/",
    "pq": _PROP + "qualifier/",
    "pqv": _PROP + "qualifier/value/",
    "pr": _PROP + "reference/",
    "prv": _PROP + "reference/value/",
    "wikibase": WIKIBASE_NS,
    "prov": PREFIXES["prov"],
    "rdfs": PREFIXES["rdfs"],
    "skos": PREFIXES["skos"],
    "schema": PREFIXES["schema"],
    "xsd": PREFIXES["xsd"],
}
"""Prefixes of Wikidata-shaped output (the ones WDQS predeclares)."""


class _Prefix:
    """IRIs in one Wikidata namespace: ``WDT.P31`` → ``wdt:P31``."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return NamedNode(self.base + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self.base + name)


WDT = _Prefix(WIKIDATA_PREFIXES["wdt"])
P = _Prefix(WIKIDATA_PREFIXES["p"])
PS = _Prefix(WIKIDATA_PREFIXES["ps"])
PSV = _Prefix(WIKIDATA_PREFIXES["psv"])
PQ = _Prefix(WIKIDATA_PREFIXES["pq"])
PQV = _Prefix(WIKIDATA_PREFIXES["pqv"])
PR = _Prefix(WIKIDATA_PREFIXES["pr"])
PRV = _Prefix(WIKIDATA_PREFIXES["prv"])
WIKIBASE = _Prefix(WIKIBASE_NS)


class Pid:
    """The Wikidata properties statekg writes or reads (``/work/shared/REFERENCE.md`` §5)."""

    INSTANCE_OF = "P31"
    COUNTRY = "P17"
    CITIZENSHIP = "P27"
    POSITION_HELD = "P39"
    AUTHOR = "P50"
    PUBLICATION_DATE = "P577"
    POINT_IN_TIME = "P585"
    RETRIEVED = "P813"
    REFERENCE_URL = "P854"
    FULL_WORK_URL = "P953"
    TITLE = "P1476"
    QUOTATION = "P1683"
    AUTHOR_NAME = "P2093"


def _items_rows() -> list[dict[str, str]]:
    text = (resources.files("kg.wikidata") / "data" / "items.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


@functools.cache
def _items() -> dict[str, str]:
    return {r["key"]: r["qid"] for r in _items_rows() if not r["key"].startswith("class:")}


def item(key: str) -> NamedNode:
    """The ``wd:`` IRI of an item listed in ``items.tsv`` (``item("news_article")``)."""
    try:
        return NamedNode(WD_NS + _items()[key])
    except KeyError:
        raise KeyError(f"{key} is not listed in kg/wikidata/data/items.tsv") from None


def qid(key: str) -> str:
    """The QID of an item listed in ``items.tsv``."""
    return item(key).value.removeprefix(WD_NS)


_MAPPING = (
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
    "http://www.w3.org/2004/02/skos/core#broadMatch",
    "http://www.w3.org/2004/02/skos/core#narrowMatch",
)


@functools.cache
def type_classes() -> dict[EntityType, frozenset[str]]:
    """QIDs of the Wikidata classes whose instances are entities of each type.

    Read from the SKOS mappings of ``kg:State``, ``kg:Person``, ``kg:Organization`` and
    ``kg:Place`` in ``ontology/wikidata.ttl`` (exact, close, broad or narrow match), plus the
    ``class:<Type>`` rows of ``items.tsv``.  Empty sets when the ontology file is absent.
    """
    found: dict[EntityType, set[str]] = {t: set() for t in EntityType}
    by_iri = {KG_NS + t.value: t for t in EntityType}
    try:
        path = ontology_path("wikidata.ttl")
    except FileNotFoundError:
        path = None
    if path is not None:
        for t in parse(path=str(path), format=RdfFormat.TURTLE):
            kind = by_iri.get(getattr(t.subject, "value", ""))
            obj = getattr(t.object, "value", "")
            if kind and t.predicate.value in _MAPPING and obj.startswith(WD_NS + "Q"):
                found[kind].add(obj.removeprefix(WD_NS))
    for row in _items_rows():
        if row["key"].startswith("class:"):
            found[EntityType(row["key"].removeprefix("class:"))].add(row["qid"])
    return {t: frozenset(v) for t, v in found.items()}


@functools.cache
def class_types() -> dict[str, EntityType]:
    """The inverse of :func:`type_classes`: class QID → entity type."""
    return {q: t for t, qids in type_classes().items() for q in qids}
