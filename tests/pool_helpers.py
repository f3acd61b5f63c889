"""Shared parts of the worker-pool tests (server/test_pool_*.py): a small checkpoint for real
worker processes to open, and the asyncio glue to drive a pool from a test."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad, Store


def write_checkpoint(folder: Path) -> Path:
    """A store of 2,000 triples in one named graph at ``folder`` (closed again): big enough
    that a triple cross join runs for as long as a test needs."""
    store = Store(str(folder))
    graph = NamedNode("http://example.org/graph/1")
    p = NamedNode("http://example.org/p")
    store.extend(
        Quad(NamedNode(f"http://example.org/s{i}"), p, Literal(i), graph) for i in range(2000)
    )
    store.flush()
    del store
    return folder


def run(scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run one async test scenario to its end."""
    asyncio.run(scenario())


async def until(condition: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    """Wait until ``condition()`` holds; fail with ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.01)
