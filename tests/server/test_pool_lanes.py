"""Short requests get the cores: background requests pause while normal-lane ones run.

Real worker processes over a small checkpoint; the long queries are triple cross
joins that never end on their own.  A paused worker is stopped by the OS
(``SIGSTOP``, state ``T`` in ``/proc``), so these tests run where ``/proc`` exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pool_helpers import run, until, write_checkpoint

from kg.server.context import QueryTimeoutError
from kg.server.pool import BACKGROUND, QueryShapes, WorkerPool

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads process states from /proc"
)

LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 0"
"""A query of a shape known to run long (2,000 triples: 8e9 joined rows)."""
OTHER_LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
"""A long query of a shape recorded as short: it runs in the normal lane (and, known, stays
urgent; a new shape past its grace would not, see tests/test_pool_s13.py)."""
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("pool") / "checkpoint")


def state(pid: int) -> str:
    """The process state letter (``T``: stopped)."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        return f.read().rsplit(b")", 1)[1].split()[0].decode()


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat", "rb") as f:
        fields = f.read().rsplit(b")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def background_workers(pool: WorkerPool) -> list[Any]:
    """The workers of the background lane, in the order they entered it.

    (``pool.background`` counts slots, also one whose new worker is still starting.)
    """
    return sorted((w for w in pool._workers if w.lane == BACKGROUND), key=lambda w: w.since)


async def stop(tasks: list[asyncio.Task[Any]], pool: WorkerPool) -> None:
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    await pool.close()


def test_background_requests_pause_while_a_normal_one_runs_and_continue_after(
    checkpoint: Path,
) -> None:
    """On two cores one running normal-lane request leaves one core to the background
    lane: the request that entered it first keeps running, the later one is stopped,
    and both run again once the normal request has ended."""

    async def scenario() -> None:
        pool = WorkerPool(2, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        pool.shapes.record(QueryShapes.shape(LONG), True)
        tasks = [asyncio.create_task(pool.query(LONG))]
        try:
            await until(lambda: len(background_workers(pool)) == 1, "no background request")
            tasks.append(asyncio.create_task(pool.query(LONG.replace("0", "1"))))
            await until(lambda: len(background_workers(pool)) == 2, "no second background request")
            assert pool.paused == 0  # no short request: every background request runs
            first, second = background_workers(pool)
            pool.shapes.record(QueryShapes.shape(OTHER_LONG), False)
            normal = asyncio.create_task(pool.query(OTHER_LONG))
            tasks.append(normal)
            await until(lambda: pool.paused == 1, "nothing was paused")
            await until(lambda: state(second.proc.pid) == "T", "not stopped")  # by the OS
            assert state(first.proc.pid) != "T"
            ticks = cpu_ticks(first.proc.pid)  # ...and the first one still makes progress
            await until(lambda: cpu_ticks(first.proc.pid) > ticks, "the first one stood still")
            normal.cancel()  # the normal request ends (its worker is killed)
            with contextlib.suppress(asyncio.CancelledError):
                await normal
            assert pool.paused == 0
            assert state(second.proc.pid) != "T"
            assert pool.background == 2  # both still running
        finally:
            await stop(tasks, pool)

    run(scenario)


def test_a_short_query_is_answered_while_background_requests_hold_the_cores(
    checkpoint: Path,
) -> None:
    """Four never-ending background requests on two cores: a short query still gets its
    answer, the background lane is paused (all but one request) only while it runs."""

    async def scenario() -> None:
        pool = WorkerPool(4, 60.0, lambda: (1, checkpoint), demote_after=30.0, cores=2)
        await pool.start()
        pool.shapes.record(QueryShapes.shape(LONG), True)
        tasks = [asyncio.create_task(pool.query(LONG.replace("0", str(n)))) for n in range(4)]
        try:
            await until(
                lambda: len(background_workers(pool)) == 4, "the background requests did not start"
            )
            pool.shapes.record(QueryShapes.shape("ASK { ?s ?p ?o }"), False)  # known short
            before = pool.pauses
            stream = await pool.query("ASK { ?s ?p ?o }")
            assert b"true" in await stream.read_all()
            assert pool.pauses - before == 3  # one of the four kept running
            assert pool.paused == 0  # and the others run again
            assert pool.background == 4
            assert all(state(w.proc.pid) != "T" for w in background_workers(pool))
        finally:
            await stop(tasks, pool)

    run(scenario)


def test_a_paused_background_request_still_stops_at_its_deadline(checkpoint: Path) -> None:
    """Deadlines are wall time: a stopped worker that misses one is killed like any other,
    and the pool is whole again (no stopped process is left behind)."""

    async def scenario() -> None:
        pool = WorkerPool(2, 2.0, lambda: (1, checkpoint), demote_after=30.0, cores=1)
        await pool.start()
        pool.shapes.record(QueryShapes.shape(LONG), True)
        tasks = [asyncio.create_task(pool.query(LONG.replace("0", str(n)))) for n in range(2)]
        try:
            await until(
                lambda: len(background_workers(pool)) == 2, "the background requests did not start"
            )
            pool.shapes.record(QueryShapes.shape(OTHER_LONG), False)
            tasks.append(asyncio.create_task(pool.query(OTHER_LONG)))
            await until(lambda: pool.paused == 1, "nothing was paused")
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(o, QueryTimeoutError) for o in outcomes), outcomes
            assert pool.killed == 3 and pool.paused == 0 and pool.background == 0
            assert all(state(w.proc.pid) != "T" for w in pool._workers)
            stream = await pool.query("ASK { ?s ?p ?o }")
            assert b"true" in await stream.read_all()
        finally:
            await stop(tasks, pool)

    run(scenario)


def test_pausing_is_off_without_lanes_and_can_be_turned_off(checkpoint: Path) -> None:
    assert not WorkerPool(1, 1.0, lambda: (1, checkpoint), demote_after=None).pause_background
    assert not WorkerPool(1, 1.0, lambda: (1, checkpoint), pause_background=False).pause_background
    assert WorkerPool(1, 1.0, lambda: (1, checkpoint)).cores >= 1


_ORPHAN = """
import asyncio, os, signal, sys
from pathlib import Path
from kg.server.pool import WorkerPool

async def main():
    pool = WorkerPool(1, 30.0, lambda: (1, Path(sys.argv[1])))
    await pool.start()
    worker = next(iter(pool._workers))
    os.kill(worker.proc.pid, signal.SIGSTOP)
    while open(f"/proc/{worker.proc.pid}/stat").read().rsplit(")", 1)[1].split()[0] != "T":
        await asyncio.sleep(0.01)
    print(worker.proc.pid, flush=True)
    await asyncio.sleep(120)

asyncio.run(main())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_a_paused_worker_dies_with_its_server(checkpoint: Path) -> None:
    """A stopped worker cannot notice that its socket closed; the kernel kills it when the
    server process dies (even by SIGKILL), so no paused worker outlives its server."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    server = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN, str(checkpoint)], stdout=subprocess.PIPE, env=env
    )
    try:
        assert server.stdout is not None
        pid = int(server.stdout.readline())
        assert state(pid) == "T"
    finally:
        server.kill()
        server.wait()
    deadline = time.monotonic() + 20
    while True:
        try:
            if state(pid) == "Z":  # dead, not yet reaped by init
                break
        except FileNotFoundError:  # dead and reaped
            break
        assert time.monotonic() < deadline, "the paused worker outlived its server"
        time.sleep(0.05)
