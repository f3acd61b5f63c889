"""The pool counts cores, priorities and query shapes the way its rules need.

Real worker processes over a small checkpoint (as in ``tests/test_pool_s12.py``);
priorities and process states are read from ``/proc``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

REPO = Path(__file__).resolve().parents[1]
on_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads process states from /proc"
)


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pool13") / "checkpoint"
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
    asyncio.run(scenario())


async def until(condition: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.01)


def nice_of(pid: int) -> int:
    """The ``nice`` value of a process's main thread, from ``/proc``."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        return int(f.read().rsplit(b")", 1)[1].split()[16])


# -- cores ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity")
def test_default_workers_and_the_pools_cores_both_count_the_cpus_the_server_may_use() -> None:
    """A server pinned to one CPU (taskset, a container's cpuset) gets four workers and a
    pool that reserves one core, whatever the machine has."""
    code = (
        "import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})\n"
        "from pathlib import Path\n"
        "from kg.server.settings import Settings, available_cores\n"
        "from kg.server.pool import WorkerPool\n"
        "pool = WorkerPool(1, 1.0, lambda: (0, Path('.')))\n"
        "print(available_cores(), Settings(store=Path('s')).workers, pool.cores)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout.split()
    assert out == ["1", "4", "1"]
