"""Service Description (on a bare GET of the endpoint) and VoID (``/.well-known/void``)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from pyoxigraph import Literal, RdfFormat, parse, serialize

from kg.errors import QueryError
from kg.server.context import ServerContext
from kg.store import ONTOLOGY_GRAPH, WHO_SAID_GRAPH
from kg.vocab import KG_NS, PLOVER_NS

__all__ = ["VoidStats", "rdf_document", "service_description", "void_description", "void_stats"]

_FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "RDF_XML",
    "JSON-LD",
    "TriG",
    "N-Quads",
)
INPUT_FORMATS = ("Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads")

_PREFIXES = """\
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix kg: <https://w3id.org/statekg/ontology#> .
"""


def rdf_document(turtle: str, media_type: str, base: str) -> bytes:
    """Re-serialise a small Turtle document in ``media_type``."""
    fmt = RdfFormat.from_media_type(media_type) or RdfFormat.TURTLE
    if fmt == RdfFormat.TURTLE:
        return turtle.encode("utf-8")
    triples = [q.triple for q in parse(turtle, RdfFormat.TURTLE, base_iri=base)]
    prefixes = {
        "sd": "http://www.w3.org/ns/sparql-service-description#",
        "void": "http://rdfs.org/ns/void#",
        "kg": KG_NS,
    }
    out = serialize(triples, None, fmt, prefixes=prefixes if fmt != RdfFormat.N_TRIPLES else None)
    return out or b""


def service_description(ctx: ServerContext, endpoint: str) -> str:
    """The SPARQL 1.1 Service Description of ``endpoint`` as Turtle."""
    url = ctx.url
    languages = ["sd:SPARQL10Query", "sd:SPARQL11Query"]
    if ctx.settings.updates:
        languages.append("sd:SPARQL11Update")
    features = "sd:UnionDefaultGraph, sd:EmptyGraphs"
    if ctx.settings.federation:
        features += ", sd:BasicFederatedQuery"
    results = ", ".join(f"<{_FORMATS}{f}>" for f in RESULT_FORMATS)
    inputs = ", ".join(f"<{_FORMATS}{f}>" for f in INPUT_FORMATS)
    return f"""{_PREFIXES}
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    rdfs:label "statekg SPARQL endpoint" ;
    sd:supportedLanguage {", ".join(languages)} ;
    sd:resultFormat {results} ;
    sd:inputFormat {inputs} ;
    sd:feature {features} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset <{url}.well-known/void#dataset> .

<{url}.well-known/void#dataset> a sd:Dataset, void:Dataset ;
    rdfs:comment "The default graph is the union of all graphs (one named graph per article)." ;
    sd:defaultGraph [ a sd:Graph ] ;
    rdfs:seeAlso <{url}.well-known/void> .
"""


@dataclass(frozen=True)
class VoidStats:
    """Counts published in the VoID description (``None`` if they could not be computed)."""

    articles: int
    statements: int
    relations: int
    entities: int
    triples: int
    links: int
    generation: int
    computed: float


_STATS_TIMEOUT = 120.0


async def void_stats(ctx: ServerContext) -> VoidStats | None:
    """Counts over the newest checkpoint, cached per checkpoint generation."""
    gen = ctx.pool.checkpoint()[0]
    cached = ctx.extras.get("void_stats")
    if isinstance(cached, VoidStats) and cached.generation == gen:
        return cached
    try:
        from kg.queries import load

        row = (await ctx.pool.rows(load("stats"), timeout=_STATS_TIMEOUT))[0]
        triples = await ctx.pool.rows(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(?g != {ONTOLOGY_GRAPH} && ?g != {WHO_SAID_GRAPH}) }}",
            timeout=_STATS_TIMEOUT,
        )
        links = await ctx.pool.rows(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s skos:exactMatch ?o "
            "FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) } }",
            timeout=_STATS_TIMEOUT,
        )
    except QueryError:
        return None

    def n(r: dict[str, dict[str, str]], key: str) -> int:
        return int(r.get(key, {}).get("value", "0"))

    stats = VoidStats(
        articles=n(row, "articles"),
        statements=n(row, "statements"),
        relations=n(row, "relations"),
        entities=n(row, "entities"),
        triples=n(triples[0], "n"),
        links=n(links[0], "n"),
        generation=gen,
        computed=time.time(),
    )
    ctx.extras["void_stats"] = stats
    return stats


def void_description(ctx: ServerContext, stats: VoidStats | None) -> str:
    """The VoID description of the served dataset as Turtle."""
    url = ctx.url
    ds = f"<{url}.well-known/void#dataset>"
    lines = [
        _PREFIXES,
        f"{ds} a void:Dataset ;",
        '    dcterms:title "statekg"@en ;',
        '    dcterms:description "Who said what about whom, and what states did to each other, '
        'extracted from Arabic and English news articles; one named graph per article."@en ;',
        f"    void:sparqlEndpoint <{url}sparql> ;",
        f"    void:dataDump <{url}dump> ;",
        f"    void:uriSpace {Literal(ctx.base_iri)} ;",
        f"    void:vocabulary <{KG_NS}>, <{PLOVER_NS}>, <http://www.w3.org/2004/02/skos/core#>, "
        "<https://schema.org/>, <http://www.w3.org/ns/prov#> ;",
        f"    void:subset <{url}.well-known/void#wikidata-links> ;",
        "    void:feature <http://www.w3.org/ns/formats/TriG>, <http://www.w3.org/ns/formats/N-Quads>",
    ]
    if stats is not None:
        lines[-1] += " ;"
        modified = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stats.computed))
        lines += [
            f"    void:triples {stats.triples} ;",
            f"    void:entities {stats.entities} ;",
            f'    dcterms:modified "{modified}"^^xsd:dateTime ;',
            "    void:classPartition",
            f"        [ void:class kg:NewsArticle ; void:entities {stats.articles} ] ,",
            f"        [ void:class kg:Statement ; void:entities {stats.statements} ] ,",
            f"        [ void:class kg:Relation ; void:entities {stats.relations} ] ,",
            f"        [ void:class kg:Actor ; void:entities {stats.entities} ]",
        ]
    lines[-1] += " ."
    linkset = [
        "",
        f"<{url}.well-known/void#wikidata-links> a void:Linkset ;",
        f"    void:subjectsTarget {ds} ;",
        f"    void:objectsTarget <{url}.well-known/void#wikidata> ;",
        "    void:linkPredicate skos:exactMatch",
    ]
    if stats is not None:
        linkset[-1] += f" ;\n    void:triples {stats.links}"
    linkset[-1] += " ."
    wikidata = [
        "",
        f"<{url}.well-known/void#wikidata> a void:Dataset ;",
        '    dcterms:title "Wikidata" ;',
        "    foaf:homepage <https://www.wikidata.org/> ;",
        '    void:uriSpace "http://www.wikidata.org/entity/" ;',
        "    void:sparqlEndpoint <https://query.wikidata.org/sparql> .",
        "",
    ]
    return "\n".join(lines + linkset + wikidata)
