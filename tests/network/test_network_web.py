"""The ``/graph`` page and ``/api/graph`` on a real server, and the page in headless Chromium.

A real ``kg serve`` app (``kg.server.create_app`` under uvicorn, in a subprocess) serves a
store of hand-built extractions with the network routes mounted in front, as the lead's
wiring does.  The browser test runs Debian's ``chromium`` with ``--dump-dom`` after the
page's script ran, and is skipped when chromium is absent.
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from kg.network import install
from kg.store import KnowledgeGraph
from tests.network.test_network import RUSSIA, SYRIA, scenario

_SERVE = """
import sys
import uvicorn
from kg.network.web import graph_routes
from kg.server import Settings, create_app
store, base, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
settings = Settings(store=store, base_iri=base, port=port, workers=1, query_timeout=20.0)
app = create_app(settings)
app.router.routes[0:0] = graph_routes(app.state.ctx)
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
"""

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Server:
    url: str
    base: str
    process: subprocess.Popen[bytes]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("graph-web")
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    store = folder / "store"
    with KnowledgeGraph(store, base_iri=base) as kg:
        install(kg)
        for ex in scenario():
            kg.add(ex)
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVE, str(store), base, str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text(errors='replace')}")
            try:
                if httpx.get(base + "api/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield Server(base, base, proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ours(server: Server, iri: str) -> str:
    """A test-store IRI (minted under the public base) as minted under this server's base."""
    return iri.replace("https://w3id.org/statekg/id/", server.base)


def test_api_graph_gives_nodes_and_event_counts(server: Server) -> None:
    r = httpx.get(server.url + "api/graph", timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert data["level"] == "state" and data["truncated"] is False
    assert data["events"] == 9
    nodes = {n["id"]: n for n in data["nodes"]}
    syria = nodes[_ours(server, SYRIA)]
    assert (syria["label_en"], syria["label_ar"], syria["qid"], syria["type"]) == (
        "Syria",
        "سوريا",
        "Q858",
        "State",
    )
    assert syria["href"] == "/entity/Q858" and syria["events"] == 4
    call = next(e for e in data["edges"] if e["type"] == "CONSULT")
    assert (call["source"], call["target"]) == (_ours(server, RUSSIA), _ours(server, SYRIA))
    assert (call["events"], call["reports"], call["articles"]) == (1, 3, 3)
    assert call["quad_class"] == "verbal cooperation" and call["first"] == "2024-12-08"


def test_api_graph_filters(server: Server) -> None:
    def get(**params: str) -> dict[str, object]:
        r = httpx.get(server.url + "api/graph", params=params, timeout=30)
        assert r.status_code == 200, r.text
        return dict(r.json())

    actors = get(level="actor", types="consult")
    labels = {n["label_en"] for n in actors["nodes"]}  # type: ignore[attr-defined]
    assert labels == {"Vladimir Putin", "Ahmed al-Sharaa", "Russia", "Syria"}
    assert get(since="2025-06")["events"] == 3
    assert get(modality="intended")["nodes"] == []


def test_api_graph_refuses_bad_parameters(server: Server) -> None:
    for params in ({"level": "planet"}, {"types": "HUG"}, {"since": "soon"}, {"modality": "x"}):
        r = httpx.get(server.url + "api/graph", params=params, timeout=30)
        assert r.status_code == 400, params
        assert r.json()["error"]


def test_graph_page_and_its_files_are_served(server: Server) -> None:
    page = httpx.get(server.url + "graph", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script src="/graph/static/graph.js"></script>' in page.text
    js = httpx.get(server.url + "graph/static/graph.js", timeout=30)
    assert js.status_code == 200 and "function layout(" in js.text
    assert "http" not in re.sub(r"'http://www\.w3\.org/2000/svg'", "", js.text)  # nothing remote
    css = httpx.get(server.url + "graph/static/graph.css", timeout=30)
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]


class _Nodes(HTMLParser):
    """Collects the page's node groups, their labels, and the body's data attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[dict[str, str]] = []
        self.labels: list[str] = []
        self.edges = 0
        self.body: dict[str, str] = {}
        self.svg: dict[str, str] = {}
        self._in_label = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.body = a
        elif tag == "svg" and a.get("id") == "graph":
            self.svg = a
        elif tag == "g" and a.get("class") == "node":
            self.nodes.append(a)
        elif tag == "path" and a.get("class") == "edge":
            self.edges += 1
        elif tag == "text" and self.nodes:
            self._in_label = True
            self.labels.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "text":
            self._in_label = False

    def handle_data(self, data: str) -> None:
        if self._in_label:
            self.labels[-1] += data


def _dump_dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--window-size=1280,900",
            f"--user-data-dir={profile}",
            "--virtual-time-budget=15000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_draws_the_network_in_chromium(server: Server, tmp_path: Path) -> None:
    expected = httpx.get(server.url + "api/graph", timeout=30).json()
    dom = _Nodes()
    dom.feed(_dump_dom(server.url + "graph", tmp_path / "profile-en"))
    assert dom.body.get("data-ready") == "1", dom.body
    assert len(dom.nodes) == len(expected["nodes"]) == int(dom.svg["data-nodes"])
    assert dom.edges == len(expected["edges"])
    assert {n["data-id"] for n in dom.nodes} == {n["id"] for n in expected["nodes"]}
    assert "Syria" in dom.labels and "Russia" in dom.labels
    # laid out: nodes are spread over the canvas, not piled on one point
    points = {
        tuple(round(float(x)) for x in re.findall(r"-?\d+(?:\.\d+)?", n["transform"]))
        for n in dom.nodes
    }
    assert len(points) == len(dom.nodes)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_in_arabic_with_actor_level(server: Server, tmp_path: Path) -> None:
    dom = _Nodes()
    html = _dump_dom(server.url + "graph?level=actor&lang=ar", tmp_path / "profile-ar")
    dom.feed(html)
    assert dom.body.get("data-ready") == "1"
    assert '<html lang="ar" dir="rtl">' in html
    assert {"فلاديمير بوتين", "أحمد الشرع", "سوريا"} <= set(dom.labels)
    assert any(n["data-type"] == "Person" for n in dom.nodes)
