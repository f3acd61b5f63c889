"""Latency of the who-said-about query inside the engine, with and without the who-said index.

Opens ``DATA/kg-store`` (written by ``generate_graph.py``) read-only in this
process and runs the query of ``bench_server.py``'s ``who_said`` kind — who
said what about one of the 20 most reported states within one month, LIMIT
100, rendered by :func:`kg.answers.who_said_query` — for random states and
months, one query at a time, then the same queries without the index (the
scan of every statement about the state).  Both forms must return the same
rows; the script checks it.  Prints p50 / p99 / max in milliseconds, of the
wall time and of the CPU time of the thread running the query (pyoxigraph
evaluates in the calling thread), which a busy machine hardly changes.

The queries run with the allocator settings of ``kg serve``'s query workers
(:func:`kg.server.pool.worker_env`: the script restarts itself with them);
``--malloc default`` times them with the C library's defaults instead.

    python benchmarks/bench_who_said.py --data bench-data --queries 500
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_server import percentile
from generate_graph import DEFAULT_BASE, load_gazetteer
from pyoxigraph import NamedNode, QuerySolutions, Store

from kg.answers import who_said_query
from kg.rdf.iris import IRIs
from kg.server.pool import worker_env
from kg.vocab import PREFIXES


def month_queries(n: int, seed: int) -> list[tuple[str, date, date]]:
    """``n`` (state IRI, first day, last day) drawn as ``bench_server.py`` draws them."""
    states, _ = load_gazetteer()
    iris = [f"{DEFAULT_BASE}entity/{s.qid}" for s in states[:20]]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        first = (date(2023, 1, 1) + timedelta(days=31 * rng.randrange(35))).replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        out.append((rng.choice(iris), first, last))
    return out


def run(store: Store, query: str) -> tuple[float, list[tuple[str, ...]]]:
    """Seconds to run ``query`` and read every solution, and the rows as text (not timed)."""
    seconds, _, rows = run_timed(store, query)
    return seconds, rows


def run_timed(store: Store, query: str) -> tuple[float, float, list[tuple[str, ...]]]:
    """Wall and CPU seconds to run ``query`` and read every solution, and the rows as text."""
    cpu, t = time.thread_time(), time.perf_counter()
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    solutions = list(result)
    seconds, cpu = time.perf_counter() - t, time.thread_time() - cpu
    names = [v.value for v in result.variables]
    return seconds, cpu, [tuple(str(sol[n]) for n in names) for sol in solutions]


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("bench-data"))
    parser.add_argument("--queries", type=int, default=500, help="indexed queries to time")
    parser.add_argument("--scans", type=int, default=40, help="of them, also run unindexed")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--malloc",
        choices=("worker", "default"),
        default="worker",
        help="allocator settings: those of kg serve's query workers, or the C library's",
    )
    args = parser.parse_args()
    if args.malloc == "worker":
        env = worker_env()
        if os.environ.get("GLIBC_TUNABLES") != env["GLIBC_TUNABLES"]:
            os.execve(sys.executable, [sys.executable, *sys.argv], env)
    print(f"# GLIBC_TUNABLES={os.environ.get('GLIBC_TUNABLES', '')}", flush=True)
    store = Store.read_only(str(args.data / "kg-store"))
    iris = IRIs(DEFAULT_BASE)
    indexed: list[float] = []
    scanned: list[float] = []
    indexed_cpu: list[float] = []
    scanned_cpu: list[float] = []
    for k, (state, first, last) in enumerate(month_queries(args.queries, args.seed)):
        about = [NamedNode(state)]
        query = who_said_query(iris, about=about, since=first, until=last, limit=100)
        seconds, cpu, rows = run_timed(store, query)
        indexed.append(seconds)
        indexed_cpu.append(cpu)
        if k < args.scans:
            scan = who_said_query(
                iris, about=about, since=first, until=last, limit=100, use_index=False
            )
            seconds, cpu, scan_rows = run_timed(store, scan)
            scanned.append(seconds)
            scanned_cpu.append(cpu)
            if scan_rows != rows:
                sys.exit(f"different rows for {state} {first}..{last}")
    for name, values, cpus in (
        ("indexed", indexed, indexed_cpu),
        ("scan", scanned, scanned_cpu),
    ):
        ms = [v * 1000 for v in values]
        cpu_ms = [v * 1000 for v in cpus]
        print(
            f"{name}: n={len(ms)} p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms,"
            f" max {max(ms):.1f} ms; CPU p50 {percentile(cpu_ms, 50):.1f} ms,"
            f" p99 {percentile(cpu_ms, 99):.1f} ms, max {max(cpu_ms):.1f} ms"
        )


if __name__ == "__main__":
    main()
