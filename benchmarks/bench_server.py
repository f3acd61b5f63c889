"""Throughput and latency of ``kg serve`` against ``oxigraph serve`` on the same data.

Both servers get the same store (``generate_graph.py`` writes ``kg-store`` and a
hard-linked copy ``ox-store``), the same query texts and the same client: N
threads, each with its own keep-alive ``http.client`` connection, sending a
weighted mix of typical queries for a fixed time at each concurrency level:

* ``who_said``   — who said what about a state (or anyone acting for it) within
  one month, with speaker, role, state, via and source, LIMIT 100: by default
  ``kg/queries/who_said_pages.rq`` as :func:`kg.answers.who_said_pages_query`
  renders it (what ``kg who-said`` runs on a store with current who-said pages:
  the month's precomputed pages of the state, ``kg.rdf.who_said_pages``), with
  ``--who-said summary`` the bundled ``kg/queries/who_said.rq`` as
  :func:`kg.answers.who_said_query` renders it (what the web page runs).  A bounded
  range is answered from the who-said index (``kg:ActorPeriod`` buckets written
  by the mapping), and each statement is described by its ``kg:whoSaidSummary``
  (``--who-said described``: by the twenty triple patterns of older stores);
  both are plain data in the store, so ``oxigraph serve`` runs the same text
  on the same data (the client reads the answer, it does not decode it);
* ``relations``  — relations between two states (and their people) counted
  by month, PLOVER type and quad class;
* ``entity``     — the Linked Data description of a state (the server's
  entity-page CONSTRUCT, ``kg.server.linked.describe_query``), as Turtle;
* ``count``      — ``COUNT(*)`` over every triple of the union default graph.

States are drawn among the 20 most frequent ones.  The queries join inside
each article graph (``GRAPH ?g { … }``): an entity's triples are repeated in
every article graph that mentions it, and pyoxigraph 0.5's union default
graph does not merge duplicates (oxigraph#1919), so joining entity triples
across the union is orders of magnitude slower at this size.

Only complete 200 answers count as successes.  ``oxigraph serve`` runs with
``--union-default-graph`` (the same default graph as ``kg serve``).  Each
level and round draws its own queries (the seed depends on both), so a level
does not replay the queries of the one before.

Percentiles are by nearest rank and every one is printed with the number of
answers it is taken from (``n``): a p99 of fewer than 100 answers is the slowest
one or two of them (marked ``*``).  ``--min-samples who_said=200`` keeps running
rounds of a level (alternating the servers as before, up to ``--max-seconds``)
until every server has that many answers of that kind.

Paired runs of two source trees: ``--tree base=/path/to/other/checkout`` adds a
``kg serve`` started from that tree (``PYTHONPATH``), named ``base``, to
``--servers``; each tree is compared with ``oxigraph serve`` and with ``kg``.  Every
``kg serve`` serves a checkpoint of ``kg-store`` of its own, made when it starts and
removed when it stops (hard links: the same files, so the same page cache), so the
benchmark never writes to ``kg-store``.

``kg serve``'s result cache is off by default, and the kg/oxigraph comparison
is always made without it.  With ``--cache MB`` the script then runs a second
pass, ``kg-cache`` (``kg serve`` with ``KG_RESULT_CACHE_MB=MB``) against
``oxigraph serve`` again, on the same queries, and reports it apart.

    python benchmarks/bench_server.py --data bench-data            # 1, 4, 16 clients
    python benchmarks/bench_server.py --data bench-data --quick    # smoke run
    python benchmarks/bench_server.py --data bench-data --cache 256  # also with the cache
    python benchmarks/bench_server.py --data bench-data --seconds 15 --clients 4,16 \
        --servers kg,base --tree base=/tmp/base-checkout --min-samples who_said=100
    python benchmarks/bench_server.py --data bench-data --split 60   # who-said CPU split

``--split N`` starts no server: it times N who-said texts inside this process as a
worker runs them, whole and cut down (:func:`who_said_forms`), so the differences
give the CPU of parsing and planning the text, selecting and sorting the
statements, looking up their summaries and writing them as JSON.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_graph import DEFAULT_BASE, load_gazetteer
from pyoxigraph import NamedNode, Store

from kg.answers import who_said_pages_query, who_said_query
from kg.rdf.iris import IRIs
from kg.server.linked import describe_query
from kg.server.pool import worker_env
from kg.vocab import PREFIXES

MIX = {"who_said": 0.40, "relations": 0.30, "entity": 0.25, "count": 0.05}
ACCEPT = {
    "who_said": "application/sparql-results+json",
    "relations": "application/sparql-results+json",
    "entity": "text/turtle",
    "count": "application/sparql-results+json",
}
HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


RELATIONS = """SELECT ?month ?type ?quadClass (COUNT(DISTINCT ?rel) AS ?reports) WHERE {
  VALUES (?a ?b) { (<%(a)s> <%(b)s>) (<%(b)s> <%(a)s>) }
  GRAPH ?g {
    ?rel a kg:Relation ; kg:subject ?s ; kg:object ?o ; kg:relationType ?concept ;
         kg:dateStart ?start .
    ?s kg:state ?a . ?o kg:state ?b .
  }
  OPTIONAL { ?concept kg:quadClass ?qc }
  BIND(STRAFTER(STR(?concept), "#") AS ?type)
  BIND(STRAFTER(STR(?qc), "#") AS ?quadClass)
  BIND(SUBSTR(STR(?start), 1, 7) AS ?month)
}
GROUP BY ?month ?type ?quadClass
ORDER BY ?month ?type"""


class Queries:
    """Draws query texts with random parameters (the same sequence for both servers)."""

    def __init__(self, base: str, *, summary: bool = True, pages: bool = False) -> None:
        states, _ = load_gazetteer()
        self.base = base
        self.summary = summary
        self.pages = pages
        self.iris = IRIs(base)
        self.states = [f"{base}entity/{s.qid}" for s in states[:20]]

    def make(self, kind: str, rng: random.Random) -> str:
        a, b = rng.sample(self.states, 2)
        if kind == "who_said":
            first = (date(2023, 1, 1) + timedelta(days=31 * rng.randrange(35))).replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            pages = (
                who_said_pages_query(
                    self.iris, about=[NamedNode(a)], since=first, until=last, limit=100
                )
                if self.pages
                else None
            )
            if pages is not None:
                return HEADER + pages
            return HEADER + who_said_query(
                self.iris,
                about=[NamedNode(a)],
                since=first,
                until=last,
                lang="en",
                limit=100,
                summary=self.summary,
            )
        if kind == "relations":
            return HEADER + RELATIONS % {"a": a, "b": b}
        if kind == "entity":
            return HEADER + describe_query(a, 1000)
        return "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@dataclass
class Sample:
    kind: str
    seconds: float
    ok: bool
    timing: dict[str, float] | None = None
    """The answer's ``Server-Timing`` metrics (ms; ``read`` in bytes), with ``--timing``."""
    at: float = 0.0
    """When the request was sent (``time.monotonic()``)."""


