"""Writes through ``kg serve`` keep the who-said pages exact or mark them stale.

A real server on 127.0.0.1 (``tests/w3c/harness.py``) holds articles whose
statements share days.  A Graph Store ``DELETE`` of an article graph rewrites
the pages in the same transaction: afterwards the server's pages are those of a
store written with the other articles only.  A SPARQL update (which may change
any article) removes the pages' marker, in the same transaction, so answers come
from the who-said index until the pages are written again.
"""

from __future__ import annotations

from pathlib import Path

import httpx
from w3c.harness import serve

from kg.store import WHO_SAID_GRAPH, KnowledgeGraph
from tests.store.test_who_said_pages import ARTICLES
from tests.store.test_who_said_summary import extraction

JSON_RESULTS = {"Accept": "application/sparql-results+json"}
PAGES = f"SELECT ?s ?p ?o WHERE {{ GRAPH {WHO_SAID_GRAPH} {{ ?s ?p ?o }} }}"
MARKER = (
    f"ASK {{ GRAPH {WHO_SAID_GRAPH} {{ ?g <https://w3id.org/statekg/ontology#whoSaidPages> ?v }} }}"
)


SEARCHES = [
    {"about": name, "since": since, "until": until, "lang": lang}
    for name in ("Somalia", "Kenya", "Ethiopia")
    for since, until in (("2025-02-01", "2025-02-28"), ("2025-02-10", "2025-02-20"))
    for lang in ("en", "ar")
]


def _fill(kg: KnowledgeGraph) -> None:
    for args in ARTICLES:
        kg.add(extraction(*args))


def _pages(client: httpx.Client) -> set[tuple[str, str, str]]:
    r = client.post("/sparql", data={"query": PAGES}, headers=JSON_RESULTS)
    assert r.status_code == 200, r.text
    return {
        (b["s"]["value"], b["p"]["value"], b["o"]["value"]) for b in r.json()["results"]["bindings"]
    }


def _marker(client: httpx.Client) -> bool:
    r = client.post("/sparql", data={"query": MARKER}, headers=JSON_RESULTS)
    assert r.status_code == 200, r.text
    return bool(r.json()["boolean"])


def test_a_graph_store_delete_rewrites_the_pages_and_an_update_marks_them_stale(
    tmp_path: Path,
) -> None:
    with serve(tmp_path / "store", populate=_fill, updates=True, html_row_cap=2) as srv:
        with KnowledgeGraph(tmp_path / "expected", base_iri=srv.settings.base_iri) as kg:
            for args in ARTICLES[1:]:
                kg.add(extraction(*args))
            expected = {
                (q.subject.value, q.predicate.value, q.object.value)  # type: ignore[union-attr]
                for q in kg.store.quads_for_pattern(None, None, None, WHO_SAID_GRAPH)
            }
            first = kg.article_iri(ARTICLES[0][0]).value
        auth = {"Authorization": f"Bearer {srv.token}"}
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            assert _marker(client)
            before = _pages(client)
            r = client.delete("/store", params={"graph": first}, headers=auth)
            assert r.status_code == 204, r.text
            after = _pages(client)
            assert after != before and after == expected
            current = [client.get("/api/who-said", params=p).json() for p in SEARCHES]
            r = client.post(
                "/update",
                content="INSERT DATA { GRAPH <http://example.org/other> "
                "{ <http://example.org/a> <http://example.org/p> 1 } }",
                headers={"Content-Type": "application/sparql-update", **auth},
            )
            assert r.status_code == 204, r.text
            assert not _marker(client)
            stale = [client.get("/api/who-said", params=p).json() for p in SEARCHES]
        assert [s["rows"] for s in stale] == [s["rows"] for s in current]
        assert sum(s["count"] for s in current) > 5 and any(s["truncated"] for s in current)
