"""The result cache of ``kg serve``: off by default, and never serves an answer older than a write.

Real servers on 127.0.0.1 (``tests/w3c/harness.py``); hits are read from ``/api/status``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from factories import english_extraction
from w3c.harness import RunningServer, serve

from kg.models import Article
from kg.server.pool import WORKER_MALLOC, ResultCache, worker_env
from kg.server.settings import RESULT_CACHE_ENV
from kg.store import KnowledgeGraph

KGNS = "https://w3id.org/statekg/ontology#"
STATEMENTS = f"SELECT (COUNT(?s) AS ?n) WHERE {{ ?s a <{KGNS}Statement> }}"
# the triples of every graph but the who-said pages' (an update marks them stale, in the
# same transaction: one triple fewer there, kg.rdf.who_said_pages)
TRIPLES = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
    "FILTER(?g != <https://w3id.org/statekg/who-said>) }"
)
JSON_RESULTS = {"Accept": "application/sparql-results+json"}


def _populate(kg: KnowledgeGraph) -> None:
    kg.add(english_extraction())


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    store = tmp_path_factory.mktemp("cache") / "store"
    with serve(store, populate=_populate, updates=True, result_cache=4 * 1024 * 1024) as running:
        yield running


def _cache(srv: RunningServer) -> dict[str, int]:
    status = httpx.get(srv.url + "api/status", timeout=30).json()
    assert status["result_cache"] is not None
    return dict(status["result_cache"])


def _count(client: httpx.Client, query: str) -> int:
    r = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_the_result_cache_is_off_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(RESULT_CACHE_ENV, raising=False)
    with serve(tmp_path / "store", populate=_populate) as srv:
        with httpx.Client(base_url=srv.url, timeout=30) as client:
            first = _count(client, STATEMENTS)
            assert _count(client, STATEMENTS) == first
        assert httpx.get(srv.url + "api/status").json()["result_cache"] is None


def test_a_repeated_query_is_answered_from_the_cache_with_the_same_bytes(
    cached: RunningServer,
) -> None:
    query = f"SELECT ?s WHERE {{ ?s a <{KGNS}Statement> }} ORDER BY ?s"
    with httpx.Client(base_url=cached.url, timeout=30) as client:
        before = _cache(cached)
        first = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
        second = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
        after = _cache(cached)
        assert first.status_code == second.status_code == 200
        assert second.content == first.content
        assert second.headers["content-type"] == first.headers["content-type"]
        assert after["hits"] == before["hits"] + 1
        # another format is another answer: a miss, not the JSON bytes
        csv = client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
        assert csv.status_code == 200
        assert csv.headers["content-type"].startswith("text/csv")
        assert _cache(cached)["hits"] == after["hits"]


def test_an_update_empties_the_cache_before_it_returns(cached: RunningServer) -> None:
    with httpx.Client(base_url=cached.url, timeout=30) as client:
        n = _count(client, TRIPLES)
        assert _count(client, TRIPLES) == n
        hits = _cache(cached)["hits"]
        update = (
            "INSERT DATA { GRAPH <http://example.org/cache-test> "
            "{ <http://example.org/a> <http://example.org/p> 1 } }"
        )
        r = client.post(
            "/update",
            content=update,
            headers={"Content-Type": "application/sparql-update", **cached.auth()},
        )
        assert r.status_code == 204, r.text
        assert _count(client, TRIPLES) == n + 1
        assert _cache(cached)["hits"] == hits
        # and a Graph Store write too
        put = client.put(
            "/store",
            params={"graph": "http://example.org/cache-test"},
            content="<http://example.org/a> <http://example.org/p> 1, 2, 3 .",
            headers={"Content-Type": "text/turtle", **cached.auth()},
        )
        assert put.status_code in (200, 201, 204), put.text
        assert _count(client, TRIPLES) == n + 3


def test_an_article_ingested_while_serving_is_seen_by_a_cached_query(
    cached: RunningServer,
) -> None:
    article = Article(
        id="cache-ingest-1",
        lang="en",
        published="2025-03-04",
        source="Test Wire",
        text="Kenyan President William Ruto said on Tuesday that Kenya would send more "
        "police officers to Haiti next month.",
    )
    with httpx.Client(base_url=cached.url, timeout=120) as client:
        before = _count(client, STATEMENTS)
        assert _count(client, STATEMENTS) == before
        r = client.post("/ingest", content=article.model_dump_json(), headers=cached.auth())
        assert r.status_code == 200
        assert json.loads(r.text.splitlines()[0])["result"]["outcome"] == "added"
        assert _count(client, STATEMENTS) > before


def test_queries_whose_answer_changes_by_itself_are_not_cached(cached: RunningServer) -> None:
    with httpx.Client(base_url=cached.url, timeout=30) as client:
        hits = _cache(cached)["hits"]
        for query in ("SELECT (STRUUID() AS ?u) WHERE {}", "SELECT (rand() AS ?r) WHERE {}"):
            first = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
            second = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
            assert first.status_code == second.status_code == 200
            assert first.content != second.content
        assert _cache(cached)["hits"] == hits


def test_a_streamed_answer_is_cached_once_it_was_read_to_its_end(cached: RunningServer) -> None:
    # about 600 KB of JSON: more than the 256 KB a response buffers before it streams
    numbers = " ".join(str(i) for i in range(600))
    query = (
        f"SELECT ?i ?text WHERE {{ VALUES ?i {{ {numbers} }} "
        f'BIND(CONCAT(STR(?i), "{"x" * 900}") AS ?text) }} ORDER BY ?i'
    )
    with httpx.Client(base_url=cached.url, timeout=60) as client:
        hits = _cache(cached)["hits"]
        first = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
        assert first.status_code == 200
        assert len(first.content) > 512 * 1024
        assert "content-length" not in first.headers  # it was streamed
        second = client.post("/sparql", data={"query": query}, headers=JSON_RESULTS)
        assert second.content == first.content
        assert "content-length" in second.headers  # from the cache, whole
        assert _cache(cached)["hits"] == hits + 1


def test_the_cache_drops_older_generations_and_least_recently_used_answers() -> None:
    cache = ResultCache(400)
    cache.put(1, "a", "solutions", "text/csv", b"x" * 100)
    cache.put(1, "b", "solutions", "text/csv", b"y" * 100)
    assert cache.get(1, "a") == ("solutions", "text/csv", b"x" * 100)
    cache.put(1, "c", "solutions", "text/csv", b"z" * 100)
    cache.put(1, "d", "solutions", "text/csv", b"w" * 100)  # 400 bytes: all fit
    assert cache.get(1, "b") is not None
    assert cache.get(1, "a") is not None
    cache.put(1, "e", "solutions", "text/csv", b"v" * 100)  # "c" is the least recently used
    assert cache.get(1, "c") is None
    assert cache.size == 400
    cache.put(1, "big", "solutions", "text/csv", b"!" * 101)  # over a quarter: not kept
    assert cache.get(1, "big") is None
    assert cache.get(2, "a") is None  # a newer checkpoint empties the cache
    assert len(cache) == 0
    cache.put(1, "late", "solutions", "text/csv", b"old")  # computed on an older checkpoint
    assert cache.get(2, "late") is None
    assert ResultCache.key({"op": "query", "query": "SELECT (NOW() AS ?t) {}"}) is None
    assert ResultCache.key({"op": "rows", "query": "SELECT * {}"}) is None


def test_workers_get_the_malloc_tunable_unless_one_is_set() -> None:
    assert worker_env({})["GLIBC_TUNABLES"] == WORKER_MALLOC
    assert worker_env({"GLIBC_TUNABLES": "glibc.malloc.arena_max=2"})["GLIBC_TUNABLES"] == (
        f"glibc.malloc.arena_max=2:{WORKER_MALLOC}"
    )
    own = "glibc.malloc.tcache_count=7"
    assert worker_env({"GLIBC_TUNABLES": own})["GLIBC_TUNABLES"] == own