def parse_server_timing(header: str | None) -> dict[str, float] | None:
    """``{name: dur}`` of a ``Server-Timing`` header (a ``desc`` number when there is no dur)."""
    if not header:
        return None
    out: dict[str, float] = {}
    for metric in header.split(","):
        name, *params = (p.strip() for p in metric.split(";"))
        for param in params:
            key, _, value = param.partition("=")
            if key in ("dur", "desc"):
                try:
                    out[name] = float(value.strip('"'))
                except ValueError:
                    continue
                if key == "dur":
                    break
    return out or None


@dataclass
class Run:
    server: str
    clients: int
    duration: float
    samples: list[Sample] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)
    """The 1-minute load average when each of its rounds started."""

    def ok(self, kind: str | None = None) -> list[float]:
        return [s.seconds for s in self.samples if s.ok and (kind is None or s.kind == kind)]

    @property
    def errors(self) -> int:
        return sum(not s.ok for s in self.samples)

    @property
    def throughput(self) -> float:
        return len(self.ok()) / self.duration


PERCENTILES = (50, 95, 99)


def short_of(runs: list[Run], minimum: dict[str, int]) -> dict[str, int]:
    """Answers each kind still lacks in the run that has fewest (``{}`` when none lacks any)."""
    lacking = {}
    for kind, n in minimum.items():
        fewest = min((len(r.ok(kind)) for r in runs), default=0)
        if fewest < n:
            lacking[kind] = n - fewest
    return lacking


