"""Latency of the who-said-about query inside the engine: pages, summary, description, no index.

Opens ``DATA/kg-store`` (written by ``generate_graph.py``) read-only in this
process and runs the query of ``bench_server.py``'s ``who_said`` kind — who
said what about one of the 20 most reported states within one month, LIMIT
100, rendered by :func:`kg.answers.who_said_query` — for random states and
months, one query at a time, in up to three forms (``--forms``), paired (each
query in each form, the order rotating): ``pages`` (the month's who-said pages
of the state, :func:`kg.answers.who_said_pages_query`, expanded and cut to the
limit by :func:`kg.answers.expand_pages` — timed too; a store written before
the pages existed has none: ``add_who_said_pages.py``), ``summary`` (each statement described by its
``kg:whoSaidSummary``, decoded by :func:`kg.answers.expand_summary` — the
decoding is timed too) and ``described`` (the twenty triple patterns and
``GROUP BY`` of a store without summaries).  ``--scans`` of them also run
without the index (the scan of every statement about the state).  All forms
must give the same rows; the script checks it.  Prints p50 / p99 / max in
milliseconds, of the wall time and of the CPU time of the thread running the
query (pyoxigraph evaluates in the calling thread), which a busy machine
hardly changes.  Run the first ``--warmup`` queries untimed (caches).

``--months N`` asks for N months from the first of the drawn month (a quarter:
``--months 3``); the form ``pages`` then reads month by month until the limit
(:func:`kg.answers.read_pages`, every query and the decoding timed together),
and the form ``pages-one`` reads the whole range in one query
(:func:`kg.answers.who_said_pages_query`: the pages of each month holding its
first 100 rows).

The queries run with the allocator settings of ``kg serve``'s query workers
(:func:`kg.server.pool.worker_env`: the script restarts itself with them);
``--malloc default`` times them with the C library's defaults instead.

    python benchmarks/bench_who_said.py --data bench-data --queries 500 --scans 40
    python benchmarks/bench_who_said.py --data bench-data --months 3 --forms pages,pages-one,summary
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

from kg.answers import (
    WhoSaidPages,
    expand_pages,
    expand_summary,
    read_pages,
    term_binding,
    who_said_pages_plan,
    who_said_pages_query,
    who_said_query,
)
from kg.rdf.iris import IRIs
from kg.server.pool import worker_env
from kg.vocab import PREFIXES


def month_queries(n: int, seed: int, months: int = 1) -> list[tuple[str, date, date]]:
    """``n`` (state IRI, first day, last day) drawn as ``bench_server.py`` draws them,
    the range ``months`` months long."""
    states, _ = load_gazetteer()
    iris = [f"{DEFAULT_BASE}entity/{s.qid}" for s in states[:20]]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        first = (date(2023, 1, 1) + timedelta(days=31 * rng.randrange(35))).replace(day=1)
        last = first
        for _ in range(months):
            last = (last + timedelta(days=32)).replace(day=1)
        last -= timedelta(days=1)
        out.append((rng.choice(iris), first, last))
    return out


Rows = list[dict[str, dict[str, str]]]


def _select(store: Store, query: str) -> Rows:
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_binding(sol[n]) for n in names if sol[n] is not None} for sol in result]


def run_timed(
    store: Store, query: str | WhoSaidPages, *, form: str = "described"
) -> tuple[float, float, Rows]:
    """Wall and CPU seconds to run ``query``, read every solution and decode each row's
    summary (form ``summary``) or the pages (forms ``pages`` and ``pages-one``, 100
    rows; a :class:`WhoSaidPages` is read month by month), and the rows as SPARQL JSON
    bindings."""
    cpu, t = time.thread_time(), time.perf_counter()
    if isinstance(query, WhoSaidPages):
        rows = read_pages(query, lambda q: _select(store, q), "en", 100)
    else:
        rows = _select(store, query)
    if form == "summary":
        rows = [expand_summary(r, "en") for r in rows]
    elif form == "pages-one":
        rows = expand_pages(rows, "en", 100)
    seconds, cpu = time.perf_counter() - t, time.thread_time() - cpu
    return seconds, cpu, rows


def _sorted_about(rows: Rows) -> Rows:
    """The described form's ``about`` names in sorted order (its GROUP_CONCAT order is
    the engine's), as the summary form gives them."""
    out = []
    for r in rows:
        if "about" in r:
            r = {
                **r,
                "about": {
                    **r["about"],
                    "value": " | ".join(sorted(r["about"]["value"].split(" | "))),
                },
            }
        out.append(r)
    return out


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("bench-data"))
    parser.add_argument("--queries", type=int, default=500, help="indexed queries to time")
    parser.add_argument("--scans", type=int, default=40, help="of them, also run unindexed")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--months", type=int, default=1, help="months in each query's range")
    parser.add_argument("--warmup", type=int, default=20, help="queries run first, untimed")
    parser.add_argument(
        "--malloc",
        choices=("worker", "default"),
        default="worker",
        help="allocator settings: those of kg serve's query workers, or the C library's",
    )
    parser.add_argument(
        "--forms",
        default="pages,summary,described",
        help="forms to time, comma-separated (pages, pages-one, summary, described); the first "
        "is the "
        "reference the others' rows are compared with",
    )
    args = parser.parse_args()
    forms = [f for f in args.forms.split(",") if f]
    if args.malloc == "worker":
        env = worker_env()
        if os.environ.get("GLIBC_TUNABLES") != env["GLIBC_TUNABLES"]:
            os.execve(sys.executable, [sys.executable, *sys.argv], env)
    print(f"# GLIBC_TUNABLES={os.environ.get('GLIBC_TUNABLES', '')}", flush=True)
    store = Store.read_only(str(args.data / "kg-store"))
    iris = IRIs(DEFAULT_BASE)
    wall: dict[str, list[float]] = {f: [] for f in [*forms, "scan"]}
    cpus: dict[str, list[float]] = {f: [] for f in [*forms, "scan"]}
    rows_read = 0
    queries = month_queries(args.queries + args.warmup, args.seed, args.months)
    for k, (state, first, last) in enumerate(queries):
        about = [NamedNode(state)]
        texts: dict[str, str | WhoSaidPages | None] = {
            form: who_said_pages_plan(iris, about=about, since=first, until=last)
            if form == "pages"
            else who_said_pages_query(iris, about=about, since=first, until=last, limit=100)
            if form == "pages-one"
            else who_said_query(
                iris, about=about, since=first, until=last, limit=100, summary=form == "summary"
            )
            for form in forms
        }
        got: dict[str, Rows] = {}
        turn = k % len(forms)
        for form in forms[turn:] + forms[:turn]:
            text = texts[form]
            assert text is not None
            seconds, cpu, got[form] = run_timed(store, text, form=form)
            if k >= args.warmup:
                wall[form].append(seconds)
                cpus[form].append(cpu)
        for form in forms[1:]:
            rows = _sorted_about(got[form]) if form == "described" else got[form]
            if rows != (_sorted_about(got[forms[0]]) if forms[0] == "described" else got[forms[0]]):
                sys.exit(f"different rows ({forms[0]}, {form}) for {state} {first}..{last}")
        rows_read += len(got[forms[0]])
        if args.warmup <= k < args.warmup + args.scans:
            scan = who_said_query(
                iris, about=about, since=first, until=last, limit=100, use_index=False
            )
            seconds, cpu, scan_rows = run_timed(store, scan)
            wall["scan"].append(seconds)
            cpus["scan"].append(cpu)
            if "described" in got and scan_rows != got["described"]:
                sys.exit(f"different rows (scan) for {state} {first}..{last}")
    print(f"# {args.queries} queries after {args.warmup} untimed, {rows_read} rows; same rows")
    for name in [*forms, "scan"]:
        if not wall[name]:
            continue
        ms = [v * 1000 for v in wall[name]]
        cpu_ms = [v * 1000 for v in cpus[name]]
        print(
            f"{name}: n={len(ms)} p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms,"
            f" max {max(ms):.1f} ms; CPU p50 {percentile(cpu_ms, 50):.1f} ms,"
            f" p99 {percentile(cpu_ms, 99):.1f} ms, max {max(cpu_ms):.1f} ms"
        )


if __name__ == "__main__":
    main()
