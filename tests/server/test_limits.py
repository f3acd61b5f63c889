"""Limits that hold: query timeouts kill the work, bodies are capped, readers see whole writes."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pyoxigraph import NamedNode, Quad, Store
from w3c.harness import RunningServer, serve

from kg.server.pool import QueryShapes, WorkerPool

# the union default graph holds the ontology (~2k triples): a triple cross join never ends
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STREAMING = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    store = tmp_path_factory.mktemp("limits") / "store"
    with serve(store, query_timeout=TIMEOUT, max_body=4096, updates=True) as running:
        yield running


def _status(server: RunningServer) -> dict[str, object]:
    return httpx.get(server.url + "api/status").json()  # type: ignore[no-any-return]


def test_expensive_query_gets_a_timeout_error_and_the_server_keeps_answering(
    server: RunningServer,
) -> None:
    killed_before = int(_status(server)["killed_workers"])  # type: ignore[call-overload]
    started = time.monotonic()
    r = httpx.get(server.sparql, params={"query": EXPENSIVE}, timeout=60)
    elapsed = time.monotonic() - started
    assert r.status_code == 503
    assert "timeout" in r.text
    assert elapsed < TIMEOUT + 10  # a generous margin: this is about "stops", not speed
    after = httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert after.status_code == 200
    assert after.json()["boolean"] is True
    assert int(_status(server)["killed_workers"]) == killed_before + 1  # type: ignore[call-overload]


def test_a_streamed_result_cut_by_the_timeout_is_never_a_complete_200(
    server: RunningServer,
) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        with httpx.stream(
            "GET",
            server.sparql,
            params={"query": STREAMING},
            headers={"Accept": "text/csv"},
            timeout=60,
        ) as r:
            assert r.status_code == 200  # more than 256 KB came before the deadline...
            for _ in r.iter_bytes():  # ...but the transfer is cut, not completed
                pass
    assert httpx.get(server.sparql, params={"query": "ASK {}"}).status_code == 200


def test_a_fast_query_is_served_while_a_slow_one_runs(server: RunningServer) -> None:
    slow_status: list[int] = []

    def slow() -> None:
        slow_status.append(
            httpx.get(server.sparql, params={"query": EXPENSIVE}, timeout=60).status_code
        )

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.3)  # let the slow query take a worker
    fast = httpx.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    still_running = thread.is_alive()
    thread.join()
    assert fast.status_code == 200
    assert len(fast.json()["results"]["bindings"]) == 3
    assert still_running
    assert slow_status == [503]


def test_oversize_bodies_are_413(server: RunningServer) -> None:
    big = "ASK { ?s ?p ?o }" + " " * 5000
    r = httpx.post(server.sparql, content=big, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b"ASK { ?s ?p ?o }"
        for _ in range(10):
            yield b" " * 1000

    chunked = httpx.post(
        server.sparql, content=chunks(), headers={"Content-Type": "application/sparql-query"}
    )
    assert chunked.status_code == 413
    gsp = httpx.put(
        server.url + "store?default",
        content=b"#" * 5000,
        headers={"Content-Type": "text/turtle", **server.auth()},
    )
    assert gsp.status_code == 413
    small = httpx.post(
        server.sparql, content="ASK {}", headers={"Content-Type": "application/sparql-query"}
    )
    assert small.status_code == 200


def _graph_body(n: int, tag: str) -> bytes:
    return "".join(
        f'<http://example.org/s{i}> <http://example.org/p> "{tag} {i}" .\n' for i in range(n)
    ).encode()


def test_a_reader_polling_during_writes_never_sees_half_a_graph(tmp_path: Path) -> None:
    n = 2000
    graphs = [f"http://example.org/article/{i}" for i in range(6)]
    count = (
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'http://example.org/article/')) } GROUP BY ?g"
    )
    with serve(tmp_path / "store", updates=True, max_body=1 << 24) as srv:
        seen: list[dict[str, int]] = []
        done = threading.Event()

        def reader() -> None:
            with httpx.Client(timeout=30) as c:
                while not done.is_set():
                    rows = c.get(srv.sparql, params={"query": count}).json()["results"]["bindings"]
                    seen.append({r["g"]["value"]: int(r["n"]["value"]) for r in rows})

        thread = threading.Thread(target=reader)
        thread.start()
        with httpx.Client(timeout=60, headers=srv.auth()) as c:
            for round_ in range(2):
                for g in graphs:  # PUT: replace the whole graph in one transaction
                    r = c.put(
                        srv.url + "store",
                        params={"graph": g},
                        content=_graph_body(n, f"r{round_}"),
                        headers={"Content-Type": "application/n-triples"},
                    )
                    assert r.status_code in (201, 204)
            # one update writing two graphs at once: both or neither
            pair = " ".join(
                f"GRAPH <http://example.org/article/pair{k}> {{ "
                + " ".join(
                    f'<http://example.org/x{i}> <http://example.org/p> "{i}" .' for i in range(n)
                )
                + " }"
                for k in (1, 2)
            )
            r = c.post(
                srv.sparql,
                content=f"INSERT DATA {{ {pair} }}",
                headers={"Content-Type": "application/sparql-update"},
            )
            assert r.status_code == 204
        time.sleep(0.3)
        done.set()
        thread.join()
    assert len(seen) > 3
    for observation in seen:
        assert set(observation.values()) <= {n}, observation
        pairs = {g for g in observation if "pair" in g}
        assert len(pairs) in (0, 2)
    assert seen[-1] and all(v == n for v in seen[-1].values())


def test_long_queries_are_demoted_so_a_short_one_never_waits_behind_them(tmp_path: Path) -> None:
    """With one worker slot, a running long query still leaves room for a short one.

    Without demotion the short query would wait for the only worker until the long one is
    killed at the timeout (see the next test); here the long query is moved to background
    priority after 50 ms and the short query gets a spare worker of its own.
    """
    with serve(tmp_path / "store", workers=1, query_timeout=TIMEOUT, demote_after=0.05) as srv:
        statuses: list[int] = []
        thread = threading.Thread(
            target=lambda: statuses.append(
                httpx.get(srv.sparql, params={"query": EXPENSIVE}, timeout=60).status_code
            )
        )
        thread.start()
        deadline = time.monotonic() + 30
        while int(_status(srv)["background_queries"]) < 1:  # type: ignore[call-overload]
            assert time.monotonic() < deadline, "no query was demoted"
            time.sleep(0.05)
        fast = httpx.get(srv.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
        long_one_running = thread.is_alive()
        status = _status(srv)
        thread.join()
        assert fast.status_code == 200
        assert len(fast.json()["results"]["bindings"]) == 3
        assert long_one_running  # answered while the long query was still running
        assert int(status["demoted_queries"]) >= 1  # type: ignore[call-overload]
        assert statuses == [503]  # a demoted query still stops at the deadline
        after = _status(srv)
        assert after["background_queries"] == 0
        # the pool is whole again: a query runs and no worker is left over
        assert httpx.get(srv.sparql, params={"query": "ASK {}"}).status_code == 200


def test_demotion_can_be_turned_off(tmp_path: Path) -> None:
    with serve(tmp_path / "store", workers=1, query_timeout=TIMEOUT, demote_after=0) as srv:
        thread = threading.Thread(
            target=lambda: httpx.get(srv.sparql, params={"query": EXPENSIVE}, timeout=60)
        )
        thread.start()
        time.sleep(0.5)
        status = _status(srv)
        fast = httpx.get(srv.sparql, params={"query": "ASK {}"}, timeout=60)
        waited_for_the_slow_one = not thread.is_alive()
        thread.join()
        assert status["background_queries"] == 0
        assert fast.status_code == 200
        assert waited_for_the_slow_one  # one worker, no demotion: the short query queued


def test_a_query_shape_that_ran_long_starts_in_the_background_lane(tmp_path: Path) -> None:
    """After a long run, a query of the same shape (other numbers) never takes a normal slot."""
    with serve(tmp_path / "store", workers=1, query_timeout=TIMEOUT, demote_after=5) as srv:
        first = httpx.get(srv.sparql, params={"query": EXPENSIVE + " LIMIT 3"}, timeout=60)
        assert first.status_code == 503  # killed at the deadline: a long run of its shape
        same_shape = EXPENSIVE + " LIMIT 7"
        thread = threading.Thread(
            target=lambda: httpx.get(srv.sparql, params={"query": same_shape}, timeout=60)
        )
        thread.start()
        deadline = time.monotonic() + 30
        while int(_status(srv)["background_queries"]) < 1:  # type: ignore[call-overload]
            assert time.monotonic() < deadline, "the long shape did not go to the background lane"
            time.sleep(0.02)
        fast = httpx.get(srv.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=60)
        running = thread.is_alive()
        demoted = int(_status(srv)["demoted_queries"])  # type: ignore[call-overload]
        thread.join()
        assert fast.status_code == 200
        assert running  # the short query did not wait for the long one
        assert demoted == 0  # it started in the background lane: nothing had to be demoted


def test_query_shapes_blank_iris_literals_and_numbers_but_keep_structure() -> None:
    who = 'SELECT ?s { ?s <http://x/about> <http://x/Q79> ; <http://x/on> "2024-05-01" } LIMIT 100'
    other = (
        "SELECT ?s { ?s <http://x/about> <http://x/Q801> ; <http://x/on> '2023-01-31' } LIMIT 10"
    )
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert QueryShapes.shape(who) == QueryShapes.shape(other)
    assert QueryShapes.shape(who) != QueryShapes.shape(count)
    assert QueryShapes.shape("FILTER(?x < 5 && ?y > 3)") != QueryShapes.shape("FILTER(?x > 5)")
    shapes = QueryShapes(capacity=2)
    shape = QueryShapes.shape(count)
    assert not shapes.predicts_long(shape)
    shapes.record(shape, True)
    assert shapes.predicts_long(shape)  # a first long run: long
    for _ in range(QueryShapes.WINDOW):
        shapes.record(shape, False)
    shapes.record(shape, True)
    assert not shapes.predicts_long(shape)  # usually short: one slow run does not move it
    shapes.record(shape, True)
    assert shapes.predicts_long(shape)  # a second: its cost varies with its parameters
    for _ in range(QueryShapes.WINDOW - 1):
        shapes.record(shape, False)
    assert not shapes.predicts_long(shape)  # short again lately: back to the normal lane
    for _ in range(QueryShapes.WINDOW - 2):
        shapes.record(shape, True)
    assert shapes.predicts_long(shape)  # three quarters of the latest runs were long
    shapes.record(QueryShapes.shape(who), False)
    shapes.record(QueryShapes.shape("ASK {}"), False)
    assert not shapes.predicts_long(shape)  # forgotten: only the 2 latest shapes are kept


def test_workers_open_the_store_up_front_and_short_queries_get_the_warmest(
    tmp_path: Path,
) -> None:
    """Started workers hold the checkpoint before any request; the normal lane reuses the
    most recently used worker, and a long request starts its own worker rather than taking
    one the normal lane may need."""
    folder = tmp_path / "checkpoint"
    writer = Store(str(folder))
    g = NamedNode("http://example.org/graph/1")
    writer.add(Quad(NamedNode("http://example.org/s"), NamedNode("http://example.org/p"), g, g))
    writer.flush()
    del writer

    async def scenario() -> None:
        pool = WorkerPool(2, 10.0, lambda: (1, folder))
        await pool.start()
        try:
            assert pool.generations_in_use() == {1}  # opened before the first request
            assert pool.idle == 2
            served = []
            for _ in range(3):
                stream = await pool.query("ASK { ?s ?p ?o }")
                assert b"true" in await stream.read_all()
                served.append(pool._idle[-1])  # where the worker that answered is parked
            assert served[0] is served[1] is served[2]  # always the warmest worker
            dump = await pool.dump(None, "application/n-quads")  # a dump: background lane
            assert b"example.org/s" in await dump.read_all()
            assert len(pool.generations_in_use()) == 1
            assert pool.idle == 3  # both normal workers stayed idle; the dump got a new one
        finally:
            await pool.close()

    asyncio.run(scenario())
