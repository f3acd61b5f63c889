"""Short requests' workers at a better priority than the machine's other work (session 15),
where the OS allows it; the event loop stays above them and background requests below."""

from __future__ import annotations

import asyncio
import contextlib
import os
from pathlib import Path

import pytest
from pool_helpers import run, until, write_checkpoint

from kg.server.pool import BACKGROUND, NORMAL, QueryShapes, WorkerPool, priority_can_rise
from kg.server.settings import Settings

on_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads process states from /proc"
)
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 0"
"""A query that never ends on its own (2,000 triples: 8e9 joined rows)."""


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_checkpoint(tmp_path_factory.mktemp("pool15") / "checkpoint")


def nice_of(pid: int) -> int:
    """The ``nice`` value of a process's main thread, from ``/proc``."""
    with open(f"/proc/{pid}/stat", "rb") as f:
        return int(f.read().rsplit(b")", 1)[1].split()[16])


def test_by_default_the_loop_runs_above_the_short_requests_workers() -> None:
    settings = Settings(store=Path("s"))
    assert settings.loop_nice is not None and settings.loop_nice < settings.worker_nice < 0


@on_proc
@pytest.mark.skipif(not priority_can_rise(), reason="needs a priority that can rise")
def test_short_requests_run_at_the_normal_lanes_priority_and_long_ones_at_background(
    checkpoint: Path,
) -> None:
    """Workers start at the normal lane's nice (-2 here, under the loop's -4); a short
    request runs there and its worker stays there; a spare starts at 19 and gets -2 when a
    short request takes it."""

    async def scenario() -> None:
        pool = WorkerPool(2, 60.0, lambda: (1, checkpoint), loop_nice=-4, normal_nice=-2, cores=2)
        await pool.start()
        try:
            assert os.getpriority(os.PRIO_PROCESS, 0) == -4
            assert [nice_of(w.proc.pid) for w in pool._workers] == [-2, -2]
            pool.shapes.record(QueryShapes.shape("ASK { ?s ?p ?o }"), False)
            stream = await pool.query("ASK { ?s ?p ?o }")
            assert b"true" in await stream.read_all()
            assert all(nice_of(w.proc.pid) == -2 for w in pool._workers)
            pool.shapes.record(QueryShapes.shape(LONG), True)  # known long: background lane
            with pytest.raises(Exception, match="timeout"):
                await (await pool.query(LONG, timeout=1.0)).read_all()
            assert all(nice_of(w.proc.pid) == -2 for w in pool._workers)
            pool._spawning += 1
            await pool._warm_spare()  # as after a demotion that left no idle worker
            spare = next(w for w in pool._idle if w.nice == pool.background_nice)
            assert nice_of(spare.proc.pid) == 19  # a spare starts low ...
            pool._idle.remove(spare)
            pool._idle.append(spare)  # ... and is the next one a short request takes
            stream = await pool.query("ASK { ?s ?p ?o }")
            assert b"true" in await stream.read_all()
            assert nice_of(spare.proc.pid) == -2
        finally:
            await pool.close()

    run(scenario)


@on_proc
@pytest.mark.skipif(not priority_can_rise(), reason="needs a priority that can rise")
def test_a_running_short_request_is_at_the_normal_priority_and_a_demoted_one_at_background(
    checkpoint: Path,
) -> None:
    async def scenario() -> None:
        pool = WorkerPool(
            2,
            60.0,
            lambda: (1, checkpoint),
            loop_nice=-4,
            normal_nice=-2,
            cores=2,
            demote_after=0.3,
        )
        await pool.start()
        pool.shapes.record(QueryShapes.shape(LONG), False)  # recorded short: normal lane
        try:
            task = asyncio.create_task(pool.query(LONG, timeout=20.0))
            await until(
                lambda: any(w.lane == NORMAL for w in pool._workers), "the request did not start"
            )
            busy = next(w for w in pool._workers if w.lane == NORMAL)
            assert nice_of(busy.proc.pid) == -2
            await until(lambda: busy.lane == BACKGROUND, "the request was not demoted")
            assert nice_of(busy.proc.pid) == 19
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        finally:
            await pool.close()

    run(scenario)


@on_proc
def test_where_a_priority_cannot_rise_workers_stay_at_normal_priority(checkpoint: Path) -> None:
    before = os.getpriority(os.PRIO_PROCESS, 0)

    async def scenario() -> None:
        pool = WorkerPool(
            1, 60.0, lambda: (1, checkpoint), loop_nice=-4, normal_nice=-2, raise_priority=False
        )
        await pool.start()
        try:
            assert pool.normal_nice == 0
            assert [nice_of(w.proc.pid) for w in pool._workers] == [before]
            stream = await pool.query("ASK { ?s ?p ?o }")
            assert b"true" in await stream.read_all()
        finally:
            await pool.close()

    run(scenario)
