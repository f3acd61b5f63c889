"""``kg serve`` as a process: starts, answers, refuses a second owner, cleans up on exit."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from w3c.harness import free_socket

from kg.remote import server_file


def _start(store: Path, port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.server",
            "--store",
            str(store),
            "--port",
            str(port),
            "--base-iri",
            f"http://127.0.0.1:{port}/",
            "--workers",
            "1",
            "--log-level",
            "warning",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_up(url: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        try:
            if httpx.get(url + "api/status", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("kg serve did not start")


def test_kg_serve_runs_refuses_a_second_owner_and_cleans_up(tmp_path: Path) -> None:
    store = tmp_path / "store"
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    proc = _start(store, port, "--token", "cli-token", "--updates", "--result-cache", "2")
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_up(url, proc)
        assert httpx.get(url + "api/status").json()["result_cache"]["capacity"] == 2 * 1024 * 1024
        assert httpx.get(url + "sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]
        info = json.loads(server_file(store).read_text())
        assert info["url"] == url
        assert info["token"] == "cli-token"
        assert info["pid"] == proc.pid
        second = subprocess.run(
            [sys.executable, "-m", "kg.server", "--store", str(store), "--port", "1"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 1
        assert second.stderr.startswith("error: ")
        assert "read-write by another process" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    assert not server_file(store).exists()
    assert not (tmp_path / "store.snapshots").exists()
    assert list(store.iterdir())  # the store itself stays


def test_default_workers_outnumber_the_cores_so_long_queries_cannot_block_short_ones(
    tmp_path: Path,
) -> None:
    from kg.server.settings import (
        MAX_DEFAULT_WORKERS,
        WORKERS_PER_CORE,
        Settings,
        available_cores,
    )

    cores = available_cores()
    workers = Settings(store=tmp_path / "store").workers
    assert workers == min(MAX_DEFAULT_WORKERS, WORKERS_PER_CORE * cores)
    assert workers > cores or workers == MAX_DEFAULT_WORKERS
    assert Settings(store=tmp_path / "store", workers=1).workers == 1
