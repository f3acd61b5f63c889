"""Writes through ``kg serve`` keep the who-said pages exact or mark them stale.

A real server on 127.0.0.1 (``tests/w3c/harness.py``) holds articles whose
statements share days.  A Graph Store ``DELETE`` of an article graph rewrites
the pages in the same transaction: afterwards the server's pages are those of a
store written with the other articles only.  A SPARQL update (which may change
any article) removes the pages' marker, so answers come from the who-said index
until the server's writer has written the pages again in the background, in one
transaction: polled, the pages come back equal to those of a store written with
the same articles, and the answers stay the same and right throughout.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
from w3c.harness import serve

from kg.rdf import who_said_pages
from kg.store import WHO_SAID_GRAPH, KnowledgeGraph
from tests.store.test_who_said_pages import ARTICLES
from tests.store.test_who_said_summary import extraction

JSON_RESULTS = {"Accept": "application/sparql-results+json"}
PAGES = f"SELECT ?s ?p ?o WHERE {{ GRAPH {WHO_SAID_GRAPH} {{ ?s ?p ?o }} }}"
MARKER = who_said_pages.current_query()  # this version's marker (a build's mark is 0)


SEARCHES = [
    {"about": name, "since": since, "until": until, "lang": lang}
    for name in ("Somalia", "Kenya", "Ethiopia")
    for since, until in (
        ("2025-02-01", "2025-02-28"),
        ("2025-02-10", "2025-02-20"),
        ("2025-02-11", "2025-03-31"),  # across months, with a month-dated statement
        ("2024-12-01", "2025-03-31"),  # and a year-dated one
    )
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


def _expected(path: Path, base: str, articles: list[Any]) -> tuple[set[Any], list[Any]]:
    """The pages of a store written with ``articles``, and its answers to SEARCHES
    (statement and date of the rows the server's cap of 2 keeps, and whether it cut)."""
    with KnowledgeGraph(path, base_iri=base) as kg:
        for args in articles:
            kg.add(extraction(*args))
        pages = {
            (q.subject.value, q.predicate.value, q.object.value)  # type: ignore[union-attr]
            for q in kg.store.quads_for_pattern(None, None, None, WHO_SAID_GRAPH)
        }
        answers = []
        for p in SEARCHES:
            rows = kg.who_said(about=p["about"], since=p["since"], until=p["until"], limit=3)
            answers.append(([(r.statement, r.date) for r in rows[:2]], len(rows) > 2))
    return pages, answers


def _answers(client: httpx.Client) -> list[Any]:
    out = []
    for p in SEARCHES:
        r = client.get("/api/who-said", params=p)
        assert r.status_code == 200, r.text
        body = r.json()
        out.append(([(row["statement"], row["date"]) for row in body["rows"]], body["truncated"]))
    return out


def _wait_for_pages(client: httpx.Client, expected: set[Any]) -> None:
    deadline = time.monotonic() + 60
    while not _marker(client):
        assert time.monotonic() < deadline, "the pages were not written again"
        time.sleep(0.1)
    assert _pages(client) == expected


def test_a_graph_store_delete_rewrites_the_pages_and_an_update_has_them_written_again(
    tmp_path: Path,
) -> None:
    with serve(tmp_path / "store", populate=_fill, updates=True, html_row_cap=2) as srv:
        base = srv.settings.base_iri
        without_first, answers = _expected(tmp_path / "e1", base, ARTICLES[1:])
        third = KnowledgeGraph(base_iri=base).article_iri(ARTICLES[2][0])
        without_third, answers_after = _expected(
            tmp_path / "e2", base, ARTICLES[1:2] + ARTICLES[3:]
        )
        first = KnowledgeGraph(base_iri=base).article_iri(ARTICLES[0][0]).value
        auth = {"Authorization": f"Bearer {srv.token}"}
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            assert _marker(client)
            before = _pages(client)
            r = client.delete("/store", params={"graph": first}, headers=auth)
            assert r.status_code == 204, r.text
            after = _pages(client)
            assert after != before and after == without_first
            current = _answers(client)
            assert current == answers
            r = client.post(
                "/update",
                content="INSERT DATA { GRAPH <http://example.org/other> "
                "{ <http://example.org/a> <http://example.org/p> 1 } }",
                headers={"Content-Type": "application/sparql-update", **auth},
            )
            assert r.status_code == 204, r.text
            assert _answers(client) == current  # from the index, or from the new pages
            _wait_for_pages(client, without_first)
            assert _answers(client) == current
            # an update that changes an article: the pages follow once written again
            r = client.post(
                "/update",
                content=f"DROP GRAPH {third}",
                headers={"Content-Type": "application/sparql-update", **auth},
            )
            assert r.status_code == 204, r.text
            assert _answers(client) == answers_after
            _wait_for_pages(client, without_third)
            assert _answers(client) == answers_after != answers
        assert sum(len(a[0]) for a in current) > 5 and any(a[1] for a in current)


def test_article_writes_while_the_pages_are_written_again_are_caught_up(tmp_path: Path) -> None:
    # an update leaves the pages stale; Graph Store deletes of articles follow at once and
    # while the writer builds them again: the build goes on (they maintain the pages, so
    # they do not stop it) and the pages it ends with hold none of the deleted articles
    with serve(tmp_path / "store", populate=_fill, updates=True, html_row_cap=2) as srv:
        base = srv.settings.base_iri
        kept = [ARTICLES[1], ARTICLES[3]]
        expected, answers = _expected(tmp_path / "e", base, kept)
        iris = KnowledgeGraph(base_iri=base)
        auth = {"Authorization": f"Bearer {srv.token}"}
        with httpx.Client(base_url=srv.url, timeout=60) as client:
            r = client.post(
                "/update",
                content=f"DROP GRAPH {iris.article_iri(ARTICLES[0][0])}",
                headers={"Content-Type": "application/sparql-update", **auth},
            )
            assert r.status_code == 204, r.text
            assert client.get("/api/status").json()["who_said_pages"]["building"]
            for args in ARTICLES[2:3] + ARTICLES[4:]:
                r = client.delete(
                    "/store", params={"graph": iris.article_iri(args[0]).value}, headers=auth
                )
                assert r.status_code == 204, r.text
                time.sleep(0.3)
            assert _answers(client) == answers  # from the index, or from the new pages
            _wait_for_pages(client, expected)
            assert _answers(client) == answers
            status = client.get("/api/status").json()["who_said_pages"]
            assert status["builds"] >= 1 and status["stopped"] == 0
