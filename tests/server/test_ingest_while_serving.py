"""Ingesting while serving: ``kg ingest`` on a store held by ``kg serve`` goes through it."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from w3c.harness import RunningServer, serve

from kg.models import Article
from kg.remote import find_server, ingest_via_server
from kg.store import IngestOutcome

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
STATEMENTS = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/statekg/ontology#Statement> }"
PER_GRAPH = (
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
    "FILTER(CONTAINS(STR(?g), '/article/')) } GROUP BY ?g"
)


def _statements(srv: RunningServer) -> int:
    r = httpx.get(srv.sparql, params={"query": STATEMENTS}, timeout=30)
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_kg_ingest_on_a_served_store_goes_through_the_server(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with serve(store) as srv:
        assert _statements(srv) == 0
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from kg.cli import main; main()",
                "ingest",
                str(EXAMPLES),
                "--store",
                str(store),
                "--quiet",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "added" in done.stdout
        assert _statements(srv) > 0


def test_the_remote_client_in_another_process_ingests_through_the_server(tmp_path: Path) -> None:
    store = tmp_path / "store"
    script = (
        "import json, sys\n"
        "from kg.remote import ingest_via_server\n"
        "s = ingest_via_server([sys.argv[1]], sys.argv[2])\n"
        "print(json.dumps({'added': len(s.results), 'statements': s.statements,"
        " 'errors': [str(e) for e in s.errors]}))\n"
    )
    with serve(store) as srv:
        done = subprocess.run(
            [sys.executable, "-c", script, str(EXAMPLES), str(store)],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        summary = json.loads(done.stdout)
        assert summary["errors"] == []
        assert summary["added"] >= 5
        assert _statements(srv) == summary["statements"] > 0


def test_a_reader_polling_during_ingest_never_sees_part_of_an_article(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with serve(store) as srv:
        seen: list[dict[str, int]] = []
        done = threading.Event()

        def reader() -> None:
            with httpx.Client(timeout=30) as c:
                while not done.is_set():
                    rows = c.get(srv.sparql, params={"query": PER_GRAPH}).json()["results"][
                        "bindings"
                    ]
                    seen.append({r["g"]["value"]: int(r["n"]["value"]) for r in rows})

        thread = threading.Thread(target=reader)
        thread.start()
        info = find_server(store)
        assert info is not None
        summary = ingest_via_server([EXAMPLES], info)
        done.set()
        thread.join()
        final = httpx.get(srv.sparql, params={"query": PER_GRAPH}).json()["results"]["bindings"]
        complete = {r["g"]["value"]: int(r["n"]["value"]) for r in final}
    assert summary.ok
    assert len(complete) == len(summary.results)
    assert len(seen) > 1
    for observation in seen:
        for graph, count in observation.items():
            assert count == complete[graph], f"{graph}: saw {count} of {complete[graph]} triples"


def test_ingest_endpoint_needs_the_token_and_reports_each_article(tmp_path: Path) -> None:
    article = Article(
        id="remote-1",
        lang="en",
        published="2025-02-01",
        source="Test Wire",
        text="Japanese Prime Minister Shigeru Ishiba said on Saturday that Japan would "
        "strengthen its cooperation with the Philippines.",
    )
    body = article.model_dump_json() + "\n" + '{"id": "broken"}\n'
    with serve(tmp_path / "store", updates=False) as srv:
        url = srv.url + "ingest"
        assert httpx.post(url, content=body).status_code == 401
        wrong = httpx.post(url, content=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        r = httpx.post(url, content=body, headers=srv.auth(), timeout=120)
        assert r.status_code == 200
        lines = [json.loads(line) for line in r.text.splitlines()]
        assert lines[0]["result"]["outcome"] == IngestOutcome.ADDED.value
        assert lines[0]["result"]["article_id"] == "remote-1"
        assert "not an article" in lines[1]["error"]
        assert lines[2]["done"] is True
        again = httpx.post(url, content=article.model_dump_json(), headers=srv.auth(), timeout=120)
        assert json.loads(again.text.splitlines()[0])["result"]["outcome"] == "unchanged"
        ask = f"ASK {{ GRAPH <{srv.url}article/remote-1> {{ ?s ?p ?o }} }}"
        assert httpx.get(srv.sparql, params={"query": ask}).json()["boolean"] is True


def test_find_server_ignores_a_stale_server_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "store.server.json").write_text(
        json.dumps({"url": "http://127.0.0.1:9/", "token": "t", "pid": 2**22 + 12345})
    )
    assert find_server(store) is None


@pytest.mark.parametrize("bad", ["", "{not json"])
def test_find_server_ignores_a_broken_server_file(tmp_path: Path, bad: str) -> None:
    (tmp_path / "store.server.json").write_text(bad)
    assert find_server(tmp_path / "store") is None
