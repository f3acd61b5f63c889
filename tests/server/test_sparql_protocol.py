"""``kg serve`` speaks the SPARQL 1.1 Protocol, Graph Store Protocol, SD and VoID (real server)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import rdflib
from factories import arabic_extraction, english_extraction
from pyoxigraph import RdfFormat, parse
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from w3c.harness import RunningServer, serve

from kg.store import KnowledgeGraph

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
KGNS = "https://w3id.org/statekg/ontology#"
COUNT_STATEMENTS = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a <{KGNS}Statement> }}"


def _populate(kg: KnowledgeGraph) -> None:
    kg.add(arabic_extraction())
    kg.add(english_extraction())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    store = tmp_path_factory.mktemp("protocol") / "store"
    with serve(store, populate=_populate, updates=True) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def _count(client: httpx.Client, query: str, **params: str) -> int:
    r = client.get("/sparql", params={"query": query, **params})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


# -- clients ------------------------------------------------------------------------
def test_sparqlwrapper_select_json_finds_entities_with_arabic_labels(server: RunningServer) -> None:
    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(
        "PREFIX kg: <https://w3id.org/statekg/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        'SELECT ?label WHERE { ?e kg:qid "Q79" ; rdfs:label ?label FILTER(LANG(?label) = "ar") }'
    )
    sw.setReturnFormat(JSON)
    result = sw.query().convert()
    assert [b["label"]["value"] for b in result["results"]["bindings"]] == ["مصر"]  # type: ignore[index]


def test_sparqlwrapper_post_xml_csv_and_construct_turtle(server: RunningServer) -> None:
    sw = SPARQLWrapper(server.sparql)
    sw.setMethod("POST")
    sw.setQuery(COUNT_STATEMENTS)
    sw.setReturnFormat(XML)
    doc = sw.query().convert()
    assert doc.getElementsByTagName("literal")[0].firstChild.data == "3"  # type: ignore[union-attr]
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines() == ["n", "3"]  # type: ignore[union-attr]
    sw.setQuery("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5")
    sw.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) == 5


def test_rdflib_sparqlstore_reads_the_union_default_graph(server: RunningServer) -> None:
    graph = rdflib.Graph(store=SPARQLStore(server.sparql))
    rows = list(graph.query(COUNT_STATEMENTS))
    assert int(rows[0][0]) == 3  # type: ignore[index,arg-type]
    qid = rdflib.URIRef(KGNS + "qid")
    assert rdflib.Literal("Q822") in set(graph.objects(None, qid))


# -- the three ways to send a query ------------------------------------------------
def test_get_post_form_and_post_direct_give_the_same_answer(client: httpx.Client) -> None:
    get = client.get("/sparql", params={"query": COUNT_STATEMENTS})
    form = client.post("/sparql", data={"query": COUNT_STATEMENTS})
    direct = client.post(
        "/sparql", content=COUNT_STATEMENTS, headers={"Content-Type": "application/sparql-query"}
    )
    alias = client.get("/query", params={"query": COUNT_STATEMENTS})
    assert get.status_code == form.status_code == direct.status_code == alias.status_code == 200
    assert get.json() == form.json() == direct.json() == alias.json()
    assert get.json()["results"]["bindings"][0]["n"]["value"] == "3"


def test_default_graph_is_the_union_unless_the_request_names_a_dataset(
    server: RunningServer, client: httpx.Client
) -> None:
    english = server.url + "article/test-en-1"
    assert _count(client, COUNT_STATEMENTS) == 3
    assert _count(client, COUNT_STATEMENTS, **{"default-graph-uri": english}) == 1
    named = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s a <{KGNS}Statement> }} }}"
    assert _count(client, named) == 2
    assert _count(client, named, **{"named-graph-uri": english}) == 1


# -- content negotiation ------------------------------------------------------------
@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_select_results_follow_the_accept_header(
    client: httpx.Client, accept: str | None, media: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": COUNT_STATEMENTS}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media
    assert "3" in r.text


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", RdfFormat.TURTLE),
        ("application/n-triples", RdfFormat.N_TRIPLES),
        ("application/rdf+xml", RdfFormat.RDF_XML),
        ("application/ld+json", RdfFormat.JSON_LD),
        ("application/trig", RdfFormat.TRIG),
        ("application/n-quads", RdfFormat.N_QUADS),
        ("*/*", RdfFormat.TURTLE),
    ],
)
def test_construct_and_describe_follow_the_accept_header(
    server: RunningServer, client: httpx.Client, accept: str, fmt: RdfFormat
) -> None:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s a <{KGNS}Statement> ; ?p ?o }}"
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == fmt.media_type
    triples = list(parse(r.content, fmt))
    assert len(triples) > 20
    describe = client.get(
        "/sparql",
        params={"query": f"DESCRIBE <{server.url}entity/Q79>"},
        headers={"Accept": accept},
    )
    assert describe.status_code == 200
    assert any(q.subject.value == f"{server.url}entity/Q79" for q in parse(describe.content, fmt))


def test_ask_answers_a_boolean(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": f'ASK {{ ?e <{KGNS}qid> "Q142" }}'})
    assert r.json() == {"head": {}, "boolean": True}


def test_unsatisfiable_accept_is_406(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": COUNT_STATEMENTS}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    construct = client.get(
        "/sparql",
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"},
        headers={"Accept": "text/csv"},
    )
    assert construct.status_code == 406


# -- errors -----------------------------------------------------------------------
def test_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "})
    assert r.status_code == 400
    assert "error at 1:" in r.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_on_the_endpoint_are_405(client: httpx.Client, method: str) -> None:
    r = client.request(method, "/sparql", params={"query": COUNT_STATEMENTS})
    assert r.status_code == 405
    assert "POST" in r.headers["allow"]


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json"])
def test_unknown_or_missing_content_type_is_415(
    client: httpx.Client, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    r = client.post("/sparql", content=f"query={quote(COUNT_STATEMENTS)}", headers=headers)
    assert r.status_code == 415


def test_protocol_misuse_is_400(client: httpx.Client) -> None:
    two = client.get("/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert two.status_code == 400
    latin1 = client.post(
        "/sparql",
        content='ASK { ?s ?p "caf\xe9" }'.encode("latin-1"),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert latin1.status_code == 400
    declared = client.post(
        "/sparql",
        content=b"ASK {}",
        headers={"Content-Type": "application/sparql-query; charset=iso-8859-1"},
    )
    assert declared.status_code == 415
    update_by_get = client.get("/sparql", params={"update": "CLEAR ALL"})
    assert update_by_get.status_code == 400
    both = client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"})
    assert both.status_code == 400


def test_unknown_route_is_404(client: httpx.Client) -> None:
    assert client.get("/no/such/thing").status_code == 404


# -- updates --------------------------------------------------------------------------
def test_update_needs_the_bearer_token_and_is_visible_at_once(
    server: RunningServer, client: httpx.Client
) -> None:
    update = (
        "INSERT DATA { GRAPH <http://example.org/g/upd> "
        '{ <http://example.org/a> <http://example.org/p> "x" } }'
    )
    headers = {"Content-Type": "application/sparql-update"}
    assert client.post("/sparql", content=update, headers=headers).status_code == 401
    wrong = {**headers, "Authorization": "Bearer not-the-token"}
    r = client.post("/sparql", content=update, headers=wrong)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    ok = client.post("/sparql", content=update, headers={**headers, **server.auth()})
    assert ok.status_code == 204
    ask = 'ASK { GRAPH <http://example.org/g/upd> { ?s ?p "x" } }'
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    form = client.post(
        "/update",
        data={"update": "DROP GRAPH <http://example.org/g/upd>"},
        headers=server.auth(),
    )
    assert form.status_code == 204
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is False


def test_malformed_update_is_400(server: RunningServer, client: httpx.Client) -> None:
    r = client.post(
        "/sparql",
        content="INSERT DATA { <a> ",
        headers={"Content-Type": "application/sparql-update", **server.auth()},
    )
    assert r.status_code == 400


def test_updates_are_403_when_disabled_even_with_the_token(tmp_path: Path) -> None:
    with serve(tmp_path / "store", updates=False) as srv:
        r = httpx.post(
            srv.sparql,
            content="CLEAR ALL",
            headers={"Content-Type": "application/sparql-update", **srv.auth()},
        )
        assert r.status_code == 403
        put = httpx.put(
            srv.url + "store?default",
            content=b"<http://a> <http://b> <http://c> .",
            headers={"Content-Type": "application/n-triples", **srv.auth()},
        )
        assert put.status_code == 403
        assert httpx.get(srv.sparql, params={"query": "ASK {}"}).status_code == 200


# -- Graph Store Protocol -----------------------------------------------------------
def test_gsp_reads_an_article_graph(server: RunningServer, client: httpx.Client) -> None:
    graph = server.url + "article/test-ar-1"
    r = client.get("/store", params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/turtle; charset=utf-8"
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(graph), rdflib.RDF.type, rdflib.URIRef(KGNS + "NewsArticle")) in g
    head = client.head("/store", params={"graph": graph})
    assert head.status_code == 200
    assert head.content == b""
    missing = client.get("/store", params={"graph": server.url + "article/nope"})
    assert missing.status_code == 404
    dataset = client.get("/store", headers={"Accept": "application/n-quads"})
    assert dataset.status_code == 200
    assert {q.graph_name.value for q in parse(dataset.content, RdfFormat.N_QUADS)} >= {graph}
    assert client.get("/store", headers={"Accept": "text/turtle"}).status_code == 406


def test_gsp_put_post_delete_with_status_codes(server: RunningServer, client: httpx.Client) -> None:
    graph = "http://example.org/gsp/one"
    ttl = {"Content-Type": "text/turtle", **server.auth()}
    body = b"<http://example.org/s> <http://example.org/p> 1 ."
    assert (
        client.put("/store", params={"graph": graph}, content=body, headers=ttl).status_code == 201
    )
    assert (
        client.put("/store", params={"graph": graph}, content=body, headers=ttl).status_code == 204
    )
    more = b"<http://example.org/s> <http://example.org/p> 2 ."
    assert (
        client.post("/store", params={"graph": graph}, content=more, headers=ttl).status_code == 204
    )
    nt = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert len(nt.text.strip().splitlines()) == 2
    replaced = client.put("/store", params={"graph": graph}, content=body, headers=ttl)
    assert replaced.status_code == 204
    nt = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert len(nt.text.strip().splitlines()) == 1
    assert (
        client.delete("/store", params={"graph": graph}, headers=server.auth()).status_code == 204
    )
    assert (
        client.delete("/store", params={"graph": graph}, headers=server.auth()).status_code == 404
    )
    assert client.get("/store", params={"graph": graph}).status_code == 404


def test_gsp_post_to_the_store_creates_a_graph_with_location(
    server: RunningServer, client: httpx.Client
) -> None:
    r = client.post(
        "/store",
        content=b'<http://example.org/n> <http://example.org/p> "3" .',
        headers={"Content-Type": "application/n-triples", **server.auth()},
    )
    assert r.status_code == 201
    location = r.headers["location"]
    assert client.get("/store", params={"graph": location}).status_code == 200
    assert client.get(location).status_code == 200  # direct identification
    assert client.delete(location, headers=server.auth()).status_code == 204


def test_gsp_default_graph_and_errors(server: RunningServer, client: httpx.Client) -> None:
    nt = {"Content-Type": "application/n-triples", **server.auth()}
    triple = b"<http://example.org/d> <http://example.org/p> <http://example.org/o> ."
    assert client.put("/store?default", content=triple, headers=nt).status_code in (200, 204)
    got = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert got.text.strip() == triple.decode()
    assert client.delete("/store?default", headers=server.auth()).status_code == 204
    bad_type = client.put(
        "/store?default", content=triple, headers={"Content-Type": "text/plain+x", **server.auth()}
    )
    assert bad_type.status_code == 415
    bad_body = client.put("/store?default", content=b"<not rdf", headers=nt)
    assert bad_body.status_code == 400
    assert (
        client.put(
            "/store?default", content=triple, headers={"Content-Type": "application/n-triples"}
        ).status_code
        == 401
    )
    both = client.get("/store", params={"graph": "http://example.org/x", "default": ""})
    assert both.status_code == 400


def test_gsp_accepts_multipart_form_data(server: RunningServer, client: httpx.Client) -> None:
    graph = "http://example.org/gsp/multipart"
    files = {
        "a": (
            "a.ttl",
            io.BytesIO(b"<http://example.org/m> <http://example.org/p> 1 ."),
            "text/turtle",
        ),
        "b": (
            "b.nt",
            io.BytesIO(b'<http://example.org/m> <http://example.org/p> "2" .'),
            "application/n-triples",
        ),
    }
    r = client.post("/store", params={"graph": graph}, files=files, headers=server.auth())
    assert r.status_code in (201, 204)
    nt = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert len(nt.text.strip().splitlines()) == 2


# -- descriptions -----------------------------------------------------------------
def test_service_description_on_bare_get(server: RunningServer, client: httpx.Client) -> None:
    for accept, fmt in (
        ("text/turtle", "turtle"),
        ("application/rdf+xml", "xml"),
        ("application/ld+json", "json-ld"),
    ):
        r = client.get("/sparql", headers={"Accept": accept})
        assert r.status_code == 200
        g = rdflib.Graph().parse(data=r.text, format=fmt)
        endpoint = rdflib.URIRef(server.sparql)
        assert (endpoint, rdflib.RDF.type, SD.Service) in g
        assert (endpoint, SD.endpoint, endpoint) in g
        assert (endpoint, SD.supportedLanguage, SD.SPARQL11Update) in g
        assert (endpoint, SD.feature, SD.UnionDefaultGraph) in g
        formats = set(g.objects(endpoint, SD.resultFormat))
        assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats


def test_void_counts_and_wikidata_linkset(server: RunningServer, client: httpx.Client) -> None:
    r = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    ds = rdflib.URIRef(server.url + ".well-known/void#dataset")
    assert (ds, rdflib.RDF.type, VOID.Dataset) in g
    assert (ds, VOID.sparqlEndpoint, rdflib.URIRef(server.sparql)) in g
    partitions = {
        str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities))  # type: ignore[arg-type]
        for p in g.objects(ds, VOID.classPartition)
    }
    assert partitions[KGNS + "NewsArticle"] == 2
    assert partitions[KGNS + "Statement"] == 3
    assert partitions[KGNS + "Relation"] == 4
    linkset = rdflib.URIRef(server.url + ".well-known/void#wikidata-links")
    assert g.value(linkset, VOID.linkPredicate) == rdflib.SKOS.exactMatch
    # Turkey, Egypt, Erdoğan, France, Lebanon, Macron, Aoun
    assert int(g.value(linkset, VOID.triples)) == 7  # type: ignore[arg-type]
    as_json = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert json.loads(as_json.text)


def test_dump_serves_the_whole_dataset_as_trig(client: httpx.Client) -> None:
    r = client.get("/dump", headers={"Accept": "application/trig"})
    assert r.status_code == 200
    graphs = {q.graph_name for q in parse(r.content, RdfFormat.TRIG)}
    assert len(graphs) >= 3  # two articles and the ontology


def test_federated_service_is_refused_unless_enabled(client: httpx.Client) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 400
    assert "--federation" in r.text
    text = 'SELECT * WHERE { ?s ?p "SERVICE" } LIMIT 1'  # the word in a literal is fine
    assert client.get("/sparql", params={"query": text}).status_code == 200
    sd = rdflib.Graph().parse(data=client.get("/sparql").text, format="turtle")
    assert (None, SD.feature, SD.BasicFederatedQuery) not in sd
