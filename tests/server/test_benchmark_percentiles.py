"""The server benchmark reports how many answers each percentile is taken from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_server", BENCHMARKS / "bench_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_server"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def run_of(bench: ModuleType, server: str, counts: dict[str, int]) -> object:
    run = bench.Run(server, 4, 10.0)
    for kind, n in counts.items():
        run.samples += [bench.Sample(kind, (i + 1) / 1000, True) for i in range(n)]
    return run


def test_a_p99_of_fewer_than_100_answers_is_marked_and_every_cell_says_n(
    bench: ModuleType,
) -> None:
    assert bench.latency_cell([i / 1000 for i in range(1, 15)]) == "8 / 14* / 14* (n=14)"
    assert bench.latency_cell([i / 1000 for i in range(1, 201)]) == "100 / 190 / 198 (n=200)"
    lines: list[str] = []
    runs = [
        run_of(bench, "kg", {"who_said": 40, "count": 2}),
        run_of(bench, "oxigraph", {"who_said": 30}),
    ]
    bench.report(runs, lines.append)
    table = "\n".join(lines)
    assert "who_said p50/p95/p99 ms (n)" in table
    assert "(n=40)" in table and "(n=30)" in table and "– (n=0)" in table
    assert "a p99 of n < 100 is" in table
    assert "| 4 | 1.40 | 1.32 |" in table  # the ratios are still there (42/30 answers)
    assert "(n=40/30)" in table  # who-said p99 ratio with both counts


def test_min_samples_counts_what_the_poorest_server_still_lacks(bench: ModuleType) -> None:
    runs = [
        run_of(bench, "kg", {"who_said": 150, "entity": 3}),
        run_of(bench, "oxigraph", {"who_said": 90}),
    ]
    assert bench.short_of(runs, {"who_said": 100}) == {"who_said": 10}
    assert bench.short_of(runs, {"who_said": 90, "entity": 1}) == {"entity": 1}
    assert bench.short_of(runs, {"who_said": 50}) == {}