def latency_cell(values: list[float]) -> str:
    """``p50 / p95 / p99 (n=N)`` in ms; a percentile taken from too few answers to have
    one beyond it is marked ``*`` (a p99 of fewer than 100 answers is their slowest)."""
    if not values:
        return "– (n=0)"
    parts = []
    for p in PERCENTILES:
        mark = "*" if len(values) < 100 / (100 - p) else ""
        parts.append(f"{percentile(values, p) * 1000:.0f}{mark}")
    return " / ".join(parts) + f" (n={len(values)})"


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``, in the same unit."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def _request(
    conn: http.client.HTTPConnection, path: str, query: str, accept: str
) -> tuple[bool, str | None]:
    """Send one query; (a complete 200 came back, its ``Server-Timing`` header)."""
    body = urlencode({"query": query})
    conn.request(
        "POST",
        path,
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    response = conn.getresponse()
    data = response.read()  # raises IncompleteRead on a cut stream
    return response.status == 200 and len(data) > 0, response.getheader("Server-Timing")


def run_level(
    host: str,
    port: int,
    path: str,
    server: str,
    clients: int,
    seconds: float,
    queries: Queries,
    seed: int,
) -> Run:
    """``clients`` threads sending the mix for ``seconds``."""
    run = Run(server, clients, seconds)
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection(host, port, timeout=120)
        start.wait()
        kinds, weights = list(MIX), list(MIX.values())
        while time.monotonic() < stop_at[0]:
            kind = rng.choices(kinds, weights)[0]
            query = queries.make(kind, rng)
            at = time.monotonic()
            t = time.perf_counter()
            timing = None
            try:
                ok, timing = _request(conn, path, query, ACCEPT[kind])
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
            elapsed = time.perf_counter() - t
            with lock:
                run.samples.append(Sample(kind, elapsed, ok, parse_server_timing(timing), at))
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    stop_at[0] = time.monotonic() + seconds
    start.wait()
    for t in threads:
        t.join()
    # requests still running at the end are counted: the wall time is what they took
    run.duration = max(seconds, time.monotonic() - (stop_at[0] - seconds))
    return run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(host: str, port: int, path: str, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("GET", path + "?" + urlencode({"query": "ASK {}"}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not start")


@dataclass
class Server:
    name: str
    port: int
    path: str
    proc: subprocess.Popen[bytes]
    store: Path | None = None
    """A checkpoint this server owned, removed once it has stopped."""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.store is not None:
            for path in (self.store, Path(f"{self.store}.snapshots")):
                shutil.rmtree(path, ignore_errors=True)


def run_store(data: Path, name: str) -> Path:
    """``data/kg-store-NAME-run``: a fresh checkpoint of ``kg-store`` for one ``kg serve``
    of this run (hard links: the same files, so the same page cache), removed when the
    server stops (:meth:`Server.stop`).  ``kg serve`` owns its store read-write (its
    writer's checkpoints, a rebuild of stale who-said pages), so the benchmark never
    serves ``kg-store`` itself: the data stays as ``generate_graph.py`` wrote it."""
    store = data / f"kg-store-{name}-run"
    for path in (store, Path(f"{store}.snapshots")):
        shutil.rmtree(path, ignore_errors=True)
    source = Store.read_only(str(data / "kg-store"))
    source.backup(str(store))
    del source
    return store


def start_kg(
    data: Path,
    workers: int | None,
    timeout: float,
    demote_after: float | None = None,
    cache_mb: float = 0.0,
    tree: Path | None = None,
    name: str = "kg",
    extra: list[str] | None = None,
) -> Server:
    """``kg serve`` named ``name`` on a checkpoint of ``data/kg-store`` (:func:`run_store`),
    with a result cache of ``cache_mb`` MB if > 0 and the options ``extra``.

    With ``tree``, the server runs the ``kg`` package of that source tree
    (a checkout of another commit, for paired runs).
    """
    store = run_store(data, name)
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "kg.server",
        "--store",
        str(store),
        "--port",
        str(port),
        "--base-iri",
        DEFAULT_BASE,
        "--timeout",
        str(timeout),
        *(["--workers", str(workers)] if workers else []),
        *(["--demote-after", str(demote_after)] if demote_after is not None else []),
        "--log-level",
        "warning",
        *(extra or []),
    ]
    env = {**os.environ, "KG_RESULT_CACHE_MB": str(cache_mb) if cache_mb > 0 else "0"}
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree), *filter(None, [env.get("PYTHONPATH")])])
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tree,
    )
    _wait("127.0.0.1", port, "/sparql", proc, f"kg serve ({name})")
    return Server(f"{name}-cache" if cache_mb > 0 else name, port, "/sparql", proc, store)


