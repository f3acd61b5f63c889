"""How long writes wait while ``kg serve`` writes the who-said pages again.

For each server (this tree's ``kg serve``, and others with ``--tree NAME=PATH``, one
after the other, each on a hard-linked checkpoint of ``DATA/kg-store``:
:func:`bench_server.run_store`): a few probe writes first (``POST /ingest`` of one
short article, a new id each time: extracted and written by the server's writer,
as ``kg ingest`` does while serving), then one SPARQL update that leaves the pages
stale (an ``INSERT DATA`` into a graph of its own), then probe writes one after the
other, ``--interval`` seconds apart, until the pages' marker is back (asked every
0.25 s on ``/sparql`` by a thread of its own) and ``--after`` seconds more.  It
prints the probes' latency before, during and after the build (p50 / max, ms), the
longest write stall during it, and how long the pages took to come back::

    python benchmarks/bench_page_build.py --data /tmp/kgs/bench4 [--tree base=/tmp/base]

(A server that holds its writer for the whole build answers the probe sent during
it only when the build is done: its longest stall is about the build's length.)
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_server import Server, percentile, start_kg

from kg.models import Article
from kg.rdf.who_said_pages import current_query

TOKEN = "bench-page-build-token"
TEXT = (
    "The foreign minister of Kenya said on Tuesday that Somalia and Ethiopia had agreed "
    "to reopen talks on the border. “We will keep working with our neighbours,” the "
    "minister told reporters in Nairobi."
)
STALE = (
    "INSERT DATA { GRAPH <http://example.org/bench-page-build> "
    "{ <http://example.org/s> <http://example.org/p> 1 } }"
)


def _post(
    server: Server, path: str, body: bytes, content_type: str, timeout: float
) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        conn.request(
            "POST",
            path,
            body=body,
            headers={"Content-Type": content_type, "Authorization": f"Bearer {TOKEN}"},
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def probe(server: Server, n: int, timeout: float) -> float:
    """Ingest one article through the server; its latency (s)."""
    article = Article(
        id=f"bench-page-build-{server.name}-{n}",
        text=TEXT,
        lang="en",
        title="Talks on the border",
        source="bench",
        published=date(2024, 3, 1 + n % 28),
    )
    started = time.monotonic()
    status, body = _post(
        server,
        "/ingest",
        article.model_dump_json().encode() + b"\n",
        "application/x-ndjson",
        timeout,
    )
    elapsed = time.monotonic() - started
    if status != 200 or b'"error"' in body:
        raise RuntimeError(f"probe write failed: {status} {body[:200]!r}")
    return elapsed


def pages_current(server: Server) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request(
            "GET",
            "/sparql?" + urlencode({"query": current_query()}),
            headers={"Accept": "application/sparql-results+json"},
        )
        return bool(json.loads(conn.getresponse().read())["boolean"])
    finally:
        conn.close()


def longest_step(server: Server) -> str:
    """The server's longest build step (``/api/status``; ``-`` for a server without it)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", "/api/status")
        pages = json.loads(conn.getresponse().read()).get("who_said_pages") or {}
    finally:
        conn.close()
    return str(pages.get("longest_step_ms", "-"))


def _ms(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{percentile(values, 50) * 1000:.0f} / {max(values) * 1000:.0f} ({len(values)})"


def run(server: Server, args: argparse.Namespace) -> dict[str, str]:
    n = 0
    before: list[float] = []
    for _ in range(args.warmup):
        before.append(probe(server, n, args.max_seconds))
        n += 1
    if not pages_current(server):
        raise RuntimeError("the pages are not current before the update")
    back: list[float] = []  # when the marker came back (monotonic)
    started = time.monotonic()

    def poll() -> None:
        while time.monotonic() - started < args.max_seconds:
            if pages_current(server):
                back.append(time.monotonic())
                return
            time.sleep(0.25)

    status, body = _post(server, "/update", STALE.encode(), "application/sparql-update", 60)
    if status != 204:
        raise RuntimeError(f"update failed: {status} {body[:200]!r}")
    update_s = time.monotonic() - started
    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    during: list[tuple[float, float]] = []  # (sent, latency)
    while time.monotonic() - started < args.max_seconds:
        if back and time.monotonic() > back[0] + args.after:
            break
        sent = time.monotonic()
        during.append((sent, probe(server, n, args.max_seconds)))
        n += 1
        time.sleep(args.interval)
    poller.join(timeout=1)
    built = back[0] - started if back else None
    in_build = [lat for sent, lat in during if not back or sent < back[0]]
    after = [lat for sent, lat in during if back and sent >= back[0]]
    return {
        "server": server.name,
        "probes before": _ms(before),
        "update (ms)": f"{update_s * 1000:.0f}",
        "pages back after (s)": f"{built:.1f}" if built is not None else f"> {args.max_seconds}",
        "probes during build": _ms(in_build),
        "longest stall (ms)": f"{max(in_build) * 1000:.0f}" if in_build else "-",
        "probes after": _ms(after),
        "longest build step (ms)": longest_step(server),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding kg-store")
    parser.add_argument(
        "--tree", action="append", default=[], help="NAME=PATH: also a kg serve of that tree"
    )
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between probes")
    parser.add_argument("--warmup", type=int, default=10, help="probe writes before the update")
    parser.add_argument("--after", type=float, default=3.0, help="seconds probed after the build")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args()
    trees: list[tuple[str, Path | None]] = [("kg", None)]
    for spec in args.tree:
        name, _, path = spec.partition("=")
        trees.append((name, Path(path)))
    rows = []
    for name, tree in trees:
        server = start_kg(
            args.data, None, 60.0, tree=tree, name=name, extra=["--updates", "--token", TOKEN]
        )
        try:
            rows.append(run(server, args))
        finally:
            server.stop()
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    print("\nprobe writes (POST /ingest of one article): p50 / max ms (count)")
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(row[k] for k in keys) + " |")


if __name__ == "__main__":
    main()
