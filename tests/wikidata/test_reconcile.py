"""The reconciliation service (W3C Reconciliation API v0.2, as OpenRefine speaks it) over real HTTP.

The statekg server (``kg.server.create_app``) runs under uvicorn in a thread on
127.0.0.1 over a small store, with the routes of ``reconcile_routes`` added.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from factories import arabic_extraction, english_extraction

from kg.server import create_app
from kg.server.settings import Settings
from kg.store import KnowledgeGraph
from kg.wikidata.reconcile import MAX_BATCH, reconcile_routes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("reconcile") / "store"
    with KnowledgeGraph(path) as kg:
        kg.add(arabic_extraction())
        kg.add(english_extraction())
    port = free_port()
    app = create_app(Settings(store=path, port=port, workers=1, query_timeout=20.0))
    app.router.routes.extend(reconcile_routes(app.state.ctx))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def batch(url: str, queries: dict[str, Any]) -> dict[str, Any]:
    r = httpx.post(
        f"{url}/reconcile", data={"queries": json.dumps(queries, ensure_ascii=False)}, timeout=30
    )
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_manifest_describes_the_service(url: str) -> None:
    r = httpx.get(f"{url}/reconcile", timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    m = r.json()
    assert m["versions"] == ["0.2"]
    assert m["identifierSpace"] == "https://w3id.org/statekg/id/entity/"
    assert m["schemaSpace"] == "https://w3id.org/statekg/ontology#"
    assert {t["id"] for t in m["defaultTypes"]} == {"State", "Person", "Organization", "Place"}
    assert m["view"]["url"] == f"{url}/entity/{{{{id}}}}"
    jsonp = httpx.get(f"{url}/reconcile", params={"callback": "cb"}, timeout=30)
    assert jsonp.text.startswith("cb({") and jsonp.text.endswith("});")


def test_batch_queries_in_arabic_and_english(url: str) -> None:
    res = batch(
        url,
        {
            "q0": {"query": "Egypt"},
            "q1": {"query": "مصر", "type": "State", "limit": 1},
            "q2": {"query": "أردوغان", "type": "Q5"},
            "q3": {"query": "Anadolu Agency"},
            "q4": {"query": "no such name anywhere"},
        },
    )
    egypt = res["q0"]["result"][0]
    assert egypt["id"] == "Q79" and egypt["name"] == "Egypt" and egypt["score"] == 100.0
    assert egypt["match"] is True and egypt["type"] == [{"id": "State", "name": "state"}]
    assert [c["id"] for c in res["q1"]["result"]] == ["Q79"]
    erdogan = res["q2"]["result"][0]
    assert erdogan["id"] == "Q39259" and erdogan["score"] == 90.0 and erdogan["match"] is False
    assert res["q3"]["result"][0]["id"] == "organization/anadolu-agency"
    assert res["q4"]["result"] == []
    page = httpx.get(f"{url}/entity/{egypt['id']}", headers={"Accept": "text/turtle"}, timeout=30)
    assert page.status_code == 200  # the view URL of an id dereferences


def test_state_property_and_partial_names(url: str) -> None:
    res = batch(
        url,
        {
            "fr": {"query": "Macron", "properties": [{"pid": "state", "v": "Q142"}]},
            "eg": {"query": "Macron", "properties": [{"pid": "P27", "v": "Egypt"}]},
            "ok": {"query": "Emmanuel Macron", "properties": [{"pid": "state", "v": "فرنسا"}]},
        },
    )
    fr, eg, ok = res["fr"]["result"][0], res["eg"]["result"][0], res["ok"]["result"][0]
    assert fr["id"] == eg["id"] == ok["id"] == "Q3052772"
    assert 0 < fr["score"] < 100 and fr["match"] is False  # a part of the name
    assert eg["score"] == pytest.approx(fr["score"] - 30)  # Macron does not speak for Egypt
    assert ok["score"] == 100.0 and ok["match"] is True


def test_get_with_queries_and_the_json_draft_body(url: str) -> None:
    r = httpx.get(
        f"{url}/reconcile", params={"queries": json.dumps({"a": {"query": "Lebanon"}})}, timeout=30
    )
    assert r.json()["a"]["result"][0]["id"] == "Q822"
    draft = httpx.post(
        f"{url}/reconcile",
        json={
            "queries": [
                {
                    "query": "تركيا",
                    "type": "State",
                    "limit": 1,
                    "conditions": [
                        {"matchType": "property", "propertyId": "state", "propertyValue": "Q43"}
                    ],
                }
            ]
        },
        timeout=30,
    )
    assert draft.status_code == 200
    candidates = draft.json()["results"][0]["candidates"]
    assert candidates[0]["id"] == "Q43" and candidates[0]["match"] is True


def test_bad_requests_get_a_400_with_a_message(url: str) -> None:
    for queries in (
        "{not json",
        json.dumps({"q": {"query": "Egypt", "type": "Planet"}}),
        json.dumps({"q": {"query": ""}}),
        json.dumps({"q": {"query": "Egypt", "properties": [{"pid": "P31", "v": "Q5"}]}}),
        json.dumps({f"q{i}": {"query": "Egypt"} for i in range(MAX_BATCH + 1)}),
    ):
        r = httpx.post(f"{url}/reconcile", data={"queries": queries}, timeout=30)
        assert r.status_code == 400, queries
        assert r.json()["error"]
    empty = httpx.post(f"{url}/reconcile", data={}, timeout=30)
    assert empty.status_code == 400
    broken = httpx.post(
        f"{url}/reconcile", content=b"{", headers={"Content-Type": "application/json"}, timeout=30
    )
    assert broken.status_code == 400


def test_server_is_real(url: str, tmp_path: Path) -> None:
    status = httpx.get(f"{url}/api/status", timeout=30)
    assert status.status_code == 200 and status.json()["workers"] == 1