def start_oxigraph(data: Path, timeout: float) -> Server:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph"
    port = _free_port()
    cmd = [
        binary,
        "serve",
        "-l",
        str(data / "ox-store"),
        "-b",
        f"127.0.0.1:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(int(timeout)),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait("127.0.0.1", port, "/query", proc, "oxigraph serve")
    return Server("oxigraph", port, "/query", proc)


def bench(
    servers: list[Server],
    levels: list[int],
    seconds: float,
    queries: Queries,
    warmup: float,
    rounds: int,
    min_samples: dict[str, int] | None = None,
    max_seconds: float | None = None,
    queries_of: dict[str, Queries] | None = None,
) -> list[Run]:
    """Warm up every server, then run each level in interleaved rounds.

    The servers run at the same time and take turns (kg, oxigraph, oxigraph,
    kg, ...) in ``rounds`` slices of ``seconds / rounds``, so load from other
    processes on the machine falls on all alike.  With ``min_samples``
    (kind → answers), more rounds follow until every server has that many
    answers of each kind, or the level has run ``max_seconds`` per server.
    ``queries_of`` gives a server other texts for the same draws (``--who-said-of``).
    """
    queries_of = queries_of or {}
    for server in servers:
        run_level("127.0.0.1", server.port, server.path, server.name, 2, warmup, queries, seed=99)
    runs: list[Run] = []
    limit = max_seconds if max_seconds is not None else 10 * seconds
    for n in levels:
        merged = {s.name: Run(s.name, n, 0.0) for s in servers}
        r = 0
        while r < rounds or (
            min_samples
            and short_of(list(merged.values()), min_samples)
            and max(m.duration for m in merged.values()) < limit
        ):
            order = servers if r % 2 == 0 else list(reversed(servers))
            for server in order:
                merged[server.name].loads.append(os.getloadavg()[0])
                part = run_level(
                    "127.0.0.1",
                    server.port,
                    server.path,
                    server.name,
                    n,
                    seconds / rounds,
                    queries_of.get(server.name, queries),
                    seed=7 + r + 100 * n,
                )
                merged[server.name].samples += part.samples
                merged[server.name].duration += part.duration
            r += 1
        runs += merged.values()
    return runs


def report(
    runs: list[Run],
    print_: Callable[[str], None] = print,
    subject: str = "kg",
    against: str = "oxigraph",
) -> None:
    """Tables: throughput and per-query p50/p95/p99 (with n) per server and level, then
    the ratios of ``subject`` to ``against`` (throughput, p50 of each kind, who-said p99)."""
    pcts = "/".join(f"p{p}" for p in PERCENTILES)
    print_(
        "| server | clients | req/s | errors | load | "
        + " | ".join(f"{k} {pcts} ms (n)" for k in MIX)
        + " |"
    )
    print_("|---|---:|---:|---:|---:|" + "---:|" * len(MIX))
    for r in runs:
        load = f"{min(r.loads):.1f}–{max(r.loads):.1f}" if r.loads else "–"
        print_(
            f"| {r.server} | {r.clients} | {r.throughput:.2f} | {r.errors} | {load} | "
            + " | ".join(latency_cell(r.ok(k)) for k in MIX)
            + " |"
        )
    if any(len(r.ok(k)) < 100 for r in runs for k in MIX):
        print_("\n(*: taken from too few answers to have one beyond it: a p99 of n < 100 is")
        print_("the slowest answer, a p95 of n < 20 too; use --min-samples or more --seconds.)")
    report_ratios(runs, subject, against, print_)


def report_ratios(
    runs: list[Run], subject: str, against: str, print_: Callable[[str], None] = print
) -> None:
    """The ratios of ``subject`` to ``against`` at each level: throughput, the p50 of each
    kind, the who-said p99 (with both n)."""
    by = {(r.server, r.clients): r for r in runs}
    levels = sorted({r.clients for r in runs})
    if any((subject, n) in by and (against, n) in by for n in levels):
        print_(
            f"\n| clients | throughput {subject}/{against} | "
            + " | ".join(f"{k} p50 {subject}/{against}" for k in MIX)
            + f" | who_said p99 {subject}/{against} |"
        )
        print_("|---:|---:|" + "---:|" * (len(MIX) + 1))
        for n in levels:
            kg, ox = by.get((subject, n)), by.get((against, n))
            if kg is None or ox is None:
                continue
            ratios = []
            for k in MIX:
                a, b = (
                    statistics.median(kg.ok(k) or [float("nan")]),
                    statistics.median(ox.ok(k) or [float("nan")]),
                )
                ratios.append(f"{a / b:.2f}" if b else "n/a")
            a99, b99 = percentile(kg.ok("who_said"), 99), percentile(ox.ok("who_said"), 99)
            counts = f" (n={len(kg.ok('who_said'))}/{len(ox.ok('who_said'))})"
            ratios.append((f"{a99 / b99:.2f}" if b99 else "n/a") + counts)
            ratio = kg.throughput / ox.throughput if ox.throughput else float("nan")
            print_(f"| {n} | {ratio:.2f} | " + " | ".join(ratios) + " |")


TIMING_PARTS = ("queue", "worker", "cpu", "runq")


def _breakdown(sample: Sample) -> dict[str, float]:
    """ms of a who-said answer by where it went (see ``--timing``)."""
    t = sample.timing or {}
    client = sample.seconds * 1000
    worker = t.get("worker", 0.0)
    total = t.get("total", client)
    return {
        "client": client,
        "outside": client - total,
        "server": max(0.0, total - t.get("queue", 0.0) - worker),
        "queue": t.get("queue", 0.0),
        "worker": worker,
        "cpu": t.get("cpu", 0.0),
        "runq": t.get("runq", 0.0),
        "blocked": max(0.0, worker - t.get("cpu", 0.0) - t.get("runq", 0.0)),
        "read KB": t.get("read", 0.0) / 1024,
    }


def _overlapping(run: Run, sample: Sample) -> str:
    """Requests of each kind in flight while ``sample`` ran (besides itself)."""
    end = sample.at + sample.seconds
    counts = dict.fromkeys(MIX, 0)
    for other in run.samples:
        if other is not sample and other.at < end and other.at + other.seconds > sample.at:
            counts[other.kind] += 1
    return " ".join(f"{k}:{n}" for k, n in counts.items() if n) or "-"


def report_timing(
    runs: list[Run], kind: str = "who_said", print_: Callable[[str], None] = print
) -> None:
    """Where the slowest answers of ``kind`` spent their time, from ``Server-Timing``.

    For each server that sent the header and each level: the slowest answers
    (1%, at least 3), each split into ``outside`` (the client's time less the
    server's: connection, HTTP parsing and sending, the client's own turn), ``queue`` (for
    a worker), the worker's ``cpu``, ``runq`` (waiting for a core) and
    ``blocked`` (mostly reading the store from disk: ``read KB``), with the
    requests in flight meanwhile; then the same means over the answers above
    the p95 against those below it.  ``server`` is the server's own part
    (reading the request, handing it to a worker, noticing its answer: the
    event loop's CPU and its waits for a core).
    """
    cols = ("client", "outside", "server", "queue", "worker", "cpu", "runq", "blocked", "read KB")
    for r in runs:
        timed = [s for s in r.samples if s.ok and s.kind == kind and s.timing]
        if not timed:
            continue
        timed.sort(key=lambda s: s.seconds, reverse=True)
        print_(f"\n{r.server}, {r.clients} clients: the slowest {kind} answers (ms)")
        print_("| " + " | ".join(cols) + " | in flight |")
        print_("|" + "---:|" * len(cols) + "---|")
        for sample in timed[: max(3, len(timed) // 100)]:
            b = _breakdown(sample)
            print_(
                "| " + " | ".join(f"{b[c]:.0f}" for c in cols) + f" | {_overlapping(r, sample)} |"
            )
        cut = percentile([s.seconds for s in timed], 95)
        for label, group in (
            ("above p95", [s for s in timed if s.seconds > cut]),
            ("p95 and below", [s for s in timed if s.seconds <= cut]),
        ):
            if group:
                parts = [_breakdown(s) for s in group]
                means = " | ".join(f"{statistics.mean(p[c] for p in parts):.1f}" for c in cols)
                print_(f"| {means} | mean of {len(group)} {label} |")


SPLIT_FORMS = ("answer", "no output of summaries", "no summaries", "parse + plan")
"""The forms of the who-said text :func:`split_who_said` times (see there)."""


def who_said_forms(text: str) -> dict[str, str]:
    """The who-said text (summary form, indexed) and the cut-down forms that split its cost.

    * ``answer``: the text itself;
    * ``no output of summaries``: each row's summary is still looked up, but only
      its length is returned (so the JSON writer does not write it);
    * ``no summaries``: the statements selected, dated and sorted, no summary read;
    * ``parse + plan``: the text with every bucket IRI changed to one the store
      does not hold: parsed, planned and each bucket looked up once, no row found.

    Raises ``ValueError`` when the text does not have the expected parts (the
    template changed: update the forms with it).
    """
    select = "SELECT ?statement ?date ?article ?summary"
    lateral = "LATERAL { GRAPH ?article { ?statement kg:whoSaidSummary ?summary } }"
    if select not in text or lateral not in text or "(<" not in text:
        raise ValueError("not the indexed summary form of who_said.rq")
    return {
        "answer": text,
        "no output of summaries": text.replace(
            select, "SELECT ?statement ?date ?article (STRLEN(STR(?summary)) AS ?length)"
        ),
        "no summaries": text.replace(select, "SELECT ?statement ?date ?article").replace(
            lateral, ""
        ),
        "parse + plan": text.replace("(<", "(<x-missing-"),
    }


def split_who_said(data: Path, n: int, seed: int = 16) -> None:
    """Print where a who-said query's CPU time goes inside the engine (``--split``).

    Opens ``data/kg-store`` read-only in this process (with the query workers'
    allocator setting, :func:`kg.server.pool.worker_env`, when started through
    ``--split``), draws ``n`` who-said texts as the benchmark does, and times
    each form of :func:`who_said_forms` on each text as a worker runs it
    (``store.query`` and the SPARQL JSON serialisation), in rounds alternating
    the forms; prints the median and p90 of the thread's CPU time.  The
    differences between forms give the parts: parsing and planning the text,
    selecting and sorting the statements, looking up the summaries, writing them.
    """
    import io

    from pyoxigraph import QueryResultsFormat, QuerySolutions

    store = Store.read_only(str(data / "kg-store"))
    queries = Queries(DEFAULT_BASE)
    rng = random.Random(seed)
    texts = [queries.make("who_said", rng) for _ in range(n)]

    def cpu(text: str) -> float:
        start = time.thread_time()
        result = store.query(text, use_default_graph_as_union=True)
        assert isinstance(result, QuerySolutions)
        result.serialize(io.BytesIO(), QueryResultsFormat.JSON)
        return time.thread_time() - start

    forms = [who_said_forms(t) for t in texts]
    for f in forms[: min(10, n)]:  # warm the caches
        cpu(f["answer"])
    times: dict[str, list[float]] = {name: [] for name in SPLIT_FORMS}
    for _ in range(3):
        for name in SPLIT_FORMS:
            times[name] += [cpu(f[name]) for f in forms]
    size = statistics.median(len(t) for t in texts)
    print(
        f"# who-said CPU split: {n} texts x 3 rounds, median text {size:.0f} chars, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print("| form | CPU p50 (ms) | p90 (ms) |\n|---|---:|---:|")
    for name in SPLIT_FORMS:
        print(
            f"| {name} | {percentile(times[name], 50) * 1000:.2f} | "
            f"{percentile(times[name], 90) * 1000:.2f} |"
        )


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path("bench-data"), help="folder written by generate_graph.py"
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 3 s per level, 1 and 4 clients"
    )
    parser.add_argument("--seconds", type=float, default=30.0, help="duration of each level")
    parser.add_argument("--clients", default="1,4,16", help="concurrency levels")
    parser.add_argument("--servers", default="kg,oxigraph")
    parser.add_argument(
        "--workers", type=int, default=None, help="kg serve query workers (default: its own)"
    )
    parser.add_argument(
        "--demote-after",
        type=float,
        default=None,
        help="kg serve: CPU seconds before a query moves to the background lane (0: one lane)",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="query timeout of both servers")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved slices per level")
    parser.add_argument(
        "--min-samples",
        action="append",
        default=[],
        metavar="KIND=N",
        help="keep running rounds of a level until every server has N answers of KIND "
        "(e.g. who_said=200; repeatable), up to --max-seconds",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=None,
        help="with --min-samples: most seconds per level and server (default 10 x --seconds)",
    )
    parser.add_argument(
        "--tree",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a kg serve from another source tree, named NAME in --servers (paired runs)",
    )
    parser.add_argument(
        "--who-said",
        choices=("pages", "summary", "described"),
        default="pages",
        help="who-said text: read from the who-said pages (what kg who-said runs on a store "
        "written with them), the statements selected from the index and described by their "
        "kg:whoSaidSummary, or by the full description (older stores)",
    )
    parser.add_argument(
        "--who-said-of",
        action="append",
        default=[],
        metavar="NAME=FORM",
        help="server NAME gets the who-said text in FORM (pages, summary, described) for the "
        "same draws: e.g. the start commit's form for a --tree (paired runs of a query form)",
    )
    parser.add_argument(
        "--timing",
        action="store_true",
        help="kg serve sends Server-Timing headers (KG_SERVER_TIMING=1); report where the "
        "slowest who-said answers spent their time",
    )
    parser.add_argument(
        "--split",
        type=int,
        default=0,
        metavar="N",
        help="no servers: time N who-said texts in this process, whole and cut down, to split "
        "their CPU time (parse and plan, selection, summaries, JSON), then exit",
    )
    parser.add_argument(
        "--cache",
        type=float,
        default=0.0,
        metavar="MB",
        help="also run a second pass with kg serve's result cache of this size (off: 0)",
    )
    args = parser.parse_args()
    levels = [int(x) for x in args.clients.split(",")]
    seconds, warmup, rounds = args.seconds, 5.0, args.rounds
    if args.quick:
        levels, seconds, warmup, rounds = [n for n in levels if n <= 4] or [1], 4.0, 1.0, 2
    if not (args.data / "kg-store").is_dir():
        sys.exit(f"no {args.data}/kg-store: run benchmarks/generate_graph.py --out {args.data}")
    if args.split:
        if os.environ.get("GLIBC_TUNABLES") != worker_env().get("GLIBC_TUNABLES"):
            # the workers' allocator setting is read at start: run again with it
            os.execve(sys.executable, [sys.executable, *sys.argv], worker_env())
        split_who_said(args.data, args.split)
        return

    def forms(form: str) -> Queries:
        return Queries(DEFAULT_BASE, summary=form != "described", pages=form == "pages")

    queries = forms(args.who_said)
    queries_of = {n: forms(f) for n, _, f in (s.partition("=") for s in args.who_said_of)}
    trees = {n: Path(t) for n, _, t in (spec.partition("=") for spec in args.tree)}
    minimum = {k: int(v) for k, _, v in (spec.partition("=") for spec in args.min_samples)}
    unknown = set(minimum) - set(MIX)
    if unknown:
        sys.exit(f"--min-samples: no query kind {', '.join(sorted(unknown))} (kinds: {list(MIX)})")
    if args.timing:
        os.environ["KG_SERVER_TIMING"] = "1"
    names = args.servers.split(",")
    for name in names:
        if name not in ("kg", "oxigraph") and name not in trees:
            sys.exit(f"--servers: {name!r} is neither kg, oxigraph nor a --tree NAME")
    kg_names = [n for n in names if n != "oxigraph"]
    passes = [0.0] + ([args.cache] if args.cache > 0 and kg_names else [])
    for cache_mb in passes:
        servers: list[Server] = []
        try:
            for name in names:
                servers.append(
                    start_oxigraph(args.data, args.timeout)
                    if name == "oxigraph"
                    else start_kg(
                        args.data,
                        args.workers,
                        args.timeout,
                        args.demote_after,
                        cache_mb,
                        tree=trees.get(name),
                        name=name,
                    )
                )
            listed = ", ".join(s.name for s in servers)
            cache = f" (kg result cache {cache_mb:g} MB)" if cache_mb else ""
            more = f"; until {args.min_samples}" if minimum else ""
            print(
                f"# {listed}{cache}: {levels} clients x {seconds:g} s "
                f"in {rounds} interleaved rounds{more}; who-said {args.who_said}"
                + "".join(f", {spec}" for spec in args.who_said_of)
                + "; "
                f"load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            runs = bench(
                servers,
                levels,
                seconds,
                queries,
                warmup,
                rounds,
                minimum,
                args.max_seconds,
                queries_of,
            )
        finally:
            for server in servers:
                server.stop()
        print()
        subjects = [s.name for s in servers if s.name != "oxigraph"]
        report(runs, subject=subjects[0] if subjects else "kg")
        for subject in subjects[1:]:
            report_ratios(runs, subject, "oxigraph")
        if args.timing:
            report_timing(runs)
        if "kg" in names:
            for name in trees:
                if name in names:
                    report_ratios(
                        runs, "kg" + ("-cache" if cache_mb else ""), servers[names.index(name)].name
                    )
        print(flush=True)


if __name__ == "__main__":
    main()
