"""Start a real ``kg serve`` app (uvicorn on 127.0.0.1, a free port) in a background thread.

Used by the ``kg serve`` tests and the W3C runner.  The store is a fresh
folder; ``populate`` may write to it before the server opens it.  The base
IRI is the server's own URL, so minted IRIs dereference on it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from kg.server import Settings, create_app
from kg.store import KnowledgeGraph

TOKEN = "test-token-0123456789"


@dataclass
class RunningServer:
    """A server started by :func:`serve`."""

    url: str
    settings: Settings
    store: Path
    server: uvicorn.Server

    @property
    def sparql(self) -> str:
        return self.url + "sparql"

    @property
    def token(self) -> str:
        return self.settings.token or ""

    def auth(self) -> dict[str, str]:
        """The Authorization header of the write token."""
        return {"Authorization": f"Bearer {self.token}"}


def free_socket() -> socket.socket:
    """A listening socket on 127.0.0.1 and a free port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@contextlib.contextmanager
def serve(
    store: Path,
    *,
    populate: Callable[[KnowledgeGraph], Any] | None = None,
    **settings: Any,
) -> Iterator[RunningServer]:
    """Run a server on ``store`` until the block ends."""
    sock = free_socket()
    port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    options: dict[str, Any] = {"workers": 2, "token": TOKEN, "base_iri": url}
    options.update(settings)
    config = Settings(store=store, host="127.0.0.1", port=port, **options)
    if populate is not None:
        with KnowledgeGraph(store, base_iri=config.base_iri) as kg:
            populate(kg)
    app = create_app(config)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server did not start")
        if time.monotonic() > deadline:
            raise RuntimeError("the server took more than 30 s to start")
        time.sleep(0.02)
    try:
        yield RunningServer(url, config, store, server)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
