"""Latency of the who-said-about query inside the engine, with and without the who-said index.

Opens ``DATA/kg-store`` (written by ``generate_graph.py``) read-only in this
process and runs the query of ``bench_server.py``'s ``who_said`` kind — who
said what about one of the 20 most reported states within one month, LIMIT
100, rendered by :func:`kg.answers.who_said_query` — for random states and
months, one query at a time, then the same queries without the index (the
scan of every statement about the state).  Both forms must return the same
rows; the script checks it.  Prints p50 / p99 / max in milliseconds.

    python benchmarks/bench_who_said.py --data bench-data --queries 500
"""

from __future__ import annotations

import argparse
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
    t = time.perf_counter()
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    solutions = list(result)
    seconds = time.perf_counter() - t
    names = [v.value for v in result.variables]
    return seconds, [tuple(str(sol[n]) for n in names) for sol in solutions]


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("bench-data"))
    parser.add_argument("--queries", type=int, default=500, help="indexed queries to time")
    parser.add_argument("--scans", type=int, default=40, help="of them, also run unindexed")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    store = Store.read_only(str(args.data / "kg-store"))
    iris = IRIs(DEFAULT_BASE)
    indexed: list[float] = []
    scanned: list[float] = []
    for k, (state, first, last) in enumerate(month_queries(args.queries, args.seed)):
        about = [NamedNode(state)]
        query = who_said_query(iris, about=about, since=first, until=last, limit=100)
        seconds, rows = run(store, query)
        indexed.append(seconds)
        if k < args.scans:
            scan = who_said_query(
                iris, about=about, since=first, until=last, limit=100, use_index=False
            )
            seconds, scan_rows = run(store, scan)
            scanned.append(seconds)
            if scan_rows != rows:
                sys.exit(f"different rows for {state} {first}..{last}")
    for name, values in (("indexed", indexed), ("scan", scanned)):
        ms = [v * 1000 for v in values]
        print(
            f"{name}: n={len(ms)} p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms,"
            f" max {max(ms):.1f} ms"
        )


if __name__ == "__main__":
    main()
