"""Minted IRIs dereference on the server; search, CORS and the server file (real server)."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib
from factories import arabic_extraction, english_extraction
from w3c.harness import RunningServer, serve

from kg.remote import find_server, server_file
from kg.store import KnowledgeGraph

KGNS = rdflib.Namespace("https://w3id.org/statekg/ontology#")


def _populate(kg: KnowledgeGraph) -> None:
    kg.add(arabic_extraction())
    kg.add(english_extraction())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    store = tmp_path_factory.mktemp("linked") / "store"
    with serve(store, populate=_populate) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def test_entity_iri_dereferences_as_turtle_with_arabic_and_english_names(
    server: RunningServer, client: httpx.Client
) -> None:
    iri = server.url + "entity/Q79"
    r = client.get(iri, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    assert "Accept" in r.headers["vary"]
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    labels = set(g.objects(rdflib.URIRef(iri), rdflib.RDFS.label))
    assert rdflib.Literal("مصر", lang="ar") in labels
    assert rdflib.Literal("Egypt", lang="en") in labels
    # incoming links come with their labels: who speaks for Egypt
    assert (None, KGNS.state, rdflib.URIRef(iri)) in g


def test_entity_iri_dereferences_as_json_ld(server: RunningServer, client: httpx.Client) -> None:
    r = client.get("/entity/Q142", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="json-ld")
    assert (rdflib.URIRef(server.url + "entity/Q142"), KGNS.qid, rdflib.Literal("Q142")) in g


def test_browsers_get_an_html_page(client: httpx.Client) -> None:
    r = client.get(
        "/entity/Q79",
        headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "مصر" in r.text or "Egypt" in r.text


def test_article_statement_and_relation_iris_dereference(
    server: RunningServer, client: httpx.Client
) -> None:
    article = client.get("/article/test-en-1", headers={"Accept": "text/turtle"})
    assert article.status_code == 200
    g = rdflib.Graph().parse(data=article.text, format="turtle")
    assert (rdflib.URIRef(server.url + "article/test-en-1"), KGNS.sourceName, None) in g
    rows = client.get(
        "/sparql",
        params={
            "query": f"SELECT ?s ?r WHERE {{ ?s a <{KGNS}Statement> . "
            f"?r a <{KGNS}Relation> }} LIMIT 1"
        },
    ).json()["results"]["bindings"]
    for key, prop in (("s", KGNS.content), ("r", KGNS.evidence)):
        iri = rows[0][key]["value"]
        assert iri.startswith(server.url)
        r = client.get(iri, headers={"Accept": "text/turtle"})
        assert r.status_code == 200
        assert (rdflib.URIRef(iri), prop, None) in rdflib.Graph().parse(
            data=r.text, format="turtle"
        )


def test_unknown_iris_are_404_and_other_iris_go_through_resource(client: httpx.Client) -> None:
    assert client.get("/entity/Q4", headers={"Accept": "text/turtle"}).status_code == 404
    wd = client.get(
        "/resource",
        params={"iri": "http://www.wikidata.org/entity/Q79"},
        headers={"Accept": "application/n-triples"},
    )
    assert wd.status_code == 200
    assert "skos/core#exactMatch" in wd.text
    assert client.get("/resource", params={"iri": "not an iri"}).status_code == 400


def test_search_finds_entities_by_name_and_statements_by_content(
    server: RunningServer, client: httpx.Client
) -> None:
    r = client.get("/api/search", params={"q": "Erdoğan"})
    assert r.status_code == 200
    found = r.json()
    assert server.url + "entity/Q39259" in [e["entity"] for e in found["entities"]]
    assert found["entities"][0]["href"].startswith("/entity/")
    english = client.get("/api/search", params={"q": "Humanitarian AID"}).json()
    assert [s["content"] for s in english["statements"]] == [
        "France would send humanitarian aid to Lebanon"
    ]
    arabic = client.get("/api/search", params={"q": "وقف إطلاق النار"}).json()
    assert len(arabic["statements"]) == 2  # the relayed quote and the statement that relays it
    assert client.get("/api/search", params={"q": "x"}).status_code == 400


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_allows_the_configured_origin(tmp_path: Path) -> None:
    with serve(tmp_path / "store", cors_origins=["http://app.example"]) as srv:
        r = httpx.get(
            srv.sparql, params={"query": "ASK {}"}, headers={"Origin": "http://app.example"}
        )
        assert r.headers["access-control-allow-origin"] == "http://app.example"
        other = httpx.get(
            srv.sparql, params={"query": "ASK {}"}, headers={"Origin": "http://x.example"}
        )
        assert "access-control-allow-origin" not in other.headers
        pre = httpx.options(
            srv.sparql,
            headers={
                "Origin": "http://app.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert pre.status_code == 200
        assert "POST" in pre.headers["access-control-allow-methods"]


def test_the_server_file_says_how_to_reach_the_server_and_goes_away(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with serve(store) as srv:
        path = server_file(store)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        data = json.loads(path.read_text())
        assert data["url"] == srv.url
        assert data["token"] == srv.token
        info = find_server(store)
        assert info is not None
        assert info.url == srv.url
        assert list(store.parent.glob("store.snapshots/*"))
    assert not server_file(store).exists()
    assert not (tmp_path / "store.snapshots").exists()
    assert find_server(store) is None
