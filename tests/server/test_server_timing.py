"""``Server-Timing`` on SPARQL answers (session 15): where a request's time went, for diagnosis.

Off by default; with ``Settings.server_timing`` (``$KG_SERVER_TIMING=1``) a query's
answer says how long it waited for a worker, how long the worker took and how much of
that it ran on a core, waited for one or was blocked (reading the store from disk), and
the server's total.  ``benchmarks/bench_server.py --timing`` reads it to explain outliers.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from factories import english_extraction
from w3c.harness import serve

from kg.server.settings import SERVER_TIMING_ENV, Settings
from kg.server.worker import Timing
from kg.store import KnowledgeGraph

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
JSON_RESULTS = {"Accept": "application/sparql-results+json"}


def _populate(kg: KnowledgeGraph) -> None:
    kg.add(english_extraction())


def _metrics(header: str) -> dict[str, str]:
    out = {}
    for metric in header.split(","):
        name, _, params = metric.strip().partition(";")
        out[name] = params
    return out


def test_answers_carry_server_timing_only_when_it_is_turned_on(tmp_path: Path) -> None:
    with serve(tmp_path / "store", populate=_populate, server_timing=True) as srv:
        r = httpx.post(srv.sparql, data={"query": TRIPLES}, headers=JSON_RESULTS, timeout=30)
        assert r.status_code == 200
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > 0
        metrics = _metrics(r.headers["server-timing"])
        assert list(metrics) == ["queue", "worker", "cpu", "runq", "read", "total"]
        durations = {k: float(v.removeprefix("dur=")) for k, v in metrics.items() if k != "read"}
        assert all(value >= 0 for value in durations.values())
        assert durations["cpu"] + durations["runq"] <= durations["worker"] + 1.0
        assert durations["worker"] <= durations["total"]
        assert metrics["read"].startswith("desc=")
        # the same answer through GET
        g = httpx.get(srv.sparql, params={"query": TRIPLES}, headers=JSON_RESULTS, timeout=30)
        assert g.json() == r.json() and "server-timing" in g.headers
    with serve(tmp_path / "store") as srv:
        r = httpx.post(srv.sparql, data={"query": TRIPLES}, headers=JSON_RESULTS, timeout=30)
        assert r.status_code == 200 and "server-timing" not in r.headers


def test_the_environment_variable_turns_server_timing_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SERVER_TIMING_ENV, "1")
    assert Settings(store=Path("s")).server_timing
    monkeypatch.setenv(SERVER_TIMING_ENV, "0")
    assert not Settings(store=Path("s")).server_timing
    monkeypatch.delenv(SERVER_TIMING_ENV)
    assert not Settings(store=Path("s")).server_timing


def test_the_worker_splits_its_time_into_cpu_run_queue_and_the_rest() -> None:
    timing = Timing()
    total = 0
    for i in range(200_000):  # some CPU
        total += i * i
    report = json.loads(timing.end())
    assert set(report) == {"wall", "cpu", "runq", "read"}
    # /proc/thread-self/schedstat is brought up to date at scheduler events, not read
    # from the same clock as the wall time: the two may differ by a scheduler tick
    assert report["cpu"] > 0 and report["wall"] >= report["cpu"] - 5.0
    assert report["read"] >= 0 and total > 0


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_server", BENCHMARKS / "bench_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_server"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_reads_server_timing_and_explains_the_slowest_answers(
    bench: ModuleType,
) -> None:
    header = (
        "queue;dur=0.5, worker;dur=90.0, cpu;dur=10.0, runq;dur=5.0, read;desc=409600, "
        "total;dur=92.0"
    )
    assert bench.parse_server_timing(header) == {
        "queue": 0.5,
        "worker": 90.0,
        "cpu": 10.0,
        "runq": 5.0,
        "read": 409600.0,
        "total": 92.0,
    }
    assert bench.parse_server_timing(None) is None
    run = bench.Run("kg", 1, 10.0)
    slow = bench.Sample("who_said", 0.1, True, bench.parse_server_timing(header), 1.0)
    run.samples = [slow, bench.Sample("count", 2.0, True, None, 0.0)]
    run.samples += [
        bench.Sample("who_said", 0.02, True, {"worker": 15.0, "cpu": 14.0, "total": 16.0}, 3.0 + i)
        for i in range(30)
    ]
    lines: list[str] = []
    bench.report_timing([run], print_=lines.append)
    assert bench._breakdown(slow)["blocked"] == 75.0
    assert bench._breakdown(slow)["outside"] == pytest.approx(8.0)
    first = next(line for line in lines if line.startswith("| 100 "))
    assert bench._breakdown(slow)["server"] == pytest.approx(1.5)
    assert "| 75 | 400 | count:1 |" in first
    assert any("above p95" in line for line in lines)
